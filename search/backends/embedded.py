"""The embedded passage index: FAISS (`search/dense.py`) and bm25s (`search/bm25.py`) files in the
generation directory, searched in this process. The default backend; filters arrive as allowed rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from search.backends.base import LexicalQuery, PassageColumns, PassageFilter, Signal, empty_signal
from search.bm25 import BM25Index
from search.bm25_chunked import chunked
from search.dense import FLAT_MAX, DenseIndex


class EmbeddedPassages:
    """`PassageIndex` over a loaded `DenseIndex` and `BM25Index`."""

    def __init__(self, dense: DenseIndex, bm25: BM25Index) -> None:
        self.dense_index = dense
        self.bm25 = bm25

    @classmethod
    def build(cls, columns: PassageColumns, out_dir: Path, ids: list[str] | None = None, dense_kind: str = "auto",
              flat_max: int = FLAT_MAX) -> EmbeddedPassages:
        """Both indexes of a new version, written to `out_dir`/dense and `out_dir`/bm25 (a new generation
        directory is the new version: the workspace swaps it in)."""
        ids = ids if ids is not None else [str(i) for i in range(len(columns.texts))]
        dense = DenseIndex.build_to(columns.vectors, ids, Path(out_dir) / "dense", kind=dense_kind, flat_max=flat_max)
        # the build `build_index` uses: chunk by chunk, bounded memory (search/bm25_chunked.py)
        bm25 = BM25Index.build_to(chunked(columns.texts), columns.analyzer, Path(out_dir) / "bm25")
        return cls(dense, bm25)

    @classmethod
    def load(cls, path: Path) -> EmbeddedPassages:
        return cls(DenseIndex.load(path / "dense"), BM25Index.load(path / "bm25"))

    @property
    def identity(self) -> dict[str, Any]:
        return {"kind": "embedded"}

    def __len__(self) -> int:
        return len(self.dense_index)

    def dense(self, qvec: np.ndarray, depth: int, allowed_rows: np.ndarray | None = None,
              filters: PassageFilter | None = None) -> Signal:
        return self.dense_index.search(qvec, depth, allowed_rows)

    def lexical(self, query: LexicalQuery, depth: int, allowed_rows: np.ndarray | None = None,
                filters: PassageFilter | None = None) -> Signal:
        s = self.bm25.weighted_scores(query.groups)
        if allowed_rows is not None:
            m = np.zeros(len(s), dtype=bool)
            m[allowed_rows] = True
            s = np.where(m, s, 0.0)
        nz = np.flatnonzero(s > 0)
        if len(nz) == 0 or depth <= 0:
            return empty_signal()
        if len(nz) > depth:  # partial selection: at 1M passages a common word matches half of them
            nz = nz[np.argpartition(-s[nz], depth - 1)[:depth]]
        top = nz[np.argsort(-s[nz], kind="stable")]
        return top.astype(np.int64), s[top].astype(np.float32)

    def close(self) -> None:
        return None
