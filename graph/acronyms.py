"""Acronyms defined in running text: candidate thesaurus concepts for review (`styrgraf check`).

Three defining patterns are recognised, each checked by an initials test (the acronym's letters
must occur, in order, in the expansion, and the expansion must start with the acronym's first
letter), so parenthesised asides such as "(Mentimeter)" or party labels are not taken:

* "Samordnat medicinskt omhändertagande (SMO)"   – expansion, then the acronym in parentheses
* "BEON (bästa effektiva omhändertagandenivå)"   – acronym, then the expansion in parentheses
* "barn- och ungdomspsykiatrin, BUP."             – expansion, comma, acronym
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.thesaurus import Thesaurus

_ACR = r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö0-9]{1,9}"
# "(SMO)", "(HS-nämnd)" (the suffix after a hyphen is not part of the acronym)
_PAREN_ACR = re.compile(rf"\((?P<acr>{_ACR})(?:-[a-zåäö]+)?\)")
_ACR_PAREN = re.compile(rf"(?<![\w-])(?P<acr>{_ACR})\s*\((?P<exp>[^()\n]{{4,120}})\)")
# the acronym must end the clause: "..., BUP." but not "..., AI för att ..."
_COMMA_ACR = re.compile(rf",\s+(?P<acr>{_ACR})(?=[.,;:)]|[ \t]*(?:\n|$))")
_WORD = re.compile(r"[^\W_]+")
_BOUNDARY = re.compile(r"[.;:!?()\[\]”\"•]|\n\s*\n")
# Swedish party abbreviations after names ("Ewa Sundkvist (KD)") and Roman numerals are not concepts.
_NOT_ACRONYMS = frozenset({"KD", "MP", "SD", "RS", "II", "III", "IV", "VI"})
_FUNCTION_WORDS = frozenset({"och", "i", "för", "med", "av", "på", "om", "till", "samt", "den", "det", "en", "ett"})


@dataclass(frozen=True)
class Candidate:
    acronym: str
    expansion: str
    start: int   # span of the whole definition ("expansion (ACR)") in the text
    end: int


def _is_acronym(token: str) -> bool:
    return (sum(ch.isupper() for ch in token) >= 2 and token not in _NOT_ACRONYMS
            and not re.fullmatch(r"[IVXLC]+", token))


def _initials_match(acr: str, words: list[str]) -> bool:
    """First word starts with the acronym's first letter; all its letters occur in order."""
    if not words or words[0][0].lower() != acr[0].lower() or words[0].lower() in _FUNCTION_WORDS:
        return False
    letters = [ch for ch in acr.lower() if ch.isalpha()]
    haystack = " ".join(words).lower()
    pos = 0
    for ch in letters:
        pos = haystack.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _clean(s: str) -> str:
    s = re.sub(r"(\w)-\s*\n\s*(?=[a-zåäö])(?!och\b|eller\b|samt\b)", r"\1", s)  # line-break hyphenation
    return re.sub(r"\s+", " ", s).strip()


def _expansion_before(text: str, end: int, acr: str, min_words: int = 1) -> int | None:
    """Start offset of the shortest word run ending at `end` whose initials spell `acr`."""
    window_start = max(0, end - 240)
    window = text[window_start:end]
    cut = max((m.end() for m in _BOUNDARY.finditer(window)), default=0)
    words = list(_WORD.finditer(window, cut))
    max_k = min(len(words), len(acr) + 6, 12)
    for k in range(min_words, max_k + 1):
        run = words[-k:]
        if _initials_match(acr, [w.group() for w in run]):
            return window_start + run[0].start()
    return None


def candidate_acronyms(text: str) -> list[Candidate]:
    """Acronym definitions in `text`, in text order (an acronym may occur more than once)."""
    found: list[Candidate] = []
    for m in _PAREN_ACR.finditer(text):
        acr = m.group("acr")
        if not _is_acronym(acr):
            continue
        start = _expansion_before(text, m.start(), acr)
        if start is not None:
            found.append(Candidate(acr, _clean(text[start:m.start()]), start, m.end()))
    for m in _ACR_PAREN.finditer(text):
        acr, exp = m.group("acr"), m.group("exp")
        words = _WORD.findall(exp)
        if _is_acronym(acr) and len(words) >= 2 and _initials_match(acr, words):
            found.append(Candidate(acr, _clean(exp), m.start(), m.end()))
    for m in _COMMA_ACR.finditer(text):
        acr = m.group("acr")
        if not _is_acronym(acr):
            continue
        start = _expansion_before(text, m.start(), acr, min_words=2)
        if start is not None:
            found.append(Candidate(acr, _clean(text[start:m.start()]), start, m.end()))
    found.sort(key=lambda c: (c.start, c.end))
    return found


def unknown_candidates(text: str, thesaurus: Thesaurus) -> list[Candidate]:
    """Candidates whose acronym and expansion are both unknown to the thesaurus (first of each)."""
    seen: set[str] = set()
    out: list[Candidate] = []
    for c in candidate_acronyms(text):
        if c.acronym in seen:
            continue
        seen.add(c.acronym)
        if thesaurus.by_label(c.acronym) is None and thesaurus.by_label(c.expansion) is None:
            out.append(c)
    return out


__all__ = ["Candidate", "candidate_acronyms", "unknown_candidates"]
