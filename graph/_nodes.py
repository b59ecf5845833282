"""Shared low-level reads for entities/timeline/dependencies: labels, types, passages (private module).

Class and property labels and the primary type are `graph/terms.py`'s.

Everything here queries a pyoxigraph Store with the default graph as the union of all named graphs.
IRIs taken from the store are pasted into VALUES blocks through `ox.NamedNode` (always valid IRIs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from graph.namespaces import ID, SG, SPARQL_PREFIXES
from graph.store import GraphStore, term_value
from graph.terms import primary_type, resource_types

ID_BASE = str(ID)
SG_BASE = str(SG)
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS_BASE = "http://www.w3.org/2004/02/skos/core#"
RDFS_BASE = "http://www.w3.org/2000/01/rdf-schema#"
DCT_BASE = "http://purl.org/dc/terms/"

LABEL_PREDICATES = (
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://purl.org/dc/terms/title",
)


def local_id(iri: str) -> str:
    """The path of a resource IRI after `id/` ("project/smo"); other IRIs unchanged."""
    return iri[len(ID_BASE):] if iri.startswith(ID_BASE) else iri


def iri_values(var: str, iris: Iterable[str]) -> str:
    terms = " ".join(str(ox.NamedNode(i)) for i in dict.fromkeys(iris))
    return f"VALUES ?{var} {{ {terms} }}"


def raw_query(store: GraphStore, query: str) -> list[dict[str, Any]]:
    """Rows of raw pyoxigraph terms (keeps language tags, which `store.select` drops)."""
    result = store.query(SPARQL_PREFIXES + query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: sol[n] for n in names} for sol in result]


def plain_query(store: GraphStore, query: str) -> list[dict[str, Any]]:
    result = store.query(SPARQL_PREFIXES + query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: term_value(sol[n]) for n in names} for sol in result]


def select_many(store: GraphStore, selects: list[str]) -> list[list[dict[str, Any]]]:
    """The `plain_query` rows of each SELECT in `selects`, from one query (a remote store: one round trip);
    each is a sub-SELECT in its own UNION branch, so each gets the rows it gets alone."""
    if len(selects) < 2:
        return [plain_query(store, q) for q in selects]
    branches = " UNION ".join(f"{{ {{ {q} }} BIND({i} AS ?part_) }}" for i, q in enumerate(selects))
    out: list[list[dict[str, Any]]] = [[] for _ in selects]
    for row in plain_query(store, f"SELECT * WHERE {{ {branches} }}"):
        out[row.pop("part_")].append(row)
    return out


def lang_rank(term: Any) -> int:
    """Swedish first, then untagged, then anything else."""
    lang = getattr(term, "language", None)
    return 0 if lang == "sv" else 1 if not lang else 2


# -- labels and types of many nodes at once ---------------------------------------------------------

@dataclass
class NodeInfo:
    iri: str
    label: str | None = None
    types: list[str] = field(default_factory=list)   # class IRIs
    number: str | None = None
    year: int | None = None
    heading: str | None = None
    date: str | None = None
    text: str | None = None

    @property
    def type_names(self) -> list[str]:
        return resource_types(self.iri, self.types)

    @property
    def type(self) -> str | None:
        return primary_type(self.type_names)

    def display(self) -> str:
        return display_label(self.iri, self.type, self.label, self.number, self.year, self.text, self.heading)


def short(text: str, n: int = 110) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " …"


def number_label(type_: str | None, number: str | None, year: int | None) -> str | None:
    """"Nr 8 (2025)", "Ber 1 (2025)", "Effektmål 8 (2023)" for numbered resources, else None."""
    if not number:
        return None
    y = f" ({year})" if year else ""
    if type_ == "EffectGoal":
        return f"Effektmål {number}{y}"
    if type_ in ("Assignment", "Activity"):
        return (f"Nr {number}" if number[:1].isdigit() else number) + y
    return None


def display_label(iri: str, type_: str | None, label: str | None, number: str | None, year: int | None,
                  text: str | None, heading: str | None) -> str:
    """The label, else "Nr 4. <text …>" / the text / the heading / the local id."""
    if label:
        return label
    if text:
        if number and type_ in ("Assignment", "Activity"):
            prefix = f"Nr {number}" if number[:1].isdigit() else number
            t = re.sub(r"\s+", " ", text).strip()
            return short(f"{prefix}. {t[:1].upper()}{t[1:]}")
        return short(text)
    if type_ == "Assignment" and number:
        return f"Uppdrag nr {number}" + (f" ({year})" if year else "")
    if heading:
        return heading
    return local_id(iri)


_NODE_INFO = """
SELECT ?x ?p ?v WHERE {
  %s
  { ?x a ?v . BIND(rdf:type AS ?p) }
  UNION { VALUES ?p { skos:prefLabel rdfs:label dcterms:title sg:number sg:year sg:heading dcterms:date sg:text }
          ?x ?p ?v }
}
"""


def node_info(store: GraphStore, iris: Iterable[str]) -> dict[str, NodeInfo]:
    """Label (skos:prefLabel > rdfs:label > dcterms:title, Swedish first), types and a few literals."""
    todo = [i for i in dict.fromkeys(iris) if i and not i.startswith("_:")]
    out: dict[str, NodeInfo] = {i: NodeInfo(i) for i in todo}
    best: dict[str, tuple[int, int, str]] = {}
    for chunk_start in range(0, len(todo), 400):
        chunk = todo[chunk_start:chunk_start + 400]
        for row in raw_query(store, _NODE_INFO % iri_values("x", chunk)):
            x, p, v = row["x"].value, row["p"].value, row["v"]
            info = out[x]
            if p == RDF_TYPE:
                if isinstance(v, ox.NamedNode) and v.value not in info.types:
                    info.types.append(v.value)
            elif p in LABEL_PREDICATES:
                rank = (LABEL_PREDICATES.index(p), lang_rank(v), v.value)
                if x not in best or rank < best[x]:
                    best[x] = rank
                    info.label = v.value
            elif p.endswith("/number"):
                info.number = v.value
            elif p.endswith("/year"):
                val = term_value(v)
                info.year = val if isinstance(val, int) else None
            elif p.endswith("/heading"):
                info.heading = v.value
            elif p.endswith("/date"):
                info.date = v.value
            elif p.endswith("/text"):
                info.text = v.value
    return out


# -- passages -------------------------------------------------------------------------------------------

@dataclass
class PassageInfo:
    iri: str
    id: str
    document: str | None = None
    document_id: str | None = None
    title: str | None = None
    date: str | None = None       # document dcterms:date
    year: int | None = None       # document sg:year
    heading: str | None = None
    text: str = ""
    ordinal: int | None = None
    start: int | None = None

    @property
    def when(self) -> str | None:
        """The document's date, else its year, as a string ("2020-11-24" / "2021")."""
        if self.date:
            return self.date[:10]
        if self.year:
            return str(self.year)
        return None


