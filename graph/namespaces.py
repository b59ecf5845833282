"""IRIs: one namespace for Styrgraf's own terms (SG), one for its resources (ID), named graphs (GRAPH).

These are persistent w3id.org IRIs, minted into the stored graph at build time; every module derives its
IRIs from BASE here (no other copy of it in the code, and no setting changes it).
"""

from __future__ import annotations

import re

from rdflib import Namespace
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, TIME, XSD

BASE = "https://w3id.org/styrgraf/"
SG = Namespace(BASE + "def/")        # ontology terms: sg:Assignment, sg:assignedTo, ...
ID = Namespace(BASE + "id/")         # resources: id/assignment/2025/nr-8, id/project/smo, ...
GRAPH = Namespace(BASE + "graph/")   # named graphs: graph/document/<doc_id>, graph/ontology, graph/thesaurus
FN = Namespace(BASE + "def/fn#")     # SPARQL extension functions of the service: sgf:relevance, ...
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")

ONTOLOGY_GRAPH = GRAPH["ontology"]
THESAURUS_GRAPH = GRAPH["thesaurus"]


def document_graph(doc_id: str) -> str:
    return str(GRAPH[f"document/{doc_id}"])


_SEPARATORS = re.compile(r"[/#]")


def local_name(iri: str) -> str:
    """The last segment of an IRI, after its last '/' or '#', trailing separators ignored
    ("…/def/Project" → "Project", "…/core#" → "core"); a name without separators is returned as it is."""
    return _SEPARATORS.split(iri.rstrip("/#"))[-1]


PREFIXES: dict[str, str] = {
    "sg": str(SG), "id": str(ID), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "skos": str(SKOS),
    "dcterms": str(DCTERMS), "prov": str(PROV), "org": str(ORG), "time": str(TIME), "oa": str(OA),
    "schema": str(SCHEMA),
}

SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

__all__ = ["BASE", "FN", "GRAPH", "ID", "OA", "ONTOLOGY_GRAPH", "PREFIXES", "SCHEMA", "SG", "SH", "SPARQL_PREFIXES",
           "THESAURUS_GRAPH", "document_graph", "local_name"]
