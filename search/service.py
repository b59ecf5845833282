"""Opening a ready-to-query `SearchEngine` from settings: the current workspace generation's index
(with the graph store behind entity cards and timelines), an explicit index directory, or, when
nothing has been built yet, an index of the bundled corpus built once into the data directory's cache."""

from __future__ import annotations

import hashlib
import logging
import shutil
import sys
from pathlib import Path
from typing import Any

from corpus.errors import StyrgrafError
from search.engine import SearchEngine
from search.index import SearchIndex

log = logging.getLogger(__name__)


def _thesaurus() -> Any | None:
    try:
        from graph.thesaurus import default_thesaurus

        return default_thesaurus()
    except Exception as e:
        log.warning("no thesaurus, queries are not entity-linked: %s", e)
        return None


def numbered_resolver(store: Any) -> Any:
    """query → LinkedEntity list for the goals and assignments it names by number, from `store`."""
    from graph.numbered import numbered_mentions
    from search.linking import LinkedEntity

    def resolve(text: str) -> list[LinkedEntity]:
        return [LinkedEntity(m.iri, m.label, m.type, m.start, m.end, m.surface, passages=m.passages)
                for m in numbered_mentions(store, text)]

    return resolve


def _graph_callables(store: Any) -> tuple[Any, Any]:
    """(timeline_fn, entity_fn) bound to `store`, or None where the graph module lacks them."""
    try:
        from graph.timeline import timeline
    except ImportError:
        timeline = None  # type: ignore[assignment]
    try:
        from graph.entities import entity_summary
    except ImportError:
        entity_summary = None  # type: ignore[assignment]
    tl = (lambda iri: timeline(store, iri)) if timeline is not None else None
    en = (lambda iri: entity_summary(store, iri)) if entity_summary is not None else None
    return tl, en


def bundled_index_dir(settings: Any, embedder: Any) -> Path:
    """An index of the bundled corpus in <data_dir>/cache/, rebuilt when corpus or embedder change."""
    from corpus.bundled import load_bundled
    from search.cache import EmbeddingCache
    from search.index import BM25_CONTEXT, EMBED_FORMAT, build_index

    docs = load_bundled()
    fp = hashlib.sha256("\n".join([embedder.identity, EMBED_FORMAT, BM25_CONTEXT,
                                   *(p.id for d in docs for p in d.passages)]).encode())
    root = Path(settings.data_path) / "cache"
    out = root / f"bundled-index-{fp.hexdigest()[:12]}"
    if (out / "meta.json").exists():
        return out
    print("Inget byggt index hittades: indexerar den medföljande korpusen (första gången tar det en stund)…",
          file=sys.stderr, flush=True)
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    cache_path = settings.embedding_cache_path
    with EmbeddingCache(cache_path) as cache:
        build_index(docs, embedder, cache, tmp, progress=sys.stderr.isatty())
    tmp.rename(out)
    return out


def open_engine(settings: Any = None, index_dir: Path | str | None = None, embedder: Any = None) -> SearchEngine:
    from api.settings import get_settings
    from search.embedders import make_embedder

    settings = settings or get_settings()
    embedder = embedder or make_embedder(settings.embedder, device=settings.embedder_device)
    store = None
    if index_dir is None:
        try:
            from api.workspace import Workspace

            gen = Workspace(settings.data_path).current()
        except Exception as e:
            log.info("no workspace: %s", e)
            gen = None
        if gen is not None and (gen.index_dir / "meta.json").exists():
            index_dir = gen.index_dir
            try:
                store = gen.open_store(read_only=True)
            except Exception as e:
                log.warning("graph store unavailable, no entity cards/timelines: %s", e)
        else:
            index_dir = bundled_index_dir(settings, embedder)
    elif not Path(index_dir).exists():
        raise StyrgrafError(f"index directory {index_dir} does not exist")
    index = SearchIndex.load(Path(index_dir), embedder)
    tl, en = _graph_callables(store) if store is not None else (None, None)
    return SearchEngine(index, thesaurus=_thesaurus(), timeline_fn=tl, entity_fn=en,
                        resolve_fn=numbered_resolver(store) if store is not None else None)
