# ruff: noqa: E501  (lines of the invented documents' own text)
"""Layouts of the eleventh blind set (heldout_docs/blind11; scored blind at P 0.760 R 0.410), each with an
invented document of the same layout: a DOCX report whose uppdrag are headings "RF-2027-03 Title" (giver, year
and serial number; carried-over uppdrag of an earlier year among them, a table of contents repeating them), the
commission sentence under each heading and its status in prose only, the adopting organ on a key/value line
"Fastställd av …" above a "Mottagare" line; a kallelse whose items are numbered "3 Title" with a list "1. … 2. …"
inside an item; an annual report whose goals are "Mål 1: Title" over "Bedömning: Uppfyllt"; a follow-up page whose
uppdrag table is grouped by a holder cell merged down its rows ("Ansvarig nämnd", rowspan), the number in the
second column and the status a symbol read against a legend of screen-reader-hidden keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest import read_document
from graph.extract.status import classify
from graph.thesaurus import Thesaurus
from tests.extract_helpers import by_predicate, gold_facts


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


UPPDRAG = [
    ("RF-2027-03", "Utveckla mobila team i glesbygden", "Uppdraget pågår och slutredovisas 2028."),
    ("RF-2027-05", "Utreda en gemensam jourcentral", "Arbetet har därför ännu inte påbörjats."),
    ("RF-2026-09", "Införa digitala besök för kroniskt sjuka", "Uppdraget slutfördes därmed under året."),
]


def _coded_report(out: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("Återrapportering av uppdrag 2027", style="Title")
    d.add_paragraph("Hälsovalsnämndens redovisning av uppdrag från regionfullmäktige")
    d.add_paragraph("Dokumenttyp\tRapport")
    d.add_paragraph("Fastställd av hälsovalsnämnden 2027-11-18, § 70")
    d.add_paragraph("Mottagare\tRegionstyrelsen")
    d.add_paragraph("Innehåll", style="Heading 1")
    for k, (code, title, _st) in enumerate(UPPDRAG, 1):
        d.add_paragraph(f"2.{k} {code} {title} {k + 1}")
    d.add_paragraph("Uppdrag från regionfullmäktige", style="Heading 1")
    d.add_paragraph("Regionfullmäktige gav i Regionplan och budget 2027 hälsovalsnämnden uppdrag; ett uppdrag från "
                    "2026 var inte slutfört och redovisas igen.")
    for code, title, status in UPPDRAG:
        d.add_paragraph(f"{code} {title}", style="Heading 2")
        d.add_paragraph(f"Hälsovalsnämnden får i uppdrag att {title[:1].lower() + title[1:]}.")
        d.add_paragraph("Ansvarig: Områdeschef")
        d.add_paragraph(f"Under året har förvaltningen arbetat med frågan tillsammans med kommunerna. {status}")
    d.save(str(out))
    return out


def test_uppdrag_headed_by_coded_ids_with_prose_statuses(tmp_path: Path, thesaurus: Thesaurus) -> None:
    doc = read_document(_coded_report(tmp_path / "r.docx"), {"id": "r"})
    assert doc.organ == "Hälsovalsnämnden"   # "Fastställd av …", not the "Mottagare" line under it
    got = gold_facts(doc, thesaurus)
    kinds = {s.removeprefix("id:") for s, p, o in got if p == "rdf:type" and o == "sg:Assignment"}
    # one uppdrag per heading: the commission sentence under it is its wording, the contents' lines are no
    # uppdrag, and the 2026 uppdrag keeps its own year although 2026-09 comes after 2027-05
    assert kinds == {"assignment/2027/nr-3", "assignment/2027/nr-5", "assignment/2026/nr-9"}
    assert by_predicate(got, "sg:issuedBy") == {k: {"id:organ/regionfullmaktige"} for k in kinds}
    statuses = {k.split("/", 2)[2]: v for k, v in by_predicate(got, "sg:status").items()}
    assert statuses == {"2027/nr-3": {"id:status/pagar"}, "2027/nr-5": {"id:status/ej-paborjat"},
                        "2026/nr-9": {"id:status/genomfort"}}
    # the 2026 uppdrag carried over is reported on for the report's year
    years = {k.split("/", 2)[2]: v for k, v in by_predicate(got, "sg:year").items() if k.startswith("status-report/")}
    assert years == {"2027/nr-3": {"2027"}, "2027/nr-5": {"2027"}, "2026/nr-9": {"2027"}}


@pytest.mark.parametrize(("sentence", "status"), [
    ("Årets del av uppdraget är därmed genomförd.", "genomfort-for-aret"),
    ("Arbetet har därför ännu inte påbörjats.", "ej-paborjat"),
    ("Uppdraget slutfördes under året.", "genomfort"),
])
def test_status_sentences_with_an_adverb(sentence: str, status: str) -> None:
    assert classify(sentence) == [status]


KALLELSE = """Kallelse och föredragningslista

