# ruff: noqa: E501  (lines of the invented documents' own text)
"""Layouts of the twelfth blind set (heldout_docs/blind12; scored blind at P 0.905 R 0.500), each with an
invented document of the same layout: a fullmäktige protokoll whose items are rows "2 § | Title | Dnr …" (the
title cell wrapping onto a row of its own), adjourned overnight and resumed (one meeting, not two), a presenter
"Föredras av regionråd …" inside a paragraph; a protokollsutdrag (minutes, by its own word); a holder cell naming
several nämnder; status wordings "löper enligt plan", "genomförs inte"; a key-figure report whose goals are an
outline "1 Title" over "1.1 Andel … 86 % 88 % …" under capitalised "FOKUSOMRÅDE: …" bands, its table header
repeated after a page break; an HTML plan with lettered areas "Målområde A", "Nämndmål 1" goals, "Bidrar till
KF-mål 1" links, an "Indikatorer" table and a "Det här gör vi 2026" activity list."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest import read_document
from graph.build import build_document_graph
from graph.extract.assignment_reports import holder_names
from graph.extract.status import classify
from graph.thesaurus import Thesaurus
from tests.extract_helpers import agenda_items, by_predicate, decisions, gold_facts, presenters


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


PROTOKOLL = """Protokoll

Regionfullmäktige

Tid | | Måndag 9 november 2026 kl. 09.30–16.00
| | Tisdag 10 november 2026 kl. 09.00–12.10
Plats | | Länshuset, stora salen, Norrvik
Ajournering | | Sammanträdet ajournerades måndag kl. 16.00 efter 3 § och återupptogs tisdag kl. 09.00
Justerare | | Sven Dahl (L) och Mirja Koski (S)
Paragrafer | | 1 §–4 §

1 § | Sammanträdets öppnande
Ordföranden Britt Sund (C) förklarar sammanträdet öppnat.
2 § | Delårsrapport augusti för Region Norrvik | Dnr RS 2026/212
| 2026
Regionens delårsrapport visar ett resultat i nivå med budget.
Föredras av regionråd Henrik Alm (KD).

Regionfullmäktiges beslut

Regionfullmäktige godkänner delårsrapporten per augusti 2026.
3 § | Motion om fler vårdplatser i Norrvik | Dnr RS 2026/090
Motionen föreslår att antalet vårdplatser ska utökas.

Regionfullmäktiges beslut

Regionfullmäktige avslår motionen.

Sammanträdet ajourneras kl. 16.00 och återupptas tisdag den 10 november kl. 09.00.
4 § | Val av ersättare i patientnämnden
Valberedningen föreslår att Ida Ek (M) väljs till ersättare.

Regionfullmäktiges beslut

Regionfullmäktige väljer Ida Ek (M) till ersättare i patientnämnden.
"""


def test_paragraph_rows_with_a_wrapped_title_cell_and_an_adjourned_meeting(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "p.txt"
    path.write_text(PROTOKOLL, "utf-8")
    doc = read_document(path, {"id": "p"})
    assert (doc.doc_type, doc.organ, doc.date) == ("minnesanteckningar", "Regionfullmäktige", "2026-11-09")
    g = build_document_graph(doc, thesaurus)
    # "| 2026" under the row goes on in the title cell; the case number is no part of the title
    assert agenda_items(g) == {"1": "Sammanträdets öppnande", "2": "Delårsrapport augusti för Region Norrvik 2026",
                               "3": "Motion om fler vårdplatser i Norrvik", "4": "Val av ersättare i patientnämnden"}
    got = gold_facts(doc, thesaurus)
    # adjourned and resumed the next morning: one meeting, every item in it
    assert set(by_predicate(got, "sg:heldBy")) == {"meeting/regionfullmaktige/2026-11-09"}
    assert decisions(g)["3-1"] == "Regionfullmäktige avslår motionen."
    assert decisions(g)["4-1"].endswith("till ersättare i patientnämnden.")
    # "Föredras av regionråd Henrik Alm (KD)." also when a plain-text reader runs it on after the sentence above
    joined = tmp_path / "j.txt"
    joined.write_text(PROTOKOLL.replace("budget.\nFöredras", "budget. Föredras"), "utf-8")
    for p in (path, joined):
        assert presenters(build_document_graph(read_document(p, {"id": "p"}), thesaurus)) == {("2", "henrik-alm")}


def test_a_protokollsutdrag_is_minutes(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "u.txt"
    path.write_text("Protokollsutdrag\n\nKulturnämnden\nSammanträdesdatum 2026-05-12\n\n"
                    "§ 34 Bidrag till studieförbunden 2027\n\nFörvaltningen har berett ansökningarna.\n\n"
                    "Beslut\nKulturnämnden beslutar att fördela bidraget enligt förvaltningens förslag.\n\n"
                    "Utdragsbestyrkande\n", "utf-8")
    doc = read_document(path, {"id": "u"})
    assert (doc.doc_type, doc.organ, doc.date) == ("minnesanteckningar", "Kulturnämnden", "2026-05-12")
    g = build_document_graph(doc, thesaurus)
    assert agenda_items(g) == {"34": "Bidrag till studieförbunden 2027"}
    assert decisions(g) == {"34-1": "Kulturnämnden beslutar att fördela bidraget enligt förvaltningens förslag."}


@pytest.mark.parametrize(("cell", "names"), [
    ("Kommunstyrelsen, tekniska nämnden", ["Kommunstyrelsen", "tekniska nämnden"]),
    ("Kultur- och fritidsnämnden; Socialnämnden", ["Kultur- och fritidsnämnden", "Socialnämnden"]),
    ("Miljö- och byggnämnden och kommunstyrelsen", ["Miljö- och byggnämnden", "kommunstyrelsen"]),
])
def test_a_holder_cell_naming_several_boards(cell: str, names: list[str]) -> None:
    assert holder_names(cell) == names


@pytest.mark.parametrize(("sentence", "status"), [
    ("Arbetet löper enligt plan.", "pagar"),
    ("Uppdraget går enligt tidplan.", "pagar"),
    ("Uppdraget genomförs inte under mandatperioden.", "kommer-inte-att-slutforas"),
])
def test_status_wordings_of_the_twelfth_set(sentence: str, status: str) -> None:
    assert classify(sentence)[:1] == [status]


NYCKELTAL = """LINDÅS KOMMUN                                       Nyckeltalsrapport 2026                          Omsorgsnämnden


