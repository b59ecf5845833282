"""Readers: every supported format yields text; every bad input an IngestError naming the file."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from corpus.errors import IngestError
from corpus.ingest import read_document
from corpus.readers import decode_text, read_source


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal valid PDF (Helvetica, WinAnsi) with one text line per list item."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
                            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        ops = ["BT /F1 11 Tf 14 TL 50 780 Td"]
        for line in lines:
            esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({esc}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_no = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % content_no)
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join(f"{k} 0 R" for k in kids).encode(), len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_txt_utf8_and_cp1252(tmp_path: Path) -> None:
    text = "Hälso- och sjukvårdsnämnden – ”uppdrag” för 2025\n"
    assert read_source(_write(tmp_path, "a.txt", text.encode("utf-8"))) == text
    assert read_source(_write(tmp_path, "b.txt", text.encode("cp1252"))) == text
    assert read_source(_write(tmp_path, "c.txt", b"\xef\xbb\xbf" + text.encode("utf-8"))) == text
    assert decode_text("Örebro".encode("latin-1") + b"\x81", "x") .startswith("Örebro")


def test_pdf_pages_separated_by_form_feed(tmp_path: Path) -> None:
    pdf = make_pdf([["Kallelse", "Sammanträdesdatum: 2020-11-24"], ["Sida två med åäö"]])
    text = read_source(_write(tmp_path, "k.pdf", pdf))
    assert "Sammanträdesdatum: 2020-11-24" in text
    assert "\f" in text and "Sida två med åäö" in text.split("\f")[1]


def test_pdf_encrypted_is_a_clear_error(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["Hemlig text"]]))))
    writer.encrypt(user_password="hemligt", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(IngestError, match=r"enc\.pdf.*krypterad"):
        read_source(_write(tmp_path, "enc.pdf", buf.getvalue()))


def test_pdf_without_text_layer_is_a_clear_error(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(IngestError, match=r"scan\.pdf.*ingen extraherbar text.*OCR"):
        read_source(_write(tmp_path, "scan.pdf", buf.getvalue()))


def test_docx_paragraphs_lists_and_tables_in_order(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Återrapportering av uppdrag 2025", level=1)
    d.add_paragraph("Nr 8. Att vidareutveckla samverkan.")
    d.add_paragraph("Första punkten", style="List Bullet")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Uppdrag", "Status"
    table.cell(1, 0).text, table.cell(1, 1).text = "Nr 8", "Pågår"
    d.add_paragraph("Efter tabellen.")
    buf = io.BytesIO()
    d.save(buf)
    text = read_source(_write(tmp_path, "r.docx", buf.getvalue()))
    order = ["Återrapportering av uppdrag 2025", "Nr 8. Att", "• Första punkten", "Uppdrag | Status",
             "Nr 8 | Pågår", "Efter tabellen."]
    positions = [text.index(s) for s in order]
    assert positions == sorted(positions)


def test_html_drops_chrome_and_keeps_blocks(tmp_path: Path) -> None:
    html = """<html><head><title>t</title><style>p{color:red}</style><script>var x=1;</script></head>
    <body><nav>Meny Hem Kontakt</nav><header>Sidhuvud</header>
    <h1>Minnesanteckningar</h1><p>När: 13 juni 2025</p><ul><li>Punkt ett</li><li>Punkt två</li></ul>
    <table><tr><td>A</td><td>B</td></tr></table><footer>Sidfot</footer></body></html>"""
    text = read_source(_write(tmp_path, "m.html", html.encode("utf-8")))
    for gone in ("Meny", "Sidhuvud", "Sidfot", "var x", "color"):
        assert gone not in text
    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert lines[:4] == ["Minnesanteckningar", "När: 13 juni 2025", "• Punkt ett", "• Punkt två"]
    assert "A | B" in text


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("x.xlsx", b"PK\x03\x04", r"x\.xlsx.*stöds inte"),
        ("tom.txt", b"", r"tom\.txt är tom"),
        ("blank.txt", b"  \n\n ", r"blank\.txt är tom"),
        ("bin.txt", b"abc\x00\x01\x02def" * 20, r"bin\.txt.*binärdata"),
        ("ctrl.txt", bytes(range(1, 9)) * 50 + b"text", r"ctrl\.txt.*binärdata"),
        ("trasig.pdf", b"%PDF-1.4 inte alls en pdf", r"trasig\.pdf"),
        ("trasig.docx", b"inte en zip", r"trasig\.docx.*Word"),
    ],
)
def test_bad_inputs_are_ingest_errors(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=message) as exc:
        read_document(_write(tmp_path, name, data))
    assert exc.value.exit_code == 3


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"saknas\.txt finns inte"):
        read_document(tmp_path / "saknas.txt")


def test_read_document_from_pdf_end_to_end(tmp_path: Path) -> None:
    header = "SAMARBETE – UTVECKLING - PROFESSIONALISM"
    pages = [[header, "Kallelse", "Sammanträde med:", "Beredning för psykiatri",
              "Sammanträdesdatum: 2024-03-05", "1. Mötet öppnas"],
             [header, "2. Val av justerare", "Diarienummer: 24RS123"],
             [header, "3. Information om verksamheten"]]
    doc = read_document(_write(tmp_path, "kallelse.pdf", make_pdf(pages)))
    assert header not in doc.text
    assert (doc.doc_type, doc.organ, doc.date, doc.dnr) == ("kallelse", "Beredning för psykiatri",
                                                            "2024-03-05", ["24RS123"])
    assert doc.id == "2024-03-05-kallelse-beredning-psykiatri"
    assert [p.heading for p in doc.passages if p.kind == "agenda"] == ["Punkt 1", "Punkt 2", "Punkt 3"]
