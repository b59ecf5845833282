"""Assembling a ready-to-query `SearchEngine` from its parts: an index directory, the embedder its vectors
came from, the thesaurus for query linking and, when a graph store is at hand, the graph functions behind
entity cards, timelines and goals/assignments named by number ("effektmål 8", "uppdrag nr 11").

Settings-free on purpose: which index and which store to use is decided by the layers that own settings
and the workspace (`api/resources.py` for the service, `styrgraf/engine.py` for the command line)."""

from __future__ import annotations

import copy
import logging
from functools import lru_cache
from pathlib import Path

from graph.entities import entity_summary
from graph.numbered import numbered_mentions
from graph.store import GraphStore
from graph.thesaurus import Thesaurus
from graph.timeline import timeline
from search.backends.milvus import MilvusConfig
from search.embedders.base import Embedder
from search.engine import EntityFn, ResolveFn, SearchEngine, TimelineFn
from search.index import SearchIndex
from search.linking import LinkedEntity

log = logging.getLogger(__name__)

#: Texts whose analysis a serving engine keeps (Analyzer.cache_tokens): the passages and sentences it
#: highlights and scores for answers; a few thousand hold the popular ones in a few tens of MB.
TOKEN_CACHE = 4096
#: Entity summaries and timelines kept per engine. An engine serves one generation, whose store is
#: read-only, so a kept answer never goes stale; a timeline costs 10-40 ms of SPARQL.
GRAPH_CACHE = 512


def load_thesaurus() -> Thesaurus | None:
    """The bundled thesaurus; None (queries are not entity-linked) when it cannot be read."""
    try:
        return Thesaurus.load()
    except Exception as e:  # a broken thesaurus costs query linking, not search
        log.warning("no thesaurus, queries are not entity-linked: %s", e)
        return None


def numbered_resolver(store: GraphStore) -> ResolveFn:
    """query → the goals and assignments it names by number, resolved against `store`."""

    def resolve(text: str) -> list[LinkedEntity]:
        return [LinkedEntity(m.iri, m.label, m.type, m.start, m.end, m.surface, passages=m.passages)
                for m in numbered_mentions(store, text)]

    return resolve


def graph_functions(store: GraphStore) -> tuple[TimelineFn, EntityFn, ResolveFn]:
    """(timeline, entity summary, numbered resolver) bound to `store`; timelines and summaries are kept
    per IRI (GRAPH_CACHE), copied out so that no caller can change a kept one."""
    kept_timeline = lru_cache(maxsize=GRAPH_CACHE)(lambda iri: tuple(timeline(store, iri)))
    kept_summary = lru_cache(maxsize=GRAPH_CACHE)(lambda iri: entity_summary(store, iri))
    return ((lambda iri: list(kept_timeline(iri))), (lambda iri: copy.deepcopy(kept_summary(iri))),
            numbered_resolver(store))


def build_engine(index_dir: Path, embedder: Embedder, thesaurus: Thesaurus | None,
                 store: GraphStore | None = None, milvus: MilvusConfig | None = None,
                 graph_budget_s: float | None = None) -> SearchEngine:
    """The engine over the index in `index_dir`; without a `store` it answers without cards and timelines.
    The passage backend is the one the index's meta names (embedded files or a Milvus collection, reached
    through `milvus` when given: its token, a moved server). `graph_budget_s`: how long one search's graph
    extras may wait for a remote store in all."""
    index = SearchIndex.load(index_dir, embedder, milvus)
    index.bm25.analyzer.cache_tokens(TOKEN_CACHE)
    if store is None:
        return SearchEngine(index, thesaurus=thesaurus)
    timeline_fn, entity_fn, resolve_fn = graph_functions(store)
    engine = SearchEngine(index, thesaurus=thesaurus, timeline_fn=timeline_fn, entity_fn=entity_fn,
                          resolve_fn=resolve_fn)
    engine.graph_budget_s = graph_budget_s  # a remote store's wait per search (graph.remote_http.read_budget)
    return engine
