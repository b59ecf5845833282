"""Highlighting of a hit: the passage text HTML-escaped, with <mark> around the words that match the
query under the same analysis as BM25 (so "vårdplats" marks "Vårdplatserna") and around linked entity
mentions. Kept apart from the engine so pages and tests can reason about the markup alone.

A served query highlights ten passages, most of them highlighted before (bench/latency.py): each
passage's analysis is kept as an index term → word spans (`term_spans`), so marking it for a new query
is a few dictionary look-ups instead of a walk over every word (≈ 80 µs → 15 µs a passage)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from functools import lru_cache

from search.analysis import Analyzer

#: Passages and queries whose analysis is kept (the engine's analyzer is one per index, so an entry never
#: goes stale; a passage's entry is a few kB).
KEPT_TEXTS = 4096
KEPT_QUERIES = 256

Spans = tuple[tuple[int, int], ...]


@lru_cache(maxsize=KEPT_TEXTS)
def term_spans(analyzer: Analyzer, text: str) -> dict[str, Spans]:
    """Every index term of `text` (a word's stem, its hyphen and compound parts) → the spans of the words
    that have it. A word matches a query when any of its terms is one of the query words' first terms."""
    out: dict[str, list[tuple[int, int]]] = {}
    for tok in analyzer.tokens(text):
        for t in dict.fromkeys(tok.terms):
            out.setdefault(t, []).append((tok.start, tok.end))
    return {t: tuple(v) for t, v in out.items()}


@lru_cache(maxsize=KEPT_QUERIES)
def query_primary(analyzer: Analyzer, q: str) -> frozenset[str]:
    """The first term of each query word: what a passage word must contain to be marked."""
    return frozenset(t.terms[0] for t in analyzer.tokens(q))


def highlight(analyzer: Analyzer, text: str, q: str, extra_spans: Sequence[tuple[int, int]] = ()) -> str:
    """HTML-escaped `text` with <mark> around words matching the query (same analysis as BM25:
    inflections, hyphen parts, compound parts) and around `extra_spans` (linked entity mentions);
    overlapping spans are merged into one mark."""
    index = term_spans(analyzer, text)
    spans = list(extra_spans)
    for t in query_primary(analyzer, q):
        spans.extend(index.get(t, ()))
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out, pos = [], 0
    for s, e in merged:
        out.append(html.escape(text[pos:s]))
        out.append("<mark>" + html.escape(text[s:e]) + "</mark>")
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out)
