"""Highlighting of a hit: the passage text HTML-escaped, with <mark> around the words that match the
query under the same analysis as BM25 (so "vårdplats" marks "Vårdplatserna") and around linked entity
mentions. Kept apart from the engine so pages and tests can reason about the markup alone."""

from __future__ import annotations

import html
from collections.abc import Sequence

from search.analysis import Analyzer


def highlight(analyzer: Analyzer, text: str, q: str, extra_spans: Sequence[tuple[int, int]] = ()) -> str:
    """HTML-escaped `text` with <mark> around words matching the query (same analysis as BM25:
    inflections, hyphen parts, compound parts) and around `extra_spans` (linked entity mentions);
    overlapping spans are merged into one mark."""
    qtoks = analyzer.tokens(q)
    q_primary = {t.terms[0] for t in qtoks}
    spans = list(extra_spans)
    for tok in analyzer.tokens(text):
        if tok.terms[0] in q_primary or q_primary.intersection(tok.terms[1:]):
            spans.append((tok.start, tok.end))
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
