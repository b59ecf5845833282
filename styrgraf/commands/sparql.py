"""`styrgraf sparql 'QUERY'`: run SPARQL against the current store (table, JSON, CSV, TSV, Turtle).

The query goes through the same checks as the endpoint (size limit, read-only, no SERVICE, local graphs only).
Over the embedded store it may use the search functions sgf:relevance / sgf:semantic / sgf:bm25 and is
evaluated in this process (no timeout: the user can interrupt it). When the generation was built into a remote
SPARQL server (STYRGRAF_SPARQL_QUERY_URL), the checked query is forwarded there as `/sparql` forwards it
(api/sparql/remote.py: same rows, formats and errors; `sgf:*` refused, `sparql_timeout_s` as the limit)."""

from __future__ import annotations

import argparse
import sys

from api.settings import Settings
from corpus.errors import QueryError
from styrgraf.commands import Subparsers, current_generation


def register(sub: Subparsers) -> None:
    p = sub.add_parser("sparql", help="kör en SPARQL-fråga mot grafen",
                       description="Kör en SPARQL 1.1-fråga (standardprefix sg:, id:, skos:, dcterms:, prov:, "
                       "org:, oa:, sgf: är fördefinierade). Standardgrafen är unionen av alla namngivna grafer. "
                       "Läs frågan från fil med @fil.rq eller från stdin med '-'.")
    p.add_argument("query")
    p.add_argument("--format", "-f", choices=["table", "json", "csv", "tsv", "xml", "turtle", "ntriples"],
                   default="table")
    p.add_argument("--max-rows", type=int, default=None, help="högst så här många rader (standard: inställningen)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here: the query checks, pyoxigraph and the search engine at module top slow `styrgraf --help`.
    import asyncio

    import pyoxigraph

    from api.sparql.query import ALL_PREFIXES, check_size, prepare, score_tables
    from api.sparql.remote import run_remote
    from api.sparql.worker import SparqlResult, SparqlTask, execute
    from graph.namespaces import PREFIXES
    from graph.remote import RemoteStore
    from styrgraf.engine import open_engine

    text = args.query
    if text == "-":
        text = sys.stdin.read()
    elif text.startswith("@"):
        try:
            with open(text[1:], encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            raise QueryError(f"kan inte läsa {text[1:]}: {e.strerror}") from e
    check_size(len(text.encode("utf-8")), settings.sparql_max_query_bytes)
    gen = current_generation(settings)
    store = gen.open_graph(settings.remote_store)
    local_graphs = {g.value for g in store.named_graphs()}
    prepared = prepare(text, local_graphs)
    scores = {}
    if prepared.search_calls and not isinstance(store, RemoteStore):
        engine = open_engine(settings)
        scores = score_tables(engine, prepared.search_calls, sum(len(d.passages) for d in gen.documents()))
    table = args.format == "table"
    task: SparqlTask = {
            "query": prepared.text, "query_prefixes": ALL_PREFIXES, "has_dataset": prepared.has_dataset,
            "default_graphs": prepared.default_graphs,
            "named_graphs": prepared.named_graphs, "scores": scores,
            "max_rows": args.max_rows or settings.sparql_max_rows,
            "solutions_format": "tsv" if table else args.format,
            "graph_format": "turtle" if table or args.format not in ("turtle", "ntriples") else args.format,
            # id: is left out: resource local names contain '/', which Turtle would have to escape
            "prefixes": {p: ns for p, ns in PREFIXES.items() if p != "id"}}
    result: SparqlResult
    if isinstance(store, RemoteStore):
        try:
            result = asyncio.run(run_remote(store, prepared, task, settings.sparql_timeout_s))
        finally:
            store.close()
    else:
        try:
            assert isinstance(store, pyoxigraph.Store)  # open_graph's embedded store
            result = execute(store, task)
        except (SyntaxError, ValueError, RuntimeError, OSError) as e:
            raise QueryError(str(e).splitlines()[0]) from e
    if table and result["kind"] == "solutions":
        _print_tsv_as_table(result["body"].decode("utf-8"), PREFIXES)
    else:
        sys.stdout.buffer.write(result["body"])
        sys.stdout.buffer.flush()
    if result.get("truncated"):
        print(f"(avkortat efter {result['rows']} rader)", file=sys.stderr)
    return 0


def _short(cell: str, prefixes: dict[str, str]) -> str:
    if cell.startswith("<") and cell.endswith(">"):
        iri = cell[1:-1]
        for p, ns in prefixes.items():
            if iri.startswith(ns):
                return f"{p}:{iri[len(ns):]}"
        return iri
    if cell.startswith('"'):
        end = cell.rfind('"')
        return cell[1:end].replace('\\"', '"').replace("\\n", " ").replace("\\\\", "\\")
    return cell


def _print_tsv_as_table(tsv: str, prefixes: dict[str, str]) -> None:
    lines = tsv.rstrip("\n").split("\n")
    names = [n.lstrip("?") for n in lines[0].split("\t")] if lines and lines[0] else []
    rows = [[_short(c, prefixes) for c in line.split("\t")] for line in lines[1:]]
    if not names:  # ASK
        print(tsv.strip())
        return
    widths = [min(60, max([len(n)] + [len(r[i]) for r in rows if i < len(r)])) for i, n in enumerate(names)]

    def line(cells: list[str]) -> str:
        return "  ".join(c[:w].ljust(w) for c, w in zip(cells, widths, strict=False)).rstrip()

    print(line(names))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))
    print(f"({len(rows)} rader)", file=sys.stderr)
