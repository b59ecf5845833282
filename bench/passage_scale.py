"""Passages at scale, embedded backend: dense index built with bounded memory + BM25, per size.

    python bench/passage_scale.py --sizes 100000 1000000 --kinds ivf ivf-ondisk
    python bench/passage_scale.py --sizes 10000000 --kinds ivf-ondisk --workdir /big/disk   # 10M: ~16 GB of .npy
    python bench/passage_scale.py --sizes 1000000 --kinds ivf-ondisk:flat ivf-ondisk:hnsw --no-bm25  # quantizers
    python bench/passage_scale.py --sizes 1000000 --extra-json milvus_rows.json             # add another backend's rows
    python bench/passage_scale.py --sizes 10000000 --kinds ivf-ondisk --reuse KEPT/10000000 --workdir W
        # a kept run's (--keep) vectors, ground truth and dense index, served with a BM25 built into W/10000000

Per size N: N synthetic 384-d vectors (`search.dense.synthetic_vectors`, the same as bench/run.py) are
written piece by piece into a .npy file; every dense index is built in a CHILD process from that file
memory-mapped (`DenseIndex.build_to`), so the child's peak RSS is the build's own; BM25 is built in a
child too, from texts generated chunk by chunk (`BM25Index.build_to`; `--bm25-builder bm25s`: the in-memory
build, for comparison); a second fresh child
loads the index and answers the queries (serving RSS, dense and hybrid p50/p95, recall@10). Hybrid = the
real `SearchEngine` fusion path over the real `BM25Index` (bench/run.py `_hybrid_once`; query embedding
excluded). The floor, measured in the same run: exact `IndexFlatIP` search at the same N (only up to
`--flat-max-n`, it needs every vector in RAM); recall@10 is against exact search (a chunked brute-force
scan of the .npy) on `--exact-queries` of the queries. `--extra-json`: rows measured elsewhere (e.g. Milvus,
keys as in this script's rows plus "backend") printed in the same table, not re-measured.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from measure import pct, peak_mb, rss_mb  # bench/measure.py (the script's folder is on sys.path)
from passage_bm25 import child_build_bm25  # bench/passage_bm25.py
from run import _hybrid_once, _scale_engine, machine, query_set, timed_each

from search.bm25 import BM25Index
from search.dense import DenseIndex, recall_at_k, write_synthetic_npy

K = 10


def _ids(n: int) -> list[str]:
    return [str(i) for i in range(n)]


def _disk_mb(p: Path) -> float:
    return round(sum(f.stat().st_size for f in p.rglob("*") if f.is_file()) / 2**20, 1)


# ---- children (one fresh process each: their peak RSS is their own) ---------------------------------
def child_build_dense(npy: Path, out: Path, kind: str) -> dict[str, Any]:
    x = np.load(str(npy), mmap_mode="r")
    base = rss_mb()
    t = time.perf_counter()
    kind, _, quantizer = kind.partition(":")  # "ivf-ondisk:hnsw": the on-disk kind with a forced quantizer
    opts = {"quantizer": quantizer} if quantizer else {}
    di = DenseIndex.build_to(x, _ids(len(x)), out, kind=kind, **opts)
    return {"build_s": round(time.perf_counter() - t, 1), "build_peak_rss_mb": round(peak_mb()),
            "anon_after_build_mb": round(rss_mb("RssAnon")),
            "rss_before_mb": round(base), "params": {k: v for k, v in di.params.items() if k not in ("dir", "dim")}}


def child_serve(work: Path, index_dir: Path, bm25_work: Path) -> dict[str, Any]:
    """`work`: queries and exact ground truth; `bm25_work`: bm25/ and qtexts.json (the same folder, or
    with --reuse the new run's folder beside a kept run's vectors and dense index)."""
    qs = np.load(work / "queries.npy")
    exact = np.load(work / "exact.npy")
    base = rss_mb()
    t = time.perf_counter()
    di = DenseIndex.load(index_dir)
    res: dict[str, Any] = {"load_s": round(time.perf_counter() - t, 2),
                           "params": {k: v for k, v in di.params.items() if k not in ("dir", "dim")}}
    res["dense_rss_mb"] = round(rss_mb() - base, 1)
    rows = np.full((len(qs), K), -1, dtype=np.int64)

    def one(i: int) -> None:
        r, _ = di.search(qs[i], K)
        rows[i, : len(r)] = r

    for i in range(min(5, len(qs))):
        one(i)
    lat = timed_each(one, list(range(len(qs))))
    res.update({"dense_p50_ms": round(pct(lat, 50), 3), "dense_p95_ms": round(pct(lat, 95), 3),
                "recall@10": round(recall_at_k(rows[: len(exact)], exact, K), 4)})
    if (bm25_work / "bm25").exists():
        t = time.perf_counter()
        bm = BM25Index.load(bm25_work / "bm25")
        res["bm25_load_s"] = round(time.perf_counter() - t, 2)
        qtexts = json.loads((bm25_work / "qtexts.json").read_text())
        eng = _scale_engine(bm, di, len(di))
        for i in range(5):
            _hybrid_once(eng, qtexts[i], qs[i])
        hyb = timed_each(lambda i: _hybrid_once(eng, qtexts[i], qs[i]), list(range(len(qs))))
        res.update({"hybrid_p50_ms": round(pct(hyb, 50), 2), "hybrid_p95_ms": round(pct(hyb, 95), 2)})
    res.update({"serve_rss_mb": round(rss_mb()), "serve_anon_mb": round(rss_mb("RssAnon")),
                "serve_peak_rss_mb": round(peak_mb())})
    return res


def _child(*args: str) -> dict[str, Any]:
    r = subprocess.run([sys.executable, __file__, "child", *args], stdout=subprocess.PIPE, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"child {args[0]} failed ({r.returncode})")
    out: dict[str, Any] = json.loads(r.stdout.strip().splitlines()[-1])
    return out


# ---- the parent: vectors, floor, ground truth, then one child per build and per serve -------------------
def exact_topk(x: np.ndarray, qs: np.ndarray, k: int = K, step: int = 200_000) -> np.ndarray:
    """Exact top-k rows by inner product, scanning the (memory-mapped) vectors piece by piece."""
    best_s = np.full((len(qs), k), -np.inf, dtype=np.float32)
    best_r = np.full((len(qs), k), -1, dtype=np.int64)
    for i in range(0, len(x), step):
        s = qs @ np.asarray(x[i : i + step], dtype=np.float32).T
        s_all = np.concatenate([best_s, s], axis=1)
        r_all = np.concatenate([best_r, np.broadcast_to(np.arange(i, i + s.shape[1]), s.shape)], axis=1)
        top = np.argpartition(-s_all, k - 1, axis=1)[:, :k]
        best_s, best_r = np.take_along_axis(s_all, top, 1), np.take_along_axis(r_all, top, 1)
    order = np.argsort(-best_s, axis=1)
    return np.take_along_axis(best_r, order, 1)


def flat_floor(x: np.ndarray, qs: np.ndarray) -> dict[str, Any]:
    import faiss

    t = time.perf_counter()
    flat = faiss.IndexFlatIP(x.shape[1])
    for i in range(0, len(x), 200_000):
        flat.add(np.ascontiguousarray(x[i : i + 200_000], dtype=np.float32))
    build_s = time.perf_counter() - t
    lat = timed_each(lambda q: flat.search(q.reshape(1, -1), K), list(qs))
    out = {"build_s": round(build_s, 1), "p50_ms": round(pct(lat, 50), 2), "p95_ms": round(pct(lat, 95), 2),
           "rss_mb": round(x.shape[0] * x.shape[1] * 4 / 2**20)}
    return out


def bench_size(n: int, kinds: list[str], work: Path, a: argparse.Namespace) -> dict[str, Any]:
    print(f"\n== {n:,} passages, dim 384 ==", flush=True)
    work.mkdir(parents=True, exist_ok=True)
    if a.reuse is not None:
        return _bench_reused(n, kinds, work, a)
    npy = work / "vectors.npy"
    t = time.perf_counter()
    x = write_synthetic_npy(npy, n, seed=7, n_clusters=max(64, n // 2000))
    res: dict[str, Any] = {"n": n, "vectors_s": round(time.perf_counter() - t, 1),
                           "vectors_npy_mb": round(npy.stat().st_size / 2**20)}
    qs = query_set(x, a.queries)
    np.save(work / "queries.npy", qs)
    t = time.perf_counter()
    exact = exact_topk(x, qs[: a.exact_queries])
    np.save(work / "exact.npy", exact)
    res["exact_scan_s_per_query"] = round((time.perf_counter() - t) / a.exact_queries, 3)
    print(f"vectors {res['vectors_s']} s ({res['vectors_npy_mb']} MB .npy); exact scan "
          f"{res['exact_scan_s_per_query']} s/query (batched, {a.exact_queries} queries)", flush=True)
    if n <= a.flat_max_n:
        res["flat"] = flat_floor(x, qs[: a.floor_queries])
        print(f"floor: exact IndexFlatIP p50 {res['flat']['p50_ms']} ms p95 {res['flat']['p95_ms']} ms "
              f"(vectors in RAM {res['flat']['rss_mb']} MB)", flush=True)
    del x
    if not a.no_bm25:
        res["bm25"] = _child("bm25", str(work), str(n), str(a.queries), a.bm25_builder)
        res["bm25"]["disk_mb"] = _disk_mb(work / "bm25")
        print(f"bm25: {res['bm25']}", flush=True)
    for kind in kinds:
        d = work / f"dense-{kind.replace(':', '-')}"
        row = _child("build", str(npy), str(d), kind)
        row["disk_mb"] = _disk_mb(d)
        row.update(_child("serve", str(work), str(d), str(work)))
        floor = res.get("flat", {}).get("p95_ms")
        row["dense_p95_vs_flat"] = round(row["dense_p95_ms"] / floor, 4) if floor else None
        res[kind] = row
        print(f"{kind}: {row}", flush=True)
        if not a.keep:
            shutil.rmtree(d, ignore_errors=True)
    return res


def _bench_reused(n: int, kinds: list[str], work: Path, a: argparse.Namespace) -> dict[str, Any]:
    """--reuse: a kept run's size folder supplies the vectors' queries, the exact ground truth and the
    dense indexes (built, and measured, by that run); BM25 is built here into `work`, then served with them."""
    src: Path = a.reuse
    n_src = len(np.load(src / "vectors.npy", mmap_mode="r")) if (src / "vectors.npy").exists() else n
    if n_src != n:
        raise SystemExit(f"--reuse {src} holds {n_src:,} passages, not {n:,}")
    res: dict[str, Any] = {"n": n, "reused": str(src)}
    if not a.no_bm25 and not (work / "bm25").exists():
        res["bm25"] = _child("bm25", str(work), str(n), str(a.queries), a.bm25_builder)
        res["bm25"]["disk_mb"] = _disk_mb(work / "bm25")
        print(f"bm25: {res['bm25']}", flush=True)
    for kind in kinds:
        d = src / f"dense-{kind.replace(':', '-')}"
        if not (d / "dense.json").exists():  # written last by a build (search/dense_disk.py): complete
            print(f"{kind}: no complete index in {d}; skipped", flush=True)
            continue
        row: dict[str, Any] = {"build_s": "(kept run)", "build_peak_rss_mb": "(kept run)", "disk_mb": _disk_mb(d)}
        row.update(_child("serve", str(src), str(d), str(work)))
        row["dense_p95_vs_flat"] = None
        res[kind] = row
        print(f"{kind}: {row}", flush=True)
    return res


def table(results: dict[str, Any], extra: list[dict[str, Any]]) -> str:
    lines = ["| N | backend | build s | build peak RSS MB | disk MB | serve RSS MB | dense p50/p95 ms | "
             "hybrid p50/p95 ms | recall@10 | dense p95 / flat |", "|---|" + "---|" * 9]
    for key, r in results.items():
        if not key.startswith("n_"):
            continue
        fl = r.get("flat")
        if fl:
            lines.append(f"| {r['n']:,} | exact flat (floor) | {fl['build_s']} | ≥ {fl['rss_mb']} | {fl['rss_mb']} | "
                         f"≥ {fl['rss_mb']} | {fl['p50_ms']}/{fl['p95_ms']} | | 1.000 | 1.00 |")
        for kind, row in r.items():
            if isinstance(row, dict) and "recall@10" in row:
                lines.append(f"| {r['n']:,} | {row['params'].get('factory', kind)} ({kind}) | {row['build_s']} | "
                             f"{row['build_peak_rss_mb']} | {row['disk_mb']} | {row['serve_rss_mb']} | "
                             f"{row['dense_p50_ms']}/{row['dense_p95_ms']} | {row.get('hybrid_p50_ms', '')}/"
                             f"{row.get('hybrid_p95_ms', '')} | {row['recall@10']} | {row['dense_p95_vs_flat']} |")
    for row in extra:  # measured elsewhere (another backend), shown as given
        lines.append(f"| {row.get('n', '?'):,} | {row.get('backend', '?')} (from --extra-json) | "
                     f"{row.get('build_s', '')} | {row.get('build_peak_rss_mb', '')} | {row.get('disk_mb', '')} | "
                     f"{row.get('serve_rss_mb', '')} | {row.get('dense_p50_ms', '')}/{row.get('dense_p95_ms', '')} | "
                     f"{row.get('hybrid_p50_ms', '')}/{row.get('hybrid_p95_ms', '')} | {row.get('recall@10', '')} | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "child":
        what, *rest = argv[1:]
        if what == "build":
            out = child_build_dense(Path(rest[0]), Path(rest[1]), rest[2])
        elif what == "bm25":
            out = child_build_bm25(Path(rest[0]), int(rest[1]), int(rest[2]), rest[3])
        else:
            out = child_serve(Path(rest[0]), Path(rest[1]), Path(rest[2]))
        print(json.dumps(out), flush=True)
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    ap.add_argument("--kinds", nargs="+", default=["ivf", "ivf-ondisk"],
                    help="dense kinds; ivf-ondisk:flat / ivf-ondisk:hnsw force the coarse quantizer")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--exact-queries", type=int, default=100, help="queries with exact ground truth (recall)")
    ap.add_argument("--floor-queries", type=int, default=50, help="queries timed on exact flat search")
    ap.add_argument("--flat-max-n", type=int, default=2_000_000, help="largest N given the flat floor")
    ap.add_argument("--no-bm25", action="store_true")
    ap.add_argument("--bm25-builder", choices=["chunked", "bm25s"], default="chunked",
                    help="chunked: bounded memory (search/bm25_chunked.py); bm25s: all texts in memory")
    ap.add_argument("--reuse", type=Path, help="a kept run's size folder (--keep): its queries, ground truth "
                    "and dense indexes are served with the BM25 in --workdir/N (built there if absent)")
    ap.add_argument("--workdir", type=Path, help="needs ~1.6 GB per 1M passages (the .npy) + the indexes")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--extra-json", type=Path, help="rows measured elsewhere (e.g. Milvus) to show beside")
    a = ap.parse_args(argv)
    print(f"machine: {machine()}", flush=True)
    results: dict[str, Any] = {"machine": machine()}
    if a.reuse is not None:  # new files go straight into --workdir/N (kept), so a BM25 built there is reused
        a.keep = True
    root = a.workdir if a.reuse is not None and a.workdir else \
        Path(tempfile.mkdtemp(prefix="styrgraf-passages-", dir=a.workdir))
    try:
        for n in a.sizes:
            results[f"n_{n}"] = bench_size(n, a.kinds, root / str(n), a)
            if a.json:  # after every size: a long run interrupted later keeps what it measured
                a.json.write_text(json.dumps(results, indent=1))
            if not a.keep:
                shutil.rmtree(root / str(n), ignore_errors=True)
    finally:
        if not a.keep:
            shutil.rmtree(root, ignore_errors=True)
    extra = json.loads(a.extra_json.read_text()) if a.extra_json else []
    print("\n" + table(results, extra))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
