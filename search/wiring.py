"""Assembling a ready-to-query `SearchEngine` from its parts: an index directory, the embedder its vectors
came from, the thesaurus for query linking and, when a graph store is at hand, the graph functions behind
entity cards, timelines and goals/assignments named by number ("effektmål 8", "uppdrag nr 11").

Settings-free on purpose: which index and which store to use is decided by the layers that own settings
and the workspace (`api/resources.py` for the service, `styrgraf/engine.py` for the command line)."""

from __future__ import annotations

import logging
from pathlib import Path

import pyoxigraph

from graph.entities import entity_summary
from graph.numbered import numbered_mentions
from graph.thesaurus import Thesaurus
from graph.timeline import timeline
from search.embedders.base import Embedder
from search.engine import EntityFn, ResolveFn, SearchEngine, TimelineFn
from search.index import SearchIndex
from search.linking import LinkedEntity

log = logging.getLogger(__name__)


def load_thesaurus() -> Thesaurus | None:
    """The bundled thesaurus; None (queries are not entity-linked) when it cannot be read."""
    try:
        return Thesaurus.load()
    except Exception as e:  # a broken thesaurus costs query linking, not search
        log.warning("no thesaurus, queries are not entity-linked: %s", e)
        return None


def numbered_resolver(store: pyoxigraph.Store) -> ResolveFn:
    """query → the goals and assignments it names by number, resolved against `store`."""

    def resolve(text: str) -> list[LinkedEntity]:
        return [LinkedEntity(m.iri, m.label, m.type, m.start, m.end, m.surface, passages=m.passages)
                for m in numbered_mentions(store, text)]

    return resolve


def graph_functions(store: pyoxigraph.Store) -> tuple[TimelineFn, EntityFn, ResolveFn]:
    """(timeline, entity summary, numbered resolver) bound to `store`."""
    return (lambda iri: timeline(store, iri)), (lambda iri: entity_summary(store, iri)), numbered_resolver(store)


def build_engine(index_dir: Path, embedder: Embedder, thesaurus: Thesaurus | None,
                 store: pyoxigraph.Store | None = None) -> SearchEngine:
    """The engine over the index in `index_dir`; without a `store` it answers without cards and timelines."""
    index = SearchIndex.load(index_dir, embedder)
    if store is None:
        return SearchEngine(index, thesaurus=thesaurus)
    timeline_fn, entity_fn, resolve_fn = graph_functions(store)
    return SearchEngine(index, thesaurus=thesaurus, timeline_fn=timeline_fn, entity_fn=entity_fn,
                        resolve_fn=resolve_fn)
