"""Passages at scale through the `PassageIndex` contract: Milvus (Milvus Lite on a file, or a server with
--milvus-uri) and, in the same run, the embedded backend (FAISS + bm25s) as the peer.

    nice -n 10 python bench/milvus_scale.py --sizes 100000 300000 --json /tmp/milvus_scale.json

Per size N the data is bench/passage_scale.py's: N synthetic 384-d vectors (`write_synthetic_npy`, seed 7),
Zipf pseudo-Swedish texts (bench/run.py `synthetic_texts`), 3-word queries drawn from the texts, query
vectors near random passages (`query_set`), exact top-10 by a brute-force scan (`exact_topk`) for recall.
Each backend is built in a CHILD process (its peak RSS is the build's own; Milvus Lite 3 runs inside the
client's process, so that is the engine's memory too) and served from a second fresh child: dense top-10,
lexical top-100 (the engine's depth) and hybrid = both at depth 100 + the engine's fusion and dedupe
(`SearchEngine._fuse`/`_dedupe`, query embedding excluded), p50/p95 (lexical and hybrid over the first
`--lexical-queries` of them); recall@10 of
dense top-10 against exact search. Milvus's own fusion (`MilvusPassages.hybrid`, RRF) is timed beside.
Sizes not run are not guessed: `growth` prints the measured ratio between the two largest sizes run;
anything beyond them in bench/RESULTS.md is labelled as an extrapolation.
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
from passage_scale import K, _disk_mb, exact_topk
from run import machine, query_set, synthetic_texts, timed_each

from search.analysis import Analyzer
from search.backends.base import PassageColumns
from search.backends.embedded import EmbeddedPassages
from search.backends.milvus import MilvusConfig, MilvusPassages
from search.bm25 import BM25Index
from search.dense import recall_at_k, write_synthetic_npy

BACKENDS = ("embedded", "milvus")


def _milvus_config(work: Path, uri: str | None) -> MilvusConfig:
    return MilvusConfig(uri or str(work / "milvus.db"), prefix=f"scale_{work.name}")


# ---- children ---------------------------------------------------------------------------------------
def child_build(work: Path, backend: str, uri: str | None) -> dict[str, Any]:
    x = np.load(str(work / "vectors.npy"), mmap_mode="r")
    t = time.perf_counter()
    texts = synthetic_texts(len(x))
    columns = PassageColumns(x, texts, Analyzer())
    res: dict[str, Any] = {"text_gen_s": round(time.perf_counter() - t, 1), "rss_before_mb": round(rss_mb())}
    t = time.perf_counter()
    if backend == "milvus":
        mp = MilvusPassages.build(_milvus_config(work, uri), columns)
        (work / "milvus_identity.json").write_text(json.dumps(mp.identity))
    else:
        ep = EmbeddedPassages.build(columns, work / "embedded")
        res["dense_kind"] = ep.dense_index.kind
    res.update({"build_s": round(time.perf_counter() - t, 1), "build_peak_rss_mb": round(peak_mb())})
    return res


def _stub_engine(backend: Any, bm25: BM25Index, n: int) -> Any:
    """The real `SearchEngine` over a stub index holding what retrieval and fusion read; `bm25` gives the
    engine its analyzer (and speller); every search goes through `backend`."""
    from types import SimpleNamespace

    from search.engine import SearchEngine

    stub = SimpleNamespace(bm25=bm25, group_of=np.arange(n, dtype=np.int64), passage_index=backend)
    return SearchEngine(stub)  # type: ignore[arg-type]


def child_serve(work: Path, backend: str, uri: str | None, n_lexical: int) -> dict[str, Any]:
    qs = np.load(work / "queries.npy")
    exact = np.load(work / "exact.npy")
    qtexts: list[str] = json.loads((work / "qtexts.json").read_text())
    base = rss_mb()
    t = time.perf_counter()
    if backend == "milvus":
        idx: Any = MilvusPassages.open(_milvus_config(work, uri), json.loads((work / "milvus_identity.json")
                                                                             .read_text()))
        small = BM25Index.build(synthetic_texts(1000), Analyzer())  # the engine's analyzer only
    else:
        idx = EmbeddedPassages.load(work / "embedded")
        small = idx.bm25
    res: dict[str, Any] = {"load_s": round(time.perf_counter() - t, 2)}
    res["loaded_rss_mb"] = round(rss_mb() - base)
    eng = _stub_engine(idx, small, len(idx))
    depth = eng.fusion.depth
    nq = len(qs)
    rows = np.full((nq, K), -1, dtype=np.int64)

    def dense(i: int) -> None:
        r, _ = idx.dense(qs[i], K)
        rows[i, : len(r)] = r

    def lexical(i: int) -> None:
        eng._bm25(qtexts[i], None, depth)

    def hybrid(i: int) -> None:
        bm = eng._bm25(qtexts[i], None, depth)
        de = idx.dense(qs[i], depth)
        eng._dedupe(eng._fuse("hybrid", bm, de, {}, eng.query_weights(qtexts[i])), 10)

    def engine_side(i: int) -> None:
        from search.backends.base import LexicalQuery

        idx.hybrid(qs[i], LexicalQuery([(eng.analyzer.query_terms(qtexts[i]), 1.0)], [(qtexts[i], 1.0)]), depth)

    timings = [("dense", dense), ("lexical", lexical), ("hybrid", hybrid)]
    if backend == "milvus":
        timings.append(("milvus_rrf", engine_side))
    for name, fn in timings:
        for i in range(min(5, nq)):  # warm up
            fn(i)
        lat = timed_each(fn, list(range(nq if name == "dense" else min(nq, n_lexical))))
        res[f"{name}_p50_ms"], res[f"{name}_p95_ms"] = round(pct(lat, 50), 2), round(pct(lat, 95), 2)
    res["recall@10"] = round(recall_at_k(rows[: len(exact)], exact, K), 4)
    res.update({"serve_rss_mb": round(rss_mb()), "serve_peak_rss_mb": round(peak_mb())})
    idx.close()
    return res


def _child(*args: str) -> dict[str, Any]:
    r = subprocess.run([sys.executable, __file__, "child", *args], stdout=subprocess.PIPE, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"child {args[:2]} failed ({r.returncode})")
    out: dict[str, Any] = json.loads(r.stdout.strip().splitlines()[-1])
    return out


# ---- the parent -------------------------------------------------------------------------------------
def bench_size(n: int, work: Path, a: argparse.Namespace) -> dict[str, Any]:
    print(f"\n== {n:,} passages, dim 384 ==", flush=True)
    work.mkdir(parents=True, exist_ok=True)
    x = write_synthetic_npy(work / "vectors.npy", n, seed=7, n_clusters=max(64, n // 2000))
    qs = query_set(x, a.queries)
    np.save(work / "queries.npy", qs)
    np.save(work / "exact.npy", exact_topk(x, qs))
    del x
    texts = synthetic_texts(n)
    rng = np.random.default_rng(3)  # as bench/passage_scale.py: 3 words of a random passage
    qtexts = [" ".join(rng.choice(texts[int(rng.integers(n))].split(), 3)) for _ in range(a.queries)]
    (work / "qtexts.json").write_text(json.dumps(qtexts, ensure_ascii=False))
    del texts
    res: dict[str, Any] = {"n": n}
    for backend in a.backends:
        row = _child("build", str(work), backend, a.milvus_uri or "")
        where = work / ("embedded" if backend == "embedded" else "milvus.db")
        row["disk_mb"] = _disk_mb(where) if where.is_dir() else (round(where.stat().st_size / 2**20, 1)
                                                                 if where.exists() else None)
        row.update(_child("serve", str(work), backend, a.milvus_uri or "", str(a.lexical_queries)))
        res[backend] = row
        print(f"{backend}: {json.dumps(row)}", flush=True)
    return res


def growth(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Measured ratios between the two largest sizes run, per backend and number (no extrapolation)."""
    if len(results) < 2:
        return {}
    lo, hi = results[-2], results[-1]
    out: dict[str, Any] = {"from": lo["n"], "to": hi["n"], "size_ratio": round(hi["n"] / lo["n"], 2)}
    for b in BACKENDS:
        if b in lo and b in hi:
            out[b] = {k: round(hi[b][k] / lo[b][k], 2) for k in ("build_s", "build_peak_rss_mb", "disk_mb",
                                                                  "dense_p95_ms", "lexical_p95_ms", "hybrid_p95_ms")
                      if isinstance(lo[b].get(k), int | float) and lo[b][k]}
    return out


