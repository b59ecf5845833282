"""Heavy resources, loaded once per process and swapped when a new generation appears.

`Resources` holds what does not change between generations (settings, thesaurus, embedder, the SPARQL
worker pool) and a `Snapshot` of the current generation (read-only store, documents, search engine, and
the views of the store that requests share, each built on first use). `styrgraf build`/`ingest` in another
process writes a complete new generation and then moves the `current` symlink; `Resources.maybe_reload()`
notices (one readlink, done on every request and by a background watcher every `reload_check_s`), loads
the new snapshot *beside* the old one and swaps the reference only when it is complete. Requests in flight
keep the snapshot they started with; a generation that fails to load is logged and the last good one keeps
serving. What is derived from a generation lives on its snapshot, so a new generation never serves a stale
view.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from api.settings import Settings
from api.sparql.pool import WorkerPool
from api.store_views import ConceptScheme, Term, concept_schemes, links_per_year, ontology_catalogue
from api.workspace import Generation, Workspace
from corpus.errors import NotBuilt, NotFound, StyrgrafError
from corpus.model import Document
from graph.dependencies import dependency_graph
from graph.labels import LabelIndex
from graph.store import GraphStore, StoreUnavailable
from graph.thesaurus import Thesaurus
from search.embedders import Embedder, make_embedder
from search.engine import SearchEngine
from search.wiring import build_engine, load_thesaurus

log = logging.getLogger(__name__)

RETRY_FAILED_S = 30.0

T = TypeVar("T")


class FeatureUnavailable(StyrgrafError):
    status = 503
    title = "Funktionen är inte tillgänglig"


class Lazy(Generic[T]):
    """A value built on first use, once (whoever asks first builds it, others wait for it), then kept."""

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._value: T | None = None
        self._lock = threading.Lock()

    @property
    def built(self) -> bool:
        return self._value is not None

    def get(self) -> T:
        with self._lock:
            if self._value is None:
                self._value = self._build()
            return self._value


@dataclass
class Snapshot:
    """Everything that belongs to one generation, including the views of its store that requests share."""

    generation: Generation
    store: GraphStore  # read-only
    documents: dict[str, Document]
    search: SearchEngine | None = None
    search_error: str | None = None
    graphs: frozenset[str] = frozenset()
    loaded_at: float = field(default_factory=time.time)
    _labels: Lazy[LabelIndex] = field(init=False, repr=False)
    _ontology_catalogue: Lazy[dict[str, Term]] = field(init=False, repr=False)
    _concept_schemes: Lazy[list[ConceptScheme]] = field(init=False, repr=False)
    _links_per_year: Lazy[dict[int, int]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._labels = Lazy(lambda: LabelIndex.from_store(self.store))
        self._ontology_catalogue = Lazy(lambda: ontology_catalogue(self.store))
        self._concept_schemes = Lazy(lambda: concept_schemes(self.store))
        self._links_per_year = Lazy(lambda: links_per_year(dependency_graph(self.store)))

    def labels(self) -> LabelIndex:
        """The label index of this generation's store."""
        return self._labels.get()

    def ontology_catalogue(self) -> dict[str, Term]:
        """The ontology's classes and properties with instance counts (`/ontologi`)."""
        return self._ontology_catalogue.get()

    def concept_schemes(self) -> list[ConceptScheme]:
        """The thesaurus's concept schemes with their concepts (`/begrepp`)."""
        return self._concept_schemes.get()

    def links_per_year(self) -> dict[int, int]:
        """Goal links of uppdrag/aktiviteter per year in the dependency map (`/karta`)."""
        return self._links_per_year.get()

    @property
    def id(self) -> str:
        return self.generation.id

    def document(self, doc_id: str) -> Document:
        try:
            return self.documents[doc_id]
        except KeyError:
            raise NotFound(f"inget dokument med id '{doc_id}'") from None

    def require_search(self) -> SearchEngine:
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
        self._thesaurus: Thesaurus | None = None
        self._thesaurus_loaded = False
        self._embedder: Embedder | None = None
        self._embedder_lock = threading.Lock()
        self.sparql: WorkerPool | None = None  # started by start()
        self.reloads = 0

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
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

    def fresh(self) -> Snapshot | None:
        """The served snapshot if it is still the current generation (one readlink, never a load), else
        None: then `current()` is needed, which may load a generation and so must not run on the event loop."""
        snap = self._snapshot
        return snap if snap is not None and snap.id == self.workspace.current_id() else None

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
        store = gen.open_graph(self.settings.remote_store)
        documents = {d.id: d for d in gen.documents()}
        try:
            graphs = frozenset(g.value for g in store.named_graphs())
        except StoreUnavailable as e:  # a remote store down: passages still serve, graph requests answer 503
            log.warning("graph store of generation %s unavailable: %s", gen.id, e.detail)
            graphs = frozenset()
        snap = Snapshot(generation=gen, store=store, documents=documents, graphs=graphs)
        try:
            snap.search = self._load_search(gen, store)
        except Exception as e:  # search is one feature among many: the graph keeps serving
            log.exception("search index of generation %s could not be loaded", gen.id)
            snap.search_error = f"{type(e).__name__}: {e}"
        return snap

    def _load_search(self, gen: Generation, store: GraphStore) -> SearchEngine:
        return build_engine(gen.index_dir, self.embedder(), self.thesaurus(), store, self.settings.milvus,
                            graph_budget_s=self.settings.search_graph_budget_s or None)

    # -- generation-independent resources ----------------------------------------------------

    def thesaurus(self) -> Thesaurus | None:
        """The bundled thesaurus (None when it cannot be read: search then links no entities)."""
        if not self._thesaurus_loaded:
            self._thesaurus = load_thesaurus()
            self._thesaurus_loaded = True
        return self._thesaurus

    def embedder(self) -> Embedder:
        with self._embedder_lock:
            if self._embedder is None:
                self._embedder = make_embedder(self.settings.embedder, device=self.settings.embedder_device,
                                               threads=self.settings.embedder_threads)
            return self._embedder
