"""Swedish sentence boundaries, shared by the passage splitter (`corpus/segment.py`) and the extractors
(`graph/extract/text.py`, `NText.sentences`).

A sentence ends at ".", "!" or "?" (with a closing quote or bracket after it) when whitespace and an
upper-case letter, a digit, a quote or a bullet follow, or the text ends. A "." after an abbreviation of
`abbreviations.txt` (editable data: "bl.a.", "t.ex.", "ca.") or after a single letter (initials "A. Berg")
does not end one. With `paragraphs=True` a blank line ("\\n\\n") ends a sentence too, and so does each line
of a table row (a line with the readers' cell separator " | "): a row is a unit of its own, and a sentence
never runs on from one row into the next.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ABBREVIATIONS_FILE = Path(__file__).resolve().parent / "abbreviations.txt"
# Bullet glyphs: "•" after cleaning, and the Symbol/Wingdings/geometric ones some sources keep.
BULLETS = "•\uf0b7\u25cf\u25aa\u2022\uf0a7"
_END = r"[.!?][”\"»)]?(?=\s+(?:[A-ZÅÄÖ0-9”\"" + BULLETS + r"]|$))"


@dataclass(frozen=True)
class Abbreviations:
    """The abbreviation test compiled from a list: `pattern` is searched at the end of a short window
    (`window` characters, enough for the longest abbreviation and the character before it)."""

    pattern: re.Pattern[str]
    window: int

    @classmethod
    def of(cls, abbreviations: tuple[str, ...]) -> Abbreviations:
        bodies = [a.rstrip(".") for a in abbreviations if a.rstrip(".")]
        words = "|".join(re.escape(b) for b in bodies)
        # `\b[A-ZÅÄÖ]` (case-insensitive): any single letter, i.e. an initial or "s." / "p."
        pattern = re.compile(rf"(?:\b(?:{words})|\b[A-ZÅÄÖ])\.$" if words else r"\b[A-ZÅÄÖ]\.$", re.IGNORECASE)
        return cls(pattern, max((len(b) for b in bodies), default=1) + 2)

    def ends(self, s: str, start: int, stop: int) -> bool:
        """Whether the "." just before `stop` closes an abbreviation (the text before `start` not looked at)."""
        return self.pattern.search(s[max(start, stop - self.window):stop]) is not None


@lru_cache(maxsize=8)
def load_abbreviations(path: Path = ABBREVIATIONS_FILE) -> Abbreviations:
    lines = (ln.strip() for ln in path.read_text(encoding="utf-8").splitlines())
    return Abbreviations.of(tuple(ln for ln in lines if ln and not ln.startswith("#")))


@lru_cache(maxsize=2)
def _boundary(paragraphs: bool) -> re.Pattern[str]:
    return re.compile(_END + r"|\n\n" if paragraphs else _END)


def sentence_ends(s: str, start: int = 0, end: int | None = None, *, paragraphs: bool = True,
                  abbreviations: Abbreviations | None = None) -> Iterator[int]:
    """Offsets in `s` just after each sentence end in s[start:end] (after the punctuation and a closing quote;
    after the blank line for a paragraph break). `abbreviations` defaults to `abbreviations.txt`."""
    abbr = abbreviations or load_abbreviations()
    end = len(s) if end is None else end
    rows = _row_bounds(s, start, end) if paragraphs else []
    pos = start
    for m in _boundary(paragraphs).finditer(s[start:end]):
        stop = start + m.end()
        if m.group() != "\n\n" and abbr.ends(s, pos, stop):
            continue
        while rows and rows[0] < stop:
            if rows[0] > pos:
                yield rows[0]
                pos = rows[0]
            rows.pop(0)
        yield stop
        pos = stop
    for r in rows:
        if r > pos:
            yield r
            pos = r


#: the cell separator of a rendered table row (corpus/blocks.py CELL_SEP, which imports nothing from here)
_ROW = re.compile(r"(?m)^[^\n]* \| [^\n]*$")


def _row_bounds(s: str, start: int, end: int) -> list[int]:
    """The starts and ends of the table-row lines in s[start:end], in order."""
    out: list[int] = []
    for m in _ROW.finditer(s, start, end):
        for x in (m.start(), m.end()):
            if start < x < end and (not out or x > out[-1]):
                out.append(x)
    return out


def sentence_spans(s: str, start: int = 0, end: int | None = None, *, paragraphs: bool = True,
                   abbreviations: Abbreviations | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in s[start:end], without surrounding whitespace; empty ones skipped."""
    end = len(s) if end is None else end
    pos = start
    for stop in sentence_ends(s, start, end, paragraphs=paragraphs, abbreviations=abbreviations):
        if s[pos:stop].strip():
            yield strip_span(s, pos, stop)
        pos = stop
    if s[pos:end].strip():
        yield strip_span(s, pos, end)


def strip_span(s: str, a: int, b: int) -> tuple[int, int]:
    """s[a:b] without its leading and trailing whitespace, as offsets into `s`."""
    while a < b and s[a].isspace():
        a += 1
    while b > a and s[b - 1].isspace():
        b -= 1
    return a, b


__all__ = ["ABBREVIATIONS_FILE", "BULLETS", "Abbreviations", "load_abbreviations", "sentence_ends",
           "sentence_spans", "strip_span"]
