"""Mapping between Styrgraf's IRIs and the service's paths (`/id/...`, `/def/...`), and RDF description helpers.

The IRIs are the persistent ones of `graph/namespaces.py`, minted into the stored graph at build time; the
service resolves them under its own host (`/id/project/smo` describes `<…/id/project/smo>`)."""

from __future__ import annotations

import re
from typing import Any

import pyoxigraph as ox
import rdflib

from corpus.errors import StyrgrafError
from graph.namespaces import ID, PREFIXES, SG
from graph.store import GraphStore

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL_PREDICATES = (ox.NamedNode(SKOS_PREF), ox.NamedNode(RDFS_LABEL))

RDF_MEDIA = {
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "application/ld+json": "jsonld",
}
RDF_CONTENT_TYPES = {
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples; charset=utf-8",
    "jsonld": "application/ld+json",
}


class InvalidIri(StyrgrafError):
    title = "Ogiltig IRI"


#: Characters no IRI may hold (RFC 3987): controls, space, the delimiters, and what a bad UTF-8 byte decodes to
#: (U+FFFD). Checked first for a message that names the character; pyoxigraph's own parser then has the last word.
_FORBIDDEN = re.compile(r'[\x00-\x20\x7f-\x9f<>"{}|\\^`\ufffd\ud800-\udfff]')


def _describe_char(ch: str) -> str:
    return f"U+{ord(ch):04X}" if not ch.isprintable() or ch.isspace() else f"'{ch}' (U+{ord(ch):04X})"


def check_segment(value: str, what: str = "sökvägen") -> str:
    """A path part or an id (document id, term) that must not hold characters no IRI may hold → `InvalidIri`
    (400), before it reaches the store; returned unchanged."""
    m = _FORBIDDEN.search(value)
    if m:
        raise InvalidIri(f"{what} innehåller tecknet {_describe_char(m.group())} på plats {m.start() + 1}, "
                         "som inte får förekomma i en IRI")
    return value


def valid_iri(iri: str, what: str = "IRI:n") -> str:
    """The one IRI check of the service: `iri` unchanged, or `InvalidIri` (400) naming the offending character.
    Every IRI built from a request path goes through here before the store sees it (pyoxigraph would raise
    `ValueError: Invalid IRI code point`, a 500)."""
    check_segment(iri, what)
    try:
        ox.NamedNode(iri)
    except ValueError as e:
        raise InvalidIri(f"{what} <{iri[:200]}> är ogiltig: {e}") from None
    return iri


def resource_iri(path: str) -> str:
    """`project/smo` → the resource IRI `…/id/project/smo` (validated: `InvalidIri` for a bad path)."""
    path = check_segment(path.lstrip("/"), "resursens sökväg")
    return valid_iri(str(ID) + path, "resursens IRI")


def term_iri(term: str) -> str:
    """`Assignment` → the ontology term `…/def/Assignment` (`""` → the ontology itself); validated."""
    return valid_iri(str(SG) + check_segment(term, "termen"), "termens IRI")


def passage_anchor(passage_id: str) -> str:
    """The HTML fragment of a passage on its document page (same as the web pages)."""
    return "passage-" + re.sub(r"[^A-Za-z0-9._-]", "-", passage_id)


def label_of(store: GraphStore, iri: str) -> str | None:
    node = ox.NamedNode(iri)
    best: str | None = None
    for pred in LABEL_PREDICATES:
        for q in store.quads_for_pattern(node, pred, None, None):
            lit = q.object
            if isinstance(lit, ox.Literal):
                if lit.language in (None, "", "sv"):
                    return lit.value
                best = best or lit.value
    return best


def describe(store: GraphStore, iri: str, *, graph: str | None = None, incoming: bool = True,
             max_depth: int = 3) -> list[ox.Triple]:
    """The description of a resource: its outgoing triples (following blank nodes, e.g. provenance
    selectors), incoming triples, and labels and types of the resources at the other end. From all named
    graphs (or only `graph`), duplicates removed."""
    g = ox.NamedNode(graph) if graph else None
    node = ox.NamedNode(iri)
    seen: set[ox.Triple] = set()
    out: list[ox.Triple] = []
    neighbours: set[ox.NamedNode] = set()

    def add(t: ox.Triple) -> None:
        if t not in seen:
            seen.add(t)
            out.append(t)

    frontier: list[Any] = [node]
    depth = 0
    visited: set[Any] = set()
    while frontier and depth <= max_depth:
        nxt: list[Any] = []
        for subj in frontier:
            if subj in visited:
                continue
            visited.add(subj)
            for q in store.quads_for_pattern(subj, None, None, g):
                add(q.triple)
                if isinstance(q.object, ox.BlankNode):
                    nxt.append(q.object)
                elif isinstance(q.object, ox.NamedNode) and q.predicate.value != RDF_TYPE:
                    neighbours.add(q.object)
        frontier = nxt
        depth += 1
    if incoming:
        for q in store.quads_for_pattern(None, None, node, g):
            add(q.triple)
            if isinstance(q.subject, ox.NamedNode):
                neighbours.add(q.subject)
    neighbours.discard(node)
    for n in neighbours:
        for pred in (*LABEL_PREDICATES, ox.NamedNode(RDF_TYPE)):
            for q in store.quads_for_pattern(n, pred, None, None):
                add(q.triple)
    return out


def serialize_triples(triples: list[ox.Triple], fmt: str) -> bytes:
    """Turtle or N-Triples with pyoxigraph, JSON-LD with rdflib (compacted with the standard prefixes)."""
    if fmt == "turtle":
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b""
    nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    if fmt == "ntriples":
        return nt
    g = rdflib.Graph()
    for p, ns in PREFIXES.items():
        g.bind(p, ns)
    if nt:
        g.parse(data=nt.decode("utf-8"), format="nt")
    data = g.serialize(format="json-ld", context={p: ns for p, ns in PREFIXES.items()}, auto_compact=True)
    return data.encode("utf-8") if isinstance(data, str) else data
