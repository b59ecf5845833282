# ruff: noqa: E501  (lines of the invented documents' own text)
"""The rest of the eleventh blind set's layouts (heldout_docs/blind11), each with an invented document of the
same layout: a landscape PDF plan whose ruled goal table has an areas' column before the goals' ("Målområde |
Nämndmål | Indikator | …", cells merged down) and one activity per paragraph of a cell; a kungörelse page whose
items carry an unlabelled proposal sentence and whose autumn meetings are listed after "sammanträden hösten
2027:"; a kallelse with sub-items "6a"/"6b"; a text report whose activity label stands back at the margin after
an indented bullet list; minutes whose presenters carry their role in apposition; a protokoll that opens each §
with its decision box (two formulas numbering their points on) and names the presenter under "Sammanfattning"."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest import read_document
from graph.thesaurus import Thesaurus
from tests.extract_helpers import by_predicate, gold_facts

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


GOALS = [
    ("Hållbar miljö", 1, "Kommunens verksamheter minskar sina utsläpp", ["Utsläpp från tjänsteresor, ton", "Andel fossilfria fordon"],
     ["Byta ut tio bilar mot elbilar", "Införa en resepolicy med klimatkrav"]),
    ("Hållbar miljö", 2, "Invånarna sorterar mer av sitt avfall", ["Andel matavfall som samlas in"],
     "Inga nya aktiviteter planeras 2027. Arbetet sker inom ordinarie verksamhet."),
    ("Trygg samhällsservice", 3, "Bygglov handläggs inom lagstadgad tid", ["Andel bygglov inom tio veckor", "Nöjd kund-index, bygglov"],
     ["Digitalisera ansökan om bygglov", "Erbjuda förhandsmöten varje vecka"]),
]


def _merged_plan(out: Path) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DV", str(FONT)))
    small = ParagraphStyle("s", fontName="DV", fontSize=8.5, leading=10.5)
    act = ParagraphStyle("a", parent=small, spaceAfter=6)
    body = ParagraphStyle("b", fontName="DV", fontSize=10, leading=13)
    rows: list[list[object]] = [[Paragraph(t, small) for t in ("Målområde", "Nämndmål", "Indikator", "Utfall 2025", "Målvärde 2027", "Aktiviteter 2027")]]
    spans: list[tuple[object, ...]] = []
    area_start, last_area = 1, GOALS[0][0]
    for area, nr, title, inds, acts in GOALS:
        if area != last_area:
            spans.append(("SPAN", (0, area_start), (0, len(rows) - 1)))
            area_start, last_area = len(rows), area
        g0 = len(rows)
        for k, ind in enumerate(inds):
            first = k == 0
            rows.append([
                Paragraph(area, small) if len(rows) == area_start else "",
                [Paragraph(f"Nämndmål {nr}", small), Paragraph(title, small)] if first else "",
                Paragraph(ind, small), Paragraph("40 %", small), Paragraph("≥ 60 %", small),
                ([Paragraph(a, act) for a in acts] if isinstance(acts, list) else [Paragraph(acts, act)]) if first else "",
            ])
        spans += [("SPAN", (1, g0), (1, len(rows) - 1)), ("SPAN", (5, g0), (5, len(rows) - 1))]
    spans.append(("SPAN", (0, area_start), (0, len(rows) - 1)))
    table = Table(rows, colWidths=[35 * mm, 50 * mm, 70 * mm, 22 * mm, 22 * mm, 60 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#777777"), ("VALIGN", (0, 0), (-1, -1), "TOP"), *spans]))
    doc = SimpleDocTemplate(str(out), pagesize=landscape(A4), invariant=1)
    doc.build([Paragraph("Verksamhetsplan 2027", body), Paragraph("Miljö- och byggnämnden", body),
               Paragraph("Antagen av miljö- och byggnämnden 2026-12-08, § 98", body), table])
    return out


def test_goal_table_with_an_areas_column_and_activity_paragraphs(tmp_path: Path, thesaurus: Thesaurus) -> None:
    doc = read_document(_merged_plan(tmp_path / "vp.pdf"), {"id": "vp"})
    got = gold_facts(doc, thesaurus)
    titles = by_predicate(got, "dcterms:title")
    assert {k: v for k, v in titles.items() if k.startswith("effect-goal/")} == {
        f"effect-goal/2027/{nr}": {title} for _a, nr, title, _i, _x in GOALS}
    assert by_predicate(got, "sg:partOf")["effect-goal/2027/3"] == {"id:perspective/trygg-samhallsservice"}
    assert by_predicate(got, "sg:partOf")["effect-goal/2027/1"] == {"id:perspective/hallbar-miljo"}
    labels = {next(iter(v)) for k, v in by_predicate(got, "skos:prefLabel").items() if k.startswith("activity/")}
    # one activity per paragraph of the merged cell, without the full stop the reader puts between them;
    # "Inga nya aktiviteter planeras" lists none
    assert labels == {a for *_r, acts in GOALS if isinstance(acts, list) for a in acts}
    inds = {k for k in by_predicate(got, "rdf:type") if k.startswith("indicator/")}
    assert inds == {"indicator/2027/1/1", "indicator/2027/1/2", "indicator/2027/2/1", "indicator/2027/3/1", "indicator/2027/3/2"}


KUNGORELSE = """<html><body><main><h1>Kungörelse – kommunfullmäktige</h1>
<p>Kommunfullmäktige sammanträder måndagen den 14 juni 2027 kl. 18.30 i Folkets hus.</p>
<h2>Ärenden</h2><ol><li>Upprop</li><li>Val av justerare</li></ol>
<h3>Beslutsärenden</h3>
<ol start="3">
<li>Detaljplan för kvarteret Ugglan i Åsby centrum <span>KS 2026/311</span><p>Kommunstyrelsen föreslår att fullmäktige antar detaljplanen.</p></li>
<li>Svar på motion om laddplatser <span>KS 2026/150</span><p>Motionär: Siv Ek (C).</p><p>Kommunstyrelsen föreslår att motionen avslås.</p></li>
<li>Val av ersättare i valnämnden<p>Valberedningen lämnar sitt förslag vid sammanträdet.</p></li>
</ol>
<p>Ordföranden föreslår att sammanträdet avslutas kl. 21.00.</p>
<p>Kommunfullmäktiges sammanträden hösten 2027: 20 september, 18 oktober och 22 november.</p>
<p>Åsby den 3 juni 2027</p></main></body></html>"""


def test_kungorelse_proposals_and_a_seasons_meetings(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "2027-06-14-kungorelse-kommunfullmaktige.html"
    path.write_text(KUNGORELSE, encoding="utf-8")
    got = gold_facts(read_document(path, {"id": "k"}), thesaurus)
    base = "agenda-item/kommunfullmaktige/2027-06-14"
    # a case number closes the title: the place's name before it is no notes column
    assert by_predicate(got, "dcterms:title")[f"{base}/3"] == {"Detaljplan för kvarteret Ugglan i Åsby centrum"}
    decided = {k.rsplit("/", 1)[-1] for k in by_predicate(got, "rdf:type") if k.startswith("decision/")}
    assert decided == {"3-1", "4-1"}   # "X föreslår att fullmäktige/motionen …"; not the chair's suggestion
    planned = {k.rsplit("/", 1)[-1] for k in by_predicate(got, "sg:planned")}
    assert planned == {"2027-09-20", "2027-10-18", "2027-11-22"}   # the year after "hösten", not the year before


def _kallelse(out: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("Kallelse", style="Title")
    d.add_paragraph("Sammanträde\tKultur- och fritidsnämnden")
    d.add_paragraph("Datum\t2027-03-17")
    for head, body in [("1 Upprop", "Ordföranden öppnar sammanträdet."),
                       ("2 Remisser", "Två remisser behandlas under punkterna 2a och 2b."),
                       ("2a Yttrande över biblioteksplan", "Föredragande: Eva Sten, bibliotekschef\nFörslag till beslut: Nämnden antar yttrandet."),
                       ("2b Yttrande över idrottspolicy", "Föredragande: Ola Berg, fritidschef\nFörslag till beslut: Nämnden antar yttrandet."),
                       ("3 Övriga frågor", "")]:
        d.add_paragraph(head, style="Heading 2")
        for line in filter(None, body.split("\n")):
            d.add_paragraph(line)
    d.save(str(out))
    return out


def test_kallelse_sub_items(tmp_path: Path, thesaurus: Thesaurus) -> None:
    got = gold_facts(read_document(_kallelse(tmp_path / "k.docx"), {"id": "k"}), thesaurus)
    numbers = {next(iter(v)) for k, v in by_predicate(got, "sg:number").items() if k.startswith("agenda-item/")}
    assert numbers == {"1", "2", "2a", "2b", "3"}
    pres = {k.rsplit("/", 1)[-1]: v for k, v in by_predicate(got, "sg:presenter").items()}
    assert pres == {"2a": {"id:person/eva-sten"}, "2b": {"id:person/ola-berg"}}
    decided = {k.rsplit("/", 1)[-1] for k in by_predicate(got, "rdf:type") if k.startswith("decision/")}
    assert decided == {"2a-1", "2b-1"}


REPORT = """Verksamhetsberättelse 2026
Tekniska nämnden

