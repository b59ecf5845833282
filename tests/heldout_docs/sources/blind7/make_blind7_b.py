# ruff: noqa: E501  (lines of the documents' own text)
"""Blind set 7, helper b: writes four plan/report documents (scored blind in ../../blind7/, now in ../../general/).

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind7/make_blind7_b.py`.

1. 2025-uppfoljning-trafiknamnden.docx (python-docx): återrapportering of uppdrag, RF uppdrag as paragraph
   blocks ("RF 2025:3<TAB>wording", "Målområde: …", "Status: …", "Redovisning: …"), RS uppdrag as a Word table
   Nr | Uppdrag | Återrapportering whose status is only a sentence in the last cell.
2. 2026-verksamhetsplan-arbetsmarknads-och-integrationsnamnden.pdf (reportlab platypus, landscape): goals as one
   row each of a three-column table (Effektmål | Indikatorer och målvärden 2026 | Aktiviteter 2026) under
   spanning perspective band rows; indicators and activities as bullet paragraphs inside the cells.
3. 2025-delarsrapport-bygg-och-miljonamnden.txt: a delårsrapport as `pdftotext -layout` text (form feeds,
   running header, a space-aligned table whose first column holds the wrapped goal text beside the indicator
   rows, a page break inside a goal with the column heads repeated).
4. 2025-arsredovisning-barn-och-familjenamnden.html: a verksamhetsberättelse page of an årsredovisning site
   (menu, breadcrumb, side menu, footer), unnumbered nämndmål under "Målområde: …" headings with a badge and a
   <dl> of indicators, and a table of fullmäktige's uppdrag (Nr | Uppdrag | Målområde | Status).

Region Fjällmark, Strandby kommun, Västersunda kommun, Norrlida kommun, their people and numbers are invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
from reportlab.pdfgen import canvas as rl_canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parents[2] / "general"   # moved there after scoring (was ../../blind7)
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/usr/local/share/fonts")]


# ---------------------------------------------------------------------------------------------------------------
# 1. DOCX: återrapportering av uppdrag, Trafiknämnden, Region Fjällmark
# ---------------------------------------------------------------------------------------------------------------

# (id, wording, målområde, status line, report paragraphs)
RF_UPPDRAG: list[tuple[str, str, str, str, list[str]]] = [
    ("RF 2025:3", "Ta fram en plan för laddinfrastruktur vid regionens bussdepåer.",
     "Hållbar mobilitet", "Genomfört",
     ["Planen antogs av trafiknämnden den 22 maj 2025. Den omfattar depåerna i Fjällby, Nordvik och Åsen och "
      "anger i vilken ordning laddning byggs ut fram till 2029."]),
    ("RF 2025:7", "Införa ett gemensamt biljettsystem med grannlänen för arbetspendlare.",
     "Sammanhållen region", "Pågår",
     ["Avtal med de två grannregionerna är tecknat. Upphandlingen av biljettsystemet pågår och tilldelning "
      "väntas i november. Införandet planeras till hösten 2026."]),
    ("RF 2025:12", "Utöka den anropsstyrda trafiken i glesbygd till samtliga kommuner i länet.",
     "Sammanhållen region", "Delvis genomfört",
     ["Anropsstyrd trafik finns sedan den 1 april i fem av länets sju kommuner. I de två återstående "
      "kommunerna saknas avtal med taxibolag; en ny upphandling annonseras i oktober."]),
    ("RF 2025:15", "Genomföra trygghetsvandringar vid samtliga större bytespunkter.",
     "Trygg och tillgänglig trafik", "Försenat, blir inte klart under 2025",
     ["Trygghetsvandringar har genomförts vid fyra av elva bytespunkter. Arbetet har försenats av vakanser "
      "och återstående vandringar genomförs under första halvåret 2026."]),
]

# (id, wording, report)
RS_UPPDRAG: list[tuple[str, str, str]] = [
    ("RS 2025:2", "Redovisa en plan för att minska kostnaderna för skolskjutsar i samverkan med kommunerna.",
     "En plan med åtgärder för samordnade turer och gemensam upphandling redovisades för regionstyrelsen den "
     "3 juni 2025. Uppdraget är slutfört."),
    ("RS 2025:5", "Se över taxorna för färdtjänst och riksfärdtjänst.",
     "Arbetet har inte påbörjats. Översynen samordnas med den statliga utredningen om färdtjänst och startar i "
     "januari 2026."),
    ("RS 2025:9", "Pröva en försäljning av trafikbolagets fastighet i Nordvik.",
     "Fastigheten behövs för den utbyggda depån i Nordvik enligt laddplanen (RF 2025:3). Uppdraget kommer inte "
     "att slutföras och nämnden föreslår att regionstyrelsen avskriver det."),
]

SUMMARY: list[tuple[str, str]] = [
    ("Genomfört", "2"), ("Pågår", "1"), ("Delvis genomfört", "1"), ("Försenat", "1"),
    ("Ej påbörjat", "1"), ("Kommer inte att slutföras", "1"),
]


def _no_borders(table: Any) -> None:
    tbl = table._tbl
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    props = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    props.append(borders)


def write_docx(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    header = doc.sections[0].header.paragraphs[0]
    header.text = "REGION FJÄLLMARK\tTrafiknämnden\tÅterrapportering"

    doc.add_paragraph("Återrapportering av uppdrag 2025", style="Title")
    doc.add_paragraph("Trafiknämnden – läget per den 31 augusti 2025", style="Subtitle")

    meta = doc.add_table(rows=0, cols=2)
    _no_borders(meta)
    for label, value in [("Datum", "2025-09-25"), ("Diarienummer", "TN 2025/188"),
                         ("Handläggare", "Sara Lindqvist, verksamhetsutvecklare"),
                         ("Mottagare", "Regionstyrelsen")]:
        cells = meta.add_row().cells
        cells[0].width, cells[1].width = Cm(4), Cm(11)
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    doc.add_paragraph()

    doc.add_heading("Sammanfattning", level=1)
    doc.add_paragraph(
        "Trafiknämnden har sju uppdrag att återrapportera: fyra från regionfullmäktige och tre från "
        "regionstyrelsen. Tabellen visar hur många uppdrag som har respektive status. Två uppdrag är "
        "genomförda och ett kommer inte att slutföras.")
    summary = doc.add_table(rows=1, cols=2)
    summary.style = "Light List Accent 1"
    summary.alignment = WD_TABLE_ALIGNMENT.LEFT
    summary.rows[0].cells[0].text, summary.rows[0].cells[1].text = "Status", "Antal uppdrag"
    for word, count in SUMMARY:
        cells = summary.add_row().cells
        cells[0].text, cells[1].text = word, count

    doc.add_heading("Uppdrag från regionfullmäktige", level=1)
    doc.add_paragraph(
        "Regionfullmäktige gav i Regionplan och budget 2025 (RF 2024-11-26 § 118) trafiknämnden fyra uppdrag. "
        "Uppdragen betecknas RF 2025:N enligt fullmäktiges förteckning över uppdrag. För varje uppdrag anges "
        "vilket av regionplanens målområden det hör till.")
    for ident, wording, area, status, report in RF_UPPDRAG:
        head = doc.add_paragraph()
        head.paragraph_format.space_before = Pt(10)
        head.paragraph_format.tab_stops.add_tab_stop(Cm(2.6))
        run = head.add_run(ident)
        run.bold = True
        run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        head.add_run("\t" + wording).bold = True
        area_p = doc.add_paragraph()
        area_run = area_p.add_run(f"Målområde: {area}")
        area_run.italic = True
        area_run.font.size = Pt(9.5)
        status_p = doc.add_paragraph()
        status_p.add_run("Status: ").bold = True
        status_p.add_run(status)
        first = doc.add_paragraph()
        first.add_run("Redovisning: ").bold = True
        first.add_run(report[0])
        for more in report[1:]:
            doc.add_paragraph(more)

    doc.add_heading("Uppdrag från regionstyrelsen", level=1)
    doc.add_paragraph(
        "Regionstyrelsen har under 2025 gett trafiknämnden tre uppdrag i samband med uppsikten över nämndernas "
        "ekonomi. Uppdragen redovisas i tabellen.")
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Nr", "Uppdrag", "Återrapportering"], strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for ident, wording, report in RS_UPPDRAG:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = ident, wording, report
    for row in table.rows:
        row.cells[0].width, row.cells[1].width, row.cells[2].width = Cm(2.3), Cm(6), Cm(8)

    doc.add_heading("Fortsatt arbete", level=1)
    doc.add_paragraph(
        "Uppdrag som inte är slutförda redovisas på nytt i årsredovisningen 2025. Nämnden bedömer att "
        "biljettsamarbetet och den anropsstyrda trafiken kan vara på plats under 2026.")
    doc.add_paragraph("Anders Holm\ntrafikdirektör")
    doc.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 2. PDF: verksamhetsplan, Arbetsmarknads- och integrationsnämnden, Strandby kommun (landscape)
# ---------------------------------------------------------------------------------------------------------------

# (perspective, [(goal label, goal title, [indicator lines], [activities])])
PLAN: list[tuple[str, list[tuple[str, str, list[str], list[str]]]]] = [
    ("Perspektiv: Medborgare", [
        ("Effektmål 1", "Fler invånare går från försörjningsstöd till egen försörjning",
         ["Andel hushåll med långvarigt försörjningsstöd – målvärde högst 30 %",
          "Antal deltagare som går vidare till arbete eller studier efter avslutad insats – målvärde 260"],
         ["Bilda ett gemensamt arbetsmarknadsteam med socialtjänsten",
          "Erbjuda fler extratjänster inom kommunens verksamheter"]),
        ("Effektmål 2", "Nyanlända etablerar sig snabbare i arbetslivet",
         ["Andel deltagare i etableringsprogrammet som är i arbete eller studier 90 dagar efter programmet – "
          "målvärde 45 %",
          "Andel elever i sfi som klarar kurs C inom ett år – målvärde 60 %",
          "Antal platser för språkpraktik hos lokala företag – målvärde 40"],
         ["Starta yrkessvenska med inriktning mot vård och omsorg",
          "Utveckla samhällsorienteringen med digitalt stöd på fler språk"]),
        ("Effektmål 3", "Unga som varken arbetar eller studerar får stöd tidigt",
         ["Antal unga 16–24 år som nås av det kommunala aktivitetsansvaret – målvärde 180",
          "Andel unga som återgår till studier inom sex månader – målvärde 50 %"],
         ["Genomföra uppsökande arbete tillsammans med gymnasieskolan",
          "Öppna en mötesplats för unga på Jobbtorget"]),
    ]),
    ("Perspektiv: Medarbetare", [
        ("Effektmål 4", "Medarbetarna har en god och hållbar arbetsmiljö",
         ["Hållbart medarbetarengagemang (HME) – målvärde 78",
          "Sjukfrånvaro – målvärde högst 6,0 %"],
         ["Genomföra arbetsmiljöronder på samtliga enheter",
          "Införa kollegial handledning för arbetsmarknadshandläggare"]),
    ]),
    ("Perspektiv: Ekonomi", [
        ("Effektmål 5", "Nämnden bedriver verksamheten inom tilldelad ram",
         ["Budgetavvikelse vid årets slut – målvärde 0 tkr eller positiv",
          "Andel av nämndens kostnader som finansieras med statsbidrag och externa medel – målvärde 25 %"],
         ["Söka medel ur Europeiska socialfonden för ett nytt arbetsmarknadsprojekt",
          "Följa upp kostnaderna för försörjningsstöd varje månad"]),
    ]),
]

BUDGET = [
    ("Verksamhet (tkr)", "Budget 2025", "Budget 2026"),
    ("Arbetsmarknadsinsatser", "41 800", "43 200"),
    ("Vuxenutbildning och sfi", "36 500", "37 100"),
    ("Ekonomiskt bistånd", "58 900", "61 400"),
    ("Nämnd och administration", "7 300", "7 450"),
    ("Summa", "144 500", "149 150"),
]


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


class _NumberedCanvas(rl_canvas.Canvas):
    """Draws the running header and 'N (M)' page numbers once the page count is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._furniture(total)
            super().showPage()
        super().save()

    def _furniture(self, total: int) -> None:
        width, height = landscape(A4)
        self.saveState()
        self.setFont("DejaVuSans", 8)
        self.setFillColor(colors.HexColor("#444444"))
        self.drawString(18 * mm, height - 11 * mm, "Strandby kommun")
        self.drawRightString(width - 18 * mm, height - 11 * mm,
                             "Verksamhetsplan 2026 · Arbetsmarknads- och integrationsnämnden")
        self.setStrokeColor(colors.HexColor("#2f6b3f"))
        self.setLineWidth(0.6)
        self.line(18 * mm, height - 13 * mm, width - 18 * mm, height - 13 * mm)
        self.drawCentredString(width / 2, 9 * mm, f"{self._pageNumber} ({total})")
        self.restoreState()


