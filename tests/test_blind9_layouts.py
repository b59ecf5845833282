# ruff: noqa: E501  (lines of the invented documents' own text)
"""Layouts of the ninth blind set (heldout_docs/general, gold-blind9a/b.jsonl; scored blind at P 0.483 R 0.226),
each with an invented document of the same layout: a protokollsutdrag titled "Utdrag ur X:s protokoll" with a
propositionsordning; minutes e-mailed as HTML (a header table, a "Punkt | Anteckning" table whose cells end in
"Beslut/åtgärd:"); a kungörelse with a "Dag och tid" line and "kommande sammanträden"; a plan whose goals are
"Strategiskt mål N" with "Nämndens åtaganden" and "Så här mäter vi" under "Fokusområde:" chapters; a report
whose uppdrag are one-row Word tables ("KF-uppdrag 5"); a report page with accordion goals and dated status
columns; a PDF follow-up set in two text columns. Real files (reportlab, python-docx, HTML, text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest import read_document
from graph.thesaurus import Thesaurus
from tests.extract_helpers import by_predicate, gold_facts


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


def _ids(got: set[tuple[str, str, str]], cls: str) -> set[str]:
    return {s.rsplit("/", 1)[1] for s, p, o in got if p == "rdf:type" and o == cls}


EXTRACT = """Utdrag ur byggnadsnämndens protokoll

Sammanträdesdatum: 2027-03-09

§ 14 Dnr BN 2027/3

Detaljplan för kv. Eken

Yrkanden: Anna Ek (V) yrkar avslag. Ordföranden yrkar bifall.

Propositionsordning: Ordföranden ställer proposition på yrkandena och finner att nämnden beslutar enligt ordförandens yrkande.

Beslut

Byggnadsnämnden beslutar att anta detaljplanen.
"""


def test_protokollsutdrag_names_its_organ_and_the_procedure_is_no_decision(tmp_path: Path,
                                                                           thesaurus: Thesaurus) -> None:
    path = tmp_path / "u.txt"
    path.write_text(EXTRACT, "utf-8")
    doc = read_document(path, {"id": "u"})
    assert doc.organ == "Byggnadsnämnden"
    assert _ids(gold_facts(doc, thesaurus), "sg:Decision") == {"14-1"}   # not "… finner att nämnden beslutar …"


MAIL = """<html><body><table>
<tr><td>Från:</td><td>Eva Lind &lt;eva.lind@example.se&gt;</td></tr>
<tr><td>Skickat:</td><td>den 3 mars 2027 09:12</td></tr>
<tr><td>Ämne:</td><td>Minnesanteckningar ledningsgruppen för äldreomsorg 1 mars</td></tr></table>
<p>Hej! Här kommer anteckningarna.</p>
<p>Minnesanteckningar – Ledningsgruppen för äldreomsorg</p>
<p>Datum: måndag 1 mars 2027</p>
<table><tr><th>Punkt</th><th>Anteckning</th></tr>
<tr><td>1. Dagordning</td><td>Ordföranden öppnade mötet. <b>Beslut/åtgärd:</b> Dagordningen godkändes.</td></tr>
<tr><td>2. Bemanning i sommar</td><td>Läget redovisades. <b>Beslut/åtgärd:</b> Inget beslut.</td></tr>
<tr><td>3. Rutin för larm</td><td>Förslaget gicks igenom. <b>Beslut/åtgärd:</b> Eva Lind skickar ut rutinen.</td></tr>
<tr><td>4. Budget 2028</td><td>Förslaget presenterades. <b>Beslut/åtgärd:</b> Gruppen beslutade att godkänna budgeten.</td></tr>
</table></body></html>"""


def test_mailed_minutes_with_a_point_table(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "m.html"
    path.write_text(MAIL, "utf-8")
    doc = read_document(path, {"id": "m"})
    assert (doc.organ, doc.date) == ("Ledningsgrupp för äldreomsorg", "2027-03-01")   # "Ämne: |" a table row
    got = gold_facts(doc, thesaurus)
    assert by_predicate(got, "dcterms:title")["agenda-item/ledningsgrupp-for-aldreomsorg/2027-03-01/4"] == {"Budget 2028"}
    # "Inget beslut." and a task given to a person under "Beslut/åtgärd:" record no decision
    assert _ids(got, "sg:Decision") == {"1-1", "4-1"}


KUNGORELSE = """Kommunfullmäktige sammanträder

