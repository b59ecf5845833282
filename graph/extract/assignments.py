"""Uppdrag (sg:Assignment) and what reports say about them (sg:StatusReport).

Where uppdrag are found is `assignment_lists.py` (list headers, commission sentences, "Uppdrag …" headings)
and `assignment_reports.py` (report headings and table rows with a status of their own); the words they
need are data (`assignment_words.tsv`, `heading_words.tsv`, `status_phrases.tsv`). Here they are combined
and written to the graph.
The year comes from the nearest preceding year cue ("verksamhetsplan med budget för 2025", "uppdrag för
2021", "Uppdrag från hälso- och sjukvårdsnämnden 2020"), the issuer from the board named in that cue.
A report body (the text after an item up to the next one) with a status sentence, "Svar:", "Kommentar:",
"Ur delårsrapport:" or a meeting reference makes a sg:StatusReport.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import DCTERMS

from graph import iri as I
from graph.extract import assignment_patterns as P
from graph.extract.assignment_lists import Occurrence, commission_sentences, headers, heading_sentences, list_items
from graph.extract.assignment_reports import (
    field_statuses,
    kv_records,
    read_slot,
    report_headings,
    stated_issuer,
    table_rows,
)
from graph.extract.context import Ctx, str_lit, sv, year_lit
from graph.extract.goals import goal_iri, perspective_node
from graph.extract.status import NEAREST_EXAMPLE, PHRASE_TABLE, classify
from graph.extract.structure import block_at
from graph.extract.text import clean
from graph.namespaces import SG

#: a report body never runs further than this past its uppdrag
BODY_CHARS = 4000


def occurrences(ctx: Ctx) -> list[Occurrence]:
    """Every uppdrag of the document in text order, each with the end of its report body."""
    p = P.current()
    s = ctx.nt.s
    heads = headers(ctx)
    occ = list_items(ctx, heads)
    occ.extend(commission_sentences(ctx, [(o.start, o.end) for o in occ]))
    # each later form skips what an earlier one already covers
    for finder in (heading_sentences, report_headings, table_rows, kv_records):
        occ.extend(finder(ctx, [(o.start, o.end) for o in occ]))
    occ.sort(key=lambda o: o.start)
    # "RF-2025-03 Title" over "Nämnden får i uppdrag att …": the commission sentence right under a report's
    # uppdrag heading restates that uppdrag (the heading's title stays its wording), it is not one more
    occ = [o for k, o in enumerate(occ) if not (
        k > 0 and o.number is None and occ[k - 1].extra.get("heading") and not s[occ[k - 1].end:o.start].strip())]
    # report bodies: up to the next uppdrag, section heading or list header
    starts = sorted({o.start for o in occ} | {h[0] for h in heads})
    for o in occ:
        nxt = [x for x in starts if x > o.start]
        lim = min(nxt[0] if nxt else len(s), o.end + BODY_CHARS)
        sh = P.SECTION_HEAD.search(s, o.end, lim)
        av = p.section_end.search(s, o.end, lim)
        o.body_end = min([m.start() for m in (sh, av) if m is not None], default=lim)
    return occ


def extract(ctx: Ctx) -> list[Occurrence]:
    g = ctx.g
    occs = occurrences(ctx)
    for o in occs:
        if o.number and o.number.isdigit():
            o.number = str(int(o.number))   # "Uppdrag 2026-04" is uppdrag 4 of 2026
        # an id that carries its year ("2024:3") beats the nearest year cue
        year = o.year or ctx.year_at(o.start)
        if year is None:
            continue
        text = o.wording or ctx.text(o.text_start, o.text_end)
        local = I.assignment_local(year, o.number, o.series, text)
        node = I.assignment_iri(year, o.number, o.series, text)
        o.iri, o.local, o.year = node, local, year
        g.add((node, RDF.type, SG.Assignment))
        g.add((node, SG.year, year_lit(year)))
        # one wording per uppdrag (SHACL maxCount 1): where a summary table cuts it short and the report's
        # heading gives it whole, the longer reading is the wording
        known = [str(t) for t in g.objects(node, SG.text)]
        if not known or len(text) > max(len(t) for t in known):
            g.remove((node, SG.text, None))
            g.add((node, SG.text, sv(text)))
        if o.number:
            g.add((node, SG.number, str_lit(("Ber " if o.series == "ber-nr" else "") + o.number)))
        for a in o.assignees:
            g.add((node, SG.assignedTo, URIRef(a)))
        # a sentence that says who gave the uppdrag ("Regionfullmäktige gav … uppdrag") beats a board that
        # merely stands near a year cue (a title "regionstyrelsens uppdrag 2024" and the organ line under it)
        issuer = o.extra.get("issuer") or stated_issuer(ctx, o.start) or ctx.issuer_at(o.start)
        if issuer:
            g.add((node, SG.issuedBy, URIRef(issuer)))
        for c in ctx.topics_in(o.text_start, o.text_end):
            g.add((node, SG.concerns, URIRef(c)))
        blk = block_at(ctx, o.start)
        if blk is not None:
            if blk.kind in ("effektmal", "malsattning") and blk.goal:
                g.add((node, SG.contributesTo, goal_iri(year, blk.goal)))
            elif blk.kind == "section" and blk.perspective:
                g.add((node, SG.contributesTo, perspective_node(ctx, blk.perspective)))
        ctx.prov(node, o.start, o.text_end)
        _report(ctx, o)
    return occs


def _report(ctx: Ctx, o: Occurrence) -> None:
    p = P.current()
    s = ctx.nt.s
    a, b = o.end, o.body_end
    field, field_spans = field_statuses(ctx, a, b)
    slots = [s[x:y] for x, y in field_spans]
    wrapped = [s[x:y].strip() for x, y in o.status_cells if y > x]
    if len(o.status_cells) > 1 and wrapped:   # a status cell wrapped over its row's lines is one slot
        slots = [" ".join(wrapped)]
        field = list(read_slot(ctx, slots[0])[0].notations)
    if b <= a or (not field and not p.report_mark.search(s, a, b)
                  and not any(classify(s[x:y]) for x, y in ctx.nt.sentences(a, b))):
        return
    assert o.iri is not None and o.year is not None
    rep = I.status_report_iri(ctx.doc.id, o.local)
    g = ctx.g
    g.add((rep, RDF.type, SG.StatusReport))
    g.add((rep, SG.reportsOn, o.iri))
    # the year reported on: the report's own, also for an uppdrag of an earlier year carried over into it
    g.add((rep, SG.year, year_lit(max(o.year, ctx.doc.year or o.year))))
    g.add((rep, SG.reportedIn, ctx.doc_iri))
    g.add((rep, DCTERMS.isPartOf, ctx.doc_iri))
    ctx.prov(rep, a, b)
    texts: list[str] = []
    if field:   # a status field is the report's own verdict: prose in the body does not add to it
        for st in field:
            g.add((rep, SG.status, I.status_iri(st)))
        g.add((rep, SG.statusText, sv(" … ".join(clean(t) for t in slots))))
        # how the field was read; a nearest-example reading keeps its (least) confidence for review
        guessed = [r.confidence for t in slots if (r := read_slot(ctx, t)[0]).method == NEAREST_EXAMPLE]
        _method(ctx, rep, NEAREST_EXAMPLE if guessed else PHRASE_TABLE)
        if guessed:
            conf = [Decimal(str(c)) for c in guessed if c is not None]
            conf += [Decimal(str(o)) for o in g.objects(rep, SG.statusConfidence)]   # a second report on it
            if conf:
                g.remove((rep, SG.statusConfidence, None))
                g.add((rep, SG.statusConfidence, Literal(min(conf))))
        return
    for x, y in ctx.nt.sentences(a, b):
        sts = classify(s[x:y])
        if sts:
            texts.append(ctx.text(x, y))
            for st in sts:
                g.add((rep, SG.status, I.status_iri(st)))
    if texts:   # one literal: the status sentences in text order
        g.add((rep, SG.statusText, sv(" … ".join(texts))))
        _method(ctx, rep, PHRASE_TABLE)


def _method(ctx: Ctx, rep: URIRef, method: str) -> None:
    """How the report's status was read (one value, SHACL maxCount 1): a document that reports on an uppdrag twice
    (a summary table and a section of its own) makes one report; a nearest-example reading in either keeps it
    flagged for review."""
    known = {str(o) for o in ctx.g.objects(rep, SG.statusMethod)}
    if NEAREST_EXAMPLE in known:
        return
    ctx.g.remove((rep, SG.statusMethod, None))
    ctx.g.add((rep, SG.statusMethod, str_lit(method)))


__all__ = ["Occurrence", "extract", "occurrences"]
