"""PDF → blocks by position (pdfplumber): words grouped into lines by their baseline, so a row drawn in
columns (an agenda title on the left, the presenter on the right) comes out as ONE line whose columns are
cells (a horizontal gap wider than `COLUMN_GAP_EM` times the font size separates them) instead of two
interleaved lines; a line set larger than the page's body text, or bold and short, is a heading.
Pages are separated by page-break blocks, so furniture (corpus/furniture.py) still sees pages.
"""

from __future__ import annotations

import io
from collections import Counter
from typing import Any

from corpus.blocks import Block

#: a gap between words wider than this many font sizes is a column gap
COLUMN_GAP_EM = 2.0
#: words whose tops differ by less than this share of their size are on one line
SAME_LINE = 0.4
#: a line this much larger than the body font is a heading
HEADING_SCALE = 1.15
#: a bold line is a heading only when it is at most this many words (a bold paragraph is emphasis)
HEADING_MAX_WORDS = 12


def _lines(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    lines: list[list[dict[str, Any]]] = []
    for w in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        size = float(w.get("size") or 10.0)
        if lines and abs(lines[-1][0]["top"] - w["top"]) < SAME_LINE * size:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(ln, key=lambda w: w["x0"]) for ln in lines]


def _cells(line: list[dict[str, Any]]) -> list[str]:
    cells: list[list[str]] = [[]]
    prev: dict[str, Any] | None = None
    for w in line:
        size = float(w.get("size") or 10.0)
        if prev is not None and w["x0"] - prev["x1"] > COLUMN_GAP_EM * size:
            cells.append([])
        cells[-1].append(w["text"])
        prev = w
    return [" ".join(c) for c in cells if c]


def page_blocks(words: list[dict[str, Any]], body_size: float) -> list[Block]:
    out: list[Block] = []
    for line in _lines(words):
        cells = _cells(line)
        size = max(float(w.get("size") or 0) for w in line)
        bold = all("bold" in str(w.get("fontname", "")).lower() for w in line)
        text = " ".join(cells)
        if len(cells) > 1:
            out.append(Block("table_row", cells=tuple(cells)))
        elif size > HEADING_SCALE * body_size or (bold and len(text.split()) <= HEADING_MAX_WORDS):
            out.append(Block("heading", text, level=1 if size > HEADING_SCALE * body_size else 2))
        else:
            out.append(Block("paragraph", text))
    return out


def pdf_pages(data: bytes) -> list[list[Block]]:
    """The blocks of every page. Raises whatever pdfplumber raises; the caller falls back to pypdf."""
    import pdfplumber

    pages: list[list[dict[str, Any]]] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            pages.append(page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False,
                                            use_text_flow=False, x_tolerance=3))
    sizes: Counter[float] = Counter()
    for ws in pages:
        sizes.update(round(float(w.get("size") or 0), 1) for w in ws)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    return [page_blocks(ws, body) for ws in pages]


def render_page(blocks: list[Block]) -> str:
    """A PDF page as lines: one line per drawn line (the unwrapper in corpus/clean.py rejoins soft wraps),
    a blank line around headings so they stay lines of their own."""
    out: list[str] = []
    for i, b in enumerate(blocks):
        heading = b.kind == "heading" or (i > 0 and blocks[i - 1].kind == "heading")
        if out:
            out.append("\n\n" if heading else "\n")
        out.append(b.line())
    return "".join(out)


__all__ = ["pdf_pages", "render_page"]