Nyckeltalsrapport 2026
Omsorgsnämnden

Rapporten redovisar utfallet för nämndens mål och nyckeltal jämfört med föregående år och målvärdet.

Nr      Mål och nyckeltal                                        Utfall        Utfall         Mål    Bedömning
                                                                   2025          2026        2026    2026

FOKUSOMRÅDE: GOD OCH SÄKER VÅRD

1       Brukarna får vård av samma medarbetare över tid
  1.1   Antal olika medarbetare per brukare under 14 dagar          15            13        ≤ 12    Delvis uppnått
  1.2   Andel brukare som är nöjda med bemötandet                  91 %          93 %      ≥ 90 %    Uppnått

2       Fler äldre kan bo kvar hemma med rätt stöd
  2.1   Andel invånare 85 år och äldre som bor i ordinärt          84 %          86 %      ≥ 85 %    Uppnått
        boende

Behandlad i omsorgsnämnden 2027-02-10, § 7                                                                 Sida 1/2
\f
LINDÅS KOMMUN                                       Nyckeltalsrapport 2026                          Omsorgsnämnden

Nr      Mål och nyckeltal                                        Utfall        Utfall         Mål    Bedömning
                                                                   2025          2026        2026    2026

  2.2   Väntetid i dagar till beslut om särskilt boende             48            41        ≤ 40    Delvis uppnått

FOKUSOMRÅDE: HÅLLBAR ORGANISATION

3       Medarbetarna vill arbeta kvar i nämndens verksamheter
  3.1   Personalomsättning                                         13 %          11 %      ≤ 10 %    Delvis uppnått

