"""Page furniture found by structure, not by one authority's patterns: running headers and footers,
page numbers and letterhead lines that a PDF (or a text copied from one) repeats on its pages.

Input is the reader's text split into pages (form feeds) and lines. Three general rules:

1. A line in the top or bottom band of a page (the first/last `BAND` non-blank lines) whose *shape*
   (lower case, digits masked, a page-number shape cut off) recurs in the bands of at least half of the
   pages (and of two pages at least) is furniture: "Region X PROTOKOLL", "Nämnden Sida 2 av 7".
2. A band line that is only a page-number shape ("Sida 3 av 7", "3 (7)", "- 3 -", "3/7", "3") is
   furniture; so is a band line with a page number glued to it ("Protokoll 1(5)") whose rest recurs
   on another page.
3. A recurring band line that stands in the pages' bodies at least as often as in their bands (and twice at
   least) is content: a list's label or a table's header that a page's edge happened to cut, not a running
   header (a title page may repeat it once in its body, an "Expedieras till" list name its organ); a label
   ("Insatser 2025:", ending in a colon: it introduces what follows, which a running header never does) once
   in a body is enough.
4. Nothing is furniture when that would leave no text at all (a multi-page PDF whose pages share one
   line is a document, not an empty file): then the first page keeps its lines.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

#: lines at the top and at the bottom of a page where headers, footers and page numbers sit
BAND = 3
#: a running header/footer stands on at least this share of the pages
MIN_PAGE_SHARE = 0.5
#: a band line standing this many times in the pages' bodies too (and as often as in bands) is content (rule 3)
BODY_REPEATS = 2

_NUM = r"\d{1,3}"
# Page-number shapes (lower-case line): "sida 3 av 7", "sid 3", "s. 3", "page 3 of 7", "3 (7)", "3(7)",
# "- 3 -", "3/7", "3 av 7", a lone "3".
PAGE_NUMBER = re.compile(
    rf"(?:sida|sid\.?|s\.|page)\s*{_NUM}(?:\s*(?:av|of|/)\s*{_NUM})?"
    rf"|{_NUM}\s*\(\s*{_NUM}\s*\)|[-–]\s*{_NUM}\s*[-–]|{_NUM}\s*(?:/|av)\s*{_NUM}|{_NUM}"
)
# glued to a header line only the explicit shapes count (a lone trailing number is content: "Ärende 3")
_GLUED = PAGE_NUMBER.pattern.rsplit("|", 1)[0]
# a page number in a column of its own (a PDF line read by position: "Nämnden | Sida 1 av 2") goes with its "|"
_TRAILING_NUMBER = re.compile(rf"^(?P<rest>.*?[^\s|])\s*(?:\|\s*)?(?:{_GLUED})$")
_LEADING_NUMBER = re.compile(rf"^(?:{_GLUED})\s*(?:\|\s*)?\s(?P<rest>[^\s|].*)$")


def is_page_number(line: str) -> bool:
    """Is the whole line a page number ("Sida 3 av 7", "3 (7)", "- 3 -")?"""
    return bool(PAGE_NUMBER.fullmatch(line.strip().lower()))


def strip_page_number(line: str) -> str:
    """The line without a page number glued to its end or start ("Protokoll 1 (5)" → "Protokoll")."""
    low = line.strip()
    m = _TRAILING_NUMBER.match(low.lower())
    if m and not re.search(r"\b(?:19|20)\d\d$", low):   # a year at the end is content ("Budget 2025")
        return low[: len(m["rest"])]
    m = _LEADING_NUMBER.match(low.lower())
    if m and not re.match(r"\d+\s+\S", low) and not re.match(r"\d", low):
        return low[len(low) - len(m["rest"]):]
    return low


def shape(line: str) -> str:
    """Comparison key of a furniture line: page number cut off, lower case, digits masked."""
    return re.sub(r"\d+", "#", strip_page_number(line).lower())


def _numbers(line: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", strip_page_number(line)))


def _counts_pages(found: list[tuple[int, tuple[int, ...]]]) -> bool:
    """Do the numbers of a recurring shape stay the same from page to page, or go up with the pages (a page
    counter)? "Nämndmål 3" and "Nämndmål 5" at the top of pages 3 and 4 are headings that happen to stand
    there, not a running header."""
    for (p, a), (q, b) in pairwise(found):
        if len(a) != len(b) or any(x != y and y - x != q - p for x, y in zip(a, b, strict=True)):
            return False
    return True


def _band(page: list[str]) -> list[int]:
    idx = [i for i, ln in enumerate(page) if ln.strip()]
    if len(idx) <= 2 * BAND:
        return idx
    return idx[:BAND] + idx[-BAND:]


def furniture_mask(pages: list[list[str]]) -> list[list[bool]]:
    """For each line of each page: True if it is page furniture (see module docstring)."""
    mask = [[False] * len(page) for page in pages]
    content_pages = [p for p in pages if any(ln.strip() for ln in p)]
    multi = len(content_pages) >= 2
    counts: Counter[str] = Counter()
    seen: dict[str, list[tuple[int, tuple[int, ...]]]] = {}
    for k, page in enumerate(pages):
        shapes = {shape(page[i]): _numbers(page[i]) for i in _band(page)}
        counts.update(shapes.keys())
        for sh, nums in shapes.items():
            seen.setdefault(sh, []).append((k, nums))
    body: Counter[str] = Counter()
    for page in pages:
        band = set(_band(page))
        body.update(shape(ln) for i, ln in enumerate(page) if ln.strip() and i not in band)
    need = max(2, int(MIN_PAGE_SHARE * len(content_pages) + 0.999))
    for page, pmask in zip(pages, mask, strict=True):
        for i in _band(page):
            line, sh = page[i], shape(page[i])
            in_body = body[sh] >= (1 if line.rstrip().endswith(":") else max(BODY_REPEATS, counts[sh]))
            repeated = counts[sh] >= need and _counts_pages(seen[sh]) and not in_body
            glued = strip_page_number(line) != line.strip() and counts[sh] >= 2
            pmask[i] = is_page_number(line) or (multi and (repeated or glued))
    if any(ln.strip() for page in pages for ln in page) and all(
        pmask[i] or not ln.strip() for page, pmask in zip(pages, mask, strict=True) for i, ln in enumerate(page)
    ):
        mask[0] = [False] * len(pages[0])   # rule 4: never clean a document down to nothing
    return mask


__all__ = ["BAND", "PAGE_NUMBER", "furniture_mask", "is_page_number", "shape", "strip_page_number"]
