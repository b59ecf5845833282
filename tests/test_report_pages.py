"""An annual report published as web pages (the HTML verksamhetsberättelse of the dev set's twelfth batch),
with invented documents of the same layout: the genre named only by the page's <title>, the nämnd's goals as
unnumbered headings under "Målområde: X", each with an assessment and a <dl> of indicators over their values.
Also the file titles of the other formats (PDF document information, DOCX core properties), written by
the real libraries. Real readers and extractors."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.doc_types import detect_type
from corpus.ingest import read_document
from corpus.source_titles import embedded_title, title_parts
from graph.build import build_document_graph
from graph.namespaces import SG
from graph.thesaurus import Thesaurus
from tests.extract_helpers import gold_facts

_GOAL = """
    <div class="mal">
      <h4>{title}</h4>
      <p class="bedomning">Bedömning: <span>{grade}</span></p>
      <p>{comment}</p>
      <p>Indikatorer</p>
      <dl>{rows}</dl>
    </div>"""


def _page(title: str, areas: list[tuple[str, list[tuple[str, list[str]]]]]) -> str:
    sections = []
    for area, goals in areas:
        body = "".join(_GOAL.format(title=t, grade="Delvis uppfyllt", comment="Arbetet har gått framåt under året.",
                                    rows="".join(f"<dt>{i}</dt><dd>Utfall 2026: 71 % · Målvärde 2026: 80 %</dd>"
                                                 for i in inds))
                       for t, inds in goals)
        sections.append(f'<section><h3>Målområde: {area}</h3>{body}</section>')
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{title}</title></head>
<body><main><h1>Kultur- och fritidsnämnden</h1>
<p>Nämnden ansvarar för bibliotek, kulturskola och idrottsanläggningar. Här redovisas året 2026.</p>
<h2>Måluppfyllelse</h2>
<p>Nämnden hade fyra mål under året.</p>
{''.join(sections)}
<h2>Uppdrag från kommunfullmäktige</h2>
<p><strong>Uppdrag 3.</strong> Utreda öppettiderna på biblioteken. Status: Klart.</p>
<p><strong>Uppdrag 5.</strong> Ta fram en plan för kulturskolans lokaler. Status: Pågår.</p>
<p><strong>Uppdrag 9.</strong> Se över avgifterna för lokalbokning. Status: Ej påbörjat.</p>
</main></body></html>"""


_AREAS = [
    ("Ett rikt kulturliv", [
        ("Fler barn deltar i kulturskolans verksamhet", ["Antal elever i kulturskolan", "Andel elever som är flickor"]),
        ("Biblioteken når nya grupper av läsare", ["Antal utlån per invånare"]),
    ]),
    ("Hållbar organisation", [
        ("Medarbetarna trivs och stannar kvar", ["Sjukfrånvaro", "Personalomsättning", "Medarbetarengagemang"]),
    ]),
]


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