def write_pdf(path: Path) -> None:
    regular, bold = _register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13.5, spaceAfter=5)
    title = ParagraphStyle("title", fontName=bold, fontSize=24, leading=29, spaceAfter=6,
                           textColor=colors.HexColor("#2f6b3f"))
    subtitle = ParagraphStyle("subtitle", fontName=regular, fontSize=15, leading=19, spaceAfter=12)
    chapter = ParagraphStyle("chapter", fontName=bold, fontSize=13, leading=17, spaceBefore=10, spaceAfter=5)
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8.8, leading=11.2)
    head = ParagraphStyle("head", parent=cell, fontName=bold, textColor=colors.white)
    goal_label = ParagraphStyle("goal_label", parent=cell, fontName=bold, textColor=colors.HexColor("#2f6b3f"))
    goal_title = ParagraphStyle("goal_title", parent=cell, fontName=bold, fontSize=9.5, leading=12)
    band = ParagraphStyle("band", parent=cell, fontName=bold, fontSize=9.5)
    bullet = ParagraphStyle("bullet", parent=cell, leftIndent=3.5 * mm, bulletIndent=0, spaceAfter=2.5,
                            bulletFontName=regular)

    story: list[Any] = [
        Spacer(1, 6 * mm),
        Paragraph("Verksamhetsplan 2026", title),
        Paragraph("Arbetsmarknads- och integrationsnämnden", subtitle),
        Paragraph("Antagen av arbetsmarknads- och integrationsnämnden den 3 december 2025, § 97", body),
        Paragraph("Diarienummer AIN 2025/214", body),
        Spacer(1, 4 * mm),
        Paragraph("1 Inledning", chapter),
        Paragraph("Arbetsmarknads- och integrationsnämnden ansvarar för kommunens arbetsmarknadsinsatser, "
                  "vuxenutbildningen inklusive svenska för invandrare, mottagandet av nyanlända och det "
                  "ekonomiska biståndet. Verksamhetsplanen bygger på kommunfullmäktiges Mål och budget "
                  "2026–2028 och på nämndens analys av arbetsmarknaden i Strandby.", body),
        Paragraph("Kommunens vision är att alla som kan arbeta i Strandby ska ha ett arbete att gå till. "
                  "Arbetslösheten i kommunen var 8,4 procent i augusti 2025, vilket är högre än i länet. "
                  "Andelen långtidsarbetslösa har ökat under året.", body),
        Paragraph("2 Ekonomiska förutsättningar", chapter),
        Paragraph("Nämndens ram för 2026 är 149,2 miljoner kronor. Ökningen jämfört med 2025 avser främst "
                  "ekonomiskt bistånd, där antalet hushåll väntas öka något.", body),
    ]
    budget = Table([[Paragraph(t, ParagraphStyle("b", parent=cell, fontName=bold if i in (0, len(BUDGET) - 1)
                                                  else regular)) for t in row]
                    for i, row in enumerate(BUDGET)], colWidths=[80 * mm, 35 * mm, 35 * mm], hAlign="LEFT")
    budget.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                                ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    story += [budget, PageBreak()]

    story += [
        Paragraph("3 Nämndens mål 2026", chapter),
        Paragraph("Nämndens effektmål är ordnade efter kommunens styrmodell med tre perspektiv. Varje effektmål "
                  "följs upp med de indikatorer som står i tabellen; målvärdena avser helåret 2026. "
                  "Aktiviteterna genomförs av förvaltningen inom ram och följs upp i delårsrapporten och "
                  "årsredovisningen.", body),
        Spacer(1, 2 * mm),
    ]
    rows: list[list[Any]] = [[Paragraph("Effektmål", head), Paragraph("Indikatorer och målvärden 2026", head),
                              Paragraph("Aktiviteter 2026", head)]]
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2f6b3f")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bb8a2")),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for perspective, goals in PLAN:
        r = len(rows)
        rows.append([Paragraph(perspective, band), "", ""])
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#dfeee3"))]
        for label, goal, indicators, activities in goals:
            rows.append([
                [Paragraph(label, goal_label), Paragraph(goal, goal_title)],
                [Paragraph(text.replace(" %", "\u00a0%"), bullet, bulletText="•") for text in indicators],
                [Paragraph(text, bullet, bulletText="–") for text in activities],
            ])
    grid = Table(rows, colWidths=[72 * mm, 118 * mm, 71 * mm], repeatRows=1, hAlign="LEFT")
    grid.setStyle(TableStyle(style))
    story.append(grid)
    story.append(KeepTogether([
        Paragraph("4 Uppföljning", chapter),
        Paragraph("Förvaltningen redovisar indikatorerna för nämnden i april, i delårsrapporten per augusti och i "
                  "årsredovisningen. Om ett målvärde inte väntas nås ska förvaltningen föreslå åtgärder.", body),
    ]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), topMargin=20 * mm, bottomMargin=16 * mm,
                            leftMargin=18 * mm, rightMargin=18 * mm,
                            title="Verksamhetsplan 2026 – Arbetsmarknads- och integrationsnämnden",
                            author="Strandby kommun")
    doc.build(story, canvasmaker=_NumberedCanvas)


