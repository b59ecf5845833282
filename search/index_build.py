"""Build the search index directory (layout: search/index.py) from the documents of a generation.

Embeds the passages (cache misses only), builds the dense and BM25 indexes, the passage table with
entity mentions and near-duplicate groups, the sentence vectors for the answer, and writes meta.json
last; with a Milvus config the vectors go to a new collection published at the end.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from corpus.errors import StyrgrafError
from corpus.model import Document
from graph.thesaurus import Thesaurus
from search.analysis import Analyzer
from search.backends.base import PassageColumns, RowFacets, entity_type_keys
from search.backends.milvus import MilvusConfig, MilvusPassages
from search.bm25 import BM25Index
from search.bm25_chunked import chunked
from search.build_progress import BuildProgress, tqdm_progress
from search.cache import EmbeddingCache, embed_with_cache
from search.dense import FLAT_MAX, DenseIndex
from search.embedders.base import Embedder
from search.index_meta import IndexMeta, write_meta
from search.index_rows import concept_info, entity_salience, near_duplicates
from search.index_text import BM25_CONTEXT, EMBED_FORMAT, bm25_text, embedding_text, short_label
from search.passages import PASSAGES_DB, EntityInfo, PassageRow, RowArraysBuilder, write_passages
from search.sentence_index import SENTENCE_FORMAT, build_sentence_index
from search.term_vectors import build_term_vectors


def build_index(documents: Sequence[Document], embedder: Embedder, cache: EmbeddingCache | None,
                out_dir: Path, progress: BuildProgress | bool | None = None, *, thesaurus: Thesaurus | None,
                dense_kind: str = "auto", flat_max: int = FLAT_MAX, embed_format: str = EMBED_FORMAT,
                bm25_context: str = BM25_CONTEXT, sentences: bool = True, terms: bool = False,
                milvus: MilvusConfig | None = None,
                milvus_lexical: str = "styrgraf", embed_workers: int = 1,
                embedder_factory: Callable[[], Embedder] | None = None) -> IndexMeta:
    """Embed (cache misses only), index and write everything into `out_dir`.

    `progress`: a callback (stage, done, total), True for progress bars on stderr, or None.
    `thesaurus`: matcher for passage → entity mentions (None: no entity signal).
    `sentences`: also embed every sentence for the extractive answer (search/sentence_index.py).
    `terms`: also embed the BM25 terms for expansion by meaning (search/term_vectors.py). Off by default: it
    lifted dev hybrid MRR 0.918 -> 0.928 but neither held-out file (0.838, 0.673 both before and after), and
    the first build embeds ~2,000 more texts (bench/RESULTS.md).
    `embed_workers` > 1 with `embedder_factory`: cache misses embedded in that many processes.
    `milvus`: vectors, BM25 and filter metadata go to a new Milvus collection (search/backends/milvus.py),
    published at the end; the BM25 files stay here too (the analyzer's vocabulary and statistics)."""
    t0 = time.perf_counter()
    if progress is True:
        progress = tqdm_progress()
    elif progress is False:
        progress = None
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "meta.json").unlink(missing_ok=True)  # a rebuild in place is incomplete until written
    passages = [p for d in documents for p in d.passages]
    ids = [p.id for p in passages]
    if len(set(ids)) != len(ids):
        dup = next(i for i in ids if ids.count(i) > 1)
        raise StyrgrafError(f"duplicate passage id {dup!r}: cannot index")

    def _p(stage: str) -> Callable[[int, int], None]:
        return lambda done, total: progress(stage, done, total) if progress else None

    titles = {d.id: d.title for d in documents}
    shorts = {d.id: short_label(d) for d in documents}
    strings = [embedding_text(titles[p.doc_id], p.heading, p.text, embed_format, shorts[p.doc_id])
               for p in passages]
    vectors, embedded = embed_with_cache(strings, embedder, cache, _p("embed"), workers=embed_workers,
                                         factory=embedder_factory)  # workers: search/cache.py
    if len(passages) == 0:
        vectors = np.zeros((0, embedder.dim), dtype=np.float32)
    # saved into dense/; past DISK_MIN passages built on disk with bounded memory (search/dense.py)
    dense = DenseIndex.build_to(vectors, ids, out_dir / "dense", kind=dense_kind, flat_max=flat_max) \
        if milvus is None else None
    if progress:
        progress("dense", len(passages), len(passages))

    texts = [bm25_text(titles[p.doc_id], p.heading, p.text, bm25_context) for p in passages]
    analyzer = Analyzer.fit(d.text for d in documents)
    # chunk by chunk, bounded memory, the in-memory build's scores (search/bm25_chunked.py)
    bm25 = BM25Index.build_to(chunked(texts), analyzer, out_dir / "bm25")
    if progress:
        progress("bm25", len(passages), len(passages))
    # the terms' vectors, for expansion by meaning (cache misses only)
    if bm25.retriever is not None and terms:
        build_term_vectors(analyzer, dict(bm25.retriever.vocab_dict), np.diff(bm25.retriever.scores["indptr"]),
                           embedder, cache, out_dir, vectors, progress=_p("terms"))

    dups = near_duplicates([p.text for p in passages], [p.doc_id for p in passages])
    info_cache: dict[str, EntityInfo] = {}
    doc_pos = {d.id: i for i, d in enumerate(documents)}
    arrays = RowArraysBuilder(entity_salience)
    facets: list[RowFacets] = []  # per row, for a backend that filters in its engine (Milvus)
    doc_facets = {d.id: RowFacets(d.year or (int(d.date[:4]) if d.date and d.date[:4].isdigit() else 0),
                                  (d.doc_type or "").lower(), (d.organ or "").lower(), (d.title or "").lower())
                  for d in documents} if milvus is not None else {}

    def rows() -> Iterator[PassageRow]:
        for i, p in enumerate(passages):
            ents: list[EntityInfo] = []
            if thesaurus is not None:
                seen: dict[str, EntityInfo] = {}
                for m in thesaurus.find_mentions(p.text):
                    iri = str(m.concept_iri)
                    if iri not in seen:
                        info = info_cache.get(iri) or concept_info(thesaurus, iri)
                        info_cache[iri] = info
                        seen[iri] = EntityInfo(**info, spans=[])
                    seen[iri].setdefault("spans", []).append([int(m.start), int(m.end)])
                ents = list(seen.values())
            dup_row = dups[i]
            row = PassageRow(p.id, p.doc_id, p.ordinal, p.start, p.end, p.text, p.heading, p.kind, ents,
                             passages[dup_row].id if dup_row is not None else None)
            arrays.add(row, doc_pos[p.doc_id], dup_row)
            if milvus is not None:
                keys = (k for e in ents for k in entity_type_keys(e.get("type"), e.get("types") or []))
                facets.append(dataclasses.replace(doc_facets[p.doc_id], entity_types=tuple(dict.fromkeys(keys))))
            yield row
            if progress and thesaurus is not None and (i + 1) % 200 == 0:
                progress("entities", i + 1, len(passages))

    (out_dir / "passages.jsonl").unlink(missing_ok=True)  # format 1, when rebuilding in place
    write_passages(out_dir / PASSAGES_DB, rows())
    arrays.finish().save(out_dir)
    if progress:
        progress("passages", len(passages), len(passages))
    backend = MilvusPassages.build(milvus, PassageColumns(vectors, texts, analyzer, facets), milvus_lexical,
                                   publish=False) if milvus is not None else None
    ts = time.perf_counter()
    n_sent, sent_embedded = build_sentence_index(documents, embedder, cache, out_dir, _p("sentences")) \
        if sentences else (0, 0)
    ts = time.perf_counter() - ts
    docs = {d.id: {"id": d.id, "title": d.title, "type": d.doc_type, "date": d.date, "year": d.year,
                   "organ": d.organ, "source": d.source, "dnr": list(d.dnr)} for d in documents}
    (out_dir / "documents.json").write_text(json.dumps(docs, ensure_ascii=False, indent=1))
    meta = IndexMeta(
        embedder=embedder.identity, dim=embedder.dim, n_passages=len(passages), n_documents=len(documents),
        embedded=embedded, embed_format=embed_format, bm25_context=bm25_context,
        dense=dense.params if dense is not None else {},
        entity_linking=(type(thesaurus).__module__ + "." + type(thesaurus).__name__) if thesaurus else None,
        built_at=datetime.now(UTC).isoformat(timespec="seconds"),
        build_seconds=round(time.perf_counter() - t0, 3), sentences=n_sent, sentences_embedded=sent_embedded,
        sentence_format=SENTENCE_FORMAT if sentences else None, sentence_seconds=round(ts, 3),
    )
    if backend is not None:  # the new version goes live for the alias's readers; this generation names it
        backend.publish()
        meta.passage_index = backend.identity
        backend.close()
    write_meta(out_dir, meta)
    return meta


__all__ = ["build_index"]
