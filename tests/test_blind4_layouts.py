"""Layouts of the fourth blind set (ninth batch, heldout_docs/general), each with an invented document of the
same layout (other organs, goals and wordings): a PDF goal grid whose goal cells span their indicators' rows
and whose cells wrap; a PDF protokoll with hanging § numbers; uppdrag tables grouped under each nämnd's name;
"Uppdrag från …, punkt N" sections of an årsredovisning; minnesanteckningar as PDF-to-text output (letterhead
in space-drawn columns, a right-hand "Ansvarig:" field, past-tense decisions in items without a label); a
kallelse table with a proposal column. Real writers (reportlab, python-docx), readers and extractors."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.doc_types import report_type
from corpus.ingest import read_document
from corpus.text_tables import split_right_fields
from graph.thesaurus import Thesaurus
from tests.extract_helpers import gold_facts
from tests.heldout_docs.make_formats import write_docx


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


def _platypus(out: Path, story: list[object]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    SimpleDocTemplate(str(out), pagesize=A4).build(story)  # type: ignore[arg-type]
    return out


def test_pdf_goal_grid_with_spanning_goal_cells_and_wrapped_cells(tmp_path: Path, thesaurus: Thesaurus) -> None:
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, Table, TableStyle

    st = getSampleStyleSheet()
    body = st["BodyText"]
    rows = [["Mål", "Indikator", "Målvärde 2027"],
            ["1. Fler unga fullföljer gymnasiet i kommunen", "Andel elever med examen inom tre år", "minst 85 %"],
            ["", "Andel elever som känner sig trygga i skolan", "minst 90 %"],
            ["2. Skolans lokaler används väl", "Lokalkostnad per elev och år", "högst 21 000 kr"]]
    grid = Table([[Paragraph(c, body) for c in r] for r in rows], colWidths=[45 * mm, 60 * mm, 30 * mm])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("SPAN", (0, 1), (0, 2)),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph("Verksamhetsplan 2027", st["Title"]), Paragraph("Gymnasienämnden", body),
             Paragraph("Beslutad av gymnasienämnden 2026-11-20, § 71", body),
             Paragraph("2 Mål och indikatorer", st["Heading2"]), grid,
             Paragraph("3 Aktiviteter", st["Heading2"]),
             Paragraph("3.1 Fler unga fullföljer gymnasiet i kommunen (mål 1)", body),
             ListFlowable([ListItem(Paragraph(a, body)) for a in
                           ("Inför studiestöd på eftermiddagar", "Följ upp frånvaron varje månad")], bulletType="1")]
    doc = read_document(_platypus(tmp_path / "vp.pdf", story), {"id": "vp"})
    assert doc.doc_type == "verksamhetsplan"
    got = gold_facts(doc, thesaurus)
    assert ("id:effect-goal/2027/1", "dcterms:title", "Fler unga fullföljer gymnasiet i kommunen") in got
    assert ("id:effect-goal/2027/2", "dcterms:title", "Skolans lokaler används väl") in got
    parts = {(s, o) for s, p, o in got if p == "sg:partOf" and s.startswith("id:indicator/")}
    # the row under goal 1 with an empty goal cell is goal 1's; a wrapped indicator cell stays one indicator
    assert parts == {("id:indicator/2027/1/1", "id:effect-goal/2027/1"),
                     ("id:indicator/2027/1/2", "id:effect-goal/2027/1"),
                     ("id:indicator/2027/2/1", "id:effect-goal/2027/2")}
    assert "Andel elever som känner sig trygga i skolan" in doc.text   # joined across its wrap
    linked = {s.rsplit("/", 1)[1] for s, p, o in got if p == "sg:contributesTo" and o == "id:effect-goal/2027/1"}
    assert linked == {"infor-studiestod-pa-eftermiddagar", "folj-upp-franvaron-varje-manad"}


def test_pdf_protokoll_with_hanging_paragraph_numbers(tmp_path: Path, thesaurus: Thesaurus) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table

    body = getSampleStyleSheet()["BodyText"]
    items = [("§ 7", ["Val av justerare", "Miljönämnden utser Eva Berg (C) att justera protokollet."]),
             ("§ 8", ["Tillsynsplan 2027", "Dnr MN 2026/88",
                      "Miljöchef Lars Holm redogör för tillsynsplanen och de prioriterade branscherna under året.",
                      "Beslut", "Miljönämnden beslutar att anta tillsynsplanen för 2027."])]
    story: list[object] = [Paragraph("Protokoll", body), Paragraph("Miljönämnden", body),
                           Paragraph("Sammanträdesdatum 2026-12-08", body), Spacer(1, 12)]
    for num, lines in items:
        story.append(Table([[num, lines[0]], *[["", ln] for ln in lines[1:]]], colWidths=[20 * mm, 140 * mm]))
    doc = read_document(_platypus(tmp_path / "p.pdf", story), {"id": "p"})
    got = gold_facts(doc, thesaurus)
    titles = {(s.rsplit("/", 1)[1], o) for s, p, o in got if p == "dcterms:title" and "agenda-item" in s}
    assert titles == {("7", "Val av justerare"), ("8", "Tillsynsplan 2027")}
    decided = {s.rsplit("/", 1)[1] for s, p, o in got if p == "rdf:type" and o == "sg:Decision"}
    assert decided == {"7-1", "8-1"}


def test_uppdrag_tables_grouped_under_each_board(tmp_path: Path, thesaurus: Thesaurus) -> None:
    src = """#title Uppföljning av kommunfullmäktiges uppdrag 2026
