"""Corpus terms embedded for expansion by meaning: at build every BM25 index term (by one surface form
of it) is embedded; at query time the terms nearest the query vector are added to BM25 as a low-weight
group (`FusionConfig.w_neighbour`), so a question in the user's own words ("rökstopp före kirurgi")
reaches the documents' words ("rökfri operation") that no staff-edited list (search/everyday_words.tsv)
thought of.

Why the query vector and not each query word's: the query is embedded anyway (the dense signal), so
the neighbours cost one product with the term table (≈ 2 000 × 384 on the seed corpus, ≈ 0.1 ms), and
no word needs an embedding of its own at query time (measured: embedding each unknown or common query
word instead lost 0.01 on every split). Terms are ranked by cosine minus their *hubness* (the mean of
their 10 best cosines with passage vectors, CSLS-style): e5 places some words ("vårdmaktpod") close to
almost every query, and without the correction they were added to most paraphrases (holdout and
fresh paraphrase MRR@10 lost 0.014 and 0.006; with it: unchanged). A neighbour that contains a query term or is part
of one ("verksamhetsplaneprocess" for "verksamhetsplan") is skipped: BM25 already reaches its
passages through decompounding, and as an extra group it only adds noise (measured: the dev corpus and
typo strata lost 0.04 with them, nothing with them skipped).

Vectors are the embedder's passage vectors of the surface word, through the shared embedding cache
(search/cache.py, keyed by the hash of the exact string), so a rebuild embeds only words never seen.
Layout: `terms/terms.json` (format, terms, surfaces), `terms/vectors.npy` (float16) and
`terms/hubness.npy` (float32), written to a
temporary directory and renamed into place, so a reader never sees half a table.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from search.analysis import Analyzer
from search.cache import EmbeddingCache, embed_with_cache
from search.embedders.base import Embedder

TERMS_DIR = "terms"
#: How a term is written for the embedder: its shortest surface word in the corpus (else the term).
TERM_FORMAT = "surface-hub-1"
#: Terms shorter than this (or with digits) are not embedded: section numbers, "ab", units.
MIN_TERM_CHARS = 3
#: Hubness: the mean of a term's this many best cosines with passage vectors …
HUB_K = 10
#: … over at most this many passages (evenly spaced rows: a large index need not be read whole).
HUB_SAMPLE = 20_000


def term_surfaces(analyzer: Analyzer, vocab: dict[str, int], df: Sequence[int], min_df: int = 1
                  ) -> tuple[list[str], list[str]]:
    """(terms, surfaces): the index terms in at least `min_df` passages, each with the shortest corpus
    word that stems to it (the base form, usually; a compound part without one is embedded as itself)."""
    surface: dict[str, str] = {}
    for w in sorted(analyzer.vocabulary):
        t = analyzer.stem(w)
        if t in vocab and (t not in surface or len(w) < len(surface[t])):
            surface[t] = w
    terms = sorted(t for t, j in vocab.items()
                   if j < len(df) and df[j] >= min_df and t.isalpha() and len(t) >= MIN_TERM_CHARS)
    return terms, [surface.get(t, t) for t in terms]


def hubness(vecs: np.ndarray, passages: np.ndarray, k: int = HUB_K, sample: int = HUB_SAMPLE) -> np.ndarray:
    """Per term: the mean of its `k` best cosines with (a sample of) the passage vectors."""
    if len(vecs) == 0 or len(passages) == 0:
        return np.zeros(len(vecs), dtype=np.float32)
    rows = np.linspace(0, len(passages) - 1, min(sample, len(passages))).astype(np.int64)
    p = np.asarray(passages[np.unique(rows)], dtype=np.float32)
    k = min(k, len(p))
    out = np.empty(len(vecs), dtype=np.float32)
    for i in range(0, len(vecs), 1024):  # bounded memory: 1024 × sample cosines at a time
        sims = vecs[i : i + 1024] @ p.T
        out[i : i + 1024] = np.partition(sims, len(p) - k, axis=1)[:, len(p) - k:].mean(axis=1)
    return out


def build_term_vectors(analyzer: Analyzer, vocab: dict[str, int], df: Sequence[int], embedder: Embedder,
                       cache: EmbeddingCache | None, out_dir: Path, passages: np.ndarray, min_df: int = 1,
                       progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
    """Embed the terms (cache misses only) into `out_dir/terms`, with their hubness against `passages`
    (the passage vectors); (terms, strings embedded)."""
    terms, surfaces = term_surfaces(analyzer, vocab, df, min_df)
    vecs, embedded = embed_with_cache(surfaces, embedder, cache, progress) if terms else \
        (np.zeros((0, embedder.dim), dtype=np.float32), 0)
    final = Path(out_dir) / TERMS_DIR
    tmp = final.with_name(TERMS_DIR + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    np.save(tmp / "vectors.npy", np.asarray(vecs, dtype=np.float16))
    np.save(tmp / "hubness.npy", hubness(vecs, passages))
    (tmp / "terms.json").write_text(json.dumps({"format": TERM_FORMAT, "embedder": embedder.identity,
                                                "terms": terms, "surfaces": surfaces}, ensure_ascii=False))
    if final.exists():  # a rebuild in place: the old table goes, the new one takes its name
        shutil.rmtree(final)
    os.replace(tmp, final)
    return len(terms), embedded


@dataclass
class TermVectors:
    terms: list[str]
    surfaces: list[str]
    vec: np.ndarray  # float32 (n_terms, dim), L2-normalised
    hub: np.ndarray  # float32 (n_terms,): `hubness`

    @classmethod
    def load(cls, index_dir: Path, identity: str) -> TermVectors | None:
        """The table of an index, or None when it has none (built before it, or by another embedder)."""
        d = Path(index_dir) / TERMS_DIR
        if not (d / "terms.json").exists():
            return None
        meta = json.loads((d / "terms.json").read_text(encoding="utf-8"))
        if meta.get("format") != TERM_FORMAT or meta.get("embedder") != identity:
            return None
        # float32 in memory: a cast per query would cost more than the product (≈ 1.5 MB per 1 000 terms)
        vec = np.asarray(np.load(d / "vectors.npy"), dtype=np.float32)
        return cls(list(meta["terms"]), list(meta["surfaces"]), vec, np.load(d / "hubness.npy"))

    def neighbours(self, qv: np.ndarray, query_terms: Sequence[str], top: int = 3,
                   pool: int = 10, min_cos: float = 0.8) -> list[tuple[str, str]]:
        """(term, surface) of up to `top` terms among the `pool` nearest the query vector `qv` (cosine minus
        hubness) with cosine ≥ `min_cos`, skipping the query's own terms and terms that contain one of them
        (≥ 4 letters) or are part of one."""
        if len(self.terms) == 0 or top <= 0:
            return []
        # einsum, not `@`: BLAS splits this small product over its threads, and on a loaded machine their
        # barriers cost a p95 of 12 ms (measured, 2 cores at load 8; einsum: p50 0.17, p95 0.7–0.9 ms)
        sims = np.einsum("ij,j->i", self.vec, np.asarray(qv, dtype=np.float32))
        rank = sims - self.hub
        k = min(pool, len(sims))
        head = np.argpartition(-rank, k - 1)[:k]
        head = head[np.argsort(-rank[head], kind="stable")]
        mine = set(query_terms)
        own = [t for t in mine if len(t) >= 4]
        out: list[tuple[str, str]] = []
        for j in head.tolist():
            t = self.terms[j]
            if sims[j] < min_cos or t in mine or any(x in t or t in x for x in own):
                continue
            out.append((t, self.surfaces[j]))
            if len(out) == top:
                break
        return out


__all__ = ["TERMS_DIR", "TERM_FORMAT", "TermVectors", "build_term_vectors", "hubness", "term_surfaces"]
