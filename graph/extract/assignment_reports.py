"""Uppdrag as reports lay them out: numbered headings with a status line of their own ("Uppdrag 3: …",
"Nr 3. …", "3. …"), table rows under a "Status" column, and the "Status:" field or cell that states the
verdict. Also who gave the uppdrag, where a sentence says so ("Kommunfullmäktige gav … uppdrag")."""

from __future__ import annotations

import re
from itertools import pairwise

from graph.extract import assignment_patterns as P
from graph.extract.assignment_lists import Occurrence, Span
from graph.extract.candidates import organ_node
from graph.extract.context import Ctx
from graph.extract.issuer_codes import code_issuer
from graph.extract.status import NEAREST_EXAMPLE, SlotStatus, classify, classify_slot, legend_key
from graph.extract.text import cell_spans, clean

#: the status line of a report heading stands right under it (after a short description at most)
STATUS_FIELD_CHARS = 600
#: a status in brackets closing a line: "1. Utreda … Redovisas i november. [Pågår]" (a bracket may hold
#: anything, so only a wording the phrase table or the legend knows counts)
_BRACKET_STATUS = re.compile(r"[\[(](?P<v>[^\[\]()\n]{3,60})[\])][ \t]*$", re.MULTILINE)


def stated_issuer(ctx: Ctx, pos: int) -> str | None:
    """The board a sentence before the uppdrag names as giving them (not in the thesaurus perhaps)."""
    p = P.current()
    s = ctx.nt.s
    found = list(p.issuer.finditer(s, 0, pos))
    if found and found[-1]["d"]:
        # a section heading names the giver within its section only: up to the next heading of its depth
        depth = found[-1]["dn"].count(".")
        sub = r"\.\d+" * depth
        nxt = re.compile(rf"(?m)^\d+{sub}\.?\s+[A-ZÅÄÖ]")
        if nxt.search(s, found[-1].end(), pos):
            found = found[:-1]
    if not found:
        return None
    name = found[-1]["a"] or found[-1]["b"] or found[-1]["c"] or found[-1]["d"]
    return str(organ_node(ctx, name[:1].upper() + name[1:]))


def read_slot(ctx: Ctx, value: str) -> tuple[SlotStatus, int]:
    """The status a slot states and the length of what was read: a key of the document's legend ("Grön" of
    "Grön = genomfört", also at the start of "Grön. Kommentar …") reads as the legend's wording; any other
    slot as written."""
    legend = ctx.status_legend
    if key := legend_key(value, legend):
        return classify_slot(legend[key["k"].lower()]), key.end("k")
    return classify_slot(value), len(value)


