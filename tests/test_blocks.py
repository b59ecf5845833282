"""The block model (corpus/blocks.py) from real writers: python-docx styles, automatic numbering and tables;
reportlab PDFs with a presenter column and a larger heading; numbered headings that must fit their siblings."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from corpus.blocks import Block, render
from corpus.readers import read_docx, read_pdf
from graph.extract.headings import numbered_headings
from tests.heldout_docs.make_formats import write_docx, write_pdf


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for ln in text.split("\n"):
        out.append((pos, pos + len(ln), ln))
        pos += len(ln) + 1
    return out


def test_render_keeps_headings_apart_and_lists_together() -> None:
    text = render([Block("heading", "Mål 1 Trygg omsorg", level=2), Block("field", "Aktiviteter"),
                   Block("list_item", "Införa tillsyn", number="1."), Block("list_item", "Utbilda", number="2."),
                   Block("table_row", cells=("Nr", "Ärende")), Block("table_row", cells=("1", "Öppnande"))])
    assert text == "Mål 1 Trygg omsorg\n\nAktiviteter\n1. Införa tillsyn\n2. Utbilda\n\nNr | Ärende\n1 | Öppnande"


def test_docx_styles_numbering_and_tables(tmp_path: Path) -> None:
    src = ("#title Verksamhetsplan 2030\n## Mål 4 Rent vatten\nAktiviteter\n+ Första\n+ Andra\n"
           "Text emellan.\n+ Ny lista\n| Nr | Ärende | Föredragande\n| 1 | Budget | Ekonom Ada Lund\n")
    out = write_docx(src, tmp_path / "p.docx")
    text = read_docx(out.read_bytes(), out.name)
    assert "Verksamhetsplan 2030\n\nMål 4 Rent vatten\n\n" in text          # headings are paragraphs of their own
    assert "Aktiviteter\n1. Första\n2. Andra" in text                     # Word draws the numbers, we render them
    assert "\n1. Ny lista" in text                                         # a restarted list starts at 1 again
    assert "Nr | Ärende | Föredragande\n1 | Budget | Ekonom Ada Lund" in text


def test_docx_letter_level_and_typed_numbers() -> None:
    d = docx.Document()
    d.add_paragraph("1. Redan numrerad", style="List Number")   # a typed number is not doubled
    buf = io.BytesIO()
    d.save(buf)
    text = read_docx(buf.getvalue(), "x.docx")
    assert "1. Redan numrerad" in text and "1. 1." not in text


def test_pdf_columns_on_one_line_and_heading(tmp_path: Path) -> None:
    src = ("#header Nämnden\n#h Ärenden\n1. Öppnande\n2. Taxor 2026\tController Per Lind\n"
           "3. Simhallen\tStrateg Maria Ek\n")
    out = write_pdf(src, tmp_path / "k.pdf")
    text = read_pdf(out.read_bytes(), out.name)
    assert "2. Taxor 2026 | Controller Per Lind" in text
    assert "3. Simhallen | Strateg Maria Ek" in text
    assert "\n\nÄrenden\n\n" in text                      # set larger and bold: a heading of its own


@pytest.mark.parametrize("lines, numbers", [
    (["Punkt 1. Öppnande", "Text som nämner", "Punkt 2: Ekonomi", "Punkt 3 Övrigt"], [1, 2, 3]),
    (["§ 4 Val av justerare", "§ 5 Budget", "Punkt 3 Detta är en hänvisning", "§ 6 Övrigt"], [4, 5, 6]),
    (["Ärende 2 Budget", "Ärende 1 Hänvisning bakåt", "Ärende 3 Taxor"], [2, 3]),
])
def test_numbered_headings_fit_their_siblings(lines: list[str], numbers: list[int]) -> None:
    found = numbered_headings("agenda", _lines("\n".join(lines)))
    assert [int(m["n"]) for _a, m in found] == numbers
