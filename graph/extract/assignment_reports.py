"""Uppdrag as reports lay them out: numbered headings with a status line of their own ("Uppdrag 3: …",
"Nr 3. …", "3. …"), table rows under a "Status" column, and the "Status:" field or cell that states the
verdict. Also who gave the uppdrag, where a sentence says so ("Kommunfullmäktige gav … uppdrag")."""

from __future__ import annotations

import re

from graph.extract import assignment_patterns as P
from graph.extract.assignment_lists import Occurrence, Span
from graph.extract.candidates import organ_node
from graph.extract.context import Ctx
from graph.extract.status import classify_slot

#: the status line of a report heading stands right under it (after a short description at most)
STATUS_FIELD_CHARS = 600


def stated_issuer(ctx: Ctx, pos: int) -> str | None:
    """The board a sentence before the uppdrag names as giving them (not in the thesaurus perhaps)."""
    p = P.current()
    found = list(p.issuer.finditer(ctx.nt.s, 0, pos))
    if not found:
        return None
    name = found[-1]["a"] or found[-1]["b"]
    return str(organ_node(ctx, name[:1].upper() + name[1:]))


def _own_assignees(ctx: Ctx) -> list[str]:
    """A report on uppdrag reports on the uppdrag its own organ was given."""
    return [ctx.organ] if ctx.organ and ctx.doc.doc_type == "aterrapportering" else []


def _style(m: re.Match[str]) -> str:
    return re.sub(r"\W", "", (m["style"] or "").lower())


def report_headings(ctx: Ctx, covered: list[Span]) -> list[Occurrence]:
    """Uppdrag headings of a report ("Uppdrag 3: …", "Nr 3. …", "3. …"): a heading counts only when its
    numbering fits its siblings' (same style, each one more than the last) and its section has a status
    line of its own, so a wrapped date or a numbered list line never starts an uppdrag."""
    p = P.current()
    s = ctx.nt.s
    every = list(p.report_heading.finditer(s))
    # a bare number before the title ("Uppdrag 5 Införa …") only after a style word, never a lone "5 Införa"
    every = [m for m in every if m["sep"].strip() or m["style"]]
    heads = [m for m in every if not any(a <= m.start() < b for a, b in covered)]
    out: list[Occurrence] = []
    for m in heads:
        style = _style(m)
        sib = [h for h in heads if _style(h) == style]
        k = sib.index(m)
        fits = (k > 0 and int(sib[k - 1]["n"]) == int(m["n"]) - 1) or \
               (k + 1 < len(sib) and int(sib[k + 1]["n"]) == int(m["n"]) + 1) or (len(sib) == 1 and style != "")
        nxt = min([h.start() for h in every if h.start() > m.start()] + [len(s), m.end() + STATUS_FIELD_CHARS])
        if not fits or not field_statuses(ctx, m.end(), nxt)[0]:
            continue
        out.append(Occurrence(m.start(), m.end(), m.start("t"), m.end("t"), m["n"], "nr", _own_assignees(ctx),
                              m.start()))
    return out


def table_rows(ctx: Ctx, covered: list[Span]) -> list[Occurrence]:
    """Rows "Uppdrag 4 | wording | status" under a header row that has a "Status" column."""
    p = P.current()
    s = ctx.nt.s
    out: list[Occurrence] = []
    status_col: int | None = None
    for a, _b, line in ctx.nt.lines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 2:
            status_col = None
            continue
        header = [j for j, c in enumerate(cells) if p.status_cell.fullmatch(c)]
        if header:
            status_col = header[0]
            continue
        num = p.row_number.match(cells[0])
        if status_col is None or not num or status_col >= len(cells) or any(x <= a < y for x, y in covered):
            continue
        text_cell = next((c for j, c in enumerate(cells[1:], 1) if j != status_col and c), "")
        ta = s.find(text_cell, a) if text_cell else a
        sa = s.rfind(cells[status_col], a, a + len(line))
        out.append(Occurrence(a, sa, ta, ta + len(text_cell), num["n"], "nr", _own_assignees(ctx), a))
    return out


def field_statuses(ctx: Ctx, a: int, b: int) -> tuple[list[str], list[Span]]:
    """Statuses stated by a "Status:" field (value on its line or the next) or a status table cell."""
    p = P.current()
    s = ctx.nt.s
    sts: list[str] = []
    spans: list[Span] = []
    for m in p.status_field.finditer(s, a, b):
        key = "v" if m["v"].strip() else "next"
        if m[key] is None:
            continue
        got = list(classify_slot(m[key]).notations)   # a slot: the phrase table, else the nearest examples
        if got:
            sts += [x for x in got if x not in sts]
            spans.append((m.start(key), m.end(key)))
    if not sts and "|" not in s[max(0, a - 1):a]:
        # a status table cell: up to the next cell (a comment column may follow) or the end of the row
        line_end = s.find("\n", a)
        line_end = b if line_end < 0 else line_end
        pipe = s.find("|", a, line_end)
        cell = s[a:pipe if pipe >= 0 else line_end].rstrip()
        if s[s.rfind("\n", 0, a) + 1:a].count("|") and (got := list(classify_slot(cell).notations)):
            sts, spans = got, [(a, a + len(cell))]
    return sts, spans


__all__ = ["STATUS_FIELD_CHARS", "field_statuses", "report_headings", "stated_issuer", "table_rows"]