def holder_names(cell: str) -> list[str]:
    """The boards a holder cell names: "Kommunstyrelsen och tekniska nämnden" (an uppdrag given to two
    jointly), "Tekniska nämnden. Vård- och omsorgsnämnden" (a cell's paragraphs), never "byggnämnden" alone
    out of "Miljö- och byggnämnden" (the "och" of a suspended compound joins)."""
    end = re.compile(rf"[A-ZÅÄÖa-zåäö].*?(?:{P.words('board-suffix')})\b", re.IGNORECASE)
    return [m.group() for part in re.split(r"[,;]\s*|(?<!-)\s+och\s+", cell) for m in end.finditer(part)]


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
    every = [m for m in every if "|" not in m.group()]   # a table row is no heading (table_rows reads it)
    every = [m for m in every if not _contents_line(m, every)]
    heads = [m for m in every if not any(a <= m.start() < b for a, b in covered)]
    out: list[Occurrence] = []
    for m in heads:
        style = _style(m)
        sib = [h for h in heads if _style(h) == style]
        k = sib.index(m)
        fits = (k > 0 and int(sib[k - 1]["n"]) == int(m["n"]) - 1) or \
               (k + 1 < len(sib) and int(sib[k + 1]["n"]) == int(m["n"]) + 1) or (len(sib) == 1 and style != "")
        coded = bool(p.id_prefix.search((m["style"] or "").strip(" -")))
        if not fits and (coded or _id_year(m)):
            # "RF 2025:3", "RF 2025:7", "Uppdrag 2025:04": an id in the giver's own list, whose numbers only rise
            # within each year's list ("RF-2025-15" may come before "RF-2024-07", carried over)
            same_year = [h for h in sib if _id_year(h) == _id_year(m)]
            fits = all(int(x["n"]) < int(y["n"]) for x, y in pairwise(same_year))
        nxt = min([h.start() for h in every if h.start() > m.start()] + [len(s), m.end() + STATUS_FIELD_CHARS])
        # a numbered paragraph closed by its status in brackets: the wording is its first sentence, the
        # rest (a comment, the bracket) its report
        # (within the heading's own line only the bracket can state one: a field or a cell starts a line)
        own = bool(field_statuses(ctx, m.start("t"), m.end())[0])
        # an id naming its giver and year ("RF-2025-03") is no wrapped date or list line: its report may state
        # the status in prose only ("Uppdraget pågår …")
        # (two such headings at least: one "KS 2025:45 Budget …" line is a case number)
        if not fits or not (own or (coded and _id_year(m) and len(sib) >= 2) or field_statuses(ctx, m.end(), nxt)[0]):
            continue
        t_end = next((b for _a, b in ctx.nt.sentences(m.start("t"), m.end())), m.end()) if own else m.end("t")
        occ = Occurrence(m.start(), t_end, m.start("t"), t_end, m["n"], "nr", _own_assignees(ctx),
                         m.start(), year=_id_year(m), extra={"heading": "1"})
        if issuer := code_issuer(ctx, s[m.start("style"):m.end()] if m["style"] else ""):
            occ.extra["issuer"] = issuer   # "RF 2025:3": the code names the giver
        out.append(occ)
    return out + _trailing_headings(ctx, covered + [(o.start, o.end) for o in out])


def _contents_line(m: re.Match[str], every: list[re.Match[str]]) -> bool:
    """A table of contents' line ("2.1 RF-2025-03 Utveckla mobila team 2"): a heading's title with a page
    number after it, the heading itself standing later in the text."""
    title = re.sub(r"\s+\d{1,3}$", "", m["t"])
    return title != m["t"] and any(h.start() > m.start() and h["t"] == title for h in every)


def _trailing_headings(ctx: Ctx, covered: list[Span]) -> list[Occurrence]:
    """"Uppdrag från regionfullmäktige 2024, punkt 3" with the wording on the next line: the number is the
    uppdrag's place in the list that gave it, so siblings only rise (3, 7, 8, 12), and each section has a
    status line of its own; a year in the heading is the year the uppdrag was given."""
    s = ctx.nt.s
    heads = [m for m in P.current().trailing_heading.finditer(s) if not any(a <= m.start() < b for a, b in covered)]
    out: list[Occurrence] = []
    for k, m in enumerate(heads):
        rising = all(int(a["n"]) < int(b["n"]) for a, b in zip(heads[max(0, k - 1):k + 1], heads[k:k + 2],
                                                                strict=False) if a is not b)
        nxt = min([h.start() for h in heads if h.start() > m.start()] + [len(s), m.end() + STATUS_FIELD_CHARS])
        if not rising or not field_statuses(ctx, m.end(), nxt)[0]:
            continue
        year = re.search(r"\b((?:19|20)\d\d)\b", m["mid"])
        out.append(Occurrence(m.start(), m.end(), m.start("t"), m.end("t"), m["n"], "nr", _own_assignees(ctx),
                              m.start(), year=int(year[1]) if year else None))
    return out


