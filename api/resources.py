"""Heavy resources, loaded once per process and swapped when a new generation appears.

`Resources` holds what does not change between generations (settings, thesaurus, embedder, the SPARQL
worker pool) and a `Snapshot` of the current generation (read-only store, documents, search engine).
`styrgraf build`/`ingest` in another process writes a complete new generation and then moves the
`current` symlink; `Resources.maybe_reload()` notices (one readlink, done on every request and by a
background watcher every `reload_check_s`), loads the new snapshot *beside* the old one and swaps the
reference only when it is complete. Requests in flight keep the snapshot they started with; a
generation that fails to load is logged and the last good one keeps serving.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from api.settings import Settings
from api.workspace import Generation, Workspace
from corpus.errors import NotBuilt, StyrgrafError
from corpus.model import Document

log = logging.getLogger(__name__)

RETRY_FAILED_S = 30.0


class FeatureUnavailable(StyrgrafError):
    status = 503
    title = "Funktionen är inte tillgänglig"


@dataclass
class Snapshot:
    """Everything that belongs to one generation."""

    generation: Generation
    store: Any  # pyoxigraph.Store, read-only
    documents: dict[str, Document]
    search: Any | None = None  # search.engine.SearchEngine
    search_error: str | None = None
    graphs: frozenset[str] = frozenset()
    loaded_at: float = field(default_factory=time.time)
    _labels: Any = None
    _labels_lock: threading.Lock = field(default_factory=threading.Lock)

    def labels(self) -> Any:
        """The label index of this generation's store (built on first use, then cached)."""
        with self._labels_lock:
            if self._labels is None:
                from graph.entities import LabelIndex

                self._labels = LabelIndex.from_store(self.store)
            return self._labels

    @property
    def id(self) -> str:
        return self.generation.id

    def document(self, doc_id: str) -> Document:
        try:
            return self.documents[doc_id]
        except KeyError:
            from corpus.errors import NotFound

            raise NotFound(f"inget dokument med id '{doc_id}'") from None

    def require_search(self) -> Any:
        if self.search is None:
            raise FeatureUnavailable(f"sökmotorn kunde inte laddas: {self.search_error or 'okänt fel'}")
        return self.search


class Resources:
    def __init__(self, settings: Settings, *, reload_check_s: float = 2.0, sparql_workers: int = 3) -> None:
        self.settings = settings
        self.workspace = Workspace(settings.data_path)
        self.reload_check_s = reload_check_s
        self.sparql_workers = sparql_workers
        self._snapshot: Snapshot | None = None
        self._reload_lock = threading.Lock()
        self._failed: dict[str, float] = {}
        self._thesaurus: Any = None
        self._thesaurus_loaded = False
        self._embedder: Any = None
        self._embedder_lock = threading.Lock()
        self.sparql: Any = None  # api.sparql.pool.WorkerPool
        self.reloads = 0

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        from api.sparql.pool import WorkerPool

        self.sparql = WorkerPool(self.sparql_workers)
        self.maybe_reload(block=True)

    def close(self) -> None:
        if self.sparql is not None:
            self.sparql.close()
            self.sparql = None
        self._snapshot = None

    async def watch(self) -> None:
        """Background watcher: look for a new generation every `reload_check_s` seconds."""
        while True:
            await asyncio.sleep(self.reload_check_s)
            try:
                await asyncio.to_thread(self.maybe_reload)
            except Exception:  # keep watching whatever happens
                log.exception("generation check failed")

    # -- generation --------------------------------------------------------------------------

    def current(self) -> Snapshot:
        """The snapshot to serve this request from (noticing a new generation first)."""
        self.maybe_reload()
        snap = self._snapshot
        if snap is None:
            raise NotBuilt("ingen graf är byggd än: kör `styrgraf build` (eller starta med `styrgraf serve`)")
        return snap

    @property
    def snapshot(self) -> Snapshot | None:
        return self._snapshot

    def maybe_reload(self, *, block: bool = False) -> bool:
        """Load the current generation if it is not the one being served. True when swapped."""
        gen_id = self.workspace.current_id()
        snap = self._snapshot
        if gen_id is None or (snap is not None and snap.id == gen_id):
            return False
        failed_at = self._failed.get(gen_id)
        if failed_at is not None and time.monotonic() - failed_at < RETRY_FAILED_S:
            return False
        # Whoever gets the lock loads; others keep serving the old snapshot (or wait if there is none).
        if not self._reload_lock.acquire(blocking=block or snap is None):
            return False
        try:
            gen = self.workspace.current()
            if gen is None or (self._snapshot is not None and self._snapshot.id == gen.id):
                return False
            try:
                new = self._load(gen)
            except Exception as e:
                self._failed[gen.id] = time.monotonic()
                log.exception("generation %s could not be loaded; still serving %s", gen.id,
                              self._snapshot.id if self._snapshot else "nothing")
                if self._snapshot is None:
                    raise NotBuilt(f"generationen {gen.id} kunde inte laddas: {e}") from e
                return False
            self._snapshot = new
            self.reloads += 1
            log.info("serving generation %s", gen.id)
            return True
        finally:
            self._reload_lock.release()

    def _load(self, gen: Generation) -> Snapshot:
        store = gen.open_store(read_only=True)
        documents = {d.id: d for d in gen.documents()}
        graphs = frozenset(g.value for g in store.named_graphs())
        snap = Snapshot(generation=gen, store=store, documents=documents, graphs=graphs)
        try:
            snap.search = self._load_search(gen, store)
        except Exception as e:  # search is one feature among many: the graph keeps serving
            log.exception("search index of generation %s could not be loaded", gen.id)
            snap.search_error = f"{type(e).__name__}: {e}"
        return snap

    def _load_search(self, gen: Generation, store: Any) -> Any:
        from graph.entities import entity_summary
        from graph.timeline import timeline
        from search.engine import SearchEngine
        from search.index import SearchIndex
        from search.service import numbered_resolver

        index = SearchIndex.load(gen.index_dir, self.embedder())
        return SearchEngine(index, thesaurus=self.thesaurus(),
                            timeline_fn=lambda iri: timeline(store, iri),
                            entity_fn=lambda iri: entity_summary(store, iri),
                            resolve_fn=numbered_resolver(store))

    # -- generation-independent resources ----------------------------------------------------

    def thesaurus(self) -> Any:
        if not self._thesaurus_loaded:
            try:
                from graph.thesaurus import Thesaurus

                self._thesaurus = Thesaurus.load()
            except Exception:
                log.exception("thesaurus could not be loaded")
                self._thesaurus = None
            self._thesaurus_loaded = True
        return self._thesaurus

    def embedder(self) -> Any:
        with self._embedder_lock:
            if self._embedder is None:
                from search.embedders import make_embedder

                self._embedder = make_embedder(self.settings.embedder, device=self.settings.embedder_device)
            return self._embedder
