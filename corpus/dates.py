"""Swedish dates: month names, the month pattern, parsing ("13 juni 2025", "5 okt. 2021", "2020-11-24")
and the page format ("13 juni 2025").

The one place that knows Swedish months. Used by the metadata reader (`corpus/metadata.py`), the
extractors (`graph/extract/text.py`, `graph/extract/meetings.py`) and the web pages (`api/pages`).
"""

from __future__ import annotations

import datetime as dt
import re

MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
               "oktober", "november", "december")
#: the abbreviations documents use ("okt.", "sept"); "maj" has none. A longer form before its prefix.
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9,
                       "okt": 10, "nov": 11, "dec": 12}
#: month word (lower case, no trailing ".") → month number, full names and abbreviations
MONTHS = {name: i for i, name in enumerate(MONTH_NAMES, 1)} | MONTH_ABBREVIATIONS
#: a month word in running text: full names first (so "mars" wins over "mar"), abbreviations, optional "."
MONTH_RE = "(?:" + "|".join(MONTHS) + r")\.?"
# The first three letters of each name ("maj" included), for the letterhead reader's prefix rule.
_PREFIXES = {name[:3]: i for i, name in enumerate(MONTH_NAMES, 1)}
#: a weekday in front of a date: "Torsdag 28 januari"
WEEKDAYS = r"(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)"

#: ISO dates "2020-11-24" (invalid ones such as "2020-13-45" match and are dropped by `iso`)
ISO_DATE_RE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
#: "5 maj 2021", "den 25 september", "1:a november" (the year is optional)
DATE_RE = re.compile(rf"\b(?P<d>[0-3]?\d)(?::[ae])?\s+(?P<m>{MONTH_RE})(?:\s+(?P<y>(?:19|20)\d\d))?\b",
                     re.IGNORECASE)
# The letterhead reader's looser form: "1a januari", any 3-9 letter word as month (resolved by
# `month_number(prefix=True)`), and the year required.
_LETTERHEAD_DATE = re.compile(r"\b(\d{1,2})(?::?[ae])?\s+([a-zåäö]{3,9})\.?\s+((?:19|20)\d\d)\b", re.I)


def month_number(word: str, *, prefix: bool = False) -> int | None:
    """1–12 for a Swedish month name or abbreviation ("Juni", "okt.", "sept"), else None.

    `prefix=True` (the letterhead reader) also takes any word of at most four letters that starts with a
    month's three-letter abbreviation ("febr", "janu")."""
    w = word.lower().rstrip(".")
    found = MONTHS.get(w)
    if found is None and prefix and len(w) <= 4:
        found = _PREFIXES.get(w[:3])
    return found


def iso(y: int, m: int, d: int) -> str | None:
    """"YYYY-MM-DD", or None when there is no such day."""
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def iso_sv(y: int, month: str, d: int) -> str | None:
    """ISO date of a year, a Swedish month word ("juni", "okt.") and a day; None when there is no such day."""
    n = month_number(month)
    return iso(y, n, d) if n else None


def iso_fullmatch(value: str) -> str | None:
    """`value` as ISO date when all of it is one valid "YYYY-MM-DD", else None."""
    m = ISO_DATE_RE.fullmatch(value)
    return iso(int(m["y"]), int(m["m"]), int(m["d"])) if m else None


def parse_date(s: str) -> str | None:
    """First valid date in `s` as ISO: "2020-11-24", "13 juni 2025", "1:a januari 2026" (a year is needed)."""
    found: list[tuple[int, str]] = []
    for m in ISO_DATE_RE.finditer(s):
        found.append((m.start(), iso(int(m["y"]), int(m["m"]), int(m["d"])) or ""))
    for m in _LETTERHEAD_DATE.finditer(s):
        month = month_number(m[2], prefix=True)
        if month:
            found.append((m.start(), iso(int(m[3]), month, int(m[1])) or ""))
    valid = sorted((pos, d) for pos, d in found if d)
    return valid[0][1] if valid else None


def find_dates(s: str, default_year: int | None) -> list[tuple[int, int, str, bool]]:
    """(start, end, ISO date, year_was_explicit) for Swedish day-month(-year) and ISO dates in `s`;
    a date without year takes `default_year` (skipped when that is None)."""
    out: list[tuple[int, int, str, bool]] = []
    for m in ISO_DATE_RE.finditer(s):
        d = iso(int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            out.append((m.start(), m.end(), d, True))
    for m in DATE_RE.finditer(s):
        y = int(m["y"]) if m["y"] else default_year
        if y is None:
            continue
        d = iso_sv(y, m["m"], int(m["d"]))
        if d:
            out.append((m.start(), m.end(), d, bool(m["y"])))
    return sorted(out)


def format_date(date: str | None) -> str:
    """'2025-06-13' → '13 juni 2025'; anything else ('2025', '') unchanged."""
    if not date:
        return ""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2}).*", date)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= mo <= 12:
            return f"{d} {MONTH_NAMES[mo - 1]} {y}"
    return date


__all__ = ["DATE_RE", "ISO_DATE_RE", "MONTHS", "MONTH_ABBREVIATIONS", "MONTH_NAMES", "MONTH_RE", "WEEKDAYS",
           "find_dates", "format_date", "iso", "iso_fullmatch", "iso_sv", "month_number", "parse_date"]
