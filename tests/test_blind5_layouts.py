"""Layouts of the fifth blind set (tenth batch, heldout_docs/general), each with an invented document of the
same layout (other organs, goals and wordings): an HTML plan with goals as nested lists under "Målområde:"
labels; a DOCX report with an uppdrag table whose statuses are symbols explained by a legend and whose
"Givet av" column names the issuer; a PDF with one key/value table per uppdrag; a key-figure text report; a
DOCX protokoll whose §§ are rows of a two-column table under a page header; intranet minutes as a table
with a decision column. Real writers (reportlab, python-docx), readers and extractors."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest import read_document
from graph.extract.status import legend_key, read_legend
from graph.thesaurus import Thesaurus
from tests.extract_helpers import gold_facts


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


PLAN_HTML = """<html><body><nav><ul><li>Start</li><li>Politik</li></ul></nav>
<h1>Verksamhetsplan 2028 för kultur- och fritidsnämnden</h1>
<dl><dt>Beslutad</dt><dd>2027-11-30 av kultur- och fritidsnämnden, § 77</dd></dl>
<ol>
 <li>Målområde: Ett rikt kulturliv
  <ol><li>Nämndmål 1 Fler barn deltar i kulturskolans kurser
    <ul><li>Indikatorer<ul><li>Andel elever i kulturskolan (målvärde: 35 %)</li></ul></li>
        <li>Aktiviteter<ul><li>Erbjuda avgiftsfria prova-på-kurser</li></ul></li></ul></li>
  </ol></li>
 <li>Målområde: Aktiva invånare
  <ol><li>Nämndmål 2 Idrottshallarna används hela veckan
    <ul><li>Indikatorer<ul><li>Beläggning i idrottshallarna (målvärde: 80 %)</li>
        <li>Antal bokade timmar på helger (målvärde: 900)</li></ul></li></ul></li>
  </ol></li>
</ol>
<p>Läs också <a href="/arsredovisning-2026.pdf">Årsredovisning 2026</a>.</p>
</body></html>"""


def test_html_plan_with_goals_as_nested_lists(tmp_path: Path, thesaurus: Thesaurus) -> None:
    (tmp_path / "vp.html").write_text(PLAN_HTML)
    doc = read_document(tmp_path / "vp.html", {"id": "vp"})
    # the title's year, not the year of a report linked further down; the decision date of the "Beslutad" field
    assert (doc.doc_type, doc.year, doc.date) == ("verksamhetsplan", 2028, "2027-11-30")
    assert doc.organ == "Kultur- och fritidsnämnden"
    got = gold_facts(doc, thesaurus)
    assert ("id:effect-goal/2028/2", "dcterms:title", "Idrottshallarna används hela veckan") in got
    parts = sorted((s, o) for s, p, o in got if p == "sg:partOf")
    assert ("id:indicator/2028/2/2", "id:effect-goal/2028/2") in parts
    assert ("id:effect-goal/2028/1", "id:perspective/ett-rikt-kulturliv") in parts
    assert ("id:effect-goal/2028/2", "id:perspective/aktiva-invanare") in parts
    acts = {o for s, p, o in got if p == "sg:contributesTo" and s.startswith("id:activity/")}
    assert acts == {"id:effect-goal/2028/1"}


def test_symbol_legend_and_issuer_column(tmp_path: Path, thesaurus: Thesaurus) -> None:
    from tests.heldout_docs.make_formats import write_docx

    src = """#title Delårsrapport per april 2027
Miljönämnden
Fastställd av miljönämnden 2027-05-20, § 30

## 2 Uppdrag
Teckenförklaring: ■ Klart = uppdraget är slutfört. □ Ej startat = arbetet har inte startat. ▲ Pågår = pågår.

| Uppdrag | Givet av | Status
| KF 2027:4 Inventera förorenade områden | Kommunfullmäktige | ■ Klart
| Uppdrag 2: Ta fram en bullerkarta | Kommunstyrelsen | □ Ej startat
| Uppdrag 3: Utöka tillsynen av små avlopp | Kommunstyrelsen | ▲ Pågår

