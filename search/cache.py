"""Embedding cache: SQLite keyed by (embedder identity, sha256 of the exact embedded string),
float32 blobs.

The key is the hash of exactly the string handed to the embedder (for passages: the contextual
string of `index.embedding_text`, title and heading included), so an unchanged string is never
embedded twice, whatever document or generation it appears in, and a changed context (a renamed
document, a new heading) re-embeds only the passages whose string changed.

`embed_with_cache(..., workers=N, factory=...)` embeds the misses in N spawned processes, each loading
its own embedder once from `factory` (picklable, e.g. `functools.partial(make_embedder, spec)`).
The parent writes every batch to the cache as it arrives, so a crashed or killed build loses at
most the batches in flight: the rerun finds the rest in the cache and embeds nothing twice."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from corpus.model import Passage, content_hash
from search.embedders.base import Embedder, ProgressFn


class EmbeddingCache:
    def __init__(self, path: Path | str = ":memory:") -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS embedding (identity TEXT NOT NULL, hash TEXT NOT NULL, "
            "dim INTEGER NOT NULL, vec BLOB NOT NULL, PRIMARY KEY (identity, hash))"
        )
        self._db.commit()

    def get_many(self, identity: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        uniq = list(dict.fromkeys(hashes))
        with self._lock:
            for i in range(0, len(uniq), 500):
                chunk = uniq[i : i + 500]
                q = ",".join("?" * len(chunk))
                for h, dim, blob in self._db.execute(
                    f"SELECT hash, dim, vec FROM embedding WHERE identity=? AND hash IN ({q})",
                    [identity, *chunk],
                ):
                    out[h] = np.frombuffer(blob, dtype=np.float32, count=dim).copy()
        return out

    def put_many(self, identity: str, items: Sequence[tuple[str, np.ndarray]]) -> None:
        with self._lock:
            self._db.executemany(
                "INSERT OR REPLACE INTO embedding (identity, hash, dim, vec) VALUES (?, ?, ?, ?)",
                [(identity, h, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes()) for h, v in items],
            )
            self._db.commit()

    def count(self, identity: str | None = None) -> int:
        with self._lock:
            if identity is None:
                return int(self._db.execute("SELECT count(*) FROM embedding").fetchone()[0])
            return int(self._db.execute("SELECT count(*) FROM embedding WHERE identity=?",
                                        (identity,)).fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> EmbeddingCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def text_key(text: str) -> str:
    """The cache key of one embedded string (with the embedder identity beside it)."""
    return content_hash(text)


#: Strings per batch handed to the embedder (and written to the cache in one transaction).
BATCH = 256


def embed_with_cache(texts: Sequence[str] | Sequence[Passage], embedder: Embedder,
                     cache: EmbeddingCache | None, progress: ProgressFn | None = None, *,
                     workers: int = 1, factory: Callable[[], Embedder] | None = None,
                     batch: int = BATCH) -> tuple[np.ndarray, int]:
    """Vectors for `texts` (rows in order; a `Passage` stands for its bare text) and the number of
    strings actually embedded: only cache misses are embedded (each distinct string once), in
    batches, and stored under the hash of exactly the string embedded.

    `workers` > 1 with a `factory`: the misses are embedded in that many processes (see the module
    docstring); `embedder` must be what `factory` makes (its identity keys the cache)."""
    strings = [t if isinstance(t, str) else t.text for t in texts]
    hashes = [text_key(t) for t in strings]
    found = cache.get_many(embedder.identity, hashes) if cache is not None else {}
    missing: dict[str, str] = {}
    for t, h in zip(strings, hashes, strict=True):
        if h not in found and h not in missing:
            missing[h] = t
    if missing:
        keys = list(missing)
        if progress:  # the start: a bar's rate then counts from here, over the strings embedded
            progress(0, len(keys))
        chunks = [keys[i : i + batch] for i in range(0, len(keys), batch)]
        done = 0
        parallel = workers > 1 and factory is not None and len(chunks) > 1
        results = _pool_batches(chunks, missing, factory, workers) if parallel and factory else \
            _local_batches(chunks, missing, embedder, progress, len(keys))
        for chunk, vecs in results:
            if cache is not None:
                cache.put_many(embedder.identity, list(zip(chunk, vecs, strict=True)))
            found.update(zip(chunk, vecs, strict=True))
            done += len(chunk)
            if progress and parallel:
                progress(done, len(keys))
    elif progress:
        progress(0, 0)
    out = np.zeros((len(strings), embedder.dim), dtype=np.float32)
    for i, h in enumerate(hashes):
        out[i] = found[h]
    return out, len(missing)


def _local_batches(chunks: list[list[str]], missing: dict[str, str], embedder: Embedder,
                   progress: ProgressFn | None, total: int) -> Iterator[tuple[list[str], np.ndarray]]:
    base = 0
    for chunk in chunks:
        def _prog(d: int, _t: int, b: int = base) -> None:
            if progress:
                progress(b + d, total)

        yield chunk, embedder.embed_passages([missing[h] for h in chunk], progress=_prog)
        base += len(chunk)


def _pool_batches(chunks: list[list[str]], missing: dict[str, str], factory: Callable[[], Embedder],
                  workers: int) -> Iterator[tuple[list[str], np.ndarray]]:
    """Batches embedded in `workers` spawned processes (not forked: the parent's OpenMP runtime, and a
    GPU context, do not survive a fork), in completion order. Each worker gets an equal share of the
    cores as its OpenMP threads, so N workers do not oversubscribe the machine."""
    cores = len(os.sched_getaffinity(0))
    threads = max(1, cores // workers)
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(workers, initializer=_worker_init, initargs=(factory, threads)) as pool:
        tasks = [(chunk, [missing[h] for h in chunk]) for chunk in chunks]
        yield from pool.imap_unordered(_worker_embed, tasks)


_WORKER: dict[str, Any] = {}


def _worker_init(factory: Callable[[], Embedder], threads: int) -> None:
    os.environ.setdefault("OMP_NUM_THREADS", str(threads))  # before the embedder loads its runtime
    try:
        _WORKER["embedder"] = factory()
    except Exception as e:  # raised with the first task: a failing initializer would be restarted forever
        _WORKER["error"] = e


def _worker_embed(task: tuple[list[str], list[str]]) -> tuple[list[str], np.ndarray]:
    chunk, texts = task
    if "error" in _WORKER:
        raise _WORKER["error"]
    embedder: Embedder = _WORKER["embedder"]
    return chunk, np.asarray(embedder.embed_passages(texts), dtype=np.float32)