def table(results: list[dict[str, Any]]) -> str:
    lines = ["| N | backend | build s | build peak RSS MB | disk MB | serve RSS MB | dense p50/p95 ms | "
             "lexical p50/p95 ms | hybrid p50/p95 ms | recall@10 |", "|---|" + "---|" * 9]
    for r in results:
        for b in BACKENDS:
            if b in r:
                x = r[b]
                lines.append(f"| {r['n']:,} | {b} | {x['build_s']} | {x['build_peak_rss_mb']} | {x['disk_mb']} | "
                             f"{x['serve_rss_mb']} | {x['dense_p50_ms']}/{x['dense_p95_ms']} | "
                             f"{x['lexical_p50_ms']}/{x['lexical_p95_ms']} | {x['hybrid_p50_ms']}/"
                             f"{x['hybrid_p95_ms']} | {x['recall@10']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "child":
        what, work, backend, uri = argv[1:5]
        out = child_build(Path(work), backend, uri or None) if what == "build" else \
            child_serve(Path(work), backend, uri or None, int(argv[5]))
        print(json.dumps(out), flush=True)
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    ap.add_argument("--backends", nargs="+", default=list(BACKENDS), choices=BACKENDS)
    ap.add_argument("--queries", type=int, default=200, help="dense queries timed, all with exact ground truth")
    ap.add_argument("--lexical-queries", type=int, default=50,
                    help="of those, how many time lexical and hybrid (Milvus Lite's BM25 is pure Python: slow)")
    ap.add_argument("--milvus-uri", help="default: Milvus Lite on a file in the work directory")
    ap.add_argument("--workdir", type=Path)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    print(f"machine: {machine()}", flush=True)
    results: list[dict[str, Any]] = []
    root = Path(tempfile.mkdtemp(prefix="styrgraf-milvus-", dir=a.workdir))
    try:
        for n in a.sizes:
            results.append(bench_size(n, root / str(n), a))
            if a.json:  # after every size: a long run interrupted later keeps what it measured
                a.json.write_text(json.dumps({"machine": machine(), "sizes": results,
                                              "growth": growth(results)}, indent=1))
            shutil.rmtree(root / str(n), ignore_errors=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print("\n" + table(results))
    if len(results) > 1:
        print(f"\nmeasured growth (not an extrapolation): {json.dumps(growth(results))}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
