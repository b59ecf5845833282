"""Hard-line sources (DOCX paragraphs, HTML blocks) are not unwrapped; organ on the line after the title."""

from __future__ import annotations

from pathlib import Path

from corpus.clean import clean_text
from corpus.ingest import read_document
from corpus.metadata import find_organ


def test_hard_lines_are_kept() -> None:
    raw = ("Effektmål 9: Region Örebro län är en attraktiv arbetsgivare med hållbar kompetensförsörjning\n\n"
           "Indikatorer\n\n• Sjukfrånvaron ska minska.\n\n• Personalomsättningen ska minska.\n\n"
           "Aktiviteter Område nära vård\n\n• Handlingsplan\n")
    assert "kompetensförsörjning\n\nIndikatorer" in clean_text(raw, hard_lines=True)
    # a double-spaced PDF extraction: the label "Indikatorer" is a line of its own, not glued to the heading
    assert "kompetensförsörjning\nIndikatorer" in clean_text(raw)


def test_docx_is_ingested_with_hard_lines(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("Verksamhetsplan 2024 Område nära vård", level=1)
    for i in range(6):
        d.add_paragraph(f"• Att utveckla arbetet med punkt {i} i primärvården i hela länet (Nr {i + 1})")
    d.add_paragraph("Aktiviteter Område nära vård – något (effektmål 1)")
    path = tmp_path / "vp.docx"
    d.save(str(path))
    doc = read_document(path)
    assert "(Nr 6)\n\nAktiviteter" in doc.text
    assert doc.doc_type == "verksamhetsplan" and doc.year == 2024


def test_organ_on_the_line_after_a_bare_title() -> None:
    cleaned = "Minnesanteckningar\nHälso- och sjukvårdens ledningsgrupp\nDatum: 8 oktober 2024\n"
    assert find_organ(cleaned.split("\n"), cleaned) == "Hälso- och sjukvårdens ledningsgrupp"
    cleaned = "Protokoll\nDatum: 8 oktober 2024\n"
    assert find_organ(cleaned.split("\n"), cleaned) is None
