"""Dense vector index (FAISS, inner product over L2-normalised vectors = cosine): `DenseIndex`, its
in-RAM kinds and search.

Exact `IndexFlatIP` while the collection is small; past `FLAT_MAX` passages an approximate index:
IVF with 8-bit scalar quantisation (4x smaller than float32, trains and adds in seconds at 100k,
recall@10 ≈ 0.98 against flat). Measured on 2 cores (bench/RESULTS.md): flat p95 is ~5 ms at 20k,
~46 ms at 100k and >600 ms at 1M, so flat is kept only up to 30k passages (≤ ~7 ms). HNSW over SQ8
is available (`kind="hnsw"`) but built slower and recalled less at equal latency. The choice and its
parameters are recorded in `dense.json`; the id map (FAISS row → passage id) is persisted beside
the index.

The files and the on-disk kind past `DISK_MIN` passages are in search/dense_disk.py; synthetic vectors
and recall@k for tests and the bench in search/dense_synthetic.py (both re-exported here).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from search.dense_disk import (
    DISK_CHUNK,
    DISK_KIND,
    DISK_MIN,
    IVF_KINDS,
    IVFDATA,
    copy_ivfdata,
    ivf_nlist,
    ivf_nprobe,
    read_index,
    set_quantizer_ef,
    write_ids,
    write_on_disk,
    write_params,
)
from search.dense_synthetic import recall_at_k, synthetic_vector_chunks, synthetic_vectors, write_synthetic_npy

__all__ = ["APPROX_KIND", "DISK_CHUNK", "DISK_KIND", "DISK_MIN", "FLAT_MAX", "IVFDATA", "IVF_KINDS", "DenseIndex",
           "ivf_nlist", "ivf_nprobe", "recall_at_k", "synthetic_vector_chunks", "synthetic_vectors",
           "write_synthetic_npy"]

_faiss: Any = faiss  # the SWIG module's stubs are incomplete (search parameters, HNSW)

#: Largest collection kept exact (see bench/RESULTS.md).
FLAT_MAX = 30_000
#: Default approximate kind above FLAT_MAX.
APPROX_KIND = "ivf"


class DenseIndex:
    """A FAISS index and its id map (row → passage id). A loaded index reads the id map only when
    `ids` is first asked for: the engine works with rows, and at 1M passages the list of ids is
    ~100 MB of Python strings."""

    def __init__(self, index: faiss.Index, ids: list[str] | None, params: dict[str, Any] | None = None,
                 ids_file: Path | None = None) -> None:
        self.index = index
        self._ids = ids
        self._ids_file = ids_file
        self.params: dict[str, Any] = params if params is not None else {}

    @property
    def ids(self) -> list[str]:
        if self._ids is None:
            if self._ids_file is None:
                raise ValueError("dense index without an id map")
            self._ids = json.loads(self._ids_file.read_text())
        return self._ids

    @property
    def kind(self) -> str:
        return str(self.params.get("kind", "flat"))

    @property
    def dim(self) -> int:
        return int(self.index.d)

    def __len__(self) -> int:
        return int(self.index.ntotal)

    @classmethod
    def build(cls, vectors: np.ndarray, ids: list[str], kind: str = "auto", flat_max: int = FLAT_MAX,
              seed: int = 0, **opts: Any) -> DenseIndex:
        x = np.ascontiguousarray(vectors, dtype=np.float32)
        n, d = x.shape
        if len(ids) != n:
            raise ValueError(f"{len(ids)} ids for {n} vectors")
        if kind == "auto":
            kind = "flat" if n <= flat_max else APPROX_KIND
        params: dict[str, Any] = {"kind": kind, "n": n, "dim": d, "metric": "inner_product",
                                  "flat_max": flat_max}
        if kind == "flat":
            index: faiss.Index = faiss.IndexFlatIP(d)
            index.add(x)
        elif kind == "ivf":
            nlist = int(opts.get("nlist") or ivf_nlist(n))
            nlist = max(1, min(nlist, n // 39 or 1))
            index = faiss.index_factory(d, f"IVF{nlist},SQ8", faiss.METRIC_INNER_PRODUCT)
            rng = np.random.default_rng(seed)
            ntrain = min(n, max(nlist * 50, 50_000))
            train = x[rng.choice(n, ntrain, replace=False)] if ntrain < n else x
            index.train(train)
            index.add(x)
            nprobe = int(opts.get("nprobe") or ivf_nprobe(nlist))
            faiss.extract_index_ivf(index).nprobe = nprobe
            params.update({"factory": f"IVF{nlist},SQ8", "nlist": nlist, "nprobe": nprobe,
                           "ntrain": len(train)})
        elif kind == "hnsw":
            m = int(opts.get("M") or 32)
            index = faiss.index_factory(d, f"HNSW{m},SQ8", faiss.METRIC_INNER_PRODUCT)
            hnsw = _faiss.downcast_index(index).hnsw
            hnsw.efConstruction = int(opts.get("efConstruction") or 64)
            index.train(x[: min(n, 100_000)])
            index.add(x)
            hnsw.efSearch = int(opts.get("efSearch") or 96)
            params.update({"factory": f"HNSW{m},SQ8", "M": m, "efConstruction": hnsw.efConstruction,
                           "efSearch": hnsw.efSearch})
        else:
            raise ValueError(f"unknown dense index kind {kind!r}")
        return cls(index, list(ids), params)

    def search(self, query: np.ndarray, k: int, allowed_rows: np.ndarray | None = None
               ) -> tuple[np.ndarray, np.ndarray]:
        """(rows, scores) best first; only `allowed_rows` when given. Rows of -1 are dropped."""
        n = len(self)
        if n == 0 or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        q = np.ascontiguousarray(query, dtype=np.float32).reshape(1, -1)
        k = min(k, n)
        if allowed_rows is None:
            scores, rows = self.index.search(q, k)
        else:
            if len(allowed_rows) == 0:
                return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
            # a bitmap of the allowed rows: built in ~1 ms at 1M rows whatever the filter keeps
            # (an IDSelectorBatch hashes every allowed id: tens of ms for a broad filter)
            mask = np.zeros(n, dtype=bool)
            mask[allowed_rows] = True
            bits = np.packbits(mask, bitorder="little")
            sel = _faiss.IDSelectorBitmap(n, _faiss.swig_ptr(bits))
            params = self._params(sel, selective=len(allowed_rows) < 0.05 * n)
            scores, rows = self.index.search(q, min(k, len(allowed_rows)), params=params)
            del sel, bits  # the selector points into `bits`: keep it alive until here
        keep = rows[0] >= 0
        return rows[0][keep].astype(np.int64), scores[0][keep].astype(np.float32)

    def _params(self, sel: faiss.IDSelector, selective: bool) -> faiss.SearchParameters:
        if self.kind in IVF_KINDS:
            ivf = faiss.extract_index_ivf(self.index)
            # a selective filter leaves few candidates per list: scan every list (ids are checked
            # before distances are computed, so this stays cheap)
            nprobe = ivf.nlist if selective else ivf.nprobe
            ivf_params: faiss.SearchParameters = _faiss.SearchParametersIVF(sel=sel, nprobe=nprobe)
            return ivf_params
        if self.kind == "hnsw":
            ef = _faiss.downcast_index(self.index).hnsw.efSearch
            hnsw_params: faiss.SearchParameters = _faiss.SearchParametersHNSW(
                sel=sel, efSearch=ef * (4 if selective else 1))
            return hnsw_params
        params: faiss.SearchParameters = _faiss.SearchParameters(sel=sel)
        return params

    def set_search_param(self, **kw: int) -> None:
        if self.kind in IVF_KINDS and "nprobe" in kw:
            faiss.extract_index_ivf(self.index).nprobe = kw["nprobe"]
            self.params["nprobe"] = kw["nprobe"]
            if "quantizer_efSearch" in self.params:  # the coarse graph offers at least nprobe lists
                self.params["quantizer_efSearch"] = max(64, kw["nprobe"])
                set_quantizer_ef(self.index, self.params["quantizer_efSearch"])
        if self.kind == "hnsw" and "efSearch" in kw:
            _faiss.downcast_index(self.index).hnsw.efSearch = kw["efSearch"]
            self.params["efSearch"] = kw["efSearch"]

    def save(self, d: Path) -> None:
        d.mkdir(parents=True, exist_ok=True)
        if self.kind == DISK_KIND:  # the codes stay in their file; another directory gets a copy
            copy_ivfdata(Path(self.params["dir"]), d)
        faiss.write_index(self.index, str(d / "faiss.index"))
        write_ids(d / "ids.json", self.ids)
        write_params(d, self.params)

    @classmethod
    def load(cls, d: Path, mmap: bool = False) -> DenseIndex:
        """`mmap`: memory-map an IVF index's codes instead of reading them (the on-disk kind always is)."""
        index, params = read_index(d, mmap)
        out = cls(index, None, params, ids_file=d / "ids.json")
        n = params.get("n")
        if n is None:
            n = len(out.ids)
        if int(n) != index.ntotal:
            raise ValueError(f"dense index in {d} is inconsistent: {index.ntotal} vectors, {n} ids")
        return out

    @classmethod
    def build_to(cls, vectors: np.ndarray, ids: Sequence[str], d: Path, kind: str = "auto",
                 flat_max: int = FLAT_MAX, disk_min: int = DISK_MIN, **opts: Any) -> DenseIndex:
        """Build into directory `d` (saved): in RAM up to `disk_min` rows, else on disk."""
        n = int(vectors.shape[0])
        if kind == DISK_KIND or (kind == "auto" and n > disk_min):
            return cls.build_on_disk(vectors, ids, d, **opts)
        out = cls.build(vectors, list(ids), kind=kind, flat_max=flat_max, **opts)
        out.save(d)
        return out

    @classmethod
    def build_on_disk(cls, vectors: np.ndarray, ids: Sequence[str], d: Path, codec: str = "SQ8",
                      nlist: int | None = None, nprobe: int | None = None, chunk: int = DISK_CHUNK,
                      seed: int = 0, ntrain: int | None = None, quantizer: str = "auto") -> DenseIndex:
        """IVF with on-disk inverted lists (search.dense_disk.write_on_disk: bounded memory), then
        served as it will be after a restart: codes memory-mapped."""
        write_on_disk(vectors, ids, d, codec=codec, nlist=nlist, nprobe=nprobe, chunk=chunk, seed=seed,
                      ntrain=ntrain, quantizer=quantizer)
        return cls.load(d)
