"""The data directory: generations of (store, index, documents) swapped atomically.

Layout of `<data_dir>`:
    current -> generations/<id>      symlink, replaced with os.replace (atomic on POSIX)
    generations/<id>/                one complete build: store/ (Oxigraph), index/ (search),
                                     documents.jsonl (cleaned documents with passages), meta.json
    embeddings.sqlite                embedding cache shared by all generations (content hash → vector)
    documents/                       originals of ingested documents + registry.json
    build.lock                       one build at a time

A build writes a new generation under a temporary name, renames it into place and only then moves
`current`; a crash at any point leaves the previous generation serving.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
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

KEEP_GENERATIONS = 3


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
    def documents_dir(self) -> Path:
        return self.root / "documents"

    @property
    def registry_file(self) -> Path:
        return self.documents_dir / "registry.json"

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
        final = self.generations_dir / gen_id
        os.rename(tmp, final)
        self._point_current_at(final)
        self._collect_garbage(keep=final)

    def _point_current_at(self, target: Path) -> None:
        tmp_link = self.root / f".current-{uuid.uuid4().hex[:6]}"
        os.symlink(os.path.relpath(target, self.root), tmp_link)
        os.replace(tmp_link, self.current_link)

    def _collect_garbage(self, keep: Path) -> None:
        # Older generations may still be open in a running service; keep a few, drop the rest.
        gens = sorted((p for p in self.generations_dir.iterdir() if p.is_dir()), key=lambda p: p.name)
        for p in gens:
            if p.name.startswith(".tmp-") and p != keep:
                shutil.rmtree(p, ignore_errors=True)
        done = [p for p in gens if not p.name.startswith(".tmp-") and p != keep]
        for p in done[:-(KEEP_GENERATIONS - 1)]:
            shutil.rmtree(p, ignore_errors=True)

    # -- registry of ingested documents ---------------------------------------------------------

    def registry(self) -> list[dict[str, Any]]:
        if not self.registry_file.exists():
            return []
        return list(json.loads(self.registry_file.read_text("utf-8")))

    def write_registry(self, entries: list[dict[str, Any]]) -> None:
        self.documents_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.registry_file.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(entries, ensure_ascii=False, indent=2), "utf-8")
        os.replace(tmp, self.registry_file)
