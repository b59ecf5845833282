"""Fusion of the search signals: `FusionConfig` (the measured defaults), the query's shape and the
query-dependent signal weights, score normalisation and fusion of BM25, dense and entity scores, and
the sentence-level re-score (off by default). Functions over arrays; `SearchEngine` calls them."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass

import numpy as np

from search.analysis import Analyzer
from search.sentence_index import SentenceIndex

#: One signal's candidates: rows (int64) and their scores, best first.
Signal = tuple[np.ndarray, np.ndarray]
#: Fused candidates: (row, fused score, per-signal contributions), best first.
Fused = list[tuple[int, float, dict[str, float]]]


@dataclass(frozen=True)
class FusionConfig:
    """Defaults chosen by measurement on the dev split of tests/eval_questions.jsonl and on
    search_dev.jsonl (bench/ablation.py variants "prev-default", "default", "default,…"; `styrgraf eval`).

    Each signal's scores are min-max normalised over its own candidates (BM25's floor is 0) and
    added with query-dependent weights (`query_weights`, `bm25_confidence`, `w_corrected`): dev MRR@10
    "score" 0.901 vs "mix" 0.895 vs "rrf" 0.868 with the same weights; a mean floor (z-score-like)
    lost 0.004. The sentence re-score (`rescore_depth`) is kept off: at every blend weight tried
    (0.1–1.0, best sentence or mean of best two) it lost 0.006–0.04 MRR on dev. Sentences count inside
    the dense signal instead (`w_dense_sentence`), so dense mode gains too and fusion sees one signal."""
    method: str = "score"      # "rrf" (weighted reciprocal rank), "score" (normalised scores) or
                               # "mix" (rank and normalised score: margins count, not only order)
    rrf_k: float = 60.0
    w_dense: float = 0.8       # with w_dense_sentence 0.3 (a dense signal that now ranks better, so it needs
                               # less weight to count): dev hybrid MRR@10 0.918 either way, with 1.0 0.912
    w_bm25: float = 1.0
    w_entity: float = 0.5
    depth: int = 100           # candidates taken from each signal
    mix: float = 0.5           # "mix": share of the normalised score (the rest is the rank)
    adaptive: bool = True      # query-dependent signal weights (`query_weights`)
    salience: bool = False     # entity boost scaled by how salient the entity is in the passage
                               # (measured: no gain on either question file, so off)
    dedupe: bool = True        # near-identical passages of a document are shown once
    spelling: bool = True      # unknown query words corrected against the corpus (search/spelling.py)
    w_synonym: float = 0.5     # BM25 weight of everyday-word expansions (the query's own words: 1);
                               # dev MRR@10 0.3 → 0.909, 0.5 → 0.920, 0.7 → 0.921 (paraphrase 0.53/0.61/0.62)
    w_translation: float = 1.0 # BM25 weight of the glossary's Swedish words for an English query
    english_bm25: float = 1.0  # an English query: BM25 (on the glossary's translation) counts this much …
    english_dense: float = 1.0 # … and dense (the embedder reads it as typed) this much. Measured: leaning
                               # on dense (0.5 / 1.5) lost 0.14 MRR on English questions (dense alone is
                               # the weakest signal on them here), so both count fully
    dense_margin: float = 0.0  # > 0: dense weight scaled by its #1–#5 cosine margin / this (`dense_confidence`);
                               # measured on the dev split: 0.02 → MRR 0.874, off → 0.881, so off
    dense_floor: float = 0.3   # … but never below this share
    bm25_sep: float = 0.0      # > 0: a query whose words the corpus all knows (after spelling and expansion)
                               # and whose BM25 best passage scores ≥ this × the next distinct passage's gets
                               # w_bm25 × bm25_boost (`bm25_confidence`). Off: with w_corrected it added nothing
                               # on dev; alone (1.3, boost 2) it cost paraphrases 0.06
    bm25_boost: float = 1.0
    w_corrected: float = 2.0   # BM25 weight factor for a query the spelling corrector changed: its words are
                               # now the corpus's own spellings. Dev typo stratum: BM25 1.00, dense 0.77;
                               # hybrid 0.87 with 1, 0.90 with 1.5, 1.00 with 2 (and 3)
    norm: str = "minmax"       # "mix"/"score": a signal's floor is its deepest candidate ("minmax", 0 for
                               # BM25) or the mean over its candidates ("mean": a z-score scaled to the best)
    rescore_depth: int = 0     # > 0: the top this many fused candidates are re-scored at sentence level
                               # (`rescore`): query · sentence cosine over the passage's precomputed sentence
                               # vectors (search/sentence_index.py), blended with the fused score
    w_sentence: float = 0.0    # the blend: fused score (its share of the best candidate's) + this · the
                               # sentence score min-max normalised over the candidates
    sentence_top: int = 1      # 1: the passage's best sentence; 2: the mean of its best two
    w_dense_sentence: float = 0.3  # > 0: the dense signal's candidates re-scored as (1 - this) · passage
                               # cosine + this · best-sentence cosine (`sentence_dense`): a long passage's
                               # one vector is diluted by its other topics, its answering sentence is not.
                               # Dev, dense alone: MRR@10 0.724 → 0.782 (0.3), 0.775 (0.5), 0.761 (1.0);
                               # dev paraphrases with the everyday-word list emptied, hybrid 0.215 → 0.229
    match_full: float = 0.5    # > 0: BM25's weight scaled by how much of the query its best passage contains
                               # (`bm25_match`): the idf-weighted share of a term group's terms found there,
                               # best group; at ≥ this share full weight, below it proportionally less …
    match_floor: float = 0.2   # … but never below this share of it. Measured on the dev split: every
                               # lookup/status/keyword/typo/corpus question's best BM25 passage holds ≥ 0.40
                               # of its words, paraphrases ≤ 0.25. With the everyday-word list emptied
                               # (a paraphrase no list covers) paraphrase MRR@10: hybrid 0.173 < dense 0.201
                               # without the rule, 0.215 with it (plateau for full 0.5, floor 0–0.4); the
                               # other files and dev with the list are unchanged
    match_english: bool = False  # whether the rule applies to English queries too (no change on dev)
    match_expanded: bool = False # whether it applies to a query the everyday-word list expanded: such a
                               # query's best passage often holds few of its words but the right ones
                               # (dev paraphrase 0.606 → 0.53 with the rule applied), so no
    w_neighbour: float = 0.3   # > 0: BM25 weight of the corpus terms nearest the query vector (search/term_vectors.py,
                               # hybrid only, when the index has the term table). Dev with the everyday-word list
                               # emptied: hybrid 0.861 → 0.884 (paraphrase 0.229 → 0.387), no stratum lower; 0.5:
                               # paraphrase 0.442 but corpus 0.903 → 0.861
    neighbour_top: int = 3     # at most this many terms (2: dev paraphrase 0.373) …
    neighbour_pool: int = 10   # … among this many nearest (query terms and their compounds skipped) …
    neighbour_min_cos: float = 0.8  # … with at least this cosine (e5 cosines of related words: 0.80–0.93)


@dataclass(frozen=True)
class QueryShape:
    """What the query looks like, for the weighting rule: content words, how many of them the
    corpus knows, and whether it names an acronym."""
    words: int
    coverage: float
    code: bool


#: An acronym or code as written (SPOT, SKOP, NIPT, USÖ, BUP:s). Numbers and years are not: in
#: yearly plans and reports they are everywhere and say little about the topic.
_CODE = re.compile(r"^[A-ZÅÄÖ]{2,}[a-zåäö]{0,2}$")


def query_shape(analyzer: Analyzer, vocab: Container[str], q: str) -> QueryShape:
    toks = analyzer.tokens(q)
    known = sum(1 for t in toks if any(x in vocab for x in t.terms))
    code = any(_CODE.match(t.surface.split(":")[0]) for t in toks)
    return QueryShape(len(toks), known / len(toks) if toks else 0.0, code)


def query_weights(f: FusionConfig, shape: QueryShape, english: bool = False) -> tuple[float, float]:
    """(w_bm25, w_dense) for this query, by one general rule: BM25 counts in proportion to the
    share of query words the corpus contains at all (a question in another language or with
    words the documents never use has nothing to match exactly); short keyword queries and
    queries naming an acronym lean on exact words; long natural-language
    questions lean on meaning."""
    if not f.adaptive:
        return f.w_bm25, f.w_dense
    if english:  # the exact words are a glossary's guess; the multilingual embedder read the question
        return f.w_bm25 * f.english_bm25, f.w_dense * f.english_dense
    wb, wd = f.w_bm25 * shape.coverage, f.w_dense
    if shape.words <= 2 or shape.code:
        wb *= 1.5
    elif shape.words >= 5:
        wd *= 1.5
    return wb, wd


def dense_confidence(f: FusionConfig, scores: np.ndarray) -> float:
    """How far the dense signal's best passage stands out (cosine of #1 minus #5), as a weight factor
    in [dense_floor, 1]. Measured on the dev questions: with a margin < 0.01 dense ranked the answer
    first for 29% of them, with 0.02–0.04 for 92% (BM25: 66% and 96%)."""
    if len(scores) < 5 or f.dense_margin <= 0:
        return 1.0
    return float(min(1.0, max(f.dense_floor, (scores[0] - scores[4]) / f.dense_margin)))


def bm25_confidence(f: FusionConfig, bm: Signal, shape: QueryShape, english: bool, group: np.ndarray) -> float:
    """`bm25_boost` when every query word is a corpus word (after spelling correction and expansion),
    the query is not English, and BM25's best passage scores ≥ `bm25_sep` × the best passage of another
    duplicate group (`group`: row → near-duplicate group); else 1. A general form of "a clear
    exact-word winner is rarely wrong"; off by default (see FusionConfig.bm25_sep)."""
    rows, sc = bm
    if f.bm25_sep <= 0 or english or shape.coverage < 1 or len(sc) == 0 or sc[0] <= 0:
        return 1.0
    g0 = int(group[int(rows[0])])
    nxt = next((float(v) for r, v in zip(rows.tolist(), sc.tolist(), strict=True) if int(group[r]) != g0), 0.0)
    return f.bm25_boost if float(sc[0]) >= f.bm25_sep * nxt else 1.0


