"""Layouts of the seventh blind set's plans and reports (scored blind in heldout_docs/blind7, now in
heldout_docs/general with gold-blind7b.jsonl), each with an invented document of the same layout: a landscape
PDF whose goals are rows of one ruled table (bulleted indicators and dashed activities in cells, "Perspektiv: …"
band rows across it); a report on uppdrag with "RF 2025:N" headings over "Status:" fields and a "Nr | Uppdrag |
Återrapportering" table whose report cells state the status in sentences; a plain-text goal grid with a header
set on two lines and each goal's indicators as rows of their own; an HTML page whose sidebar of links and skip
link stand outside its <main>. Real readers and extractors."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest import read_document
from corpus.text_tables import space_column_records
from graph.extract.goal_tables import cell_items
from graph.extract.status import classify_slot
from graph.thesaurus import Thesaurus
from tests.extract_helpers import gold_facts


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


def _objects(got: set[tuple[str, str, str]], pred: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s, p, o in got:
        if p == pred:
            out.setdefault(s.removeprefix("id:"), set()).add(o)
    return out


def _ruled_plan(out: Path) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    st = getSampleStyleSheet()["BodyText"]

    def cell(*lines: str) -> Paragraph:
        return Paragraph("<br/>".join(lines), st)

    rows = [
        ["Mål", "Indikatorer 2027", "Aktiviteter 2027"],
        ["Perspektiv: Brukare", "", ""],
        [cell("Mål 1", "Äldre kan bo kvar hemma längre"),
         cell("• Andel brukare som är nöjda med hemtjänsten – målvärde 90 %",
              "• Antal beviljade timmar per brukare och månad – målvärde högst 28"),
         cell("– Införa digital tillsyn nattetid", "– Utbilda personalen i rehabiliterande arbetssätt")],
        ["Perspektiv: Ekonomi", "", ""],
        [cell("Mål 2", "Verksamheten håller sin budget"),
         cell("• Budgetavvikelse – målvärde 0 tkr"),
         cell("– Följa upp kostnaderna per enhet varje månad")],
    ]
    table = Table(rows, colWidths=[200, 320, 240])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("SPAN", (0, 1), (-1, 1)),
                               ("SPAN", (0, 3), (-1, 3)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(out), pagesize=landscape(A4))
    doc.build([Paragraph("Verksamhetsplan 2027 · Äldreomsorgsnämnden", st),
               Paragraph("Antagen av äldreomsorgsnämnden den 2 december 2026.", st), table])
    return out


def test_ruled_pdf_goal_table_one_goal_a_row(tmp_path: Path, thesaurus: Thesaurus) -> None:
    doc = read_document(_ruled_plan(tmp_path / "vp.pdf"), {"id": "vp"})
    assert (doc.doc_type, doc.organ) == ("verksamhetsplan", "Äldreomsorgsnämnden")   # "Plan 2027 · organ"
    got = gold_facts(doc, thesaurus)
    titles = _objects(got, "dcterms:title")
    assert titles["effect-goal/2027/1"] == {"Äldre kan bo kvar hemma längre"}   # the cell's lines joined
    parts = _objects(got, "sg:partOf")
    assert parts["effect-goal/2027/1"] == {"id:perspective/brukare"}     # the band row above it
    assert parts["effect-goal/2027/2"] == {"id:perspective/ekonomi"}
    assert {k for k in parts if k.startswith("indicator/2027/1/")} == {"indicator/2027/1/1", "indicator/2027/1/2"}
    acts = {o for s, p, o in got if p == "skos:prefLabel" and "activity/" in s}
    assert "Införa digital tillsyn nattetid" in acts and len(acts) == 3   # one activity a dash


def test_cell_items_split_on_the_cells_own_bullet() -> None:
    s = "• Andel nöjda – målvärde 90 % • Antal timmar – målvärde 28"
    items = [s[a:b] for a, b in cell_items(s, 0, len(s))]
    assert items == ["Andel nöjda – målvärde 90 %", "Antal timmar – målvärde 28"]
    t = "Ett enda mål utan punkter"
    assert cell_items(t, 0, len(t)) == [(0, len(t))]


def test_status_slot_read_by_its_head() -> None:
    assert classify_slot("Försenat, klart först i mars 2027").notations == ("ej-klart",)
    assert classify_slot("Pågår – enligt plan").notations == ("pagar",)


def test_prefixed_ids_and_a_report_column(tmp_path: Path, thesaurus: Thesaurus) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Återrapportering av uppdrag 2026", style="Title")
    d.add_paragraph("Kulturnämnden")
    d.add_paragraph("Datum 2026-09-30")
    d.add_paragraph("Uppdrag från kommunfullmäktige", style="Heading 1")
    d.add_paragraph("KF 2026:4 Ta fram en plan för bibliotekens öppettider.")
    d.add_paragraph("Status: Genomfört")
    d.add_paragraph("KF 2026:9 Utreda ett gemensamt kulturkort.")
    d.add_paragraph("Status: Försenat, klart först i mars 2027")
    d.add_paragraph("Uppdrag från kommunstyrelsen", style="Heading 1")
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate([("Nr", "Uppdrag", "Återrapportering"),
                             ("KS 2026:2", "Se över avgifterna för kulturskolan.", "Arbetet har inte påbörjats."),
                             ("KS 2026:5", "Pröva en ny lokal för arkivet.", "Uppdraget är slutfört.")]):
        for c, text in enumerate(row):
            t.rows[r].cells[c].text = text
    d.save(str(tmp_path / "r.docx"))
    doc = read_document(tmp_path / "r.docx", {"id": "r"})
    got = gold_facts(doc, thesaurus)
    status = {k.rsplit("/", 1)[1]: v for k, v in _objects(got, "sg:status").items()}
    assert status == {"nr-4": {"id:status/genomfort"}, "nr-9": {"id:status/ej-klart"},
                      "nr-2": {"id:status/ej-paborjat"}, "nr-5": {"id:status/genomfort"}}
    issuers = _objects(got, "sg:issuedBy")
    assert issuers["assignment/2026/nr-9"] == {"id:organ/kommunfullmaktige"}
    assert issuers["assignment/2026/nr-5"] == {"id:organ/kommunstyrelsen"}


GRID = """                    Uppföljning 2026

                    Fritidsnämnden

                    Period          2026-01-01 – 2026-04-30
                    Datum           2026-05-20

   Nämndmål              Indikator                       Utfall   Jan–apr   Mål-     Bedöm-
                                                         2025     2026      värde    ning

   1. Fler unga deltar   Antal besök på fritids-         41 200   14 800    45 000   Delvis
   i föreningslivet      gårdarna
                         Andel föreningar med            62 %     65 %      70 %     Uppfylls
                         aktivitetsstöd för unga                                     ej

   2. Anläggningarna     Andel bokningsbar tid som       71 %     74 %      75 %     Uppfylls
   används väl           används
                         Energiförbrukning per           180      61        170      Delvis
                         kvadratmeter

   3. Analys

   Besöken ökar men når inte målvärdet.