Sammanträde: Omsorgsnämnden
Datum: 2027-06-09

Ärenden

1 Sammanträdets öppnande

Ordföranden öppnar sammanträdet.

2 Val av justerare

Förslag till beslut

Omsorgsnämnden beslutar:
1. Utse Eva Holm (M) att justera protokollet.
2. Justeringen sker måndag 14 juni 2027.

3 Godkännande av dagordningen

Förslag till beslut: Dagordningen godkänns.

4 Riktlinjer för hemtjänst

Föredragande: Ulla Berg, förvaltningschef

Förslag till beslut: Nämnden antar riktlinjerna.
"""


def test_kallelse_items_numbered_without_a_dot_around_a_numbered_list(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "2027-06-09-kallelse-omsorgsnamnden.txt"
    path.write_text(KALLELSE, encoding="utf-8")
    got = gold_facts(read_document(path, {"id": "k"}), thesaurus)
    titles = {s.rsplit("/", 1)[1]: o for s, p, o in got if p == "dcterms:title" and "agenda-item/" in s}
    # the list "1. Utse …" "2. Justeringen …" inside item 2 does not swallow items 3 and 4
    assert titles == {"1": "Sammanträdets öppnande", "2": "Val av justerare", "3": "Godkännande av dagordningen",
                      "4": "Riktlinjer för hemtjänst"}


ANNUAL = """Verksamhetsberättelse 2027
Kulturnämnden

Fastställd av kulturnämnden 2028-02-10, § 8

3 Måluppfyllelse

3.1 Kultur för alla

Mål 1: Fler invånare tar del av kulturlivet
Bedömning: Uppfyllt

Besöken ökade under året, främst tack vare meröppna bibliotek och fler författarbesök.

Indikatorer
• Antal besök på biblioteken: 184 200 (målvärde ≥ 175 000)
• Antal besökare på konsthallen: 21 350 (målvärde ≥ 22 000)

Aktiviteter under året
• Meröppet bibliotek i Västerby

Mål 2: Barn och unga har en meningsfull fritid
Bedömning: Delvis uppfyllt

Lovaktiviteterna har blivit fler men deltagandet i kulturskolan har minskat.

Indikatorer
• Antal lovaktiviteter för barn och unga: 412 (målvärde ≥ 350)

