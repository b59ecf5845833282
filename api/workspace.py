"""The data directory: generations of (store, index, documents) swapped atomically.

Layout of `<data_dir>`:
    current -> generations/<id>      symlink, replaced with os.replace (atomic on POSIX)
    generations/<id>/                one complete build: store/ (Oxigraph; absent when built into a remote
                                     SPARQL server, meta.json "store"), index/ (search),
                                     documents.jsonl (cleaned documents with passages), meta.json,
                                     registry.json + documents/ (the originals of ingested documents)
    embeddings.sqlite                embedding cache shared by all generations (content hash → vector)
    build.lock                       one build at a time

A build writes a new generation under a temporary name, renames it into place and only then moves
`current`; a crash at any point leaves the previous generation serving. The originals of ingested
documents and their registry live inside the generation (hard links to the previous generation's files),
so a document is registered by the same atomic `current` swap that serves it: a crash can leave only a
`.tmp-*` directory or a never-served generation, which `recover()` removes under the build lock.
(`<data_dir>/documents/`, where older versions kept originals and registry, is read until the first build.)
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import signal
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import pyoxigraph

from corpus.errors import StyrgrafError
from corpus.model import Document
from graph.remote import RemoteConfig, RemoteStore
from graph.store import GraphStore

KEEP_GENERATIONS = 3
REGISTRY = "registry.json"


def crash_point(name: str) -> None:
    """Test hook: with STYRGRAF_TEST_CRASH_AT=<name> the process kills itself (SIGKILL) here, so that
    tests/test_crash_safety.py can check the workspace after a crash at each named point."""
    if os.environ.get("STYRGRAF_TEST_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


@dataclass(frozen=True)
class Generation:
    path: Path

    @property
    def id(self) -> str:
        return self.path.name

    @property
    def store_dir(self) -> Path:
        return self.path / "store"

    @property
    def index_dir(self) -> Path:
        return self.path / "index"

    @property
    def documents_file(self) -> Path:
        return self.path / "documents.jsonl"

    @cached_property
    def meta(self) -> dict[str, Any]:
        f = self.path / "meta.json"
        return json.loads(f.read_text("utf-8")) if f.exists() else {}

    def documents(self) -> list[Document]:
        with self.documents_file.open(encoding="utf-8") as f:
            return [Document.from_dict(json.loads(line)) for line in f if line.strip()]

    def open_store(self, read_only: bool = True) -> pyoxigraph.Store:
        if read_only:
            return pyoxigraph.Store.read_only(str(self.store_dir))
        return pyoxigraph.Store(str(self.store_dir))

    @property
    def store_kind(self) -> str:
        """'embedded' (store/ in this directory) or 'remote' (built into a SPARQL server, meta.json "store")."""
        return str((self.meta.get("store") or {}).get("kind", "embedded"))

    def open_graph(self, remote: RemoteConfig | None = None) -> GraphStore:
        """This generation's graph for reading: its embedded store (read-only), or the remote server it was
        built into, reached through `remote` (the settings, with credentials) or else the URLs in meta.json."""
        if self.store_kind != "remote":
            return self.open_store(read_only=True)
        if remote is None:
            info = self.meta["store"]
            remote = RemoteConfig(query_url=info["query_url"], update_url=info.get("update_url"),
                                  gsp_url=info.get("gsp_url"),
                                  union_default_graph=info.get("union_default_graph", "param"))
        return RemoteStore(remote)


class Workspace:
    def __init__(self, data_dir: Path) -> None:
        self.root = Path(data_dir).expanduser().resolve()

    @property
    def generations_dir(self) -> Path:
        return self.root / "generations"

    @property
    def current_link(self) -> Path:
        return self.root / "current"

    @property
    def legacy_documents_dir(self) -> Path:
        """Where originals and registry lived before they moved into the generation."""
        return self.root / "documents"

    @property
    def documents_dir(self) -> Path:
        """The originals of the registered documents: the current generation's, else the legacy folder."""
        gen = self.current()
        if gen is not None and (gen.path / REGISTRY).exists():
            return gen.path / "documents"
        return self.legacy_documents_dir

    @property
    def registry_file(self) -> Path:
        gen = self.current()
        if gen is not None and (gen.path / REGISTRY).exists():
            return gen.path / REGISTRY
        return self.legacy_documents_dir / REGISTRY

    def current(self) -> Generation | None:
        link = self.current_link
        if not link.is_symlink() and not link.exists():
            return None
        target = link.resolve()
        if not (target / "meta.json").exists():
            return None
        return Generation(target)

    def current_id(self) -> str | None:
        """Cheap check (one readlink) used by the service to notice a new generation."""
        try:
            return os.readlink(self.current_link).rsplit("/", 1)[-1]
        except OSError:
            return None

    @contextlib.contextmanager
    def lock(self, wait_s: float = 600.0) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / "build.lock").open("w") as f:
            deadline = time.monotonic() + wait_s
            while True:
                try:
                    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError as e:
                    if time.monotonic() > deadline:
                        raise StyrgrafError("en annan byggprocess pågår i samma datakatalog", exit_code=7) from e
                    time.sleep(0.2)
            try:
                yield
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def new_generation(self) -> Iterator[Path]:
        """Yield an empty temporary directory; on success it becomes the current generation."""
        self.generations_dir.mkdir(parents=True, exist_ok=True)
        # Sortable by creation time, nanoseconds included (garbage collection keeps the newest by name).
        now = time.time_ns()
        gen_id = time.strftime("%Y%m%dT%H%M%S", time.gmtime(now / 1e9)) + f".{now % 10**9:09d}-{uuid.uuid4().hex[:4]}"
        tmp = self.generations_dir / f".tmp-{gen_id}"
        tmp.mkdir()
        try:
            yield tmp
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        crash_point("generation-written")
        final = self.generations_dir / gen_id
        os.rename(tmp, final)
        crash_point("generation-renamed")
        self._point_current_at(final)
        crash_point("current-swapped")
        self._collect_garbage(keep=final)
        if (final / REGISTRY).exists():
            # The originals are now served from the generation: the pre-generation folder is obsolete.
            shutil.rmtree(self.legacy_documents_dir, ignore_errors=True)

    def _point_current_at(self, target: Path) -> None:
        tmp_link = self.root / f".current-{uuid.uuid4().hex[:6]}"
        os.symlink(os.path.relpath(target, self.root), tmp_link)
        os.replace(tmp_link, self.current_link)

    def _collect_garbage(self, keep: Path) -> None:
        # Older generations may still be open in a running service; keep a few, drop the rest. A doomed
        # generation is renamed first (atomic), so a crash mid-delete leaves a `.del-*` that `recover()`
        # removes, never a half-deleted generation under a real name.
        gens = sorted((p for p in self.generations_dir.iterdir() if p.is_dir()), key=lambda p: p.name)
        done = [p for p in gens if not p.name.startswith(".") and p != keep]
        for p in done[:-(KEEP_GENERATIONS - 1)]:
            doomed = p.with_name(f".del-{p.name}")
            os.rename(p, doomed)
            crash_point("generation-doomed")
            shutil.rmtree(doomed, ignore_errors=True)

    def recover(self) -> list[str]:
        """Remove what an interrupted build left behind; call it holding `lock()`. Returns what was removed.

        Debris: `.tmp-*` (a generation being written), `.del-*` (being deleted), `.current-*` (a symlink
        not yet moved over `current`), and generations newer than `current` (renamed into place but never
        made current, so never served). The current generation and older ones are kept."""
        removed: list[str] = []
        for link in self.root.glob(".current-*"):
            link.unlink(missing_ok=True)
            removed.append(link.name)
        gen = self.current()
        if gen is not None and (gen.path / REGISTRY).exists() and self.legacy_documents_dir.exists():
            shutil.rmtree(self.legacy_documents_dir, ignore_errors=True)
            removed.append("documents")
        if not self.generations_dir.is_dir():
            return removed
        current = self.current_id()
        for p in sorted(self.generations_dir.iterdir()):
            stale = p.name.startswith((".tmp-", ".del-"))
            never_served = not p.name.startswith(".") and (current is None or p.name > current)
            if stale or never_served:
                shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
                removed.append(p.name)
        return removed

    # -- registry of ingested documents ---------------------------------------------------------

    def registry(self) -> list[dict[str, Any]]:
        if not self.registry_file.exists():
            return []
        return list(json.loads(self.registry_file.read_text("utf-8")))

    def stage_documents(self, gen_dir: Path, entries: list[dict[str, Any]], new_files: dict[str, Path]) -> None:
        """Write the registry `entries` and their originals into the generation being built, `gen_dir`:
        registered originals are hard-linked from where they are now (copied across file systems), the
        files of `new_files` (stored name → source path) are copied. Nothing outside `gen_dir` changes."""
        out = gen_dir / "documents"
        out.mkdir(parents=True, exist_ok=True)
        here = self.documents_dir
        for entry in entries:
            stored = str(entry["stored_as"])
            if stored in new_files:
                shutil.copyfile(new_files[stored], out / stored)
                continue
            try:
                os.link(here / stored, out / stored)
            except OSError:
                shutil.copyfile(here / stored, out / stored)
        tmp = gen_dir / f"{REGISTRY}.tmp"
        tmp.write_text(json.dumps(entries, ensure_ascii=False, indent=2), "utf-8")
        os.replace(tmp, gen_dir / REGISTRY)
