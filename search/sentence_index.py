"""Sentence vectors of every passage, precomputed at index build for the extractive answer (`search/answer.py`).

A query scores only the sentences of its candidate passages, so what is kept is one CSR layout keyed by
passage row: `ptr[row]:ptr[row+1]` are that passage's sentences, with their spans in `Document.text`
(`start`, `end`, from `corpus.sentences.sentence_spans`, the one splitter) and their vectors.

Vectors are the embedder's *bare* sentence text ("passage: " prefix from the embedder), cached in the shared
embedding cache under the hash of exactly that string (`search/cache.py`): a rebuild embeds only sentences it
has never seen. Spans in `sentences.npz`; vectors as float16 (half the disk and memory; a cosine changes by
< 1e-3) in `sentence_vectors.npy`, memory-mapped on load, so a large index does not cost its size in RSS.

Measured on the seed corpus (5 documents, 181 passages, 1 164 sentences, 2 cores): embedding all
sentences the first time ≈ 35–90 s depending on load (≈ 30 ms a sentence), 0 s from a warm cache; the
file is ≈ 0.9 MB.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from corpus.model import Document
from corpus.sentences import sentence_spans
from search.cache import EmbeddingCache, embed_with_cache
from search.embedders.base import Embedder

SENTENCES_FILE = "sentences.npz"
VECTORS_FILE = "sentence_vectors.npy"
#: Recorded in meta.json as `sentence_vectors`: how sentences were written for the embedder.
SENTENCE_FORMAT = "bare-1"
#: A sentence table up to this size is also kept as float32 in memory (`vectors`): casting float16 costs
#: ≈ 1 ms per 600 sentences, more than the product itself, and a query reads a few hundred. Larger tables
#: stay memory-mapped and are cast per read.
F32_CACHE_BYTES = 64 << 20
#: Sentences shorter than this (a lone "Svar:", a page number) are kept as spans but never answer.
MIN_CHARS = 25


@dataclass
class SentenceIndex:
    ptr: np.ndarray     # int64 (n_rows+1,)
    start: np.ndarray   # int32 span start in Document.text
    end: np.ndarray     # int32
    vec: np.ndarray     # float16 (n_sentences, dim), L2-normalised before the cast
    _vec32: np.ndarray | None = field(default=None, repr=False, compare=False)

    def vectors(self, ids: np.ndarray) -> np.ndarray:
        """float32 vectors of sentences `ids` (one gather), from the in-memory copy when the table is small."""
        if self._vec32 is None and self.vec.size * 4 <= F32_CACHE_BYTES:
            self._vec32 = np.asarray(self.vec, dtype=np.float32)
        src = self._vec32 if self._vec32 is not None else self.vec
        return np.asarray(src[ids], dtype=np.float32)

    def of_row(self, row: int) -> range:
        return range(int(self.ptr[row]), int(self.ptr[row + 1]))

    def __len__(self) -> int:
        return int(self.start.shape[0])

    def best_cosines(self, rows: np.ndarray, qv: np.ndarray, top: int = 1) -> np.ndarray:
        """Per row of `rows`: the query's cosine with that passage's best sentence (the mean of its best
        `top`), NaN for a passage without sentences. One gather and one product over just these rows'
        sentences, so a second stage over a few hundred candidates costs well under a millisecond."""
        rows = np.asarray(rows, dtype=np.int64)
        out = np.full(len(rows), np.nan, dtype=np.float32)
        a, b = self.ptr[rows], self.ptr[rows + 1]
        has = b > a
        if not has.any():
            return out
        lens = (b - a)[has]
        sent = np.repeat(a[has] - np.cumsum(lens) + lens, lens) + np.arange(int(lens.sum()))
        sims = self.vectors(sent) @ np.asarray(qv, dtype=np.float32).reshape(-1)
        starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
        if top <= 1:
            out[has] = np.maximum.reduceat(sims, starts)
        else:
            out[has] = [float(np.sort(sims[s:s + n])[::-1][:top].mean()) for s, n in zip(starts, lens, strict=True)]
        return out

    def save(self, d: Path) -> None:
        with (d / SENTENCES_FILE).open("wb") as f:
            np.savez(f, ptr=self.ptr, start=self.start, end=self.end)
        np.save(d / VECTORS_FILE, np.ascontiguousarray(self.vec, dtype=np.float16))

    @classmethod
    def load(cls, d: Path) -> SentenceIndex | None:
        """The sentence table of index directory `d`, or None for an index built without one."""
        if not (d / SENTENCES_FILE).exists() or not (d / VECTORS_FILE).exists():
            return None
        with np.load(d / SENTENCES_FILE) as z:
            ptr, start, end = z["ptr"], z["start"], z["end"]
        return cls(ptr, start, end, np.load(d / VECTORS_FILE, mmap_mode="r"))


def passage_sentences(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (offsets in `doc.text`) of the passage doc.text[start:end]."""
    return list(sentence_spans(doc.text, start, end))


def build_sentence_index(documents: Sequence[Document], embedder: Embedder, cache: EmbeddingCache | None,
                         out_dir: Path, progress: Callable[[int, int], None] | None = None
                         ) -> tuple[int, int]:
    """Write `sentences.npz` for the passages of `documents` in index row order (documents in order,
    their passages in order, as `search.index.build_index` lays them out).
    Returns (sentences, strings embedded in this build)."""
    ptr = [0]
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    for d in documents:
        for p in d.passages:
            for a, b in passage_sentences(d, p.start, p.end):
                starts.append(a)
                ends.append(b)
                texts.append(d.text[a:b])
            ptr.append(len(starts))
    vecs, embedded = embed_with_cache(texts, embedder, cache, progress)
    if not texts:
        vecs = np.zeros((0, embedder.dim), dtype=np.float32)
    SentenceIndex(np.asarray(ptr, dtype=np.int64), np.asarray(starts, dtype=np.int32),
                  np.asarray(ends, dtype=np.int32), vecs.astype(np.float16)).save(out_dir)
    return len(texts), embedded


__all__ = ["MIN_CHARS", "SENTENCES_FILE", "SENTENCE_FORMAT", "VECTORS_FILE", "SentenceIndex", "build_sentence_index",
           "passage_sentences"]
