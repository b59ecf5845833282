"""Layouts of the sixth blind set (eleventh batch, heldout_docs/general), each with an invented document of the
same layout: a DOCX kallelse whose agenda is a table of records; minutes sent as an e-mail with arrow-marked
fields and presenters in parentheses; "2.1 Mål: …" goals; a plain-text two-column table whose cells wrap and
whose status closes the comment in parentheses; goals as group rows of an HTML indicator table; a PDF § line
drawn as cells with "• att …" bullets. Real writers (reportlab, python-docx), readers and extractors."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest import read_document
from corpus.text_tables import space_column_records
from graph.thesaurus import Thesaurus
from tests.extract_helpers import gold_facts


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


def _ids(got: set[tuple[str, str, str]], kind: str) -> set[str]:
    return {s.rsplit("/", 1)[1] for s, p, o in got if p == "rdf:type" and o == kind}


def test_docx_kallelse_as_a_table_of_records(tmp_path: Path, thesaurus: Thesaurus) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Kallelse")
    d.add_paragraph("Tekniska nämnden")
    d.add_paragraph("Tid och plats: Tisdagen den 9 mars 2027 kl. 09.00, kommunhuset")
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Ärende", "Handlingar"
    for paras, docs in ((["1. Val av justerare", "Förslag till beslut: Eva Ek (S) utses att justera."], "–"),
                        (["2. Gatubelysning 2027", "Föredragande: Ola Berg, gatuchef",
                          "Förslag till beslut: Tekniska nämnden godkänner planen."], "Tjänsteskrivelse"),
                        (["3. Information om vinterväghållning", "Föredragande: Ida Sten, driftchef"], "–")):
        row = table.add_row().cells
        row[0].text = paras[0]
        for text in paras[1:]:
            row[0].add_paragraph(text)
        row[1].text = docs
    d.save(str(tmp_path / "k.docx"))
    doc = read_document(tmp_path / "k.docx", {"id": "k"})
    assert (doc.doc_type, doc.date) == ("kallelse", "2027-03-09")   # "Tid och plats" dates the meeting
    got = gold_facts(doc, thesaurus)
    assert _ids(got, "sg:AgendaItem") == {"1", "2", "3"}
    assert _ids(got, "sg:Decision") == {"1-1", "2-1"}
    presenters = {(s.rsplit("/", 1)[1], o) for s, p, o in got if p == "sg:presenter"}
    assert presenters == {("2", "id:person/ola-berg"), ("3", "id:person/ida-sten")}


MAIL = """Från: Kim Ek <kim.ek@exempel.se>
Skickat: den 4 mars 2027 09:12
Till: LG Kultur <lg@exempel.se>
Ämne: Minnesanteckningar ledningsgruppen för kultur 2027-03-03

Hej!

Mötesdatum: onsdag 3 mars 2027
Närvarande: Kim Ek, Sam Lind, Alva Nord

Punkt 1 – Dagordning
→ Beslut: Dagordningen godkändes.

Punkt 2 – Budget 2028 (Föredrogs av Sam Lind)
Ramen för 2028 diskuterades utifrån kommunstyrelsens planeringsdirektiv,
som kom i februari. → Beslut: Ledningsgruppen beslutade att varje enhet
lämnar förslag i april.
Åtgärd: Alva Nord sammanställer förslagen.
"""


def test_minutes_sent_as_an_email(tmp_path: Path, thesaurus: Thesaurus) -> None:
    (tmp_path / "m.txt").write_text(MAIL)
    doc = read_document(tmp_path / "m.txt", {"id": "m"})
    assert (doc.doc_type, doc.date) == ("minnesanteckningar", "2027-03-03")
    assert doc.organ == "Ledningsgrupp för kultur" and not doc.title.startswith("Från")
    got = gold_facts(doc, thesaurus)
    titles = {(s.rsplit("/", 1)[1], o) for s, p, o in got if p == "dcterms:title" and "agenda-item" in s}
    assert titles == {("1", "Dagordning"), ("2", "Budget 2028")}   # the presenter's parentheses are not title
    assert ("id:agenda-item/ledningsgrupp-for-kultur/2027-03-03/2", "sg:presenter", "id:person/sam-lind") in got
    assert _ids(got, "sg:Decision") == {"1-1", "2-1"}   # the arrow inside the line starts the decision


PLAN = """Verksamhetsplan 2028
Miljönämnden
Beslutad av miljönämnden 2027-11-10, § 60

2 Perspektiv: Invånare

2.1 Mål: Luften är ren i hela kommunen

Indikator | Målvärde 2028 | Källa
Antal dygn över gränsvärdet | 0 | Mätstationen

Aktiviteter

• Mäta kvävedioxid vid skolorna

2.2 Mål: Fler väljer att cykla till arbetet

Indikator | Målvärde 2028 | Källa
Andel resor med cykel | 20 % | Resvaneundersökningen
"""


def test_goals_headed_by_the_goal_word_and_a_colon(tmp_path: Path, thesaurus: Thesaurus) -> None:
    (tmp_path / "vp.txt").write_text(PLAN)
    got = gold_facts(read_document(tmp_path / "vp.txt", {"id": "vp"}), thesaurus)
    assert ("id:effect-goal/2028/2", "dcterms:title", "Fler väljer att cykla till arbetet") in got
    assert ("id:effect-goal/2028/1", "sg:partOf", "id:perspective/invanare") in got
    assert ("id:indicator/2028/2/1", "sg:partOf", "id:effect-goal/2028/2") in got


REPORT = """Årsredovisning 2026
Fritidsnämnden
Fastställd av fritidsnämnden 2027-02-20, § 8