Behandlad i omsorgsnämnden 2027-02-10, § 7                                                                 Sida 2/2
"""


def test_a_key_figure_outline_under_capitalised_bands(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "n.txt"
    path.write_text(NYCKELTAL, "utf-8")
    doc = read_document(path, {"id": "n"})
    # the year reported on comes from "Nyckeltalsrapport 2026", not the date it was dealt with
    assert (doc.year, doc.date, doc.organ) == (2026, "2027-02-10", "Omsorgsnämnden")
    got = gold_facts(doc, thesaurus)
    goals = by_predicate(got, "sg:number")
    assert {k: v for k, v in goals.items() if k.startswith("effect-goal/")} == {
        "effect-goal/2026/1": {"1"}, "effect-goal/2026/2": {"2"}, "effect-goal/2026/3": {"3"}}
    # each goal's indicators, also the one after the page break and the repeated header
    indicators = by_predicate(got, "sg:partOf")
    assert {k: v for k, v in indicators.items() if k.startswith("indicator/")} == {
        "indicator/2026/1/1": {"id:effect-goal/2026/1"}, "indicator/2026/1/2": {"id:effect-goal/2026/1"},
        "indicator/2026/2/1": {"id:effect-goal/2026/2"}, "indicator/2026/2/2": {"id:effect-goal/2026/2"},
        "indicator/2026/3/1": {"id:effect-goal/2026/3"}}
    # the band above a goal is its perspective, named in ordinary case
    areas = {k: v for k, v in by_predicate(got, "sg:partOf").items() if k.startswith("effect-goal/")}
    assert areas == {"effect-goal/2026/1": {"id:perspective/god-och-saker-vard"},
                     "effect-goal/2026/2": {"id:perspective/god-och-saker-vard"},
                     "effect-goal/2026/3": {"id:perspective/hallbar-organisation"}}
    g = build_document_graph(doc, thesaurus)
    texts = {str(o) for s, o in g.subject_objects(predicate=None) if "indicator/2026/2/1" in str(s) and "Andel" in str(o)}
    assert "Andel invånare 85 år och äldre som bor i ordinärt" in texts   # the name ends where its values start


PLAN = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Verksamhetsplan 2026</title></head><body>
<h1>Verksamhetsplan 2026 för fritidsnämnden</h1>
<p>Fastställd av fritidsnämnden 2025-12-03.</p>
<h2>Målområde A Aktiv fritid för alla</h2>
<h3>Nämndmål 1: Fler unga deltar i föreningslivet</h3>
<p>Bidrar till KF-mål 2</p>
<h4>Indikatorer</h4>
<table><tr><th>Indikator</th><th>Utfall 2024</th><th>Målvärde 2026</th></tr>
<tr><td>Andel unga 13–16 år som är med i en förening</td><td>54 %</td><td>60 %</td></tr>
<tr><td>Antal deltagartillfällen per invånare 7–20 år</td><td>11</td><td>13</td></tr></table>
<h4>Det här gör vi 2026</h4>
<ul><li>Erbjuda prova-på-dagar i alla kommundelar.</li><li>Utveckla stödet till föreningar med unga ledare.</li></ul>
<h2>Målområde B Trygga mötesplatser</h2>
<h3>Nämndmål 2: Fritidsgårdarna upplevs som trygga</h3>
<p>Bidrar till KF-mål 4</p>
<h4>Indikatorer</h4>
<table><tr><th>Indikator</th><th>Utfall 2024</th><th>Målvärde 2026</th></tr>
<tr><td>Andel besökare som känner sig trygga på fritidsgården</td><td>82 %</td><td>90 %</td></tr></table>
<h4>Det här gör vi 2026</h4>
<ul><li>Införa gemensamma trygghetsvandringar med polisen.</li></ul>
</body></html>"""


