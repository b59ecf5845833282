"""Swedish sentence boundaries, shared by the passage splitter (`corpus/segment.py`) and the extractors
(`graph/extract/text.py`, `NText.sentences`).

A sentence ends at ".", "!" or "?" (with a closing quote or bracket after it) when whitespace and an
upper-case letter, a digit, a quote or a bullet follow, or the text ends. A "." after an abbreviation of
`abbreviations.txt` (editable data: "bl.a.", "t.ex.", "ca.") or after a single letter (initials "A. Berg")
does not end one. With `paragraphs=True` a blank line ("\\n\\n") ends a sentence too.
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
    pos = start
    for m in _boundary(paragraphs).finditer(s[start:end]):
        stop = start + m.end()
        if m.group() != "\n\n" and abbr.ends(s, pos, stop):
            continue
        yield stop
        pos = stop


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
