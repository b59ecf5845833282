"""BM25 index built chunk by chunk with bounded memory, saved in bm25s's on-disk format.

bm25s's own `index()` holds every document's token list, a Counter per document and three flat arrays
of the whole corpus at once: 2.3 GB at 1M passages, ~20 GB at 10M. Here:

- pass 1 analyses one chunk of texts at a time (the same `Analyzer`, the same "∅" placeholder for a text
  with no terms), writes the chunk's term ids (int32) and document lengths to .npy files in a temporary
  directory beside the target, and counts document frequencies;
- pass 2 reads the chunks back and computes the lucene BM25 score of every (document, term) pair with
  the global idf and average length, exactly as `bm25s.scoring` does for method="lucene" (same dtypes,
  same operation order, so the scores are bit-identical), and writes them into term-major CSC arrays
  (data float32, indices int32, indptr int64) that are memory-mapped .npy files: each term's slice is
  known from its document frequency, and a cursor per term says where its next entry goes.

Anonymous memory is the vocabulary (dict and per-term arrays) plus one chunk; the CSC arrays are
file-backed pages. The directory is written under a temporary name and renamed when complete, so
`BM25Index.load` (i.e. `bm25s.BM25.load`) never sees half an index.
"""

from __future__ import annotations

import json
import math
import shutil
import tempfile
from array import array
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import bm25s
import numpy as np

from search.analysis import Analyzer

EMPTY_TERM = "\u2205"  # what a text without terms is indexed as (as `BM25Index.build` does)
CHUNK = 100_000        # texts per chunk: the unit of memory of the build


def _grow(a: np.ndarray, n: int) -> np.ndarray:
    """`a` with room for at least n entries (doubling: the vocabulary grows as chunks are read)."""
    if n <= len(a):
        return a
    out = np.zeros(max(n, 2 * len(a)), dtype=a.dtype)
    out[: len(a)] = a
    return out


