"""Dense vector index (FAISS, inner product over L2-normalised vectors = cosine).

Exact `IndexFlatIP` while the collection is small; past `FLAT_MAX` passages an approximate index:
IVF with 8-bit scalar quantisation (4x smaller than float32, trains and adds in seconds at 100k,
recall@10 ≈ 0.98 against flat). Measured on 2 cores (bench/RESULTS.md): flat p95 is ~5 ms at 20k,
~46 ms at 100k and >600 ms at 1M, so flat is kept only up to 30k passages (≤ ~7 ms). HNSW over SQ8
is available (`kind="hnsw"`) but built slower and recalled less at equal latency. The choice and its
parameters are recorded in `dense.json`; the id map (FAISS row → passage id) is persisted beside
the index.

Past `DISK_MIN` passages (`kind="ivf-ondisk"`, `DenseIndex.build_to`) the same IVF-SQ8 codec lives on
disk: trained on a sample, filled chunk by chunk from a (memory-mapped) array into shard files that
are merged into one `faiss.ivfdata` (FAISS `OnDiskInvertedLists`), which a loaded index memory-maps.
The build never holds all float32 vectors nor all codes in RAM, and a server's RSS holds only the
coarse centroids and the pages queries touch (the OS may drop them again). IVF-PQ
(`codec="PQ48"`) is 8x smaller still but recalled 0.29 (0.67 re-ranked from 100) on the synthetic
set at 100k, so SQ8 stays the default codec (bench/passage_scale.py, bench/RESULTS.md).
"""

from __future__ import annotations

import json
import math
import mmap
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import faiss
import numpy as np

_faiss: Any = faiss  # the SWIG module's stubs are incomplete (search parameters, HNSW)

#: Largest collection kept exact (see bench/RESULTS.md).
FLAT_MAX = 30_000
#: Default approximate kind above FLAT_MAX.
APPROX_KIND = "ivf"
#: Largest collection built in RAM; above it `build_to` builds the on-disk kind (bounded memory).
DISK_MIN = 2_000_000
DISK_KIND = "ivf-ondisk"
#: Rows per chunk of an on-disk build (~150 MB of float32 at 384-d).
DISK_CHUNK = 100_000
#: Kinds that are an IVF index (nprobe, search parameters).
IVF_KINDS = ("ivf", DISK_KIND)
IVFDATA = "faiss.ivfdata"


def ivf_nlist(n: int) -> int:
    return int(max(16, min(65536, 4 * math.sqrt(n))))


