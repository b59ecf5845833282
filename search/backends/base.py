"""The `PassageIndex` contract: where the passages' dense vectors and lexical (BM25) postings live and how
they are searched. Two backends: `embedded` (FAISS + bm25s files in the generation directory, the default)
and `milvus` (a Milvus collection per index version, Milvus Lite in-process or a server).

Rows are the integer rows of the passage table (`search/passages.py`), which stays in the generation
directory whatever the backend: a backend answers with rows and scores, the engine reads the hits' text.

Every search answers `(rows int64, scores float32)`, best first, at most `depth` long, only rows with a
score > 0 for lexical search. `allowed_rows` (sorted int64) restricts the rows; `filters` is the same
restriction as metadata, for a backend that filters inside its engine: when both are given they describe
the same rows (the engine computes `allowed_rows` from the filters), and a backend may use either.
A backend may also fuse both signals itself (`MilvusPassages.hybrid`); the engine fuses them
(search/fusion.py), which measured better.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from search.analysis import Analyzer

#: (rows int64, scores float32), best first.
Signal = tuple[np.ndarray, np.ndarray]


def empty_signal() -> Signal:
    return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)


@dataclass(frozen=True)
class PassageFilter:
    """The search filters as metadata (`SearchEngine.search` arguments): years inclusive (a passage whose
    document has no year fails any year bound), document type exact (lower case), organ a substring of the
    document's organ or title (lower case), entity type one of a mentioned entity's type keys."""
    year_from: int | None = None
    year_to: int | None = None
    doc_type: str | None = None
    organ: str | None = None
    entity_type: str | None = None

    def active(self) -> bool:
        return any(v not in (None, "") for v in (self.year_from, self.year_to, self.doc_type, self.organ,
                                                  self.entity_type))


@dataclass(frozen=True)
class LexicalQuery:
    """A lexical query both ways: `groups` of our analyzer's terms with their weights (the query's own words
    at 1, expansions lower; a term counts in its first group only) and the raw `texts` they came from, for a
    backend that analyses text itself (Milvus's own analyzer)."""
    groups: Sequence[tuple[Sequence[str], float]]
    texts: Sequence[tuple[str, float]] = ()


@dataclass(frozen=True)
class RowFacets:
    """The filter metadata of one row: its document's year (0: unknown), type, organ and title (lower case)
    and the entity type keys of the entities it mentions (`entity_type_keys`)."""
    year: int = 0
    doc_type: str = ""
    organ: str = ""
    title: str = ""
    entity_types: tuple[str, ...] = ()


def entity_type_keys(info_type: str | None, types: Sequence[str]) -> tuple[str, ...]:
    """What an entity type filter matches for one entity: its resource type, its class IRIs and their
    local names, lower case (the same rule as `SearchEngine._filter_rows`)."""
    keys = [str(info_type or "").lower()]
    for t in types:
        lt = str(t).lower()
        keys += [lt, lt.rsplit("/", 1)[-1]]
    return tuple(dict.fromkeys(k for k in keys if k))


@dataclass(frozen=True)
class PassageColumns:
    """What a backend indexes for a new version; element i belongs to row i of the passage table."""
    vectors: np.ndarray              # (n, dim) float32, L2-normalised
    texts: Sequence[str]             # the BM25 text of each passage (search.index.bm25_text)
    analyzer: Analyzer               # our Swedish analyzer, fitted on the corpus
    facets: Sequence[RowFacets] = ()  # empty: no filter metadata (a backend that filters by rows only)

    def __post_init__(self) -> None:
        n = len(self.texts)
        if len(self.vectors) != n or len(self.facets) not in (0, n):
            raise ValueError(f"{len(self.vectors)} vectors, {n} texts, {len(self.facets)} facets")


class PassageIndex(Protocol):
    """One version of the passage index, ready to search (see the module docstring)."""

    @property
    def identity(self) -> dict[str, Any]:
        """What `meta.json` records to open this version again (kind and its parameters, no secrets)."""
        ...

    def __len__(self) -> int: ...

    def dense(self, qvec: np.ndarray, depth: int, allowed_rows: np.ndarray | None = None,
              filters: PassageFilter | None = None) -> Signal:
        """Rows by inner product with the (normalised) query vector."""
        ...

    def lexical(self, query: LexicalQuery, depth: int, allowed_rows: np.ndarray | None = None,
                filters: PassageFilter | None = None) -> Signal:
        """Rows by Σ weight · BM25 over the query's groups; rows scoring 0 are left out."""
        ...

    def close(self) -> None: ...
