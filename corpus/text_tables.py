"""Plain-text tables: a table drawn with spaces (as a PDF-to-text tool keeps the layout, or a report typed in
a fixed-width font) rendered as table rows, cells joined by `CELL_SEP`, as the structured readers render
theirs (corpus/blocks.py); the cleaner would otherwise collapse the spaces and join the rows into one
paragraph.

`space_table_rows`: one line a row ("Indikator      Utfall 2024    Målvärde 2026"). `space_column_records`:
records whose cells wrap over several lines, numbered in the first column; a header set on two lines ("Utfall"
over "2024"), and rows of their own inside a record (a goal's indicators, each with its values). And
`split_right_fields`: a labelled field set in a right-hand column put on a line of its own.
"""

from __future__ import annotations

import re

from corpus.blocks import CELL_SEP
from corpus.clean import join_hyphenated
from corpus.furniture import BAND, furniture_mask

#: in plain text a table is drawn with spaces: a run of at least this many spaces separates two cells
SPACE_GAP = 2
#: a space-aligned table has at least this many columns on each of at least this many adjacent lines; a
#: two-column run ("Plats och tid    Stadshuset") is a label/value header block, not a table
SPACE_TABLE_MIN_CELLS, SPACE_TABLE_MIN_LINES = 3, 2
#: a cell is in its column when it starts (text) or ends (right-aligned numbers) within this many characters
#: of the first line's cell
SPACE_ALIGN = 2
_SPACE_CELL = re.compile(rf"\S+(?: {{1,{SPACE_GAP - 1}}}\S+)*")


def _space_cells(line: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SPACE_CELL.finditer(line)] if "\f" not in line else []


def _aligned_with(head: list[tuple[int, int]], row: list[tuple[int, int]]) -> bool:
    return len(row) == len(head) and all(abs(a - x) <= SPACE_ALIGN or abs(b - y) <= SPACE_ALIGN
                                         for (a, b), (x, y) in zip(row, head, strict=True))