def bm25_match(f: FusionConfig, groups: Sequence[tuple[Sequence[str], float]], idf: Callable[[str], float],
               missing_idf: float, top_terms: Container[str], english: bool, expanded: bool = False) -> float:
    """BM25's weight factor from what its best passage (`top_terms`: its index terms) holds of the query:
    the larger of the idf-weighted shares of each term group (the query's own words, the translation, the
    everyday-word expansions) found there, over `match_full`, clamped to [match_floor, 1]. A question
    whose words the best exact match mostly lacks (everyday words no list expanded) gets its BM25 ranking
    from the one or two common words it shares with many passages, and meaning should decide; a
    lookup's best passage holds most of the question's words. A word the corpus lacks counts at
    `missing_idf` (it is part of the question, and the passage does not have it)."""
    if f.match_full <= 0 or (english and not f.match_english) or (expanded and not f.match_expanded):
        return 1.0
    best = 0.0
    for terms, _w in groups:
        weights = [(t, idf(t) or missing_idf) for t in dict.fromkeys(terms)]
        total = sum(w for _t, w in weights)
        if total > 0:
            best = max(best, sum(w for t, w in weights if t in top_terms) / total)
    return float(min(1.0, max(f.match_floor, best / f.match_full)))


def expanded_shape(shape: QueryShape, covered: int) -> QueryShape:
    """Words the corpus lacks but the everyday-word list expanded (`covered` of them: "engångsgrejer"
    → engångsprodukter) count as covered for the BM25 weight."""
    if not covered or shape.words == 0 or shape.coverage >= 1:
        return shape
    known = min(shape.words, round(shape.coverage * shape.words) + covered)
    return QueryShape(shape.words, known / shape.words, shape.code)


