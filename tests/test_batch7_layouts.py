"""Layouts of the seventh batch (tests/heldout_docs/batch7), each with an invented document of the same
layout (other organs, people, wordings): a PDF uppdrag table whose cells wrap over lines, a plain-text plan
with "Nämndmål N: …" and a space-aligned indicator table, a DOCX kallelse whose agenda table leaves cells
empty and whose organ a sentence names. Real writers (tests/heldout_docs/make_formats.py), readers,
cleaner and extractors."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.doc_types import detect_type
from corpus.ingest import read_document
from corpus.metadata import find_organ
from corpus.pdf_layout import page_blocks
from corpus.text_tables import space_table_rows
from graph.build import build_document_graph
from graph.namespaces import SG
from graph.thesaurus import Thesaurus
from tests.extract_helpers import gold_facts
from tests.heldout_docs.make_formats import write_docx, write_pdf

Fact = tuple[str, str, str, str, str]


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


# ---- a PDF återrapportering: "N. Wording" in the Uppdrag column, wrapped cells -----------------------------

REPORT = """#header Bergviks kommun\tREDOVISNING
#header Kultur- och fritidsförvaltningen\tDnr KFN 2024/12
#columns 50 250 320 420
#h Redovisning av regionfullmäktiges uppdrag 2024
Fritidsnämnden
Datum: 2024-10-01

Under 2024 gav kommunfullmäktige fritidsnämnden tre uppdrag. Tabellen visar läget i september.

Uppdrag\tAnsvarig\tStatus\tKommentar
1. Kartlägga behovet av idrottshallar i\tFritidschef\tGenomfört\tRapporten
de västra kommundelarna\t\t\tär klar.
2. Inventera spontanidrottsplatserna\tFastighetschef\tDelvis genomfört\tHälften klar.
3. Utreda avgiftsfria lovaktiviteter för\tIdrottsstrateg\tKommer inte att\tMedel
barn och unga\t\tslutföras\tsaknas.

Nämnden följer upp uppdragen i årsredovisningen.
"""


def test_pdf_uppdrag_table_with_wrapped_cells(tmp_path: Path, thesaurus: Thesaurus) -> None:
    doc = read_document(write_pdf(REPORT, tmp_path / "r.pdf"), {"id": "r"})
    assert doc.doc_type == "aterrapportering"   # "Redovisning av <whose> uppdrag", not the running header
    got = gold_facts(doc, thesaurus)
    for n, status in (("1", "genomfort"), ("2", "delvis-genomfort"), ("3", "kommer-inte-att-slutforas")):
        a = f"id:assignment/2024/nr-{n}"
        assert (a, "sg:number", n) in got
        assert (a, "sg:assignedTo", "id:organ/fritidsnamnden") in got
        # "Under 2024 gav kommunfullmäktige fritidsnämnden …": the verb before its subject
        assert (a, "sg:issuedBy", "id:organ/kommunfullmaktige") in got
        assert (f"id:status-report/r/2024/nr-{n}", "sg:status", f"id:status/{status}") in got
    # the wording goes on in the Uppdrag cell of the next line; the status "Kommer inte att / slutföras" too
    g = build_document_graph(doc, thesaurus)
    assert "Kartlägga behovet av idrottshallar i de västra kommundelarna" in {str(o) for o in g.objects(None, SG.text)}
    assert "Kommer inte att slutföras" in {str(o) for o in g.objects(None, SG.statusText)}


def _word(x0: float, text: str, top: float, x1: float | None = None) -> dict[str, object]:
    return {"x0": x0, "x1": x1 or x0 + 5.0 * len(text), "top": top, "text": text, "size": 10.0,
            "fontname": "Helvetica"}


def test_pdf_cell_that_fills_its_column_is_split_where_the_next_column_starts() -> None:
    """Two rows set the columns (50, 250, 320); a third row's "Planerare" runs up to 315, so the 5 pt gap
    before "Pågår" is too narrow for the gap rules, but "Pågår" starts exactly where its column starts."""
    words = [_word(50, "Uppdrag", 80), _word(250, "Ansvarig", 80), _word(320, "Status", 80),
             _word(50, "Ett", 94), _word(70, "uppdrag", 94), _word(250, "Chef", 94), _word(320, "Klart", 94),
             _word(50, "Två", 108), _word(250, "Planerare", 108, 315.0), _word(320.5, "Pågår", 108),
             _word(348.3, "enligt", 108), _word(381.1, "plan", 108)]
    # running text with a word at the Status column after as wide a gap: a line of one cell, never split
    prose = [_word(50, "Löptext", 122, 120.0), _word(122.8, "som", 122, 200.0),
             _word(202.8, "fortsätter", 122, 315.0), _word(320.0, "ordet", 122)]
    blocks = page_blocks(words + prose, 10.0)
    assert ("Två", "Planerare", "Pågår enligt plan") in [b.cells for b in blocks if b.kind == "table_row"]
    assert [b.text for b in blocks if b.kind == "paragraph"] == ["Löptext som fortsätter ordet"]


def test_redovisning_of_someones_uppdrag_is_a_report() -> None:
    assert detect_type(["Återrapportering av kommunstyrelsens uppdrag 2025"], "") == "aterrapportering"
    assert detect_type(["Rapportering av uppdrag"], "") == "aterrapportering"


# ---- a plain-text plan: "Nämndmål N: Title", a table aligned with spaces, "Aktiviteter <year>" -------------

PLAN = """ÅSBY KOMMUN
Fritidsnämnden