def space_table_rows(text: str) -> str:
    """Plain text whose tables are aligned with spaces ("Indikator      Utfall 2024    Målvärde 2026" over
    rows in the same columns) with those lines rendered as table rows (cells joined by `CELL_SEP`), as the
    structured readers render theirs: the cleaner would otherwise collapse the spaces and join the rows
    into one paragraph. Only runs of `SPACE_TABLE_MIN_LINES` adjacent lines with the same columns count."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        head = _space_cells(lines[i])
        j = i + 1
        if len(head) >= SPACE_TABLE_MIN_CELLS:
            while j < len(lines) and _aligned_with(head, _space_cells(lines[j])):
                j += 1
        if j - i >= SPACE_TABLE_MIN_LINES:
            out += [CELL_SEP.join(ln[a:b] for a, b in _space_cells(ln)) for ln in lines[i:j]]
        else:
            out += lines[i:j]
        i = j
    return "\n".join(out)


#: a record of a plain-text table starts with its number in the first column: with the title ("1. Samordna …") in a
#: two-column table, alone ("1") where the title has a column of its own
_RECORD_START = re.compile(r"^\d{1,3}[.)]\s+\S")
_RECORD_NUMBER = re.compile(r"^\d{1,3}[.)]?$")
#: a column table needs at least this many records, and has at most this many columns (header cells of at most
#: `COLUMN_HEAD_WORDS` words each)
SPACE_RECORDS_MIN, COLUMN_TABLE_MAX, COLUMN_HEAD_WORDS = 2, 6, 5
#: a page break inside a table: its header row repeats within this many lines (footer, running header between)
HEADER_REPEAT_LINES = 20


_RULE_LINE = re.compile(r"^\s*[_=─—-]{3,}\s*$")


def _column_of(spans: list[tuple[int, int]], a: int, b: int) -> int | None:
    """The column of a cell [a, b): it starts at the column's x (the first column: anywhere before the second,
    as a hanging indent wraps there) and ends before the next column; or it lies under the header cell
    (numbers set flush right, a trend arrow centred under "Trend")."""
    xs = [x for x, _e in spans]
    k = max((k for k, x in enumerate(xs) if x <= a + SPACE_ALIGN), default=None)
    if k is not None and (k == 0 or abs(a - xs[k]) <= SPACE_ALIGN) and (k + 1 == len(xs) or b <= xs[k + 1]):
        return k
    return next((k for k, (x, e) in enumerate(spans) if k > 0 and x - SPACE_ALIGN <= a and b <= e + SPACE_ALIGN),
                None)


def _record_line(line: str, xs: list[tuple[int, int]]) -> list[tuple[int, str]] | None:
    """(column, text) of the cells of a line of a column table (`xs`: the header cells' spans), or None when a
    cell stands in no column."""
    cells = [(_column_of(xs, a, b), line[a:b]) for a, b in _space_cells(line)]
    if not cells or any(k is None for k, _t in cells):
        return None
    return [(k, t) for k, t in cells if k is not None]


def _repeated_header(lines: list[str], j: int, head: list[str]) -> int | None:
    """The line after a repetition of the header row `head` within the next lines (a page break), or None."""
    for k in range(j, min(len(lines), j + HEADER_REPEAT_LINES)):
        if [lines[k][a:b] for a, b in _space_cells(lines[k])] == head:
            return k + 1
    return None


#: a header cell's second line ("Utfall" over "2024", "Mål-" over "värde") has at most this many words
HEAD_LINE_WORDS = 2


def _head_continuation(line: str, xs: list[tuple[int, int]]) -> list[tuple[int, str]] | None:
    """The cells of the header's second line: at least two short cells, each under a header cell after the
    first (a record's wrapped line fills the first column or runs longer), else None."""
    cells = _record_line(line, xs) if len(xs) >= SPACE_TABLE_MIN_CELLS else None
    if not cells or len(cells) < 2 or any(k == 0 or len(t.split()) > HEAD_LINE_WORDS for k, t in cells):
        return None
    return cells


def _page_break_only(between: list[str], furniture: frozenset[str]) -> bool:
    """Are the lines between a table's last row and its header repeated only a page break: a form feed, at
    most a footer's lines (`BAND`) before it, and after it nothing but the running header (`furniture`: the
    lines corpus/furniture.py finds)? A goal's heading and its own table at the top of the next page, under the
    same header, are the next table."""
    k = next((k for k, ln in enumerate(between) if "\f" in ln), None)
    if k is None:
        return False
    if sum(1 for ln in between[:k] if ln.strip()) > BAND:
        return False
    after = [t for ln in between[k:] if (t := ln.replace("\f", "").strip())]
    return all(t in furniture for t in after)


def _furniture_lines(text: str) -> frozenset[str]:
    """The text's furniture lines (running headers, footers, page numbers), stripped."""
    pages = [p.split("\n") for p in text.split("\f")]
    return frozenset(line.strip() for page, mask in zip(pages, furniture_mask(pages), strict=True)
                     for line, is_furniture in zip(page, mask, strict=True) if is_furniture)


def _joined(parts: list[str]) -> str:
    """A cell's lines as one text, a word hyphenated at a line's end joined again ("livsmedels-" "kontroller")."""
    return " ".join(join_hyphenated(parts))


def _own_row(cells: list[tuple[int, str]], first_cols: set[int], ncols: int) -> bool:
    """Does a line inside a record start a row of its own (a goal's next indicator with its values, the goal's
    cell going on beside it in lower case or empty)? Its second column starts with a capital or a digit and it
    fills every later column the record's first line filled: a wrapped line leaves the short cells behind."""
    if ncols < SPACE_TABLE_MIN_CELLS:
        return False
    got = dict(cells)
    second, first = got.get(1, ""), got.get(0, "")
    later = {k for k in got if k >= 1}
    return bool(second[:1].isupper() or second[:1].isdigit()) and not first[:1].isupper() \
        and {k for k in first_cols if k >= 1} <= later and len(later) >= 2


def space_column_records(text: str) -> str:
    """Plain text with a table drawn with spaces whose cells wrap over several lines ("Uppdrag" over
    "1. Samordna antagningen till regionens     Gemensam antagning infördes …", or "Nr  Ärende  Noteringar
    och beslut  Ansvarig" over "1   Mötets öppnande och   Ordföranden hälsade …", the next lines going on in
    every column): each numbered record rendered as table rows (each column's lines joined), under its
    header row, so the columns are not read across as one text. The columns start where the header's cells
    do (a header cell may go on on the line under it: "Utfall" over "2024"); a record starts with its number
    in the first column, and holds rows of its own where a line starts the next one (`_own_row`: a goal's
    indicators, the goal's cell spanning them); a header repeated after a page break (with the page's
    furniture between) continues the table."""
    lines = text.split("\n")
    furniture = _furniture_lines(text) if "\f" in text else frozenset()
    out: list[str] = []
    i = 0
    while i < len(lines):
        spans = _space_cells(lines[i])
        head = [lines[i][a:b] for a, b in spans]
        if not 2 <= len(head) <= COLUMN_TABLE_MAX or any(len(h.split()) > COLUMN_HEAD_WORDS for h in head):
            out.append(lines[i])
            i += 1
            continue
        xs = spans
        names = [[h] for h in head]
        j = i + 1
        cont = _head_continuation(lines[j], xs) if j < len(lines) else None
        if cont:
            for k, t in cont:
                names[k].append(t)
            j += 1
        # record → its rows → each row's columns → the column's lines
        records: list[list[list[list[str]]]] = []
        first_cols: set[int] = set()   # the columns the record's first line fills
        record_lines: list[int] = []   # where each record starts
        skipped: list[str] = []   # a page break's lines (footer, running header): kept, after the table, so
        numbered: bool | None = None   # the furniture finder still sees them on every page
        while j < len(lines):
            if not lines[j].strip() or _RULE_LINE.match(lines[j]):   # a blank line or the rule under the header
                j += 1
                continue
            cells = _record_line(lines[j], xs)
            first = next((t for k, t in cells if k == 0), None) if cells else None
            is_number = first is not None and bool(_RECORD_START.match(first) if len(xs) == 2 else
                                                   _RECORD_NUMBER.match(first) or _RECORD_START.match(first))
            if numbered is None:
                numbered = is_number
            # an unnumbered table (an indicator's name and its values, an activity and who is responsible): a
            # record starts with a capital in the first column beside a filled later column
            starts = is_number if numbered else (len(xs) > 2 and first is not None and first[:1].isupper()
                                                 and any(k > 0 for k, _t in cells or []))
            # a line of the table: a record's start, or a wrapped line (lower case in the first column, or
            # filling other columns too); a two-column table has one first-column cell a line
            fits = cells is not None and not (len(xs) == 2 and sum(1 for k, _t in cells if k == 0) > 1) and (
                starts or (bool(records) and (first is None or first[:1].islower() or any(k > 0 for k, _t in cells))))
            if not fits:
                # a page break (footer, running header) and the header row again: the table goes on
                nxt = _repeated_header(lines, j, head) if records else None
                if nxt is None or not _page_break_only(lines[j:nxt - 1], furniture):
                    break   # (the same header under the next heading is the next table)
                skipped += lines[j:nxt - 1]
                j = nxt + (1 if cont and nxt < len(lines) and _head_continuation(lines[nxt], xs) else 0)
                continue
            if starts:
                records.append([[[] for _x in xs]])
                record_lines.append(j)
                first_cols = {k for k, _t in cells or []}
            elif numbered and cells and _own_row(cells, first_cols, len(xs)):
                records[-1].append([[] for _x in xs])
            for k, t in cells or []:
                # the first column (the goal spanning the record's rows) stays the first row's
                records[-1][0 if k == 0 else -1][k].append(t)
            j += 1
        if records and not any(records[-1][0][1:]) and len(records) > SPACE_RECORDS_MIN:
            # a numbered heading right under the table ("4. Analys och åtgärder") is no record of it
            records.pop()
            j = record_lines.pop()
        # (an unnumbered table of three columns or more may hold one record: its header says it is a table)
        least = SPACE_RECORDS_MIN if numbered or len(xs) < SPACE_TABLE_MIN_CELLS else 1
        if len(records) < least or not all(all(r[0][1:]) for r in records):   # the columns filled
            out.append(lines[i])
            i += 1
            continue
        out.append(CELL_SEP.join(_joined(n) for n in names))
        out += [CELL_SEP.join(_joined(col) for col in row) for r in records for row in r]
        out += ["", *skipped]
        i = j
    return "\n".join(out)


#: a labelled field set in a right-hand column of a plain-text line ("3. Heltid som norm      Ansvarig: Yasmin
#: Karimi", as a PDF-to-text tool keeps the layout): at least this many spaces, then "Label:" and a value
RIGHT_FIELD_GAP = 4
_RIGHT_FIELD = re.compile(rf"(?<=\S) {{{RIGHT_FIELD_GAP},}}(?=[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+)?:[ \t]+\S)")


def split_right_fields(text: str) -> str:
    """Plain-text lines that carry a labelled field in a right-hand column, the field put on a line of its
    own, so it is read as a field and not glued to the title or the wrapped body beside it."""
    return "\n".join(ln if CELL_SEP in ln else _RIGHT_FIELD.sub("\n", ln) for ln in text.split("\n"))


__all__ = ["SPACE_TABLE_MIN_CELLS", "space_column_records", "space_table_rows", "split_right_fields"]