# ---------------------------------------------------------------------------------------------------------------
# 3. TXT: delårsrapport as `pdftotext -layout` text, Bygg- och miljönämnden, Västersunda kommun
# ---------------------------------------------------------------------------------------------------------------

def _header(page: int) -> list[str]:
    left1, right1 = "VÄSTERSUNDA KOMMUN", "DELÅRSRAPPORT JANUARI–AUGUSTI 2025"
    left2, right2 = "Bygg- och miljönämnden", f"Sida {page} av 3"
    return [left1 + " " * (92 - len(left1) - len(right1)) + right1,
            left2 + " " * (92 - len(left2) - len(right2)) + right2, "", ""]


# column starts (0-based) of the goal table: goal, indicator, utfall 2024, jan–aug 2025, målvärde, bedömning
COLS = [3, 25, 59, 68, 78, 87]


def _row(cells: list[str]) -> str:
    line = ""
    for start, text in zip(COLS, cells, strict=False):
        if not text:
            continue
        if len(line) < start:
            line += " " * (start - len(line))
        else:
            line += "  "
        line += text
    return line.rstrip()


TABLE_HEAD = [
    _row(["Nämndmål", "Indikator", "Utfall", "Jan–aug", "Mål-", "Bedöm-"]),
    _row(["", "", "2024", "2025", "värde", "ning"]),
    "",
]

