"""The on-disk dense kind (`ivf-ondisk`): built from a memory-mapped .npy in chunks with bounded memory,
served memory-mapped, movable with its directory, chosen above `disk_min`; older kinds still load."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from search.dense import DISK_KIND, DenseIndex, recall_at_k, synthetic_vectors, write_synthetic_npy

N = 6000


@pytest.fixture(scope="module")
def vectors(tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    return write_synthetic_npy(tmp_path_factory.mktemp("v") / "v.npy", N, dim=64, n_clusters=24, seed=2)


def _top(index: DenseIndex, qs: np.ndarray, k: int = 10) -> np.ndarray:
    return np.array([index.search(q, k)[0] for q in qs])


class Recording:
    """An array stand-in that records how many rows each read asks for (the build's memory bound)."""

    def __init__(self, x: np.ndarray) -> None:
        self.x, self.shape, self.reads = x, x.shape, []  # type: ignore[var-annotated]

    def __getitem__(self, key: Any) -> np.ndarray:
        out = np.asarray(self.x[key])
        self.reads.append(len(out))
        return out


def test_written_npy_is_synthetic_vectors(vectors: np.ndarray) -> None:
    assert isinstance(vectors, np.memmap)
    np.testing.assert_array_equal(np.asarray(vectors), synthetic_vectors(N, dim=64, n_clusters=24, seed=2))


def test_ondisk_build_reads_in_chunks_and_recalls(vectors: np.ndarray, tmp_path: Path) -> None:
    rec = Recording(vectors)
    ids = [f"p{i}" for i in range(N)]
    di = DenseIndex.build_on_disk(rec, ids, tmp_path / "d", chunk=1000, ntrain=2000)  # type: ignore[arg-type]
    assert di.kind == DISK_KIND and len(di) == N and di.params["factory"].endswith(",SQ8")
    assert max(rec.reads) <= 1000 and sum(rec.reads) == 2 * N  # chunks only: one pass to sample, one to add
    assert not list((tmp_path / "d").glob(".shards-*"))  # the shard files are gone
    assert (tmp_path / "d" / "faiss.ivfdata").stat().st_size >= N * 64  # the SQ8 codes on disk
    qs = np.asarray(vectors[::300])
    exact = _top(DenseIndex.build(np.asarray(vectors), ids, kind="flat"), qs)
    assert recall_at_k(_top(di, qs), exact) >= 0.9
    assert di.ids[:2] == ["p0", "p1"]


def test_ondisk_index_moves_with_its_directory(vectors: np.ndarray, tmp_path: Path) -> None:
    ids = [str(i) for i in range(N)]
    di = DenseIndex.build_to(vectors, ids, tmp_path / "a", kind=DISK_KIND, chunk=2500)
    qs = np.asarray(vectors[5::500])
    before = _top(di, qs)
    del di
    shutil.move(str(tmp_path / "a"), str(tmp_path / "b"))  # the workspace swaps generation directories
    moved = DenseIndex.load(tmp_path / "b")
    np.testing.assert_array_equal(_top(moved, qs), before)
    rows, _ = moved.search(qs[0], 10, allowed_rows=np.arange(1, N, 3))  # the filter path (bitmap selector)
    assert len(rows) == 10 and all(r % 3 == 1 for r in rows)
    moved.save(tmp_path / "c")  # saving elsewhere copies the codes
    np.testing.assert_array_equal(_top(DenseIndex.load(tmp_path / "c"), qs), before)


def test_build_to_picks_the_kind_by_size(vectors: np.ndarray, tmp_path: Path) -> None:
    ids = [str(i) for i in range(N)]
    assert DenseIndex.build_to(vectors, ids, tmp_path / "ram", flat_max=1000, disk_min=N).kind == "ivf"
    assert DenseIndex.build_to(vectors, ids, tmp_path / "disk", flat_max=1000, disk_min=N - 1).kind == DISK_KIND
    assert DenseIndex.load(tmp_path / "ram").kind == "ivf"  # the in-RAM kinds keep their saved format
    assert not (tmp_path / "ram" / "faiss.ivfdata").exists()


def test_ivf_loads_memory_mapped_with_the_same_answers(vectors: np.ndarray, tmp_path: Path) -> None:
    ids = [str(i) for i in range(N)]
    DenseIndex.build(np.asarray(vectors), ids, kind="ivf").save(tmp_path / "i")
    qs = np.asarray(vectors[7::400])
    np.testing.assert_array_equal(_top(DenseIndex.load(tmp_path / "i", mmap=True), qs),
                                  _top(DenseIndex.load(tmp_path / "i"), qs))


def test_build_index_with_the_ondisk_kind_serves_searches(tmp_path: Path) -> None:
    from search.embedders.hashing import HashingEmbedder
    from search.engine import SearchEngine
    from search.index import SearchIndex, build_index
    from tests.search_support import make_doc

    words = ["trombektomi", "vårdplatser", "kommunerna", "ekonomi", "beredningen", "psykiatri"]
    docs = [make_doc(f"d{i}", [f"{words[j % 6]} och {words[(i + j) % 6]} nummer {i}-{j}." for j in range(10)],
                     year=2020 + i % 5) for i in range(12)]
    emb = HashingEmbedder(64)
    meta = build_index(docs, emb, None, tmp_path / "g1" / "index", thesaurus=None, sentences=False,
                       dense_kind=DISK_KIND)
    assert meta.dense["kind"] == DISK_KIND and meta.n_passages == 120
    shutil.move(str(tmp_path / "g1"), str(tmp_path / "g2"))
    eng = SearchEngine(SearchIndex.load(tmp_path / "g2" / "index", emb))
    hits = eng.search("trombektomi", mode="dense").results
    assert hits and "trombektomi" in hits[0].text


def test_hnsw_coarse_quantizer_recalls_reloads_and_filters(vectors: np.ndarray, tmp_path: Path) -> None:
    """Past HNSW_QUANTIZER_MIN_NLIST lists (10M passages) vectors find their list through a graph over
    the centroids; its efSearch follows nprobe, survives a reload, and a selective filter (nprobe = nlist)
    still reaches every allowed row."""
    ids = [str(i) for i in range(N)]
    di = DenseIndex.build_on_disk(vectors, ids, tmp_path / "h", nlist=64, chunk=2000, quantizer="hnsw")
    assert "_HNSW32," in di.params["factory"] and di.params["quantizer_efSearch"] >= di.params["nprobe"]
    qs = np.asarray(vectors[3::300])
    exact = _top(DenseIndex.build(np.asarray(vectors), ids, kind="flat"), qs)
    assert recall_at_k(_top(di, qs), exact) >= 0.9
    again = DenseIndex.load(tmp_path / "h")
    np.testing.assert_array_equal(_top(again, qs), _top(di, qs))
    few = np.arange(5, N, 997)  # 7 rows, spread over many lists: the selective path scans them all
    rows, _ = again.search(np.asarray(vectors[5]), 10, allowed_rows=few)
    assert sorted(rows.tolist()) == few.tolist() and rows[0] == 5
    again.set_search_param(nprobe=200)
    assert again.params["quantizer_efSearch"] == 200
    flat = DenseIndex.build_on_disk(vectors, ids, tmp_path / "f", nlist=64, chunk=2000)
    assert "_HNSW" not in flat.params["factory"] and "quantizer_efSearch" not in flat.params  # auto: few lists
    with pytest.raises(ValueError, match="quantizer"):
        DenseIndex.build_on_disk(vectors, ids, tmp_path / "x", quantizer="pq")
