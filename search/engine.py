"""Hybrid search: dense (FAISS) + BM25 (Swedish analyzer) + entity signal (thesaurus links),
fused, filtered, highlighted; entity card and timeline when the query is about one entity."""

from __future__ import annotations

import html
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from corpus.errors import QueryError
from graph.thesaurus import Thesaurus
from graph.timeline import TimelineEvent
from search.answer import Answerer
from search.expansion import Expansion, QueryExpander
from search.index import SearchIndex
from search.linking import LinkedEntity, QueryLinker, is_entity_query
from search.models import DocumentRef, EntityRef, SearchHit, SearchResponse, TimelineItem
from search.passages import PassageRow
from search.spelling import SpellingCorrector

log = logging.getLogger(__name__)

MODES = ("hybrid", "bm25", "dense")
MAX_QUERY_CHARS = 1000
MAX_K = 100
#: The query text handed to the embedder is cut to this many characters (at a word boundary): the
#: embedding costs ~0.4 ms per character on 2 cores (a 1000-character query: ~380 ms), and the
#: start of a pasted text carries its topic. BM25 and highlighting use the whole (≤ 1000) query.
MAX_EMBED_QUERY_CHARS = 400
#: Best dense similarity (cosine) below which a query that shares no word with the corpus is
#: flagged as a guess. Measured with bench/dense_threshold.py on the seed corpus (bench/RESULTS.md).
LOW_DENSE_SIMILARITY = 0.85
#: Shown with the results in that case (they are kept: meaning can still find something).
SEMANTIC_ONLY_MESSAGE = ("Inga ord i frågan finns i dokumenten; träffarna bygger bara på betydelselikhet "
                         "och kan vara osäkra.")

TimelineFn = Callable[[str], list[TimelineEvent]]  # iri → its events, oldest first (graph.timeline.timeline)
EntityFn = Callable[[str], dict[str, Any]]         # iri → chip summary (graph.entities.entity_summary)
ResolveFn = Callable[[str], list[LinkedEntity]]  # query → graph entities it names by number


@dataclass(frozen=True)
class FusionConfig:
    """Defaults chosen by measurement on the dev split of tests/eval_questions.jsonl and on
    search_dev.jsonl (bench/ablation.py variants "prev-default", "default", "default,…"; `styrgraf eval`).

    Each signal's scores are min-max normalised over its own candidates (BM25's floor is 0) and
    added with query-dependent weights (`query_weights`, `bm25_confidence`, `w_corrected`): dev MRR@10
    "score" 0.901 vs "mix" 0.895 vs "rrf" 0.868 with the same weights; a mean floor (z-score-like)
    lost 0.004. The sentence re-score (`rescore_depth`) is kept off: at every blend weight tried
    (0.1–1.0, best sentence or mean of best two) it lost 0.006–0.04 MRR on dev."""
    method: str = "score"      # "rrf" (weighted reciprocal rank), "score" (normalised scores) or
                               # "mix" (rank and normalised score: margins count, not only order)
    rrf_k: float = 60.0
    w_dense: float = 1.0
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
                               # (`_rescore`): query · sentence cosine over the passage's precomputed sentence
                               # vectors (search/sentence_index.py), blended with the fused score
    w_sentence: float = 0.0    # the blend: fused score (its share of the best candidate's) + this · the
                               # sentence score min-max normalised over the candidates
    sentence_top: int = 1      # 1: the passage's best sentence; 2: the mean of its best two


@dataclass(frozen=True)
class QueryPlan:
    """How the query is read: `lexical` (spelling corrected) feeds BM25, linking and highlighting,
    `expansion` adds lower-weighted words; `suggestion` is set when the spelling changed."""
    lexical: str
    expansion: Expansion
    suggestion: str | None = None

    @property
    def highlight_text(self) -> str:
        return " ".join(x for x in (self.lexical, self.expansion.translation, self.expansion.synonyms) if x)


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