def _row_start(cell: str) -> tuple[str, str, int | None] | None:
    """(number, wording, year of an id "2024:4" or None) of a row's first cell: "Uppdrag 4" / "4" (the wording
    in a later cell), or "4. Utreda …" (a numbered wording in the Uppdrag column)."""
    p = P.current()
    if num := p.row_number.match(cell):
        return num["n"], "", _id_year(num)
    if num := P.NUM_ITEM.match(cell):
        return num["n"], cell[num.end():], None
    if num := p.row_lead.match(cell):   # "KF 2026:2 Införa …": the id and the wording in one cell
        return num["n"], num["t"], _id_year(num)
    return None


def _id_year(m: re.Match[str]) -> int | None:
    """The year an uppdrag id carries: "2024:4" before its number, "4/2025" after it."""
    year = m["y"] or m["y2"]
    return int(year) if year else None


def _cell_span(a: int, line: str, j: int) -> Span:
    """The view span of the text of cell `j` of the line starting at `a` (cells split on "|")."""
    return cell_spans(line, a)[j]


def _wrapped(cells: list[str]) -> bool:
    """A table line that continues the row above: a cell drawn in columns wraps onto the next line, and
    that line's first cell is empty or goes on in lower case (a new row starts with a number or a capital)."""
    return _row_start(cells[0]) is None and (not cells[0] or cells[0][:1].islower())


#: a status column's header with the date of its follow-up ("Status 2025-12", "Status per augusti")
_DATED_STATUS = re.compile(r"^\w+\s+(?:(?:per|i)\s+)?(?:\d{4}-\d{2}(?:-\d{2})?|[a-zåäö]+(?:\s+\d{4})?|\d{4})$",
                           re.IGNORECASE)
#: a header cell naming the status in parentheses after the comment's name, and that status in a cell
_TRAILING_HEAD = re.compile(r"\(\s*\w+\s*\)")
_TRAILING_STATUS = re.compile(r"\(\s*(?P<v>[^()]{2,60}?)\s*\)\s*$")


def _section_board(ctx: Ctx, a: int) -> str | None:
    """The board a table belongs to when the line right above its header (a blank line between) is only
    that board's name: a report grouped per nämnd ("Socialnämnden", then its table of uppdrag)."""
    s = ctx.nt.s
    above = s[:a].rstrip("\n")
    line = above[above.rfind("\n") + 1:].strip()
    return line if P.current().board_line.fullmatch(line) else None


