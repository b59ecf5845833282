"""Fusion (search/engine.py FusionConfig): hybrid never below its best single signal on the tuning
questions, query-dependent weights, score normalisation and the sentence re-score, with the real
bundled embedder, real FAISS and real BM25 over the seed corpus."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from search.engine import FusionConfig, SearchEngine
from search.eval import evaluate, groups, load_questions
from tests.search_support import REPO, seed_engine, seed_index, thesaurus

DEV = REPO / "tests" / "eval_questions.jsonl"
SEARCH_DEV = Path("/work/shared/eval/search_dev.jsonl")


def _dev_sets() -> dict[str, list]:  # type: ignore[type-arg]
    sets = {"eval_questions dev": [q for q in load_questions(DEV) if q.extra.get("split") == "dev"]}
    if SEARCH_DEV.exists():
        sets["search_dev"] = load_questions(SEARCH_DEV)
    return sets


def test_hybrid_at_least_best_signal_on_every_dev_stratum() -> None:
    """The issue's bar on the questions fusion was tuned on: hybrid MRR@10 ≥ max(bm25, dense) on each
    file and each stratum, and strictly better than the best signal over the dev split as a whole."""
    eng = seed_engine()
    for name, qs in _dev_sets().items():
        res = evaluate(eng, qs)
        best = max(res["bm25"].mrr10, res["dense"].mrr10)
        print(name, {m: round(s.mrr10, 3) for m, s in res.items()})
        assert res["hybrid"].mrr10 >= best, (name, res["hybrid"].mrr10, best)
        if name.startswith("eval_questions"):
            assert res["hybrid"].mrr10 > best + 0.02, (name, res["hybrid"].mrr10, best)
        for stratum, ix in groups(qs, "stratum").items():
            h, b, d = (res[m].subset(ix).mrr10 for m in ("hybrid", "bm25", "dense"))
            assert h >= max(b, d) - 1e-9, (name, stratum, h, b, d)


def test_corrected_query_leans_on_bm25() -> None:
    """`w_corrected` multiplies BM25's weight only for a query the spelling corrector changed."""
    on = seed_engine()
    off = SearchEngine(seed_index(), thesaurus=thesaurus(), fusion=replace(on.fusion, w_corrected=1.0))
    typo = "neuropsykiatirska utredningar"
    assert on.plan(typo).suggestion is not None
    for q, factor in ((typo, on.fusion.w_corrected), ("neuropsykiatriska utredningar", 1.0)):
        assert on.plan(q).suggestion is None or factor != 1.0
        a = {h.passage_id: h.signals.get("bm25", 0.0) for h in on.search(q, answer=False).results}
        b = {h.passage_id: h.signals.get("bm25", 0.0) for h in off.search(q, answer=False).results}
        shared = [p for p in a if p in b and b[p] > 0]
        assert shared
        for p in shared:
            assert a[p] == pytest.approx(factor * b[p], rel=1e-4), (q, p)


def test_score_normalisation_bounds() -> None:
    """"score" fusion: each signal's best candidate contributes exactly its weight, none more, none
    below 0, with either floor ("minmax" or "mean")."""
    eng = seed_engine()
    for norm in ("minmax", "mean"):
        eng_n = SearchEngine(seed_index(), thesaurus=thesaurus(),
                             fusion=replace(eng.fusion, method="score", norm=norm, adaptive=False, dedupe=False))
        res = eng_n.search("väntetider för neuropsykiatriska utredningar", k=50, answer=False).results
        for sig in ("bm25", "dense"):
            vals = [h.signals[sig] for h in res if sig in h.signals]
            weight = eng_n.fusion.w_bm25 if sig == "bm25" else eng_n.fusion.w_dense
            assert vals and max(vals) == pytest.approx(weight, abs=1e-5), (norm, sig)
            assert min(vals) >= 0.0


def test_sentence_rescore_reorders_only_the_head() -> None:
    """With the re-score on, the head's hits carry a "sentence" part and stay sorted by score; the tail
    below `rescore_depth` is the first stage's order; without a sentence index the order is the first stage's."""
    base = seed_engine()
    idx = seed_index()
    if idx.sentences is None:
        pytest.skip("seed index built without sentence vectors")
    cfg = replace(base.fusion, rescore_depth=5, w_sentence=1.0, dedupe=False, w_dense_sentence=0.0)
    eng = SearchEngine(idx, thesaurus=thesaurus(), fusion=cfg)
    q = "hur många anställda slutar"
    res = eng.search(q, k=10, answer=False).results
    assert all("sentence" in h.signals for h in res[:5]) and not any("sentence" in h.signals for h in res[5:])
    scores = [h.score for h in res]
    assert scores == sorted(scores, reverse=True)
    first = SearchEngine(idx, thesaurus=thesaurus(), fusion=replace(cfg, rescore_depth=0))
    first_ids = [h.passage_id for h in first.search(q, k=10, answer=False).results]
    assert {h.passage_id for h in res[:5]} == set(first_ids[:5])
    assert [h.passage_id for h in res[5:]] == first_ids[5:]
    saved, idx.sentences = idx.sentences, None
    try:
        assert [h.passage_id for h in eng.search(q, k=10, answer=False).results] == first_ids
    finally:
        idx.sentences = saved


