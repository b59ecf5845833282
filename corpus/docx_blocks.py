"""DOCX → blocks (corpus/blocks.py), using what Word knows: paragraph styles (Title, Heading N / Rubrik N →
headings with level), automatic list numbering (numPr numId/ilvl resolved through numbering.xml, so a
"1." Word draws but never stores comes out as "1.", a lowerLetter level as "a)"), and tables as rows.
"""

from __future__ import annotations

import re
from typing import Any

from docx.table import Table
from docx.text.paragraph import Paragraph

from corpus.blocks import MARGIN_NUMBER, Block, list_labels

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|rubrik|överskrift)\s*(?P<n>\d)$", re.IGNORECASE)
_TITLE_STYLE = re.compile(r"^(?:title|rubrik|titel)$", re.IGNORECASE)


def _roman(n: int) -> str:
    vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out, n = out + s, n - v
    return out


def _fmt(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    return str(n)


class Numbering:
    """Word's list numbering: the counters of each (numId, ilvl) and the format of each level."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}   # numId → ilvl → (fmt, lvlText, start)
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.iter(f"{_W}abstractNum"):
            lv: dict[int, tuple[str, str, int]] = {}
            for lvl in an.iter(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                txt = lvl.find(f"{_W}lvlText")
                start = lvl.find(f"{_W}start")
                lv[int(lvl.get(f"{_W}ilvl", "0"))] = (
                    fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
                    txt.get(f"{_W}val", "") if txt is not None else "",
                    int(start.get(f"{_W}val", "1")) if start is not None else 1)
            abstract[an.get(f"{_W}abstractNumId", "")] = lv
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            levels = dict(abstract.get(ref.get(f"{_W}val", ""), {}))
            for ov in num.iter(f"{_W}lvlOverride"):   # a list that restarts: same format, own start
                start_ov = ov.find(f"{_W}startOverride")
                ilvl = int(ov.get(f"{_W}ilvl", "0"))
                if start_ov is not None and ilvl in levels:
                    f, t, _ = levels[ilvl]
                    levels[ilvl] = (f, t, int(start_ov.get(f"{_W}val", "1")))
            self.levels[num.get(f"{_W}numId", "")] = levels

    def label(self, num_id: str, ilvl: int) -> str:
        """The number Word draws in front of the next paragraph of list `num_id` at level `ilvl`."""
        levels = self.levels.get(num_id)
        if not levels or num_id == "0":
            return ""
        fmt, text, start = levels.get(ilvl, ("bullet", "", 1))
        if fmt in ("bullet", "none"):
            return "•" if fmt == "bullet" else ""
        ctr = self.counters.setdefault(num_id, [0] * 9)
        ctr[ilvl] = ctr[ilvl] + 1 if ctr[ilvl] else start
        for deeper in range(ilvl + 1, 9):
            ctr[deeper] = 0
        out = text or f"%{ilvl + 1}."
        for k in range(ilvl + 1):
            f = levels.get(k, ("decimal", "", 1))[0]
            out = out.replace(f"%{k + 1}", _fmt(ctr[k] or levels.get(k, ("", "", 1))[2], f))
        return out.strip()


def _num_pr(para: Paragraph) -> tuple[str, int] | None:
    """(numId, ilvl) of a paragraph: its own numPr, else its style's (List Number carries it there)."""
    for ppr in (para._p.pPr, getattr(getattr(para.style, "element", None), "pPr", None)):
        num_pr = getattr(ppr, "numPr", None) if ppr is not None else None
        if num_pr is not None and num_pr.numId is not None:
            ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
            return str(num_pr.numId.val), int(ilvl)
    return None


def paragraph_block(para: Paragraph, numbering: Numbering) -> Block | None:
    text = para.text.strip()
    if not text:
        return None
    style = (getattr(para.style, "name", "") or "").strip()
    m = _HEADING_STYLE.match(style)
    if m:
        return Block("heading", text, level=int(m["n"]))
    if _TITLE_STYLE.match(style):
        return Block("heading", text, level=0)
    pr = _num_pr(para)
    if pr is not None:
        label = numbering.label(*pr)
        if label and text.startswith(label):   # the number is typed, not drawn
            label = ""
        return Block("list_item", text, level=pr[1], number=label)
    if style.lower().startswith("list"):
        return Block("list_item", text, number="•")
    return Block("paragraph", text)


def _distinct_cells(row: Any) -> list[Any]:
    """The cells of a table row, a merged cell once (python-docx repeats it for every grid column it spans)."""
    out: list[Any] = []
    for cell in row.cells:
        if not any(cell._tc is c._tc for c in out):
            out.append(cell)
    return out


def hanging_blocks(table: Table, numbering: Numbering) -> list[Block] | None:
    """A protokoll whose §§ are the rows of a two-column table ("§ 12" | title, Dnr, Ärendebeskrivning,
    Beslut, each a paragraph of the right cell): read as text, the number before the title (a heading) and
    the cell's paragraphs as the item's body; None when the table is not laid out so."""
    rows = [_distinct_cells(r) for r in table.rows]
    if not rows or any(len(r) != 2 or not MARGIN_NUMBER.match(r[0].text.strip()) for r in rows) \
            or not any(sum(1 for p in r[1].paragraphs if p.text.strip()) >= 3 for r in rows):
        return None
    out: list[Block] = []
    for num, body in rows:
        paras = [p for p in body.paragraphs if p.text.strip()]
        if not paras:
            continue
        out.append(Block("heading", f"{num.text.strip()} {paras[0].text.strip()}", level=2))
        out += [b for p in paras[1:] if (b := paragraph_block(p, numbering)) is not None]
    return out


_ITEM_START = re.compile(r"^(?:§\s*\d{1,4}|\d{1,3}[.)])\s+\S")


def record_blocks(table: Table, numbering: Numbering) -> list[Block] | None:
    """An agenda drawn as a table of records: a header row, then one row per item whose first cell holds the
    numbered title and, as paragraphs of the same cell, "Föredragande: …" and "Förslag till beslut: …"
    ("1. Val av justerare" | "Handlingar"). Read as text: the first cell's paragraphs as the item's lines, the
    other cells as "Header: value" lines; None when the table is not laid out so."""
    rows = [_distinct_cells(r) for r in table.rows]
    if len(rows) < 3:
        return None
    head, data = rows[0], rows[1:]
    if any(len([p for p in c.paragraphs if p.text.strip()]) > 1 for c in head) \
            or not all(_ITEM_START.match(r[0].text.strip()) for r in data) \
            or not any(len([p for p in r[0].paragraphs if p.text.strip()]) >= 2 for r in data):
        return None
    names = [c.text.strip() for c in head]
    out: list[Block] = []
    for r in data:
        for k, cell in enumerate(r):
            text = " ".join(cell.text.split())
            if k == 0:
                out += [Block("paragraph", p.text.strip()) for p in cell.paragraphs if p.text.strip()]
            elif text and text not in ("–", "-") and k < len(names) and names[k]:
                out.append(Block("paragraph", f"{names[k]}: {text}"))
    return out


def header_blocks(document: Any) -> list[Block]:
    """The first section's page header (letterhead, "SAMMANTRÄDESPROTOKOLL", the organ and date), as a PDF
    of the document draws it at the top of the first page: tab-separated parts are cells."""
    try:
        paras = document.sections[0].header.paragraphs
    except (IndexError, AttributeError):
        return []
    out = []
    for p in paras:
        parts = [x.strip() for x in p.text.split("\t") if x.strip()]
        if len(parts) > 1:
            out.append(Block("table_row", cells=tuple(parts)))
        elif parts:
            out.append(Block("paragraph", parts[0]))
    return out


def table_blocks(table: Table) -> list[Block]:
    """One row block per table row. An empty cell stays an empty cell (a Dnr left blank keeps the presenter
    in the presenter column, as the PDF reader keeps it); only empty cells at the end of a row are dropped.
    A merged cell, which python-docx repeats for every grid column it spans, counts once."""
    out: list[Block] = []
    for row in table.rows:
        cells = [" ".join(cell.text.split()) for cell in _distinct_cells(row)]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            out.append(Block("table_row", cells=tuple(cells)))
    return out


def docx_blocks(document: Any) -> list[Block]:
    """The blocks of a python-docx Document in document order."""
    numbering = Numbering(document)
    blocks: list[Block] = header_blocks(document)
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            b = paragraph_block(Paragraph(child, document), numbering)
            if b is not None:
                blocks.append(b)
        elif tag == "tbl":
            table = Table(child, document)
            blocks.extend(hanging_blocks(table, numbering) or record_blocks(table, numbering) or table_blocks(table))
    return list_labels(blocks)


__all__ = ["Numbering", "docx_blocks"]