# Each goal: list of table lines as cell lists (goal column text, indicator text, values...)
GOAL_ROWS: list[list[list[str]]] = [
    [["1. Bygglov handläggs", "Genomsnittlig handläggningstid", "5,8 v", "4,9 v", "högst", "Delvis"],
     ["snabbt och", "för bygglov från komplett", "", "", "5 v"],
     ["rättssäkert", "ansökan"],
     ["", "Andel överprövade beslut som", "94 %", "96 %", "95 %", "Uppfylls"],
     ["", "står sig i högre instans"],
     ["", "Andel bygglovsärenden som", "91 %", "97 %", "100 %", "Delvis"],
     ["", "avgörs inom lagstadgad tid"]],
    [["2. Livsmedlen som", "Andel planerade livsmedels-", "78 %", "61 %", "100 %", "Uppfylls"],
     ["säljs och serveras", "kontroller som har genomförts", "", "", "", "ej"],
     ["är säkra", "Andel kontrollerade verksam-", "71 %", "74 %", "75 %", "Uppfylls"],
     ["", "heter utan avvikelser"]],
    [["3. Miljötillsynen", "Andel prioriterade tillsyns-", "82 %", "64 %", "90 %", "Delvis"],
     ["förebygger skador på", "objekt som fått tillsynsbesök"],
     ["människors hälsa och", "Antal inventerade enskilda", "310", "205", "350", "Uppfylls"],
     ["miljön", "avlopp"]],
]
GOAL_ROWS_PAGE3: list[list[list[str]]] = [
    [["", "Andel underkända enskilda", "58 %", "66 %", "70 %", "Delvis"],
     ["", "avlopp som har åtgärdats"]],
    [["4. Kunderna upplever", "Andel kunder som får svar på", "86 %", "92 %", "90 %", "Uppfylls"],
     ["god service och", "e-post inom två arbetsdagar"],
     ["ett gott bemötande", "Nöjd kund-index (NKI) i", "69", "–", "72", "Mäts ej"],
     ["", "SKR:s servicemätning Insikt", "", "", "", "under"],
     ["", "", "", "", "", "året"]],
]