def fuse(f: FusionConfig, mode: str, bm: Signal, de: Signal, ent: dict[int, float],
         weights: tuple[float, float] | None = None) -> Fused:
    """The candidates of all signals, scored by `f.method` (see FusionConfig) and sorted best first."""
    parts: dict[int, dict[str, float]] = {}
    if mode == "bm25":
        return [(int(r), float(s), {"bm25": float(s)}) for r, s in zip(*bm, strict=True)]
    if mode == "dense":
        return [(int(r), float(s), {"dense": float(s)}) for r, s in zip(*de, strict=True)]
    w_bm25, w_dense = weights or (f.w_bm25, f.w_dense)
    if f.method == "mix":
        # each signal scores a candidate in [0, 1]: (1 - mix) · its rank share (k+1)/(k+rank+1)
        # + mix · its score between the signal's floor (the deepest candidate; 0 for BM25) and
        # its best, so a clear winner keeps its margin and a near-tie stays a near-tie
        for name, (rows, sc), w in (("bm25", bm, w_bm25), ("dense", de, w_dense)):
            if len(sc) == 0 or w <= 0:
                continue
            hi = float(sc[0])
            lo = float(sc.mean()) if f.norm == "mean" else 0.0 if name == "bm25" else float(sc[-1])
            span = (hi - lo) or 1.0
            for rank, (r, v) in enumerate(zip(rows.tolist(), sc.tolist(), strict=True)):
                rr = (f.rrf_k + 1) / (f.rrf_k + rank + 1)
                parts.setdefault(r, {})[name] = w * ((1 - f.mix) * rr + f.mix * max(v - lo, 0.0) / span)
        for r, frac in ent.items():
            parts.setdefault(r, {})["entity"] = f.w_entity * frac
    elif f.method == "rrf":
        for name, (rows, _s), w in (("bm25", bm, w_bm25), ("dense", de, w_dense)):
            for rank, r in enumerate(rows.tolist()):
                parts.setdefault(r, {})[name] = w / (f.rrf_k + rank + 1)
        if ent:
            # the entity signal ranks passages by how many query entities they mention,
            # ties broken by the better of their other ranks
            for r, frac in ent.items():
                parts.setdefault(r, {})["entity"] = f.w_entity * frac / (f.rrf_k + 1)
    else:
        for name, (rows, s), w in (("bm25", bm, w_bm25), ("dense", de, w_dense)):
            if len(s) == 0:
                continue
            lo, hi = float(s.min()), float(s.max())
            if name == "bm25":
                lo = 0.0
            if f.norm == "mean":
                lo = float(s.mean())
            span = (hi - lo) or 1.0
            for r, v in zip(rows.tolist(), s.tolist(), strict=True):
                parts.setdefault(r, {})[name] = w * max(v - lo, 0.0) / span
        for r, frac in ent.items():
            parts.setdefault(r, {})["entity"] = f.w_entity * frac
    fused = [(r, sum(p.values()), p) for r, p in parts.items()]
    fused.sort(key=lambda x: (-x[1], x[0]))
    return fused


