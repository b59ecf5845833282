"""Slugs for ids and IRIs, one rule for the whole pipeline (document ids here, resource IRIs in graph/iri.py)."""

from __future__ import annotations

import re
import unicodedata

_TRANSLITERATE = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "æ": "a",
                                "ø": "o", "ß": "ss"})


def slugify(text: str, max_length: int = 80) -> str:
    """Lower-case ASCII slug: å/ä→a, ö→o, é→e, other accents dropped, non-alphanumerics → '-'.

    >>> slugify("Beredning för nära vård")
    'beredning-for-nara-vard'
    >>> slugify("  Ber nr 1. ")
    'ber-nr-1'
    """
    s = text.lower().translate(_TRANSLITERATE)
    # accents drop with the combining marks NFKD splits off; any other non-ASCII character (an en dash in
    # "årskurs 7–9", a non-breaking space) separates words like ASCII punctuation does ("7-9", not "79")
    s = "".join(c if ord(c) < 128 or unicodedata.combining(c) else "-" for c in unicodedata.normalize("NFKD", s))
    s = s.encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if len(s) > max_length:  # cut at a word boundary
        cut = s[:max_length + 1]
        s = cut[:cut.rfind("-")] if "-" in cut else s[:max_length]
    return s.strip("-")
