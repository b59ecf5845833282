"""What runs inside a SPARQL worker process (kept light: only pyoxigraph is imported).

A worker opens `pyoxigraph.Store.read_only(store_dir)` (reopened when a task names another generation's
store), evaluates one query at a time and serialises the result itself, stopping at the row cap, so
the parent only forwards bytes. The parent kills a worker that runs past the timeout.
"""

from __future__ import annotations

import json
import traceback
from multiprocessing.connection import Connection
from typing import Any, Literal, NotRequired, TypedDict
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

SOLUTION_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}
GRAPH_TYPES = {
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples; charset=utf-8",
}

#: A term of a solution row (None: the variable is unbound in that row).
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None
#: passage scores of the search functions in a query: function IRI → search text → passage IRI → score
ScoreTables = dict[str, dict[str, dict[str, float]]]


class SparqlTask(TypedDict):
    """One query as the parent sends it to a worker (pickled over the socket)."""
    store_dir: NotRequired[str]    # the worker opens it read-only (absent when run in-process)
    query: str
    has_dataset: bool              # the query names its own FROM/FROM NAMED
    default_graphs: list[str]
    named_graphs: list[str]
    scores: ScoreTables
    max_rows: int
    solutions_format: str          # json | xml | csv | tsv
    graph_format: str              # turtle | ntriples
    prefixes: NotRequired[dict[str, str]]


class SparqlResult(TypedDict):
    """The serialised answer: the parent forwards `body` as it is."""
    kind: Literal["boolean", "solutions", "triples"]
    body: bytes
    content_type: str
    rows: int
    truncated: bool


def serve_fd(fd: int) -> None:
    """Entry point of the worker process: serve tasks on the socket `fd` until told to stop."""
    main(Connection(fd))


def main(conn: Connection) -> None:
    store: ox.Store | None = None
    opened: str | None = None
    while True:
        try:
            task = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if task is None:
            return
        try:
            if task["store_dir"] != opened:
                store = None
                store = ox.Store.read_only(task["store_dir"])
                opened = task["store_dir"]
            assert store is not None
            conn.send(("ok", execute(store, task)))
        except SyntaxError as e:
            conn.send(("syntax", str(e)))
        except Exception as e:  # reported to the client as a 400/500 by the parent
            conn.send(("error", f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=2)}"))


def _custom_functions(scores: ScoreTables) -> dict[ox.NamedNode, Any]:
    def make(table: dict[str, dict[str, float]]) -> Any:
        def fn(passage: Term = None, text: Term = None, *_rest: Term) -> ox.Literal:
            key = text.value if isinstance(text, ox.Literal) else None
            pid = passage.value if isinstance(passage, ox.NamedNode) else ""
            value = table.get(key, {}).get(pid, 0.0) if key is not None else 0.0
            return ox.Literal(float(value))

        return fn

    return {ox.NamedNode(iri): make(table) for iri, table in scores.items()}


def execute(store: ox.Store, task: SparqlTask) -> SparqlResult:
    kwargs: dict[str, Any] = {}
    if task.get("default_graphs"):
        kwargs["default_graph"] = [ox.NamedNode(g) for g in task["default_graphs"]]
    elif not task.get("has_dataset"):
        kwargs["use_default_graph_as_union"] = True
    if task.get("named_graphs"):
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in task["named_graphs"]]
    if task.get("scores"):
        kwargs["custom_functions"] = _custom_functions(task["scores"])
    result = store.query(task["query"], **kwargs)
    max_rows = int(task["max_rows"])
    if isinstance(result, ox.QueryBoolean | bool):
        return _boolean(bool(result), task["solutions_format"])
    if isinstance(result, ox.QuerySolutions):
        return _solutions(result, task["solutions_format"], max_rows)
    return _triples(result, task["graph_format"], max_rows, task.get("prefixes") or {})


# -- results -------------------------------------------------------------------------------------


