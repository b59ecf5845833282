# ruff: noqa: E501, RUF005  (lines of the documents' own text)
"""Blind set 10, helper b: writes four plan/report documents into ../../blind10/ (scored blind, never tuned on).

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind10/make_blind10_b.py`.

1. 2026-verksamhetsplan-fastighets-och-servicenamnden.docx (python-docx): a verksamhetsplan in which EVERY GOAL
   IS A TWO-COLUMN WORD TABLE (Table Grid) whose first column holds shaded bold LABEL CELLS: "Nr" | "1", "Mål" |
   the title, then one "Indikator" row and one "Målvärde 2026" row per indicator (interleaved), one "Aktivitet"
   row per activity and a closing "Ansvarig" row; goal 5's only Aktivitet row says that no new activity is
   planned. Heading 2 "Målområde: X" above the tables (perspectives), a letterhead paragraph, Title, the
   "Antagen av …" line, a budget table (not a goal).
2. 2025-delarsrapport-skol-och-fritidsnamnden.pdf (reportlab platypus): a delårsrapport januari–augusti whose
   goal assessments are WORDS IN A "Prognos helår" COLUMN: a summary table Nr | Nämndmål | Prognos helår on
   page 1, then per goal a bold line "Nämndmål N. Title" under "Perspektiv: X" sub-chapters, an indicator table
   Indikator | Utfall 2024 | Utfall aug 2025 | Målvärde 2025 | Prognos helår (Uppnås / Uppnås delvis / Uppnås
   inte) and a "Pågående och genomförda aktiviteter" list of "–" lines; then a chapter of uppdrag from
   kommunfullmäktige as NUMBERED PARAGRAPHS "1. …" with the STATUS IN BRACKETS AT THE END ("[Pågår]"); an
   economy table. Running header "Björkvattnet kommun · Delårsrapport 2025" and footer "Sida N".
3. 2025-nyckeltal-vardnamnden.txt: a key-figure follow-up as `pdftotext -layout` text (form feeds between three
   pages, running header "REGION ÄLVMARK   Nyckeltal och måluppföljning 2025   N (3)"): "Strategiskt område: X"
   lines (perspectives), each goal "Mål N  Title" followed by a FIXED-WIDTH GRID Nyckeltal | 2023 | 2024 |
   2025 | Målvärde | Trend, names wrapping onto a second grid line, the "Trend" column holding arrows (↑ ↓ →
   ↗ ↘) explained in a legend on page 1; then "Insatser 2025:" with "*" lines. Goal 4's grid is broken by the
   page break (its last key figure on page 3).
4. 2025-aterrapportering-samhallsplaneringsnamnden.html: a municipal web page (menu, breadcrumb, status filter
   buttons, legend, footer with publication date) in which uppdrag are CARDS (<article class="uppdrag-kort">):
   a "Uppdrag nr N" label, an <h3> title, a <dl> with "Givet av", "Beslutsdatum", "Status:", "Senast
   uppdaterad", "Beräknas klart", and a comment paragraph; the cards are grouped under two <h2> sections for
   kommunfullmäktige and kommunstyrelsen, numbered as one running list (löpnummer).

Norrfjälla kommun, Björkvattnet kommun, Region Älvmark, Tallnäs kommun, their people and numbers are invented.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parents[2] / "general"   # moved there after scoring (was ../../blind10)
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/usr/local/share/fonts")]


# ---------------------------------------------------------------------------------------------------------------
# 1. DOCX: verksamhetsplan 2026, Fastighets- och servicenämnden, Norrfjälla kommun (one Word table per goal)
# ---------------------------------------------------------------------------------------------------------------

# (målområde, [(nr, title, [(indikator, målvärde)], [activities], ansvarig)])
GOALS_DOCX: list[tuple[str, list[tuple[int, str, list[tuple[str, str]], list[str], str]]]] = [
    ("Hållbar och klimatsmart kommun", [
        (1, "Energianvändningen i kommunens lokaler minskar",
         [("Energianvändning i egna verksamhetslokaler, kWh per kvadratmeter och år", "Högst 118 (utfall 2024: 127)"),
          ("Andel egenproducerad solel av lokalernas elanvändning", "Minst 9 procent")],
         ["Byta ventilationsaggregat i Fjällängens skola och Norrfjälla simhall",
          "Införa timvis energiuppföljning i samtliga förskolor",
          "Ta fram en plan för solceller på kommunens tak 2026–2029"],
         "Fastighetschef"),
        (2, "Kommunens fordon och transporter är fossilfria",
         [("Andel fossilfria drivmedel i den kommunala fordonsparken", "Minst 85 procent"),
          ("Antal laddpunkter vid kommunens arbetsplatser", "Minst 140")],
         ["Ersätta tolv dieseldrivna servicebilar med elbilar",
          "Samordna varutransporterna till skolor och äldreboenden i en gemensam slinga"],
         "Transportsamordnare"),
    ]),
    ("Service i världsklass", [
        (3, "Verksamheterna får lokaler som motsvarar deras behov",
         [("Andel lokalbeställningar som levereras enligt överenskommen tidplan", "Minst 80 procent"),
          ("Verksamheternas nöjdhet med lokalerna, index", "Minst 72"),
          ("Andel av lokalbeståndet med genomförd tillgänglighetsinventering", "100 procent")],
         ["Införa en digital portal för felanmälan och lokalbeställningar"],
         "Förvaltningschef"),
        (4, "Måltiderna i skola och omsorg är goda, näringsriktiga och hållbara",
         [("Andel ekologiska livsmedel av inköpt värde", "Minst 40 procent"),
          ("Matsvinn i skolrestaurangerna, gram per portion", "Högst 30"),
          ("Elevernas nöjdhet med skollunchen, andel nöjda", "Minst 75 procent")],
         ["Erbjuda ett vegetariskt alternativ varje dag i alla skolrestauranger",
          "Mäta tallrikssvinnet fyra veckor per termin i samtliga skolor"],
         "Kostchef"),
    ]),
    ("Attraktiv arbetsgivare", [
        (5, "Medarbetarna har en god och hälsosam arbetsmiljö",
         [("Sjukfrånvaro bland nämndens medarbetare, procent", "Högst 6,5 procent"),
          ("Hållbart medarbetarengagemang (HME), index", "Minst 78")],
         [],
         "Förvaltningschef"),
    ]),
]

LABEL_FILL = "DCE6D8"


def _shade(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _goal_table(document: Any, nr: int, title: str, inds: list[tuple[str, str]], acts: list[str],
                ansvarig: str) -> None:
    rows: list[tuple[str, str]] = [("Nr", str(nr)), ("Mål", title)]
    for name, target in inds:
        rows += [("Indikator", name), ("Målvärde 2026", target)]
    if acts:
        rows += [("Aktivitet", a) for a in acts]
    else:
        rows += [("Aktivitet", "Inga nya aktiviteter planeras 2026. Arbetet bedrivs inom ordinarie verksamhet.")]
    rows.append(("Ansvarig", ansvarig))
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for i, (label, value) in enumerate(rows):
        lc, vc = table.rows[i].cells
        lc.width, vc.width = Cm(3.6), Cm(12.8)
        r = lc.paragraphs[0].add_run(label)
        r.bold = True
        r.font.size = Pt(10)
        _shade(lc, LABEL_FILL)
        rv = vc.paragraphs[0].add_run(value)
        rv.font.size = Pt(10)
        if label == "Mål":
            rv.bold = True
    document.add_paragraph()


def write_docx(path: Path) -> None:
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    p = document.add_paragraph()
    r = p.add_run("NORRFJÄLLA KOMMUN")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor.from_string("3B6E2F")
    p.add_run("\nFastighets- och serviceförvaltningen").font.size = Pt(9)
    document.add_heading("Verksamhetsplan 2026", level=0)
    document.add_paragraph("Fastighets- och servicenämnden")
    document.add_paragraph("Antagen av fastighets- och servicenämnden 2025-12-04, § 97\nDnr FSN 2025/0311")
    document.add_heading("1 Inledning", level=1)
    document.add_paragraph(
        "Verksamhetsplanen beskriver hur nämnden bidrar till kommunfullmäktiges målområden i Strategisk plan "
        "2024–2027 (KF 2023-06-19, § 54). Varje nämndmål redovisas i en tabell med indikatorer, målvärden för "
        "2026 och de aktiviteter som förvaltningen ska genomföra under året. Uppföljning sker i delårsrapporten "
        "per augusti och i verksamhetsberättelsen.")
    document.add_paragraph(
        "Nämnden ansvarar för kommunens verksamhetslokaler, kost, lokalvård och fordonsförsörjning. Inför 2026 har "
        "antalet nämndmål minskats från sju till fem.")
    document.add_heading("2 Nämndens mål 2026", level=1)
    for area, goals in GOALS_DOCX:
        document.add_heading(f"Målområde: {area}", level=2)
        for nr, title, inds, acts, ansvarig in goals:
            _goal_table(document, nr, title, inds, acts, ansvarig)
    document.add_heading("3 Budget 2026", level=1)
    document.add_paragraph("Nämndens budgetram för 2026 är 412,6 miljoner kronor netto.")
    budget = [("Verksamhet", "Budget 2025, mnkr", "Budget 2026, mnkr"),
              ("Fastighetsförvaltning", "238,4", "246,0"), ("Kost", "121,9", "124,7"),
              ("Lokalvård", "33,2", "34,1"), ("Fordon och transport", "7,5", "7,8"), ("Summa", "401,0", "412,6")]
    t = document.add_table(rows=len(budget), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(budget):
        for j, value in enumerate(row):
            run = t.rows[i].cells[j].paragraphs[0].add_run(value)
            run.bold = i == 0 or i == len(budget) - 1
    document.add_paragraph()
    document.add_paragraph("Norrfjälla 2025-12-04\n\nAnn-Sofi Lundmark\nOrdförande, fastighets- och servicenämnden")
    document.save(path)


# ---------------------------------------------------------------------------------------------------------------
# 2. PDF: delårsrapport januari–augusti 2025, Skol- och fritidsnämnden, Björkvattnet kommun
# ---------------------------------------------------------------------------------------------------------------

# (perspektiv, [(nr, title, prognos, [(indikator, utfall 2024, utfall aug 2025, målvärde, prognos)], [activities])])
GOALS_PDF: list[tuple[str, list[tuple[int, str, str, list[tuple[str, str, str, str, str]], list[str]]]]] = [
    ("Barn och elever", [
        (1, "Alla elever når kunskapskraven och lämnar grundskolan med godkända betyg", "Uppnås delvis",
         [("Andel elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram", "84 %", "86 %", "90 %", "Uppnås delvis"),
          ("Genomsnittligt meritvärde i årskurs 9", "219", "224", "225", "Uppnås delvis"),
          ("Andel elever i årskurs 6 med lägst betyget E i svenska", "91 %", "93 %", "92 %", "Uppnås")],
         ["Läsfrämjande satsning med skolbibliotekarier i årskurs 1–3",
          "Extra studiestöd på lovskola under sommarlovet",
          "Gemensam bedömning av nationella prov i matematik"]),
        (2, "Barn och elever känner sig trygga i förskola och skola", "Uppnås",
         [("Andel elever i årskurs 5 som känner sig trygga i skolan", "88 %", "91 %", "90 %", "Uppnås"),
          ("Andel vårdnadshavare i förskolan som anser att barnet är tryggt", "94 %", "95 %", "95 %", "Uppnås")],
         ["Rastvärdsschema med vuxna på alla skolgårdar",
          "Utbildning i normkritik för all personal i förskolan"]),
    ]),
    ("Fritid och kultur", [
        (3, "Fler unga deltar i meningsfulla fritidsaktiviteter", "Uppnås inte",
         [("Antal deltagartillfällen i föreningar för 7–20 år per invånare", "21,4", "13,0", "23,0", "Uppnås inte"),
          ("Antal besök på fritidsgårdarna", "18 240", "10 905", "19 000", "Uppnås delvis")],
         ["Sommarlovsaktiviteter i alla kommundelar",
          "Öppet idrottshall fredagskvällar i Björkvattnet och Löv"]),
    ]),
    ("Medarbetare och ekonomi", [
        (4, "Nämnden har kompetenta och engagerade medarbetare", "Uppnås delvis",
         [("Andel legitimerade lärare med behörighet i ämnet", "79 %", "80 %", "83 %", "Uppnås delvis"),
          ("Sjukfrånvaro, procent", "7,4 %", "6,8 %", "högst 6,5 %", "Uppnås delvis")],
         ["Lärarlyftet för obehöriga lärare i matematik och NO"]),
    ]),
]

# (nr, text, status)
UPPDRAG_PDF: list[tuple[int, str, str]] = [
    (1, "Utreda hur skolskjutsarna kan samordnas med kollektivtrafiken i Löv och Nordvik. Utredningen har "
        "påbörjats tillsammans med trafikbolaget och redovisas för nämnden i november.", "Pågår"),
    (2, "Inrätta en gemensam mottagningsenhet för nyanlända elever. Enheten öppnade vid höstterminens start i "
        "Centrumskolan.", "Genomfört"),
    (3, "Minska antalet barn per grupp i förskolan till högst 15. Målet har nåtts i sex av nio förskolor; "
        "resterande tre saknar lokaler för fler avdelningar.", "Delvis genomfört"),
    (4, "Ta fram en plan för en ny sporthall i Nordvik. Arbetet startar när den fördjupade översiktsplanen är "
        "antagen.", "Ej påbörjat"),
    (5, "Införa avgiftsfri kulturskola för alla elever i grundskolan. Nämnden har bedömt att uppdraget inte ryms "
        "i budgetramen och har begärt att kommunfullmäktige upphäver det.", "Kommer inte att genomföras"),
]

PDF_ACCENT = "#7a3b69"
PROGNOS_COLOUR = {"Uppnås": "#2e7d32", "Uppnås delvis": "#b57f00", "Uppnås inte": "#c62828"}


def _register_fonts() -> tuple[str, str]:
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
            pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                                          italic="DejaVuSans", boldItalic="DejaVuSans-Bold")
            return "DejaVuSans", "DejaVuSans-Bold"
    raise SystemExit("DejaVu Sans (DejaVuSans.ttf, DejaVuSans-Bold.ttf) is needed")


def _furniture(canv: Any, doc: Any) -> None:
    width, height = A4
    canv.saveState()
    canv.setFont("DejaVuSans", 8.5)
    canv.setFillColor(colors.HexColor(PDF_ACCENT))
    canv.drawString(20 * mm, height - 12 * mm, "Björkvattnet kommun · Delårsrapport 2025")
    canv.drawRightString(width - 20 * mm, height - 12 * mm, "Skol- och fritidsnämnden")
    canv.setStrokeColor(colors.HexColor(PDF_ACCENT))
    canv.line(20 * mm, height - 14 * mm, width - 20 * mm, height - 14 * mm)
    canv.setFillColor(colors.HexColor("#444444"))
    canv.drawRightString(width - 20 * mm, 10 * mm, f"Sida {doc.page}")
    canv.restoreState()


def write_pdf(path: Path) -> None:
    font, bold = _register_fonts()
    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13, spaceAfter=5)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    h0 = ParagraphStyle("h0", fontName=bold, fontSize=20, leading=24, spaceAfter=6,
                        textColor=colors.HexColor(PDF_ACCENT))
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=13, leading=17, spaceBefore=10, spaceAfter=5)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4,
                        textColor=colors.HexColor(PDF_ACCENT))
    goal = ParagraphStyle("goal", fontName=bold, fontSize=10, leading=13, spaceBefore=6, spaceAfter=4)
    dash = ParagraphStyle("dash", parent=body, leftIndent=12, firstLineIndent=-8, spaceAfter=2)
    numbered = ParagraphStyle("num", parent=body, leftIndent=14, firstLineIndent=-14, spaceAfter=6)
    grid = TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTNAME", (0, 0), (-1, 0), bold),
                       ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eadcE6")),
                       ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999"))])

    def word(text: str) -> Paragraph:
        return Paragraph(f'<font color="{PROGNOS_COLOUR[text]}"><b>{text}</b></font>', small)

    story: list[Any] = [
        Paragraph("Delårsrapport januari–augusti 2025", h0),
        Paragraph("Skol- och fritidsnämnden", h1),
        Paragraph("Behandlad av skol- och fritidsnämnden 2025-09-23, § 64. Dnr SFN 2025/187.", body),
        Paragraph("1 Sammanfattning", h1),
        Paragraph("Delårsrapporten avser perioden januari–augusti 2025 och innehåller en prognos för helåret. "
                  "Av nämndens fyra nämndmål bedöms ett uppnås, två uppnås delvis och ett inte uppnås. "
                  "Prognosen för ekonomin är ett underskott på 3,1 miljoner kronor.", body),
        Paragraph("Tabell 1. Måluppfyllelse i sammandrag", small), Spacer(1, 3),
    ]
    summary = [["Nr", "Nämndmål", "Prognos helår"]]
    for _, goals in GOALS_PDF:
        for nr, title, prognos, _i, _a in goals:
            summary.append([str(nr), Paragraph(title, small), word(prognos)])
    t = Table(summary, colWidths=[12 * mm, 118 * mm, 36 * mm])
    t.setStyle(grid)
    story += [t, Paragraph("2 Mål och måluppfyllelse", h1),
              Paragraph("Nämndmålen följs upp med indikatorer. Kolumnen Prognos helår anger förvaltningens "
                        "bedömning av om målvärdet nås vid årets slut.", body)]
    for k, (persp, goals) in enumerate(GOALS_PDF, start=1):
        story.append(Paragraph(f"2.{k} Perspektiv: {persp}", h2))
        for nr, title, _p, inds, acts in goals:
            block: list[Any] = [Paragraph(f"Nämndmål {nr}. {title}", goal)]
            rows: list[list[Any]] = [["Indikator", "Utfall 2024", "Utfall aug 2025", "Målvärde 2025", "Prognos helår"]]
            for name, u24, u25, mv, pr in inds:
                rows.append([Paragraph(name, small), u24, u25, mv, word(pr)])
            it = Table(rows, colWidths=[64 * mm, 20 * mm, 26 * mm, 24 * mm, 32 * mm])
            it.setStyle(grid)
            block += [it, Spacer(1, 4), Paragraph("<b>Pågående och genomförda aktiviteter</b>", body)]
            block += [Paragraph(f"– {a}", dash) for a in acts]
            story.append(KeepTogether(block))
    story += [Paragraph("3 Uppdrag från kommunfullmäktige", h1),
              Paragraph("Kommunfullmäktige gav i Budget 2025 med plan 2026–2027 (KF 2024-11-18, § 102) nämnden "
                        "fem uppdrag. Uppdragen är numrerade som i budgeten. Status per den 31 augusti anges inom "
                        "hakparentes efter varje uppdrag.", body)]
    for nr, text, status in UPPDRAG_PDF:
        story.append(Paragraph(f"{nr}. {text} [{status}]", numbered))
    story += [Paragraph("4 Ekonomi", h1),
              Paragraph("Underskottet förklaras främst av fler elever i grundsärskolan och ökade kostnader för "
                        "skolskjuts.", body)]
    eco = [["Verksamhet, mnkr", "Budget 2025", "Prognos 2025", "Avvikelse"],
           ["Förskola", "142,0", "141,2", "0,8"], ["Grundskola", "286,5", "289,9", "–3,4"],
           ["Fritid och kultur", "31,8", "32,3", "–0,5"], ["Summa", "460,3", "463,4", "–3,1"]]
    et = Table(eco, colWidths=[60 * mm, 30 * mm, 30 * mm, 30 * mm])
    et.setStyle(grid)
    story.append(et)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=18 * mm,
                            title="Delårsrapport januari–augusti 2025 – Skol- och fritidsnämnden",
                            author="Björkvattnet kommun")
    doc.build(story, onFirstPage=_furniture, onLaterPages=_furniture)


# ---------------------------------------------------------------------------------------------------------------
# 3. TXT: nyckeltal och måluppföljning 2025, Vårdnämnden, Region Älvmark (fixed-width grid, Trend arrows)
# ---------------------------------------------------------------------------------------------------------------

# nr -> (title, [(name lines, 2023, 2024, 2025, målvärde, trend)], [insatser])
GOALS_TXT: dict[int, tuple[str, list[tuple[list[str], str, str, str, str, str]], list[str]]] = {
    1: ("Invånarna får vård i rätt tid",
        [(["Andel besök i primärvården inom tre dagar, %"], "78", "81", "84", "85", "↑"),
         (["Andel patienter som opereras inom 90 dagar", "från beslut, %"], "71", "69", "73", "80", "↗"),
         (["Väntande till första besök i specialiserad", "vård över 60 dagar, antal"], "2 140", "2 380", "2 010", "1 500", "↗")],
        ["Utökade telefontider på samtliga vårdcentraler",
         "Gemensam operationsplanering för Älvstad och Norrhamn"]),
    2: ("Fler invånare har en fast vårdkontakt",
        [(["Andel listade med namngiven fast läkarkontakt, %"], "41", "46", "52", "60", "↑"),
         (["Andel multisjuka äldre med samordnad", "individuell plan, %"], "58", "57", "57", "75", "→")],
        ["Införa fasta vårdteam för personer över 75 år"]),
    3: ("Vården är säker och jämlik",
        [(["Vårdrelaterade infektioner, %"], "8,9", "8,1", "8,4", "högst 7,0", "↘"),
         (["Trycksår hos inneliggande patienter, %"], "12,4", "11,0", "10,2", "högst 10", "↑"),
         (["Läkemedelsgenomgångar för personer 75+", "med fem läkemedel eller fler, %"], "63", "66", "70", "80", "↑")],
        ["Utbildning i basala hygienrutiner för alla nyanställda",
         "Kvartalsvis uppföljning av trycksår per avdelning",
         "Apotekare i de mobila hemsjukvårdsteamen"]),
    4: ("Regionen är en attraktiv arbetsgivare",
        [(["Sjukfrånvaro bland medarbetarna, %"], "7,9", "7,2", "6,9", "högst 6,5", "↑"),
         (["Kostnad för inhyrd personal, andel av", "personalkostnaden, %"], "4,8", "3,9", "2,7", "högst 2,0", "↑"),
         (["Personalomsättning bland sjuksköterskor, %"], "14,2", "13,1", "13,5", "högst 11", "↘")],
        ["Introduktionsår för nyutexaminerade sjuksköterskor",
         "Schemaläggning med önskemål i alla slutenvårdsenheter"]),
}
PERSP_TXT = {1: "Tillgänglig vård", 3: "Kvalitet och patientsäkerhet", 4: "Medarbetare"}
TXT_W = 100


def _header_txt(page: int) -> list[str]:
    left, mid, right = "REGION ÄLVMARK", "Nyckeltal och måluppföljning 2025", f"{page} (3)"
    gap = TXT_W - len(left) - len(mid) - len(right)
    return [left + " " * (gap // 2) + mid + " " * (gap - gap // 2) + right, "", ""]


def _grid_head() -> list[str]:
    return [f"     {'Nyckeltal':<48}{'2023':>8}{'2024':>8}{'2025':>8}{'Målvärde':>12}{'Trend':>8}",
            "     " + "-" * 92]


def _grid_row(row: tuple[list[str], str, str, str, str, str]) -> list[str]:
    names, a, b, c, goal, trend = row
    lines = [f"     {names[0]:<48}{a:>8}{b:>8}{c:>8}{goal:>12}{trend:>7} "]
    lines += [f"     {n}" for n in names[1:]]
    return [x.rstrip() for x in lines]


def _goal_txt(nr: int, rows: slice | None = None, with_insatser: bool = True, head: bool = True) -> list[str]:
    title, inds, acts = GOALS_TXT[nr]
    out: list[str] = []
    if head:
        out += [f"  Mål {nr}   {title}", ""]
    out += _grid_head()
    for row in inds[rows] if rows else inds:
        out += _grid_row(row)
    out.append("")
    if with_insatser:
        out += ["     Insatser 2025:"] + [f"       * {a}" for a in acts] + [""]
    return out


def _page(page: int, content: list[str], length: int = 62) -> str:
    body = _header_txt(page) + content
    body += [""] * max(length - len(body), 1)
    return "\n".join(body) + "\n"


def write_txt(path: Path) -> None:
    p1 = [
        "  Nyckeltal och måluppföljning 2025",
        "  Vårdnämnden",
        "",
        "  Fastställd av vårdnämnden 2026-02-12, § 15                                  Diarienr VN 2026/044",
        "",
        "  Inledning",
        "  Rapporten redovisar utfallet för nämndens nyckeltal 2023–2025 i förhållande till målvärdena i",
        "  nämndens plan för 2025. Nyckeltalen är grupperade under nämndens mål och strategiska områden.",
        "  Under varje mål redovisas de insatser som genomförts under året.",
        "",
        "  Teckenförklaring, kolumnen Trend (utveckling 2024–2025 i önskad riktning):",
        "     ↑  tydlig förbättring     ↗  viss förbättring     →  oförändrat",
        "     ↘  viss försämring        ↓  tydlig försämring",
        "",
        "",
        f"  Strategiskt område: {PERSP_TXT[1]}",
        "  " + "=" * 60,
        "",
    ] + _goal_txt(1)
    p2 = _goal_txt(2) + [
        "",
        f"  Strategiskt område: {PERSP_TXT[3]}",
        "  " + "=" * 60,
        "",
    ] + _goal_txt(3) + [
        "",
        f"  Strategiskt område: {PERSP_TXT[4]}",
        "  " + "=" * 60,
        "",
    ] + _goal_txt(4, slice(0, 2), with_insatser=False)
    p3 = _grid_head() + _grid_row(GOALS_TXT[4][1][2]) + [""] + \
        ["     Insatser 2025:"] + [f"       * {a}" for a in GOALS_TXT[4][2]] + [
        "",
        "",
        "  Sammanfattande bedömning",
        "  Åtta av elva nyckeltal har utvecklats i önskad riktning. Inget nyckeltal når helt målvärdet för 2025.",
        "  Störst utmaning finns inom samordnad individuell plan och personalomsättning.",
        "",
        "",
        "  Älvstad 2026-02-12",
        "",
        "  Gunnel Hedqvist                              Omar Sandberg",
        "  Ordförande, vårdnämnden                      Hälso- och sjukvårdsdirektör",
    ]
    path.write_text(_page(1, p1) + "\f" + _page(2, p2, 70) + "\f" + _page(3, p3), encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# 4. HTML: återrapportering av uppdrag 2025, Samhällsplaneringsnämnden, Tallnäs kommun (cards)
# ---------------------------------------------------------------------------------------------------------------

# (section, givet av, beslutsdatum, [(nr, title, status, updated, klart, comment)])
CARDS: list[tuple[str, str, str, list[tuple[int, str, str, str, str, str]]]] = [
    ("Uppdrag från kommunfullmäktige", "Kommunfullmäktige", "2024-11-25, § 131", [
        (1, "Ta fram ett förslag till ny översiktsplan för Tallnäs kommun", "Pågår", "2025-10-02", "2026-12",
         "Samrådshandlingen är klar och samråd pågår till och med den 15 november."),
        (2, "Utreda möjligheten till ett nytt verksamhetsområde vid Norra infarten", "Genomfört", "2025-06-10",
         "2025-06", "Utredningen redovisades för kommunfullmäktige i juni 2025."),
        (4, "Korta handläggningstiden för bygglov till högst fyra veckor", "Delvis genomfört", "2025-09-30",
         "2025-12", "Medianen är nu fem veckor. E-tjänsten för bygglov har införts, men två tjänster är vakanta."),
        (5, "Ta fram en grönplan för tätorterna Tallnäs och Bruksvik", "Ej påbörjat", "2025-09-30", "2026-09",
         "Arbetet startar när översiktsplanens samråd är avslutat."),
        (7, "Inventera kommunens mark för framtida bostadsbyggande", "Försenat", "2025-10-02", "2026-03",
         "Inventeringen blir inte klar under 2025 på grund av förseningar i upphandlingen av konsultstöd."),
    ]),
    ("Uppdrag från kommunstyrelsen", "Kommunstyrelsen", "2025-02-11, § 19", [
        (9, "Digitalisera detaljplaneprocessen enligt den nationella standarden", "Pågår", "2025-09-18", "2026-06",
         "Tre detaljplaner har tagits fram digitalt som pilot."),
        (10, "Se över taxan för planavgifter", "Kommer inte att genomföras", "2025-08-21", "–",
         "Taxan ses över i stället inom kommunens samlade taxeöversyn; nämnden föreslår att uppdraget avslutas."),
        (11, "Införa en gemensam kartportal för invånare och företag", "Genomfört", "2025-05-14", "2025-05",
         "Kartportalen lanserades i maj."),
    ]),
]
STATUS_CLASS = {"Pågår": "pagar", "Genomfört": "klar", "Delvis genomfört": "delvis", "Ej påbörjat": "ej",
                "Försenat": "forsenat", "Kommer inte att genomföras": "avbrutet"}


def write_html(path: Path) -> None:
    e = html.escape
    out: list[str] = [
        "<!DOCTYPE html>", '<html lang="sv">', "<head>", '<meta charset="utf-8">',
        "<title>Återrapportering av uppdrag 2025 – Samhällsplaneringsnämnden – Tallnäs kommun</title>",
        "<style>.uppdrag-kort{border:1px solid #ccd;border-radius:6px;padding:12px;margin:12px 0}"
        ".status{font-weight:bold}.pagar{color:#b57f00}.klar{color:#2e7d32}.delvis{color:#e06c00}"
        ".ej{color:#666}.forsenat,.avbrutet{color:#c62828}dl{display:grid;grid-template-columns:10em 1fr}</style>",
        "</head>", "<body>",
        '<a class="skip" href="#innehall">Hoppa till innehållet</a>',
        '<header><div class="logo">Tallnäs kommun</div><nav><ul>'
        '<li><a href="/bo-och-bygga/">Bo och bygga</a></li><li><a href="/omsorg/">Omsorg och stöd</a></li>'
        '<li><a href="/kommun-och-politik/">Kommun och politik</a></li></ul></nav></header>',
        '<nav class="breadcrumb" aria-label="Brödsmulor"><ol><li><a href="/">Start</a></li>'
        '<li><a href="/kommun-och-politik/">Kommun och politik</a></li>'
        '<li><a href="/kommun-och-politik/namnder/samhallsplaneringsnamnden/">Samhällsplaneringsnämnden</a></li>'
        "<li>Återrapportering av uppdrag 2025</li></ol></nav>",
        '<main id="innehall">',
        "<h1>Återrapportering av uppdrag 2025</h1>",
        '<p class="ingress">Samhällsplaneringsnämnden redovisar här hur arbetet med nämndens politiska uppdrag '
        "går. Rapporten redovisades för samhällsplaneringsnämnden 2025-10-16, § 88, och avser läget i början av "
        "oktober 2025.</p>",
        "<p>Uppdragen kommer från kommunfullmäktiges Mål och budget 2025 och från kommunstyrelsens beslut om "
        "uppdrag till nämnderna 2025. Alla uppdrag har ett löpnummer i kommunens gemensamma uppdragslista 2025; "
        "de nummer som saknas nedan avser uppdrag till andra nämnder.</p>",
        '<div class="filter" role="group" aria-label="Filtrera på status">'
        + "".join(f'<button type="button" data-status="{c}">{e(s)}</button>'
                  for s, c in [("Alla", "alla")] + list(STATUS_CLASS.items())) + "</div>",
        '<aside class="forklaring"><h2>Så läser du statusen</h2><ul>'
        "<li><strong>Pågår</strong> – arbetet är i gång enligt plan.</li>"
        "<li><strong>Försenat</strong> – uppdraget blir inte klart i tid.</li>"
        "<li><strong>Genomfört</strong> – uppdraget är slutfört och kan avslutas.</li></ul></aside>",
    ]
    for section, giver, date, cards in CARDS:
        out.append(f"<section><h2>{e(section)}</h2>")
        for nr, title, status, updated, klart, comment in cards:
            out += [
                f'<article class="uppdrag-kort" id="uppdrag-{nr}">',
                f'<p class="uppdragsnr">Uppdrag nr {nr}</p>',
                f"<h3>{e(title)}</h3>",
                "<dl>",
                f"<dt>Givet av</dt><dd>{e(giver)}</dd>",
                f"<dt>Beslutsdatum</dt><dd>{e(date)}</dd>",
                f'<dt>Status:</dt><dd class="status {STATUS_CLASS[status]}">{e(status)}</dd>',
                f"<dt>Senast uppdaterad</dt><dd><time>{updated}</time></dd>",
                f"<dt>Beräknas klart</dt><dd>{e(klart)}</dd>",
                "</dl>",
                f'<p class="kommentar">{e(comment)}</p>',
                "</article>",
            ]
        out.append("</section>")
    out += [
        "<h2>Sammanställning</h2>",
        "<p>Av nämndens åtta uppdrag är två genomförda, två pågår, ett är delvis genomfört, ett är inte påbörjat, "
        "ett är försenat och ett kommer inte att genomföras.</p>",
        '<p class="kontakt">Kontakt: Lina Åkerblad, planchef, <a href="mailto:lina.akerblad@tallnas.example">'
        "lina.akerblad@tallnas.example</a></p>",
        "</main>",
        '<footer><p>Tallnäs kommun · Storgatan 4 · 0000-10 00 00</p><p>Publicerad 2025-10-20 · '
        "Senast uppdaterad 2025-10-22</p></footer>",
        "</body>", "</html>",
    ]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write_docx(OUT / "2026-verksamhetsplan-fastighets-och-servicenamnden.docx")
    write_pdf(OUT / "2025-delarsrapport-skol-och-fritidsnamnden.pdf")
    write_txt(OUT / "2025-nyckeltal-vardnamnden.txt")
    write_html(OUT / "2025-aterrapportering-samhallsplaneringsnamnden.html")
