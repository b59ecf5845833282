"""Swedish dates (corpus/dates.py): the one month table behind the metadata reader, the extractors and the
pages, for all twelve months, their abbreviations and a trailing '.'."""

from __future__ import annotations

import re

import pytest

from corpus.dates import (
    DATE_RE,
    MONTH_NAMES,
    MONTH_RE,
    find_dates,
    format_date,
    iso_sv,
    month_number,
    parse_date,
)
from corpus.metadata import parse_date as metadata_parse_date

# (full name, abbreviations documents use)
MONTHS = [
    ("januari", ["jan"]), ("februari", ["feb"]), ("mars", ["mar"]), ("april", ["apr"]), ("maj", []),
    ("juni", ["jun"]), ("juli", ["jul"]), ("augusti", ["aug"]), ("september", ["sep", "sept"]),
    ("oktober", ["okt"]), ("november", ["nov"]), ("december", ["dec"]),
]


@pytest.mark.parametrize(("n", "name", "abbreviations"), [(i, n, a) for i, (n, a) in enumerate(MONTHS, 1)])
def test_every_month_and_its_abbreviations(n: int, name: str, abbreviations: list[str]) -> None:
    assert MONTH_NAMES[n - 1] == name
    for word in [name, name.capitalize(), name.upper(), *abbreviations, *(a + "." for a in abbreviations)]:
        assert month_number(word) == n, word
        assert re.fullmatch(MONTH_RE, word, re.IGNORECASE), word
        # all three readers: the extractors' find_dates, the metadata reader's parse_date, the page format
        assert find_dates(f"den 5 {word} 2021 var det möte", None)[0][2] == f"2021-{n:02d}-05", word
        assert parse_date(f"Datum: 5 {word} 2021") == f"2021-{n:02d}-05", word
    assert format_date(f"2021-{n:02d}-05") == f"5 {name} 2021"
    assert iso_sv(2021, name, 5) == f"2021-{n:02d}-05"


def test_month_words_that_are_not_months() -> None:
    for word in ("ma", "maj.s", "febr", "janu", "decembre", "okto"):
        assert month_number(word) is None, word
    # the letterhead reader alone takes a short word that starts like a month ("febr", "janu")
    assert month_number("febr", prefix=True) == 2 and month_number("janu", prefix=True) == 1
    assert month_number("febru", prefix=True) is None
    assert parse_date("5 febr 2021") == "2021-02-05" and find_dates("5 febr 2021", None) == []


def test_date_forms() -> None:
    assert [d[2:] for d in find_dates("den 1:a november och 2020-11-24, 3 mars", 2020)] == [
        ("2020-11-01", False), ("2020-11-24", True), ("2020-03-03", False)]
    assert find_dates("den 3 mars", None) == []          # no year known: no date
    assert find_dates("31 februari 2021 och 2020-13-45", None) == []  # no such days
    assert DATE_RE.search("5 sept. 2021")["m"] == "sept."  # type: ignore[index]
    assert parse_date("1a januari 2026") == "2026-01-01" == metadata_parse_date("den 1:a januari 2026")
    assert format_date("2025") == "2025" and format_date(None) == "" and format_date("2020-13-01") == "2020-13-01"
