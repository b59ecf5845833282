"""Load the search index directory: `SearchIndex`, everything a query needs.

Layout of `out_dir` (a complete directory; the workspace swaps it in atomically):
    meta.json        IndexMeta: embedder identity, dense kind/params, counts, versions (written last)
    passages.sqlite  passage table, one row per FAISS/BM25 row (id, doc, span, heading, text, entities);
                     read for the hits only (search/passages.py)
    rows.npz         per-row arrays kept in memory: document, near-duplicate group, entity postings
    entities.json    the entities of those postings
    documents.json   document metadata (title, type, date, year, organ, source)
    dense/           faiss.index, ids.json (row → passage id), dense.json
    bm25/            bm25s index + analyzer vocabulary
    terms/           the BM25 terms' vectors for expansion by meaning (search/term_vectors.py; optional)

Format 1 indexes (passages.jsonl instead of passages.sqlite + rows.npz) still load, into memory.

The build is search/index_build.py (re-exported here with the text formats, meta and row signals, so
`from search.index import build_index` keeps working).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from search.backends.base import PassageIndex
from search.backends.embedded import EmbeddedPassages
from search.backends.milvus import MilvusConfig, MilvusPassages
from search.bm25 import BM25Index
from search.build_progress import BuildProgress, tqdm_progress
from search.dense import DenseIndex
from search.embedders.base import Embedder
from search.index_build import build_index
from search.index_meta import INDEX_FORMAT, READABLE_FORMATS, IndexMeta, IndexMismatch, read_meta
from search.index_rows import SALIENT_PREFIX, concept_info, entity_salience, near_duplicates
from search.index_text import BM25_CONTEXT, EMBED_FORMAT, bm25_text, embedding_text, short_label
from search.passages import (
    PASSAGES_DB,
    ROWS_FILE,
    ListPassages,
    PassageRow,
    PassageTable,
    RowArrays,
    RowArraysBuilder,
    SqlitePassages,
)
from search.sentence_index import SENTENCE_FORMAT, SentenceIndex
from search.term_vectors import TermVectors


class SearchIndex:
    """Everything a query needs: dense + BM25 indexes and compact per-row arrays in memory (document,
    duplicate group, entity postings); the passage table itself (text, heading, spans) is read for
    the hits only (`passages`, a read-only sequence of `PassageRow`)."""

    def __init__(self, path: Path, meta: IndexMeta, dense: DenseIndex | None, bm25: BM25Index,
                 passages: PassageTable | Sequence[PassageRow], documents: dict[str, dict[str, Any]],
                 embedder: Embedder, arrays: RowArrays | None = None, backend: PassageIndex | None = None) -> None:
        self.path = path
        self.meta = meta
        self.dense = dense  # None when the vectors live in Milvus
        self.bm25 = bm25    # always here: the analyzer, its vocabulary and BM25 statistics
        if backend is None:
            if dense is None:
                raise ValueError("a search index needs a dense index or a passage backend")
            backend = EmbeddedPassages(dense, bm25)
        self.passage_index: PassageIndex = backend  # dense and lexical search (search/backends/)
        if not isinstance(passages, PassageTable):
            passages = ListPassages(passages)
        self.passages: PassageTable = passages
        self.documents = documents
        self.embedder = embedder
        doc_ids = list(documents)
        self._doc_pos = {d: i for i, d in enumerate(doc_ids)}
        self.doc_ids = doc_ids
        if arrays is None:  # rows in memory (format 1): compute the arrays from them
            b = RowArraysBuilder(entity_salience)
            for p in passages:
                b.add(p, self._doc_pos[p.doc_id])
            arrays = b.finish()
        if len(arrays.doc) != len(passages):
            raise IndexMismatch(f"search index in {path} is incomplete: run `styrgraf build`")
        self.doc_of_row = arrays.doc
        # near-duplicate groups: row → row of its group's first passage (itself when unique)
        self.group_of = arrays.group
        # entity postings: iri → rows; iri → info; iri → salience of the entity in each of its rows
        self.entity_rows, self.entity_salience, self.entity_info = arrays.postings()
        self._doc_facets()
        self.sentences: SentenceIndex | None = None  # sentence vectors for the answer, when built
        self.term_vectors: TermVectors | None = None  # corpus terms by meaning (search/term_vectors.py)

    def _doc_facets(self) -> None:
        """Per-document filter columns (a few thousand documents): year, type, organ/title text."""
        docs = [self.documents[d] for d in self.doc_ids]

        def year(d: dict[str, Any]) -> int:
            y = d.get("year") or (int(str(d["date"])[:4]) if d.get("date") else None)
            return int(y) if y else 0

        self.doc_year = np.array([year(d) for d in docs], dtype=np.int32)        # 0: unknown
        self.doc_type = np.array([(d.get("type") or "").lower() for d in docs], dtype=object)
        self.doc_organ_text = [((d.get("organ") or "").lower(), (d.get("title") or "").lower()) for d in docs]

    @property
    def row_of(self) -> Mapping[str, int]:
        """Passage id → row."""
        return self.passages.row_of

    @classmethod
    def load(cls, path: Path | str, embedder: Embedder, milvus: MilvusConfig | None = None) -> SearchIndex:
        """`milvus`: how to reach the Milvus of an index built there (token, a moved server); default: the
        URI recorded at build time, no token."""
        path = Path(path)
        meta = read_meta(path, embedder.identity)
        bm25 = BM25Index.load(path / "bm25", mmap=meta.passage_index.get("kind") == "milvus")
        backend: PassageIndex | None = None
        dense: DenseIndex | None = None
        if meta.passage_index.get("kind") == "milvus":
            ident = meta.passage_index
            backend = MilvusPassages.open(milvus or MilvusConfig(str(ident["uri"])), ident)
        else:
            dense = DenseIndex.load(path / "dense")
        documents = json.loads((path / "documents.json").read_text(encoding="utf-8"))
        passages: PassageTable
        arrays: RowArrays | None = None
        if (path / PASSAGES_DB).exists() and (path / ROWS_FILE).exists():
            passages = SqlitePassages(path / PASSAGES_DB)
            arrays = RowArrays.load(path)
        elif (path / "passages.jsonl").exists():
            with (path / "passages.jsonl").open(encoding="utf-8") as f:
                passages = ListPassages(PassageRow(**json.loads(line)) for line in f if line.strip())
        else:
            raise IndexMismatch(f"search index in {path} has no passage table: run `styrgraf build`")
        if not (len(passages) == len(backend if backend is not None else dense or ()) == bm25.n_docs
                == meta.n_passages):
            raise IndexMismatch(f"search index in {path} is incomplete: run `styrgraf build`")
        index = cls(path, meta, dense, bm25, passages, documents, embedder, arrays, backend)
        if meta.sentence_format == SENTENCE_FORMAT:
            index.sentences = SentenceIndex.load(path)
        index.term_vectors = TermVectors.load(path, embedder.identity)
        return index

    def doc(self, row: int) -> dict[str, Any]:
        return self.documents[self.doc_ids[int(self.doc_of_row[row])]]


__all__ = ["BM25_CONTEXT", "EMBED_FORMAT", "INDEX_FORMAT", "READABLE_FORMATS", "SALIENT_PREFIX", "BuildProgress",
           "IndexMeta", "IndexMismatch", "PassageRow", "SearchIndex", "bm25_text", "build_index", "concept_info",
           "embedding_text", "entity_salience", "near_duplicates", "short_label", "tqdm_progress"]
