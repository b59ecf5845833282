"""Uppdrag (sg:Assignment) and what reports say about them (sg:StatusReport).

Recognised forms (general, not tied to one file):
* a header "<organ(s)> får i uppdrag[ att …]:" or "Uppdrag till <organ>, <organ> och <organ>:" followed by
  items: "Nr 8. …", "Ber nr 1. …", "1. beakta …" (numbered list), "• Att … (Nr 12)" (number at the end),
  or unnumbered "• Att …" bullets;
* a sentence "<organ> får i uppdrag att …." (unnumbered; identity = hash of the normalised sentence, so
  the same uppdrag listed in a plan and reported on in a report is one resource).
The year comes from the nearest preceding year cue ("verksamhetsplan med budget för 2025", "uppdrag för
2021", "Uppdrag från hälso- och sjukvårdsnämnden 2020"), the issuer from the board named in that cue.
A report body (the text after an item up to the next one) with a status sentence, "Svar:", "Kommentar:",
"Ur delårsrapport:" or a meeting reference makes a sg:StatusReport.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import RDF, URIRef
from rdflib.namespace import DCTERMS

from corpus.report_labels import report_label_pattern
from graph import iri as I
from graph.extract.candidates import organ_node
from graph.extract.context import Ctx, str_lit, sv, year_lit
from graph.extract.goals import goal_iri, perspective_node
from graph.extract.status import classify
from graph.extract.structure import block_at
from graph.extract.text import BULLETS
from graph.namespaces import SG

FAR = re.compile(r"\bfår\s+i\s+uppdrag\b", re.IGNORECASE)
UPPDRAG_TILL = re.compile(r"(?m)^Uppdrag\s+till\s+(?P<o>[^:]{3,300}?):")
# "Nr 8.", "Ber nr 1.", "Uppdrag nr 5:", "Nr 3)"
NR_ITEM = re.compile(r"(?m)^(?:Uppdrag\s+)?(?P<ber>Ber(?:edningens)?\.?\s+)?nr\.?\s*(?P<n>\d+)\s*[.:)]?\s+(?=\S)",
                     re.IGNORECASE)
# "1. beakta …", "9) Vidareutveckla …"
NUM_ITEM = re.compile(r"(?m)^(?P<n>\d{1,3})[.)]\s+(?=\S)")
BUL_ITEM = re.compile(rf"(?m)^[{BULLETS}]\s*(?=\S)")
TRAIL_NR = re.compile(r"\(\s*nr\.?\s*(?P<n>\d+)\s*\.?\s*\)\s*\.?\s*$", re.IGNORECASE)
# Labels that start the report on an uppdrag ("Kommentar:", "Svar:", "Status:", "Ur delårsrapport:")
REPORT_LABEL = report_label_pattern()  # corpus/report_labels.txt
BODY_STOP = re.compile(rf"(?m)^{REPORT_LABEL}\s*:|\n\n|^_{{3,}}")
REPORT_MARK = re.compile(rf"(?m)^{REPORT_LABEL}\s*:|\b(?:sammanträde(?:t|n|na)?|"
                         r"nulägesrapport|informerades|fick\s+information)\b", re.IGNORECASE)
# A heading that announces uppdrag without a "får i uppdrag" sentence: "3.2.4 Uppdrag i samverkan med
# forsknings- och utbildningsnämnden", followed by sentences "Att, i samverkan med …, utreda …".
UPPDRAG_HEADING = re.compile(r"(?m)^(?:\d+(?:\.\d+)*\.?\s+)?Uppdrag\b[^\n.:]{0,150}$")
ATT_SENTENCE = re.compile(r"Att\b[ ,]")
# organs after these words take part in an uppdrag but are not its assignees
CO_PARTY = re.compile(r"\b(?:i\s+samverkan\s+med|tillsammans\s+med|i\s+samråd\s+med)\s+", re.IGNORECASE)
SECTION_HEAD = re.compile(r"(?m)^\d+(?:\.\d+)*\.?\s+[A-ZÅÄÖ][^\n]{0,80}$")
# Report layouts: an uppdrag heading "Uppdrag 3: …", "Nr 3. …", "3. …" with a status line of its own
# "Uppdrag 3: …", "Nr 3. …", "3. …", also under a section number and with a dash: "3.1 Uppdrag 1 – …"
REPORT_HEADING = re.compile(r"(?m)^(?:\d{1,2}(?:\.\d{1,2})+\.?\s+(?=Uppdrag|Nr))?"
                            r"(?P<style>Uppdrag\s+(?:nr\.?\s*)?|Nr\.?\s*)?(?P<n>\d{1,3})(?P<sep>\s*[.:)]|\s[–-]|(?=\s))\s+"
                            r"(?P<t>[A-ZÅÄÖ][^\n]*)$", re.IGNORECASE)
#: the status line of a report heading stands right under it (after a short description at most)
STATUS_FIELD_CHARS = 600
STATUS_FIELD = re.compile(r"(?m)^Status\b\s*:?[ \t]*(?P<v>[^\n|]*)(?:\n(?P<next>[^\n]*))?", re.IGNORECASE)
# a table row of uppdrag: "Uppdrag 4 | wording | status" (cells as the readers join them)
ROW_NUMBER = re.compile(r"^(?:Uppdrag\s+(?:nr\.?\s*)?|Nr\.?\s*)?(?P<n>\d{1,3})\.?$", re.IGNORECASE)


@dataclass
class Occurrence:
    start: int            # view span of the uppdrag wording (incl. number)
    end: int
    text_start: int       # view span of the wording without number
    text_end: int
    number: str | None
    series: str
    assignees: list[str]
    header_pos: int
    body_end: int = 0
    iri: URIRef | None = None
    local: str = ""
    year: int | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _subject_start(s: str, pos: int) -> int:
    """Start of the subject phrase before `pos`: after a blank line, sentence end, colon, bullet or rule."""
    cands = [s.rfind("\n\n", 0, pos) + 2, s.rfind(". ", 0, pos) + 2, s.rfind(".\n", 0, pos) + 2,
             s.rfind(":", 0, pos) + 1, max(s.rfind(c, 0, pos) for c in BULLETS) + 1, pos - 200]
    rules = list(re.finditer(r"_{3,}[^\n]*\n", s[max(0, pos - 300):pos]))
    if rules:
        cands.append(max(0, pos - 300) + rules[-1].end())
    # the line the subject starts on (a wrapped subject continues lines that start in lower case)
    ls = s.rfind("\n", 0, pos) + 1
    while ls > 0 and s[ls:ls + 1].islower() and s[ls - 2:ls] != "\n\n":
        ls = s.rfind("\n", 0, ls - 1) + 1
    cands.append(ls)
    a = max(cands)
    while a < pos and s[a].isspace():
        a += 1
    return a


def _headers(ctx: Ctx) -> list[tuple[int, int, list[str]]]:
    """(view start, view end of header, assignees) of list headers."""
    s = ctx.nt.s
    out = []
    for m in FAR.finditer(s):
        after = s[m.end():m.end() + 250]
        hm = re.match(r"(?:\s+att\b[^.:]{0,200}?)?\s*:", after)
        if not hm:
            continue
        a = _subject_start(s, m.start())
        out.append((a, m.end() + hm.end(), ctx.resolve_organs(a, m.start())))
    for m in UPPDRAG_TILL.finditer(s):
        out.append((m.start(), m.end(), ctx.resolve_organs(m.start("o"), m.end("o"))))
    return sorted(out)


def _item_end(s: str, a: int, limit: int, style: str) -> int:
    if style == "bullet":
        m = re.search(rf"\n(?:[{BULLETS}]|Perspektiv\b)|\n\n", s[a:limit])
    else:
        m = BODY_STOP.search(s, a, limit)
        nxt = NR_ITEM.search(s, a + 1, limit) if style == "nr" else NUM_ITEM.search(s, a + 1, limit)
        if m is None or (nxt and nxt.start() < m.start()):
            return nxt.start() if nxt else limit
        return m.start()
    return a + m.start() if m else limit


def occurrences(ctx: Ctx) -> list[Occurrence]:
    s = ctx.nt.s
    heads = _headers(ctx)
    occ: list[Occurrence] = []
    for hi, (hstart, hend, assignees) in enumerate(heads):
        limit = heads[hi + 1][0] if hi + 1 < len(heads) else len(s)
        # the first item decides the style
        cands = [(m.start(), "nr") for m in [NR_ITEM.search(s, hend, limit)] if m]
        cands += [(m.start(), "num") for m in [NUM_ITEM.search(s, hend, limit)] if m]
        cands += [(m.start(), "bullet") for m in [BUL_ITEM.search(s, hend, limit)] if m]
        if not cands:
            continue
        first, style = min(cands)
        if s[hend:first].strip(" \n_"):
            continue   # something else between header and first item: not a list header
        pat = {"nr": NR_ITEM, "num": NUM_ITEM, "bullet": BUL_ITEM}[style]
        last_n = -1
        pos = prev_end = first
        while True:
            m = pat.match(s, pos) if pos == first else pat.search(s, pos, limit)
            if not m:
                break
            if style == "bullet" and m.start() != first:
                # bullets must follow each other (blank lines allowed)
                gap = s[prev_end:m.start()]
                if gap.strip():
                    break
            if style == "num":
                n = int(m["n"])
                head_words = s[m.end():s.find("\n", m.end()) if "\n" in s[m.end():] else len(s)].split()
                if n <= last_n or (len(head_words) <= 2 and head_words and head_words[0][:1].isupper()
                                   and not head_words[-1].endswith(".")):
                    break   # numbering restarts, or a section heading ("3. Avslutning")
                last_n = n
            end = _item_end(s, m.end(), limit, style)
            ta, te = m.end(), end
            while te > ta and s[te - 1].isspace():
                te -= 1
            number, series = None, "nr"
            if style == "nr":
                number, series = m["n"], ("ber-nr" if m["ber"] else "nr")
            elif style == "num":
                number = m["n"]
            else:
                tm = TRAIL_NR.search(s[ta:te])
                if tm:
                    number = tm["n"]
                    te = ta + tm.start()
                    while te > ta and s[te - 1] in " \n.":
                        te -= 1
                if FAR.search(s[ta:te]):
                    prev_end = end
                    pos = end
                    continue  # a "X får i uppdrag att" sentence in a bullet: handled as a sentence
                if not number and not re.match(r"att\b", s[ta:te], re.IGNORECASE):
                    break
            occ.append(Occurrence(m.start(), end, ta, te, number, series, assignees, hstart))
            prev_end = end
            pos = end
    covered = [(o.start, o.end) for o in occ]
    for m in FAR.finditer(s):
        if not re.match(r"\s+att\s", s[m.end():m.end() + 6]):
            continue
        if any(a <= m.start() < b for a, b in covered):
            continue
        after = s[m.end():m.end() + 250]
        if re.match(r"(?:\s+att\b[^.:]{0,200}?)?\s*:", after):
            continue
        a = _subject_start(s, m.start())
        subj = s[a:m.start()]
        if not subj or not subj[0].isupper() or len(subj.split()) > 14:
            continue
        assignees = ctx.resolve_organs(a, m.start())
        send: int | None = None
        for sa, sb in ctx.nt.sentences(a, min(len(s), m.end() + 1500)):
            if sa <= m.start() < sb:
                send = sb
                break
        if send is None:
            continue
        occ.append(Occurrence(a, send, a, send, None, "nr", assignees, a))
    occ.extend(_heading_sentences(ctx, [(o.start, o.end) for o in occ]))
    occ.extend(_report_headings(ctx, [(o.start, o.end) for o in occ]))
    occ.extend(_table_rows(ctx, [(o.start, o.end) for o in occ]))
    occ.sort(key=lambda o: o.start)
    # report bodies: up to the next uppdrag, section heading or list header
    starts = sorted({o.start for o in occ} | {h[0] for h in heads})
    for o in occ:
        nxt = [x for x in starts if x > o.start]
        lim = min(nxt[0] if nxt else len(s), o.end + 4000)
        sh = SECTION_HEAD.search(s, o.end, lim)
        av = re.search(r"(?m)^(?:Avslutning|Sammanfattning|Konsekvenser)\b", s[o.end:lim])
        cut = min([x for x in (sh.start() if sh else None, o.end + av.start() if av else None) if x is not None],
                  default=lim)
        o.body_end = cut
    return occ


def _heading_sentences(ctx: Ctx, covered: list[tuple[int, int]]) -> list[Occurrence]:
    """'Att …' sentences in the paragraph right under an "Uppdrag …" heading (unnumbered uppdrag; the
    heading's organs are assignees unless they only take part: "i samverkan med …")."""
    s = ctx.nt.s
    out: list[Occurrence] = []
    for h in UPPDRAG_HEADING.finditer(s):
        a = h.end() + 1
        if s[h.end():a] != "\n" or s[a:a + 1] == "\n":
            continue   # the items must follow the heading directly
        b = s.find("\n\n", a)
        b = len(s) if b < 0 else b
        co = CO_PARTY.search(s, h.start(), h.end())
        assignees = ctx.resolve_organs(h.start(), co.start() if co else h.end())
        for x, y in ctx.nt.sentences(a, b):
            if not ATT_SENTENCE.match(s, x) or any(p <= x < q for p, q in covered):
                continue
            out.append(Occurrence(x, y, x, y, None, "nr", assignees, h.start()))
    return out


# "Kommunfullmäktige gav i budget 2024 socialnämnden fyra uppdrag", "Uppdrag från regionstyrelsen"
_BOARD_WORD = r"[A-ZÅÄÖa-zåäö][\wåäö-]*(?:fullmäktige|styrelsen|nämnden)"
ISSUER = re.compile(rf"(?P<a>{_BOARD_WORD})\s+(?:gav|har\s+gett|gett|lämnade|har\s+lämnat)\b[^.\n]{{0,100}}?\buppdrag"
                    rf"|\buppdrag(?:en)?\s+från\s+(?P<b>{_BOARD_WORD})\b", re.IGNORECASE)


def _stated_issuer(ctx: Ctx, pos: int) -> str | None:
    """The board a sentence before the uppdrag names as giving them (not in the thesaurus perhaps)."""
    found = [m for m in ISSUER.finditer(ctx.nt.s, 0, pos)]
    if not found:
        return None
    name = found[-1]["a"] or found[-1]["b"]
    return str(organ_node(ctx, name[:1].upper() + name[1:]))


def _own_assignees(ctx: Ctx) -> list[str]:
    """A report on uppdrag reports on the uppdrag its own organ was given."""
    return [ctx.organ] if ctx.organ and ctx.doc.doc_type == "aterrapportering" else []


def _report_headings(ctx: Ctx, covered: list[tuple[int, int]]) -> list[Occurrence]:
    """Uppdrag headings of a report ("Uppdrag 3: …", "Nr 3. …", "3. …"): a heading counts only when its
    numbering fits its siblings' (same style, each one more than the last) and its section has a status
    line of its own, so a wrapped date or a numbered list line never starts an uppdrag."""
    s = ctx.nt.s
    every = list(REPORT_HEADING.finditer(s))
    # a bare number before the title ("Uppdrag 5 Införa …") only after a style word, never a lone "5 Införa"
    every = [m for m in every if m["sep"].strip() or m["style"]]
    heads = [m for m in every if not any(a <= m.start() < b for a, b in covered)]
    out: list[Occurrence] = []
    for m in heads:
        style = re.sub(r"\W", "", (m["style"] or "").lower())
        sib = [h for h in heads if re.sub(r"\W", "", (h["style"] or "").lower()) == style]
        k = sib.index(m)
        fits = (k > 0 and int(sib[k - 1]["n"]) == int(m["n"]) - 1) or \
               (k + 1 < len(sib) and int(sib[k + 1]["n"]) == int(m["n"]) + 1) or (len(sib) == 1 and style != "")
        nxt = min([h.start() for h in every if h.start() > m.start()] + [len(s), m.end() + STATUS_FIELD_CHARS])
        if not fits or not _field_statuses(ctx, m.end(), nxt)[0]:
            continue
        out.append(Occurrence(m.start(), m.end(), m.start("t"), m.end("t"), m["n"], "nr", _own_assignees(ctx),
                              m.start()))
    return out


def _table_rows(ctx: Ctx, covered: list[tuple[int, int]]) -> list[Occurrence]:
    """Rows "Uppdrag 4 | wording | status" under a header row that has a "Status" column."""
    s = ctx.nt.s
    out: list[Occurrence] = []
    status_col: int | None = None
    for a, _b, line in ctx.nt.lines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 2:
            status_col = None
            continue
        low = [c.lower() for c in cells]
        if "status" in low:
            status_col = low.index("status")
            continue
        num = ROW_NUMBER.match(cells[0])
        if status_col is None or not num or status_col >= len(cells) or any(x <= a < y for x, y in covered):
            continue
        text_cell = next((c for j, c in enumerate(cells[1:], 1) if j != status_col and c), "")
        ta = s.find(text_cell, a) if text_cell else a
        sa = s.rfind(cells[status_col], a, a + len(line))
        out.append(Occurrence(a, sa, ta, ta + len(text_cell), num["n"], "nr", _own_assignees(ctx), a))
    return out


def _field_statuses(ctx: Ctx, a: int, b: int) -> tuple[list[str], list[tuple[int, int]]]:
    """Statuses stated by a "Status:" field (value on its line or the next) or a status table cell."""
    s = ctx.nt.s
    sts: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in STATUS_FIELD.finditer(s, a, b):
        key = "v" if m["v"].strip() else "next"
        if m[key] is None:
            continue
        got = classify(m[key])
        if got:
            sts += [x for x in got if x not in sts]
            spans.append((m.start(key), m.end(key)))
    if not sts and "|" not in s[max(0, a - 1):a]:
        # a status table cell: up to the next cell (a comment column may follow) or the end of the row
        line_end = s.find("\n", a)
        line_end = b if line_end < 0 else line_end
        pipe = s.find("|", a, line_end)
        cell = s[a:pipe if pipe >= 0 else line_end].rstrip()
        if (got := classify(cell)) and s[s.rfind("\n", 0, a) + 1:a].count("|"):
            sts, spans = got, [(a, a + len(cell))]
    return sts, spans


def extract(ctx: Ctx) -> list[Occurrence]:
    g = ctx.g
    occs = occurrences(ctx)
    for o in occs:
        year = ctx.year_at(o.start)
        if year is None:
            continue
        text = ctx.text(o.text_start, o.text_end)
        local = I.assignment_local(year, o.number, o.series, text)
        node = I.assignment_iri(year, o.number, o.series, text)
        o.iri, o.local, o.year = node, local, year
        g.add((node, RDF.type, SG.Assignment))
        g.add((node, SG.year, year_lit(year)))
        g.add((node, SG.text, sv(text)))
        if o.number:
            g.add((node, SG.number, str_lit(("Ber " if o.series == "ber-nr" else "") + o.number)))
        for a in o.assignees:
            g.add((node, SG.assignedTo, URIRef(a)))
        # a sentence that says who gave the uppdrag ("Regionfullmäktige gav … uppdrag") beats a board that
        # merely stands near a year cue (a title "regionstyrelsens uppdrag 2024" and the organ line under it)
        issuer = _stated_issuer(ctx, o.start) or ctx.issuer_at(o.start)
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
    s = ctx.nt.s
    a, b = o.end, o.body_end
    field, field_spans = _field_statuses(ctx, a, b)
    if b <= a or (not field and not REPORT_MARK.search(s, a, b)
                  and not any(classify(s[x:y]) for x, y in ctx.nt.sentences(a, b))):
        return
    assert o.iri is not None and o.year is not None
    rep = I.status_report_iri(ctx.doc.id, o.local)
    g = ctx.g
    g.add((rep, RDF.type, SG.StatusReport))
    g.add((rep, SG.reportsOn, o.iri))
    g.add((rep, SG.year, year_lit(o.year)))
    g.add((rep, SG.reportedIn, ctx.doc_iri))
    g.add((rep, DCTERMS.isPartOf, ctx.doc_iri))
    ctx.prov(rep, a, b)
    texts: list[str] = []
    if field:   # a status field is the report's own verdict: prose in the body does not add to it
        for st in field:
            g.add((rep, SG.status, I.status_iri(st)))
        g.add((rep, SG.statusText, sv(" … ".join(ctx.text(x, y) for x, y in field_spans))))
        return
    for x, y in ctx.nt.sentences(a, b):
        sts = classify(s[x:y])
        if sts:
            texts.append(ctx.text(x, y))
            for st in sts:
                g.add((rep, SG.status, I.status_iri(st)))
    if texts:   # one literal: the status sentences in text order
        g.add((rep, SG.statusText, sv(" … ".join(texts))))


__all__ = ["Occurrence", "extract", "occurrences"]
