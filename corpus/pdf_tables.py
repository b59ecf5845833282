"""Ruled PDF tables (pdfplumber's table finder): a table drawn with cell borders is read from its grid, not
from word positions. A cell that holds several lines (a goal's title over three lines, a bulleted list of
indicators) stays one cell, its lines joined by spaces as the DOCX reader joins a cell's paragraphs; word
positions alone cannot tell a wrapped cell from the next row there, nor a bullet list in one column from
the activities beside it. Paragraphs inside a cell (one activity each, set apart by the paragraph spacing, a
line pitch well above the font's size) stay sentences of their own: `join_cell_paragraphs`, as the HTML
reader does for a cell's <p> elements.

A table needs two rows and two columns to count: a box drawn around a paragraph is no table. A cell merged
across columns ("Perspektiv: Medborgare" over the whole width) counts once, as python-docx's merged cells
do in corpus/docx_blocks.py; a cell merged down over the rows below leaves those rows an empty cell there
(the goal cell of a goal spanning its indicator rows), as the DOCX and plain-text grids do.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from corpus.blocks import Block, join_cell_paragraphs

#: a cell starting this close to a column's left edge is in that column (points)
EDGE_TOLERANCE = 2.0
#: a cell's next line this many font sizes below the last (top to top) starts a new paragraph: wrapped lines
#: are set about 1.2 font sizes apart, a paragraph's spacing adds half a line or more
PARAGRAPH_PITCH = 1.5
#: words whose tops differ by at most this many points are on one line of a cell
SAME_LINE = 1.5


@dataclass(frozen=True)
class RuledTable:
    bbox: tuple[float, float, float, float]   # x0, top, x1, bottom
    rows: tuple[Block, ...]

    def holds(self, word: dict[str, Any]) -> bool:
        """Is the word's centre inside the table?"""
        x = (float(word["x0"]) + float(word["x1"])) / 2
        y = (float(word["top"]) + float(word["bottom"])) / 2
        x0, top, x1, bottom = self.bbox
        return x0 <= x <= x1 and top <= y <= bottom


def _paragraph_sizes(words: list[dict[str, Any]], box: tuple[float, ...]) -> list[int]:
    """The number of lines of each paragraph of the cell `box`, told apart by the vertical gap between its
    lines ([3] for one paragraph of three lines, [1, 2] for a line then a paragraph of two)."""
    inside = [w for w in words if box[0] <= (float(w["x0"]) + float(w["x1"])) / 2 <= box[2]
              and box[1] <= (float(w["top"]) + float(w["bottom"])) / 2 <= box[3]]
    lines: list[tuple[float, float]] = []      # (top, font size) per line
    for w in sorted(inside, key=lambda w: float(w["top"])):
        top, size = float(w["top"]), float(w["bottom"]) - float(w["top"])
        if lines and top - lines[-1][0] <= SAME_LINE:
            lines[-1] = (lines[-1][0], max(lines[-1][1], size))
        else:
            lines.append((top, size))
    sizes = [1] if lines else []
    for (top0, size0), (top1, _size1) in itertools.pairwise(lines):
        if top1 - top0 > PARAGRAPH_PITCH * size0:
            sizes.append(1)
        else:
            sizes[-1] += 1
    return sizes


def _cell_text(text: str, sizes: list[int]) -> str:
    """The cell's text (its lines as the table finder gives them) as one line, its paragraphs kept apart
    when the words' positions gave as many lines as the text has."""
    lines = text.split("\n")
    if len(sizes) < 2 or sum(sizes) != len(lines):
        return " ".join(text.split())
    paras, at = [], 0
    for n in sizes:
        paras.append(" ".join(lines[at:at + n]))
        at += n
    return join_cell_paragraphs(paras)


def _row_cells(texts: list[str | None], boxes: list[tuple[float, ...] | None],
               edges: list[float], words: list[dict[str, Any]]) -> list[str]:
    """A row's cells in their columns: a missing cell under a cell merged from the left is no cell of its
    own; one under a cell merged from above is an empty cell."""
    out: list[str] = []
    right = float("-inf")   # the right edge of the last cell present
    for k, (text, box) in enumerate(zip(texts, boxes, strict=True)):
        if box is not None:
            out.append(_cell_text(text or "", _paragraph_sizes(words, box)) if text and "\n" in text
                       else " ".join((text or "").split()))
            right = float(box[2])
        elif k < len(edges) and right > edges[k] + EDGE_TOLERANCE:
            continue   # covered by the merged cell to its left
        else:
            out.append("")
    while out and not out[-1]:
        out.pop()
    return out


def ruled_tables(page: Any, clean: Callable[[str], str]) -> list[RuledTable]:
    """The ruled tables of a pdfplumber page, top to bottom; `clean` maps a cell's raw text (unmapped glyphs)."""
    out: list[RuledTable] = []
    found = page.find_tables()
    words = page.extract_words() if found else []
    for table in found:
        texts = table.extract()
        boxes = [list(r.cells) for r in table.rows]
        if len(texts) < 2 or max((len(r) for r in texts), default=0) < 2:
            continue
        width = max(len(r) for r in boxes)
        edges = [min((float(r[k][0]) for r in boxes if k < len(r) and r[k] is not None), default=0.0)
                 for k in range(width)]
        rows = []
        for t, b in zip(texts, boxes, strict=True):
            cells = _row_cells([clean(c) if c else c for c in t], b, edges, words)
            if cells:
                rows.append(Block("table_row", cells=tuple(cells)))
        if len(rows) >= 2:
            out.append(RuledTable(tuple(float(v) for v in table.bbox), tuple(rows)))  # type: ignore[arg-type]
    return sorted(out, key=lambda t: t.bbox[1])


def bands(words: list[dict[str, Any]], tables: list[RuledTable]) -> list[list[dict[str, Any]] | RuledTable]:
    """The page's words outside its tables cut into bands above, between and below them, the tables in
    their place: each band is laid out on its own (its own columns), each table from its grid."""
    outside = [w for w in words if not any(t.holds(w) for t in tables)]
    out: list[list[dict[str, Any]] | RuledTable] = []
    rest = outside
    for t in tables:
        above = [w for w in rest if float(w["top"]) < t.bbox[1]]
        rest = [w for w in rest if float(w["top"]) >= t.bbox[1]]
        if above:
            out.append(above)
        out.append(t)
    if rest:
        out.append(rest)
    return out


__all__ = ["RuledTable", "bands", "ruled_tables"]
