"""PDF → blocks by position (pdfplumber): words grouped into lines by their baseline, so a row drawn in
columns (an agenda title on the left, the presenter on the right) comes out as ONE line whose columns are
cells (a horizontal gap wider than `COLUMN_GAP_EM` times the font size separates them, or a narrower one
that stands out from the line's own word gaps) instead of two
interleaved lines; a line set larger than the page's body text, or bold and short, is a heading.
Pages are separated by page-break blocks, so furniture (corpus/furniture.py) still sees pages.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from itertools import pairwise
from typing import Any

from corpus.blocks import Block
from corpus.pdf_columns import column_bands
from corpus.pdf_margins import hanging_items, is_hanging, paragraph_rows
from corpus.pdf_tables import RuledTable, bands, ruled_tables

#: a gap between words wider than this many font sizes is a column gap
COLUMN_GAP_EM = 2.0
#: a narrower gap (a few spaces typed between a title and its presenter, as word processors export a
#: line padded with spaces) is a column gap too when it is at least this many font sizes AND this many
#: times the line's ordinary word gap: justified text stretches every gap of its line alike, so its
#: gaps never stand out from their own line like that
NARROW_GAP_EM, NARROW_GAP_RATIO = 1.0, 3.0
#: a list's number ("3", "3.", "§ 3" drawn as "§3"): a narrow gap after it is the list's hanging indent
#: (the tab a word processor puts after a list number), not a column; the line readers take "3 Title"
_ITEM_NUMBER = re.compile(r"^(?:§?\d{1,3}(?:\.\d{1,2})*[.)]?|[a-z]\))$")
#: words whose tops differ by less than this share of their size are on one line
SAME_LINE = 0.4
#: a line this much larger than the body font is a heading
HEADING_SCALE = 1.15
#: a bold line is a heading only when it is at most this many words (a bold paragraph is emphasis)
HEADING_MAX_WORDS = 12
#: cells starting within this many points of each other are in one column
ANCHOR_TOLERANCE = 4.0
#: a word of a table row that starts this close to a column the row has no cell in, after a gap this many
#: times the row's ordinary word gap, starts that column's cell: a cell that nearly fills its column
#: ("Elevhälsochef" up to the Status column) leaves too narrow a gap for the gap rules, but the next cell
#: still starts exactly where its column starts in the other rows
SPLIT_TOLERANCE, SPLIT_GAP_RATIO = 1.0, 1.5
#: a run of at least this many rows with an empty first column is indented text, not a table's column
EMPTY_LEAD_MIN_ROWS = 3
#: a line of at least this many words is running text
RUNNING_TEXT_WORDS = 6
#: a table line whose top is at most this many font sizes below the bottom of the row above it is set at
#: the cell's own leading (a wrapped cell): rows are further apart (cell padding, spacing after)
WRAP_GAP_EM = 0.45


def _lines(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    lines: list[list[dict[str, Any]]] = []
    for w in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        size = float(w.get("size") or 10.0)
        if lines and abs(lines[-1][0]["top"] - w["top"]) < SAME_LINE * size:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(ln, key=lambda w: w["x0"]) for ln in lines]


def _word_gap(line: list[dict[str, Any]]) -> float | None:
    """The line's ordinary gap between words: the median of its gaps narrower than `NARROW_GAP_EM`;
    None for a line without one (nothing to compare a gap with: only `COLUMN_GAP_EM` separates its cells)."""
    gaps = sorted(w["x0"] - p["x1"] for p, w in pairwise(line)
                  if w["x0"] - p["x1"] < NARROW_GAP_EM * float(w.get("size") or 10.0))
    return gaps[len(gaps) // 2] if gaps else None


def _cells(line: list[dict[str, Any]]) -> list[tuple[float, str]]:
    """(x0, text) of the cells of a line."""
    cells: list[tuple[float, list[str]]] = []
    prev: dict[str, Any] | None = None
    ordinary = _word_gap(line)
    for w in line:
        size = float(w.get("size") or 10.0)
        gap = w["x0"] - prev["x1"] if prev is not None else 0.0
        narrow = (ordinary is not None and gap >= NARROW_GAP_EM * size and gap >= NARROW_GAP_RATIO * ordinary
                  and not (len(cells) == 1 and len(cells[0][1]) == 1 and _ITEM_NUMBER.match(cells[0][1][0])))
        if prev is None or gap > COLUMN_GAP_EM * size or narrow:
            cells.append((float(w["x0"]), []))
        cells[-1][1].append(w["text"])
        prev = w
    return [(x, " ".join(c)) for x, c in cells if c]


def _anchors(rows: list[list[tuple[float, str]]]) -> list[float]:
    """The x positions where the page's table columns start: cell starts of rows drawn in columns that
    at least two rows share (within `ANCHOR_TOLERANCE`)."""
    xs = sorted(x for row in rows if len(row) > 1 for x, _t in row)
    groups: list[list[float]] = []
    for x in xs:
        if groups and x - groups[-1][-1] <= ANCHOR_TOLERANCE:
            groups[-1].append(x)
        else:
            groups.append([x])
    return [g[0] for g in groups if len(g) >= 2]


def _column(x: float, anchors: list[float]) -> int | None:
    return next((k for k, a in enumerate(anchors) if abs(x - a) <= ANCHOR_TOLERANCE), None)


def _aligned(row: list[tuple[float, str]], anchors: list[float]) -> tuple[str, ...]:
    """The cells of a row in their columns: an empty cell (a Dnr left blank) stays an empty cell, so the
    presenter stays in the presenter column; a row that does not fit the columns keeps its cells."""
    cols = [_column(x, anchors) for x, _t in row]
    if any(c is None for c in cols) or cols != sorted(set(cols)):   # type: ignore[type-var]
        return tuple(t for _x, t in row)
    out = [""] * (max(c for c in cols if c is not None) + 1)
    for c, (_x, t) in zip(cols, row, strict=True):
        out[c or 0] = t
    return tuple(out)


def _split_at_columns(line: list[dict[str, Any]], row: list[tuple[float, str]],
                      anchors: list[float]) -> list[tuple[float, str]]:
    """A table row's cells, a cell split where one of its words starts a column the row has no cell in
    (`SPLIT_TOLERANCE`); a line of one cell (running text) is never split."""
    ordinary = _word_gap(line)
    if len(row) < 2 or ordinary is None:
        return row
    used = {_column(x, anchors) for x, _t in row}
    starts = {x for x, _t in row}
    for p, w in pairwise(line):
        k = next((k for k, a in enumerate(anchors) if abs(w["x0"] - a) <= SPLIT_TOLERANCE), None)
        if k is not None and k not in used and w["x0"] - p["x1"] >= SPLIT_GAP_RATIO * ordinary:
            starts.add(float(w["x0"]))
            used.add(k)
    if len(starts) == len(row):
        return row
    cells: list[tuple[float, list[str]]] = []
    for w in line:
        if not cells or float(w["x0"]) in starts:
            cells.append((float(w["x0"]), []))
        cells[-1][1].append(w["text"])
    return [(x, " ".join(c)) for x, c in cells]


#: a wrapped cell's next line may start with a number that runs on in lower case ("7–20 år per invånare"); a
#: new row starts with a capital or its own number ("2 Budget …", "3.")
_RUNS_ON = re.compile(r"^(?:[a-zåäö]|\d[\d–-]*\s+[a-zåäö]{2,})")   # (not "85 %" or "2,5 mnkr": a value)


def _goes_on(piece: str) -> bool:
    return bool(_RUNS_ON.match(piece))


def _wrapped_cells(prev: Block, cells: tuple[str, ...], gap: float, size: float) -> Block | None:
    """`prev` with `cells` joined into its cells when the line is the rest of the row's wrapped cells: set at
    the cells' leading (`WRAP_GAP_EM`), only in columns the row fills and not in all of them (a cell that
    wrapped leaves the short ones behind), and every piece going on in lower case (a new row of a table
    starts with its number or a capital, `_RUNS_ON`; a goal cell spanning rows leaves the new row's first cell
    empty)."""
    if prev.kind != "table_row" or gap > WRAP_GAP_EM * size:
        return None
    filled = [k for k, c in enumerate(cells) if c.strip()]
    if not filled or any(k >= len(prev.cells) or not prev.cells[k].strip() for k in filled) \
            or len(filled) == sum(1 for c in prev.cells if c.strip()):
        return None
    if not all(_goes_on(cells[k].strip()) for k in filled):
        return None
    merged = list(prev.cells)
    for k in filled:
        merged[k] = f"{merged[k]} {cells[k].strip()}"
    return Block("table_row", cells=tuple(merged))


def _cell_over_row(out: list[Block], prev_col: int | None, cells: tuple[str, ...], gap: float,
                   size: float) -> Block | None:
    """A table row whose first cell's text starts on the line above it (a cell set flush with the row's bottom,
    its values beside the last line: "Antal deltagartillfällen i föreningar för" over "7–20 år per invånare |
    18,2 | 19,0"): that line, in the first column alone, right under a table row, at the cell's leading, and the
    row's first cell going on from it (`_RUNS_ON`), joined into one row."""
    if len(out) < 2 or out[-1].kind != "paragraph" or out[-2].kind != "table_row" or prev_col != 0:
        return None
    if gap > WRAP_GAP_EM * size or not cells or not _goes_on(cells[0].strip()):
        return None
    return Block("table_row", cells=(f"{out[-1].text} {cells[0].strip()}", *cells[1:]))


