"""Embedding cache: SQLite keyed by (embedder identity, sha256 of the exact embedded string),
float32 blobs.

The key is the hash of exactly the string handed to the embedder (for passages: the contextual
string of `index.embedding_text`, title and heading included), so an unchanged string is never
embedded twice, whatever document or generation it appears in, and a changed context (a renamed
document, a new heading) re-embeds only the passages whose string changed."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

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


def embed_with_cache(texts: Sequence[str] | Sequence[Passage], embedder: Embedder,
                     cache: EmbeddingCache | None, progress: ProgressFn | None = None
                     ) -> tuple[np.ndarray, int]:
    """Vectors for `texts` (rows in order; a `Passage` stands for its bare text) and the number of
    strings actually embedded: only cache misses are embedded (each distinct string once), in
    batches, and stored under the hash of exactly the string embedded."""
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
        step = 256
        done = 0
        for i in range(0, len(keys), step):
            chunk = keys[i : i + step]

            def _prog(d: int, _t: int, base: int = done) -> None:
                if progress:
                    progress(base + d, len(keys))

            vecs = embedder.embed_passages([missing[h] for h in chunk], progress=_prog)
            if cache is not None:
                cache.put_many(embedder.identity, list(zip(chunk, vecs, strict=True)))
            found.update(zip(chunk, vecs, strict=True))
            done += len(chunk)
    elif progress:
        progress(0, 0)
    out = np.zeros((len(strings), embedder.dim), dtype=np.float32)
    for i, h in enumerate(hashes):
        out[i] = found[h]
    return out, len(missing)
