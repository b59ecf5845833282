"""`styrgraf sparql 'QUERY'`: run SPARQL against the current store (table, JSON, CSV, TSV, Turtle)."""

from __future__ import annotations

import argparse
import sys

from styrgraf.errors import NotBuilt, QueryError
from styrgraf.settings import get_settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sparql", help="kör en SPARQL-fråga mot grafen",
                       description="Kör en SPARQL 1.1-fråga (standardprefix sg:, id:, skos:, dcterms:, prov:, "
                       "org:, oa: är fördefinierade). Standardgrafen är unionen av alla namngivna grafer. "
                       "Läs frågan från fil med @fil.rq eller från stdin med '-'.")
    p.add_argument("query")
    p.add_argument("--format", "-f", choices=["table", "json", "csv", "tsv", "turtle", "ntriples"], default="table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import pyoxigraph as ox

    from styrgraf.graph.namespaces import SPARQL_PREFIXES
    from styrgraf.graph.store import term_value
    from styrgraf.workspace import Workspace

    text = args.query
    if text == "-":
        text = sys.stdin.read()
    elif text.startswith("@"):
        with open(text[1:], encoding="utf-8") as f:
            text = f.read()
    gen = Workspace(get_settings().data_path).current()
    if gen is None:
        raise NotBuilt("ingen graf är byggd än: kör `styrgraf build`")
    store = gen.open_store()
    try:
        result = store.query(SPARQL_PREFIXES + text, use_default_graph_as_union=True)
    except (SyntaxError, ValueError, OSError) as e:
        raise QueryError(str(e)) from e
    out = sys.stdout.buffer
    if isinstance(result, bool):
        print("true" if result else "false")
    elif isinstance(result, ox.QuerySolutions):
        fmt = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
               "tsv": ox.QueryResultsFormat.TSV}.get(args.format)
        if fmt is not None:
            out.write(result.serialize(format=fmt) or b"")
        else:
            names = [v.value for v in result.variables]
            rows = [[_short(term_value(s[n])) for n in names] for s in result]
            _print_table(names, rows)
    else:  # CONSTRUCT / DESCRIBE
        fmt_g = ox.RdfFormat.N_TRIPLES if args.format == "ntriples" else ox.RdfFormat.TURTLE
        out.write(result.serialize(format=fmt_g) or b"")
    out.flush()
    return 0


def _short(v: object) -> str:
    from styrgraf.graph.namespaces import PREFIXES

    s = "" if v is None else str(v)
    for p, iri in PREFIXES.items():
        if s.startswith(iri):
            return f"{p}:{s[len(iri):]}"
    return s.replace("\n", " ")


def _print_table(names: list[str], rows: list[list[str]]) -> None:
    widths = [min(60, max([len(n)] + [len(r[i]) for r in rows])) for i, n in enumerate(names)]
    def line(cells: list[str]) -> str:
        return "  ".join(c[:w].ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()
    print(line(names))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))
    print(f"({len(rows)} rader)", file=sys.stderr)
