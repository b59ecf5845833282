"""The embedder contract (`Embedder`) and the helpers every backend shares.

Every backend returns L2-normalised float32 vectors; query and passage texts may be encoded
differently (e5 models prefix "query: " / "passage: "). `identity` names the model, its version,
the dimension and the prefix scheme: it is recorded with an index and with every cached vector,
so vectors from different spaces are never mixed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from corpus.errors import StyrgrafError

#: progress(done, total) called while embedding passages.
ProgressFn = Callable[[int, int], None]


class EmbedderUnavailable(StyrgrafError):
    title = "Inbäddningsmodellen är inte tillgänglig"
    status = 503
    exit_code = 6


@runtime_checkable
class Embedder(Protocol):
    identity: str
    dim: int

    def embed_passages(self, texts: Sequence[str], progress: ProgressFn | None = None) -> np.ndarray:
        """(len(texts), dim) float32, rows L2-normalised; (0, dim) for no texts."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """(dim,) float32, L2-normalised."""
        ...


def normalise(x: np.ndarray) -> np.ndarray:
    """Row-wise L2 normalisation to float32 (zero rows stay zero)."""
    x = np.asarray(x, dtype=np.float32)
    if x.ndim == 1:
        n = float(np.linalg.norm(x))
        return x / n if n > 0 else x
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(x / norms, dtype=np.float32)


def batched(texts: Sequence[str], size: int) -> list[Sequence[str]]:
    return [texts[i : i + size] for i in range(0, len(texts), size)]


ST_HINT = "install the sentence-transformers backend: pip install 'styrgraf[st]'"
