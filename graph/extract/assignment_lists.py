"""Where uppdrag are given: list headers with their items, commission sentences and "Uppdrag …" headings.

Recognised forms (general, not tied to one file; the words are `assignment_words.tsv`):
* a header "<organ(s)> får i uppdrag[ att …]:" or "Uppdrag till <organ>, <organ> och <organ>:" followed by
  items: "Nr 8. …", "Ber nr 1. …", "1. beakta …" (numbered list), "• Att … (Nr 12)" (number at the end),
  or unnumbered "• Att …" bullets;
* a sentence "<organ> får i uppdrag att …." (unnumbered; identity = hash of the normalised sentence, so
  the same uppdrag listed in a plan and reported on in a report is one resource);
* "Att …" sentences right under a heading "3.2.4 Uppdrag i samverkan med …".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import URIRef

from graph.extract import assignment_patterns as P
from graph.extract.context import Ctx
from graph.extract.text import BULLETS

Span = tuple[int, int]


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
    wording: str = ""     # the wording when a table cell wraps it over lines (else the text span's)
    status_cells: list[Span] = field(default_factory=list)   # a table row's status cell on each of its lines


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


def headers(ctx: Ctx) -> list[tuple[int, int, list[str]]]:
    """(view start, view end of header, assignees) of list headers."""
    p = P.current()
    s = ctx.nt.s
    out = []
    for m in p.commission.finditer(s):
        hm = p.list_colon.match(s[m.end():m.end() + 250])
        if not hm:
            continue
        a = _subject_start(s, m.start())
        out.append((a, m.end() + hm.end(), ctx.resolve_organs(a, m.start())))
    for m in p.list_to.finditer(s):
        out.append((m.start(), m.end(), ctx.resolve_organs(m.start("o"), m.end("o"))))
    return sorted(out)


def _item_end(s: str, a: int, limit: int, style: str) -> int:
    p = P.current()
    if style == "bullet":
        m = p.bullet_end.search(s[a:limit])
    else:
        m = P.BODY_STOP.search(s, a, limit)
        nxt = p.nr_item.search(s, a + 1, limit) if style == "nr" else P.NUM_ITEM.search(s, a + 1, limit)
        if m is None or (nxt and nxt.start() < m.start()):
            return nxt.start() if nxt else limit
        return m.start()
    return a + m.start() if m else limit


def _is_section_heading(s: str, after: int) -> bool:
    """A short capitalised line without a full stop after a number ("3. Avslutning") is a heading, no item."""
    line_end = s.find("\n", after)
    words = s[after:line_end if line_end >= 0 else len(s)].split()
    return len(words) <= 2 and bool(words) and words[0][:1].isupper() and not words[-1].endswith(".")


def list_items(ctx: Ctx, heads: list[tuple[int, int, list[str]]]) -> list[Occurrence]:
    """The items of each list header, in the style of its first item (nr, numbered or bullet)."""
    p = P.current()
    s = ctx.nt.s
    occ: list[Occurrence] = []
    for hi, (hstart, hend, assignees) in enumerate(heads):
        limit = heads[hi + 1][0] if hi + 1 < len(heads) else len(s)
        # the first item decides the style
        cands = [(m.start(), st) for st, pat in (("nr", p.nr_item), ("num", P.NUM_ITEM), ("bullet", P.BUL_ITEM))
                 if (m := pat.search(s, hend, limit))]
        if not cands:
            continue
        first, style = min(cands)
        if s[hend:first].strip(" \n_"):
            continue   # something else between header and first item: not a list header
        pat = {"nr": p.nr_item, "num": P.NUM_ITEM, "bullet": P.BUL_ITEM}[style]
        last_n = -1
        pos = prev_end = first
        while True:
            m = pat.match(s, pos) if pos == first else pat.search(s, pos, limit)
            if not m:
                break
            if style == "bullet" and m.start() != first and s[prev_end:m.start()].strip():
                break   # bullets must follow each other (blank lines allowed)
            if style == "num":
                n = int(m["n"])
                if n <= last_n or _is_section_heading(s, m.end()):
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
                tm = p.trail_nr.search(s[ta:te])
                if tm:
                    number = tm["n"]
                    te = ta + tm.start()
                    while te > ta and s[te - 1] in " \n.":
                        te -= 1
                if p.commission.search(s[ta:te]):
                    prev_end = pos = end
                    continue  # a "X får i uppdrag att" sentence in a bullet: handled as a sentence
                if not number and not p.att_start.match(s[ta:te]):
                    break
            occ.append(Occurrence(m.start(), end, ta, te, number, series, assignees, hstart))
            prev_end = pos = end
    return occ


#: the cells before a title cell: a numbered row's first cell ("RF 14 | ", "3 | ")
_NUMBERED_ROW = re.compile(r"[^\n|]{0,12}?\d{1,3}[ \t]*\|[ \t]*")


def commission_sentences(ctx: Ctx, covered: list[Span]) -> list[Occurrence]:
    """Sentences "<organ> får i uppdrag att …." outside the lists: one unnumbered uppdrag each."""
    p = P.current()
    s = ctx.nt.s
    out: list[Occurrence] = []
    for m in p.commission.finditer(s):
        if not p.att_after.match(s[m.end():m.end() + 6]) or any(a <= m.start() < b for a, b in covered):
            continue
        if p.list_colon.match(s[m.end():m.end() + 250]):
            continue
        a = _subject_start(s, m.start())
        subj = s[a:m.start()]
        if not subj or not subj[0].isupper() or len(subj.split()) > 14:
            continue
        row = _NUMBERED_ROW.match(s, s.rfind("\n", 0, m.start()) + 1)
        if row and "|" not in s[row.end():m.start()]:
            continue   # the title cell of a numbered table row ("RF 14 | Nämnden får i uppdrag att …"): the row's
        assignees = ctx.resolve_organs(a, m.start())   # uppdrag (table_rows reads it with its number and status)
        send = next((sb for sa, sb in ctx.nt.sentences(a, min(len(s), m.end() + 1500)) if sa <= m.start() < sb),
                    None)
        if send is not None:
            out.append(Occurrence(a, send, a, send, None, "nr", assignees, a))
    return out


def heading_sentences(ctx: Ctx, covered: list[Span]) -> list[Occurrence]:
    """'Att …' sentences in the paragraph right under an "Uppdrag …" heading (unnumbered uppdrag; the
    heading's organs are assignees unless they only take part: "i samverkan med …")."""
    p = P.current()
    s = ctx.nt.s
    out: list[Occurrence] = []
    for h in p.uppdrag_heading.finditer(s):
        a = h.end() + 1
        if s[h.end():a] != "\n" or s[a:a + 1] == "\n":
            continue   # the items must follow the heading directly
        b = s.find("\n\n", a)
        b = len(s) if b < 0 else b
        co = p.co_party.search(s, h.start(), h.end())
        assignees = ctx.resolve_organs(h.start(), co.start() if co else h.end())
        for x, y in ctx.nt.sentences(a, b):
            if not p.att_sentence.match(s, x) or any(c <= x < d for c, d in covered):
                continue
            out.append(Occurrence(x, y, x, y, None, "nr", assignees, h.start()))
    return out


__all__ = ["Occurrence", "Span", "commission_sentences", "headers", "heading_sentences", "list_items"]
