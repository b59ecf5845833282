"""Build the RDF of the corpus: one named graph per document (`graph/document/<doc_id>`), plus the
ontology (`graph/ontology`) and the thesaurus (`graph/thesaurus`) when their files exist.

`build_document_graph` is deterministic: the same document and thesaurus give an isomorphic graph
(IRIs are minted from content, blank nodes only for selectors/derivations)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from corpus.model import Document
from graph.extract import extract_document
from graph.extract.context import EmptyThesaurus, ThesaurusLike
from graph.namespaces import ONTOLOGY_GRAPH, PREFIXES, THESAURUS_GRAPH, document_graph
from graph.scope import scope_document
from ontology import ONTOLOGY_PATH, THESAURUS_PATH


def bind_prefixes(g: Graph) -> Graph:
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True)
    return g


def extract_scoped(doc: Document, thesaurus: ThesaurusLike | None, g: Graph) -> Graph:
    """The document's facts added to `g`, its organs, meetings, agenda items, decisions and uppdrag minted
    under its organisation (graph/scope.py)."""
    extract_document(doc, thesaurus, g)
    scope_document(g, doc, thesaurus if thesaurus is not None else EmptyThesaurus())
    return g


def build_document_graph(doc: Document, thesaurus: ThesaurusLike | None) -> Graph:
    """Every triple extracted from one document."""
    return extract_scoped(doc, thesaurus, bind_prefixes(Graph()))


def build_dataset(docs: Iterable[Document], thesaurus: ThesaurusLike | None,
                  ontology_path: Path | None = None, thesaurus_path: Path | None = None) -> Dataset:
    """Named graph per document + graph/ontology + graph/thesaurus (from ontology/*.ttl if present)."""

    ds = Dataset()
    for p, ns in PREFIXES.items():
        ds.bind(p, ns, override=True)
    for gid, path in ((ONTOLOGY_GRAPH, ontology_path or ONTOLOGY_PATH),
                      (THESAURUS_GRAPH, thesaurus_path or THESAURUS_PATH)):
        if path.exists():
            ds.graph(URIRef(str(gid))).parse(str(path), format="turtle")
    for doc in docs:
        extract_scoped(doc, thesaurus, ds.graph(URIRef(document_graph(doc.id))))
    return ds


__all__ = ["bind_prefixes", "build_dataset", "build_document_graph", "extract_scoped"]
