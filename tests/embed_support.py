"""A deterministic, slow, counting embedder for the multi-process embedding tests: importable by name,
so the spawned workers of `search.cache.embed_with_cache(..., workers=N)` can build it from a factory."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from search.embedders.base import ProgressFn
from search.embedders.hashing import HashingEmbedder


class CountingEmbedder(HashingEmbedder):
    """`HashingEmbedder` vectors; every embedded text is appended to `log` (one line, with the pid) and
    each batch sleeps `delay` seconds, so a test can kill a run midway and count what was embedded."""

    def __init__(self, log: str, delay: float = 0.0) -> None:
        super().__init__(dim=16)
        self.log = Path(log)
        self.delay = delay

    def embed_passages(self, texts: Sequence[str], progress: ProgressFn | None = None) -> np.ndarray:
        time.sleep(self.delay)
        out = super().embed_passages(texts, progress)
        with self.log.open("a", encoding="utf-8") as f:  # one write per batch: lines never interleave
            f.write("".join(f"{os.getpid()}\t{t}\n" for t in texts))
        return out


def logged_texts(log: Path) -> list[str]:
    if not log.exists():
        return []
    return [line.split("\t", 1)[1] for line in log.read_text(encoding="utf-8").splitlines()]