Dag och tid  Måndagen den 14 juni 2027 kl. 18.00
Plats  Folkets hus

Ärende 1
Val av justerare

Ärende 2 Dnr KS 2027/4
Årsredovisning 2026
Kommunstyrelsens förslag: Kommunfullmäktige godkänner årsredovisningen.

Fullmäktiges kommande sammanträden: måndagen den 20 september och måndagen den 15 november 2027.

Ekby den 2 juni 2027
"""


def test_kungorelse_day_and_time_and_coming_meetings(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "k.txt"
    path.write_text(KUNGORELSE, "utf-8")
    doc = read_document(path, {"id": "k"})
    assert (doc.doc_type, doc.date) == ("kallelse", "2027-06-14")   # "Dag och tid", not the signing date
    got = gold_facts(doc, thesaurus)
    planned = {s.rsplit("/", 1)[1] for s, p, o in got if p == "sg:planned"}
    assert planned == {"2027-09-20", "2027-11-15"}   # "kommande sammanträden": this year, not the last


PLAN = """Verksamhetsplan 2027

Kulturnämnden

3.1 Fokusområde: Kultur för alla

Strategiskt mål 1
Fler invånare tar del av kulturlivet

Nämndens åtaganden

• Öppna biblioteken på söndagar
• Ordna kulturkvällar i alla kommundelar

Så här mäter vi

– Antal besök på biblioteken per invånare (mål 2027: 5)
– Andel invånare som besökt ett kulturarrangemang (mål 2027: 60 %)

3.2 Fokusområde: Hållbar organisation

Strategiskt mål 2
Medarbetarna trivs

Så här mäter vi

– Sjukfrånvaro (mål 2027: högst 5 %)
"""


def test_plan_list_labels_are_vocabulary(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "v.txt"
    path.write_text(PLAN, "utf-8")
    got = gold_facts(read_document(path, {"id": "v"}), thesaurus)
    parts = by_predicate(got, "sg:partOf")
    assert parts["effect-goal/2027/1"] == {"id:perspective/kultur-for-alla"}   # "Fokusområde:" a perspective
    assert sorted(k for k in parts if k.startswith("indicator/")) == [
        "indicator/2027/1/1", "indicator/2027/1/2", "indicator/2027/2/1"]        # under "Så här mäter vi"
    acts = {o for s, p, o in got if p == "skos:prefLabel" and "activity/" in s}
    assert acts == {"Öppna biblioteken på söndagar", "Ordna kulturkvällar i alla kommundelar"}


def _one_row_tables(out: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("Återrapportering av uppdrag 2027", style="Title")
    d.add_paragraph("Servicenämnden")
    d.add_paragraph("2 Uppdrag från kommunfullmäktige", style="Heading 1")
    for code, n, text, status in [("KF", 3, "Utreda en gemensam kundtjänst.", "Pågår"),
                                  ("KF", 7, "Införa e-handel i alla förvaltningar.", "Genomfört"),
                                  ("KS", 2, "Se över städavtalen.", "Ej påbörjat")]:
        t = d.add_table(rows=2, cols=3)
        for cell, name in zip(t.rows[0].cells, ["Uppdrag", "Ansvarig", "Status"], strict=True):
            cell.text = name
        t.rows[1].cells[0].text = f"{code}-uppdrag {n} {text}"
        t.rows[1].cells[1].text = "Servicechef Per Ek"
        t.rows[1].cells[2].text = status
        d.add_paragraph("Kommentar: Arbetet följer planen.")
    d.save(str(out))
    return out


def test_one_row_uppdrag_tables_with_joined_codes(tmp_path: Path, thesaurus: Thesaurus) -> None:
    got = gold_facts(read_document(_one_row_tables(tmp_path / "r.docx"), {"id": "r"}), thesaurus)
    issuers = {k.rsplit("/", 1)[1]: v for k, v in by_predicate(got, "sg:issuedBy").items()}
    assert issuers == {"nr-3": {"id:organ/kommunfullmaktige"}, "nr-7": {"id:organ/kommunfullmaktige"},
                       "nr-2": {"id:organ/kommunstyrelsen"}}   # "KF-uppdrag 3", "KS-uppdrag 2"
    status = {s.rsplit("/", 1)[1]: o for s, p, o in got if p == "sg:status"}
    assert status == {"nr-3": "id:status/pagar", "nr-7": "id:status/genomfort", "nr-2": "id:status/ej-paborjat"}


ACCORDION = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">
<title>Verksamhetsberättelse 2026 – Kulturnämnden</title></head><body><main>
<h1>Verksamhetsberättelse 2026 – Kulturnämnden</h1>
<h3>Målområde Kultur för alla</h3>
<details><summary><span>Mål 1</span> <span>Fler besöker biblioteken</span> <span>Uppfyllt</span></summary>
<p>Besöken ökade under året.</p><h4>Indikatorer</h4>
<ol><li>Antal besök per invånare – utfall 2026: 5,2 (målvärde 5)</li></ol>
<h4>Aktiviteter under året</h4><ul><li>Öppna biblioteken på söndagar</li></ul></details>
<h2>Uppdrag</h2>
<table><tr><th>Nr</th><th>Uppdrag</th><th>Beslutad</th><th>Status 2026-08</th><th>Status 2026-12</th></tr>
<tr><td>1</td><td>Utreda ett nytt kulturhus</td><td>KF 2025-11-20, § 101</td><td>Pågår</td><td>Genomfört</td></tr>
<tr><td>2</td><td>Se över avgifterna</td><td>KS 2026-02-03, § 12</td><td>Ej påbörjat</td><td>Pågår</td></tr>
</table></main></body></html>"""


