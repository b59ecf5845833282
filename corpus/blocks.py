"""The typed block sequence every reader can produce, and its rendering into the canonical text.

A reader that knows structure (DOCX styles and numbering, PDF positions and fonts, HTML tags) says so with
blocks instead of guessing from lines later: a heading (with level), a paragraph, a list item (with the
number Word or the <ol> gave it: "3.", "b)"; "•" for bullets), a table row (cells) or a labelled field.
`render()` turns them into the plain text the rest of the pipeline reads (`Document.text` stays plain text
with spans): headings and paragraphs are blocks of their own (blank lines around them, so the unwrapper and
the segmenter never glue a heading to its body), list items carry their number in front and one list's
items stand on adjacent lines (a list is one unit for the extractors), table rows are
cells joined by " | " (what `graph/extract/agenda_tables.py` and the other table readers split on).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_row", "field", "page_break"]

#: the cell separator of a rendered table row (and of a PDF line with a column gap)
CELL_SEP = " | "


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str = ""
    level: int = 0          # heading level (0 = title); list nesting depth
    number: str = ""        # the number as rendered: "3.", "b)", "•", "" for none
    cells: tuple[str, ...] = field(default=())

    def line(self) -> str:
        """The block as one line of canonical text."""
        if self.kind == "table_row":
            return CELL_SEP.join(self.cells)
        if self.kind == "list_item" and self.number:
            return f"{self.number} {self.text}"
        return self.text


def render(blocks: list[Block], *, paragraph_sep: str = "\n\n") -> str:
    """Canonical text of `blocks`. Consecutive table rows (and consecutive list items, when paragraphs are
    separated by blank lines) stay on adjacent lines; every other block is its own paragraph; a page break
    becomes a form feed (the furniture finder reads pages)."""
    out: list[str] = []
    prev: Block | None = None
    for b in blocks:
        if b.kind == "page_break":
            out.append("\f")
            prev = b
            continue
        text = b.line().strip()
        if not text:
            continue
        if out and out[-1] != "\f":
            tight = prev is not None and ((prev.kind == b.kind and b.kind in ("table_row", "list_item"))
                                          or (prev.kind == "field" and b.kind == "list_item"))
            heading = b.kind == "heading" or (prev is not None and prev.kind == "heading")
            out.append("\n\n" if heading else ("\n" if tight else paragraph_sep))
        out.append(text)
        prev = b
    return "".join(out)


#: a paragraph of at most this many words, without a full stop, right above a list is the list's label
LABEL_MAX_WORDS = 4


def list_labels(blocks: list[Block]) -> list[Block]:
    """"Aktiviteter" / "Indikatorer:" above a list is a field label, rendered on the line above the list's
    first item (the label and its list are one unit for the extractors). Shared by the DOCX and HTML readers."""
    out = list(blocks)
    for i, b in enumerate(out[:-1]):
        nxt = out[i + 1]
        if (b.kind == "paragraph" and nxt.kind == "list_item" and len(b.text.split()) <= LABEL_MAX_WORDS
                and not b.text.rstrip().endswith((".", "!", "?"))):
            out[i] = Block("field", b.text)
    return out


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


#: the left column of a protokoll laid out as a table of §§ (PDF columns, a DOCX table): only the item's number
MARGIN_NUMBER = re.compile(r"^(?:§\s*\d{1,4}|\d{1,3}[.)]?)$")
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


def _column_of(xs: list[int], a: int, b: int) -> int | None:
    """The column of a cell [a, b): it starts at the column's x (the first column: anywhere before the second,
    as a hanging indent wraps there) and ends before the next column."""
    k = max((k for k, x in enumerate(xs) if x <= a + SPACE_ALIGN), default=None)
    if k is None or (k > 0 and abs(a - xs[k]) > SPACE_ALIGN) or (k + 1 < len(xs) and b > xs[k + 1]):
        return None
    return k


def _record_line(line: str, xs: list[int]) -> list[tuple[int, str]] | None:
    """(column, text) of the cells of a line of a column table, or None when a cell stands in no column."""
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


def space_column_records(text: str) -> str:
    """Plain text with a table drawn with spaces whose cells wrap over several lines ("Uppdrag" over
    "1. Samordna antagningen till regionens     Gemensam antagning infördes …", or "Nr  Ärende  Noteringar
    och beslut  Ansvarig" over "1   Mötets öppnande och   Ordföranden hälsade …", the next lines going on in
    every column): each numbered record rendered as one table row (each column's lines joined), under its
    header row, so the columns are not read across as one text. The columns start where the header's cells
    do; a record starts with its number in the first column; a header repeated after a page break (with the
    page's furniture between) continues the table."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        spans = _space_cells(lines[i])
        head = [lines[i][a:b] for a, b in spans]
        if not 2 <= len(head) <= COLUMN_TABLE_MAX or any(len(h.split()) > COLUMN_HEAD_WORDS for h in head):
            out.append(lines[i])
            i += 1
            continue
        xs = [a for a, _b in spans]
        records: list[list[list[str]]] = []
        skipped: list[str] = []   # a page break's lines (footer, running header): kept, after the table, so
        j = i + 1                 # the furniture finder still sees them on every page
        while j < len(lines):
            if not lines[j].strip() or _RULE_LINE.match(lines[j]):   # a blank line or the rule under the header
                j += 1
                continue
            cells = _record_line(lines[j], xs)
            first = next((t for k, t in cells if k == 0), None) if cells else None
            starts = first is not None and bool(_RECORD_START.match(first) if len(xs) == 2 else
                                                _RECORD_NUMBER.match(first) or _RECORD_START.match(first))
            # a line of the table: a record's start, or a wrapped line (lower case in the first column, or
            # filling other columns too); a two-column table has one first-column cell a line
            fits = cells is not None and not (len(xs) == 2 and sum(1 for k, _t in cells if k == 0) > 1) and (
                starts or (bool(records) and (first is None or first[:1].islower() or any(k > 0 for k, _t in cells))))
            if not fits:
                # a page break (footer, running header) and the header row again: the table goes on
                nxt = _repeated_header(lines, j, head) if records else None
                if nxt is None:
                    break
                skipped += lines[j:nxt - 1]
                j = nxt
                continue
            if starts:
                records.append([[] for _x in xs])
            for k, t in cells or []:
                records[-1][k].append(t)
            j += 1
        if len(records) < SPACE_RECORDS_MIN or not all(all(r[1:]) for r in records):   # the columns filled
            out.append(lines[i])
            i += 1
            continue
        out.append(CELL_SEP.join(head))
        out += [CELL_SEP.join(" ".join(col) for col in r) for r in records]
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


__all__ = ["CELL_SEP", "LABEL_MAX_WORDS", "MARGIN_NUMBER", "SPACE_TABLE_MIN_CELLS", "Block", "BlockKind", "list_labels",
           "render", "space_column_records", "space_table_rows", "split_right_fields"]
