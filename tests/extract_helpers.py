"""Shared helpers for the extraction tests: a tiny in-memory thesaurus, a synthetic document, and readers of
an extracted graph (agenda items, decisions, presenters, gold-style facts)."""

from __future__ import annotations

from rdflib import RDF, Graph
from rdflib.namespace import DCTERMS

from corpus.model import Document, Passage, content_hash
from graph.build import build_document_graph
from graph.gold import facts
from graph.namespaces import ID, SG
from graph.thesaurus import Concept, Thesaurus


def tail(iri: object) -> str:
    """The last path segment of an IRI: an item's number, a decision's "N-k", a person's slug."""
    return str(iri).rsplit("/", 1)[-1]


def agenda_items(g: Graph) -> dict[str, str]:
    return {tail(s): str(g.value(s, DCTERMS.title)) for s in g.subjects(RDF.type, SG.AgendaItem)}


def decisions(g: Graph) -> dict[str, str]:
    return {tail(s): str(g.value(s, SG.text)) for s in g.subjects(RDF.type, SG.Decision)}


def presenters(g: Graph) -> set[tuple[str, str]]:
    return {(tail(s), tail(o)) for s, o in g.subject_objects(SG.presenter)}


def gold_facts(doc: Document, th: Thesaurus) -> set[tuple[str, str, str]]:
    """The document's graph as the gold files write facts: (subject, predicate, object) in CURIE form."""
    return {(s, p, o) for _k, _d, s, p, o in facts(build_document_graph(doc, th))}


def by_predicate(got: set[tuple[str, str, str]], pred: str) -> dict[str, set[str]]:
    """Gold-form facts with predicate `pred`: subject (without "id:") → its objects."""
    out: dict[str, set[str]] = {}
    for s, p, o in got:
        if p == pred:
            out.setdefault(s.removeprefix("id:"), set()).add(o)
    return out


def mini_thesaurus() -> Thesaurus:
    def organ(slug: str, label: str, cls: str, alt: list[str] | None = None) -> Concept:
        return Concept(iri=str(ID[f"organ/{slug}"]), pref_label=label, alt_labels=alt or [],
                       types=[str(SG[cls]), str(SG.Organ)])

    cs = [
        organ("halso-och-sjukvardsnamnden", "Hälso- och sjukvårdsnämnden", "Board"),
        organ("halso-och-sjukvardsforvaltningen", "Hälso- och sjukvårdsförvaltningen", "Administration"),
        organ("beredning-for-psykiatri", "Beredning för psykiatri", "Committee"),
        organ("beredning-for-nara-vard", "Beredning för nära vård", "Committee"),
        organ("chefsgruppen", "Chefsgrupp för samverkan", "ManagementGroup"),
        Concept(iri=str(ID["project/smo"]), pref_label="Samordnat medicinskt omhändertagande",
                acronyms=["SMO"], types=[str(SG.Project)]),
        Concept(iri=str(ID["project/spot"]), pref_label="Specialpsykiatriska omvårdnadsteam",
                acronyms=["SPOT"], types=[str(SG.Project)]),
    ]
    return Thesaurus({c.iri: c for c in cs})


def make_doc(text: str, doc_id: str = "test-doc", doc_type: str = "aterrapportering", year: int | None = None,
             organ: str | None = None, chunk: int = 0) -> Document:
    """A document whose passages are its blank-line separated paragraphs (or fixed-size chunks)."""
    import re

    passages: list[Passage] = []
    spans = ([(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text)] if not chunk
             else [(i, min(len(text), i + chunk)) for i in range(0, len(text), chunk)])
    for a, b in spans:
        body = text[a:b]
        h = content_hash(body)
        passages.append(Passage(id=f"{doc_id}.{h[:12]}-{len(passages)}", doc_id=doc_id, ordinal=len(passages),
                                start=a, end=b, text=body, content_hash=h))
    return Document(id=doc_id, title="Test", doc_type=doc_type, text=text, organ=organ, year=year,
                    passages=passages)


REPORT = """Återrapportering av uppdrag

I hälso- och sjukvårdsnämndens verksamhetsplan med budget för 2025 tilldelas förvaltningen ett antal uppdrag.

Hälso- och sjukvårdsnämndens beredning för psykiatri får i uppdrag:
Ber nr 1. Regelbundet följa patientflödena inom psykiatrin och SPOT.

Kommentar: Vid sammanträdet den 25 september fick beredningen information.
Uppdraget är flerårigt och uppdragets del av innevarande år bedöms vara genomfört vid årets slut.

Hälso- och sjukvårdsförvaltningen får i uppdrag att utreda en pilot för samordnat medicinskt omhändertagande.
"""