def test_accordion_goals_and_dated_status_columns(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "a.html"
    path.write_text(ACCORDION, "utf-8")
    got = gold_facts(read_document(path, {"id": "a"}), thesaurus)
    assert by_predicate(got, "dcterms:title")["effect-goal/2026/1"] == {"Fler besöker biblioteken"}   # no badge in it
    assert by_predicate(got, "sg:partOf")["effect-goal/2026/1"] == {"id:perspective/kultur-for-alla"}
    assert "indicator/2026/1/1" in by_predicate(got, "sg:partOf")
    status = {s.rsplit("/", 1)[1]: o for s, p, o in got if p == "sg:status"}
    assert status == {"nr-1": "id:status/genomfort", "nr-2": "id:status/pagar"}   # the latest column
    issuers = {k.rsplit("/", 1)[1]: v for k, v in by_predicate(got, "sg:issuedBy").items()}
    assert issuers == {"nr-1": {"id:organ/kommunfullmaktige"}, "nr-2": {"id:organ/kommunstyrelsen"}}


def _two_columns(out: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    st = getSampleStyleSheet()["BodyText"]
    w, h = A4
    frames = [Frame(40, 60, w - 80, 80, id="top"),
              Frame(40, 150, (w - 100) / 2, h - 220, id="left"),
              Frame(60 + (w - 100) / 2, 150, (w - 100) / 2, h - 220, id="right")]
    doc = BaseDocTemplate(str(out), pagesize=A4, pageTemplates=[PageTemplate(frames=frames)])

    def goal(n: int, title: str, analysis: str, acts: list[str]) -> list[object]:
        return [Paragraph(f"Mål {n}", st), Paragraph(f"<b>{title}</b>", st), Paragraph("Bedömning: Uppfyllt", st),
                Paragraph(analysis, st), Paragraph("Aktiviteter 2027", st),
                *[Paragraph(f"• {a}", st) for a in acts]]

    text = ("Analys. Arbetet har gått enligt plan under året och de flesta insatser är genomförda, men "
            "några av dem har skjutits upp till nästa år eftersom personalen inte räckte till.")
    doc.build([Paragraph("Måluppföljning 2027 för kulturnämnden", st), FrameBreak(),
               *goal(1, "Fler barn deltar i kulturskolan", text,
                     ["Erbjuda avgiftsfria kurser på loven", "Starta en filial i Norrby"]),
               FrameBreak(),
               *goal(2, "Biblioteken når nya läsare", text,
                     ["Införa meröppna bibliotek i tre orter", "Ordna läsecirklar för nyanlända"])])
    return out


def test_two_text_columns_are_read_column_by_column(tmp_path: Path) -> None:
    doc = read_document(_two_columns(tmp_path / "c.pdf"), {"id": "c"})
    left, right = doc.text.find("Starta en filial i Norrby"), doc.text.find("Biblioteken når nya läsare")
    assert 0 <= left < right   # the left column's goal ends before the right column's starts
    assert "Fler barn deltar i kulturskolan Biblioteken" not in doc.text
