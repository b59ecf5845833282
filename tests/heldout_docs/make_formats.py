"""Writes the development corpus's PDF and DOCX documents from their text sources (sources/*.pdf.txt,
sources/*.docx.txt) with real writers, so the files are reproducible: `python -m tests.heldout_docs.make_formats`.

PDF (reportlab): `#header` lines are drawn at the top of every page (the last one with "Sida N av M", or
the shape `#pagefmt {n} ({m})` gives; TAB cells of a header line: the second one at the right), `#footer`
lines at the bottom, a line `\\f` starts a new page, `#columns 50 80 330` sets the x positions of TAB cells,
`#h ` draws a larger bold heading, `#b ` a bold line at body size. DOCX (python-docx): `#title` is the Title style,
`## `/`### ` Heading 2/3, `- ` List Bullet, `| a | b` rows form one Word table, anything else Normal."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
#: x positions of the columns of a PDF line with TAB-separated cells
COLUMNS = (50, 340, 470)
SOURCES = HERE / "sources"
#: the documents kept out of development (never tuned on); the rest go to general/. The former blind set is
#: development data since the sixth batch (general/README.md); the lead wires the new blind set.
BLIND: set[str] = set()


def write_pdf(src: str, out: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    header = [ln[8:] for ln in src.splitlines() if ln.startswith("#header ")]
    footer = [ln[8:] for ln in src.splitlines() if ln.startswith("#footer ")]
    fmt = next((ln[9:] for ln in src.splitlines() if ln.startswith("#pagefmt ")), "Sida {n} av {m}")
    columns = next((tuple(int(x) for x in ln[9:].split()) for ln in src.splitlines() if ln.startswith("#columns ")),
                   COLUMNS)
    body = [ln for ln in src.splitlines() if not ln.startswith(("#header ", "#footer ", "#pagefmt ", "#columns "))]
    pages: list[list[str]] = [[]]
    for ln in body:
        if ln.strip() == "\\f":
            pages.append([])
        else:
            pages[-1].append(ln)
    w, h = A4
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle("")   # report generators often leave the metadata title empty
    for n, page in enumerate(pages, 1):
        y = h - 40
        for i, ln in enumerate(header):
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9)
            left, _tab, right = ln.partition("\t")
            c.drawString(50, y, left)
            if right:
                c.drawString(360, y, right)
            if i == len(header) - 1:
                c.drawRightString(w - 50, y, fmt.format(n=n, m=len(pages)))
            y -= 12
        y -= 20
        c.setFont("Helvetica", 10)
        for ln in page:
            if ln.startswith("#h "):   # a heading set larger and bold
                c.setFont("Helvetica-Bold", 13)
                c.drawString(50, y, ln[3:])
                c.setFont("Helvetica", 10)
            elif ln.startswith("#b "):   # a bold line at body size (an item heading of a kallelse)
                c.setFont("Helvetica-Bold", 10)
                c.drawString(50, y, ln[3:])
                c.setFont("Helvetica", 10)
            else:
                # TAB-separated cells are drawn in columns (a presenter column at the right)
                for x, cell in zip(columns, ln.split("\t"), strict=False):
                    c.drawString(x, y, cell)
            y -= 14
        c.setFont("Helvetica", 8)
        for i, ln in enumerate(footer):
            c.drawString(50, 40 - 10 * i, ln)
        c.showPage()
    c.save()
    return out


def write_docx(src: str, out: Path) -> Path:
    import docx

    d = docx.Document()
    table = None
    numbered: str | None = None
    for ln in src.splitlines():
        if not ln.strip():
            continue
        if ln.startswith("| "):
            cells = [c.strip() for c in ln[2:].split("|")]
            if table is None:
                table = d.add_table(rows=0, cols=len(cells))
            row = table.add_row().cells
            for cell, text in zip(row, cells, strict=True):
                cell.text = text
            continue
        table = None
        if not ln.startswith("+ "):
            numbered = None
        if ln.startswith("#title "):
            d.add_heading(ln[7:], level=0)
        elif ln.startswith("#"):
            level = len(ln) - len(ln.lstrip("#"))
            d.add_heading(ln[level:].strip(), level=level)
        elif ln.startswith("- "):
            d.add_paragraph(ln[2:], style="List Bullet")
            numbered = None
        elif ln.startswith("+ "):   # Word's automatic numbering, restarted for every run of "+ " lines
            para = d.add_paragraph(ln[2:], style="List Number")
            numbered = _restart(d, para, numbered)
        else:
            d.add_paragraph(ln)
    d.save(str(out))
    return out


def _restart(d: Any, para: Any, num_id: str | None) -> str:
    """Give `para` the list `num_id`, or a new list (a w:num over List Number's abstract numbering that
    starts again at 1) when it begins a run; the number itself is only drawn by Word, never stored."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = d.part.numbering_part.element
    if num_id is None:
        style_num = d.styles["List Number"].element.pPr.numPr.numId.val
        abstract = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(style_num))
        abstract_id = abstract.find(qn("w:abstractNumId")).get(qn("w:val"))
        num_id = str(max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), num_id)
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), abstract_id)
        num.append(ref)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        num.append(override)
        numbering.append(num)
    ppr = para._p.get_or_add_pPr()
    num_pr = ppr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = int(num_id)
    return num_id


def main(only: list[str] | None = None) -> None:
    for src in sorted(SOURCES.glob("*.txt")):
        stem, fmt = src.name[: -len(".txt")].rsplit(".", 1)
        if only and stem not in only:
            continue
        folder = HERE / ("blind" if stem in BLIND else "general")
        writer = write_pdf if fmt == "pdf" else write_docx
        print(writer(src.read_text("utf-8"), folder / f"{stem}.{fmt}"))


if __name__ == "__main__":
    main(sys.argv[1:] or None)   # stems to (re)write; none: all