VERKSAMHETSPLAN 2027
Antagen av fritidsnämnden 2026-11-20, § 61

1. INLEDNING
Planen bryter ned fullmäktiges mål till nämndmål.

Nämndmål 1: Fler unga rör på sig varje vecka

  Indikator                                   Utfall 2025    Målvärde 2027
  Andel unga som tränar varje vecka            58 %           65 %
  Antal lovaktiviteter                         120            150

  Aktiviteter 2027
  • Öppna idrottshallarna på fredagskvällar
  • Erbjuda gratis prova-på-veckor

Nämndmål 2: Anläggningarna är tillgängliga för alla

  Indikator                                   Utfall 2025    Målvärde 2027
  Andel anläggningar med tillgänglig entré     70 %           85 %

  Aktiviteter 2027
  • Bygga om entrén till simhallen

2. UPPFÖLJNING
Målen följs upp i delårsrapporten.
"""


def test_space_aligned_table_becomes_rows_and_label_value_lines_stay() -> None:
    rows = space_table_rows("  Nyckeltal      Utfall    Mål\n  Besök           12        15\n")
    assert rows.splitlines() == ["Nyckeltal | Utfall | Mål", "Besök | 12 | 15"]
    header = " Plats och tid        Stadshuset\n Justerare            Eva Ek (S)\n"   # two columns: no table
    assert space_table_rows(header) == header
    lone = "Indikator     Utfall 2025    Målvärde 2027\nLöptext efter raden.\n"   # one line: no table
    assert space_table_rows(lone) == lone


def test_txt_plan_with_namndmal_and_space_aligned_indicators(tmp_path: Path, thesaurus: Thesaurus) -> None:
    src = tmp_path / "plan.txt"
    src.write_text(PLAN, encoding="utf-8")
    got = gold_facts(read_document(src, {"id": "plan"}), thesaurus)
    assert ("id:effect-goal/2027/1", "dcterms:title", "Fler unga rör på sig varje vecka") in got
    assert ("id:effect-goal/2027/2", "sg:number", "2") in got
    indicators = {(s, o) for s, p, o in got if p == "sg:partOf" and s.startswith("id:indicator/")}
    assert indicators == {("id:indicator/2027/1/1", "id:effect-goal/2027/1"),
                          ("id:indicator/2027/1/2", "id:effect-goal/2027/1"),
                          ("id:indicator/2027/2/1", "id:effect-goal/2027/2")}
    linked = {(s.rsplit("/", 1)[-1], o) for s, p, o in got if p == "sg:contributesTo" and "activity" in s}
    assert linked == {("oppna-idrottshallarna-pa-fredagskvallar", "id:effect-goal/2027/1"),
                      ("erbjuda-gratis-prova-pa-veckor", "id:effect-goal/2027/1"),
                      ("bygga-om-entren-till-simhallen", "id:effect-goal/2027/2")}


# ---- a DOCX kallelse: the organ in a sentence, an agenda table with empty cells ---------------------------

KALLELSE = """#title Kallelse
Åsby kommun
Kulturnämnden kallas till sammanträde.
Tid: Onsdagen den 4 mars 2026 kl. 13.00
Plats: Kulturhuset, rum Ådran
## Föredragningslista
| Nr | Ärende | Diarienummer | Föredragande
| 1 | Val av justerare |  |
| 2 | Information från kulturchefen |  | Kulturchef Lena Ahl
| 3 | Verksamhetsplan 2026 för kulturnämnden | KN 2026/4 | Controller Per Berg
| 4 | Meddelanden |  |
Lisa Ek
Ordförande
"""


def test_docx_kallelse_organ_from_its_sentence_and_presenter_after_an_empty_cell(
        tmp_path: Path, thesaurus: Thesaurus) -> None:
    doc = read_document(write_docx(KALLELSE, tmp_path / "k.docx"), {"id": "k"})
    assert (doc.doc_type, doc.organ, doc.date) == ("kallelse", "Kulturnämnden", "2026-03-04")
    # the empty Diarienummer cell stays a cell: the presenter stays in the Föredragande column
    assert "2 | Information från kulturchefen | | Kulturchef Lena Ahl" in doc.text
    got = gold_facts(doc, thesaurus)
    assert ("id:agenda-item/kulturnamnden/2026-03-04/2", "sg:presenter", "id:person/lena-ahl") in got
    assert ("id:agenda-item/kulturnamnden/2026-03-04/3", "sg:presenter", "id:person/per-berg") in got


def test_convened_organ_sentence_and_agenda_rows() -> None:
    assert find_organ([], "Kallelse\nLedamöterna i socialnämnden kallas härmed till sammanträde.\n") \
        == "Socialnämnden"
    # an agenda row among the first lines is no header line, whatever organ its title ends in
    raw = ["Kallelse", "Tid: 2026-03-04", "Nr | Ärende", "4 | Budget 2026 för miljönämnden"]
    assert find_organ(raw, "\n".join(raw)) != "Budget 2026 för miljönämnden"