def write_txt(path: Path) -> None:
    pages: list[list[str]] = []
    p1 = [*_header(1), "", " " * 30 + "Delårsrapport 2025", "", " " * 30 + "Bygg- och miljönämnden", "", " " * 30 + "Period          2025-01-01 – 2025-08-31", " " * 30 + "Datum           2025-09-18", " " * 30 + "Diarienummer    BMN 2025/402", "", "", "", "   1. Sammanfattning", "", "   Bygg- och miljönämnden redovisar ett överskott på 1,2 miljoner kronor för perioden", "   januari–augusti. Prognosen för helåret är ett överskott på 0,6 miljoner kronor.", "   Antalet bygglovsansökningar har minskat med 14 procent jämfört med samma period", "   2024, medan antalet klagomål på buller och nedskräpning har ökat.", "", "   Av nämndens fyra mål bedöms ett uppfyllas vid årets slut och tre uppfyllas delvis.", "   Livsmedelskontrollen ligger efter plan på grund av en vakant tjänst som inspektör.", "", "   2. Ekonomi", "", "   Tkr                         Budget 2025     Utfall jan–aug     Prognos helår     Avvikelse", "   Bygglov och planering            8 450              5 210             8 100           350", "   Miljö och hälsoskydd             6 900              4 320             6 850            50", "   Livsmedelskontroll               2 150              1 080             1 950           200", "   Nämnd och ledning                1 300                780             1 300             0", "   Summa                           18 800             11 390            18 200           600", "", "   Överskottet beror främst på vakanser. Intäkterna för bygglov är 0,4 miljoner kronor", "   lägre än budgeterat.", "", "", "", ""]
    pages.append(p1)
    p2 = [*_header(2), "   3. Nämndmål och indikatorer", "", "   Tabellen redovisar utfallet för nämndens mål och indikatorer till och med augusti.", "   Bedömningen avser om målvärdet väntas nås vid årets slut: Uppfylls, Delvis eller", "   Uppfylls ej. Indikatorer som mäts en gång per år har inget utfall för perioden.", "", *TABLE_HEAD]
    for goal in GOAL_ROWS:
        p2 += [_row(cells) for cells in goal] + [""]
    p2 += ["", "", ""]
    pages.append(p2)
    p3 = _header(3) + TABLE_HEAD
    for goal in GOAL_ROWS_PAGE3:
        p3 += [_row(cells) for cells in goal] + [""]
    p3 += [
        "",
        "   4. Analys och åtgärder",
        "",
        "   Handläggningstiden för bygglov har kortats sedan den digitala ansökan infördes i",
        "   februari. Livsmedelskontrollen kommer inte att hinna genomföra alla planerade",
        "   kontroller; de lågriskobjekt som inte hinns med flyttas till 2026. Förvaltningen tar",
        "   fram en åtgärdsplan för livsmedelskontrollen till nämndens sammanträde i oktober.",
        "",
        "   Uppföljningen av kommunfullmäktiges uppdrag redovisas i ett separat ärende.",
        "",
        "",
        "   Maria Sundqvist",
        "   förvaltningschef, samhällsbyggnadsförvaltningen",
        "", "",
    ]
    pages.append(p3)
    path.write_text("\f".join("\n".join(p) + "\n" for p in pages), encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# 4. HTML: verksamhetsberättelse 2025, Barn- och familjenämnden, Norrlida kommun
# ---------------------------------------------------------------------------------------------------------------

# (målområde, [(goal title, badge class, badge text, analysis, [(indicator, utfall 2024, utfall 2025, målvärde)])])
GOALS: list[tuple[str, list[tuple[str, str, str, str, list[tuple[str, str, str, str]]]]]] = [
    ("Trygg uppväxt", [
        ("Barn och unga som behöver stöd får det tidigt", "gul", "Delvis uppfyllt",
         "Fler förhandsbedömningar avslutades i tid än under 2024, men målvärdet nåddes inte under våren när "
         "antalet anmälningar ökade kraftigt.",
         [("Andel förhandsbedömningar som avslutas inom 14 dagar", "81 %", "88 %", "95 %"),
          ("Andel barn och unga med insats som anser att de har fått hjälp", "74 %", "79 %", "75 %"),
          ("Antal familjer som har deltagit i föräldraskapsstöd", "142", "168", "150")]),
        ("Färre barn och unga placeras utanför det egna hemmet", "gron", "Uppfyllt",
         "Antalet nya placeringar minskade för andra året i rad. Fler barn har kunnat få stöd i hemmet genom "
         "den intensiva familjebehandlingen.",
         [("Antal nya placeringar av barn och unga", "38", "29", "högst 32"),
          ("Andel placerade barn som bor i släktinghem eller nätverkshem", "27 %", "33 %", "30 %")]),
    ]),
    ("Attraktiv arbetsgivare", [
        ("Socialsekreterarna vill stanna och utvecklas hos oss", "rod", "Inte uppfyllt",
         "Personalomsättningen var fortsatt hög inom den sociala barn- och ungdomsvården, särskilt bland "
         "nyanställda.",
         [("Personalomsättning bland socialsekreterare", "24 %", "26 %", "högst 15 %"),
          ("Andel handläggare med minst tre års erfarenhet", "41 %", "38 %", "50 %")]),
        ("Medarbetarna är friska och engagerade", "gul", "Delvis uppfyllt",
         "Sjukfrånvaron minskade men är fortfarande över målvärdet. Engagemanget ökade enligt medarbetarenkäten.",
         [("Sjukfrånvaro", "8,9 %", "7,6 %", "högst 7,0 %"),
          ("Hållbart medarbetarengagemang (HME)", "74", "78", "76")]),
    ]),
]

# (nr, wording, målområde, status class, symbol, status word, comment)
KF_UPPDRAG: list[tuple[str, str, str, str, str, str, str]] = [
    ("6", "Införa en samlad ingång för familjer som söker stöd, Familjens hus", "Trygg uppväxt",
     "klar", "●", "Klart",
     "Familjens hus öppnade i maj med socialtjänstens öppenvård, barnhälsovården och den öppna förskolan i "
     "samma lokaler."),
    ("8", "Utveckla samarbetet med skolan kring elever med hög frånvaro", "Trygg uppväxt",
     "pagar", "◐", "Pågår",
     "En gemensam rutin för tidiga signaler om frånvaro prövas på tre skolor. Den utvärderas i juni 2026 "
     "innan den införs i hela kommunen."),
    ("11", "Ta fram en kompetensförsörjningsplan för socialtjänsten", "Attraktiv arbetsgivare",
     "delvis", "◑", "Delvis klart",
     "Planens del om rekrytering och introduktion är klar och beslutad. Delen om karriärvägar och "
     "specialisttjänster återstår."),
    ("14", "Utreda förutsättningarna för ett eget jourhemsteam", "Trygg uppväxt",
     "ej", "○", "Ej påbörjat",
     "Utredningen har skjutits upp till 2026 i väntan på den regionala överenskommelsen om familjehemsvård."),
    ("17", "Samlokalisera öppenvården för unga med ungdomsmottagningen", "Trygg uppväxt",
     "avbrutet", "✕", "Avbrutet",
     "Regionen har valt att flytta ungdomsmottagningen till vårdcentralen i Västerby. Uppdraget kommer inte "
     "att genomföras och nämnden har föreslagit att fullmäktige avskriver det."),
]


def write_html(path: Path) -> None:
    goal_html: list[str] = []
    for area, goals in GOALS:
        goal_html.append('  <section class="malomrade">')
        goal_html.append(f"    <h3>Målområde: {area}</h3>")
        for title, badge, badge_text, analysis, indicators in goals:
            goal_html.append('    <div class="namndmal">')
            goal_html.append(f"      <h4>{title}</h4>")
            goal_html.append(f'      <p class="bedomning">Bedömning: <span class="badge badge--{badge}">'
                             f"{badge_text}</span></p>")
            goal_html.append(f"      <p>{analysis}</p>")
            goal_html.append('      <p class="dl-rubrik">Indikatorer</p>')
            goal_html.append('      <dl class="indikatorer">')
            for name, before, result, target in indicators:
                goal_html.append(f"        <dt>{name}</dt>")
                goal_html.append(f"        <dd>Utfall 2025: <strong>{result}</strong> · Målvärde 2025: {target}"
                                 f" · Utfall 2024: {before}</dd>")
            goal_html.append("      </dl>")
            goal_html.append("    </div>")
        goal_html.append("  </section>")

    rows: list[str] = []
    for nr, wording, area, cls, symbol, word, _ in KF_UPPDRAG:
        rows.append(f"      <tr><td>{nr}</td><td>{wording}</td><td>{area}</td>"
                    f'<td class="status status--{cls}"><span aria-hidden="true">{symbol}</span> {word}</td></tr>')
    comments = [f"    <p><strong>Uppdrag {nr}.</strong> {comment}</p>"
                for nr, _, _, _, _, _, comment in KF_UPPDRAG]

    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Barn- och familjenämnden – Årsredovisning 2025 – Norrlida kommun</title>
<link rel="stylesheet" href="/arsredovisning/2025/assets/main.css">
</head>
<body>
<a class="skip" href="#main">Till innehållet</a>
<header class="top">
  <a class="brand" href="https://www.norrlida.se/"><img src="/assets/norrlida-logo.svg" alt="Norrlida kommun"></a>
  <span class="site-name">Årsredovisning 2025</span>
  <nav class="menu" aria-label="Meny">
    <ul>
      <li><a href="/arsredovisning/2025/">Start</a></li>
      <li><a href="/arsredovisning/2025/forvaltningsberattelse/">Förvaltningsberättelse</a></li>
      <li class="current"><a href="/arsredovisning/2025/namnderna/">Nämndernas verksamhet</a></li>
      <li><a href="/arsredovisning/2025/rakenskaper/">Räkenskaper</a></li>
      <li><a href="/arsredovisning/2025/ladda-ner/">Ladda ner som pdf</a></li>
    </ul>
  </nav>
</header>
<nav class="crumbs" aria-label="Brödsmulor">
  <a href="/arsredovisning/2025/">Årsredovisning 2025</a> ›
  <a href="/arsredovisning/2025/namnderna/">Nämndernas verksamhet</a> ›
  <span aria-current="page">Barn- och familjenämnden</span>
</nav>
<div class="layout">
<aside class="sidemenu" aria-label="Nämnder">
  <h2>Nämndernas verksamhet</h2>
  <ul>
    <li><a href="../kommunstyrelsen/">Kommunstyrelsen</a></li>
    <li class="current"><a href="./">Barn- och familjenämnden</a></li>
    <li><a href="../utbildningsnamnden/">Utbildningsnämnden</a></li>
    <li><a href="../omsorgsnamnden/">Omsorgsnämnden</a></li>
    <li><a href="../samhallsbyggnadsnamnden/">Samhällsbyggnadsnämnden</a></li>
    <li><a href="../kultur-och-fritidsnamnden/">Kultur- och fritidsnämnden</a></li>
  </ul>
</aside>
<main id="main">
  <h1>Barn- och familjenämnden</h1>
  <p class="ingress">Barn- och familjenämnden ansvarar för socialtjänstens stöd till barn, unga och deras
  familjer, familjehemsvården och familjerätten. Här redovisas nämndens verksamhetsberättelse för 2025.</p>
  <p class="fastst">Verksamhetsberättelsen fastställdes av barn- och familjenämnden den 19 februari 2026, § 14.</p>

  <h2>Året i korthet</h2>
  <p>Antalet anmälningar om barn som far illa ökade med 18 procent jämfört med 2024. Samtidigt minskade
  antalet placeringar, och kostnaderna för köpt vård blev 3,1 miljoner kronor lägre än budgeterat. Familjens
  hus öppnade i maj.</p>

  <h2>Måluppfyllelse</h2>
  <p>Nämnden hade under 2025 fyra nämndmål inom två av kommunfullmäktiges målområden. Varje mål bedöms som
  uppfyllt, delvis uppfyllt eller inte uppfyllt utifrån indikatorerna och nämndens analys. Ett mål är
  uppfyllt, två är delvis uppfyllda och ett är inte uppfyllt.</p>
{chr(10).join(goal_html)}

  <h2>Uppdrag från kommunfullmäktige</h2>
  <p>I Mål och budget 2025 gav kommunfullmäktige barn- och familjenämnden fem uppdrag. Numreringen följer
  förteckningen över uppdrag i budgetdokumentet, där uppdragen till alla nämnder numreras i en följd.</p>
  <table class="uppdrag">
    <caption>Uppdrag från kommunfullmäktige 2025</caption>
    <thead>
      <tr><th scope="col">Nr</th><th scope="col">Uppdrag</th><th scope="col">Målområde</th><th scope="col">Status</th></tr>
    </thead>
    <tbody>
{chr(10).join(rows)}
    </tbody>
  </table>
  <p class="teckenforklaring">● Klart &nbsp; ◐ Pågår &nbsp; ◑ Delvis klart &nbsp; ○ Ej påbörjat &nbsp; ✕ Avbrutet</p>
  <section class="kommentarer">
    <h3>Kommentarer till uppdragen</h3>
{chr(10).join(comments)}
  </section>

  <h2>Ekonomi</h2>
  <table class="ekonomi">
    <thead><tr><th>Mnkr</th><th>Budget 2025</th><th>Utfall 2025</th><th>Avvikelse</th></tr></thead>
    <tbody>
      <tr><td>Intäkter</td><td>14,2</td><td>15,0</td><td>0,8</td></tr>
      <tr><td>Kostnader</td><td>-201,6</td><td>-199,9</td><td>1,7</td></tr>
      <tr><td>Nettokostnad</td><td>-187,4</td><td>-184,9</td><td>2,5</td></tr>
    </tbody>
  </table>
  <p class="sidfot-sida">Kontakt: Jonas Ekberg, förvaltningschef socialförvaltningen</p>
</main>
</div>
<footer class="site-footer">
  <div class="cols">
    <div><h2>Norrlida kommun</h2><p>Storgatan 12, 891 40 Norrlida<br>Telefon 0660-12 30 00</p></div>
    <div><h2>Om webbplatsen</h2><ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li>
      <li><a href="/kakor">Kakor</a></li><li><a href="/personuppgifter">Personuppgifter</a></li></ul></div>
  </div>
  <p class="updated">Sidan publicerades 2026-03-02 och uppdaterades senast 2026-03-10.</p>
</footer>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write_docx(OUT / "2025-uppfoljning-trafiknamnden.docx")
    write_pdf(OUT / "2026-verksamhetsplan-arbetsmarknads-och-integrationsnamnden.pdf")
    write_txt(OUT / "2025-delarsrapport-bygg-och-miljonamnden.txt")
    write_html(OUT / "2025-arsredovisning-barn-och-familjenamnden.html")