Mål 1: Gatorna är trygga och framkomliga
Bedömning: Delvis uppfyllt

Indikatorer
   •   Andel gator med godkänd beläggning enligt den årliga inventeringen av
       gatunätet: 78 % (målvärde ≥ 80 %)
   •   Antal olyckor med gående och cyklister: 14 (mål-
       värde ≤ 12)
Aktiviteter under året
   •   Ny belysning längs skolvägarna
   •   Hastighetsdämpande åtgärder vid fyra förskolor
"""


def test_a_label_back_at_the_margin_ends_an_indented_list(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "2026-verksamhetsberattelse-tekniska-namnden.txt"
    path.write_text(REPORT, encoding="utf-8")
    doc = read_document(path, {"id": "vb"})
    assert "(målvärde ≤ 12)\n\nAktiviteter under året" in doc.text   # a paragraph of its own
    got = gold_facts(doc, thesaurus)
    labels = {next(iter(v)) for k, v in by_predicate(got, "skos:prefLabel").items() if k.startswith("activity/")}
    assert labels == {"Ny belysning längs skolvägarna", "Hastighetsdämpande åtgärder vid fyra förskolor"}
    assert len([k for k in by_predicate(got, "rdf:type") if k.startswith("indicator/")]) == 2


MINUTES = """Minnesanteckningar från möte med pensionärsrådet

