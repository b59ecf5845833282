"""Query expansion from staff-edited word lists: everyday words → the documents' words
(`search/everyday_words.tsv`) and English → Swedish (`search/english_glossary.tsv`).

Both lists have the same line format, `left = right, right, ...` with `#` comments. The engine adds the
right-hand words to BM25 (and, for English, to linking) with a lower weight than the query's own words;
the dense signal keeps reading the query as typed (the embedder is multilingual).

Language: a query is English when more of its words are English (glossary words, function words
included) than Swedish (the corpus vocabulary, Swedish stop words) — vocabulary coverage, not a model,
so it costs a few set look-ups. Words in both lists ("status", "plan", "team") count for neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from search.analysis import STOPWORDS, Analyzer

EVERYDAY_PATH = Path(__file__).with_name("everyday_words.tsv")
GLOSSARY_PATH = Path(__file__).with_name("english_glossary.tsv")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
MAX_PHRASE = 3


def read_word_list(path: Path) -> dict[tuple[str, ...], str]:
    """`left = right` lines → {left words (lower case): right text}; `#` lines and blanks skipped."""
    out: dict[tuple[str, ...], str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not line:
            continue
        if "=" not in line:
            raise ValueError(f"{path.name}:{n}: raden saknar '=': {line!r}")
        left, right = (x.strip() for x in line.split("=", 1))
        key = tuple(w.lower() for w in _WORD.findall(left))
        if key:
            prev = out.get(key)
            out[key] = f"{prev}, {right}" if prev and right else (right or prev or "")
    return out


@dataclass(frozen=True)
class Expansion:
    english: bool
    translation: str   # Swedish words for the English ones ("" when the query is Swedish)
    synonyms: str      # the documents' words for everyday words in the query
    covered: tuple[str, ...] = ()  # query words the corpus lacks that the everyday list expanded


def _singular(w: str) -> list[str]:
    out = [w]
    if w.endswith("ies") and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("es") and len(w) > 4:
        out.append(w[:-2])
    if w.endswith("s") and len(w) > 3:
        out.append(w[:-1])
    return out


class QueryExpander:
    def __init__(self, analyzer: Analyzer, everyday: dict[tuple[str, ...], str],
                 glossary: dict[tuple[str, ...], str]) -> None:
        self.analyzer = analyzer
        # everyday keys are compared by stem, so inflections need not be listed
        self.everyday: dict[tuple[str, ...], str] = {}
        for k, v in everyday.items():   # two left sides with one stem ("möte", "möten") pool their words
            key = tuple(analyzer.stem(w) for w in k)
            prev = self.everyday.get(key)
            self.everyday[key] = ", ".join(dict.fromkeys(
                t.strip() for t in f"{prev}, {v}".split(",") if t.strip())) if prev else v
        self.glossary = glossary
        self.english_words = frozenset(w for k in glossary for w in k)

    @classmethod
    def load(cls, analyzer: Analyzer, everyday: Path = EVERYDAY_PATH, glossary: Path = GLOSSARY_PATH
             ) -> QueryExpander:
        return cls(analyzer, read_word_list(everyday), read_word_list(glossary))

    def _is_english_word(self, w: str) -> bool:
        return any(s in self.english_words for s in _singular(w))

    def _is_swedish_word(self, w: str) -> bool:
        a = self.analyzer
        return w in STOPWORDS or w in a.vocabulary or (len(w) > 3 and a.stem(w) in a.stems)

    def is_english(self, words: list[str]) -> bool:
        en = sum(1 for w in words if self._is_english_word(w) and not self._is_swedish_word(w))
        sv = sum(1 for w in words if self._is_swedish_word(w) and not self._is_english_word(w))
        return en > sv and (en >= 2 or sv == 0)

    @staticmethod
    def _phrases(words: list[str], table: dict[tuple[str, ...], str],
                 norm: dict[int, list[str]], used: list[int] | None = None) -> list[str]:
        """Right-hand texts of the longest left-hand phrases found in `words`, left to right;
        `norm[i]`: the forms word i may match as; `used` collects the indices of matched words."""
        out, i = [], 0
        while i < len(words):
            for n in range(min(MAX_PHRASE, len(words) - i), 0, -1):
                hit = next((table[key] for key in _variants([norm[j] for j in range(i, i + n)]) if key in table),
                           None)
                if hit is not None:
                    if hit:
                        out.append(hit)
                        if used is not None:
                            used.extend(range(i, i + n))
                    i += n
                    break
            else:
                i += 1
        return out

    def expand(self, text: str) -> Expansion:
        words = [w.lower() for w in _WORD.findall(text)]
        english = self.is_english(words)
        translation = ""
        if english:
            translation = ", ".join(self._phrases(words, self.glossary, {i: _singular(w)
                                                                          for i, w in enumerate(words)}))
        stems = {i: [self.analyzer.stem(w)] for i, w in enumerate(words)}
        used: list[int] = []
        synonyms = ", ".join(self._phrases(words, self.everyday, stems, used)) if not english else ""
        covered = tuple(words[i] for i in used if not self._is_swedish_word(words[i]))
        return Expansion(english, translation, synonyms, covered)


def _variants(forms: list[list[str]]) -> list[tuple[str, ...]]:
    """Every key made of one form per word (few: ≤ 3 words × ≤ 3 forms)."""
    keys: list[tuple[str, ...]] = [()]
    for f in forms:
        keys = [(*k, x) for k in keys for x in f]
    return keys
