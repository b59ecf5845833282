"""The signals of one query, as the `SearchEngine` computes them: BM25 term groups and candidates,
the query vector and dense candidates, the entity signal, query-dependent weights, and the fusion
steps (search/fusion.py) bound to the engine's index and `FusionConfig`.

A mixin so `SearchEngine` keeps these as its own methods (bench/ and tests/ call `_bm25`, `_fuse`,
`_dedupe`, `query_weights` on an engine); it holds no state of its own beyond the last query vector.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from search import fusion
from search.analysis import Analyzer
from search.answer import Answerer
from search.backends.base import LexicalQuery, PassageFilter
from search.fusion import Fused, FusionConfig, QueryShape, Signal
from search.highlight import term_spans
from search.index import SearchIndex
from search.linking import LinkedEntity
from search.query_input import QueryPlan, embed_text


class EngineSignals:
    """Signal methods of `SearchEngine`; the attributes below are set by its constructor."""

    index: SearchIndex
    fusion: FusionConfig
    analyzer: Analyzer
    answerer: Answerer
    _qvec: tuple[str, np.ndarray] | None

    def bm25_groups(self, plan: QueryPlan) -> list[tuple[list[str], float]]:
        a, f, e = self.analyzer, self.fusion, plan.expansion
        groups = [(a.query_terms(plan.lexical), 1.0)]
        if e.translation:
            groups.append((a.query_terms(e.translation), f.w_translation))
        if e.synonyms:
            groups.append((a.query_terms(e.synonyms), f.w_synonym))
        if plan.neighbours:
            groups.append(([t for t, _s in plan.neighbours], f.w_neighbour))
        return groups

    def with_neighbours(self, plan: QueryPlan) -> QueryPlan:
        """`plan` with the corpus terms nearest its query vector (search/term_vectors.py) when the index has
        the term table and the query is Swedish (an English one has the glossary); embeds the query, which
        the dense signal reuses."""
        f, tv = self.fusion, self.index.term_vectors
        if tv is None or f.w_neighbour <= 0 or plan.expansion.english:
            return plan
        own = [t for terms, _w in self.bm25_groups(plan) for t in terms]
        vocab = self.index.bm25.retriever.vocab_dict if self.index.bm25.retriever is not None else {}
        if not any(t in vocab for t in own):  # no word of the documents: BM25 has no weight (query_weights),
            return plan                        # and its silence is what flags the results as a semantic guess
        near = tv.neighbours(self.embed_query(plan.lexical), own, f.neighbour_top, f.neighbour_pool,
                             f.neighbour_min_cos)
        return dataclasses.replace(plan, neighbours=tuple(near)) if near else plan

    # ---- query-dependent weights ---------------------------------------------------------------
    def query_shape(self, q: str) -> QueryShape:
        vocab = self.index.bm25.retriever.vocab_dict if self.index.bm25.retriever is not None else {}
        return fusion.query_shape(self.analyzer, vocab, q)

    def query_weights(self, q: str, shape: QueryShape | None = None, english: bool = False
                      ) -> tuple[float, float]:
        """(w_bm25, w_dense) for this query (search.fusion.query_weights); the shape is read only when needed."""
        if not self.fusion.adaptive:
            return self.fusion.w_bm25, self.fusion.w_dense
        return fusion.query_weights(self.fusion, shape or self.query_shape(q), english)

    # ---- signals -----------------------------------------------------------------------------
    def bm25_texts(self, plan: QueryPlan) -> list[tuple[str, float]]:
        """The raw texts behind `bm25_groups`, for a passage backend with its own analyzer."""
        e, f = plan.expansion, self.fusion
        near = " ".join(s for _t, s in plan.neighbours)
        return [(plan.lexical, 1.0)] + [(t, w) for t, w in ((e.translation, f.w_translation),
                                                            (e.synonyms, f.w_synonym),
                                                            (near, f.w_neighbour)) if t]

    def _bm25(self, q: str | list[tuple[list[str], float]], allowed: np.ndarray | None, depth: int,
              filters: PassageFilter | None = None, texts: list[tuple[str, float]] | None = None
              ) -> tuple[np.ndarray, np.ndarray]:
        """BM25 candidates from the passage backend (search/backends/): a query text or term groups."""
        query = LexicalQuery([(self.analyzer.query_terms(q), 1.0)], [(q, 1.0)]) if isinstance(q, str) \
            else LexicalQuery(q, texts or [])
        return self.index.passage_index.lexical(query, depth, allowed, filters)

    def _dense(self, q: str, allowed: np.ndarray | None, depth: int, filters: PassageFilter | None = None
               ) -> tuple[np.ndarray, np.ndarray]:
        qv = self.embed_query(q)
        return fusion.sentence_dense(self.fusion, self.index.passage_index.dense(qv, depth, allowed, filters), qv,
                                     self.index.sentences)

    def embed_query(self, q: str) -> np.ndarray:
        """The query vector of `q` cut to MAX_EMBED_QUERY_CHARS; the last one is kept (one tuple, swapped
        atomically), so the answer step reuses the dense signal's vector: one embedding per query."""
        q = embed_text(q)
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

    def _match(self, plan: QueryPlan, bm: Signal) -> float:
        """fusion.bm25_match for the query's term groups and BM25's best passage (1 when off or no match)."""
        if self.fusion.match_full <= 0 or len(bm[0]) == 0:
            return 1.0
        top = self.index.passages.get_many([int(bm[0][0])])[0]
        return fusion.bm25_match(self.fusion, self.bm25_groups(plan), self.answerer.idf,
                                 self.answerer.max_idf, term_spans(self.analyzer, top.text), plan.expansion.english,
                                 bool(plan.expansion.synonyms))

    # ---- fusion (search/fusion.py) with the engine's configuration ----------------------------
    def _fuse(self, mode: str, bm: Signal, de: Signal, ent: dict[int, float],
              weights: tuple[float, float] | None = None) -> Fused:
        return fusion.fuse(self.fusion, mode, bm, de, ent, weights)

    def _rescore(self, fused: Fused, qv: np.ndarray) -> Fused:
        return fusion.rescore(self.fusion, fused, qv, self.index.sentences)

    def _dedupe(self, fused: Fused, k: int) -> Fused:
        return fusion.dedupe(fused, k, self.index.group_of if self.fusion.dedupe else None)
