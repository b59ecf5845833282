"""A PDF page laid out with a left margin column (corpus/pdf_layout.py's rows of cells, read again): a protokoll
drawn in two columns, the § number and side labels ("Beslut", "Beslutsunderlag") in the left one and the title
and the body in the right one, is table rows in form only and is read as text; a § line drawn as a row of cells
over its body is a heading."""

from __future__ import annotations

import re

from corpus.blocks import MARGIN_NUMBER, Block

#: a right-column line this many words long is running text: the column is the item's body, not a title
BODY_LINE_WORDS = 8
#: a side label in the left column of a protokoll drawn in two columns ("Beslut", "Ärendebeskrivning",
#: "Arbetsutskottets" over "förslag till beslut"): at most four words, no digits
SIDE_LABEL = re.compile(r"^[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,3}$")


def _body(cells: tuple[str, ...]) -> tuple[int, str] | None:
    """(column, text) of a row's right-hand cells: the first filled column after the left one and the filled
    cells joined; None when the row has none, or when a cell before the last holds more than one word (a
    row of a real table: "1 | Val av justerare | Anna Berg"; a bullet or an "att" before the text is one)."""
    filled = [(k, c.strip()) for k, c in enumerate(cells) if k and c.strip()]
    if not filled or any(len(c.split()) > 1 for _k, c in filled[:-1]):
        return None
    return filled[0][0], " ".join(c for _k, c in filled)


def _margin_row(b: Block, col: int) -> bool:
    """A row of a run laid out with a left margin column: the left cell a number, a side label or empty, the
    text starting in the body column `col` or further right (a bullet's text, an indented "att")."""
    body = _body(b.cells) if b.kind == "table_row" else None
    left = b.cells[0].strip() if b.cells else ""
    return body is not None and body[0] >= col and \
        (not left or bool(MARGIN_NUMBER.match(left)) or bool(SIDE_LABEL.match(left)))


def _margin_runs(blocks: list[Block]) -> list[tuple[int, int]]:
    """[i, j) of the runs of rows laid out with a left margin column, one number at least.

    A protokoll drawn in two columns, the § number (and side labels: "Beslut", "Beslutsunderlag") in the left
    one and the title and the whole body in the right one ("§ 19 | Verksamhetsuppföljning" over "| Dnr …",
    "Beslut | Stadsbyggnadschef … redovisar …"): table rows in form only. The body column is where the
    first numbered row's title starts; a row whose text starts left of it (a table of contents "| § 19 |
    Title | 3") ends the run."""
    first = next((body for b in blocks if b.kind == "table_row" and b.cells and MARGIN_NUMBER.match(b.cells[0].strip())
                  and (body := _body(b.cells)) is not None), None)
    if first is None:
        return []
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and _margin_row(blocks[j], first[0]):
            j += 1
        if j > i and any(MARGIN_NUMBER.match(b.cells[0].strip()) for b in blocks[i:j]):
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def is_hanging(blocks: list[Block]) -> bool:
    """Does a page hold running text in the right column of such a run (`hanging_items`)?"""
    return any(not MARGIN_NUMBER.match(b.cells[0].strip()) and len((_body(b.cells) or (0, ""))[1].split())
               >= BODY_LINE_WORDS for i, j in _margin_runs(blocks) for b in blocks[i:j])


def hanging_items(blocks: list[Block]) -> list[Block]:
    """The runs of a page of a document laid out with hanging numbers read as text (`_margin_runs`): a number
    before its title (a heading), a side label a heading of its own (a label wrapped onto a second line
    joined to it: "Arbetsutskottets förslag till beslut"), the body's lines as lines. The whole document is
    read so when one page is (`is_hanging`): a short item there ("§ 18 | Val av justerare", its body under
    it at the left margin) is one of them too."""
    out = list(blocks)
    for i, j in reversed(_margin_runs(blocks)):
        text: list[Block] = []
        for b in blocks[i:j]:
            left, body = b.cells[0].strip(), (_body(b.cells) or (0, ""))[1]
            if MARGIN_NUMBER.match(left):
                text.append(Block("heading", f"{left} {body}", level=2))
                continue
            label = next((k for k in (-1, -2) if len(text) >= -k and text[k].kind == "heading" and text[k].level == 3
                          and all(t.kind == "paragraph" for t in text[k + 1:] or [])), None)
            if left and left[0].islower() and label is not None:
                text[label] = Block("heading", f"{text[label].text} {left}", level=3)
            elif left:
                text.append(Block("heading", left, level=3))
            text.append(Block("paragraph", body))
        out[i:j] = text
    return out


# ("Paragraf 14": the word written out instead of the sign)
_PARAGRAPH_SIGN = re.compile(r"^(?:§|paragraf|ärende|punkt)\s*\d{1,4}$", re.IGNORECASE)


def paragraph_rows(blocks: list[Block]) -> list[Block]:
    """A § line drawn as a row of cells ("§ 45 | KS 2026/2 | Val av justerare": number, case number, title at
    tab stops) over its body text: a heading of its own, the cells joined. A row among rows stays a table row
    (an agenda table with a § column)."""
    out = list(blocks)
    for k, b in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if b.kind == "table_row" and len(b.cells) >= 2 and _PARAGRAPH_SIGN.match(b.cells[0].strip()) \
                and nxt is not None and nxt.kind in ("paragraph", "heading"):
            out[k] = Block("heading", " ".join(c.strip() for c in b.cells if c.strip()), level=2)
    return out


__all__ = ["hanging_items", "is_hanging", "paragraph_rows"]