Från: Kommunstyrelsen
Datum: 2026-09-30

Kommunfullmäktige gav i budget 2026 nämnderna tre uppdrag.

## Kultur- och fritidsnämnden
| Nr | Uppdrag | Status
| KF1 | Öppna en fritidsgård i Västby | Klart
| KF2 | Utreda en ny simhall | Pågår

## Miljönämnden
| Nr | Uppdrag | Status
| KF3 | Ta fram en plan för dagvatten | Ej startat
"""
    doc = read_document(write_docx(src, tmp_path / "u.docx"), {"id": "u"})
    got = gold_facts(doc, thesaurus)
    assignees = {(s, o) for s, p, o in got if p == "sg:assignedTo" and s.startswith("id:assignment/")}
    assert assignees == {("id:assignment/2026/nr-1", "id:organ/kultur-och-fritidsnamnden"),
                         ("id:assignment/2026/nr-2", "id:organ/kultur-och-fritidsnamnden"),
                         ("id:assignment/2026/nr-3", "id:organ/miljonamnden")}
    statuses = {(s.rsplit("/", 1)[1], o) for s, p, o in got if p == "sg:status"}
    assert statuses == {("nr-1", "id:status/genomfort"), ("nr-2", "id:status/pagar"), ("nr-3", "id:status/ej-paborjat")}


ANNUAL = """Tekniska nämnden

Årsredovisning 2025

Fastställd av tekniska nämnden 2026-02-18, § 9

3 Uppdrag från kommunfullmäktige

Uppdrag från kommunfullmäktige 2025, punkt 4
Byt ut gatubelysningen mot LED i hela kommunen
Bedömning: Uppdraget är slutfört.
Den sista etappen blev klar i oktober.

Uppdrag från kommunfullmäktige 2025, punkt 11
Utred en ny återvinningscentral i Norrby
Bedömning: Uppdraget pågår.
Utredningen redovisas i mars.