## 3 Mål
Mål 1 – Luften i tätorten är ren och frisk
| Indikator | Utfall | Målvärde
| Antal dygn med för höga halter | 3 | 0
Mål 2 – Tillsynen sker i rätt tid och med god kvalitet
Bedömning: Målet uppnås delvis.
"""
    doc = read_document(write_docx(src, tmp_path / "d.docx"), {"id": "d"})
    assert doc.doc_type == "aterrapportering"   # "Delårsrapport" titles it; it reports on uppdrag
    got = gold_facts(doc, thesaurus)
    issuers = {(s.rsplit("/", 1)[1], o) for s, p, o in got if p == "sg:issuedBy"}
    assert issuers == {("nr-4", "id:organ/kommunfullmaktige"), ("nr-2", "id:organ/kommunstyrelsen"),
                       ("nr-3", "id:organ/kommunstyrelsen")}
    statuses = {(s.rsplit("/", 1)[1], o) for s, p, o in got if p == "sg:status"}
    assert statuses == {("nr-4", "id:status/genomfort"), ("nr-2", "id:status/ej-paborjat"),
                        ("nr-3", "id:status/pagar")}
    titles = {o for s, p, o in got if p == "dcterms:title" and s.startswith("id:effect-goal/")}
    assert titles == {"Luften i tätorten är ren och frisk", "Tillsynen sker i rätt tid och med god kvalitet"}


def test_legend_keyed_by_symbols_runs_on_in_one_paragraph() -> None:
    legend = read_legend("● Klar = uppdraget är slutfört. ○ Ej påbörjad = arbetet har inte startat.")
    assert legend == {"●": "uppdraget är slutfört", "○": "arbetet har inte startat"}
    key = legend_key("○ Ej påbörjad", legend)
    assert key is not None and key["k"] == "○"
    assert legend_key("Grön", legend) is None


def test_pdf_with_one_key_value_table_per_uppdrag(tmp_path: Path, thesaurus: Thesaurus) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = getSampleStyleSheet()["BodyText"]
    story: list[object] = [Paragraph("Uppföljning av regionfullmäktiges uppdrag 2026", body),
                           Paragraph("Hälsonämnden", body), Paragraph("Datum: 2026-10-30", body),
                           Paragraph("Regionfullmäktige gav hälsonämnden två uppdrag.", body)]
    for nr, text, status in (("3", "Öppna en hälsocentral i Norrvik", "Genomfört"),
                             ("8", "Korta väntetiden till fysioterapi", "Delvis genomfört")):
        t = Table([[Paragraph(k, body), Paragraph(v, body)] for k, v in
                   (("Uppdrag nr", nr), ("Uppdrag", text), ("Ansvarig", "Primärvården"), ("Status", status),
                    ("Kommentar", "Arbetet följs upp i årsredovisningen."))], colWidths=[35 * mm, 120 * mm])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black)]))
        story += [t, Spacer(1, 12)]
    SimpleDocTemplate(str(tmp_path / "u.pdf"), pagesize=A4).build(story)  # type: ignore[arg-type]
    got = gold_facts(read_document(tmp_path / "u.pdf", {"id": "u"}), thesaurus)
    statuses = {(s.rsplit("/", 1)[1], o) for s, p, o in got if p == "sg:status"}
    assert statuses == {("nr-3", "id:status/genomfort"), ("nr-8", "id:status/delvis-genomfort")}


KEY_FIGURES = """NYCKELTAL 2026
Äldreomsorgen

Rapportdatum: 2027-02-02

Målområde 1: Äldre får den hjälp de behöver

Andel brukare som är nöjda med hemtjänsten (målvärde 2026: 90 %): 88 %
- Väntetid till särskilt boende, dagar: 52 → 44 (mål högst 40)

Kommentar: Väntetiden har kortats sedan två nya boenden öppnade.

Målområde 2: Medarbetarna stannar