#: What a passage's card shows, for the passages bound to ?p.
_PASSAGE_FIELDS = """
  OPTIONAL { ?p dcterms:isPartOf ?doc .
    OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:date ?date } OPTIONAL { ?doc sg:year ?year } }
  OPTIONAL { ?p sg:heading ?heading }
  OPTIONAL { ?p sg:text ?text }
  OPTIONAL { ?p sg:ordinal ?ordinal }
  OPTIONAL { ?p oa:hasSelector ?sel . ?sel a oa:TextPositionSelector ; oa:start ?start }
"""
_PASSAGES = "SELECT ?p ?doc ?title ?date ?year ?heading ?text ?ordinal ?start WHERE { %s " + _PASSAGE_FIELDS + "}"

#: A SELECT's rows (and a pattern's ?p, marked ?also_) with the passage fields of their ?p joined on.
#: The `also` pattern sits in a sub-SELECT: Virtuoso 7.2's compiler fails on a FILTER inside a UNION branch
#: beside a BIND ("sparp_gp_deprecate(): equiv replaces filter"); the sub-SELECT means the same everywhere.
_WITH_PASSAGES = ("SELECT * WHERE { { { %s } UNION { { SELECT DISTINCT ?p WHERE { %s } } BIND(true AS ?also_) } } "
                  + _PASSAGE_FIELDS + "}")
