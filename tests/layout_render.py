"""Render a text document as a real PDF (reportlab: running header, "Sida N av M" footer, lines wrapped
to the page width the way report generators draw them) and as a real DOCX (python-docx: one paragraph
a line, "• " lines as List Bullet), for the layout-variant tests."""

from __future__ import annotations

from pathlib import Path

PAGE_LINES = 46


def write_pdf(text: str, out: Path, header: str, *, width_chars: int = 95) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    font, size = "Helvetica", 9
    w, h = A4
    lines: list[str] = []
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        lines += simpleSplit(para, font, size, width_chars * size * 0.5)
    pages = [lines[i:i + PAGE_LINES] for i in range(0, len(lines), PAGE_LINES)] or [[]]
    c = canvas.Canvas(str(out), pagesize=A4)
    for n, page in enumerate(pages, 1):
        c.setFont(font, 8)
        c.drawString(50, h - 40, header)                       # running header on every page
        c.drawRightString(w - 50, 30, f"Sida {n} av {len(pages)}")  # footer
        c.setFont(font, size)
        y = h - 70
        for line in page:
            c.drawString(50, y, line)
            y -= size * 1.5
        c.showPage()
    c.save()
    return out


def write_docx(text: str, out: Path) -> Path:
    import docx

    d = docx.Document()
    for line in text.split("\n"):
        if not line.strip():
            continue
        if line.startswith("• "):
            d.add_paragraph(line[2:], style="List Bullet")
        else:
            d.add_paragraph(line)
    d.save(str(out))
    return out
