"""The dense index's files and its on-disk kind (search/dense.py holds `DenseIndex`, the in-RAM kinds).

An index directory holds `faiss.index`, the id map `ids.json` (FAISS row → passage id) and `dense.json`
(kind and parameters); the on-disk kind adds `faiss.ivfdata`.

Past `DISK_MIN` passages (`kind="ivf-ondisk"`, `DenseIndex.build_to`) the IVF-SQ8 codec lives on
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
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import faiss
import numpy as np

_faiss: Any = faiss  # the SWIG module's stubs are incomplete (search parameters, HNSW, inverted lists)

#: Largest collection built in RAM; above it `build_to` builds the on-disk kind (bounded memory).
DISK_MIN = 2_000_000
DISK_KIND = "ivf-ondisk"
#: Rows per chunk of an on-disk build (~150 MB of float32 at 384-d).
DISK_CHUNK = 100_000
#: Kinds that are an IVF index (nprobe, search parameters).
IVF_KINDS = ("ivf", DISK_KIND)
IVFDATA = "faiss.ivfdata"
#: From this many coarse lists the on-disk build assigns vectors to lists through an HNSW graph over
#: the centroids instead of scanning all of them: at nlist 12,649 (10M passages) adding ran 5.4x faster
#: (86.6k against 15.9k vectors/s, 200k synthetic vectors) for recall@10 0.92 against 0.97 with the
#: quantizer's efSearch >= nprobe (bench/RESULTS.md). Below it the exact scan is cheap enough.
HNSW_QUANTIZER_MIN_NLIST = 8192


def ivf_nlist(n: int) -> int:
    """Coarse lists of an IVF index over `n` vectors (in RAM or on disk)."""
    return int(max(16, min(65536, 4 * math.sqrt(n))))


def ivf_nprobe(nlist: int) -> int:
    return int(max(8, min(nlist, nlist // 64 + 32)))


def write_params(d: Path, params: dict[str, Any]) -> None:
    """`dense.json`: the kind and its parameters; `dir` (where a loaded index lives) is not persisted."""
    (d / "dense.json").write_text(json.dumps({k: v for k, v in params.items() if k != "dir"}, indent=1))


def write_ids(path: Path, ids: Sequence[str]) -> None:
    """The id map as a JSON list, written in pieces (10M ids are ~200 MB of JSON)."""
    with path.open("w") as f:
        f.write("[")
        for i in range(0, len(ids), 100_000):
            part = json.dumps(list(ids[i : i + 100_000]))[1:-1]
            f.write(("," if i and part else "") + part)
        f.write("]")


def copy_ivfdata(src: Path, d: Path) -> None:
    """The on-disk codes stay in their file; another directory gets a copy."""
    if src.resolve() != d.resolve():
        shutil.copyfile(src / IVFDATA, d / IVFDATA)


def read_index(d: Path, mmap: bool = False) -> tuple[faiss.Index, dict[str, Any]]:
    """(FAISS index, params) of directory `d`, search parameters applied. `mmap`: memory-map an IVF
    index's codes instead of reading them (the on-disk kind always is)."""
    params = json.loads((d / "dense.json").read_text())
    kind = str(params.get("kind", "flat"))
    flags = 0
    if kind == DISK_KIND:
        flags = faiss.IO_FLAG_ONDISK_SAME_DIR  # the ivfdata beside the index, wherever it moved
        params["dir"] = str(d)
    elif mmap and kind == "ivf":
        flags = faiss.IO_FLAG_MMAP
    index = faiss.read_index(str(d / "faiss.index"), flags)
    if not (d / "ids.json").exists():
        raise ValueError(f"dense index in {d} has no id map")
    if kind in IVF_KINDS and "nprobe" in params:
        faiss.extract_index_ivf(index).nprobe = int(params["nprobe"])
    if flags:  # no prefetch threads (32 by default) per query: the page cache serves the lists
        lists = _faiss.downcast_InvertedLists(faiss.extract_index_ivf(index).invlists)
        if hasattr(lists, "prefetch_nthread"):
            lists.prefetch_nthread = 0
    if kind == "hnsw" and "efSearch" in params:
        _faiss.downcast_index(index).hnsw.efSearch = int(params["efSearch"])
    if "quantizer_efSearch" in params:
        set_quantizer_ef(index, int(params["quantizer_efSearch"]))
    return index, params


def set_quantizer_ef(index: faiss.Index, ef: int) -> None:
    """efSearch of an IVF index's HNSW coarse quantizer (how many lists the graph search can offer)."""
    _faiss.downcast_index(faiss.extract_index_ivf(index).quantizer).hnsw.efSearch = ef


def write_on_disk(vectors: np.ndarray, ids: Sequence[str], d: Path, codec: str = "SQ8",
                  nlist: int | None = None, nprobe: int | None = None, chunk: int = DISK_CHUNK,
                  seed: int = 0, ntrain: int | None = None, quantizer: str = "auto") -> None:
    """IVF with on-disk inverted lists from `vectors` (an array or `np.load(..., mmap_mode="r")`),
    written into directory `d` (load it with `DenseIndex.load`).

    Memory: the training sample, one chunk of float32 and that chunk's codes at a time; the
    coarse centroids are all that stays. Shards of `chunk` rows are written, then merged into
    `d/faiss.ivfdata` (temporary disk: about the codes' size once more). `quantizer`: "flat" (exact
    list assignment), "hnsw" (an HNSW graph over the centroids) or "auto" (hnsw from
    `HNSW_QUANTIZER_MIN_NLIST` lists)."""
    n, dim = int(vectors.shape[0]), int(vectors.shape[1])
    if len(ids) != n:
        raise ValueError(f"{len(ids)} ids for {n} vectors")
    d.mkdir(parents=True, exist_ok=True)
    nlist = max(1, min(int(nlist or ivf_nlist(n)), n // 39 or 1))
    if quantizer not in ("auto", "flat", "hnsw"):
        raise ValueError(f"quantizer must be auto, flat or hnsw, not {quantizer!r}")
    if quantizer == "auto":
        quantizer = "hnsw" if nlist >= HNSW_QUANTIZER_MIN_NLIST else "flat"
    factory = f"IVF{nlist}_HNSW32,{codec}" if quantizer == "hnsw" else f"IVF{nlist},{codec}"
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
                              "codec": codec, "chunk": chunk, "quantizer": quantizer, "dir": str(d)}
    if quantizer == "hnsw":  # the graph must offer at least nprobe candidate lists
        params["quantizer_efSearch"] = max(64, nprobe)
    faiss.write_index(index, str(d / "faiss.index"))
    write_ids(d / "ids.json", ids)
    write_params(d, params)


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
