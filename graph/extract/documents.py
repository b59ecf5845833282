"""The document itself (sg:Document), its passages (sg:Passage with position and quote selectors) and
every thesaurus mention (sg:Mention with offsets; `?passage sg:mentions ?concept`)."""

from __future__ import annotations

import re

from rdflib import RDF, BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from graph import iri as I
from graph.extract.context import Ctx, str_lit, sv, year_lit
from graph.namespaces import OA, SG

QUOTE_CONTEXT = 32


def _int(n: int) -> Literal:
    return Literal(n, datatype=XSD.nonNegativeInteger)


def extract(ctx: Ctx) -> None:
    g, doc, d = ctx.g, ctx.doc, ctx.doc_iri
    g.add((d, RDF.type, SG.Document))
    g.add((d, DCTERMS.title, sv(doc.title)))
    g.add((d, DCTERMS.type, I.doctype_iri(doc.doc_type)))
    date = ctx.doc_date()
    if date:
        g.add((d, DCTERMS.date, Literal(date, datatype=XSD.date)))
    year = ctx.doc_year()
    if year:
        g.add((d, SG.year, year_lit(year)))
    if ctx.organ:
        g.add((d, DCTERMS.creator, URIRef(ctx.organ)))
    dnrs = list(doc.dnr) or sorted(set(re.findall(r"\b(?:Dnr|Diarienummer)\s*:\s*(\d{2}RS\d{2,6})\b", doc.text)))
    for dnr in dnrs:
        g.add((d, DCTERMS.identifier, str_lit(dnr)))
    if doc.source:
        g.add((d, DCTERMS.source, str_lit(doc.source)))
    text = doc.text
    for p in doc.passages:
        pn = I.passage_iri(p.id)
        g.add((d, SG.hasPassage, pn))
        g.add((pn, RDF.type, SG.Passage))
        g.add((pn, DCTERMS.isPartOf, d))
        g.add((pn, OA.hasSource, d))
        g.add((pn, SG.text, Literal(p.text)))
        g.add((pn, SG.ordinal, year_lit(p.ordinal)))
        if p.heading:
            g.add((pn, SG.heading, Literal(p.heading)))
        pos = BNode()
        g.add((pn, OA.hasSelector, pos))
        g.add((pos, RDF.type, OA.TextPositionSelector))
        g.add((pos, OA.start, _int(p.start)))
        g.add((pos, OA.end, _int(p.end)))
        q = BNode()
        g.add((pn, OA.hasSelector, q))
        g.add((q, RDF.type, OA.TextQuoteSelector))
        g.add((q, OA.exact, Literal(p.text)))
        g.add((q, OA.prefix, Literal(text[max(0, p.start - QUOTE_CONTEXT):p.start])))
        g.add((q, OA.suffix, Literal(text[p.end:p.end + QUOTE_CONTEXT])))
    for m in ctx.mentions:
        mp = ctx.passage_at(m.start, m.end)
        if mp is None:
            continue
        pn = I.passage_iri(mp.id)
        concept = URIRef(m.concept_iri)
        mn = I.mention_iri(mp.id, m.start)
        g.add((pn, SG.mentions, concept))
        g.add((mn, RDF.type, SG.Mention))
        g.add((mn, SG.inPassage, pn))
        g.add((mn, SG.mentionOf, concept))
        g.add((mn, OA.start, _int(m.start)))
        g.add((mn, OA.end, _int(m.end)))
        g.add((mn, OA.exact, Literal(text[m.start:m.end])))


__all__ = ["extract"]
