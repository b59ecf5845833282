"""Organisation scoping: what is local to a region or municipality is minted under it.

Documents come from many authorities. An organ ("Regionstyrelsen", "Socialnämnden"), its meetings, their
agenda items and decisions, the uppdrag it gives and the effektmål and indicators of its plans
(`graph.iri.SCOPED_KINDS`) are local to the document's organisation
(`Document.organisation`, read from the letterhead or given as the ingest override `organisation`): two
regions' Regionstyrelsen are two organs, their uppdrag Nr 8 of 2024 two uppdrag. The extractors mint
without an organisation; `scope_document` then rewrites the document's graph, so every extractor stays as
it is. Global things stay global: the thesaurus's concepts (Målbild, projects, topics) and organisations
that are no organ of the document's authority (another region, a national agency such as IVO).

The default organisation (`metadata.toml` [organisations] default: the bundled corpus's region) is not
written into IRIs, so the IRIs of its documents are those minted before scoping existed; no old IRI
changes, and none needs an owl:sameAs or a redirect.

The organisation is in the graph too: an org:Organization with its label, the document's
dcterms:publisher, and each of the document's own organs org:subOrganizationOf it.
"""

from __future__ import annotations

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG

from corpus.model import Document
from corpus.vocabulary import load_vocabulary
from graph import iri as I
from graph.extract.context import ORGAN_TYPES, ThesaurusLike
from graph.namespaces import ID, local_name

_ORGAN_PREFIX = str(ID) + "organ/"


def organisation_name(doc: Document) -> str:
    """The document's organisation, else the default one."""
    return doc.organisation or load_vocabulary().default_organisation


def is_default(name: str) -> bool:
    return I.slugify(name) == I.slugify(load_vocabulary().default_organisation)


def _local_organ(iri: str, organisation: str, thesaurus: ThesaurusLike) -> bool:
    """An organ of the document's own authority: minted from the text, or a thesaurus organ (sg:Organ and
    its subclasses); not an organisation (org:Organization only) and not the authority itself."""
    if not iri.startswith(_ORGAN_PREFIX) or iri == organisation:
        return False
    concept = thesaurus.concepts.get(iri)
    return concept is None or bool(ORGAN_TYPES.intersection(getattr(concept, "types", [])))


def _scoped_terms(g: Graph, organisation: str, slug: str, thesaurus: ThesaurusLike) -> dict[URIRef, URIRef]:
    out: dict[URIRef, URIRef] = {}
    for s, _p, o in g:
        for term in (s, o):
            if not isinstance(term, URIRef) or term in out or not str(term).startswith(str(ID)):
                continue
            kind = str(term)[len(ID):].split("/", 1)[0]
            if kind == "organ" and not _local_organ(str(term), organisation, thesaurus):
                continue
            new = I.scoped_iri(str(term), slug)
            if new != term:
                out[term] = new
    return out


def scope_document(g: Graph, doc: Document, thesaurus: ThesaurusLike) -> dict[URIRef, URIRef]:
    """Scope the graph of one document (in place) by its organisation; returns old IRI → new IRI (empty
    for the default organisation)."""
    name = organisation_name(doc)
    if not name:
        return {}
    org = I.organisation_iri(name)
    if str(org) not in thesaurus.concepts:   # the thesaurus describes the organisations it knows
        g.add((org, RDF.type, ORG.Organization))
        g.add((org, RDFS.label, Literal(name, lang="sv")))
    g.add((I.document_iri(doc.id), DCTERMS.publisher, org))
    mapping = {} if is_default(name) else _scoped_terms(g, str(org), local_name(str(org)), thesaurus)
    if mapping:
        for s, p, o in list(g):
            if s in mapping or o in mapping:
                g.remove((s, p, o))
                g.add((mapping.get(s, s) if isinstance(s, URIRef) else s, p,
                       mapping.get(o, o) if isinstance(o, URIRef) else o))
    # the organs of the document: typed (a thesaurus organ's copy takes its classes and name) and under the
    # organisation
    for old, new in mapping.items():
        concept = thesaurus.concepts.get(str(old))
        if concept is not None:
            for cls in ORGAN_TYPES.intersection(concept.types):
                g.add((new, RDF.type, URIRef(cls)))
            g.add((new, RDFS.label, Literal(concept.pref_label, lang="sv")))
    for organ in {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef)
                  and _local_organ(str(s), str(org), thesaurus) and _is_organ(g, s)}:
        if (organ, ORG.subOrganizationOf, None) not in g:
            g.add((organ, ORG.subOrganizationOf, org))
    return mapping


def _is_organ(g: Graph, node: URIRef) -> bool:
    return any(str(t) in ORGAN_TYPES for t in g.objects(node, RDF.type))


def unscope(term: URIRef, g: Graph, doc_iri: URIRef) -> URIRef:
    """`term` without the organisation segment of the document's publisher (gold facts name IRIs per
    document, so they stay valid for every organisation)."""
    org = g.value(doc_iri, DCTERMS.publisher)
    return I.unscoped_iri(str(term), local_name(str(org))) if org is not None else term


__all__ = ["is_default", "organisation_name", "scope_document", "unscope"]