- Personalomsättning: 19 % → 16 % (mål högst 15 %)
"""


def test_key_figure_report_with_targets_in_parentheses(tmp_path: Path, thesaurus: Thesaurus) -> None:
    (tmp_path / "n.txt").write_text(KEY_FIGURES)
    doc = read_document(tmp_path / "n.txt", {"id": "n"})
    got = gold_facts(doc, thesaurus)
    parts = sorted((s, o) for s, p, o in got if p == "sg:partOf" and s.startswith("id:indicator/"))
    assert parts == [("id:indicator/2026/1/1", "id:effect-goal/2026/1"),
                     ("id:indicator/2026/1/2", "id:effect-goal/2026/1"),
                     ("id:indicator/2026/2/1", "id:effect-goal/2026/2")]   # never the "Kommentar:" line


def test_docx_protokoll_as_a_table_of_paragraphs(tmp_path: Path, thesaurus: Thesaurus) -> None:
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "NORRBY KOMMUN\tSAMMANTRÄDESPROTOKOLL"
    d.add_paragraph("Byggnadsnämnden")
    d.add_paragraph("Sammanträdesdatum: 2027-03-09")
    table = d.add_table(rows=0, cols=2)
    for num, paras in (("§ 5", ["Val av justerare", "Beslut", "Byggnadsnämnden utser Ada Lind (S) att justera."]),
                       ("§ 6", ["Bygglov för förskola", "Dnr BN 2027/3", "Bygglovschef Per Ek redogör för ärendet.",
                                "Beslut", "Byggnadsnämnden beslutar att bevilja bygglov."])):
        row = table.add_row().cells
        row[0].text = num
        row[1].text = paras[0]
        for text in paras[1:]:
            row[1].add_paragraph(text)
    d.save(str(tmp_path / "p.docx"))
    doc = read_document(tmp_path / "p.docx", {"id": "p"})
    assert doc.doc_type == "minnesanteckningar"   # "SAMMANTRÄDESPROTOKOLL" stands in the page header
    got = gold_facts(doc, thesaurus)
    titles = {(s.rsplit("/", 1)[1], o) for s, p, o in got if p == "dcterms:title" and "agenda-item" in s}
    assert titles == {("5", "Val av justerare"), ("6", "Bygglov för förskola")}
    decided = {s.rsplit("/", 1)[1] for s, p, o in got if p == "rdf:type" and o == "sg:Decision"}
    assert decided == {"5-1", "6-1"}
    assert ("id:agenda-item/byggnadsnamnden/2027-03-09/6", "sg:presenter", "id:person/per-ek") in got


MINUTES_HTML = """<html><body><h1>Minnesanteckningar – Ledningsgruppen för skolan</h1>
<dl><dt>Datum</dt><dd>Måndag 8 mars 2027</dd><dt>Plats</dt><dd>Rådhuset</dd></dl>
<table><tr><th>Punkt</th><th>Ämne</th><th>Beslut/åtgärd</th><th>Ansvarig</th></tr>
<tr><td>1</td><td>Dagordning</td><td>Dagordningen godkändes.</td><td>–</td></tr>
<tr><td>2</td><td><strong>Skolval 2028</strong><p>Utredare Eva Sand presenterade tidplanen.</p></td>
<td>Rektorerna tar fram underlag till nästa möte.</td><td>Eva Sand</td></tr>
<tr><td>3</td><td>Lokaler</td><td>Ledningsgruppen beslutade att hyra paviljonger.</td><td>–</td></tr>
</table><p>Vid minnesanteckningarna: Pia Ek</p></body></html>"""


def test_minutes_as_a_table_with_a_decision_column(tmp_path: Path, thesaurus: Thesaurus) -> None:
    (tmp_path / "m.html").write_text(MINUTES_HTML)
    doc = read_document(tmp_path / "m.html", {"id": "m"})
    assert (doc.doc_type, doc.date) == ("minnesanteckningar", "2027-03-08")   # "Datum" alone over its value
    got = gold_facts(doc, thesaurus)
    titles = {(s.rsplit("/", 1)[1], o) for s, p, o in got if p == "dcterms:title" and "agenda-item" in s}
    assert titles == {("1", "Dagordning"), ("2", "Skolval 2028"), ("3", "Lokaler")}
    decided = {s.rsplit("/", 1)[1] for s, p, o in got if p == "rdf:type" and o == "sg:Decision"}
    assert decided == {"1-1", "3-1"}   # an action in the column ("tar fram underlag") decides nothing
