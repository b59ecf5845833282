"""Label normalisation and matching tiers: how a typed query is compared with one label.

Both sides are normalised (`normalise_label`: case-folded, punctuation → space, diacritics kept) and
ASCII-folded for the fallback (`fold_label`: å/ä→a, ö→o). `match_tier` gives the non-fuzzy tier:
exact (100) > prefix (80) > word-prefix (60: every query word starts a word of the label, in any order)
> substring (45, queries of 3+ characters); `fuzzy_score` the fuzzy one (20–40, difflib ratio ≥ 0.75).
The ranking across labels and entities is `LabelIndex.search` (graph/labels.py).
"""

from __future__ import annotations

import difflib
import re
import unicodedata

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "æ": "a", "ø": "o"})
_NON_WORD = re.compile(r"[^\w]+")

TIER = {"exact": 100.0, "prefix": 80.0, "word-prefix": 60.0, "substring": 45.0}


def normalise_label(text: str) -> str:
    """Case-folded, punctuation → space, whitespace collapsed; diacritics kept ("Hälso- och" → "hälso och")."""
    s = unicodedata.normalize("NFC", text).casefold()
    return _NON_WORD.sub(" ", s).replace("_", " ").strip()


def fold_label(norm: str) -> str:
    """ASCII fold of a normalised label (å/ä→a, ö→o, other accents dropped)."""
    s = norm.translate(_FOLD)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def match_tier(q: str, qwords: list[str], norm: str, words: tuple[str, ...]) -> tuple[str, float] | None:
    """Non-fuzzy tier of `q` against one label, or None."""
    if norm == q:
        return "exact", TIER["exact"]
    if norm.startswith(q):
        return "prefix", TIER["prefix"]
    if qwords and all(any(w.startswith(qw) for w in words) for qw in qwords):
        return "word-prefix", TIER["word-prefix"]
    if len(q) >= 3 and q in norm:
        return "substring", TIER["substring"]
    return None


def fuzzy_score(q: str, norm: str, words: tuple[str, ...]) -> float:
    """Fuzzy score (0 = no match) of `q` against the whole label (full weight), or against its first
    words / one of its words (5 points less): 20 + 80·(ratio − 0.75) for difflib ratios ≥ 0.75."""
    whole = {norm}
    parts = {norm[:len(q) + 1], " ".join(words[:len(q.split())])}
    if " " not in q:
        parts.update(words)
    best = 0.0
    for cands, penalty in ((whole, 0.0), (parts - whole, 5.0)):
        for c in cands:
            if not c or abs(len(c) - len(q)) > max(3, len(q) // 2):
                continue
            sm = difflib.SequenceMatcher(None, q, c)
            if sm.real_quick_ratio() < 0.75 or sm.quick_ratio() < 0.75:
                continue
            r = sm.ratio()
            if r >= 0.75:
                best = max(best, 20.0 + 80.0 * (r - 0.75) - penalty)
    return best


__all__ = ["TIER", "fold_label", "fuzzy_score", "match_tier", "normalise_label"]
