"""Plan and report layouts of the third blind set (eighth batch, heldout_docs/general), each with an invented document
of the same layout (other organs, goals, wordings): a DOCX plan with "Strategiskt mål N: …" headings,
"Indikator: …" lines and an activity table; a PDF uppföljning with ids "2023:N" and a colour legend for its
statuses; a PDF delårsrapport with "Prioriterat mål N. …" over an indicator table. Real writers
(tests/heldout_docs/make_formats.py), readers and extractors."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest import read_document
from graph.extract.status import legend_key, read_legend
from graph.thesaurus import Thesaurus
from tests.extract_helpers import gold_facts
from tests.heldout_docs.make_formats import write_docx, write_pdf


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


PLAN = """#title Verksamhetsplan 2027
Kulturnämnden, Ådalens kommun
Beslutad av nämnden 2026-11-12, § 90
## 1 Strategiska mål
### Strategiskt mål 1: Fler invånare tar del av kulturlivet
Indikator: Antal besök på biblioteken (målvärde 2027: 210 000)
Indikator: Andel barn som deltar i kulturskolan (målvärde 2027: 30 %)
Aktiviteter
| Aktivitet | Ansvarig | Tidplan
| Öppna biblioteket i Norrby på söndagar | Bibliotekschef | VT 2027
| Ordna en sommarturné med kulturskolan | Kulturskolechef | Juni 2027
### Strategiskt mål 2: Lokalerna används effektivt
Indikator: Beläggningsgrad i kulturhuset (målvärde 2027: 75 %)
| Aktivitet | Ansvarig | Tidplan
| Samla uthyrningen i ett bokningssystem | Fritidschef | Hösten 2027
"""


def test_docx_plan_with_strategic_goals_indicator_lines_and_activity_tables(
        tmp_path: Path, thesaurus: Thesaurus) -> None:
    doc = read_document(write_docx(PLAN, tmp_path / "vp.docx"), {"id": "vp"})
    got = gold_facts(doc, thesaurus)
    assert ("id:effect-goal/2027/1", "dcterms:title", "Fler invånare tar del av kulturlivet") in got
    assert ("id:effect-goal/2027/2", "sg:number", "2") in got
    indicators = {(s, o) for s, p, o in got if p == "sg:partOf" and s.startswith("id:indicator/")}
    assert indicators == {("id:indicator/2027/1/1", "id:effect-goal/2027/1"),
                          ("id:indicator/2027/1/2", "id:effect-goal/2027/1"),
                          ("id:indicator/2027/2/1", "id:effect-goal/2027/2")}
    linked = {(s.rsplit("/", 1)[1], o) for s, p, o in got if p == "sg:contributesTo" and s.startswith("id:activity/")}
    # the table under an "Aktiviteter" line and one with no label line above it; never the header row
    assert linked == {("oppna-biblioteket-i-norrby-pa-sondagar", "id:effect-goal/2027/1"),
                      ("ordna-en-sommarturne-med-kulturskolan", "id:effect-goal/2027/1"),
                      ("samla-uthyrningen-i-ett-bokningssystem", "id:effect-goal/2027/2")}


REPORT = """#header Region Fjällmark\tUPPFÖLJNING
#columns 50 100 440
#h Uppföljning av uppdrag 2023
Kulturnämnden
Datum: 2023-11-30

Regionfullmäktige gav i budget 2023 kulturnämnden tre uppdrag.

#b Förklaring
Blå = genomfört
Orange = pågår
Svart = ej påbörjat

#b Sammanställning
Id\tUppdrag\tStatus
2023:1\tInventera konstsamlingen\tBlå
2023:2\tUtreda ett länsmuseum i hamnen\tOrange
2023:3\tStarta en filmfond\tSvart

#b Kommentarer
Uppdrag 2023:2 Utreda ett länsmuseum i hamnen
Bedömning: Orange. Utredningen blir klar i mars.
"""


def test_pdf_report_with_year_ids_and_a_colour_legend(tmp_path: Path, thesaurus: Thesaurus) -> None:
    doc = read_document(write_pdf(REPORT, tmp_path / "u.pdf"), {"id": "u"})
    got = gold_facts(doc, thesaurus)
    for n, status in (("1", "genomfort"), ("2", "pagar"), ("3", "ej-paborjat")):
        a = f"id:assignment/2023/nr-{n}"
        assert (a, "sg:number", n) in got and (a, "sg:year", "2023") in got
        assert (a, "sg:issuedBy", "id:organ/regionfullmaktige") in got
        assert (f"id:status-report/u/2023/nr-{n}", "sg:status", f"id:status/{status}") in got
    statuses = {o for s, p, o in got if p == "sg:status"}
    assert statuses == {"id:status/genomfort", "id:status/pagar", "id:status/ej-paborjat"}


def test_legend_is_read_from_the_document_not_a_colour_list() -> None:
    legend = read_legend("Teckenförklaring\nLila = klart\nRosa – pågår enligt plan\n")
    assert legend == {"lila": "klart", "rosa": "pågår enligt plan"}
    assert legend_key("Lila. Rapporten är lämnad.", legend) is not None
    assert legend_key("Lilla gruppen", legend) is None
    # an abbreviation list states no status: no legend; one status line alone is none either
    assert read_legend("HSN = hälso- och sjukvårdsnämnden\nRS = regionstyrelsen\n") == {}
    assert read_legend("Grön = genomfört\n") == {}


INTERIM = """#header Ådalens kommun\tDelårsrapport 2026
#columns 50 310 375 440 500
#h Delårsrapport januari–augusti 2026
Socialnämnden
Datum: 2026-09-15

#b 1. Måluppfyllelse
#b Prioriterat mål 1. Äldre får stöd i tid
Indikator\tUtfall 2025\tAug 2026\tMål 2026\tBedömning
Väntetid till särskilt boende, dagar\t48\t41\t30\tUppfylls delvis
Andel nöjda brukare i hemtjänsten\t86 %\t88 %\t90 %\tUppfylls delvis
Analys: Väntetiden har minskat.

#b Prioriterat mål 2. Ekonomi i balans
Indikator\tUtfall 2025\tAug 2026\tMål 2026\tBedömning
Budgetavvikelse, mnkr\t-3,1\t-1,2\t0\tUppfylls inte
"""


def test_pdf_interim_report_with_prioritised_goals_over_indicator_tables(
        tmp_path: Path, thesaurus: Thesaurus) -> None:
    doc = read_document(write_pdf(INTERIM, tmp_path / "d.pdf"), {"id": "d"})
    assert doc.doc_type == "verksamhetsplan"
    got = gold_facts(doc, thesaurus)
    assert ("id:effect-goal/2026/1", "dcterms:title", "Äldre får stöd i tid") in got
    indicators = {(s, o) for s, p, o in got if p == "sg:partOf" and s.startswith("id:indicator/")}
    assert indicators == {("id:indicator/2026/1/1", "id:effect-goal/2026/1"),
                          ("id:indicator/2026/1/2", "id:effect-goal/2026/1"),
                          ("id:indicator/2026/2/1", "id:effect-goal/2026/2")}