Uppdrag från kommunfullmäktige 2025, punkt 12
Bygg en gång- och cykelbro över ån
Bedömning: Uppdraget har inte påbörjats.
"""


def test_annual_report_sections_numbered_by_the_list_that_gave_them(tmp_path: Path, thesaurus: Thesaurus) -> None:
    (tmp_path / "ar.txt").write_text(ANNUAL)
    doc = read_document(tmp_path / "ar.txt", {"id": "ar"})
    assert doc.doc_type == "aterrapportering"   # an årsredovisning that reports on uppdrag
    got = gold_facts(doc, thesaurus)
    numbers = sorted(o for s, p, o in got if p == "sg:number" and s.startswith("id:assignment/"))
    assert numbers == ["11", "12", "4"]   # rising, not consecutive: the places in fullmäktige's list
    statuses = {(s.rsplit("/", 1)[1], o) for s, p, o in got if p == "sg:status"}
    assert statuses == {("nr-4", "id:status/genomfort"), ("nr-11", "id:status/pagar"),
                        ("nr-12", "id:status/ej-paborjat")}


def test_report_type_follows_what_the_report_reports_on() -> None:
    assert report_type(ANNUAL) == "aterrapportering"
    goals = "Årsredovisning 2025\n\nMål 1 Trygg skola\nNyckeltal | Utfall\nAndel | 80 %\n"
    assert report_type(goals) == "verksamhetsplan"


MINUTES = """ÅSBY KOMMUN                                 MINNESANTECKNINGAR            1 (1)
Utbildningsförvaltningen                    Rektorsgruppen för grundskolan 2026-01-15


Mötesdatum     Torsdag 15 januari 2026
Plats          Ekhagaskolan

1. Dagordning
   Dagordningen godkändes.

2. Lovskola i sommar                                 Ansvarig: Pia Nord
   Pia Nord redogjorde för planerna för sommarens lovskola och behovet av lärare.
   Överenskoms att varje skola anmäler två lärare senast den 1 mars.

3. Elevhälsa
   Skolsköterskan informerade om vaccinationerna.
   Beslut: Rektorerna informerar vårdnadshavarna i februari.
"""


def test_minutes_from_pdf_to_text_with_a_right_hand_field(tmp_path: Path, thesaurus: Thesaurus) -> None:
    (tmp_path / "m.txt").write_text(MINUTES)
    doc = read_document(tmp_path / "m.txt", {"id": "m"})
    assert (doc.doc_type, doc.date) == ("minnesanteckningar", "2026-01-15")   # from the space-drawn letterhead
    assert doc.organ and doc.organ.lower().startswith("rektorsgrupp")
    got = gold_facts(doc, thesaurus)
    titles = {o for s, p, o in got if p == "dcterms:title" and "agenda-item" in s}
    assert "Lovskola i sommar" in titles   # the "Ansvarig:" column is not part of the title
    decided = {s.rsplit("/", 1)[1] for s, p, o in got if p == "rdf:type" and o == "sg:Decision"}
    # item 1 records its decision in the past tense although item 3 labels its own
    assert decided == {"1-1", "2-1", "3-1"}


def test_split_right_fields_only_splits_a_labelled_right_column() -> None:
    assert split_right_fields("3. Budget 2027        Ansvarig: Eva Berg") == "3. Budget 2027\nAnsvarig: Eva Berg"
    assert split_right_fields("Närvarande      Anna Ek, rektor") == "Närvarande      Anna Ek, rektor"
    assert split_right_fields("Mål | Status: klart") == "Mål | Status: klart"   # a table row keeps its cells


def test_kallelse_table_with_a_proposal_column(tmp_path: Path, thesaurus: Thesaurus) -> None:
    html = """<html><body><h1>Kallelse</h1><p>Kultur- och fritidsnämnden</p>
<p>Tid: Tisdagen den 3 mars 2026 kl. 18.00</p>
<table><tr><th>Nr</th><th>Ärende</th><th>Föredragande</th><th>Förslag till beslut</th></tr>
<tr><td>1</td><td>Val av justerare</td><td></td><td>Nämnden utser Ali Demir (S) att justera protokollet.</td></tr>
<tr><td>2</td><td>Taxor för badhuset 2027</td><td>Badchef Olle Sten</td>
<td>Nämnden antar taxorna enligt bilaga.</td></tr>
<tr><td>3</td><td>Information från förvaltningen</td><td>Förvaltningschef Siv Ek</td><td>–</td></tr>
</table></body></html>"""
    (tmp_path / "k.html").write_text(html)
    doc = read_document(tmp_path / "k.html", {"id": "k"})
    got = gold_facts(doc, thesaurus)
    decided = {s.rsplit("/", 1)[1] for s, p, o in got if p == "rdf:type" and o == "sg:Decision"}
    assert decided == {"1-1", "2-1"}   # a dash proposes nothing
