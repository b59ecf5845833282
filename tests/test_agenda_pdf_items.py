"""Layouts of the former blind set (tests/heldout_docs/general, gold-blind1/2.jsonl, sixth batch), each with an
invented text of the same layout: a PDF agenda whose presenter is set off by a few typed spaces instead of a
column, a letterhead that states the type after the authority's name, minutes whose item heading is followed
by a one-sentence body. Real reportlab PDFs through the real readers and extractors."""

from __future__ import annotations

import io
from pathlib import Path

from rdflib import RDF
from rdflib.namespace import DCTERMS

from corpus.clean import clean_text
from corpus.ingest import read_document
from corpus.metadata import extract_metadata
from corpus.pdf_layout import pdf_pages
from graph.build import build_document_graph
from graph.namespaces import SG
from graph.thesaurus import Thesaurus


def _pdf(lines: list[str], *, size: float = 10.0) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", size)
    y = 780.0
    for text in lines:
        c.drawString(50, y, text)   # one string: the spaces in it are the only gaps
        y -= 2 * size
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_few_typed_spaces_set_off_a_column_but_a_list_indent_and_word_gaps_do_not() -> None:
    page = pdf_pages(_pdf(["2. Budgetram för tekniska verksamheter    Ekonomichef Sara Holm",
                           "3    Meddelanden",
                           "Nämnden    får    information    om    läget    i    budgetarbetet.",
                           "Ärende    Föredragande"]))[0]
    assert [b.cells or (b.text,) for b in page] == [
        ("2. Budgetram för tekniska verksamheter", "Ekonomichef Sara Holm"),
        ("3 Meddelanden",),   # the gap after a list number is its hanging indent
        ("Nämnden får information om läget i budgetarbetet.",),   # stretched alike (justified): no column
        ("Ärende Föredragande",)]   # no ordinary gap on the line to compare with: only a wide gap splits


def test_spaced_presenters_of_a_pdf_agenda_are_presenters_not_title_words(tmp_path: Path) -> None:
    src = tmp_path / "lista.pdf"
    src.write_bytes(_pdf(["Region Västerby    FÖREDRAGNINGSLISTA", "Tekniska nämnden",
                          "Sammanträde 2025-04-02 kl. 13.00", "Ärende    Föredragande",
                          "1. Val av justerare", "2. Budgetram för tekniska verksamheter    Ekonomichef Sara Holm",
                          "3. Meddelanden"]))
    doc = read_document(src, {"id": "lista"})
    assert (doc.doc_type, doc.organ, doc.date) == ("kallelse", "Tekniska nämnden", "2025-04-02")
    g = build_document_graph(doc, Thesaurus.load())
    items = {str(g.value(s, SG.number)): (str(g.value(s, DCTERMS.title)),
                                          {str(p).rsplit("/", 1)[-1] for p in g.objects(s, SG.presenter)})
             for s in g.subjects(RDF.type, SG.AgendaItem)}
    assert items == {"1": ("Val av justerare", set()),
                     "2": ("Budgetram för tekniska verksamheter", {"sara-holm"}), "3": ("Meddelanden", set())}


def test_a_letterhead_states_the_type_after_the_authoritys_name() -> None:
    raw = "Norrviks kommun DAGORDNING\nByggnadsnämnden\nSammanträde 2025-09-03\n\n1. Upprop\n"
    assert extract_metadata(raw, raw).doc_type == "kallelse"
    raw = "Norrviks kommun\nByggnadsnämnden\nSammanträde 2025-09-03\n\n1. Upprop\n"
    assert extract_metadata(raw, raw).doc_type == "ovrigt"   # no type word: nothing guessed


def test_an_item_heading_keeps_its_line_before_a_one_sentence_body() -> None:
    # short text: the line width falls back to its floor, so a long heading looked like a wrapped line
    text = ("ANTECKNINGAR\nNätverket för äldreomsorg\nDatum: 3 mars 2025\n\n"
            "Punkt 1. Erfarenheter från hemtjänstens nya schema\nUppföljningen visar färre resor.\n\n"
            "§ 2 Förslag till rutin för trygghetslarm i Norrviks\nkommun\n\n"
            "3. Regional plan för kompetensförsörjning i Region\nVästerby 2026–2030\n")
    lines = clean_text(text).split("\n")
    assert "Punkt 1. Erfarenheter från hemtjänstens nya schema" in lines
    assert "Uppföljningen visar färre resor." in lines
    # a title wrapped before a lower-case word or a proper noun (no full stop follows) still joins
    assert "§ 2 Förslag till rutin för trygghetslarm i Norrviks kommun" in lines
    assert "3. Regional plan för kompetensförsörjning i Region Västerby 2026–2030" in lines
