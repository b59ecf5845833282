"""Build and load the search index directory.

Layout of `out_dir` (a complete directory; the workspace swaps it in atomically):
    meta.json        IndexMeta: embedder identity, dense kind/params, counts, versions (written last)
    passages.sqlite  passage table, one row per FAISS/BM25 row (id, doc, span, heading, text, entities);
                     read for the hits only (search/passages.py)
    rows.npz         per-row arrays kept in memory: document, near-duplicate group, entity postings
    entities.json    the entities of those postings
    documents.json   document metadata (title, type, date, year, organ, source)
    dense/           faiss.index, ids.json (row → passage id), dense.json
    bm25/            bm25s index + analyzer vocabulary

Format 1 indexes (passages.jsonl instead of passages.sqlite + rows.npz) still load, into memory.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel
from tqdm import tqdm

from corpus.errors import NotBuilt, StyrgrafError
from corpus.model import Document
from graph.namespaces import local_name
from graph.terms import resource_type
from graph.thesaurus import Thesaurus
from search.analysis import ANALYZER_VERSION, Analyzer
from search.backends.base import PassageColumns, PassageIndex, RowFacets, entity_type_keys
from search.backends.embedded import EmbeddedPassages
from search.backends.milvus import MilvusConfig, MilvusPassages
from search.bm25 import BM25Index
from search.cache import EmbeddingCache, embed_with_cache
from search.dense import FLAT_MAX, DenseIndex
from search.embedders.base import Embedder
from search.passages import (
    PASSAGES_DB,
    ROWS_FILE,
    EntityInfo,
    ListPassages,
    PassageRow,
    PassageTable,
    RowArrays,
    RowArraysBuilder,
    SqlitePassages,
    write_passages,
)
from search.sentence_index import SENTENCE_FORMAT, SentenceIndex, build_sentence_index

log = logging.getLogger(__name__)

INDEX_FORMAT = 2
#: Formats this version reads: 1 had the passage table as passages.jsonl (loaded into memory).
READABLE_FORMATS = (1, 2)
#: How a passage is written for the embedder (recorded in meta.json; part of every cache key through
#: the embedded string itself): "ctx2": "{organ} {year} · {heading}\n{text}" (the title when the
#: document names no organ or year; the heading only when the text does not start with it);
#: "ctx1": the same with the full document title; "heading": heading only; "bare": the text.
#: Measured in bench/ablation.py (bench/RESULTS.md): ctx2 gives the best hybrid on both files.
EMBED_FORMAT = "ctx2"
#: What BM25 indexes besides the passage text: "none", "heading", "title+heading" (appended; the
#: title is the same for every passage of a document, so it mostly separates documents).
BM25_CONTEXT = "title+heading"
#: progress(stage, done, total); stage is "embed", "dense", "bm25", "entities", "passages".
BuildProgress = Callable[[str, int, int], None]


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


def _heading_context(heading: str, text: str) -> str:
    """The heading unless the text already starts with it ("Nr 8." / "1. Inledning" usually do)."""
    h = " ".join((heading or "").split())
    if not h:
        return ""
    head = " ".join(text[: len(h) + 20].split())
    return "" if head.startswith(h.rstrip(".:")) else h


def embedding_text(title: str, heading: str, text: str, fmt: str = EMBED_FORMAT, short: str = "") -> str:
    """The exact string embedded for a passage: the document title and the heading give the context
    a bare passage lacks ("Nr 11. Att påbörja införande av SPOT" says neither organ nor year).
    `short`: a short document label (organ and year) for "ctx2"."""
    if fmt == "bare":
        return text
    h = _heading_context(heading, text)
    if fmt == "heading":
        return f"{h}\n{text}" if h else text
    if fmt in ("ctx1", "ctx2"):
        label = title if fmt == "ctx1" else (short or title)
        ctx = " · ".join(x for x in (" ".join((label or "").split()), h) if x)
        return f"{ctx}\n{text}" if ctx else text
    raise ValueError(f"unknown passage embedding format {fmt!r}")


def short_label(d: Document) -> str:
    """Organ and year of a document ("Beredning för psykiatri 2025"), else its title."""
    parts = [x for x in (d.organ, str(d.year) if d.year else None) if x]
    return " ".join(parts) if parts else d.title


def bm25_text(title: str, heading: str, text: str, context: str = BM25_CONTEXT) -> str:
    if context == "none":
        return text
    h = _heading_context(heading, text)
    if context == "heading":
        return f"{h}\n{text}" if h else text
    if context == "title+heading":
        return "\n".join(x for x in (title, h, text) if x)
    raise ValueError(f"unknown BM25 context {context!r}")


_WORD = re.compile(r"\w+")


def _shingles(text: str, n: int = 4) -> set[int]:
    w = _WORD.findall(text.lower())
    return {hash(tuple(w[i : i + n])) for i in range(max(len(w) - n + 1, 1))} if w else set()


def near_duplicates(texts: Sequence[str], groups: Sequence[str], jaccard: float = 0.75,
                    containment: float = 0.9) -> list[int | None]:
    """For each text, the index of an earlier near-identical text in the same group (document), or
    None. Near-identical: word 4-shingle Jaccard ≥ `jaccard` and the smaller text ≥ `containment`
    inside the larger (a kallelse repeats the same text in the agenda, the föredragnings-PM and the
    attachment). Candidates come from a shingle posting list per group, so the cost is linear in
    the shared shingles, not quadratic in the passages."""
    out: list[int | None] = [None] * len(texts)
    by_group: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        by_group.setdefault(g, []).append(i)
    for rows in by_group.values():
        post: dict[int, list[int]] = {}
        sh: dict[int, set[int]] = {}
        for i in rows:
            a = sh[i] = _shingles(texts[i])
            counts: dict[int, int] = {}
            for x in a:
                for j in post.get(x, ()):
                    counts[j] = counts.get(j, 0) + 1
            best: tuple[float, int] | None = None
            for j, inter in counts.items():
                b = sh[j]
                jac = inter / (len(a) + len(b) - inter)
                if jac >= jaccard and inter / min(len(a), len(b)) >= containment \
                        and (best is None or jac > best[0]):
                    best = (jac, j)
            if best is not None:
                j = best[1]
                out[i] = out[j] if out[j] is not None else j
            for x in a:
                post.setdefault(x, []).append(i)
    return out


def concept_info(thesaurus: Thesaurus, iri: str) -> EntityInfo:
    c = thesaurus.concepts.get(iri)
    label = (c.pref_label or local_name(iri)) if c is not None else local_name(iri)
    types = [str(t) for t in c.types] if c is not None else []
    return EntityInfo(iri=iri, label=label, type=resource_type(iri, types), types=types)


def build_index(documents: Sequence[Document], embedder: Embedder, cache: EmbeddingCache | None,
                out_dir: Path, progress: BuildProgress | bool | None = None, *, thesaurus: Thesaurus | None,
                dense_kind: str = "auto", flat_max: int = FLAT_MAX, embed_format: str = EMBED_FORMAT,
                bm25_context: str = BM25_CONTEXT, sentences: bool = True, milvus: MilvusConfig | None = None,
                milvus_lexical: str = "styrgraf", embed_workers: int = 1,
                embedder_factory: Callable[[], Embedder] | None = None) -> IndexMeta:
    """Embed (cache misses only), index and write everything into `out_dir`.

    `progress`: a callback (stage, done, total), True for progress bars on stderr, or None.
    `thesaurus`: matcher for passage → entity mentions (None: no entity signal).
    `sentences`: also embed every sentence for the extractive answer (search/sentence_index.py).
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
    BM25Index.build(texts, analyzer).save(out_dir / "bm25")
    if progress:
        progress("bm25", len(passages), len(passages))

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
    (out_dir / "meta.json").unlink(missing_ok=True)
    (out_dir / "meta.json.tmp").write_text(meta.model_dump_json(indent=1))
    (out_dir / "meta.json.tmp").replace(out_dir / "meta.json")  # last: its presence means complete
    return meta