def page_blocks(words: list[dict[str, Any]], body_size: float) -> list[Block]:
    out: list[Block] = []
    lines = _lines(words)
    rows = [_cells(line) for line in lines]
    anchors = _anchors(rows)
    rows = [_split_at_columns(line, row, anchors) for line, row in zip(lines, rows, strict=True)]
    bottom: float | None = None   # of the line above
    this_col: int | None = None   # the column the line above starts in
    for line, row in zip(lines, rows, strict=True):
        cells = [t for _x, t in row]
        size = max(float(w.get("size") or 0) for w in line)
        bold = all("bold" in str(w.get("fontname", "")).lower() for w in line)
        text = " ".join(cells)
        col = _column(row[0][0], anchors)
        gap = min(float(w["top"]) for w in line) - bottom if bottom is not None else size
        bottom = max(float(w.get("bottom", w["top"])) for w in line)
        prev_col, this_col = this_col, col
        aligned = _aligned(row, anchors) if len(cells) > 1 else \
            ("",) * (col or 0) + (text,) if col is not None else None
        joined = _wrapped_cells(out[-1], aligned, gap, size or body_size) if out and aligned else None
        if joined is not None:
            out[-1] = joined
        elif len(cells) > 1 and aligned and (lead := _cell_over_row(out, prev_col, aligned, gap, size or body_size)):
            out[-1] = lead
        elif len(cells) > 1:
            out.append(Block("table_row", cells=_aligned(row, anchors)))
        elif out and out[-1].kind == "table_row" and col:
            # a line under a table row that starts in a later column: the cell's text wrapped
            out.append(Block("table_row", cells=("",) * col + (text,)))
        elif size > HEADING_SCALE * body_size or (bold and len(text.split()) <= HEADING_MAX_WORDS):
            out.append(Block("heading", text, level=1 if size > HEADING_SCALE * body_size else 2))
        else:
            out.append(Block("paragraph", text))
    return out