"""


def test_plain_text_grid_with_two_line_head_and_rows_in_a_record(tmp_path: Path, thesaurus: Thesaurus) -> None:
    rows = [ln for ln in space_column_records(GRID).split("\n") if " | " in ln]
    assert rows[0] == "Nämndmål | Indikator | Utfall 2025 | Jan–apr 2026 | Målvärde | Bedömning"
    assert rows[1].startswith("1. Fler unga deltar i föreningslivet | Antal besök på fritidsgårdarna | 41 200")
    assert rows[2].strip() == "| Andel föreningar med aktivitetsstöd för unga | 62 % | 65 % | 70 % | Uppfylls ej"
    assert len(rows) == 5   # "3. Analys" under the table is no record of it
    (tmp_path / "u.txt").write_text(GRID, encoding="utf-8")
    doc = read_document(tmp_path / "u.txt", {"id": "u"})
    assert doc.date == "2026-05-20"   # "Datum <date>" set in columns, not the period's first day
    got = gold_facts(doc, thesaurus)
    goals = {s for s, p, o in got if o == "sg:EffectGoal"}
    assert goals == {"id:effect-goal/2026/1", "id:effect-goal/2026/2"}
    inds = {s for s, p, o in got if o == "sg:Indicator"}
    assert len(inds) == 4
    assert not any(o == "sg:Assignment" for _s, _p, o in got)   # a goal table's rows are no uppdrag


def test_html_link_menu_beside_main_is_dropped(tmp_path: Path) -> None:
    page = """<!DOCTYPE html><html lang="sv"><head><title>Plan</title></head><body>
<a class="skip" href="#main">Till innehållet</a>
<aside><h2>Nämnder</h2><ul><li><a href="/a">Kulturnämnden</a></li><li><a href="/b">Fritidsnämnden</a></li></ul></aside>
<main id="main"><h1>Verksamhetsplan 2027 för kulturnämnden</h1><p>Nämnden ansvarar för biblioteken.</p></main>
<aside><h2>Nästa sammanträde</h2><p>Tisdag 16 juni 2027 kl. 08.30</p></aside>
</body></html>"""
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    doc = read_document(tmp_path / "p.html", {"id": "p"})
    assert "Till innehållet" not in doc.text and "Fritidsnämnden" not in doc.text
    assert doc.text.startswith("Verksamhetsplan 2027 för kulturnämnden")
    assert "Tisdag 16 juni 2027" in doc.text   # a sidebar with text of its own stays
