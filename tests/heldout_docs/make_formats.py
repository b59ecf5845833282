"""Writes the development corpus's PDF and DOCX documents from their text sources (sources/*.pdf.txt,
sources/*.docx.txt) with real writers, so the files are reproducible: `python -m tests.heldout_docs.make_formats`.

PDF (reportlab): `#header` lines are drawn at the top of every page (the last one with "Sida N av M"),
`#footer` lines at the bottom, a line `\\f` starts a new page. DOCX (python-docx): `#title` is the Title style,
`## `/`### ` Heading 2/3, `- ` List Bullet, `| a | b` rows form one Word table, anything else Normal."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
#: the documents kept out of development (never tuned on); the rest go to general/
BLIND = {"2025-02-18-foredragningslista-regionala-utvecklingsnamnden", "2026-verksamhetsplan-kulturnamnden"}


def write_pdf(src: str, out: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    header = [ln[8:] for ln in src.splitlines() if ln.startswith("#header ")]
    footer = [ln[8:] for ln in src.splitlines() if ln.startswith("#footer ")]
    body = [ln for ln in src.splitlines() if not ln.startswith(("#header ", "#footer "))]
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
            c.drawString(50, y, ln)
            if i == len(header) - 1:
                c.drawRightString(w - 50, y, f"Sida {n} av {len(pages)}")
            y -= 12
        y -= 20
        c.setFont("Helvetica", 10)
        for ln in page:
            c.drawString(50, y, ln)
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
        if ln.startswith("#title "):
            d.add_heading(ln[7:], level=0)
        elif ln.startswith("#"):
            level = len(ln) - len(ln.lstrip("#"))
            d.add_heading(ln[level:].strip(), level=level)
        elif ln.startswith("- "):
            d.add_paragraph(ln[2:], style="List Bullet")
        else:
            d.add_paragraph(ln)
    d.save(str(out))
    return out


def main() -> None:
    for src in sorted(SOURCES.glob("*.txt")):
        stem, fmt = src.name[: -len(".txt")].rsplit(".", 1)
        folder = HERE / ("blind" if stem in BLIND else "general")
        writer = write_pdf if fmt == "pdf" else write_docx
        print(writer(src.read_text("utf-8"), folder / f"{stem}.{fmt}"))


if __name__ == "__main__":
    main()