#: The variables _PASSAGE_FIELDS and _WITH_PASSAGES bind (a SELECT given to rows_with_passages uses none).
_FIELD_VARS = frozenset({"doc", "title", "date", "year", "heading", "text", "ordinal", "start", "sel", "also_"})


def passage_id(iri: str) -> str:
    lid = local_id(iri)
    return lid.split("/", 1)[1] if lid.startswith("passage/") else lid


def document_id(iri: str) -> str:
    lid = local_id(iri)
    return lid.split("/", 1)[1] if lid.startswith("document/") else lid


def passage_info(store: GraphStore, iris: Iterable[str]) -> dict[str, PassageInfo]:
    todo = [i for i in dict.fromkeys(iris) if i and not i.startswith("_:")]
    out: dict[str, PassageInfo] = {}
    for chunk_start in range(0, len(todo), 400):
        chunk = todo[chunk_start:chunk_start + 400]
        for row in plain_query(store, _PASSAGES % iri_values("p", chunk)):
            _add_passage_row(out, row)
    return out


def rows_with_passages(store: GraphStore, select: str, also: str = "FILTER(false)",
                       ) -> tuple[list[dict[str, Any]], dict[str, PassageInfo]]:
    """(the distinct rows of `select`, a SELECT that binds ?p, and `passage_info` of every ?p it binds and of
    every ?p the pattern `also` binds) in one query, where a remote store would take two round trips."""
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    out: dict[str, PassageInfo] = {}
    for row in plain_query(store, _WITH_PASSAGES % (select, also)):
        _add_passage_row(out, row)  # each row carries one combination of its passage's fields
        if not row["also_"]:
            own = {k: v for k, v in row.items() if k not in _FIELD_VARS}
            rows.setdefault(tuple(own.values()), own)
    return list(rows.values()), out


def _add_passage_row(out: dict[str, PassageInfo], row: dict[str, Any]) -> None:
    """Fold one row of passage fields into `out` (the first value of each field wins)."""
    p = str(row["p"])
    info = out.get(p)
    if info is None:
        info = out[p] = PassageInfo(iri=p, id=passage_id(p))
    doc = row.get("doc")
    if doc and not info.document:
        info.document, info.document_id = str(doc), document_id(str(doc))
    info.title = info.title or row.get("title")
    info.date = info.date or (str(row["date"]) if row.get("date") else None)
    if info.year is None and isinstance(row.get("year"), int):
        info.year = row["year"]
    info.heading = info.heading or row.get("heading")
    info.text = info.text or (row.get("text") or "")
    if info.ordinal is None and isinstance(row.get("ordinal"), int):
        info.ordinal = row["ordinal"]
    if info.start is None and isinstance(row.get("start"), int):
        info.start = row["start"]


def snippet(text: str, needles: Iterable[str] = (), width: int = 220) -> str:
    """A window of `text` around the first needle found (case-insensitive), else its beginning."""
    text = re.sub(r"\s+", " ", text or "").strip()
    if len(text) <= width:
        return text
    low = text.lower()
    for needle in needles:
        if not needle:
            continue
        i = low.find(re.sub(r"\s+", " ", needle).lower())
        if i >= 0:
            half = max(0, (width - len(needle)) // 2)
            start = max(0, i - half)
            end = min(len(text), start + width)
            start = max(0, end - width)
            return ("…" if start > 0 else "") + text[start:end].strip() + ("…" if end < len(text) else "")
    return text[:width].rstrip() + "…"