def table_rows(ctx: Ctx, covered: list[Span]) -> list[Occurrence]:
    """Rows "Uppdrag 4 | wording | status" or "4. Wording | … | status" under a header row that has a
    "Status" column; the lines a row's cells wrap onto (`_wrapped`) add to its wording and status cell."""
    p = P.current()
    s = ctx.nt.s
    out: list[Occurrence] = []
    status_col: int | None = None
    in_parens = in_prose = False
    issuer_col: int | None = None
    holder_col: int | None = None   # a column naming who holds each uppdrag
    first = 0                       # the column of the uppdrag's number
    assignees: list[str] = []
    row: Occurrence | None = None
    parts: list[str] = []
    lines = list(ctx.nt.lines())
    for k, (a, line_end, line) in enumerate(lines):
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 2:
            # a band row merged across the table ("Kommunstyrelsens egna uppdrag (KS 2025-02-11, § 19)")
            # between two of its rows: the table goes on under it
            band = status_col is not None and line.strip() and k + 1 < len(lines) and "|" in lines[k + 1][2] \
                and lines[k + 1][0] == line_end + 1
            if not band:
                status_col, row = None, None
            continue
        # a status column per follow-up ("Status 2025-08 | Status 2025-12"): the last one is the latest
        header = [j for j, c in enumerate(cells) if p.status_cell.fullmatch(c)] or \
            [j for j, c in enumerate(cells) if _DATED_STATUS.fullmatch(c) and p.status_cell.match(c)][-1:]
        # "Kommentar (bedömning)": the status stands in parentheses at the end of the comment
        trailing = [j for j, c in enumerate(cells) if _TRAILING_HEAD.search(c) and p.status_cell.search(c)]
        # "Nr | Uppdrag | Återrapportering": no status column, the report column's sentences state it
        has_wording = any(p.kv_wording_key.fullmatch(c) for c in cells)
        reported = [j for j, c in enumerate(cells) if j and p.report_cell.fullmatch(c)] if has_wording else []
        if (header or trailing or reported) and p.goal_cell.fullmatch(cells[0]) and not has_wording:
            status_col, row = None, None   # "Nämndmål | Indikator | … | Bedömning": goals (goal_tables.py)
            continue
        if header or trailing or reported:
            status_col, row = (header or trailing or reported)[0], None
            in_parens, in_prose = not header and bool(trailing), not header and not trailing
            issuer_col = next((j for j, c in enumerate(cells) if p.issuer_cell.fullmatch(c)), None)
            section = _section_board(ctx, a)
            assignees = [str(organ_node(ctx, section))] if section else _own_assignees(ctx)
            # "Ansvarig nämnd | Nr | Uppdrag | Status": the number in a later column, the holder in its own
            # (merged down over its rows: an empty cell goes on with the one above)
            holder_col = next((j for j, c in enumerate(cells) if p.assignee_cell.fullmatch(c)), None)
            first = next((j for j, c in enumerate(cells) if j and p.kv_number_key.fullmatch(c)), 0) \
                if holder_col is not None else 0
            continue
        numbered = bool(first) and first < len(cells) and _row_start(cells[first]) is not None
        if row is not None and status_col is not None and _wrapped(cells) and not numbered:
            if cells[0]:
                parts.append(cells[0])
                row.wording = clean("\n".join(parts))
            if status_col < len(cells) and cells[status_col]:
                row.status_cells.append(_cell_span(a, line, status_col))
            continue
        row = None
        if holder_col is not None and holder_col < len(cells) and cells[holder_col]:
            names = holder_names(cells[holder_col])
            assignees = [str(organ_node(ctx, n[:1].upper() + n[1:])) for n in names] or assignees
        start = _row_start(cells[first]) if first < len(cells) else None
        if status_col is None or not start or status_col >= len(cells) or any(x <= a < y for x, y in covered):
            continue
        n, text_cell, id_year = start
        if text_cell:
            ta = _cell_span(a, line, first)[1] - len(text_cell)
        else:
            text_cell = next((c for j, c in enumerate(cells[first + 1:], first + 1) if j != status_col and c), "")
            ta = s.find(text_cell, a) if text_cell else a
        # an empty status cell: the report body starts after the row, as a status line under it would
        sa, sb = _cell_span(a, line, status_col) if cells[status_col] else (a + len(line), a + len(line))
        if in_parens and (pm := _TRAILING_STATUS.search(s, sa, sb)):
            sa, sb = pm.start("v"), pm.end("v")
        if in_prose:   # the report body starts at the cell's separator: its sentences, not a slot, are read
            sa = s.rfind("|", a, sa) + 1
        row = Occurrence(a, sa, ta, ta + len(text_cell), n, "nr", list(assignees), a, year=id_year)
        if (cm := p.commission.search(text_cell)) and (named := holder_names(text_cell[:cm.start()])):
            # "X och Y får i uppdrag att …" in the title cell: the boards it names hold the uppdrag
            row.assignees = [str(organ_node(ctx, x[:1].upper() + x[1:])) for x in named]
        if not in_prose:
            row.status_cells.append((sa, sb))
        if issuer_col is not None and issuer_col < len(cells) and p.board_line.fullmatch(cells[issuer_col]):
            row.extra["issuer"] = str(organ_node(ctx, cells[issuer_col]))   # the row's "Givet av" cell
        elif issuer := code_issuer(ctx, cells[0]) or \
                (code_issuer(ctx, cells[issuer_col]) if issuer_col is not None and issuer_col < len(cells) else None):
            row.extra["issuer"] = issuer   # "RF 4/2025" in the first cell, or "RF 2024-11-26, § 142" under "Beslutad"
        parts = [text_cell]
        out.append(row)
    return out