def tqdm_progress() -> BuildProgress:
    """Progress bars on stderr, one per stage, counting what the stage counts ("passager/s", "meningar/s").

    The embedding bar counts only the passages being embedded (cache hits are free and would make the
    rate meaningless) and starts when embedding starts. A stage that reports only its end (vector index,
    BM25, passage table) is one line with its duration, not a bar: its "rate" would be millions per second.
    """
    bars: dict[str, Any] = {}
    names = {"embed": "Bäddar in passager", "dense": "Vektorindex", "bm25": "BM25", "entities": "Entiteter",
             "passages": "Passagetabell", "sentences": "Bäddar in meningar"}
    units = {"sentences": "meningar"}  # every other stage counts passages
    stage_start = [time.time()]  # when the previous stage ended: where the next one began (tqdm's clock)

    def close_others(stage: str) -> None:
        for name, bar in list(bars.items()):
            if name != stage:
                bar.close()
                del bars[name]

    def cb(stage: str, done: int, total: int) -> None:
        now = time.time()
        close_others(stage)
        if total <= 0:
            if stage == "embed":
                tqdm.write(f"{names[stage]}: inga nya (alla fanns i inbäddningscachen)", file=sys.stderr)
            stage_start[0] = now
            return
        bar = bars.get(stage)
        if bar is None:
            if done >= total:
                tqdm.write(f"{names.get(stage, stage)}: {total} {units.get(stage, 'passager')} på "
                           f"{now - stage_start[0]:.1f} s", file=sys.stderr)
                stage_start[0] = now
                return
            bar = bars[stage] = tqdm(total=total, desc=names.get(stage, stage), leave=True, file=sys.stderr,
                                     unit=" " + units.get(stage, "passager"))
            # the rate counts from the stage's start: now for a stage that announces it (done = 0), else
            # the end of the previous stage
            bar.start_t = bar.last_print_t = now if done == 0 else stage_start[0]
        bar.update(done - bar.n)
        if done >= total:
            bar.close()
            del bars[stage]
            stage_start[0] = now

    return cb


