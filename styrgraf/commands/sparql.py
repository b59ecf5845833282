"""`styrgraf sparql 'QUERY'`: run SPARQL against the current store (table, JSON, CSV, TSV, Turtle).

The query goes through the same checks as the endpoint (read-only, no SERVICE, local graphs only) and
may use the search functions sgf:relevance / sgf:semantic / sgf:bm25."""

from __future__ import annotations

import argparse
import sys

from api.settings import get_settings
from corpus.errors import NotBuilt, QueryError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sparql", help="kör en SPARQL-fråga mot grafen",
                       description="Kör en SPARQL 1.1-fråga (standardprefix sg:, id:, skos:, dcterms:, prov:, "
                       "org:, oa:, sgf: är fördefinierade). Standardgrafen är unionen av alla namngivna grafer. "
                       "Läs frågan från fil med @fil.rq eller från stdin med '-'.")
    p.add_argument("query")
    p.add_argument("--format", "-f", choices=["table", "json", "csv", "tsv", "xml", "turtle", "ntriples"],
                   default="table")
    p.add_argument("--max-rows", type=int, default=None, help="högst så här många rader (standard: inställningen)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from api.sparql.query import prepare, score_tables
    from api.sparql.worker import execute
    from api.workspace import Workspace
    from graph.namespaces import PREFIXES

    text = args.query
    if text == "-":
        text = sys.stdin.read()
    elif text.startswith("@"):
        try:
            with open(text[1:], encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            raise QueryError(f"kan inte läsa {text[1:]}: {e.strerror}") from e
    settings = get_settings()
    gen = Workspace(settings.data_path).current()
    if gen is None:
        raise NotBuilt("ingen graf är byggd än: kör `styrgraf build`")
    store = gen.open_store()
    local_graphs = {g.value for g in store.named_graphs()}
    prepared = prepare(text, local_graphs)
    scores = {}
    if prepared.search_calls:
        from search.service import open_engine

        engine = open_engine(settings)
        scores = score_tables(engine, prepared.search_calls, sum(len(d.passages) for d in gen.documents()))
    table = args.format == "table"
    task = {"query": prepared.text, "has_dataset": prepared.has_dataset, "default_graphs": prepared.default_graphs,
            "named_graphs": prepared.named_graphs, "scores": scores,
            "max_rows": args.max_rows or settings.sparql_max_rows,
            "solutions_format": "tsv" if table else args.format,
            "graph_format": "turtle" if table or args.format not in ("turtle", "ntriples") else args.format,
            # id: is left out: resource local names contain '/', which Turtle would have to escape
            "prefixes": {p: ns for p, ns in PREFIXES.items() if p != "id"}}
    try:
        result = execute(store, task)
    except (SyntaxError, ValueError, RuntimeError, OSError) as e:
        raise QueryError(str(e).splitlines()[0]) from e
    if table and result["kind"] == "solutions":
        _print_tsv_as_table(result["body"].decode("utf-8"))
    else:
        sys.stdout.buffer.write(result["body"])
        sys.stdout.buffer.flush()
    if result.get("truncated"):
        print(f"(avkortat efter {result['rows']} rader)", file=sys.stderr)
    return 0


def _short(cell: str) -> str:
    from graph.namespaces import PREFIXES

    if cell.startswith("<") and cell.endswith(">"):
        iri = cell[1:-1]
        for p, ns in PREFIXES.items():
            if iri.startswith(ns):
                return f"{p}:{iri[len(ns):]}"
        return iri
    if cell.startswith('"'):
        end = cell.rfind('"')
        return cell[1:end].replace('\\"', '"').replace("\\n", " ").replace("\\\\", "\\")
    return cell


def _print_tsv_as_table(tsv: str) -> None:
    lines = tsv.rstrip("\n").split("\n")
    names = [n.lstrip("?") for n in lines[0].split("\t")] if lines and lines[0] else []
    rows = [[_short(c) for c in line.split("\t")] for line in lines[1:]]
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
