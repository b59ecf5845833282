"""Pages set in two text columns (a follow-up with two goals side by side, an annual report's spread): the
words of a stretch of lines that share a vertical gutter are read column by column, the left one first, so
each column's lines are not read across as one row of two texts.

A gutter is a vertical strip, near the middle of the text, that no word of the stretch crosses, with text
on both sides. A table has gutters too (a title column beside a presenter column), so a stretch counts as two
columns only when both sides are wide (each at least `MIN_SIDE_SHARE` of the text's width) and both hold
running text (lines of several words); lines that cross the gutter (a heading over both columns, "Perspektiv:
Miljö") end a stretch.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

Word = dict[str, Any]

#: the gutter's centre is looked for in this share of the text's width, around its middle
GUTTER_SEARCH = (0.3, 0.7)
#: the gutter is at least this many points wide
GUTTER_WIDTH = 8.0
#: a stretch in two columns has at least this many lines
MIN_LINES = 6
#: each side is at least this share of the text's width
MIN_SIDE_SHARE = 0.3
#: a side's line of at least this many words is running text; a third of each side's lines are
MIN_TEXT_WORDS, TEXT_LINE_SHARE = 4, 0.34
#: a gap this many font sizes wide inside a line separates cells (as corpus/pdf_layout.py's COLUMN_GAP_EM); a side
#: whose lines are mostly rows of cells (more than this share) is a table's columns, not a column of text
CELL_GAP_EM, MAX_GAPPED_SHARE = 2.0, 0.3
#: each side has at least this many lines that go on in lower case (its sentences wrap within the column)
MIN_WRAPS = 2


def _gapped(line: list[Word]) -> bool:
    """Does the line have a column gap inside it (a gap wider than `CELL_GAP_EM` font sizes)?"""
    return any(float(b["x0"]) - float(a["x1"]) > CELL_GAP_EM * float(b.get("size") or 10.0)
               for a, b in pairwise(line))


def _crosses(line: list[Word], x: float) -> bool:
    return any(float(w["x0"]) < x + GUTTER_WIDTH / 2 and float(w["x1"]) > x - GUTTER_WIDTH / 2 for w in line)


def _texty(lines: list[list[Word]]) -> bool:
    """Running text: a third of the lines several words long, and sentences that wrap (lines that go on in
    lower case under a line of the same side), as a table's short cells (names, case numbers) do not."""
    filled = [ln for ln in lines if ln]
    if not filled or sum(1 for ln in filled if len(ln) >= MIN_TEXT_WORDS) < TEXT_LINE_SHARE * len(filled):
        return False
    if sum(1 for ln in filled if _gapped(ln)) > MAX_GAPPED_SHARE * len(filled):
        return False   # its lines are rows of cells themselves ("Skolchef   Genomfört   Utredningen …"): a table
    wraps = sum(1 for prev, ln in pairwise(lines)
                if prev and ln and str(ln[0]["text"])[:1].islower())
    return wraps >= MIN_WRAPS


def _stretch(lines: list[list[Word]], x: float, left: float, right: float) -> tuple[int, int] | None:
    """The longest run [i, j) of lines no word of which crosses x, that reads as two columns of text."""
    best: tuple[int, int] | None = None
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and not _crosses(lines[j], x):
            j += 1
        if j - i >= MIN_LINES and (best is None or j - i > best[1] - best[0]):
            lhs = [[w for w in ln if float(w["x1"]) <= x] for ln in lines[i:j]]
            rhs = [[w for w in ln if float(w["x0"]) >= x] for ln in lines[i:j]]
            wide = min(x - left, right - x) >= MIN_SIDE_SHARE * (right - left)
            if wide and _texty(lhs) and _texty(rhs):
                best = (i, j)
        i = max(j, i + 1) if j > i else i + 1
    return best


def column_bands(words: list[Word], lines_of: Callable[[list[Word]], list[list[Word]]]) -> list[list[Word]]:
    """`words` in reading order as groups each laid out on its own: the lines above a stretch set in two
    columns, its left column, its right column, and what follows (looked at again). `lines_of` groups words
    into lines by baseline (corpus/pdf_layout.py)."""
    lines = lines_of(words)
    if len(lines) < MIN_LINES or not words:
        return [words]
    left, right = min(float(w["x0"]) for w in words), max(float(w["x1"]) for w in words)
    found: tuple[float, tuple[int, int]] | None = None
    x = left + GUTTER_SEARCH[0] * (right - left)
    while x <= left + GUTTER_SEARCH[1] * (right - left):
        run = _stretch(lines, x, left, right)
        if run and (found is None or run[1] - run[0] > found[1][1] - found[1][0]):
            found = (x, run)
        x += 2.0
    if found is None:
        return [words]
    x, (i, j) = found
    stretch = [w for ln in lines[i:j] for w in ln]
    groups = [[w for ln in lines[:i] for w in ln],
              [w for w in stretch if float(w["x1"]) <= x], [w for w in stretch if float(w["x0"]) >= x]]
    rest = [w for ln in lines[j:] for w in ln]
    return [g for g in groups if g] + (column_bands(rest, lines_of) if rest else [])


__all__ = ["column_bands"]