def _boolean(value: bool, fmt: str) -> SparqlResult:
    if fmt == "xml":
        body = ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n")
    elif fmt in ("csv", "tsv"):
        body = ("true" if value else "false") + "\n"
    else:
        fmt = "json"
        body = json.dumps({"head": {}, "boolean": value})
    return {"kind": "boolean", "body": body.encode("utf-8"), "content_type": SOLUTION_TYPES[fmt],
            "rows": 1, "truncated": False}


def _json_term(t: Term) -> dict[str, Any]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d: dict[str, Any] = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype is not None and t.datatype.value != XSD_STRING:
            d["datatype"] = t.datatype.value
        return d
    if isinstance(t, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(t.subject),
                                            "predicate": _json_term(t.predicate), "object": _json_term(t.object)}}
    return {"type": "literal", "value": str(t)}


def _xml_term(t: Term) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{escape(t.value)}</literal>"
        if t.datatype is not None and t.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(t.datatype.value)}>{escape(t.value)}</literal>"
        return f"<literal>{escape(t.value)}</literal>"
    if isinstance(t, ox.Triple):
        return (f"<triple><subject>{_xml_term(t.subject)}</subject><predicate>{_xml_term(t.predicate)}"
                f"</predicate><object>{_xml_term(t.object)}</object></triple>")
    return f"<literal>{escape(str(t))}</literal>"


def _csv_cell(t: Term) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        s = f"_:{t.value}"
    elif isinstance(t, ox.NamedNode | ox.Literal):
        s = t.value
    else:
        s = str(t)
    if any(c in s for c in ',"\r\n'):
        s = '"' + s.replace('"', '""') + '"'
    return s


def _tsv_cell(t: Term) -> str:
    return "" if t is None else str(t)  # N-Triples/Turtle encoding of the term


def _solutions(result: ox.QuerySolutions, fmt: str, max_rows: int) -> SparqlResult:
    names = [v.value for v in result.variables]
    rows: list[list[Term]] = []
    truncated = False
    for sol in result:
        if len(rows) >= max_rows:
            truncated = True
            break
        rows.append([sol[n] for n in names])
    if fmt == "xml":
        parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
        parts += [f"<variable name={quoteattr(n)}/>" for n in names]
        parts.append("</head>\n<results>\n")
        for row in rows:
            parts.append("<result>")
            parts += [f"<binding name={quoteattr(n)}>{_xml_term(t)}</binding>"
                      for n, t in zip(names, row, strict=True) if t is not None]
            parts.append("</result>\n")
        parts.append("</results>\n</sparql>\n")
        body = "".join(parts)
    elif fmt == "csv":
        lines = [",".join(names)] + [",".join(_csv_cell(t) for t in row) for row in rows]
        body = "\r\n".join(lines) + "\r\n"
    elif fmt == "tsv":
        lines = ["\t".join(f"?{n}" for n in names)] + ["\t".join(_tsv_cell(t) for t in row) for row in rows]
        body = "\n".join(lines) + "\n"
    else:
        fmt = "json"
        bindings = [{n: _json_term(t) for n, t in zip(names, row, strict=True) if t is not None} for row in rows]
        body = json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False)
    return {"kind": "solutions", "body": body.encode("utf-8"), "content_type": SOLUTION_TYPES[fmt],
            "rows": len(rows), "truncated": truncated}


def _triples(result: ox.QueryTriples, fmt: str, max_rows: int, prefixes: dict[str, str]) -> SparqlResult:
    triples: list[ox.Triple] = []
    truncated = False
    for t in result:
        if len(triples) >= max_rows:
            truncated = True
            break
        triples.append(t)
    rdf_format = ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES
    body = ox.serialize(triples, format=rdf_format, prefixes=prefixes if fmt == "turtle" else None)
    return {"kind": "triples", "body": body or b"", "content_type": GRAPH_TYPES.get(fmt, GRAPH_TYPES["ntriples"]),
            "rows": len(triples), "truncated": truncated}