def kv_records(ctx: Ctx, covered: list[Span]) -> list[Occurrence]:
    """Uppdrag as key/value tables, one small table per uppdrag ("Uppdrag nr | 4", "Uppdrag | wording",
    "Ansvarig | …", "Status | Delvis genomfört", "Kommentar | …"): a record starts at its number row; its
    wording is the row keyed by the uppdrag word, its status the row keyed by a status label."""
    p = P.current()
    out: list[Occurrence] = []
    rec: Occurrence | None = None
    for a, _b, line in ctx.nt.lines():
        cells = [(j, c.strip()) for j, c in enumerate(line.split("|")) if c.strip()]
        if len(cells) != 2 or "|" not in line:
            if len(cells) != 1 or "|" not in line:   # a value's wrapped line keeps the record open
                rec = None
            continue
        (_jk, key), (jv, value) = cells
        if p.kv_number_key.fullmatch(key) and value.isdigit() and not any(x <= a < y for x, y in covered):
            rec = Occurrence(a, a, a, a, value, "nr", _own_assignees(ctx), a)
            out.append(rec)
        elif rec is not None and p.kv_wording_key.fullmatch(key):
            rec.text_start, rec.text_end = _cell_span(a, line, jv)
            rec.end = rec.text_end
        elif rec is not None and p.status_cell.fullmatch(key):
            rec.end = _cell_span(a, line, jv)[0]   # the report reads its status from the cell (field_statuses)
            rec.status_cells.append(_cell_span(a, line, jv))
    return [o for o in out if o.text_end > o.text_start]


def field_statuses(ctx: Ctx, a: int, b: int) -> tuple[list[str], list[Span]]:
    """Statuses stated by a "Status:" field (value on its line or the next), a status in brackets closing a line
    ("… [Pågår]") or a status table cell."""
    p = P.current()
    s = ctx.nt.s
    sts: list[str] = []
    spans: list[Span] = []
    for m in p.status_field.finditer(s, a, b):
        key = "v" if m["v"].strip() else "next"
        if m[key] is None:
            continue
        # a slot: the legend, the phrase table, else the nearest examples
        read, length = read_slot(ctx, m[key])
        if got := list(read.notations):
            sts += [x for x in got if x not in sts]
            spans.append((m.start(key), m.start(key) + length))
    for m in _BRACKET_STATUS.finditer(s, a, b) if not sts else ():
        read, _n = read_slot(ctx, m["v"])
        if read.method != NEAREST_EXAMPLE and (got := list(read.notations)):
            sts += [x for x in got if x not in sts]
            spans.append(m.span("v"))
    if not sts and "|" not in s[max(0, a - 1):a]:
        # a status table cell: up to the next cell (a comment column may follow) or the end of the row
        line_end = s.find("\n", a)
        line_end = b if line_end < 0 else line_end
        pipe = s.find("|", a, line_end)
        cell = s[a:pipe if pipe >= 0 else line_end].rstrip()
        if cell.endswith(")") and "(" not in cell:   # a status read from inside "(Ej påbörjat)"
            cell = cell[:-1].rstrip()
        if s[s.rfind("\n", 0, a) + 1:a].count("|") and (got := list(read_slot(ctx, cell)[0].notations)):
            sts, spans = got, [(a, a + len(cell))]
            if _CLOSED.fullmatch(cell) and pipe >= 0 and _NOT_DONE in classify(s[pipe + 1:line_end]):
                # "Avslutat | … att uppdraget avslutas utan att genomföras": closed, not carried out
                sts = [_NOT_DONE]
    return sts, spans


#: a status cell that only says the uppdrag is closed (done, or closed without being carried out: the comment
#: beside it tells which)
_CLOSED = re.compile(r"(?i)avslutat|avslutad|avslutas|stängt")
_NOT_DONE = "kommer-inte-att-slutforas"


__all__ = ["STATUS_FIELD_CHARS", "field_statuses", "kv_records", "read_slot", "report_headings", "stated_issuer",
           "table_rows"]
