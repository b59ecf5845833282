# ruff: noqa: E501  (lines of the invented documents' own text)
"""The tenth blind set's other plan/report layouts (heldout_docs/general, gold-blind10b.jsonl), each with an
invented document of the same layout: a key-figure follow-up as PDF-to-text output (a fixed-width grid of
right-aligned numbers and centred trend arrows, names wrapping onto a line of their own, "Strategiskt område:"
perspectives, "Insatser 2026:" over "*" lines, the grid broken by a page break); an interim report as PDF
(chapters numbered without a dot, "Pågående och genomförda aktiviteter", a name wrapping in its cell onto a line
that starts with a number, uppdrag as numbered paragraphs closed by their status in brackets); a report page
whose first heading is "Uppdrag från kommunfullmäktige" (no organ's name)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.furniture import furniture_mask
from corpus.ingest import read_document
from graph.thesaurus import Thesaurus
from tests.extract_helpers import by_predicate, gold_facts


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


def _grid_row(name: str, values: list[str], arrow: str) -> str:
    """A grid line as `pdftotext -layout` prints it: the name left, numbers flush right under their year,
    the arrow centred under "Trend"."""
    return f"   {name:<44}" + "".join(f"{v:>10}" for v in values) + f"   {arrow:^5}"


HEAD = f"   {'Nyckeltal':<44}" + "".join(f"{y:>10}" for y in ("2024", "2025", "2026", "Målvärde")) + "   Trend"
RULE = "   " + "-" * 80


def _key_figures() -> str:
    page1 = [
        "MÖLNBY KOMMUN                 Nyckeltal 2026                 1 (2)", "",
        "   Nyckeltal 2026 för äldrenämnden", "   Fastställd av äldrenämnden 2027-02-03, § 9", "",
        "   Strategiskt område: Trygg omsorg", "   " + "=" * 40, "",
        "   Mål 1   Äldre känner sig trygga med hemtjänsten", "", HEAD, RULE,
        _grid_row("Andel brukare som känner sig trygga, %", ["81", "83", "86", "90"], "↑"),
        _grid_row("Antal personal som besöker en brukare", ["16", "15", "14", "10"], "↗"),
        "   under 14 dagar, medelvärde",
        _grid_row("Väntetid till särskilt boende, dagar", ["1 240", "1 180", "1 020", "900"], "→"), "",
        "   Insatser 2026:", "     * Fasta team i hemtjänsten", "     * Nyckelfria lås hos alla brukare", "",
        "", "",
    ]
    page2 = [
        "MÖLNBY KOMMUN                 Nyckeltal 2026                 2 (2)", "",
        "   Mål 2   Medarbetarna stannar kvar", "", HEAD, RULE,
        _grid_row("Personalomsättning, %", ["14", "13", "12", "10"], "↗"), "",
        "   Insatser 2026:", "     * Introduktionsprogram för nyanställda", "",
        "   Strategiskt område: God ekonomi", "   " + "=" * 40, "",
        "   Mål 3   Kostnaderna hålls inom budget", "", HEAD, RULE,
        _grid_row("Avvikelse mot budget, mnkr", ["-3", "-1", "0", "0"], "↑"), "",
        "   Insatser 2026:", "     * Månatlig uppföljning per enhet", "",
    ]
    return "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n"


def test_key_figure_grid_as_pdf_text(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "2026-nyckeltal-aldrenamnden.txt"
    path.write_text(_key_figures(), encoding="utf-8")
    doc = read_document(path, {"id": "k"})
    # a wrapped name is one row, the numbers with a thousands space and the centred arrow in their columns
    assert "Antal personal som besöker en brukare under 14 dagar, medelvärde | 16 | 15 | 14 | 10 | ↗" in doc.text
    assert "Väntetid till särskilt boende, dagar | 1 240 | 1 180 | 1 020 | 900 | →" in doc.text
    got = gold_facts(doc, thesaurus)
    part = by_predicate(got, "sg:partOf")
    assert sorted(k for k in part if k.startswith("indicator/")) == [
        "indicator/2026/1/1", "indicator/2026/1/2", "indicator/2026/1/3", "indicator/2026/2/1", "indicator/2026/3/1"]
    assert part["effect-goal/2026/1"] == {"id:perspective/trygg-omsorg"}   # "Strategiskt område: …"
    assert part["effect-goal/2026/3"] == {"id:perspective/god-ekonomi"}
    acts = {o: k for k, v in by_predicate(got, "sg:contributesTo").items() if k.startswith("activity/") for o in v}
    labels = {o for s, p, o in got if p == "skos:prefLabel" and "activity/" in s}
    # "Insatser 2026:" stands at the edge of both pages and three times in all: a label, not a running header
    assert labels == {"Fasta team i hemtjänsten", "Nyckelfria lås hos alla brukare",
                      "Introduktionsprogram för nyanställda", "Månatlig uppföljning per enhet"}
    assert set(acts) == {"id:effect-goal/2026/1", "id:effect-goal/2026/2", "id:effect-goal/2026/3"}


def test_a_band_line_repeated_in_the_body_is_content() -> None:
    pages = [["Region X   Plan   1 (2)", "Mål 1", "text", "Insatser:", "text", "text", "Insatser:", "* a"],
             ["Region X   Plan   2 (2)", "Insatser:", "* b", "text", "Insatser:", "text", "text", "Sida 2"]]
    mask = furniture_mask(pages)
    assert mask[0][0] and mask[1][0]   # the running header still is furniture
    assert not mask[0][6] and not mask[1][1]   # "Insatser:" stands in the bodies too


def _interim_pdf(out: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story: list[object] = [Paragraph("Delårsrapport januari–april 2027", ss["Title"]),
                           Paragraph("Kultur- och fritidsnämnden", body),
                           Paragraph("Behandlad av kultur- och fritidsnämnden 2027-05-18, § 40.", body),
                           Paragraph("1 Sammanfattning", ss["Heading2"]),
                           Paragraph("Nämnden bedömer att två av tre mål nås vid årets slut.", body),
                           Paragraph("2 Mål och måluppfyllelse", ss["Heading2"])]
    goals = [(1, "Fler unga deltar i föreningslivet", [("Antal deltagartillfällen i föreningar för", "7–20 år per invånare", "18,2", "19,0"),
                                                       ("Antal besök i fritidsgårdarna", "", "9 400", "10 000")],
              ["Sommarlovsaktiviteter i alla kommundelar", "Föreningsbidrag till nya föreningar"]),
             (2, "Biblioteken når fler invånare", [("Antal utlån per invånare", "", "4,1", "4,5")],
              ["Meröppet bibliotek i Norrby"])]
    for n, title, inds, acts in goals:
        story.append(Paragraph(f"<b>Nämndmål {n}. {title}</b>", body))
        rows = [["Indikator", "Utfall april 2027", "Målvärde 2027"]]
        for name, wrap, val, target in inds:
            rows.append([f"{name}\n{wrap}" if wrap else name, val, target])
        story += [Table(rows, colWidths=[260, 110, 110]), Spacer(1, 6),
                  Paragraph("<b>Pågående och genomförda aktiviteter</b>", body),
                  *[Paragraph(f"– {a}", body) for a in acts]]
    story += [Paragraph("3 Uppdrag från kommunfullmäktige", ss["Heading2"]),
              Paragraph("Kommunfullmäktige gav i Budget 2027 nämnden tre uppdrag. Status anges inom hakparentes.", body),
              Paragraph("1. Utreda en ny sporthall i Norrby. Utredningen redovisas i oktober. [Pågår]", body),
              Paragraph("2. Införa fritidsbank i centrum. Fritidsbanken öppnade i mars. [Genomfört]", body),
              Paragraph("3. Ta fram en plan för spontanidrott. Arbetet har inte startat. [Ej påbörjat]", body),
              Paragraph("4 Ekonomi", ss["Heading2"]),
              Paragraph("Prognosen är ett överskott på 0,4 miljoner kronor.", body)]
    SimpleDocTemplate(str(out), pagesize=A4).build(story)  # type: ignore[arg-type]
    return out


def test_interim_report_pdf_with_bracketed_statuses(tmp_path: Path, thesaurus: Thesaurus) -> None:
    doc = read_document(_interim_pdf(tmp_path / "d.pdf"), {"id": "d"})
    assert doc.doc_type == "aterrapportering"   # it reports on the uppdrag it lists
    got = gold_facts(doc, thesaurus)
    part = by_predicate(got, "sg:partOf")
    # the name wrapped in its cell ("… för" / "7–20 år per invånare") is one indicator, not the end of the table
    assert sorted(k for k in part if k.startswith("indicator/")) == [
        "indicator/2027/1/1", "indicator/2027/1/2", "indicator/2027/2/1"]
    labels = {o for s, p, o in got if p == "skos:prefLabel" and "activity/" in s}
    assert labels == {"Sommarlovsaktiviteter i alla kommundelar", "Föreningsbidrag till nya föreningar",
                      "Meröppet bibliotek i Norrby"}
    statuses = {k.rsplit("/", 1)[1]: v for k, v in by_predicate(got, "sg:status").items()}
    assert statuses == {"nr-1": {"id:status/pagar"}, "nr-2": {"id:status/genomfort"},
                        "nr-3": {"id:status/ej-paborjat"}}
    issuers = {k.rsplit("/", 1)[1]: v for k, v in by_predicate(got, "sg:issuedBy").items()}
    assert issuers == {f"nr-{n}": {"id:organ/kommunfullmaktige"} for n in (1, 2, 3)}
    # the undotted chapter "3 Uppdrag …" ends goal 2's block: its uppdrag do not contribute to the goal
    assert not any(k.startswith("assignment/") for k in by_predicate(got, "sg:contributesTo"))


REPORT_PAGE = """<!doctype html><html lang="sv"><head><title>Uppdrag 2027</title></head><body>
<nav><a href="/">Start</a></nav>
<main><h1>Återrapportering av uppdrag 2027</h1>
<p>Kulturnämnden redovisar här läget för nämndens uppdrag. Rapporten redovisades för kulturnämnden 2027-09-14, § 51.</p>
<h2>Uppdrag från kommunfullmäktige</h2>
<article><p>Uppdrag nr 3</p><h3>Utreda ett nytt kulturhus</h3>
<dl><dt>Givet av</dt><dd>Kommunfullmäktige</dd><dt>Status:</dt><dd>Pågår</dd></dl></article>
<article><p>Uppdrag nr 6</p><h3>Införa avgiftsfri kulturskola</h3>
<dl><dt>Givet av</dt><dd>Kommunfullmäktige</dd><dt>Status:</dt><dd>Genomfört</dd></dl></article>
</main></body></html>"""


def test_a_heading_about_an_organ_is_not_its_name(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "r.html"
    path.write_text(REPORT_PAGE, encoding="utf-8")
    doc = read_document(path, {"id": "r"})
    assert doc.organ == "Kulturnämnden"   # not "Uppdrag från kommunfullmäktige"
    got = gold_facts(doc, thesaurus)
    assert by_predicate(got, "sg:assignedTo") == {"assignment/2027/nr-3": {"id:organ/kulturnamnden"},
                                         "assignment/2027/nr-6": {"id:organ/kulturnamnden"}}


def test_a_running_header_named_in_the_body_stays_furniture() -> None:
    # "Kommunstyrelsen" heads four pages and stands twice in the bodies (under "Expedieras till"): still a header
    pages = [["Kommunstyrelsen", "Protokoll", "text", "Expedieras till", "Kommunstyrelsen", "text", "text", "x"],
             ["Kommunstyrelsen", "text", "text", "Expedieras till", "Kommunstyrelsen", "text", "text", "y"],
             ["Kommunstyrelsen", "text", "text", "text", "text", "text", "text", "z"],
             ["Kommunstyrelsen", "text", "text", "text", "text", "text", "text", "w"]]
    mask = furniture_mask(pages)
    assert all(m[0] for m in mask)


def test_a_value_under_a_value_is_no_wrapped_cell() -> None:
    from corpus.blocks import Block
    from corpus.pdf_layout import _wrapped_cells

    row = Block("table_row", cells=("Antal deltagartillfällen i föreningar för", "18,2", "19,0"))
    assert _wrapped_cells(row, ("7–20 år per invånare", "", ""), 2.0, 10.0) is not None
    # a row of values under a goal cell merged down ("", "86 %"): the next row, not the rest of this one
    assert _wrapped_cells(Block("table_row", cells=("Andel nöjda", "85 %", "88 %")), ("", "86 %", ""), 2.0, 10.0) is None