#: a glyph the font's encoding does not map ("(cid:127)": the bullet of the standard fonts' symbol slot)
_CID = re.compile(r"\(cid:(\d+)\)")
#: the unmapped glyphs known by their slot; any other is dropped rather than kept as "(cid:N)"
CID_CHARS = {127: "•", 149: "•", 183: "•"}


def _unmapped_text(text: str) -> str:
    return _CID.sub(lambda m: CID_CHARS.get(int(m[1]), ""), text).strip() if "(cid:" in text else text


def _unmapped(word: dict[str, Any]) -> dict[str, Any]:
    return {**word, "text": _unmapped_text(word["text"])} if "(cid:" in word["text"] else word


def pdf_pages(data: bytes) -> list[list[Block]]:
    """The blocks of every page. Raises whatever pdfplumber raises; the caller falls back to pypdf."""
    import pdfplumber

    pages: list[list[dict[str, Any]]] = []
    tables: list[list[RuledTable]] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            words = page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False,
                                       use_text_flow=False, x_tolerance=3)
            pages.append([w for w in (_unmapped(w) for w in words) if w["text"]])
            tables.append(ruled_tables(page, _unmapped_text) if page.lines or page.rects else [])
    sizes: Counter[float] = Counter()
    for ws in pages:
        sizes.update(round(float(w.get("size") or 0), 1) for w in ws)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    # each band between ruled tables laid out on its own, a stretch set in two columns column by column
    out = [[b for band in bands(ws, ts)
            for b in (band.rows if isinstance(band, RuledTable) else _band_blocks(band, body))]
           for ws, ts in zip(pages, tables, strict=True)]
    out = [hanging_items(p) for p in out] if any(is_hanging(p) for p in out) else out
    return [paragraph_rows(_without_empty_lead(p)) for p in out]


def _band_blocks(words: list[dict[str, Any]], body: float) -> list[Block]:
    return [b for group in column_bands(words, _lines) for b in page_blocks(group, body)]


def _without_empty_lead(blocks: list[Block]) -> list[Block]:
    """Runs of table rows whose first column is empty in every row: text indented past the column a running
    header or a margin line set (the page's column grid), not a table; the empty leading cells are dropped,
    and a row left with one cell is a line of text."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].kind == "table_row" and len(blocks[j].cells) > 1 \
                and not blocks[j].cells[0].strip():
            j += 1
        single = [b for b in blocks[i:j] if sum(1 for c in b.cells if c.strip()) == 1]
        # (text, not a table: most of its rows one cell, running text among them)
        if j - i < EMPTY_LEAD_MIN_ROWS or 2 * len(single) < j - i \
                or not any(len(" ".join(b.cells).split()) >= RUNNING_TEXT_WORDS for b in single):
            out.append(blocks[i])
            i += 1
            continue
        for b in blocks[i:j]:
            cells = list(b.cells)
            while cells and not cells[0].strip():
                cells.pop(0)
            out.append(Block("table_row", cells=tuple(cells)) if len(cells) > 1 else Block("paragraph", cells[0]))
        i = j
    return out


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
