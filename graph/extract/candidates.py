"""Candidate concepts: acronyms defined in the text ("Hållbart medarbetarengagemang, HME") that the
thesaurus does not know yet become skos:Concepts in the `kandidatbegrepp` scheme, flagged
`sg:candidate true`, mentioned by their passage and reported by `styrgraf check` for review. Staff
promote one by copying it into ontology/thesaurus.ttl."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from graph import iri as I
from graph.acronyms import unknown_candidates
from graph.extract.context import Ctx, sv
from graph.namespaces import SG

CANDIDATE_SCHEME = SG.CandidateScheme  # declared in ontology/thesaurus.ttl


def organ_node(ctx: Ctx, name: str) -> URIRef:
    """The organ a name denotes: the thesaurus concept, else a typed sg:Organ minted from the name and
    flagged as a candidate concept for review, so that the graph stays valid (SHACL) and staff see it in
    `styrgraf check` ("Vårdutskottet", a `--organ` override)."""
    c = ctx.thesaurus.by_label(name)
    if c is not None:
        return URIRef(str(c.iri))
    node = I.organ_iri(name)
    if str(node) in ctx.thesaurus.concepts:
        return node
    ctx.add(node, RDF.type, SG.Organ)
    ctx.add(node, RDF.type, SKOS.Concept)
    ctx.add(node, SKOS.inScheme, CANDIDATE_SCHEME)
    ctx.add(node, SKOS.prefLabel, sv(name))
    ctx.add(node, RDFS.label, sv(name))
    ctx.add(node, SG.candidate, Literal(True, datatype=XSD.boolean))
    return node


def candidate_organ(ctx: Ctx) -> None:
    """The document's own organ, typed when the thesaurus does not know it."""
    if ctx.organ and ctx.doc.organ and ctx.organ not in ctx.thesaurus.concepts:
        organ_node(ctx, ctx.doc.organ)


def extract(ctx: Ctx) -> None:
    candidate_organ(ctx)
    thesaurus = ctx.thesaurus
    if not hasattr(thesaurus, "by_label"):
        return
    seen: set[str] = set()
    for cand in unknown_candidates(ctx.doc.text, thesaurus):  # type: ignore[arg-type]
        node = I.concept_iri(f"kandidat {cand.acronym}")
        ctx.prov_orig(node, cand.start, cand.end)
        passage = ctx.passage_at(cand.start, cand.end)
        if passage is not None:
            ctx.add(I.passage_iri(passage.id), SG.mentions, node)
        if str(node) in seen:
            continue
        seen.add(str(node))
        ctx.add(node, RDF.type, SKOS.Concept)
        ctx.add(node, SKOS.inScheme, CANDIDATE_SCHEME)
        ctx.add(node, SKOS.prefLabel, sv(cand.expansion))
        ctx.add(node, SG.acronym, Literal(cand.acronym))
        ctx.add(node, SG.candidate, Literal(True, datatype=XSD.boolean))