def test_dense_candidates_rescored_by_their_best_sentence() -> None:
    """`sentence_dense`: a passage whose one sentence matches the query outranks one whose passage vector
    scored higher but none of whose sentences match; a passage without sentences keeps its cosine; off
    (0) or without a sentence index, the first stage is returned unchanged."""
    import numpy as np

    from search import fusion
    from search.sentence_index import SentenceIndex

    e = np.eye(3, dtype=np.float32)
    si = SentenceIndex(np.array([0, 2, 3, 3]), np.zeros(3, dtype=np.int32), np.zeros(3, dtype=np.int32),
                       np.stack([e[0], e[1], e[2]]).astype(np.float16))
    qv = e[0]
    best = si.best_cosines(np.array([0, 1, 2]), qv)
    assert best[:2].tolist() == [1.0, 0.0] and np.isnan(best[2])
    assert si.best_cosines(np.array([0]), qv, top=2).tolist() == [0.5]
    de = (np.array([1, 0, 2]), np.array([0.9, 0.5, 0.4], dtype=np.float32))
    rows, sc = fusion.sentence_dense(replace(FusionConfig(), w_dense_sentence=0.5), de, qv, si)
    assert rows.tolist() == [0, 1, 2] and sc.tolist() == pytest.approx([0.75, 0.45, 0.4])
    assert fusion.sentence_dense(replace(FusionConfig(), w_dense_sentence=0.0), de, qv, si) is de
    assert fusion.sentence_dense(FusionConfig(), de, qv, None) is de


def test_fresh_question_file_is_well_formed() -> None:
    """tests/eval_questions_fresh.jsonl (tests/EVAL_QUESTIONS.md): every line is holdout, in one of its four
    strata, and its regex selects at least one passage of the named documents (a broken line is not a miss)."""
    from search.eval import unanswerable

    qs = load_questions(REPO / "tests" / "eval_questions_fresh.jsonl")
    assert len(qs) >= 36 and {q.extra.get("split") for q in qs} == {"holdout"}
    assert {str(q.extra.get("stratum")) for q in qs} == {"paraphrase", "english", "typo", "status"}
    assert unanswerable(seed_engine(), qs) == []


def test_fusion_defaults_are_the_measured_ones() -> None:
    """The documented choice (FusionConfig docstring): normalised-score fusion, re-score off."""
    f = FusionConfig()
    assert f.method == "score" and f.rescore_depth == 0 and f.w_corrected > 1


def test_bm25_weight_follows_what_its_best_passage_holds_of_the_query() -> None:
    """`bm25_match` (FusionConfig.match_full/match_floor): a lookup whose best BM25 passage holds its words
    keeps BM25's full weight; a question in everyday words the list does not expand, whose best exact match
    holds little of it, gets less (never below the floor); an expanded or English query is left alone."""
    from search import fusion
    from search.highlight import term_spans

    eng = seed_engine()
    f = eng.fusion
    assert f.match_full > 0 and 0 < f.match_floor < 1 and not f.match_expanded
    idf, miss = eng.answerer.idf, eng.answerer.max_idf
    lookup = eng.plan("väntetider för neuropsykiatriska utredningar")
    top = eng.index.passages.get_many([int(eng._bm25(eng.bm25_groups(lookup), None, 10)[0][0])])[0]
    assert fusion.bm25_match(f, eng.bm25_groups(lookup), idf, miss, term_spans(eng.analyzer, top.text), False) == 1.0
    groups = [(["neuropsykiatr", "utredning", "fosterprov", "mamman"], 1.0)]
    partial = {"neuropsykiatr"}
    factor = fusion.bm25_match(f, groups, idf, miss, partial, False)
    assert f.match_floor <= factor < 1.0
    assert fusion.bm25_match(f, groups, idf, miss, set(), False) == f.match_floor
    assert fusion.bm25_match(f, groups, idf, miss, partial, True) == 1.0  # English: the glossary's guess
    assert fusion.bm25_match(f, groups, idf, miss, partial, False, expanded=True) == 1.0
    off = replace(f, match_full=0.0)
    assert fusion.bm25_match(off, groups, idf, miss, set(), False) == 1.0
