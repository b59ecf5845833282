"""The graph store: what reading code needs of one (`GraphStore`: the embedded pyoxigraph Store and
`graph.remote.RemoteStore` both fit), loading a built rdflib Dataset into the embedded store, and small
query helpers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox
import rdflib

from corpus.errors import StyrgrafError
from graph.namespaces import SPARQL_PREFIXES


class StoreUnavailable(StyrgrafError):
    """The graph store cannot be reached or did not answer in time (a remote SPARQL server down or slow)."""

    status = 503
    exit_code = 8
    title = "Grafdatabasen svarar inte"


class GraphStore(Protocol):
    """The part of `pyoxigraph.Store` that reading code uses. Reading code is typed against this, so the
    same entity cards, timelines and pages run over the embedded store or a remote SPARQL 1.1 server."""

    def query(self, query: str, *, use_default_graph_as_union: bool = False,
              ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples: ...

    def quads_for_pattern(self, subject: ox.NamedNode | ox.BlankNode | ox.Triple | None,
                          predicate: ox.NamedNode | None,
                          object: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None,
                          graph_name: ox.NamedNode | ox.BlankNode | ox.DefaultGraph | None = None,
                          ) -> Iterator[ox.Quad]: ...

    def named_graphs(self) -> Iterator[ox.NamedNode | ox.BlankNode]: ...


def write_store(path: Path, dataset: rdflib.Dataset) -> ox.Store:
    """Create a new store at `path` holding every named graph of `dataset` (N-Quads bulk load)."""
    store = ox.Store(str(path))
    data = dataset.serialize(format="nquads", encoding="utf-8")
    store.bulk_load(data, ox.RdfFormat.N_QUADS)
    store.flush()
    store.optimize()
    return store


def term_value(term: Any) -> Any:
    """A SPARQL result term as a plain Python value (IRIs and strings as str, numbers as numbers)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith(("#integer", "#int", "#long", "#nonNegativeInteger")):
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if dt.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        if dt.endswith("#boolean"):
            return term.value in ("true", "1")  # Virtuoso answers booleans as "1"/"0"
        return term.value
    return term.value


def _term(value: Any) -> ox.NamedNode | ox.Literal:
    if isinstance(value, ox.NamedNode | ox.Literal):
        return value
    if isinstance(value, str) and value.startswith(("http://", "https://", "urn:")):
        return ox.NamedNode(value)
    return ox.Literal(value)


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def select(store: GraphStore, query: str, *, prefixes: bool = True, **bindings: Any) -> list[dict[str, Any]]:
    """Run a SELECT (default graph = union of all named graphs) and return rows of plain values.

    `bindings` pre-bind variables through a trailing VALUES clause (safe quoting, no string pasting into
    the pattern): str values that look like IRIs are bound as IRIs, other values as literals.
    """
    q = (SPARQL_PREFIXES + query) if prefixes else query
    if bindings:
        variables = " ".join(f"?{n}" for n in bindings)
        terms = " ".join(str(_term(v)) for v in bindings.values())
        values = f"VALUES ({variables}) {{ ({terms}) }}"
        where = _WHERE.search(q)
        # Inside the WHERE group rather than trailing: Virtuoso cannot join a trailing VALUES into a UNION
        # ("No column doc"); at the group's start it pre-binds the same way on every engine.
        q = f"{q[:where.end()]} {values}\n{q[where.end():]}" if where else f"{q}\n{values}"
    result = store.query(q, use_default_graph_as_union=True)
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError("select() runs SELECT queries only")
    names = [v.value for v in result.variables]
    return [{n: term_value(sol[n]) for n in names} for sol in result]