class SearchEngine:
    def __init__(self, index: SearchIndex, thesaurus: Thesaurus | None = None, timeline_fn: TimelineFn | None = None,
                 entity_fn: EntityFn | None = None, fusion: FusionConfig | None = None,
                 resolve_fn: ResolveFn | None = None) -> None:
        self.index = index
        self.linker = QueryLinker(thesaurus) if thesaurus is not None else None
        self.timeline_fn = timeline_fn
        self.entity_fn = entity_fn
        self.resolve_fn = resolve_fn  # numbered graph entities in the query ("effektmål 8", "uppdrag nr 11")
        self.fusion = fusion or FusionConfig()
        self.analyzer = index.bm25.analyzer
        self.speller = SpellingCorrector.for_bm25(self.analyzer, index.bm25.retriever)
        self.expander = QueryExpander.load(self.analyzer)
        self.answerer = Answerer(index)  # the cited extractive answer (search/answer.py)
        self._qvec: tuple[str, np.ndarray] | None = None  # the last query vector, reused by the answer

    # ---- input -------------------------------------------------------------------------------
    def _clean_query(self, q: Any) -> tuple[str, bool]:
        if q is None:
            raise QueryError("frågan saknas: skriv några ord att söka efter")
        if not isinstance(q, str):
            raise QueryError("frågan måste vara text")
        q = q.replace("\x00", " ").strip()
        q = re.sub(r"\s+", " ", q)
        if not q:
            raise QueryError("frågan är tom: skriv några ord att söka efter")
        truncated = False
        if len(q) > MAX_QUERY_CHARS:
            cut = q[:MAX_QUERY_CHARS]
            sp = cut.rfind(" ")
            q = cut[:sp] if sp > MAX_QUERY_CHARS // 2 else cut
            truncated = True
        if not re.search(r"\w", q):
            raise QueryError("frågan innehåller inga ord att söka efter (bara skiljetecken)")
        return q, truncated

    def _filter_rows(self, year_from: int | None, year_to: int | None, doc_type: str | None,
                     organ: str | None, entity_type: str | None) -> np.ndarray | None:
        """Allowed rows (sorted int64), or None when nothing is filtered."""
        if all(v in (None, "") for v in (year_from, year_to, doc_type, organ, entity_type)):
            return None
        if year_from is not None and year_to is not None and year_from > year_to:
            raise QueryError(f"årsintervallet är tomt: från {year_from} till {year_to}")
        idx = self.index
        ok = np.ones(len(idx.doc_ids), dtype=bool)
        if year_from is not None:
            ok &= (idx.doc_year != 0) & (idx.doc_year >= year_from)
        if year_to is not None:
            ok &= (idx.doc_year != 0) & (idx.doc_year <= year_to)
        if doc_type:
            ok &= idx.doc_type == doc_type.lower()
        if organ:
            o = organ.lower()
            ok &= np.array([o in org or o in title for org, title in idx.doc_organ_text], dtype=bool)
        mask = ok[idx.doc_of_row] if len(ok) else np.zeros(len(idx.doc_of_row), dtype=bool)
        if entity_type:
            et = entity_type.lower()
            emask = np.zeros(len(mask), dtype=bool)
            for iri, info in self.index.entity_info.items():
                types = [str(t).lower() for t in (info.get("types") or [])]
                if et == str(info.get("type") or "").lower() or et in types \
                        or any(t.rsplit("/", 1)[-1] == et for t in types):
                    emask[self.index.entity_rows[iri]] = True
            mask &= emask
        return np.flatnonzero(mask).astype(np.int64)

    # ---- reading the query --------------------------------------------------------------------
    def plan(self, query: str) -> QueryPlan:
        """Language, spelling and expansion of a cleaned query (see QueryPlan)."""
        exp = self.expander.expand(query)
        lexical, suggestion = query, None
        if self.fusion.spelling and not exp.english:
            lexical, fixes = self.speller.correct(query, foreign=self.expander.english_words)
            if fixes:
                suggestion = lexical
                exp = self.expander.expand(lexical)
        return QueryPlan(lexical, exp, suggestion)

    def bm25_groups(self, plan: QueryPlan) -> list[tuple[list[str], float]]:
        a, f, e = self.analyzer, self.fusion, plan.expansion
        groups = [(a.query_terms(plan.lexical), 1.0)]
        if e.translation:
            groups.append((a.query_terms(e.translation), f.w_translation))
        if e.synonyms:
            groups.append((a.query_terms(e.synonyms), f.w_synonym))
        return groups

    # ---- query-dependent weights ---------------------------------------------------------------
    def query_shape(self, q: str) -> QueryShape:
        toks = self.analyzer.tokens(q)
        vocab = self.index.bm25.retriever.vocab_dict if self.index.bm25.retriever is not None else {}
        known = sum(1 for t in toks if any(x in vocab for x in t.terms))
        code = any(_CODE.match(t.surface.split(":")[0]) for t in toks)
        return QueryShape(len(toks), known / len(toks) if toks else 0.0, code)

    def query_weights(self, q: str, shape: QueryShape | None = None, english: bool = False
                      ) -> tuple[float, float]:
        """(w_bm25, w_dense) for this query, by one general rule: BM25 counts in proportion to the
        share of query words the corpus contains at all (a question in another language or with
        words the documents never use has nothing to match exactly); short keyword queries and
        queries naming an acronym lean on exact words; long natural-language
        questions lean on meaning."""
        f = self.fusion
        if not f.adaptive:
            return f.w_bm25, f.w_dense
        shape = shape or self.query_shape(q)
        if english:  # the exact words are a glossary's guess; the multilingual embedder read the question
            return f.w_bm25 * f.english_bm25, f.w_dense * f.english_dense
        wb, wd = f.w_bm25 * shape.coverage, f.w_dense
        if shape.words <= 2 or shape.code:
            wb *= 1.5
        elif shape.words >= 5:
            wd *= 1.5
        return wb, wd

    def dense_confidence(self, scores: np.ndarray) -> float:
        """How far the dense signal's best passage stands out (cosine of #1 minus #5), as a weight factor
        in [dense_floor, 1]. Measured on the dev questions: with a margin < 0.01 dense ranked the answer
        first for 29% of them, with 0.02–0.04 for 92% (BM25: 66% and 96%)."""
        f = self.fusion
        if len(scores) < 5 or f.dense_margin <= 0:
            return 1.0
        return float(min(1.0, max(f.dense_floor, (scores[0] - scores[4]) / f.dense_margin)))

    def bm25_confidence(self, bm: tuple[np.ndarray, np.ndarray], shape: QueryShape, english: bool) -> float:
        """`bm25_boost` when every query word is a corpus word (after spelling correction and expansion),
        the query is not English, and BM25's best passage scores ≥ `bm25_sep` × the best passage of another
        duplicate group; else 1. A general form of "a clear exact-word winner is rarely wrong"; off by
        default (see FusionConfig.bm25_sep)."""
        f = self.fusion
        rows, sc = bm
        if f.bm25_sep <= 0 or english or shape.coverage < 1 or len(sc) == 0 or sc[0] <= 0:
            return 1.0
        group = self.index.group_of
        g0 = int(group[int(rows[0])])
        nxt = next((float(v) for r, v in zip(rows.tolist(), sc.tolist(), strict=True) if int(group[r]) != g0), 0.0)
        return f.bm25_boost if float(sc[0]) >= f.bm25_sep * nxt else 1.0

    @staticmethod
    def _expanded_shape(plan: QueryPlan, shape: QueryShape) -> QueryShape:
        """Words the corpus lacks but the everyday-word list expanded ("engångsgrejer" →
        engångsprodukter) count as covered for the BM25 weight."""
        extra = len(plan.expansion.covered)
        if not extra or shape.words == 0 or shape.coverage >= 1:
            return shape
        known = min(shape.words, round(shape.coverage * shape.words) + extra)
        return QueryShape(shape.words, known / shape.words, shape.code)

    # ---- signals -----------------------------------------------------------------------------
    def _bm25(self, q: str | list[tuple[list[str], float]], allowed: np.ndarray | None, depth: int
              ) -> tuple[np.ndarray, np.ndarray]:
        s = self.index.bm25.scores(q) if isinstance(q, str) else self.index.bm25.weighted_scores(q)
        if allowed is not None:
            m = np.zeros(len(s), dtype=bool)
            m[allowed] = True
            s = np.where(m, s, 0.0)
        nz = np.flatnonzero(s > 0)
        if len(nz) == 0:
            return nz.astype(np.int64), np.zeros(0, dtype=np.float32)
        if len(nz) > depth:  # partial selection: at 1M passages a common word matches half of them
            nz = nz[np.argpartition(-s[nz], depth - 1)[:depth]]
        top = nz[np.argsort(-s[nz], kind="stable")]
        return top.astype(np.int64), s[top].astype(np.float32)

    def _dense(self, q: str, allowed: np.ndarray | None, depth: int) -> tuple[np.ndarray, np.ndarray]:
        return self.index.dense.search(self.embed_query(q), depth, allowed)

    def embed_query(self, q: str) -> np.ndarray:
        """The query vector of `q` cut to MAX_EMBED_QUERY_CHARS; the last one is kept (one tuple, swapped
        atomically), so the answer step reuses the dense signal's vector: one embedding per query."""
        if len(q) > MAX_EMBED_QUERY_CHARS:
            cut = q[:MAX_EMBED_QUERY_CHARS]
            sp = cut.rfind(" ")
            q = cut[:sp] if sp > MAX_EMBED_QUERY_CHARS // 2 else cut
        last = self._qvec
        if last is not None and last[0] == q:
            return last[1]
        qv = self.index.embedder.embed_query(q)
        self._qvec = (q, qv)
        return qv

    def _entity(self, linked: list[LinkedEntity], allowed: np.ndarray | None) -> dict[int, float]:
        """Row → share of the query's entities that the passage mentions, each counted by its
        salience in the passage when `salience` is on (a passing mention counts half)."""
        if not linked:
            return {}
        counts: dict[int, float] = {}
        for e in linked:
            rows: dict[int, float] = {}
            for iri in (e.iri, *e.related):
                posting = self.index.entity_rows.get(iri)
                if posting is None:
                    continue
                sal = self.index.entity_salience.get(iri) if self.fusion.salience else None
                for j, row in enumerate(posting.tolist()):
                    v = float(sal[j]) if sal is not None else 1.0
                    rows[row] = max(rows.get(row, 0.0), v)
            row_of = self.index.row_of if e.passages else {}
            for pid in e.passages:  # graph entities: the passages they were read from
                if (row := row_of.get(pid)) is not None:
                    rows[row] = 1.0
            for row, v in rows.items():
                counts[row] = counts.get(row, 0.0) + v
        if allowed is not None and counts:
            ok = np.zeros(len(self.index.group_of), dtype=bool)
            ok[allowed] = True
            counts = {r: c for r, c in counts.items() if ok[r]}
        return {r: c / len(linked) for r, c in counts.items()}

    def _fuse(self, mode: str, bm: tuple[np.ndarray, np.ndarray], de: tuple[np.ndarray, np.ndarray],
              ent: dict[int, float], weights: tuple[float, float] | None = None
              ) -> list[tuple[int, float, dict[str, float]]]:
        f = self.fusion
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

    def _rescore(self, fused: list[tuple[int, float, dict[str, float]]], qv: np.ndarray
                 ) -> list[tuple[int, float, dict[str, float]]]:
        """Second stage: the top `rescore_depth` candidates re-ranked by fused score (as a share of the
        best) + w_sentence · their best sentence's cosine with the query (min-max over those candidates).
        A long passage is one vector diluted by its other topics; its one answering sentence is not.
        Without a sentence index (an index built with `sentences=False`) the order is kept."""
        f, si = self.fusion, self.index.sentences
        head = fused[:f.rescore_depth]
        if si is None or len(head) < 2 or head[0][1] <= 0:
            return fused
        q = np.asarray(qv, dtype=np.float32).reshape(-1)
        sims = np.full(len(head), np.nan, dtype=np.float32)
        for i, (r, _s, _p) in enumerate(head):
            a, b = int(si.ptr[r]), int(si.ptr[r + 1])
            if b > a:
                c = np.sort(np.asarray(si.vec[a:b], dtype=np.float32) @ q)[::-1]
                sims[i] = float(c[:f.sentence_top].mean())
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

    def _dedupe(self, fused: list[tuple[int, float, dict[str, float]]], k: int
                ) -> list[tuple[int, float, dict[str, float]]]:
        """The first `k` results, each group of near-identical passages shown once (its best)."""
        if not self.fusion.dedupe:
            return fused[:k]
        group = self.index.group_of
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

    # ---- output ------------------------------------------------------------------------------
    def highlight(self, text: str, q: str, extra_spans: list[tuple[int, int]] = ()) -> str:  # type: ignore[assignment]
        """HTML-escaped `text` with <mark> around words matching the query (same analysis as BM25:
        inflections, hyphen parts, compound parts) and around linked entity mentions."""
        qtoks = self.analyzer.tokens(q)
        q_primary = {t.terms[0] for t in qtoks}
        spans = list(extra_spans)
        for tok in self.analyzer.tokens(text):
            if tok.terms[0] in q_primary or q_primary.intersection(tok.terms[1:]):
                spans.append((tok.start, tok.end))
        spans.sort()
        merged: list[list[int]] = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        out, pos = [], 0
        for s, e in merged:
            out.append(html.escape(text[pos:s]))
            out.append("<mark>" + html.escape(text[s:e]) + "</mark>")
            pos = e
        out.append(html.escape(text[pos:]))
        return "".join(out)

    def _hit(self, p: PassageRow, score: float, parts: dict[str, float], q: str, rank: int,
             linked: list[LinkedEntity]) -> SearchHit:
        d = self.index.documents[p.doc_id]
        linked_iris = {i for e in linked for i in (e.iri, *e.related)}
        spans = [(int(s), int(e)) for ent in p.entities if ent["iri"] in linked_iris
                 for s, e in ent.get("spans", [])]
        return SearchHit(
            passage_id=p.id, text=p.text, highlight=self.highlight(p.text, q, spans), score=round(score, 6),
            document=DocumentRef(id=d["id"], title=d.get("title") or d["id"], type=d.get("type") or "ovrigt",
                                 date=d.get("date"), year=d.get("year"), organ=d.get("organ")),
            entities=[EntityRef(iri=e["iri"], label=e.get("label") or e["iri"], type=e.get("type"))
                      for e in p.entities],
            heading=p.heading or None, rank=rank, signals={k: round(v, 6) for k, v in parts.items()},
        )

    def _entity_extras(self, iri: str) -> tuple[dict[str, Any] | None, list[TimelineItem]]:
        card, events = None, []
        if self.entity_fn is not None:
            try:
                card = self.entity_fn(iri)
            except Exception as e:
                log.warning("entity card for %s failed: %s", iri, e)
        if self.timeline_fn is not None:
            try:
                events += [TimelineItem(date=ev.date, kind=ev.kind, label=ev.label, passage_id=ev.passage_id,
                                        iri=ev.iri, document_id=ev.document_id) for ev in self.timeline_fn(iri)]
            except Exception as e:
                log.warning("timeline for %s failed: %s", iri, e)
        return card, events

    def _resolve_numbered(self, query: str, linked: list[LinkedEntity]) -> list[LinkedEntity]:
        if self.resolve_fn is None:
            return []
        try:
            found = self.resolve_fn(query)
        except Exception as e:  # the graph is an extra: search works without it
            log.warning("resolving numbered entities failed: %s", e)
            return []
        taken = [(e.start, e.end) for e in linked]
        return [e for e in found if not any(s < e.end and e.start < t for s, t in taken)]

    # ---- the query ---------------------------------------------------------------------------
    def search(self, q: str, k: int = 10, year_from: int | None = None, year_to: int | None = None,
               doc_type: str | None = None, organ: str | None = None, entity_type: str | None = None,
               mode: str = "hybrid", answer: bool = True) -> SearchResponse:
        t0 = time.perf_counter()
        if mode not in MODES:
            raise QueryError(f"okänt sökläge {mode!r}: välj {', '.join(MODES)}")
        if not isinstance(k, int) or k < 1 or k > MAX_K:
            raise QueryError(f"antal träffar måste vara mellan 1 och {MAX_K}")
        query, truncated = self._clean_query(q)
        message = (f"Frågan var för lång och har kortats till {len(query)} tecken." if truncated else None)
        allowed = self._filter_rows(year_from, year_to, doc_type, organ, entity_type)
        plan = self.plan(query)
        lexical = plan.lexical
        linked = self.linker.link(lexical) if self.linker is not None else []
        linked += self._resolve_numbered(lexical, linked)
        # an English query: concepts named by the glossary's Swedish words count for the entity signal
        extra = [e for e in (self.linker.link(plan.expansion.translation)
                             if self.linker is not None and plan.expansion.translation else [])
                 if e.iri not in {x.iri for x in linked}]
        resp = SearchResponse(query=query, mode=mode, truncated=truncated, message=message,
                              suggestion=plan.suggestion,
                              entities=[EntityRef(iri=e.iri, label=e.label, type=e.type) for e in linked])
        if is_entity_query(lexical, linked):
            resp.entity, resp.timeline = self._entity_extras(linked[0].iri)
        if allowed is not None and len(allowed) == 0:
            resp.message = "Inga dokument matchar filtren: ändra eller ta bort filter."
            resp.took_ms = round((time.perf_counter() - t0) * 1000, 2)
            return resp
        if len(self.index.passages) == 0:
            resp.message = "Sökindexet är tomt."
            return resp
        depth = max(self.fusion.depth, k)
        empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))
        bm = self._bm25(self.bm25_groups(plan), allowed, depth) if mode in ("hybrid", "bm25") else empty
        de = self._dense(lexical, allowed, depth) if mode in ("hybrid", "dense") else empty
        ent = self._entity(linked + extra, allowed) if mode == "hybrid" else {}
        shape = self.query_shape(lexical) if mode in ("hybrid", "dense") else None
        weights = self.query_weights(lexical, self._expanded_shape(plan, shape), plan.expansion.english) \
            if mode == "hybrid" and shape is not None else None
        if weights is not None and shape is not None:
            wb = weights[0] * (self.fusion.w_corrected if plan.suggestion is not None else 1.0)
            weights = (wb * self.bm25_confidence(bm, self._expanded_shape(plan, shape), plan.expansion.english),
                       weights[1] * self.dense_confidence(de[1]))
        fused = self._fuse(mode, bm, de, ent, weights)
        if mode == "hybrid" and self.fusion.rescore_depth > 0 and self.fusion.w_sentence > 0:
            fused = self._rescore(fused, self.embed_query(lexical))
        fused = self._dedupe(fused, k)
        rows = self.index.passages.get_many([r for r, _s, _p in fused])
        resp.results = [self._hit(row, s, p, plan.highlight_text, i + 1, linked)
                        for i, (row, (_r, s, p)) in enumerate(zip(rows, fused, strict=True))]
        if resp.results and shape is not None and shape.coverage == 0 and not ent and len(bm[0]) == 0 \
                and (len(de[1]) == 0 or float(de[1][0]) < LOW_DENSE_SIMILARITY):
            # nothing in the query is a word of the documents and nothing is close in meaning
            resp.message = " ".join(x for x in (resp.message, SEMANTIC_ONLY_MESSAGE) if x)
        if not resp.results and resp.message is None:
            resp.message = "Inga träffar." if mode != "bm25" else \
                "Inga passager innehåller orden i frågan (prova semantisk eller hybrid sökning)."
        if answer:  # the cited extractive answer (search/answer.py); `answer=False` skips it
            resp.answer = self.answerer.answer(query, lexical, self.bm25_groups(plan), self.embed_query(lexical),
                                               linked + extra, resp)
        resp.took_ms = round((time.perf_counter() - t0) * 1000, 2)
        return resp