Aktiviteter under året
• Avgiftsfri kulturskola på loven
"""


def test_annual_report_goals_over_an_assessment_line(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "2027-verksamhetsberattelse-kulturnamnden.txt"
    path.write_text(ANNUAL, encoding="utf-8")
    doc = read_document(path, {"id": "v"})
    assert doc.doc_type == "verksamhetsplan"   # "Bedömning:" lines assess goals: no report on uppdrag
    got = gold_facts(doc, thesaurus)
    titles = {s.removeprefix("id:"): o for s, p, o in got if p == "dcterms:title" and "effect-goal/" in s}
    assert titles == {"effect-goal/2027/1": "Fler invånare tar del av kulturlivet",
                      "effect-goal/2027/2": "Barn och unga har en meningsfull fritid"}
    part = by_predicate(got, "sg:partOf")
    assert sorted(k for k in part if k.startswith("indicator/")) == [
        "indicator/2027/1/1", "indicator/2027/1/2", "indicator/2027/2/1"]
    acts = {o for k, v in by_predicate(got, "sg:contributesTo").items() if k.startswith("activity/") for o in v}
    assert acts == {"id:effect-goal/2027/1", "id:effect-goal/2027/2"}


FOLLOW_UP_PAGE = """<!doctype html><html lang="sv"><head><title>Uppföljning av uppdrag 2027</title></head><body>
<main><h1>Uppföljning av kommunfullmäktiges uppdrag 2027</h1>
<p>Kommunfullmäktige gav i Mål och budget 2027 kommunstyrelsen och nämnderna fem uppdrag.</p>
<h2>Teckenförklaring</h2>
<ul><li><span aria-hidden="true">●</span> Genomfört</li><li><span aria-hidden="true">◐</span> Pågår enligt plan</li>
<li><span aria-hidden="true">○</span> Ej påbörjat</li></ul>
<p class="trend"><span aria-hidden="true">↑</span> 2026: 86 %</p>
<table><tr><th>Ansvarig nämnd</th><th>Nr</th><th>Uppdrag</th><th>Status</th><th>Kommentar</th></tr>
<tr><th rowspan="2">Kommunstyrelsen</th><td>1</td><td>Ta fram en lokalförsörjningsplan</td><td><span title="Genomfört">●</span></td><td>Planen antogs i juni.</td></tr>
<tr><td>4</td><td>Utreda en gemensam servicenämnd</td><td>◐</td><td>Utredningen redovisas i december.</td></tr>
<tr><th rowspan="2">Tekniska nämnden</th><td>2</td><td>Anlägga en cykelväg till Sörby</td><td>○</td><td>Startar 2028.</td></tr>
<tr><td>5</td><td>Ta fram en plan för laddplatser</td><td>●</td><td>Planen är antagen.</td></tr>
<tr><th>Kommunstyrelsen och tekniska nämnden</th><td>3</td><td>Ta fram ett trygghetsprogram</td><td>◐</td><td>Programmet tas fram under hösten.</td></tr>
</table></main></body></html>"""


def test_uppdrag_table_grouped_by_holder_with_a_symbol_legend(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "u.html"
    path.write_text(FOLLOW_UP_PAGE, encoding="utf-8")
    doc = read_document(path, {"id": "u"})
    # the legend's keys are hidden from screen readers but read by everyone else; an arrow beside a value is not
    assert "● Genomfört" in doc.text and "↑ 2026" not in doc.text
    assert "| 4 | Utreda en gemensam servicenämnd" in doc.text   # the merged holder cell left empty
    got = gold_facts(doc, thesaurus)
    held = {k.rsplit("/", 1)[1]: v for k, v in by_predicate(got, "sg:assignedTo").items()}
    assert held == {"nr-1": {"id:organ/kommunstyrelsen"}, "nr-4": {"id:organ/kommunstyrelsen"},
                    "nr-2": {"id:organ/tekniska-namnden"}, "nr-5": {"id:organ/tekniska-namnden"},
                    "nr-3": {"id:organ/kommunstyrelsen", "id:organ/tekniska-namnden"}}
    statuses = {k.rsplit("/", 1)[1]: v for k, v in by_predicate(got, "sg:status").items()}
    assert statuses == {"nr-1": {"id:status/genomfort"}, "nr-4": {"id:status/pagar"}, "nr-2": {"id:status/ej-paborjat"},
                        "nr-5": {"id:status/genomfort"}, "nr-3": {"id:status/pagar"}}


def test_adopting_organ_phrases_and_group_names() -> None:
    from corpus.metadata import _organ_name_line
    from corpus.vocabulary import load_vocabulary

    vocab = load_vocabulary()
    assert _organ_name_line("Beredningen för samverkan mot våld", vocab)   # a group's name may hold "mot"
    assert not _organ_name_line("Uppdrag från kommunfullmäktige", vocab)
    m = vocab.adopted_by.match("Fastställd av närsjukvårdsnämnden den 20 november 2025")
    assert m is not None and m["o"] == "närsjukvårdsnämnden"


def test_a_bulleted_list_of_wordings_is_no_symbol_legend() -> None:
    from graph.extract.status import read_legend

    assert read_legend("• Genomfört\n• Pågår enligt plan\n") == {}
    assert read_legend("• ● Genomfört\n• ◐ Pågår enligt plan\n") == {"●": "Genomfört", "◐": "Pågår enligt plan"}
