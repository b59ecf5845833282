"""The whole pipeline in one place: corpus → graph (store) → search (index), written as one generation.

`build()` reads the bundled corpus plus every registered (ingested) document, extracts the graph,
loads it into a fresh Oxigraph store, builds the search index (embedding only passages whose text is
not in the cache) and swaps the generation in. `ingest()` validates new files first, so a bad file
changes nothing, then registers them and builds.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from api.settings import Settings
from api.workspace import Generation, Workspace
from corpus.bundled import load_bundled
from corpus.errors import IngestError
from corpus.ingest import read_document
from corpus.model import Document
from graph.build import build_dataset
from graph.store import write_store
from graph.thesaurus import Thesaurus
from search.cache import EmbeddingCache
from search.embedders import make_embedder
from search.index import build_index

Progress = Callable[[str], None]


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def load_documents(ws: Workspace) -> list[Document]:
    """Bundled seed documents followed by the ingested ones, in registry order."""
    docs = load_bundled()
    for entry in ws.registry():
        docs.append(read_document(ws.documents_dir / entry["stored_as"], entry.get("overrides") or {}))
    return docs


def build(settings: Settings, *, progress: Progress | None = _say, show_bars: bool = True,
          documents: list[Document] | None = None) -> Generation:
    """Build a new generation from the corpus and make it current (atomically)."""
    say = progress or (lambda _m: None)
    ws = Workspace(settings.data_path)
    t0 = time.perf_counter()
    with ws.lock():
        docs = documents if documents is not None else load_documents(ws)
        say(f"Läser {len(docs)} dokument, {sum(len(d.passages) for d in docs)} passager")
        thesaurus = Thesaurus.load()
        dataset = build_dataset(docs, thesaurus)
        n_triples = len(dataset)
        say(f"Graf: {n_triples} tripler")
        embedder = make_embedder(settings.embedder, device=settings.embedder_device)
        with ws.new_generation() as tmp:
            with (tmp / "documents.jsonl").open("w", encoding="utf-8") as f:
                for d in docs:
                    f.write(json.dumps(d.to_dict(), ensure_ascii=False) + "\n")
            write_store(tmp / "store", dataset)
            cache = EmbeddingCache(settings.embedding_cache_path)
            try:
                index_meta = build_index(docs, embedder, cache, tmp / "index", progress=show_bars,
                                         thesaurus=thesaurus)
            finally:
                cache.close()
            meta: dict[str, Any] = {
                "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "documents": [{"id": d.id, "title": d.title, "passages": len(d.passages)} for d in docs],
                "triples": n_triples,
                "embedder": embedder.identity,
                "index": index_meta.model_dump(),
                "build_seconds": round(time.perf_counter() - t0, 2),
            }
            (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), "utf-8")
        gen = ws.current()
        assert gen is not None
        say(f"Klart: generation {gen.id} på {meta['build_seconds']} s")
        return gen


def ingest(settings: Settings, paths: Sequence[Path], *, overrides: dict[str, Any] | None = None,
           progress: Progress | None = _say) -> tuple[list[Document], Generation]:
    """Validate, register and build. Any error before the swap leaves the workspace as it was."""
    say = progress or (lambda _m: None)
    ws = Workspace(settings.data_path)
    existing = load_bundled()
    known_hashes = {d.source_sha256: d.id for d in existing}
    known_ids = {d.id for d in existing}
    registry = ws.registry()
    for e in registry:
        known_hashes[e["sha256"]] = e["id"]
        known_ids.add(e["id"])

    new_docs: list[Document] = []
    for path in paths:
        path = Path(path)
        if not path.exists():
            raise IngestError(f"{path}: filen finns inte")
        if path.is_dir():
            raise IngestError(f"{path}: är en katalog; ange filer (t.ex. {path}/*.pdf)")
        doc = read_document(path, dict(overrides or {}))
        if doc.source_sha256 in known_hashes:
            raise IngestError(f"{path}: samma dokument finns redan inläst som '{known_hashes[doc.source_sha256]}'")
        if doc.id in known_ids:
            raise IngestError(f"{path}: dokument-id '{doc.id}' används redan; ange ett annat med --id")
        known_hashes[doc.source_sha256] = doc.id
        known_ids.add(doc.id)
        new_docs.append(doc)
        say(f"Läst {path.name}: '{doc.title}' ({doc.doc_type}, {len(doc.passages)} passager)")

    ws.documents_dir.mkdir(parents=True, exist_ok=True)
    new_entries = []
    for path, doc in zip(paths, new_docs, strict=True):
        stored = f"{doc.id}{Path(path).suffix.lower()}"
        shutil.copyfile(path, ws.documents_dir / stored)
        new_entries.append({"id": doc.id, "stored_as": stored, "sha256": doc.source_sha256,
                            "source": str(path), "overrides": {**(overrides or {}), "id": doc.id}})
    all_docs = load_documents(ws) + new_docs
    gen = build(settings, progress=progress, documents=all_docs)
    # Registered only after the new generation is current: a failed build leaves no trace in the registry.
    ws.write_registry(registry + new_entries)
    return new_docs, gen
