"""Text helpers shared by the extractors: a whitespace-normalised *view* of `Document.text` with an
offset map back into it, its sentences (`corpus/sentences.py`) and clean-up of wrapped lines.
Dates are `corpus/dates.py`'s.

All extractors match on the view (`NText.s`: runs of spaces → " ", one line break → "\\n", a blank line
→ "\\n\\n", line-leading/trailing spaces dropped) and report spans in `Document.text` through
`NText.span()`, so layout changes made by the cleaner never move a fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from corpus.dates import MONTH_RE, WEEKDAYS, iso_sv
from corpus.sentences import BULLETS, sentence_spans
from graph.analysis import ELISION_WORDS

BULLET_RE = f"[{BULLETS}]"
#: the dashes a list item may start with instead of a bullet glyph (with a space after the dash: "- Andel …");
#: first in a character class, the hyphen is a character, not a range
DASH_MARKS = "-–"
#: every mark a list item starts with
LIST_MARKS = BULLETS + DASH_MARKS


@dataclass
class NText:
    """Normalised view of a text with a map from view offsets to offsets in the original."""

    s: str
    _map: list[int]
    orig_len: int

    @classmethod
    def of(cls, text: str) -> NText:
        out: list[str] = []
        omap: list[int] = []
        i, n = 0, len(text)
        for m in re.finditer(r"[ \t\u00a0\r\n\f\v]+", text):
            if m.start() > i:
                out.append(text[i:m.start()])
                omap.extend(range(i, m.start()))
            ws = m.group()
            nl = ws.count("\n")
            rep = "\n\n" if nl >= 2 else "\n" if nl == 1 else " "
            if m.start() == 0 or m.end() == n:
                rep = "\n" if nl else ""
            out.append(rep)
            omap.extend([m.start()] * len(rep))
            i = m.end()
        if i < n:
            out.append(text[i:])
            omap.extend(range(i, n))
        return cls("".join(out), omap, n)

    def orig(self, i: int) -> int:
        if i >= len(self._map):
            return self.orig_len
        return self._map[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original-text span of the view span [start, end)."""
        if end <= start:
            o = self.orig(start)
            return o, o
        return self.orig(start), self._map[min(end, len(self._map)) - 1] + 1

    def lines(self) -> Iterator[tuple[int, int, str]]:
        """(start, end, line) of the non-empty lines of the view."""
        for m in re.finditer(r"[^\n]+", self.s):
            yield m.start(), m.end(), m.group()

    def sentences(self, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
        """Sentence spans in the view between start and end (paragraph breaks also end sentences;
        abbreviations of corpus/abbreviations.txt do not)."""
        return sentence_spans(self.s, start, end, paragraphs=True)


_CONJ = "(?:" + "|".join(sorted(ELISION_WORDS)) + ")"


def clean(text: str) -> str:
    """One-line text: wrapped lines joined, line-break hyphenation undone ("sjukvårds-\\nnämnden"),
    elisions kept ("hälso- och"), bullets and surrounding whitespace removed."""
    t = re.sub(rf"[{BULLETS}]", " ", text)
    t = re.sub(rf"(\w)-\s*\n\s*(?!{_CONJ}\b)([a-zåäö])", r"\1\2", t)   # sjukvårds-\nnämnden
    t = re.sub(r"(\w)-\s*\n\s*([A-ZÅÄÖ])", r"\1-\2", t)                 # Marie-\nLouise
    t = re.sub(r"\s+", " ", t)
    return t.strip(" \t\n;,")




#: the meeting a document is about is stated in its header: title block, letterhead, "När:"/"Datum:" lines
HEADER_CHARS = 4000


def header_date(view: str) -> tuple[str, int, int] | None:
    """(ISO date, start, end) of the meeting date in the header of a normalised view (`NText.s`):
    "Sammanträdesdatum: 2020-11-24" or "När: tisdag 13 juni 2025"."""
    s = view[:HEADER_CHARS]
    m = re.search(r"Sammanträdesdatum\s*:\s*(?P<d>\d{4}-\d\d-\d\d)", s)
    if m:
        return m["d"], m.start(), m.end()
    m = re.search(rf"\b(?:När|Datum|Tid)\s*:\s*(?:{WEEKDAYS}\s+)?(?P<d>[0-3]?\d)\s+(?P<m>{MONTH_RE})\s+(?P<y>\d{{4}})",
                  s, re.IGNORECASE)
    if m:
        d = iso_sv(int(m["y"]), m["m"], int(m["d"]))
        if d:
            return d, m.start(), m.end()
    return None


def cell_spans(line: str, at: int = 0) -> list[tuple[int, int]]:
    """(start, end) of the text of each cell of a rendered table row (cells split on "|", empty cells too) that
    starts at offset `at` of the view."""
    out, pos = [], 0
    for part in line.split("|"):
        lead = len(part) - len(part.lstrip())
        out.append((at + pos + lead, at + pos + lead + len(part.strip())))
        pos += len(part) + 1
    return out


__all__ = ["BULLETS", "BULLET_RE", "DASH_MARKS", "HEADER_CHARS", "LIST_MARKS", "NText", "cell_spans", "clean",
           "header_date"]
