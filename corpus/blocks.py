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


def join_cell_paragraphs(parts: list[str]) -> str:
    """A table cell's paragraphs as one line (a row is one line of text): a full stop put after a paragraph
    that has none, so each stays a sentence of its own (a bold title over the notes; one activity per
    paragraph) and is not run on into the next."""
    parts = [" ".join(x.split()) for x in parts]
    parts = [x for x in parts if x]
    return " ".join(x if k == len(parts) - 1 or x.endswith((".", ":", "!", "?", ";", ","))
                    else x + "." for k, x in enumerate(parts))


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


#: the left column of a protokoll laid out as a table of §§ (PDF columns, a DOCX table): only the item's number
MARGIN_NUMBER = re.compile(r"^(?:§\s*\d{1,4}|\d{1,3}[.)]?)$")


__all__ = ["CELL_SEP", "LABEL_MAX_WORDS", "MARGIN_NUMBER", "Block", "BlockKind", "join_cell_paragraphs", "list_labels",
           "render"]
