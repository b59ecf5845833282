"""IRIs: one namespace for Styrgraf's own terms (SG), one for its resources (ID), named graphs (GRAPH)."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, TIME, XSD

BASE = "https://w3id.org/styrgraf/"
SG = Namespace(BASE + "def/")        # ontology terms: sg:Assignment, sg:assignedTo, ...
ID = Namespace(BASE + "id/")         # resources: id/assignment/2025/nr-8, id/project/smo, ...
GRAPH = Namespace(BASE + "graph/")   # named graphs: graph/document/<doc_id>, graph/ontology, graph/thesaurus
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")

ONTOLOGY_GRAPH = GRAPH["ontology"]
THESAURUS_GRAPH = GRAPH["thesaurus"]


def document_graph(doc_id: str) -> str:
    return str(GRAPH[f"document/{doc_id}"])


PREFIXES: dict[str, str] = {
    "sg": str(SG), "id": str(ID), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "skos": str(SKOS),
    "dcterms": str(DCTERMS), "prov": str(PROV), "org": str(ORG), "time": str(TIME), "oa": str(OA),
    "schema": str(SCHEMA),
}

SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

__all__ = ["BASE", "GRAPH", "ID", "OA", "ONTOLOGY_GRAPH", "PREFIXES", "SCHEMA", "SG", "SH", "SPARQL_PREFIXES",
           "THESAURUS_GRAPH", "document_graph"]