def _pairs(tok: np.ndarray, lens: np.ndarray, n_vocab: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct (document, term) pairs of a chunk, sorted by document then term, with their counts."""
    doc = np.repeat(np.arange(len(lens), dtype=np.int64), lens)
    keys, tf = np.unique(doc * n_vocab + tok, return_counts=True)
    return keys // n_vocab, keys % n_vocab, tf


def _tokenise(texts: Sequence[str], analyzer: Analyzer, vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    ids = array("i")  # 4 bytes a token, not a Python int's 36 (a 100k-text chunk has ~4M tokens)
    lens = np.empty(len(texts), dtype=np.int32)
    for i, text in enumerate(texts):
        terms = analyzer.analyze(text) or [EMPTY_TERM]
        for t in terms:
            j = vocab.get(t)
            if j is None:
                j = vocab[t] = len(vocab)
            ids.append(j)
        lens[i] = len(terms)
    return np.frombuffer(ids, dtype=np.int32).copy(), lens


def write_bm25_chunked(chunks: Iterable[Sequence[str]], analyzer: Analyzer, out: Path,
                       k1: float = 1.2, b: float = 0.75,
                       finish: Callable[[Path, int], None] | None = None) -> int:
    """Build the BM25 index of the texts (given as chunks, each a sequence of texts) into `out`
    (bm25s's files). `finish(dir, n_docs)` adds the caller's files (analyzer.json) before the rename.
    Returns the number of documents; with none, nothing of bm25s is written (as `BM25Index.build` keeps
    no retriever)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        n = _build(chunks, analyzer, tmp, k1, b)
        if finish is not None:
            finish(tmp, n)
        if out.exists():  # replace a previous index: move it aside first, so the rename is one step
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old.", dir=out.parent))
            out.rename(old / out.name)
            tmp.rename(out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            tmp.rename(out)
        return n
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _build(chunks: Iterable[Sequence[str]], analyzer: Analyzer, d: Path, k1: float, b: float) -> int:
    parts = d / "chunks"
    parts.mkdir()
    vocab: dict[str, int] = {}
    df = np.zeros(1 << 16, dtype=np.int64)
    n_docs = total_len = 0
    n_chunks = 0
    for texts in chunks:  # pass 1: term ids to disk, document frequencies and lengths counted
        if not len(texts):
            continue
        tok, lens = _tokenise(texts, analyzer, vocab)
        df = _grow(df, len(vocab))
        _, terms, _ = _pairs(tok, lens, len(vocab))
        df[: len(vocab)] += np.bincount(terms, minlength=len(vocab))
        np.save(parts / f"{n_chunks}.tok.npy", tok)
        np.save(parts / f"{n_chunks}.len.npy", lens)
        n_docs += len(lens)
        total_len += int(lens.sum(dtype=np.int64))
        n_chunks += 1
    if n_docs == 0:
        shutil.rmtree(parts)
        return 0
    n_vocab = len(vocab)
    df = df[:n_vocab]
    # bm25s: idf with math.log per term, stored as float32; the average length as a float64 mean
    idf = np.array([math.log(1 + (n_docs - f + 0.5) / (f + 0.5)) for f in df.tolist()], dtype=np.float32)
    avg_len = np.float64(total_len / n_docs)  # = numpy's mean of the lengths (an exact sum, one division)
    indptr = np.zeros(n_vocab + 1, dtype=np.int64)
    np.cumsum(df, out=indptr[1:])
    nnz = int(indptr[-1])
    open_mm = np.lib.format.open_memmap
    data = open_mm(d / "data.csc.index.npy", mode="w+", dtype=np.float32, shape=(nnz,))
    indices = open_mm(d / "indices.csc.index.npy", mode="w+", dtype=np.int32, shape=(nnz,))
    cursor = indptr[:-1].copy()
    first = 0
    for c in range(n_chunks):  # pass 2: scores into each term's slice, documents in order
        tok = np.load(parts / f"{c}.tok.npy")
        lens = np.load(parts / f"{c}.len.npy")
        doc, term, tf = _pairs(tok, lens, n_vocab)
        # the lucene term-frequency part exactly as bm25s computes it per document: float32 counts,
        # the length normalisation in float64, idf (float32) × tfc, stored as float32
        tf32 = tf.astype(np.float32)
        tfc = tf32 / (k1 * ((1 - b) + b * lens[doc].astype(np.int64) / avg_len) + tf32)
        scores = (idf[term] * tfc).astype(np.float32)
        order = np.argsort(term, kind="stable")  # term-major; documents stay ascending within a term
        term_s = term[order]
        counts = np.bincount(term_s, minlength=n_vocab)
        group_start = np.cumsum(counts) - counts
        pos = cursor[term_s] + (np.arange(len(term_s)) - group_start[term_s])
        data[pos] = scores[order]
        indices[pos] = (doc[order] + first).astype(np.int32)
        cursor += counts
        first += len(lens)
        (parts / f"{c}.tok.npy").unlink()
        (parts / f"{c}.len.npy").unlink()
    data.flush()
    indices.flush()
    del data, indices
    shutil.rmtree(parts)
    np.save(d / "indptr.csc.index.npy", indptr)
    vocab[""] = n_vocab  # bm25s's "empty token", after the vocabulary, outside the matrix
    (d / "vocab.index.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    params = {"k1": k1, "b": b, "delta": 0.5, "method": "lucene", "idf_method": "lucene", "dtype": "float32",
              "int_dtype": "int32", "num_docs": n_docs, "version": bm25s.__version__, "backend": "numpy"}
    (d / "params.index.json").write_text(json.dumps(params, indent=4))
    return n_docs


def chunked(texts: Iterable[str], size: int = CHUNK) -> Iterable[list[str]]:
    """Texts in lists of `size` (an iterator of texts to the chunks `write_bm25_chunked` reads)."""
    buf: list[str] = []
    for t in texts:
        buf.append(t)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


__all__ = ["CHUNK", "EMPTY_TERM", "chunked", "write_bm25_chunked"]
