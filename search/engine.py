"""Hybrid search: dense (FAISS) + BM25 (Swedish analyzer) + entity signal (thesaurus links),
fused (search/fusion.py), filtered, highlighted; entity card and timeline when the query is about one entity.

`SearchEngine` assembles one search here; its parts live beside it: the query's limits, cleaning,
filters and `QueryPlan` in search/query_input.py, the signals in search/engine_signals.py, hits and
graph extras in search/engine_output.py. The names importers use are re-exported below.
"""

from __future__ import annotations

import time

import numpy as np

from corpus.errors import QueryError
from graph.remote_http import read_budget
from graph.thesaurus import Thesaurus
from search import fusion
from search.answer import Answerer
from search.backends.base import PassageFilter
from search.engine_output import EngineOutput, EntityFn, ResolveFn, TimelineFn
from search.engine_signals import EngineSignals
from search.expansion import QueryExpander
from search.fusion import FusionConfig
from search.index import SearchIndex
from search.linking import QueryLinker, is_entity_query
from search.models import EntityRef, SearchResponse
from search.query_input import (
    MAX_EMBED_QUERY_CHARS,
    MAX_K,
    MAX_QUERY_CHARS,
    MODES,
    QueryPlan,
    clean_query,
    filter_rows,
)
from search.spelling import SpellingCorrector

__all__ = ["LOW_DENSE_SIMILARITY", "MAX_EMBED_QUERY_CHARS", "MAX_K", "MAX_QUERY_CHARS", "MODES",
           "SEMANTIC_ONLY_MESSAGE", "EntityFn", "FusionConfig", "QueryPlan", "ResolveFn", "SearchEngine",
           "TimelineFn"]

#: Best dense similarity (cosine) below which a query that shares no word with the corpus is
#: flagged as a guess. Measured with bench/dense_threshold.py on the seed corpus (bench/RESULTS.md).
LOW_DENSE_SIMILARITY = 0.85
#: Shown with the results in that case (they are kept: meaning can still find something).
SEMANTIC_ONLY_MESSAGE = ("Inga ord i frågan finns i dokumenten; träffarna bygger bara på betydelselikhet "
                         "och kan vara osäkra.")


class SearchEngine(EngineSignals, EngineOutput):
    """One index, its thesaurus links and graph extras behind `search()`: clean, filter, plan, fuse, hit, answer."""

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
        #: seconds the graph extras of one search may wait for a remote store in all (None: no limit)
        self.graph_budget_s: float | None = None

    def _filter_rows(self, year_from: int | None, year_to: int | None, doc_type: str | None,
                     organ: str | None, entity_type: str | None) -> np.ndarray | None:
        """Allowed rows (sorted int64), or None when nothing is filtered (search.query_input.filter_rows)."""
        return filter_rows(self.index, year_from, year_to, doc_type, organ, entity_type)

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

    # ---- the query ---------------------------------------------------------------------------
    def search(self, q: str, k: int = 10, year_from: int | None = None, year_to: int | None = None,
               doc_type: str | None = None, organ: str | None = None, entity_type: str | None = None,
               mode: str = "hybrid", answer: bool = True) -> SearchResponse:
        t0 = time.perf_counter()
        if mode not in MODES:
            raise QueryError(f"okänt sökläge {mode!r}: välj {', '.join(MODES)}")
        if not isinstance(k, int) or k < 1 or k > MAX_K:
            raise QueryError(f"antal träffar måste vara mellan 1 och {MAX_K}")
        query, truncated = clean_query(q)
        message = (f"Frågan var för lång och har kortats till {len(query)} tecken." if truncated else None)
        allowed = self._filter_rows(year_from, year_to, doc_type, organ, entity_type)
        filters = PassageFilter(year_from, year_to, doc_type, organ, entity_type) if allowed is not None else None
        plan = self.plan(query)
        lexical = plan.lexical
        linked = self.linker.link(lexical) if self.linker is not None else []
        with read_budget(self.graph_budget_s):  # a slow remote graph costs the extras, never the search
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
        answer_groups = self.bm25_groups(plan)  # the answer reads the query's own words and the lists' only
        if mode == "hybrid":  # corpus terms near the query's meaning, a low-weight BM25 group
            plan = self.with_neighbours(plan)
        empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))
        bm = self._bm25(self.bm25_groups(plan), allowed, depth, filters, self.bm25_texts(plan)) \
            if mode in ("hybrid", "bm25") else empty
        de = self._dense(lexical, allowed, depth, filters) if mode in ("hybrid", "dense") else empty
        ent = self._entity(linked + extra, allowed) if mode == "hybrid" else {}
        shape = self.query_shape(lexical) if mode in ("hybrid", "dense") else None
        weights = None
        if mode == "hybrid" and shape is not None:  # query-dependent signal weights (search/fusion.py)
            f, en, xs = self.fusion, plan.expansion.english, fusion.expanded_shape(shape, len(plan.expansion.covered))
            wb, wd = self.query_weights(lexical, xs, en)
            wb = wb * (f.w_corrected if plan.suggestion is not None else 1.0)
            weights = (wb * fusion.bm25_confidence(f, bm, xs, en, self.index.group_of) * self._match(plan, bm),
                       wd * fusion.dense_confidence(f, de[1]))
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
            resp.answer = self.answerer.answer(query, lexical, answer_groups, self.embed_query(lexical),
                                               linked + extra, resp,
                                               {p.id: (r, p) for p, (r, _s, _p) in zip(rows, fused, strict=True)})
        resp.took_ms = round((time.perf_counter() - t0) * 1000, 2)
        return resp
