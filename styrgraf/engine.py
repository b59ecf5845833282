"""The search engine of the command line (`styrgraf search`, `eval`, `sparql`): the current generation's
index with its graph store, an explicit index directory, or, when nothing has been built yet, an index of
the bundled corpus built once into `<data_dir>/cache/`."""

from __future__ import annotations

import hashlib
import logging
import shutil
import sys
from pathlib import Path

from api.settings import Settings
from api.workspace import Generation, Workspace
from corpus.bundled import load_bundled
from corpus.errors import StyrgrafError
from graph.store import GraphStore
from graph.thesaurus import Thesaurus
from search.cache import EmbeddingCache
from search.embedders import Embedder, make_embedder
from search.engine import SearchEngine
from search.index import BM25_CONTEXT, EMBED_FORMAT, INDEX_FORMAT, build_index
from search.sentence_index import SENTENCE_FORMAT
from search.wiring import build_engine, load_thesaurus

log = logging.getLogger(__name__)


def bundled_index_dir(settings: Settings, embedder: Embedder, thesaurus: Thesaurus | None) -> Path:
    """An index of the bundled corpus in <data_dir>/cache/, rebuilt when corpus or embedder change."""
    docs = load_bundled()
    # Everything the index's content depends on: an index from an older build (e.g. without sentence vectors)
    # must not be reused by a newer version.
    fp = hashlib.sha256("\n".join([embedder.identity, EMBED_FORMAT, BM25_CONTEXT, str(INDEX_FORMAT), SENTENCE_FORMAT,
                                   *(p.id for d in docs for p in d.passages)]).encode())
    out = settings.data_path / "cache" / f"bundled-index-{fp.hexdigest()[:12]}"
    if (out / "meta.json").exists():
        return out
    print("Inget byggt index hittades: indexerar den medföljande korpusen (första gången tar det en stund)…",
          file=sys.stderr, flush=True)
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    with EmbeddingCache(settings.embedding_cache_path) as cache:
        build_index(docs, embedder, cache, tmp, progress=sys.stderr.isatty(), thesaurus=thesaurus)
    tmp.rename(out)
    return out


def _current_generation(settings: Settings) -> Generation | None:
    try:
        return Workspace(settings.data_path).current()
    except Exception as e:  # an unreadable data directory: fall back to the bundled corpus
        log.info("no workspace: %s", e)
        return None


def open_engine(settings: Settings, index_dir: Path | str | None = None, embedder: Embedder | None = None,
                thesaurus: Thesaurus | None = None) -> SearchEngine:
    """The engine for `settings`: over `index_dir` when given (no graph store), else the current generation's
    index and store, else the bundled corpus's index. `thesaurus` defaults to the bundled one."""
    embedder = embedder or make_embedder(settings.embedder, device=settings.embedder_device)
    thesaurus = thesaurus or load_thesaurus()
    store: GraphStore | None = None
    if index_dir is not None:
        if not Path(index_dir).exists():
            raise StyrgrafError(f"index directory {index_dir} does not exist")
        return build_engine(Path(index_dir), embedder, thesaurus, milvus=settings.milvus)
    gen = _current_generation(settings)
    if gen is None or not (gen.index_dir / "meta.json").exists():
        return build_engine(bundled_index_dir(settings, embedder, thesaurus), embedder, thesaurus)
    try:
        store = gen.open_graph(settings.remote_store)
    except Exception as e:  # search still works, only the graph's extras are missing
        log.warning("graph store unavailable, no entity cards/timelines: %s", e)
    return build_engine(gen.index_dir, embedder, thesaurus, store, settings.milvus)
