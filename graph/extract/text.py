"""Text helpers shared by the extractors: a whitespace-normalised *view* of `Document.text` with an
offset map back into it, Swedish sentence splitting, dates and clean-up of wrapped lines.

All extractors match on the view (`NText.s`: runs of spaces → " ", one line break → "\\n", a blank line
→ "\\n\\n", line-leading/trailing spaces dropped) and report spans in `Document.text` through
`NText.span()`, so layout changes made by the cleaner never move a fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7, "augusti": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
    "nov": 11, "dec": 12,
}
MONTH_RE = (r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
            r"|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\.?")
WEEKDAYS = r"(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)"
BULLETS = "•\uf0b7\u25cf\u25aa\u2022\uf0a7"
BULLET_RE = f"[{BULLETS}]"
# "5 maj 2021", "den 25 september", "1:a november"
DATE_RE = re.compile(rf"\b(?P<d>[0-3]?\d)(?::[ae])?\s+(?P<m>{MONTH_RE})(?:\s+(?P<y>(?:19|20)\d\d))?\b",
                     re.IGNORECASE)
ISO_DATE_RE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
_ABBREV = re.compile(r"(?:\b(?:t\.ex|bl\.a|m\.fl|s\.k|t\.o\.m|fr\.o\.m|o\.s\.v|osv|ev|exv|dvs|ca|kl|nr|s|p|"
                     r"resp|inkl|jfr|mfl)|\b[A-ZÅÄÖ])\.$", re.IGNORECASE)


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
        """Sentence spans in the view between start and end (paragraph breaks also end sentences)."""
        end = len(self.s) if end is None else end
        pos = start
        for m in re.finditer(r"[.!?][”\"»)]?(?=\s+(?:[A-ZÅÄÖ0-9”\"" + BULLETS + r"]|$))|\n\n", self.s[start:end]):
            stop = start + m.end()
            if m.group() != "\n\n" and _ABBREV.search(self.s[max(pos, stop - 8):stop]):
                continue
            if self.s[pos:stop].strip():
                yield _strip_span(self.s, pos, stop)
            pos = stop
        if self.s[pos:end].strip():
            yield _strip_span(self.s, pos, end)


def _strip_span(s: str, a: int, b: int) -> tuple[int, int]:
    while a < b and s[a].isspace():
        a += 1
    while b > a and s[b - 1].isspace():
        b -= 1
    return a, b


_CONJ = r"(?:och|eller|samt|respektive|resp|till|som|men|utan)"


def clean(text: str) -> str:
    """One-line text: wrapped lines joined, line-break hyphenation undone ("sjukvårds-\\nnämnden"),
    elisions kept ("hälso- och"), bullets and surrounding whitespace removed."""
    t = re.sub(rf"[{BULLETS}]", " ", text)
    t = re.sub(rf"(\w)-\s*\n\s*(?!{_CONJ}\b)([a-zåäö])", r"\1\2", t)   # sjukvårds-\nnämnden
    t = re.sub(r"(\w)-\s*\n\s*([A-ZÅÄÖ])", r"\1-\2", t)                 # Marie-\nLouise
    t = re.sub(r"\s+", " ", t)
    return t.strip(" \t\n;,")


def iso(y: int, m: int, d: int) -> str | None:
    import datetime

    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(s: str, default_year: int | None) -> list[tuple[int, int, str, bool]]:
    """(start, end, ISO date, year_was_explicit) for Swedish day-month(-year) and ISO dates in `s`."""
    out: list[tuple[int, int, str, bool]] = []
    for m in ISO_DATE_RE.finditer(s):
        d = iso(int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            out.append((m.start(), m.end(), d, True))
    for m in DATE_RE.finditer(s):
        y = int(m["y"]) if m["y"] else default_year
        if y is None:
            continue
        d = iso(y, MONTHS[m["m"].lower().rstrip(".")], int(m["d"]))
        if d:
            out.append((m.start(), m.end(), d, bool(m["y"])))
    return sorted(out)


__all__ = ["BULLETS", "BULLET_RE", "DATE_RE", "ISO_DATE_RE", "MONTHS", "MONTH_RE", "WEEKDAYS", "NText",
           "clean", "find_dates", "iso"]
