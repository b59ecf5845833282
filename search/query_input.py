"""What the engine accepts before it searches: the limits, the cleaning of a raw query, the filters as
allowed passage rows, and `QueryPlan` (how a cleaned query is read: spelling, expansion)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from corpus.errors import QueryError
from search.expansion import Expansion
from search.index import SearchIndex

MODES = ("hybrid", "bm25", "dense")
MAX_QUERY_CHARS = 1000
MAX_K = 100
#: The query text handed to the embedder is cut to this many characters (at a word boundary): the
#: embedding costs ~0.4 ms per character on 2 cores (a 1000-character query: ~380 ms), and the
#: start of a pasted text carries its topic. BM25 and highlighting use the whole (≤ 1000) query.
MAX_EMBED_QUERY_CHARS = 400


@dataclass(frozen=True)
class QueryPlan:
    """How the query is read: `lexical` (spelling corrected) feeds BM25, linking and highlighting,
    `expansion` adds lower-weighted words; `suggestion` is set when the spelling changed."""
    lexical: str
    expansion: Expansion
    suggestion: str | None = None
    #: (term, surface) of the corpus terms nearest the query vector (search/term_vectors.py), hybrid only
    neighbours: tuple[tuple[str, str], ...] = ()

    @property
    def highlight_text(self) -> str:
        return " ".join(x for x in (self.lexical, self.expansion.translation, self.expansion.synonyms) if x)


def clean_query(q: Any) -> tuple[str, bool]:
    """(query, truncated): whitespace collapsed, NULs dropped, cut to MAX_QUERY_CHARS at a word
    boundary; a missing, empty or word-less query is a `QueryError` (400), never an empty search."""
    if q is None:
        raise QueryError("frågan saknas: skriv några ord att söka efter")
    if not isinstance(q, str):
        raise QueryError("frågan måste vara text")
    q = q.replace("\x00", " ").strip()
    q = re.sub(r"\s+", " ", q)
    if not q:
        raise QueryError("frågan är tom: skriv några ord att söka efter")
    truncated = False
    if len(q) > MAX_QUERY_CHARS:
        cut = q[:MAX_QUERY_CHARS]
        sp = cut.rfind(" ")
        q = cut[:sp] if sp > MAX_QUERY_CHARS // 2 else cut
        truncated = True
    if not re.search(r"\w", q):
        raise QueryError("frågan innehåller inga ord att söka efter (bara skiljetecken)")
    return q, truncated


def embed_text(q: str) -> str:
    """`q` cut to MAX_EMBED_QUERY_CHARS at a word boundary (see there why)."""
    if len(q) > MAX_EMBED_QUERY_CHARS:
        cut = q[:MAX_EMBED_QUERY_CHARS]
        sp = cut.rfind(" ")
        q = cut[:sp] if sp > MAX_EMBED_QUERY_CHARS // 2 else cut
    return q


def filter_rows(index: SearchIndex, year_from: int | None, year_to: int | None, doc_type: str | None,
                organ: str | None, entity_type: str | None) -> np.ndarray | None:
    """Allowed rows (sorted int64), or None when nothing is filtered."""
    if all(v in (None, "") for v in (year_from, year_to, doc_type, organ, entity_type)):
        return None
    if year_from is not None and year_to is not None and year_from > year_to:
        raise QueryError(f"årsintervallet är tomt: från {year_from} till {year_to}")
    idx = index
    ok = np.ones(len(idx.doc_ids), dtype=bool)
    if year_from is not None:
        ok &= (idx.doc_year != 0) & (idx.doc_year >= year_from)
    if year_to is not None:
        ok &= (idx.doc_year != 0) & (idx.doc_year <= year_to)
    if doc_type:
        ok &= idx.doc_type == doc_type.lower()
    if organ:
        o = organ.lower()
        ok &= np.array([o in org or o in title for org, title in idx.doc_organ_text], dtype=bool)
    mask = ok[idx.doc_of_row] if len(ok) else np.zeros(len(idx.doc_of_row), dtype=bool)
    if entity_type:
        et = entity_type.lower()
        emask = np.zeros(len(mask), dtype=bool)
        for iri, info in index.entity_info.items():
            types = [str(t).lower() for t in (info.get("types") or [])]
            if et == str(info.get("type") or "").lower() or et in types \
                    or any(t.rsplit("/", 1)[-1] == et for t in types):
                emask[index.entity_rows[iri]] = True
        mask &= emask
    return np.flatnonzero(mask).astype(np.int64)
