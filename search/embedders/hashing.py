"""A tiny deterministic fake embedder (hashed character trigrams and words) for tests where the
model is beside the point. Similar strings get similar vectors, so it even ranks a little."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

from search.embedders.base import ProgressFn, normalise


class HashingEmbedder:
    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.identity = f"hash:v1;dim={dim};prefix=q/p"

    def _vec(self, text: str, salt: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        t = text.lower()
        feats = re.findall(r"\w+", t)
        feats += [t[i : i + 3] for i in range(max(len(t) - 2, 0))]
        for f in feats:
            h = hashlib.blake2b(f.encode(), digest_size=8).digest()
            i = int.from_bytes(h[:4], "little") % self.dim
            v[i] += 1.0 if h[4] & 1 else -1.0
        # the prefix scheme: queries and passages differ slightly, like e5's "query: "/"passage: "
        h = hashlib.blake2b(salt.encode(), digest_size=4).digest()
        v[int.from_bytes(h, "little") % self.dim] += 0.5
        return normalise(v)

    def embed_passages(self, texts: Sequence[str], progress: ProgressFn | None = None) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i] = self._vec(t, "passage")
        if progress:
            progress(len(texts), len(texts))
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return self._vec(text, "query")
