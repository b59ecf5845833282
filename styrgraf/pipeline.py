"""The whole pipeline in one place: corpus → graph (store) → search (index), written as one generation.

`build()` reads the bundled corpus plus every registered (ingested) document, extracts the graph,
loads it into a fresh Oxigraph store, builds the search index (embedding only passages whose text is
not in the cache) and swaps the generation in. `ingest()` validates new files first, so a bad file
changes nothing, then builds a generation that holds the new originals and the registry naming them:
the one atomic `current` swap registers and serves them together (crash safety, `api/workspace.py`).
Both take the build lock, then remove what a crashed build left (`Workspace.recover`).

Two kinds of progress: `progress` gets messages (the CLI prints them), `on_step` gets the fraction done
(0..1) with the stage's message (the admin API's jobs). `PipelineBuilder` is the service's `Builder`.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from rdflib import Dataset

from api.jobs import StepProgress
from api.settings import Settings
from api.workspace import Generation, Workspace, crash_point
from corpus.bundled import load_bundled
from corpus.errors import IngestError
from corpus.ingest import read_document
from corpus.limits import IngestLimits
from corpus.model import Document
from graph.build import build_dataset
from graph.remote import RemoteStore
from graph.remote_build import drop_stale_documents, publish_dataset, remote_meta
from graph.store import write_store
from graph.thesaurus import Thesaurus
from search.cache import EmbeddingCache
from search.embedders import make_embedder
from search.index import BuildProgress, build_index, tqdm_progress
from styrgraf.rdf_load import carry_loaded

Progress = Callable[[str], None]

#: Share of the build done when each index stage ends (embedding is by far the longest).
_INDEX_SPAN = {"embed": (0.45, 0.85), "dense": (0.85, 0.88), "bm25": (0.88, 0.92), "entities": (0.92, 0.96),
               "passages": (0.96, 0.98)}


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


class _Report:
    """Sends each stage to both kinds of progress."""

    def __init__(self, progress: Progress | None, on_step: StepProgress | None) -> None:
        self.progress, self.on_step = progress, on_step

    def __call__(self, fraction: float, msg: str, *, say: bool = True) -> None:
        if say and self.progress:
            self.progress(msg)
        if self.on_step:
            self.on_step(min(max(fraction, 0.0), 1.0), msg)

    def index(self, bars: bool) -> BuildProgress | None:
        bar = tqdm_progress() if bars else None
        if bar is None and self.on_step is None:
            return None

        def cb(stage: str, done: int, total: int) -> None:
            if bar:
                bar(stage, done, total)
            lo, hi = _INDEX_SPAN.get(stage, (0.45, 0.98))
            self(lo + (hi - lo) * (done / total if total else 1.0), f"Sökindex: {stage} {done}/{total}", say=False)
        return cb


def load_documents(ws: Workspace, limits: IngestLimits | None = None) -> list[Document]:
    """Bundled seed documents followed by the ingested ones, in registry order."""
    docs = load_bundled()
    here = ws.documents_dir
    for entry in ws.registry():
        docs.append(read_document(here / entry["stored_as"], entry.get("overrides") or {},
                                  limits or IngestLimits()))
    return docs


def build(settings: Settings, *, progress: Progress | None = _say, show_bars: bool = True,
          documents: list[Document] | None = None, on_step: StepProgress | None = None) -> Generation:
    """Build a new generation from the corpus and make it current (atomically)."""
    report = _Report(progress, on_step)
    ws = Workspace(settings.data_path)
    with ws.lock():
        ws.recover()
        report(0.0, "Läser dokumenten", say=False)
        docs = documents if documents is not None else load_documents(ws, settings.ingest_limits)
        return _build_locked(settings, ws, docs, ws.registry(), {}, report, show_bars)


def _build_locked(settings: Settings, ws: Workspace, docs: list[Document], entries: list[dict[str, Any]],
                  new_files: dict[str, Path], report: _Report, show_bars: bool) -> Generation:
    t0 = time.perf_counter()
    report(0.1, f"Läser {len(docs)} dokument, {sum(len(d.passages) for d in docs)} passager")
    thesaurus = Thesaurus.load()
    dataset = build_dataset(docs, thesaurus)
    n_triples = len(dataset)
    report(0.3, f"Graf: {n_triples} tripler")
    embedder = make_embedder(settings.embedder, device=settings.embedder_device)
    remote = RemoteStore(settings.remote_store) if settings.remote_store else None
    with ws.new_generation() as tmp:
        ws.stage_documents(tmp, entries, new_files)
        crash_point("originals-staged")
        with (tmp / "documents.jsonl").open("w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d.to_dict(), ensure_ascii=False) + "\n")
        if remote is not None:  # graph by graph into the remote server (graph/remote_build.py); no store/ here
            _publish(remote, dataset, report)
            carry_loaded(ws.current(), tmp, None)  # loaded graphs stay on the server; keep their registry
        else:
            # Files of `styrgraf load` are part of the store: every build loads them again (styrgraf/rdf_load.py).
            n_triples += carry_loaded(ws.current(), tmp, write_store(tmp / "store", dataset), report.progress)
        crash_point("store-written")
        report(0.45, "Lager skrivet; bygger sökindexet", say=False)
        cache = EmbeddingCache(settings.embedding_cache_path)
        try:
            index_meta = build_index(docs, embedder, cache, tmp / "index", progress=report.index(show_bars),
                                     thesaurus=thesaurus, milvus=settings.milvus, embed_workers=settings.embed_workers,
                                     embedder_factory=partial(make_embedder, settings.embedder,
                                                              device=settings.embedder_device))
        finally:
            cache.close()
        crash_point("index-built")
        meta: dict[str, Any] = {
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "documents": [{"id": d.id, "title": d.title, "passages": len(d.passages)} for d in docs],
            "triples": n_triples,
            "store": remote_meta(remote) if remote else {"kind": "embedded"},
            "embedder": embedder.identity,
            "index": index_meta.model_dump(),
            "build_seconds": round(time.perf_counter() - t0, 2),
        }
        (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), "utf-8")
    if remote is not None:  # after the swap: the generation served until then still had these documents
        stale = drop_stale_documents(remote, {d.id for d in docs})
        if stale:
            report(0.99, f"Graf: {len(stale)} borttagna dokuments grafer raderade")
        remote.close()
    gen = ws.current()
    assert gen is not None
    report(1.0, f"Klart: generation {gen.id} på {meta['build_seconds']} s")
    return gen


def _publish(remote: RemoteStore, dataset: Dataset, report: _Report) -> None:
    def step(done: int, total: int, iri: str) -> None:
        report(0.3 + 0.15 * done / total, f"Graf: {done}/{total} grafer skrivna till {remote.config.gsp_url}",
               say=done == total)
    publish_dataset(remote, dataset, step)


def ingest(settings: Settings, paths: Sequence[Path], *, overrides: dict[str, Any] | None = None,
           progress: Progress | None = _say, on_step: StepProgress | None = None,
           show_bars: bool = True) -> tuple[list[Document], Generation]:
    """Validate, then build a generation that registers the new documents. Any error before the swap
    (and a crash at any point) leaves the workspace as it was."""
    report = _Report(progress, on_step)
    limits = settings.ingest_limits
    ws = Workspace(settings.data_path)
    with ws.lock():
        ws.recover()
        existing = load_bundled()
        known_hashes = {d.source_sha256: d.id for d in existing}
        known_ids = {d.id for d in existing}
        registry = ws.registry()
        for e in registry:
            known_hashes[e["sha256"]] = e["id"]
            known_ids.add(e["id"])

        new_docs: list[Document] = []
        new_entries: list[dict[str, Any]] = []
        new_files: dict[str, Path] = {}
        for i, path in enumerate(Path(p) for p in paths):
            report(0.1 * i / max(len(paths), 1), f"Läser {path.name}", say=False)
            if not path.exists():
                raise IngestError(f"{path}: filen finns inte")
            if path.is_dir():
                raise IngestError(f"{path}: är en katalog; ange filer (t.ex. {path}/*.pdf)")
            doc = read_document(path, dict(overrides or {}), limits)
            if doc.source_sha256 in known_hashes:
                raise IngestError(f"{path}: samma dokument finns redan inläst som "
                                  f"'{known_hashes[doc.source_sha256]}'")
            if doc.id in known_ids:
                raise IngestError(f"{path}: dokument-id '{doc.id}' används redan; ange ett annat med --id")
            known_hashes[doc.source_sha256] = doc.id
            known_ids.add(doc.id)
            new_docs.append(doc)
            stored = f"{doc.id}{path.suffix.lower()}"
            new_files[stored] = path
            new_entries.append({"id": doc.id, "stored_as": stored, "sha256": doc.source_sha256,
                                "source": str(path), "overrides": {**(overrides or {}), "id": doc.id}})
            report(0.1 * (i + 1) / max(len(paths), 1),
                   f"Läst {path.name}: '{doc.title}' ({doc.doc_type}, {len(doc.passages)} passager)")
        crash_point("documents-read")
        all_docs = load_documents(ws, limits) + new_docs
        gen = _build_locked(settings, ws, all_docs, registry + new_entries, new_files, report, show_bars)
    return new_docs, gen


class PipelineBuilder:
    """The service's `api.jobs.Builder`: the admin API's uploads and rebuilds run this pipeline."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def ingest(self, paths: Sequence[Path], progress: StepProgress,
               overrides: dict[str, Any] | None = None) -> dict[str, Any]:
        docs, gen = ingest(self.settings, paths, overrides=overrides, progress=None, on_step=progress,
                           show_bars=False)
        return {"generation": gen.id, "documents": [
            {"id": d.id, "title": d.title, "type": d.doc_type, "passages": len(d.passages)} for d in docs]}

    def rebuild(self, progress: StepProgress) -> dict[str, Any]:
        gen = build(self.settings, progress=None, show_bars=False, on_step=progress)
        return {"generation": gen.id, "documents": len(gen.meta.get("documents", []))}