def test_page_title_names_the_genre_and_unnumbered_goals_are_read(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "kfn.html"
    path.write_text(_page("Kultur- och fritidsnämnden – Verksamhetsberättelse 2026 – Ekås kommun", _AREAS), "utf-8")
    doc = read_document(path, {"id": "kfn"})
    # the <title> says what the body does not; its uppdrag reports make it a report on uppdrag, not a plan
    # (the heading "Måluppfyllelse" alone would have made it a follow-up of goals)
    assert (doc.doc_type, doc.year) == ("aterrapportering", 2026)   # the year from the title too
    assert "Ekås kommun" not in doc.text      # the title is metadata, not a line of the text
    got = gold_facts(doc, thesaurus)
    titles = {s.removeprefix("id:"): o for s, p, o in got if p == "dcterms:title" and "effect-goal/" in s}
    assert titles == {"effect-goal/2026/1": "Fler barn deltar i kulturskolans verksamhet",
                      "effect-goal/2026/2": "Biblioteken når nya grupper av läsare",
                      "effect-goal/2026/3": "Medarbetarna trivs och stannar kvar"}   # numbered by their place
    part = {s.removeprefix("id:"): o for s, p, o in got if p == "sg:partOf"}
    assert part["effect-goal/2026/2"] == "id:perspective/ett-rikt-kulturliv"   # not the next Målområde
    assert part["effect-goal/2026/3"] == "id:perspective/hallbar-organisation"
    inds = sorted(s.removeprefix("id:") for s, p, o in got if p == "rdf:type" and o == "sg:Indicator")
    assert inds == ["indicator/2026/1/1", "indicator/2026/1/2", "indicator/2026/2/1",
                    "indicator/2026/3/1", "indicator/2026/3/2", "indicator/2026/3/3"]
    texts = {str(o) for s, o in build_document_graph(doc, thesaurus).subject_objects(SG.text)
             if "indicator/2026/3/" in str(s)}
    assert any(t.startswith("Sjukfrånvaro") and "Målvärde 2026" in t for t in texts)   # <dt> with its <dd>


def test_numbered_goals_keep_their_numbers(tmp_path: Path, thesaurus: Thesaurus) -> None:
    # a plan that numbers its goals ("Mål 1 …"): an unnumbered heading over indicators is no extra goal
    areas = [("Ett rikt kulturliv", [("Mål 1 Fler barn deltar i kulturskolans verksamhet", ["Antal elever"]),
                                     ("Mål 2 Biblioteken når nya grupper av läsare", ["Antal utlån per invånare"])]),
             ("Hållbar organisation", [("Medarbetarna trivs och stannar kvar", ["Sjukfrånvaro"])])]
    path = tmp_path / "vp.html"
    path.write_text(_page("Verksamhetsplan 2026 – Kultur- och fritidsnämnden", areas).replace(
        "Uppdrag ", "Punkt "), "utf-8")
    doc = read_document(path, {"id": "vp"})
    got = gold_facts(doc, thesaurus)
    goals = {s.removeprefix("id:") for s, p, o in got if p == "rdf:type" and o == "sg:EffectGoal"}
    assert goals == {"effect-goal/2026/1", "effect-goal/2026/2"}


def test_file_titles_of_pdf_and_docx(tmp_path: Path) -> None:
    import docx
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdf = tmp_path / "a.pdf"
    SimpleDocTemplate(str(pdf), title="Årsredovisning 2025 – Tekniska nämnden").build(
        [Paragraph("Tekniska nämnden", getSampleStyleSheet()["BodyText"])])
    assert embedded_title(pdf.read_bytes(), pdf) == "Årsredovisning 2025 – Tekniska nämnden"
    d = docx.Document()
    d.add_paragraph("Tekniska nämnden")
    d.core_properties.title = "Delårsrapport  augusti 2025"
    d.save(str(tmp_path / "b.docx"))
    assert embedded_title((tmp_path / "b.docx").read_bytes(), tmp_path / "b.docx") == "Delårsrapport augusti 2025"
    html = tmp_path / "c.html"
    html.write_text("<html><head><title>Kallelse &amp; handlingar</title></head><body><p>x</p></body></html>")
    assert embedded_title(html.read_bytes(), html) == "Kallelse & handlingar"
    bad = tmp_path / "d.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    assert embedded_title(bad.read_bytes(), bad) is None      # damaged metadata: no title, no error
    assert embedded_title(b"text", tmp_path / "e.txt") is None


def test_title_parts_and_type_from_title_only_as_a_last_resort() -> None:
    assert title_parts("Barn- och familjenämnden – Årsredovisning 2025 – Norrlida kommun") == [
        "Barn- och familjenämnden", "Årsredovisning 2025", "Norrlida kommun"]
    assert title_parts("Hälso- och sjukvård | Region X") == ["Hälso- och sjukvård", "Region X"]
    text = "Nämndens ledamöter kallas till sammanträde.\n"
    assert detect_type(["Nämndens ledamöter kallas till sammanträde."], text) == "ovrigt"
    assert detect_type([], text, embedded_title="Kallelse miljö- och byggnämnden") == "kallelse"
    # the text's own heading wins over a page title that says something else
    assert detect_type(["Minnesanteckningar"], "Minnesanteckningar\n",
                       embedded_title="Kallelse – Lövsjö kommun") == "minnesanteckningar"
