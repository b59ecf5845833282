"""BM25 (bm25s) over the Swedish analyzer's terms."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import bm25s
import numpy as np

from search.analysis import ANALYZER_VERSION, Analyzer
from search.bm25_chunked import write_bm25_chunked


class BM25Index:
    def __init__(self, retriever: bm25s.BM25 | None, analyzer: Analyzer, n_docs: int) -> None:
        self.retriever = retriever
        self.analyzer = analyzer
        self.n_docs = n_docs

    @classmethod
    def build(cls, texts: Sequence[str], analyzer: Analyzer | None = None,
              k1: float = 1.2, b: float = 0.75) -> BM25Index:
        analyzer = analyzer or Analyzer.fit(texts)
        if not texts:
            return cls(None, analyzer, 0)
        corpus = [analyzer.analyze(t) or ["\u2205"] for t in texts]
        r = bm25s.BM25(k1=k1, b=b, method="lucene")
        r.index(corpus, show_progress=False)
        return cls(r, analyzer, len(texts))

    @classmethod
    def build_to(cls, chunks: Iterable[Sequence[str]], analyzer: Analyzer, d: Path, k1: float = 1.2,
                 b: float = 0.75, mmap: bool = True) -> BM25Index:
        """Build from texts given in chunks straight into the directory `d` with bounded memory
        (search/bm25_chunked.py: the same scores as `build`), and load it (`mmap`: see `load`; by default
        the matrix just written stays on disk: a build reading it all back would undo the bound)."""
        d = Path(d)
        write_bm25_chunked(chunks, analyzer, d, k1=k1, b=b,
                           finish=lambda tmp, n: cls._write_meta(tmp, analyzer, n))
        return cls.load(d, mmap=mmap)

    def scores(self, query: str | Sequence[str]) -> np.ndarray:
        """BM25 score of every passage (0 where no term matches)."""
        terms = self.analyzer.query_terms(query) if isinstance(query, str) else list(query)
        if self.retriever is None:
            return np.zeros(self.n_docs, dtype=np.float32)
        vocab = self.retriever.vocab_dict
        terms = [t for t in terms if t in vocab]
        if not terms:
            return np.zeros(self.n_docs, dtype=np.float32)
        return np.asarray(self.retriever.get_scores(terms), dtype=np.float32)

    def weighted_scores(self, groups: Sequence[tuple[Sequence[str], float]]) -> np.ndarray:
        """Σ weight · BM25 score over groups of terms: the query's own terms at 1, expansions lower.
        A term is counted in its first group only. The first group's scores are taken as they are (no
        zero array to add them to): at 1M passages each extra pass over the scores costs ~1 ms a query,
        and most queries have one group; the sums are bit-identical to adding to zeros."""
        out: np.ndarray | None = None
        seen: set[str] = set()
        for terms, w in groups:
            fresh = [t for t in terms if t not in seen]
            seen.update(fresh)
            if fresh and w > 0:
                s = self.scores(fresh)  # a new array per call: safe to keep or scale
                s = s if w == 1 else np.float32(w) * s
                out = s if out is None else out + s
        return out if out is not None else np.zeros(self.n_docs, dtype=np.float32)

    def save(self, d: Path) -> None:
        d.mkdir(parents=True, exist_ok=True)
        if self.retriever is not None:
            self.retriever.save(str(d), show_progress=False)
        self._write_meta(d, self.analyzer, self.n_docs)

    @staticmethod
    def _write_meta(d: Path, analyzer: Analyzer, n_docs: int) -> None:
        (d / "analyzer.json").write_text(json.dumps(
            {"version": ANALYZER_VERSION, "n_docs": n_docs,
             "vocabulary": sorted(analyzer.vocabulary)}, ensure_ascii=False))

    @classmethod
    def load(cls, d: Path, mmap: bool = False) -> BM25Index:
        """`mmap`: the score matrix stays on disk (read when touched): for an index whose BM25 search runs
        elsewhere (Milvus) and needs only the vocabulary and document frequencies here."""
        meta = json.loads((d / "analyzer.json").read_text())
        r = bm25s.BM25.load(str(d), show_progress=False, mmap=mmap) if int(meta["n_docs"]) else None
        return cls(r, Analyzer(meta["vocabulary"]), int(meta["n_docs"]))