def rescore(f: FusionConfig, fused: Fused, qv: np.ndarray, si: SentenceIndex | None) -> Fused:
    """Second stage: the top `rescore_depth` candidates re-ranked by fused score (as a share of the
    best) + w_sentence · their best sentence's cosine with the query (min-max over those candidates).
    A long passage is one vector diluted by its other topics; its one answering sentence is not.
    Without a sentence index (an index built with `sentences=False`) the order is kept."""
    head = fused[:f.rescore_depth]
    if si is None or len(head) < 2 or head[0][1] <= 0:
        return fused
    sims = si.best_cosines(np.asarray([r for r, _s, _p in head], dtype=np.int64), qv, f.sentence_top)
    ok = ~np.isnan(sims)
    if ok.sum() < 2:
        return fused
    lo, hi = float(sims[ok].min()), float(sims[ok].max())
    norm = np.where(ok, (sims - lo) / ((hi - lo) or 1.0), 0.0)
    best = head[0][1]
    out = []
    for (r, s, p), n in zip(head, norm.tolist(), strict=True):
        parts = {**p, "sentence": f.w_sentence * n}
        out.append((r, s / best + f.w_sentence * n, parts))
    out.sort(key=lambda x: (-x[1], x[0]))
    return out + [(r, s / best, p) for r, s, p in fused[f.rescore_depth:]]


def sentence_dense(f: FusionConfig, de: Signal, qv: np.ndarray, si: SentenceIndex | None) -> Signal:
    """The dense candidates re-scored with their best sentence (`w_dense_sentence`), best first; a passage
    without sentences keeps its passage cosine. Only the first stage's candidates are read, from the
    sentence vectors stored at build, so the cost is one small product, not another embedding."""
    rows, sc = de
    if si is None or f.w_dense_sentence <= 0 or len(rows) == 0:
        return de
    best = si.best_cosines(rows, qv, f.sentence_top)
    w = f.w_dense_sentence
    new = np.where(np.isnan(best), sc, (1 - w) * sc + w * np.nan_to_num(best)).astype(np.float32)
    order = np.lexsort((rows, -new))
    return rows[order], new[order]


def dedupe(fused: Fused, k: int, group: np.ndarray | None) -> Fused:
    """The first `k` results, each group of near-identical passages (`group`: row → group) shown once
    (its best); `group` None (FusionConfig.dedupe off): simply the first `k`."""
    if group is None:
        return fused[:k]
    seen: set[int] = set()
    out = []
    for item in fused:
        g = int(group[item[0]])
        if g in seen:
            continue
        seen.add(g)
        out.append(item)
        if len(out) == k:
            break
    return out
