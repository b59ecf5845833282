"""Swedish word analysis: how text is cut into words, folded and stemmed. Shared by the thesaurus
matcher (`graph/thesaurus.py`), the extractors' text clean-up and BM25 (`search/analysis.py`, which adds
stop words and compound splitting against the corpus vocabulary on top).

Two granularities, one scanner (`words(text, chains=...)`):
- `chains=False` (the thesaurus): bare words, an acronym's genitive/definite suffix after a colon kept on
  ("SPOT:s"). Hyphens separate words; `tokenize` records them (`hyphen_before`: "SMO-piloten") and joins
  line-break hyphenation ("sjukvårds-\\nnämnden"), so that label and text give the same key sequence.
- `chains=True` (BM25): a hyphen or dot chain stays one token ("SMO-piloten", "3.1.2", "t.ex", also
  "sjukvårds-\\nnämnden" across a line break), so that the index can hold the parts and the whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

#: Words after "X- " that make the hyphen an elision ("hälso- och sjukvård"), not a broken-off word.
ELISION_WORDS = frozenset({"och", "eller", "samt", "respektive", "resp", "till", "som", "men", "utan"})

_WORD = re.compile(r"[^\W_]+(?::[a-zåäöé]+)?")
_CHAIN = re.compile(r"\w+(?:-[ \t]*\n[ \t]*\w+|-\w+|\.\w+)*(?::\w{1,3}\b)?")
_EXTRA_SUFFIX = re.compile(r"(an|en|et|n|a|e)$")
_DOUBLE = re.compile(r"([bdfgjklmnprstv])\1$")
# One Snowball Swedish stemmer (PyStemmer) for the process; PyStemmer keeps its own small cache.
_STEMMER = Stemmer.Stemmer("swedish")


def words(text: str, *, chains: bool = False) -> Iterator[re.Match[str]]:
    """The words of `text` as matches (offsets into `text`); `chains` see the module docstring."""
    return (_CHAIN if chains else _WORD).finditer(text)


def fold(surface: str) -> str:
    """Lower case, a suffix after a colon dropped: "SPOT:s" → "spot", "SMO:n" → "smo"."""
    return surface.lower().split(":", 1)[0]


def stem(word: str) -> str:
    """Snowball Swedish stem of a lower-case word."""
    return str(_STEMMER.stemWord(word))


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """The thesaurus' inflection-insensitive key of one word: the stem, plus a light extra step for
    definite forms Snowball leaves (basplattan/basplatta, psykiatrin/psykiatri, projektet/projekt)."""
    key = stem(word.lower())
    if len(key) > 4:
        stripped = _EXTRA_SUFFIX.sub("", key)
        if stripped != key:
            key = stem(stripped)
    return _DOUBLE.sub(r"\1", key)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str           # surface text with hyphenation remnants removed ("sjukvårds-\nnämnden" → joined)
    hyphen_before: bool  # directly preceded by "-" (compound continuation: SMO-piloten)

    @property
    def key(self) -> str:
        return word_key(fold(self.text))


def tokenize(text: str) -> list[Token]:
    """Words with offsets into `text`; joins "ord-\\n ord" hyphenation remnants into one token."""
    tokens: list[Token] = []
    for m in words(text):
        start, end, word = m.start(), m.end(), m.group()
        hyphen = start > 0 and text[start - 1] == "-"
        if tokens and hyphen is False and start >= 2:
            prev = tokens[-1]
            gap = text[prev.end:start]
            # "sjukvårds-\nnämnden", "hälso- främjande": hyphen, then whitespace, then a lower-case word
            if (re.fullmatch(r"-\s+", gap) and word[0].islower() and word not in ELISION_WORDS
                    and not prev.text.isupper()):
                tokens[-1] = Token(prev.start, end, prev.text + word, prev.hyphen_before)
                continue
        tokens.append(Token(start, end, word, hyphen))
    return tokens


__all__ = ["ELISION_WORDS", "Token", "fold", "stem", "tokenize", "word_key", "words"]
