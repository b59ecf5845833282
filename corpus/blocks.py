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
#: a record of a two-column plain-text table starts with its number in the left column ("1. Samordna …")
_RECORD_START = re.compile(r"^\d{1,3}[.)]\s+\S")
#: a two-column table needs at least this many records
SPACE_RECORDS_MIN = 2


def space_column_records(text: str) -> str:
    """Plain text with a two-column table drawn with spaces whose cells wrap over several lines ("Uppdrag"
    over "1. Samordna antagningen till regionens     Gemensam antagning infördes …", the next lines going
    on in both columns): each numbered record rendered as one table row (the left lines joined, the right
    lines joined), under its header row, so the columns are not read across as one text. The right column
    starts where the header's second cell does; a record starts with its number in the left column."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        head = _space_cells(lines[i])
        if len(head) != 2 or any(len(lines[i][a:b].split()) > 5 for a, b in head):
            out.append(lines[i])
            i += 1
            continue
        x2 = head[1][0]
        records: list[list[list[str]]] = []
        j = i + 1
        while j < len(lines):
            cells = _space_cells(lines[j])
            if not lines[j].strip():
                j += 1
                continue
            left = [lines[j][a:b] for a, b in cells if a < x2 - SPACE_ALIGN]
            right = [lines[j][a:b] for a, b in cells if abs(a - x2) <= SPACE_ALIGN]
            if len(left) + len(right) != len(cells) or len(left) > 1 or not cells:
                break
            if left and _RECORD_START.match(left[0]):
                records.append([[left[0]], right])
            elif records and (right or (left and left[0][:1].islower())):
                records[-1][0] += left
                records[-1][1] += right
            else:
                break
            j += 1
        if len(records) < SPACE_RECORDS_MIN or not all(right for _left, right in records):   # both columns filled
            out.append(lines[i])
            i += 1
            continue
        out.append(CELL_SEP.join(lines[i][a:b] for a, b in head))
        out += [f"{' '.join(left)}{CELL_SEP}{' '.join(right)}" for left, right in records]
        out.append("")
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