def ivf_nprobe(nlist: int) -> int:
    return int(max(8, min(nlist, nlist // 64 + 32)))


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
        if self.kind == "hnsw" and "efSearch" in kw:
            _faiss.downcast_index(self.index).hnsw.efSearch = kw["efSearch"]
            self.params["efSearch"] = kw["efSearch"]

    def save(self, d: Path) -> None:
        d.mkdir(parents=True, exist_ok=True)
        if self.kind == DISK_KIND:  # the codes stay in their file; another directory gets a copy
            src = Path(self.params["dir"])
            if src.resolve() != d.resolve():
                shutil.copyfile(src / IVFDATA, d / IVFDATA)
        faiss.write_index(self.index, str(d / "faiss.index"))
        _write_ids(d / "ids.json", self.ids)
        (d / "dense.json").write_text(json.dumps({k: v for k, v in self.params.items() if k != "dir"}, indent=1))

    @classmethod
    def load(cls, d: Path, mmap: bool = False) -> DenseIndex:
        """`mmap`: memory-map an IVF index's codes instead of reading them (the on-disk kind always is)."""
        params = json.loads((d / "dense.json").read_text())
        flags = 0
        if params.get("kind") == DISK_KIND:
            flags = faiss.IO_FLAG_ONDISK_SAME_DIR  # the ivfdata beside the index, wherever it moved
            params["dir"] = str(d)
        elif mmap and params.get("kind") == "ivf":
            flags = faiss.IO_FLAG_MMAP
        index = faiss.read_index(str(d / "faiss.index"), flags)
        if not (d / "ids.json").exists():
            raise ValueError(f"dense index in {d} has no id map")
        out = cls(index, None, params, ids_file=d / "ids.json")
        if out.kind in IVF_KINDS and "nprobe" in params:
            faiss.extract_index_ivf(index).nprobe = int(params["nprobe"])
        if flags:  # no prefetch threads (32 by default) per query: the page cache serves the lists
            lists = _faiss.downcast_InvertedLists(faiss.extract_index_ivf(index).invlists)
            if hasattr(lists, "prefetch_nthread"):
                lists.prefetch_nthread = 0
        if out.kind == "hnsw" and "efSearch" in params:
            _faiss.downcast_index(index).hnsw.efSearch = int(params["efSearch"])
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
                      seed: int = 0, ntrain: int | None = None) -> DenseIndex:
        """IVF with on-disk inverted lists from `vectors` (an array or `np.load(..., mmap_mode="r")`).

        Memory: the training sample, one chunk of float32 and that chunk's codes at a time; the
        coarse centroids are all that stays. Shards of `chunk` rows are written, then merged into
        `d/faiss.ivfdata` (temporary disk: about the codes' size once more)."""
        n, dim = int(vectors.shape[0]), int(vectors.shape[1])
        if len(ids) != n:
            raise ValueError(f"{len(ids)} ids for {n} vectors")
        d.mkdir(parents=True, exist_ok=True)
        nlist = max(1, min(int(nlist or ivf_nlist(n)), n // 39 or 1))
        factory = f"IVF{nlist},{codec}"
        index = faiss.index_factory(dim, factory, faiss.METRIC_INNER_PRODUCT)
        rng = np.random.default_rng(seed)
        m = min(n, int(ntrain or max(nlist * 40, 50_000)))
        rows = np.sort(rng.choice(n, m, replace=False)) if m < n else np.arange(n)
        read = _row_reader(vectors)
        sample = np.empty((m, dim), dtype=np.float32)
        got = 0
        for i in range(0, n, chunk):  # the sample gathered chunk by chunk, in row order
            pick = rows[(rows >= i) & (rows < i + chunk)]
            if len(pick):
                sample[got : got + len(pick)] = read(i, min(i + chunk, n))[pick - i]
                got += len(pick)
        index.train(sample)
        del sample
        nprobe = int(nprobe or ivf_nprobe(nlist))
        with tempfile.TemporaryDirectory(dir=d, prefix=".shards-") as tmp:
            shards = []
            for i in range(0, n, chunk):
                part = read(i, min(i + chunk, n))
                shard = faiss.clone_index(index)
                shard.add_with_ids(part, np.arange(i, i + len(part), dtype=np.int64))
                shards.append(str(Path(tmp) / f"{i:012d}.index"))
                faiss.write_index(shard, shards[-1])
                del shard
            (d / IVFDATA).unlink(missing_ok=True)
            _merge_shards(index, shards, d / IVFDATA)
        faiss.extract_index_ivf(index).nprobe = nprobe
        params: dict[str, Any] = {"kind": DISK_KIND, "n": n, "dim": dim, "metric": "inner_product",
                                  "factory": factory, "nlist": nlist, "nprobe": nprobe, "ntrain": m,
                                  "codec": codec, "chunk": chunk, "dir": str(d)}
        out = cls(index, None, params)
        faiss.write_index(index, str(d / "faiss.index"))
        _write_ids(d / "ids.json", ids)
        (d / "dense.json").write_text(json.dumps({k: v for k, v in params.items() if k != "dir"}, indent=1))
        out._ids_file = d / "ids.json"
        return cls.load(d)  # served as it will be after a restart: codes memory-mapped


def _row_reader(x: np.ndarray) -> Callable[[int, int], np.ndarray]:
    """rows [a, b) of `x` as float32 in RAM. A .npy opened with `mmap_mode` is read with plain file reads:
    pages read through the mapping stay in this process's RSS (file-backed, reclaimable, but counted)
    until the whole file is resident, which is what a bounded build must not look like."""
    base: object = getattr(x, "base", None)  # the mapping itself: not a slice of a memmap (other offset)
    if isinstance(x, np.memmap) and isinstance(base, mmap.mmap) and x.flags.c_contiguous \
            and x.dtype == np.float32 and x.ndim == 2 and x.filename:
        fname, offset, dim = str(x.filename), int(x.offset), int(x.shape[1])

        def read(a: int, b: int) -> np.ndarray:
            with open(fname, "rb") as f:
                f.seek(offset + a * dim * 4)
                return np.fromfile(f, dtype=np.float32, count=(b - a) * dim).reshape(b - a, dim)

        return read
    return lambda a, b: np.ascontiguousarray(x[a:b], dtype=np.float32)


def _merge_shards(index: faiss.Index, shards: list[str], ivfdata: Path) -> None:
    """faiss.contrib.ondisk.merge_ondisk without its leak: shard lists memory-mapped, merged into
    `ivfdata`, then freed with their shards (the temporary files' space is returned at once)."""
    ivfs, keep = [], []
    for fname in shards:
        shard = faiss.read_index(fname, faiss.IO_FLAG_MMAP)
        ivf = faiss.extract_index_ivf(shard)
        ivfs.append(ivf.invlists)
        keep.append(shard)  # owns (and unmaps) its lists: alive until the merge has copied them
    ivf_main = faiss.extract_index_ivf(index)
    lists = _faiss.OnDiskInvertedLists(ivf_main.nlist, ivf_main.code_size, str(ivfdata))
    vec = _faiss.InvertedListsPtrVector()
    for il in ivfs:
        vec.push_back(il)
    ntotal = lists.merge_from_multiple(vec.data(), vec.size(), False)
    ivf_main.ntotal = index.ntotal = ntotal
    ivf_main.replace_invlists(lists, True)
    lists.this.disown()  # owned by the index now
    del ivfs, keep


def _write_ids(path: Path, ids: Sequence[str]) -> None:
    """The id map as a JSON list, written in pieces (10M ids are ~200 MB of JSON)."""
    with path.open("w") as f:
        f.write("[")
        for i in range(0, len(ids), 100_000):
            part = json.dumps(list(ids[i : i + 100_000]))[1:-1]
            f.write(("," if i and part else "") + part)
        f.write("]")


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