def test_an_html_plan_with_lettered_areas_goal_links_and_indicator_tables(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "vp.html"
    path.write_text(PLAN, "utf-8")
    doc = read_document(path, {"id": "vp"})
    assert (doc.doc_type, doc.year) == ("verksamhetsplan", 2026)
    got = gold_facts(doc, thesaurus)
    titles = {k: v for k, v in by_predicate(got, "dcterms:title").items() if k.startswith("effect-goal/")}
    # "Bidrar till KF-mål 2" links the goal to another level's goal: no goal of its own
    assert titles == {"effect-goal/2026/1": {"Fler unga deltar i föreningslivet"},
                      "effect-goal/2026/2": {"Fritidsgårdarna upplevs som trygga"}}
    parts = by_predicate(got, "sg:partOf")
    assert parts["effect-goal/2026/1"] == {"id:perspective/aktiv-fritid-for-alla"}   # the letter is no part of the name
    assert {k for k, v in parts.items() if k.startswith("indicator/")} == {
        "indicator/2026/1/1", "indicator/2026/1/2", "indicator/2026/2/1"}
    activities = [k for k, v in by_predicate(got, "rdf:type").items() if "sg:Activity" in v]
    assert len(activities) == 3


def test_a_numbered_rows_commission_sentence_and_a_closed_status_with_its_comment(tmp_path: Path, thesaurus: Thesaurus) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Delårsrapport 2026", style="Title")
    d.add_paragraph("Fritidsnämnden, uppföljning av uppdrag från regionfullmäktige")
    t = d.add_table(rows=1, cols=5)
    for cell, text in zip(t.rows[0].cells, ["Nr", "Uppdrag", "Givet av", "Status", "Kommentar"], strict=True):
        cell.text = text
    rows = [("RF 4", "Ta fram en plan för fler spontanidrottsplatser.", "Genomfört", "Planen antogs i maj."),
            ("RF 6", "Fritidsnämnden och tekniska nämnden får i uppdrag att samordna skötseln av spåren.",
             "Vilande", "Arbetet är pausat i väntan på ny organisation."),
            ("RF 7", "Utreda ett gemensamt bokningssystem för idrottshallarna.", "Avslutat",
             "Regionstyrelsen beslutade 2026-05-12 att uppdraget avslutas utan att genomföras.")]
    for nr, title, status, comment in rows:
        for cell, text in zip(t.add_row().cells, [nr, title, "Regionfullmäktige", status, comment], strict=True):
            cell.text = text
    d.save(str(tmp_path / "d.docx"))
    got = gold_facts(read_document(tmp_path / "d.docx", {"id": "d"}), thesaurus)
    kinds = {s.removeprefix("id:") for s, p, o in got if p == "rdf:type" and o == "sg:Assignment"}
    # the row's number, not an unnumbered uppdrag of its own for the "får i uppdrag" sentence in its cell
    assert kinds == {"assignment/2026/nr-4", "assignment/2026/nr-6", "assignment/2026/nr-7"}
    # the boards the cell's sentence names hold that uppdrag; the others are the report's own organ's
    holders = by_predicate(got, "sg:assignedTo")
    assert holders["assignment/2026/nr-6"] == {"id:organ/fritidsnamnden", "id:organ/tekniska-namnden"}
    assert holders["assignment/2026/nr-4"] == {"id:organ/fritidsnamnden"}
    # "Avslutat" beside a comment saying it ends without being carried out is no genomfört
    statuses = {k.rsplit("/", 1)[1]: v for k, v in by_predicate(got, "sg:status").items()}
    assert statuses == {"nr-4": {"id:status/genomfort"}, "nr-6": {"id:status/pausat"},
                        "nr-7": {"id:status/kommer-inte-att-slutforas"}}


def test_presenters_with_an_abbreviated_role_or_a_company_in_apposition(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "m.txt"
    path.write_text("Minnesanteckningar\nArbetsgrupp för trygg hemgång\nDatum: 2026-10-06\n\n"
                    "1. Läkemedelsgenomgångar\nJonas Berg, MAS, informerade om resultatet av granskningen.\n\n"
                    "2. Ny planeringsmodell\nKonsulten Eva Holm, Vårdanalys AB, presenterade modellen.\n\n"
                    "3. Avvikelser under sommaren\nUnder juli ökade antalet avvikelser. Ärendet dras av "
                    "kvalitetsstrateg Anders Lind.\n", "utf-8")
    g = build_document_graph(read_document(path, {"id": "m"}), thesaurus)
    assert presenters(g) == {("1", "jonas-berg"), ("2", "eva-holm"), ("3", "anders-lind")}


def test_a_side_column_listing_the_coming_meetings(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "k.html"
    path.write_text("""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Kallelse</title></head><body>
<main><h1>Tekniska nämnden</h1><h2>Kallelse till sammanträde</h2>
<table><tr><td>Datum</td><td>tisdag 13 oktober 2026</td></tr><tr><td>Plats</td><td>Rådhuset</td></tr></table>
<h2>Ärenden</h2><h3>Punkt 1</h3><p>Val av justerare</p><h3>Punkt 2</h3><p>Taxa för slamtömning 2027</p></main>
<aside><h2>Kommande sammanträden</h2><ul><li>Tekniska nämnden 10 november 2026</li>
<li>Kommunfullmäktige 23 november 2026</li><li>Tekniska nämnden 15 december 2026</li></ul></aside>
</body></html>""", "utf-8")
    doc = read_document(path, {"id": "k"})
    assert (doc.doc_type, doc.organ, doc.date) == ("kallelse", "Tekniska nämnden", "2026-10-13")
    got = gold_facts(doc, thesaurus)
    planned = {k for k, v in by_predicate(got, "sg:planned").items() if v == {"true"}}
    # each listed meeting of the nämnd is planned; fullmäktige's, in the same list, is not the nämnd's
    assert planned == {"meeting/tekniska-namnden/2026-11-10", "meeting/tekniska-namnden/2026-12-15"}


def test_an_indicator_table_whose_header_year_stands_apart(tmp_path: Path, thesaurus: Thesaurus) -> None:
    # a PDF reader may set the header's second line ("2025" under "Mål") apart, between blank lines
    path = tmp_path / "t.txt"
    path.write_text("Verksamhetsplan 2025\nMuseinämnden\n\nMål 1 – Museerna når invånare i hela länet\n\n"
                    "Indikator | Jan–aug | Mål 2025\n\n2025\n\n"
                    "Antal besök på regionens museer | 84 300 | 120 000\n"
                    "Andel av länets kommuner med en vandringsutställning | 82 % | 100 %\n\n"
                    "Aktiviteter\n\n• Vandringsutställningar i glesbygd\n", "utf-8")
    got = gold_facts(read_document(path, {"id": "t"}), thesaurus)
    assert {k for k, v in by_predicate(got, "sg:partOf").items() if k.startswith("indicator/")} == {
        "indicator/2025/1/1", "indicator/2025/1/2"}
