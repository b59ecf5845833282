"""The identity of a built index (`IndexMeta`, meta.json) and the error when it does not fit.

meta.json is written last by the build (search/index_build.py): its presence means the directory is
complete. `SearchIndex.load` (search/index.py) refuses an index of another format or embedder with
`IndexMismatch` (503: the service answers, telling the operator to rebuild).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel

from corpus.errors import NotBuilt, StyrgrafError
from search.analysis import ANALYZER_VERSION

INDEX_FORMAT = 2
#: Formats this version reads: 1 had the passage table as passages.jsonl (loaded into memory).
READABLE_FORMATS = (1, 2)


class IndexMismatch(StyrgrafError):
    title = "Sökindexet passar inte inbäddningsmodellen"
    status = 503
    exit_code = 6


class IndexMeta(BaseModel):
    format: int = INDEX_FORMAT
    embedder: str
    dim: int
    n_passages: int
    n_documents: int
    embedded: int = 0                 # texts embedded in this build (cache misses)
    embed_format: str = "bare"        # how passages were written for the embedder (EMBED_FORMAT)
    bm25_context: str = "none"        # what BM25 indexed besides the text (BM25_CONTEXT)
    dense: dict[str, Any] = {}
    analyzer: str = ANALYZER_VERSION
    entity_linking: str | None = None  # thesaurus used to find passage mentions, or None
    built_at: str = ""
    build_seconds: float = 0.0
    sentences: int = 0                # sentences with precomputed vectors (search/sentence_index.py)
    sentence_format: str | None = None  # SENTENCE_FORMAT of those vectors; None: built without them
    sentences_embedded: int = 0       # of them embedded in this build (cache misses)
    sentence_seconds: float = 0.0     # build time spent on them (embedding cache misses dominate)
    passage_index: dict[str, Any] = {}  # where vectors and BM25 live: {} = embedded files (search/backends/)


def write_meta(out_dir: Path, meta: IndexMeta) -> None:
    """Write meta.json through a temporary file: a crash leaves no meta.json, never a partial one."""
    (out_dir / "meta.json").unlink(missing_ok=True)
    (out_dir / "meta.json.tmp").write_text(meta.model_dump_json(indent=1))
    (out_dir / "meta.json.tmp").replace(out_dir / "meta.json")  # last: its presence means complete


def read_meta(path: Path, embedder_identity: str) -> IndexMeta:
    """The meta.json of the index in `path`, checked against this version and the configured embedder;
    NotBuilt without one, IndexMismatch when it does not fit."""
    meta_file = path / "meta.json"
    if not meta_file.exists():
        raise NotBuilt(f"no search index in {path}: run `styrgraf build`")
    meta = IndexMeta.model_validate_json(meta_file.read_text())
    if meta.format not in READABLE_FORMATS:
        raise IndexMismatch(f"index format {meta.format} in {path}, this version reads "
                            f"{', '.join(map(str, READABLE_FORMATS))}: run `styrgraf build`")
    if meta.embedder != embedder_identity:
        raise IndexMismatch(f"index built with {meta.embedder}, configured {embedder_identity}: "
                            "run `styrgraf build` to re-embed")
    return meta


__all__ = ["INDEX_FORMAT", "READABLE_FORMATS", "IndexMeta", "IndexMismatch", "read_meta", "write_meta"]
