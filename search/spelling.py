"""Query spelling: typo- and diacritic-tolerant matching against the corpus vocabulary.

A query word the corpus does not know ("sjukvardsradgivning", "psyktiatri", "trombektomin" is known)
is replaced by the corpus word it most likely meant:
1. the same word with å/ä/ö restored: both sides are compared folded (å, ä → a, ö → o, é → e), so a
   query typed without Swedish letters finds the documents' spelling;
2. else the closest folded vocabulary word within an edit distance that grows with the word's length
   (1 from 5 letters, 2 from 9), ties broken by how many passages use the word.

What is left alone: words the corpus knows (also as an inflection or a compound of known parts),
stop words, edits in short words (< 5 letters: too many neighbours; only their å/ä/ö are restored),
numbers, acronyms and other words with capitals inside ("SPOT", "ViSam", "IVO:s": case-sensitive
names, not typos), and words a caller says are of another language (the English glossary's). Known
words cost two set look-ups, so an ordinary query pays microseconds; only an unknown word is compared
with the vocabulary (rapidfuzz, bucketed by length).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from search.analysis import STOPWORDS, Analyzer

_FOLD = str.maketrans("åäöéèüÅÄÖÉÈÜ", "aaoeeuaaoeeu")
_WORD = re.compile(r"[^\W\d_]+")


def fold_diacritics(word: str) -> str:
    """Lower case without Swedish diacritics: "Sjukvårdsrådgivning" → "sjukvardsradgivning"."""
    return word.lower().translate(_FOLD)


def max_distance(n: int) -> int:
    """Edits allowed for a word of `n` letters (after folding)."""
    return 0 if n < 5 else 1 if n < 9 else 2


@dataclass(frozen=True)
class Correction:
    start: int
    end: int
    original: str
    corrected: str


class SpellingCorrector:
    """Built once per index from the analyzer's vocabulary (lower-case corpus words of ≥ 4 letters)."""

    def __init__(self, analyzer: Analyzer, doc_freq: dict[str, int] | None = None) -> None:
        self.analyzer = analyzer
        self.vocabulary = analyzer.vocabulary
        df = doc_freq or {}
        # folded form → the corpus spelling used in most passages (by its stem's document frequency).
        # BM25 terms (stems and compound parts: "screening" of "cervixscreening") are candidates too,
        # below any surface word of the same folding.
        best: dict[str, tuple[int, int, str]] = {}
        for w in self.vocabulary:
            f = fold_diacritics(w)
            key = (1, df.get(analyzer.stem(w), 0), w)
            if f not in best or key > best[f]:
                best[f] = key
        for t, n in df.items():  # short terms too ("lön"): only their å/ä/ö are restored, never edits
            if len(t) >= 3 and t.isalpha():
                f = fold_diacritics(t)
                if f not in best:
                    best[f] = (0, n, t)
        # short function words typed without å/ä/ö ("pa", "nar", "for"): restored for the suggestion
        self.short = {fold_diacritics(w): w for w in STOPWORDS if fold_diacritics(w) != w}
        self.folded = {f: w for f, (_k, _s, w) in best.items()}
        self.freq = {f: s for f, (_k, s, _w) in best.items()}
        self.surface = {f for f, (k, _s, _w) in best.items() if k}
        self.by_length: dict[int, list[str]] = {}
        for f in sorted(self.folded):
            self.by_length.setdefault(len(f), []).append(f)

    @classmethod
    def for_bm25(cls, analyzer: Analyzer, retriever: Any) -> SpellingCorrector:
        """With document frequencies read from a bm25s index (CSC: column = term)."""
        df: dict[str, int] = {}
        try:
            indptr = np.asarray(retriever.scores["indptr"])
            counts = np.diff(indptr)
            df = {t: int(counts[i]) for t, i in retriever.vocab_dict.items()
                  if i < len(counts)}
        except (AttributeError, KeyError, TypeError):
            pass  # no frequencies: ties are broken alphabetically
        return cls(analyzer, df)

    def known(self, lw: str) -> bool:
        a = self.analyzer
        if lw in self.vocabulary or lw in STOPWORDS or a.stem(lw) in a.stems:
            return True
        parts = a.split_compound(lw)
        return len(parts) > 1 and sum(map(len, parts)) >= len(lw) - 1  # every part known (+ fogemorfem)

    def correct_word(self, word: str) -> str | None:
        """The corpus word `word` (lower case) stands for, or None when it is known or unmatched."""
        if self.known(word):
            return None
        f = fold_diacritics(word)
        hit = self.folded.get(f)
        if hit is not None:
            return hit if hit != word else None
        d = max_distance(len(f))
        if d == 0:
            return None
        best: tuple[int, int, int, str] | None = None   # (distance, stem?, -frequency, folded word)
        for n in range(len(f) - d, len(f) + d + 1):
            cands = self.by_length.get(n)
            if not cands:
                continue
            for cand, dist, _i in process.extract(f, cands, scorer=Levenshtein.distance, score_cutoff=d,
                                                  limit=8):
                key = (int(dist), cand not in self.surface, -self.freq.get(cand, 0), cand)
                if best is None or key < best:
                    best = key
        return self.folded[best[3]] if best is not None else None

    def correct(self, text: str, foreign: Collection[str] = ()) -> tuple[str, list[Correction]]:
        """`text` with unknown words replaced, and what was replaced. `foreign`: lower-case words to
        leave alone (another language's)."""
        fixes: list[Correction] = []
        for m in _WORD.finditer(text):
            w = m.group(0)
            if any(c.isupper() for c in w[1:]) or text[m.end():m.end() + 1] == ":":
                continue  # an acronym or a name with capitals ("SPOT", "ViSam", "IVO:s"): case-sensitive
            lw = w.lower()
            if lw in foreign or lw in STOPWORDS:
                continue
            r = self.short.get(lw) if lw not in self.vocabulary else None
            if r is None and len(w) >= 5:
                r = self.correct_word(lw)
            elif r is None and len(w) >= 3 and not self.known(lw):
                r = self.folded.get(fold_diacritics(lw))  # "lon" → "lön": a short word, diacritics only
                r = None if r == lw else r
            if r is not None:
                fixes.append(Correction(m.start(), m.end(), w, r[0].upper() + r[1:] if w[0].isupper() else r))
        if not fixes:
            return text, []
        out, pos = [], 0
        for fx in fixes:
            out += [text[pos:fx.start], fx.corrected]
            pos = fx.end
        out.append(text[pos:])
        return "".join(out), fixes
