"""Embedding backends (one file each) behind the `Embedder` protocol."""

from search.embedders.base import Embedder, EmbedderUnavailable, ProgressFn
from search.embedders.factory import make_embedder

__all__ = ["Embedder", "EmbedderUnavailable", "ProgressFn", "make_embedder"]