Tid: Tisdagen den 4 maj 2027, kl. 10.00–12.00
Närvarande: Gun Ahl, ordförande
Antecknare: Leif Moberg

1. Mötets öppnande
Ordföranden öppnade mötet. Dagordningen godkändes.

2. Ny färdtjänstupphandling
Karin Hult, upphandlare vid serviceförvaltningen, informerade om den nya upphandlingen av färdtjänst.
Gruppen noterade informationen.

3. Remiss: Plan för äldres hälsa 2028–2031
Planeringsledare Moa Rask gick igenom remissen och svarade på frågor.

4. Nästa möte
Nästa möte hålls tisdag 7 september 2027. Därefter träffas rådet tisdag 23 november 2027.
"""


def test_minutes_presenters_in_apposition_and_later_meetings(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "2027-05-04-minnesanteckningar-pensionarsradet.txt"
    path.write_text(MINUTES, encoding="utf-8")
    got = gold_facts(read_document(path, {"id": "m"}), thesaurus)
    pres = {k.rsplit("/", 1)[-1]: v for k, v in by_predicate(got, "sg:presenter").items()}
    assert pres == {"2": {"id:person/karin-hult"}, "3": {"id:person/moa-rask"}}
    titles = {k.rsplit("/", 1)[-1]: v for k, v in by_predicate(got, "dcterms:title").items() if k.startswith("agenda-item/")}
    assert titles["3"] == {"Remiss: Plan för äldres hälsa 2028–2031"}
    planned = {k.rsplit("/", 1)[-1] for k in by_predicate(got, "sg:planned")}
    assert planned == {"2027-09-07", "2027-11-23"}   # a meeting dated after the minutes is a planned one


PROTOKOLL = """Protokoll
Regionala utvecklingsnämnden
Sammanträdesdatum: 2027-04-20

§ 21 Val av justerare

Beslut
Nämnden utser Åsa Lind (S) att justera protokollet.

§ 22 Länstransportplan 2028–2039

Beslut
Regionala utvecklingsnämnden föreslår regionstyrelsen besluta följande:
1. Förslaget till länstransportplan skickas på remiss till länets kommuner. Regionala utvecklingsnämnden beslutar för egen del följande:
2. Regiondirektören får i uppdrag att sammanställa remissvaren.
3. Paragrafen förklaras omedelbart justerad.

Sammanfattning

Trafikstrateg Pia Holm presenterar förslaget till ny länstransportplan. Planen omfattar investeringar i regionala vägar och kollektivtrafik.

Beslutsunderlag
• Tjänsteskrivelse 2027-04-02
"""


def test_decision_first_protokoll(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "2027-04-20-protokoll-regionala-utvecklingsnamnden.txt"
    path.write_text(PROTOKOLL, encoding="utf-8")
    got = gold_facts(read_document(path, {"id": "p"}), thesaurus)
    decided = {k.rsplit("/", 1)[-1] for k in by_predicate(got, "rdf:type") if k.startswith("decision/")}
    assert decided == {"21-1", "22-1", "22-2"}   # the box's two formulas: a proposal and a decision of its own
    pres = {k.rsplit("/", 1)[-1]: v for k, v in by_predicate(got, "sg:presenter").items()}
    assert pres == {"22": {"id:person/pia-holm"}}   # under "Sammanfattning", after the decision box
