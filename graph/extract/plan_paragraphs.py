"""Tests on single paragraphs of a plan or report, shared by the block reader (graph/extract/structure.py)
and the goal extractor (graph/extract/goals.py): is a paragraph heading-like, a list label, a field line, an
indicator's value, or a goal heading with its indicator label a few paragraphs below?"""

from __future__ import annotations

import re
from itertools import pairwise

from graph.extract.headings import heading_words
from graph.extract.text import BULLETS

#: the labels over a goal's lists of indicators and of activities (heading_words.tsv)
INDICATOR_LIST = "(?:" + "|".join(heading_words()["indicator-list"]) + ")"
ACTIVITY_LIST = "(?:" + "|".join(heading_words()["activity-list"]) + ")"
#: a line linking a goal to another level's goal ("Bidrar till KF-mål 1"): part of the goal above it
GOAL_REFERENCE = re.compile(r"^(?:" + "|".join(heading_words()["goal-reference"]) + r")\b", re.IGNORECASE)
#: the words a goal's heading starts with ("Mål", "Nämndmål", "Strategiskt mål"; heading_words.tsv)
GOAL_WORDS = "|".join(heading_words()["goal"])

# an indicator written as a line with its target in parentheses: "Andel … (målvärde 2025: 85 %): 81 %",
# "- Sjukfrånvaro: 8,9 % → 7,7 % (mål högst 7,0 %)" (a "Kommentar: …" line has no target in parentheses)
VALUE_LINE = re.compile(r"(?m)^(?:[-–•]\s*)?(?P<t>[A-ZÅÄÖ][^\n]{3,250}?"
                        r"\((?:mål|målvärde)\b[^)\n]*\)[^\n]*)$", re.IGNORECASE)
# a key-figure report's outline: a goal numbered "1" (or "1.") over its indicators numbered "1.1", "1.2", …, each
# with its values on the line ("1.1 | Andel boende som känner sig trygga | 86 % | 88 % | ≥ 90 % | Uppnått", a
# table drawn with spaces read as a line): the goal's title line, its first indicator right under it
OUTLINE_GOAL = re.compile(r"^(?P<n>\d{1,2})\.?[ \t]+(?P<t>[A-ZÅÄÖ][^\n|]{0,200}?)[ \t]*\n(?P=n)\.1\b[^\n]*\d")
#: an outline's indicator line: its number, then the name up to its first cell or value
_VALUE = r"[–−+≥≤<>]?[ \t]?\d{{1,3}}(?: \d{{3}})*(?:[,.]\d+)?"   # (doubled braces: a str.format template)
OUTLINE_ITEM = (r"(?m)^{n}\.\d{{1,2}}\.?[ \t]*\|?[ \t]*(?P<t>[A-ZÅÄÖ][^|\n]*?[^\s|])(?=[ \t]*\||[ \t]*$|"
                # (a value, then the next: "16 15 14", "88,2 % 88,9 %"; "1 000 |" is one value)
                rf"[ \t]+{_VALUE}(?! \d{{{{3}}}}[ \t]*\|)(?:[ \t]*%)?[ \t]+[–−+≥≤<>]?[ \t]?\d)")
# a label line that only introduces the list under it, also with the plan's year ("Aktiviteter 2026")
LIST_LABEL = re.compile(rf"^(?:{INDICATOR_LIST}|{ACTIVITY_LIST})(?:\s+(?:för\s+)?20\d\d)?\s*:?\s*$",
                        re.IGNORECASE)
# a field line under a heading ("Bedömning: Delvis uppfyllt", "Ansvarig: …"): no heading of its own
FIELD_LINE = re.compile(r"^[A-ZÅÄÖ][\w -]{1,30}:\s+\S")
_GOAL_ROW = re.compile(rf"^(?:{GOAL_WORDS})\s+\d", re.IGNORECASE)
_INDICATOR_TABLE = re.compile(rf"^(?:{INDICATOR_LIST}|indikator)\s*\|", re.IGNORECASE)
#: a badge under a goal's heading ("Delvis uppfyllt") is at most this many words
BADGE_WORDS = 3
#: an unnumbered goal heading's indicator label stands within this many paragraphs below it
GOAL_LABEL_WITHIN = 4

def heading_like(para: str) -> bool:
    lines = para.split("\n")
    if len(lines) > 2 or len(para) > 160 or para[0] in BULLETS:
        return False
    if para.rstrip().endswith((".", ":", ";", ",")) or para.isupper():
        return False
    low = para.lower()
    if low.startswith(("indikatorer", "perspektiv", "mål:", "strategier", "arbetssätt")) or "uppdrag" in low[:0]:
        return False
    if "får i uppdrag" in low or re.match(r"^\d", para) or VALUE_LINE.match(para):
        return False   # (an indicator line with its target is no heading either)
    return para[0].isupper()


