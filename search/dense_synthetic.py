"""Synthetic embedding-like vectors and recall@k: what tests and the bench measure dense indexes with
(bench/run.py, bench/passage_scale.py, bench/milvus_scale.py), never used by a served index."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np


def synthetic_vectors(n: int, dim: int = 384, n_clusters: int = 256, seed: int = 0,
                      spread: float = 0.35) -> np.ndarray:
    """Clustered, normalised vectors that look like text embeddings (topics + noise), for tests
    and the bench; uniform random vectors would make every approximate index look bad."""
    out = np.empty((n, dim), dtype=np.float32)
    for i, part in synthetic_vector_chunks(n, dim, n_clusters, seed, spread):
        out[i : i + len(part)] = part
    return out


def synthetic_vector_chunks(n: int, dim: int = 384, n_clusters: int = 256, seed: int = 0,
                            spread: float = 0.35, step: int = 100_000) -> Iterator[tuple[int, np.ndarray]]:
    """`synthetic_vectors` as (first row, rows) pieces of `step` rows: the same numbers, never all in RAM."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((n_clusters, dim)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    for i in range(0, n, step):
        m = min(step, n - i)
        c = rng.integers(0, n_clusters, m)
        noise = rng.standard_normal((m, dim)).astype(np.float32) * (spread / math.sqrt(dim))
        part = centres[c] + noise
        part /= np.linalg.norm(part, axis=1, keepdims=True)
        yield i, part


def write_synthetic_npy(path: Path, n: int, dim: int = 384, **kw: Any) -> np.ndarray:
    """`synthetic_vectors` written piece by piece into a .npy file; returns it memory-mapped."""
    out = np.lib.format.open_memmap(str(path), mode="w+", dtype=np.float32, shape=(n, dim))
    for i, part in synthetic_vector_chunks(n, dim, **kw):
        out[i : i + len(part)] = part
    out.flush()
    del out
    loaded: np.ndarray = np.load(str(path), mmap_mode="r")
    return loaded


def recall_at_k(approx_rows: np.ndarray, exact_rows: np.ndarray, k: int = 10) -> float:
    """Mean |approx top-k ∩ exact top-k| / k over queries (2-D arrays, one row per query)."""
    hits = [len(set(a[:k].tolist()) & set(e[:k].tolist())) for a, e in zip(approx_rows, exact_rows, strict=True)]
    return float(np.mean(hits) / k) if hits else 0.0
