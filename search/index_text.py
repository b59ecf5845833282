"""The text formats of a passage in the index: the string embedded, and the string BM25 indexes.

Both formats are recorded in meta.json (`embed_format`, `bm25_context`): the embedding cache is keyed
by the embedded string itself, so a new format re-embeds instead of reusing vectors of another.
"""

from __future__ import annotations

from corpus.model import Document

#: How a passage is written for the embedder (recorded in meta.json; part of every cache key through
#: the embedded string itself): "ctx2": "{organ} {year} · {heading}\n{text}" (the title when the
#: document names no organ or year; the heading only when the text does not start with it);
#: "ctx1": the same with the full document title; "heading": heading only; "bare": the text.
#: Measured in bench/ablation.py (bench/RESULTS.md): ctx2 gives the best hybrid on both files.
EMBED_FORMAT = "ctx2"
#: What BM25 indexes besides the passage text: "none", "heading", "title+heading" (appended; the
#: title is the same for every passage of a document, so it mostly separates documents).
BM25_CONTEXT = "title+heading"


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


__all__ = ["BM25_CONTEXT", "EMBED_FORMAT", "bm25_text", "embedding_text", "short_label"]