# a paragraph that is an indicator's value: a number or share ("89 %"), or a labelled value ("Målvärde 2025:
# 88 %", "2024: 86 %")
VALUE_PARA = re.compile(r"^(?:[-+−–]?\d[\d\s,.]*\s*(?:%|st|kr|tkr|mnkr|dagar|procent)?|"
                        r"(?:[A-ZÅÄÖ][\w -]{1,30}|(?:19|20)\d\d):\s+\S[^\n]*)$")


#: a note between an indicator's name and its values ("Mäts vid årets slut") is at most this many words
VALUE_NOTE_WORDS = 6


def value_follows(s: str, pos: int) -> bool:
    """Is the paragraph after `pos` an indicator's value (`VALUE_PARA`), or the one after a short note?"""
    paras = [p.strip() for p in re.split(r"\n\s*\n", s[pos:pos + 400].lstrip("\n"))[:2]]
    if paras and VALUE_PARA.match(paras[0]):
        return True
    return len(paras) == 2 and "\n" not in paras[0] and len(paras[0].split()) <= VALUE_NOTE_WORDS \
        and bool(VALUE_PARA.match(paras[1]))


def has_lists(text: str) -> bool:
    """Does `text` (a goal's block so far) hold a list label line or a table row?"""
    return any(LIST_LABEL.match(ln) or " | " in ln for ln in text.split("\n"))


def fields_of_item(para: str) -> bool:
    """A paragraph of field lines ("Bedömning: Delvis uppfyllt"), or a name over field lines (an HTML <dt>
    and its <dd>: "Sjukfrånvaro" / "Utfall 2025: 7,6 % · Målvärde 2025: högst 7,0 %")."""
    lines = para.split("\n")
    return len(lines) <= 3 and all(FIELD_LINE.match(ln) for ln in lines[1:] or lines)


def over_indicators(s: str, pos: int) -> bool:
    """Does an indicator label ("Indikatorer", "Mätetal") stand in one of the few paragraphs after `pos`,
    before the next heading? (An assessment "Bedömning: …" and a comment may come between.)"""
    for k, m in enumerate(re.finditer(r"[^\n](?:[^\n]|\n(?!\n))*", s[pos:pos + 2000])):
        para = m.group()
        if k >= GOAL_LABEL_WITHIN:
            return False
        if LIST_LABEL.match(para.split("\n", 1)[0]):
            return not re.match(ACTIVITY_LIST, para, re.IGNORECASE)
        lines = para.split("\n")
        if (k2 := next((i for i, ln in enumerate(lines) if _INDICATOR_TABLE.match(ln)), None)) is not None:
            # an indicator table's header ("Nyckeltal | 2024 | 2025 | Mål 2025"), also under an analysis; one
            # whose rows name goals of their own ("Mål 1: …" under the header) is no goal's table
            return not (k2 + 1 < len(lines) and _GOAL_ROW.match(lines[k2 + 1]))
        if GOAL_REFERENCE.match(para):
            continue   # "Bidrar till KF-mål 1" between the goal's title and its indicators
        if k == 0 and len(para.split()) <= BADGE_WORDS and ":" not in para:
            continue   # an assessment badge right under the heading ("Delvis uppfyllt")
        if heading_like(para) and not FIELD_LINE.match(para):
            return False
    return False


#: a chapter heading whose number stands without a dot ("3 Uppdrag från kommunfullmäktige", as a PDF report
#: numbers its chapters): a short capitalised line
_BARE_CHAPTER = re.compile(r"^(?P<n>\d{1,2})\s+(?P<t>[A-ZÅÄÖ][^.\n|:]{2,70})$")
#: chapters are a series of at least this many
CHAPTERS_MIN = 3


def chapter_headings(s: str) -> set[int]:
    """The starts of undotted chapter headings ("1 Sammanfattning" … "4 Ekonomi"): lines whose numbers rise by
    one through the whole text, with text between any two of them (a numbered list's items, "1 Införa …"
    "2 Starta …", follow one another, and restart under each goal)."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", s)]
    found = [(k, a, int(h["n"])) for k, (a, line) in enumerate(lines) if (h := _BARE_CHAPTER.match(line))]
    numbers = [n for _k, _a, n in found]
    if len(found) < CHAPTERS_MIN or numbers != list(range(numbers[0], numbers[0] + len(found))):
        return set()
    if any(k2 - k1 < 2 for (k1, _a, _n), (k2, _b, _m) in pairwise(found)):
        return set()
    return {a for _k, a, _n in found}


__all__ = [
    "ACTIVITY_LIST", "BADGE_WORDS", "CHAPTERS_MIN", "FIELD_LINE", "GOAL_REFERENCE", "GOAL_WORDS",
    "INDICATOR_LIST", "LIST_LABEL", "OUTLINE_GOAL", "OUTLINE_ITEM", "VALUE_LINE", "VALUE_PARA",
    "chapter_headings", "fields_of_item",
    "has_lists", "heading_like", "over_indicators", "value_follows",
]