#: A mention this close to the start of a passage (its heading, its first sentence) makes the
#: entity what the passage is about.
SALIENT_PREFIX = 200


def entity_salience(p: PassageRow, ent: EntityInfo) -> float:
    """How much a passage is about an entity it mentions, in (0, 1]: 1 when the entity is named in
    the heading or near the start, or mentioned at least twice; 0.5 for a passing mention further in
    (lists of organs, a footnote). Spans missing (old indexes): 1."""
    spans = ent.get("spans") or []
    if not spans:
        return 1.0
    if len(spans) >= 2 or min(int(s[0]) for s in spans) < SALIENT_PREFIX:
        return 1.0
    label = str(ent.get("label") or "").lower()
    if label and label in (p.heading or "").lower():
        return 1.0
    return 0.5


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
        meta_file = path / "meta.json"
        if not meta_file.exists():
            raise NotBuilt(f"no search index in {path}: run `styrgraf build`")
        meta = IndexMeta.model_validate_json(meta_file.read_text())
        if meta.format not in READABLE_FORMATS:
            raise IndexMismatch(f"index format {meta.format} in {path}, this version reads "
                                f"{', '.join(map(str, READABLE_FORMATS))}: run `styrgraf build`")
        if meta.embedder != embedder.identity:
            raise IndexMismatch(f"index built with {meta.embedder}, configured {embedder.identity}: "
                                "run `styrgraf build` to re-embed")
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
        return index

    def doc(self, row: int) -> dict[str, Any]:
        return self.documents[self.doc_ids[int(self.doc_of_row[row])]]