3 Uppdrag från kommunfullmäktige

Kommunfullmäktige gav i budget 2026 fritidsnämnden två uppdrag.

   Uppdrag                                  Kommentar (bedömning)

   1. Bygga en ny konstgräsplan i           Planen invigdes i september och
      Norrby                                används av fyra föreningar. (Genomfört)

   2. Utreda en ny simhall för              Utredningen har inte startat.
      kommunens norra del                   (Ej påbörjat)

4 Personal
"""


def test_plain_text_two_column_table_with_the_status_in_parentheses(tmp_path: Path, thesaurus: Thesaurus) -> None:
    assert "1. Bygga en ny konstgräsplan i Norrby | Planen invigdes i september och används av fyra föreningar. " \
           "(Genomfört)" in space_column_records(REPORT)
    (tmp_path / "ar.txt").write_text(REPORT)
    got = gold_facts(read_document(tmp_path / "ar.txt", {"id": "ar"}), thesaurus)
    statuses = {(s.rsplit("/", 1)[1], o) for s, p, o in got if p == "sg:status"}
    assert statuses == {("nr-1", "id:status/genomfort"), ("nr-2", "id:status/ej-paborjat")}


def test_goals_as_group_rows_of_an_indicator_table(tmp_path: Path, thesaurus: Thesaurus) -> None:
    html = """<html><body><h1>Nyckeltal 2027 för omsorgsnämnden</h1><p>Publicerad 2027-09-20</p>
<table><tr><th>Indikator</th><th>Utfall 2026</th><th>Målvärde</th></tr>
<tr><th colspan="3">Mål 1: Äldre får stöd i tid</th></tr>
<tr><td>Väntetid till särskilt boende, dagar</td><td>50</td><td>30</td></tr>
<tr><th colspan="3">Mål 3: Personalen stannar</th></tr>
<tr><td>Personalomsättning</td><td>18 %</td><td>12 %</td></tr>
<tr><td>Sjukfrånvaro</td><td>8 %</td><td>6 %</td></tr>
</table></body></html>"""
    (tmp_path / "n.html").write_text(html)
    doc = read_document(tmp_path / "n.html", {"id": "n"})
    assert doc.organ == "Omsorgsnämnden"
    got = gold_facts(doc, thesaurus)
    parts = {(s, o) for s, p, o in got if p == "sg:partOf" and s.startswith("id:indicator/")}
    assert parts == {("id:indicator/2027/1/1", "id:effect-goal/2027/1"),
                     ("id:indicator/2027/3/1", "id:effect-goal/2027/3"),
                     ("id:indicator/2027/3/2", "id:effect-goal/2027/3")}


def test_pdf_paragraph_line_in_cells_and_bulleted_att_satser(tmp_path: Path, thesaurus: Thesaurus) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    body = getSampleStyleSheet()["BodyText"]
    story: list[object] = [Paragraph("Protokoll", body), Paragraph("Socialnämnden", body),
                           Paragraph("Sammanträdesdatum 2027-04-06", body)]
    for num, dnr, title, background, points in (
            ("§ 12", "SN 2027/4", "Val av justerare", "Nämnden ska utse en justerare att justera protokollet.",
             ["att utse Bo Lind (M) att justera protokollet, samt", "att justeringen sker den 13 april."]),
            ("§ 13", "SN 2027/19", "Riktlinjer för bistånd", "Socialchef Maja Holm föredrar ärendet.",
             ["att anta riktlinjerna."])):
        story.append(Table([[num, dnr, title]], colWidths=[20 * mm, 35 * mm, 110 * mm]))
        story += [Paragraph(background, body), Paragraph("Beslut", body)]
        story += [Paragraph(f"• {pt}", body) for pt in points]
    SimpleDocTemplate(str(tmp_path / "p.pdf"), pagesize=A4).build(story)  # type: ignore[arg-type]
    got = gold_facts(read_document(tmp_path / "p.pdf", {"id": "p"}), thesaurus)
    titles = {(s.rsplit("/", 1)[1], o) for s, p, o in got if p == "dcterms:title" and "agenda-item" in s}
    assert titles == {("12", "Val av justerare"), ("13", "Riktlinjer för bistånd")}   # the case number left out
    # one decision per § (its bulleted att-satser); the background sentence "ska utse … att justera" is none
    assert _ids(got, "sg:Decision") == {"12-1", "13-1"}


JUSTERING = """Protokoll
Kulturnämnden
Sammanträdesdatum: 2027-05-04

Justering: Stadshuset 2027-05-11

§ 3 Val av justerare
Beslut
Kulturnämnden beslutar att utse Ali Berg (S) att justera protokollet, och att justeringen sker i stadshuset
tisdagen den 11 maj 2027.

Protokollet justerades 2027-05-11 och anslogs på anslagstavlan 2027-05-12.
"""


def test_justering_and_notice_dates_are_no_meetings(tmp_path: Path, thesaurus: Thesaurus) -> None:
    (tmp_path / "p.txt").write_text(JUSTERING)
    got = gold_facts(read_document(tmp_path / "p.txt", {"id": "p"}), thesaurus)
    meetings = {s for s, p, o in got if p == "rdf:type" and o == "sg:Meeting"}
    assert meetings == {"id:meeting/kulturnamnden/2027-05-04"}
