"""Hybrid search: dense (FAISS) + BM25 (Swedish analyzer) + entity signal (thesaurus links),
fused (search/fusion.py), filtered, highlighted; entity card and timeline when the query is about one entity."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from corpus.errors import QueryError
from graph.remote_http import read_budget
from graph.thesaurus import Thesaurus
from graph.timeline import TimelineEvent
from search import fusion
from search.answer import Answerer
from search.backends.base import LexicalQuery, PassageFilter
from search.expansion import Expansion, QueryExpander
from search.fusion import Fused, FusionConfig, QueryShape, Signal
from search.highlight import highlight, term_spans
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
class QueryPlan:
    """How the query is read: `lexical` (spelling corrected) feeds BM25, linking and highlighting,
    `expansion` adds lower-weighted words; `suggestion` is set when the spelling changed."""
    lexical: str
    expansion: Expansion
    suggestion: str | None = None

    @property
    def highlight_text(self) -> str:
        return " ".join(x for x in (self.lexical, self.expansion.translation, self.expansion.synonyms) if x)


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
        #: seconds the graph extras of one search may wait for a remote store in all (None: no limit)
        self.graph_budget_s: float | None = None

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
        return [(plan.lexical, 1.0)] + [(t, w) for t, w in ((e.translation, f.w_translation),
                                                            (e.synonyms, f.w_synonym)) if t]

    def _bm25(self, q: str | list[tuple[list[str], float]], allowed: np.ndarray | None, depth: int,
              filters: PassageFilter | None = None, texts: list[tuple[str, float]] | None = None
              ) -> tuple[np.ndarray, np.ndarray]:
        """BM25 candidates from the passage backend (search/backends/): a query text or term groups."""
        query = LexicalQuery([(self.analyzer.query_terms(q), 1.0)], [(q, 1.0)]) if isinstance(q, str) \
            else LexicalQuery(q, texts or [])
        return self.index.passage_index.lexical(query, depth, allowed, filters)

    def _dense(self, q: str, allowed: np.ndarray | None, depth: int, filters: PassageFilter | None = None
               ) -> tuple[np.ndarray, np.ndarray]:
        return self.index.passage_index.dense(self.embed_query(q), depth, allowed, filters)

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

    def _match(self, plan: QueryPlan, bm: Signal) -> float:
        """fusion.bm25_match for the query's term groups and BM25's best passage (1 when off or no match)."""
        if self.fusion.match_full <= 0 or len(bm[0]) == 0:
            return 1.0
        top = self.index.passages.get_many([int(bm[0][0])])[0]
        return fusion.bm25_match(self.fusion, self.bm25_groups(plan), self.answerer.idf,
                                 self.answerer.max_idf, term_spans(self.analyzer, top.text), plan.expansion.english,
                                 bool(plan.expansion.synonyms))

    def _fuse(self, mode: str, bm: Signal, de: Signal, ent: dict[int, float],
              weights: tuple[float, float] | None = None) -> Fused:
        return fusion.fuse(self.fusion, mode, bm, de, ent, weights)

    def _rescore(self, fused: Fused, qv: np.ndarray) -> Fused:
        return fusion.rescore(self.fusion, fused, qv, self.index.sentences)

    def _dedupe(self, fused: Fused, k: int) -> Fused:
        return fusion.dedupe(fused, k, self.index.group_of if self.fusion.dedupe else None)

    # ---- output ------------------------------------------------------------------------------
    def highlight(self, text: str, q: str, extra_spans: list[tuple[int, int]] = ()) -> str:  # type: ignore[assignment]
        """`text` HTML-escaped with the query's words and `extra_spans` marked (search/highlight.py)."""
        return highlight(self.analyzer, text, q, extra_spans)

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
            resp.answer = self.answerer.answer(query, lexical, self.bm25_groups(plan), self.embed_query(lexical),
                                               linked + extra, resp,
                                               {p.id: (r, p) for p, (r, _s, _p) in zip(rows, fused, strict=True)})
        resp.took_ms = round((time.perf_counter() - t0) * 1000, 2)
        return resp
