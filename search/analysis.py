"""Swedish text analysis for BM25 and highlighting.

Lower-cases, splits hyphenated forms while keeping the whole ("SMO-piloten" → smo, pilot,
smo-pilot, smopilot), drops genitive/definite suffixes written after a colon ("SPOT:s" → spot),
rejoins words hyphenated across a line break ("sjukvårds-\\nnämndens"), removes Swedish function
words and question words, stems with Snowball Swedish (PyStemmer), and splits compounds against the
corpus vocabulary ("trombektomiverksamheten" → trombektomi + verksamhet, "vårdplatssituationen" →
vårdplats + situation), so a query for a part finds the compound and vice versa.

The word scanner (`words(chains=True)`), folding and the stemmer are `graph/analysis.py`'s, shared with the
thesaurus matcher; what is BM25's own is here: stop words, the final -s rule of `Analyzer.stem`, hyphen
and dot parts, decompounding.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

from graph.analysis import fold, stem, words

ANALYZER_VERSION = "sv-2"

# Snowball's Swedish stop list plus question and filler words that carry no topic.
STOPWORDS = frozenset(re.findall(r"\S+", """
och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du
henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp
vi dem vara vad över än dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna
själv detta åt utan varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma vilken
er sådan vår blivit dess inom mellan sådant varför varje vilka ditt vem vilket sitta sådana vart
dina vars vårt våra ert era vilkas
vems vilkets går gick finns fanns handlar händer hände hänt gäller gällde beslutade sker skett ske
också samt bl.a t.ex m.m s.k d.v.s dvs etc ska skall kommer får fått göra gör gjort gjorde många mer mest
"""))
# Not stop words although frequent: "mitt" is part of the product name "Mitt vaccin" only when
# capitalised; the list keeps it (function word), the thesaurus links the name.

_LINEBREAK_HYPHEN = re.compile(r"-[ \t]*\n[ \t]*(?=[a-zåäö])")
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    surface: str
    terms: tuple[str, ...]


class Analyzer:
    """Analysis shared by the index and the queries. `vocabulary` (lower-case surface words of the
    corpus) drives decompounding; it is fitted on the corpus and stored with the index."""

    min_part = 4        # shortest compound part
    min_compound = 9    # shortest word tried as a compound
    max_compound = 40   # longest word tried: splitting is quadratic (exponential with many known
                        # prefixes), and a 1000-letter "word" in a query is no compound

    def __init__(self, vocabulary: Iterable[str] = ()) -> None:
        self._stem_cache: dict[str, str] = {}
        self._terms_cache: dict[str, tuple[str, ...]] = {}
        self._tokens_cache: OrderedDict[str, tuple[Token, ...]] | None = None  # see cache_tokens()
        self._tokens_cache_size = 0
        self._tokens_lock = threading.Lock()
        self.vocabulary = frozenset(vocabulary)
        self.stems = frozenset(self.stem(w) for w in self.vocabulary)

    @classmethod
    def fit(cls, texts: Iterable[str]) -> Analyzer:
        vocab: set[str] = set()
        for t in texts:
            for m in re.finditer(r"[^\W\d_]{4,}", t.lower()):
                vocab.add(m.group(0))
        return cls(vocab)

    def stem(self, word: str) -> str:
        s = self._stem_cache.get(word)
        if s is None:
            s = stem(word)
            # Snowball strips a final -s after some consonants only in the bare form
            # ("vårdplats" → vårdplat, but "vårdplatser" → vårdplats): drop it on both sides
            if len(s) > 5 and s.endswith("s") and not s.endswith("ss"):
                s = s[:-1]
            if len(self._stem_cache) < 500_000:  # bounded: a server stems every word it highlights
                self._stem_cache[word] = s
        return s

    # -- compounds -------------------------------------------------------------------------------
    def _known(self, part: str) -> bool:
        return part in self.vocabulary or self.stem(part) in self.stems

    def split_compound(self, word: str) -> list[str]:
        """Parts of `word` found in the vocabulary (modifier(s) first, head last), or []."""
        n = len(word)
        if n < self.min_compound or n > self.max_compound or not word.isalpha():
            return []
        best: list[str] = []
        for i in range(n - self.min_part, self.min_part - 1, -1):  # longest modifier first
            left, right = word[:i], word[i:]
            if left in self.vocabulary or left in self.stems:
                mod = left
            elif left.endswith("s") and (left[:-1] in self.vocabulary or left[:-1] in self.stems) \
                    and len(left) - 1 >= self.min_part:
                mod = left[:-1]  # fogemorfem: verksamhet-s-plan
            else:
                continue
            if self._known(right):
                return [mod, right]
            rest = self.split_compound(right)
            if rest and not best:
                best = [mod, *rest]
        if not best:
            # a long known modifier before an unknown head ("vårdplats|situationen" in a corpus that
            # never writes "situation" alone): keep the modifier, it carries the topic
            for i in range(n - 5, 5, -1):
                left = word[:i]
                mod = left if (left in self.vocabulary or left in self.stems) else (
                    left[:-1] if left.endswith("s") and (left[:-1] in self.vocabulary or left[:-1] in self.stems)
                    else "")
                if len(mod) >= 6:
                    return [mod]
        return best

    # -- terms -----------------------------------------------------------------------------------
    def word_terms(self, word: str) -> tuple[str, ...]:
        """Index terms of one lower-cased token (may be hyphenated)."""
        cached = self._terms_cache.get(word)
        if cached is not None:
            return cached
        out: list[str] = []
        if word in STOPWORDS:
            pass
        elif "." in word and "-" not in word and word.replace(".", "").isdigit():
            out.append(word)  # section numbers: 3.1.2
            out.extend(p for p in word.split(".") if p)
        elif "-" in word or "." in word:
            parts = [p for p in re.split(r"[-.]", word) if p]
            for p in parts:
                if p not in STOPWORDS:
                    out.extend(self._simple(p))
            joined = "".join(parts)
            if len(parts) > 1 and "-" in word:
                out.append(self.stem("-".join(parts)))
                out.append(self.stem(joined))
        elif word not in STOPWORDS:
            out.extend(self._simple(word))
        res = tuple(dict.fromkeys(t for t in out if t and (len(t) > 1 or t.isdigit())))
        if len(self._terms_cache) < 500_000:
            self._terms_cache[word] = res
        return res

    def _simple(self, w: str) -> list[str]:
        terms = [self.stem(w)]
        if w not in self.vocabulary or len(w) >= self.min_compound:
            for part in self.split_compound(w):
                if part not in STOPWORDS:
                    terms.append(part if part in self.stems else self.stem(part))
        return terms

    def cache_tokens(self, size: int) -> None:
        """Keep the tokens of the last `size` texts analysed (LRU). A service highlights and scores the
        same passages and sentences again and again, and their analysis was most of a query's own cost
        after the embedding (bench/latency.py). Off by default: a build analyses each passage once."""
        with self._tokens_lock:
            self._tokens_cache = OrderedDict() if size > 0 else None
            self._tokens_cache_size = size

    def tokens(self, text: str) -> list[Token]:
        cache = self._tokens_cache
        if cache is None:
            return self._tokens(text)
        with self._tokens_lock:
            hit = cache.get(text)
            if hit is not None:
                cache.move_to_end(text)
        if hit is not None:
            return list(hit)  # a new list: callers may change theirs
        out = self._tokens(text)
        with self._tokens_lock:
            cache[text] = tuple(out)
            if len(cache) > self._tokens_cache_size:
                cache.popitem(last=False)
        return out

    def _tokens(self, text: str) -> list[Token]:
        out: list[Token] = []
        for m in words(text, chains=True):
            surface = m.group(0)
            word = fold(surface)  # SPOT:s, SMO:n → spot, smo
            if "\n" in word:
                word = _LINEBREAK_HYPHEN.sub("", word)
                word = _WS.sub("", word)
            word = word.strip("._-")
            if not word:
                continue
            terms = self.word_terms(word)
            if terms:
                out.append(Token(m.start(), m.end(), surface, terms))
        return out

    def analyze(self, text: str) -> list[str]:
        """The bag of index terms of `text`, in order (repeats kept: term frequency counts)."""
        return [t for tok in self.tokens(text) for t in tok.terms]

    def query_terms(self, text: str) -> list[str]:
        """Distinct terms of a query, in order."""
        return list(dict.fromkeys(self.analyze(text)))
