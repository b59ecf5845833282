"""Agenda layouts of kallelser/föredragningslistor as PDFs and PDF text give (issue 7): run-on items, PDF
tables with an empty cell and a title wrapped in its cell, headers drawn in columns, a kungörelse. Real
reportlab PDFs read through the real readers; the dev corpus's fifth batch (tests/heldout_docs/general,
gold-batch5.jsonl) scores the same mechanisms end to end."""

from __future__ import annotations

import io
import re

from corpus.blocks import CELL_SEP
from corpus.clean import clean_text
from corpus.metadata import extract_metadata
from corpus.pdf_layout import pdf_pages, render_page
from corpus.vocabulary import load_vocabulary
from graph.extract.agenda_lines import split_run_on
from graph.extract.agenda_tables import table_rows


def _lines(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", text)]


def test_run_on_items_are_cut_where_the_next_number_starts() -> None:
    text = ("1. Upprop 2. Val av justerare 3. Budgetuppföljning maj 2025\n"
            "4. Antagning läsåret 2025/26 5. Meddelanden\n"
            "§ 61 Val av justerare\n"
            "Nämnden utser Britt Lund att justera. § 62 Verksamhetsplan 2026\n"
            "Beslut enligt § 63 Kommunallagen gäller.")
    got = split_run_on(_lines(text))
    assert [ln for _a, _b, ln in got] == [
        "1. Upprop", "2. Val av justerare", "3. Budgetuppföljning maj 2025", "4. Antagning läsåret 2025/26",
        "5. Meddelanden", "§ 61 Val av justerare", "Nämnden utser Britt Lund att justera.",
        "§ 62 Verksamhetsplan 2026", "Beslut enligt § 63 Kommunallagen gäller."]
    assert all(text[a:b] == ln for a, b, ln in got)   # offsets stay those of the text


def test_a_number_inside_a_title_or_a_prose_line_never_cuts() -> None:
    text = "Budgeten för 2025 ökar med 3 Procent enligt 2 Kap.\n4 Taxa för bygglov 2025 5 Oktober"
    assert [ln for _a, _b, ln in split_run_on(_lines(text))] == text.split("\n")


def _pdf(rows: list[tuple[float, str]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    y = 780.0
    for x, text in rows:
        if x < 0:   # next line
            y -= 14
            continue
        c.drawString(x, y, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_table_keeps_an_empty_cell_and_a_wrapped_title_in_their_columns() -> None:
    nl = (-1.0, "")
    rows = [(50, "Nr"), (80, "Ärende"), (330, "Dnr"), (430, "Föredragande"), nl,
            (50, "1"), (80, "Remissvar om strategi för"), (330, "PVN 2025/388"), (430, "Strateg Jonas Vik"), nl,
            (80, "hälsofrämjande arbete"), nl,
            (50, "2"), (80, "Tillgänglighet, lägesrapport"), (430, "Hälsochef Anders Krook"), nl,
            (50, "3"), (80, "Övriga frågor"), (330, "PVN 2025/20")]
    page = pdf_pages(_pdf(rows))[0]
    assert [b.cells for b in page] == [
        ("Nr Ärende", "", "Dnr", "Föredragande"),   # drawn closer than a column gap: one cell, columns kept
        # the title's wrapped line, set at the cell's leading in lower case, joins its row (pdf_layout._wrapped_cells)
        ("1", "Remissvar om strategi för hälsofrämjande arbete", "PVN 2025/388", "Strateg Jonas Vik"),
        ("2", "Tillgänglighet, lägesrapport", "", "Hälsochef Anders Krook"),
        ("3", "Övriga frågor", "PVN 2025/20")]
    text = clean_text(render_page(page))
    items = table_rows(_lines(text))
    assert [(n, title, who) for n, _a, title, who in items] == [
        (1, "Remissvar om strategi för hälsofrämjande arbete", ["Jonas Vik"]),
        (2, "Tillgänglighet, lägesrapport", ["Anders Krook"]), (3, "Övriga frågor", [])]


def test_table_header_drawn_too_close_and_a_merged_number() -> None:
    text = "\n".join(["Nr Ärende | Föredragande", "1 | Val av justerare", "2 | Budget | Controller Per Lind",
                      "3 Meddelanden"])
    items = table_rows(_lines(text))
    assert [(n, t, who) for n, _a, t, who in items] == [
        (1, "Val av justerare", []), (2, "Budget", ["Per Lind"]), (3, "Meddelanden", [])]


def test_header_in_columns_gives_type_organ_and_date() -> None:
    raw = ("Lindås kommun | FÖREDRAGNINGSLISTA\nFritidsnämnden | 2025-10-15 | 1/2\n"
           "Sammanträdesdatum: onsdagen den 15 oktober 2025\n1 Val av justerare\n")
    meta = extract_metadata(raw, "Sammanträdesdatum: onsdagen den 15 oktober 2025\n1 Val av justerare\n")
    assert (meta.doc_type, meta.organ, meta.date) == ("kallelse", "Fritidsnämnden", "2025-10-15")
    assert CELL_SEP.strip() not in (meta.organ or "")


def test_kungorelse_and_kallelse_till_sammantrade_med() -> None:
    text = "KUNGÖRELSE\n\nKommunfullmäktige sammanträder onsdagen den 26 mars 2025 kl. 18.30.\n"
    meta = extract_metadata("Kommunfullmäktige\n" + text, text)
    assert (meta.doc_type, meta.organ, meta.date) == ("kallelse", "Kommunfullmäktige", "2025-03-26")
    text = "Kallelse till sammanträde med socialnämndens arbetsutskott\n\nDatum: 12 november 2025\n"
    assert extract_metadata(text, text).organ == "Socialnämndens arbetsutskott"
    text = "Ekby kommun PROTOKOLL\n§ 62 Verksamhetsplan 2026\nNämnden beslutar att anta verksamhetsplan 2026.\n"
    assert extract_metadata(text, text).doc_type == "minnesanteckningar"   # a sentence titles nothing


def test_a_case_number_with_the_organs_letters() -> None:
    vocab = load_vocabulary()
    m = vocab.case_number.search("Taxa för tillsyn 2026 Dnr MN 2025/152")
    assert m is not None and m[1] == "MN 2025/152"
