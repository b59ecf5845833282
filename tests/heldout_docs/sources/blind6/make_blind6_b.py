"""Blind set 6, helper b: writes the PDF verksamhetsplan and the DOCX uppföljning into ../../general/.

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind6/make_blind6_b.py`.
The plain-text årsredovisning (`pdftotext -layout` style) and the HTML nyckeltal page of the same helper are
written by hand and stand in ../../general/ as they are. Ådalsby kommun, Torsvalla stad, Region Ljungmark,
Ekebyholms kommun, their people and numbers are invented.

The PDF uses DejaVu Sans (a TrueType font with the square bullet U+25AA); the standard PDF fonts lack it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
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

OUT = Path(__file__).resolve().parents[2] / "general"
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/usr/local/share/fonts")]

# ---------------------------------------------------------------------------------------------------------------
# 1. PDF: verksamhetsplan, goals "2.1 Mål: Title" within perspective chapters, each followed directly by an
#    indicator table Indikator | Målvärde 2027 | Källa and square-bulleted activities
# ---------------------------------------------------------------------------------------------------------------

# (chapter heading, chapter intro, [(goal heading, [(indicator, target, source)], [activity])])
PLAN: list[tuple[str, str, list[tuple[str, list[tuple[str, str, str]], list[str]]]]] = [
    ("2 Perspektiv: Invånare och samhälle",
     "Invånare, företag och besökare ska kunna känna sig trygga i Ådalsby och veta hur de själva kan förebygga "
     "bränder och olyckor.",
     [("2.1 Mål: Färre bränder i bostäder",
       [("Antal bränder i bostäder per 10 000 invånare", "högst 4,0", "IDA (MSB)"),
        ("Andel bostäder i flerbostadshus med fungerande brandvarnare vid hembesök", "95 %",
         "Hembesöksstatistik")],
       ["Genomföra hembesök med brandskyddsinformation i tre bostadsområden",
        "Erbjuda äldre med hemtjänst kontroll av brandvarnare"]),
      ("2.2 Mål: Räddningstjänsten når fram snabbt vid larm",
       [("Medianinsatstid för första resurs vid brand i byggnad, minuter", "högst 11", "Insatsrapporter"),
        ("Andel larm där första resurs är på plats inom 20 minuter", "90 %", "Insatsrapporter"),
        ("Antal räddningsvärn med avtal i kommunens ytterområden", "4", "Egen registrering")],
       ["Starta ett räddningsvärn i Norrbäcken",
        "Införa dynamisk resurshantering i ledningscentralen"]),
      ("2.3 Mål: Fler invånare kan agera vid en olycka",
       [("Antal invånare som har genomgått utbildning i hjärt-lungräddning och första hjälpen", "1 200",
         "Utbildningsregistret"),
        ("Andel elever i årskurs 8 som har fått utbildning i brandsäkerhet", "100 %", "Utbildningsregistret")],
       ["Utbilda samtliga elever i årskurs 8 i brandsäkerhet och hjärt-lungräddning",
        "Rekrytera fler frivilliga till mobiliseringsgruppen för sökinsatser efter försvunna personer",
        "Genomföra en kampanj om säker grillning och eldning i skog och mark"]),
      ]),
    ("3 Perspektiv: Medarbetare",
     "Räddningstjänsten är beroende av deltidsbrandmän som kan gå från sitt ordinarie arbete vid larm.",
     [("3.1 Mål: Räddningstjänsten är en attraktiv arbetsplats",
       [("Hållbart medarbetarengagemang (HME), index", "80", "Medarbetarenkäten"),
        ("Andel deltidsbrandmän som stannar minst fem år", "70 %", "Personalsystemet"),
        ("Sjukfrånvaro, procent av arbetad tid", "högst 4,5 %", "Personalsystemet")],
       ["Ta fram en handlingsplan för rekrytering av deltidsbrandmän",
        "Erbjuda samtliga styrkeledare ledarskapsutbildning"]),
      ]),
    ("4 Perspektiv: Ekonomi",
     "Nämndens ram för 2027 är 76,0 miljoner kronor, en ökning med 3,1 procent jämfört med 2026.",
     [("4.1 Mål: Verksamheten bedrivs inom budget",
       [("Budgetavvikelse vid årets slut", "0 eller positiv", "Ekonomisystemet"),
        ("Andel av tillsynen som finansieras med avgifter", "35 %", "Ekonomisystemet")],
       ["Se över taxan för tillsyn och tillstånd",
        "Samordna inköp av skyddsutrustning med grannkommunerna"]),
      ]),
]

BUDGET: list[tuple[str, str, str]] = [
    ("Verksamhet", "Budget 2026, tkr", "Budget 2027, tkr"),
    ("Operativ verksamhet", "58 400", "60 100"),
    ("Förebyggande verksamhet", "9 200", "9 650"),
    ("Ledning och administration", "6 100", "6 250"),
    ("Summa", "73 700", "76 000"),
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
    raise SystemExit("DejaVu Sans (DejaVuSans.ttf, DejaVuSans-Bold.ttf) is needed for the square bullets")


def _plan_page(canvas: Any, doc: Any) -> None:
    width, height = A4
    canvas.saveState()
    canvas.setFont("DejaVuSans", 8)
    canvas.drawString(20 * mm, height - 12 * mm, "Ådalsby kommun")
    canvas.drawRightString(width - 20 * mm, height - 12 * mm, "Räddningsnämnden – Verksamhetsplan 2027")
    canvas.setStrokeColor(colors.HexColor("#b22222"))
    canvas.setLineWidth(0.8)
    canvas.line(20 * mm, height - 14 * mm, width - 20 * mm, height - 14 * mm)
    canvas.drawRightString(width - 20 * mm, 10 * mm, f"Sida {doc.page}")
    canvas.restoreState()


def write_pdf(path: Path) -> None:
    regular, bold = _register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13.5, spaceAfter=4)
    title = ParagraphStyle("title", fontName=bold, fontSize=22, leading=27, spaceAfter=4)
    subtitle = ParagraphStyle("subtitle", fontName=regular, fontSize=14, leading=18, spaceAfter=10)
    chapter = ParagraphStyle("chapter", fontName=bold, fontSize=14, leading=18, spaceBefore=10, spaceAfter=5,
                             textColor=colors.HexColor("#8b1a1a"))
    goal = ParagraphStyle("goal", fontName=bold, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName=regular, fontSize=9, leading=11.5)
    head = ParagraphStyle("head", parent=cell, fontName=bold)
    label = ParagraphStyle("label", fontName=bold, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2)
    bullet = ParagraphStyle("bullet", fontName=regular, fontSize=10, leading=13.5, leftIndent=6 * mm,
                            bulletIndent=1.5 * mm, bulletFontName=regular, bulletFontSize=10, spaceAfter=1)

    story: list[Any] = [
        Paragraph("Verksamhetsplan 2027", title),
        Paragraph("Räddningsnämnden", subtitle),
        Paragraph("Beslutad av räddningsnämnden 2026-11-19, § 74. Dnr RN 2026/58.", body),
        Spacer(1, 4 * mm),
        Paragraph("1 Inledning", chapter),
        Paragraph("Räddningsnämnden ansvarar för kommunens räddningstjänst, det förebyggande arbetet mot bränder "
                  "och andra olyckor och tillsynen enligt lagen om skydd mot olyckor och lagen om brandfarliga och "
                  "explosiva varor. Verksamhetsplanen utgår från kommunfullmäktiges Mål och budget 2027–2029.", body),
        Paragraph("Planen anger nämndens mål inom tre perspektiv, de indikatorer som visar om målen nås och de "
                  "aktiviteter som ska genomföras under året. Målen följs upp i delårsrapporten och i "
                  "årsredovisningen; målvärdena avser helåret 2027.", body),
    ]
    widths = [94 * mm, 34 * mm, 42 * mm]
    for chapter_heading, intro, goals in PLAN:
        story += [Paragraph(chapter_heading, chapter), Paragraph(intro, body)]
        for goal_heading, indicators, activities in goals:
            rows = [[Paragraph("Indikator", head), Paragraph("Målvärde 2027", head), Paragraph("Källa", head)]]
            rows += [[Paragraph(name, cell), Paragraph(target, cell), Paragraph(source, cell)]
                     for name, target, source in indicators]
            grid = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
            grid.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f3dede")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#8b1a1a")),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            block: list[Any] = [Paragraph(goal_heading, goal), grid, Paragraph("Aktiviteter", label)]
            block += [Paragraph(text, bullet, bulletText="\u25aa") for text in activities]
            story.append(KeepTogether(block))
    budget = Table([[Paragraph(text, head if i == 0 or r[0] == "Summa" else cell) for text in r]
                    for i, r in enumerate(BUDGET)], colWidths=[80 * mm, 40 * mm, 40 * mm], hAlign="LEFT")
    budget.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                                ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    story.append(KeepTogether([
        Paragraph("5 Budget 2027", chapter),
        Paragraph("Tabellen visar nämndens budget per verksamhet. Ökningen beror främst på löneökningar och på "
                  "det nya räddningsvärnet i Norrbäcken.", body),
        budget,
    ]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=22 * mm, bottomMargin=18 * mm,
                            leftMargin=20 * mm, rightMargin=20 * mm,
                            title="Verksamhetsplan 2027 – Räddningsnämnden", author="Ådalsby kommun")
    doc.build(story, onFirstPage=_plan_page, onLaterPages=_plan_page)


# ---------------------------------------------------------------------------------------------------------------
# 2. DOCX: uppföljning of fullmäktige's uppdrag, each a Heading 3 "Uppdrag 2026-04: Title", a "Status:" paragraph
#    with a colour word explained by a Färg | Betydelse legend table at the start, and a "Kommentar:" paragraph
# ---------------------------------------------------------------------------------------------------------------

LEGEND: list[tuple[str, str, str]] = [
    ("Grön", "Uppdraget är genomfört.", "C6EFCE"),
    ("Gul", "Arbetet pågår enligt plan.", "FFEB9C"),
    ("Röd", "Uppdraget är försenat och blir inte klart under året.", "FFC7CE"),
]
COLOUR_TEXT = {"Grön": RGBColor(0x2E, 0x7D, 0x32), "Gul": RGBColor(0x9C, 0x6B, 0x00),
               "Röd": RGBColor(0xC6, 0x28, 0x28)}

# (id, title, colour, comment paragraphs)
UPPDRAG: list[tuple[str, str, str, list[str]]] = [
    ("2026-01", "Införa en digital bygglovsprocess med e-tjänst för alla ansökningstyper", "Grön",
     ["E-tjänsten togs i bruk i mars. Under våren kom 87 procent av ansökningarna in digitalt och "
      "pappersblanketten har tagits bort."]),
    ("2026-02", "Korta handläggningstiden för bygglov till i genomsnitt högst fyra veckor", "Gul",
     ["Den genomsnittliga handläggningstiden var fem veckor i augusti, jämfört med sju veckor vid årets början. "
      "Två nya bygglovshandläggare börjar i oktober."]),
    ("2026-04", "Ta fram ett planprogram för den nya stadsdelen Kvarnbacken", "Röd",
     ["Arbetet har försenats eftersom trafikutredningen för området behöver göras om efter synpunkter från "
      "Trafikverket.",
      "Planprogrammet väntas kunna skickas på samråd under våren 2027."]),
    ("2026-05", "Utreda hur kraven på parkering kan sänkas i kollektivtrafiknära lägen", "Grön",
     ["Utredningen pågick under våren och redovisades för nämnden i juni. Nämnden har därefter beslutat om nya "
      "riktlinjer för parkering."]),
    ("2026-07", "Inventera stadens kulturhistoriskt värdefulla miljöer i ytterområdena", "Gul",
     ["Inventeringen av fyra av sju områden är klar. Resterande områden inventeras under hösten tillsammans med "
      "länsmuseet."]),
    ("2026-08", "Införa en rutin för tidig dialog med byggherrar i större projekt", "Röd",
     ["Rutinen har inte kunnat tas fram på grund av vakanser på planavdelningen. Arbetet återupptas i november "
      "och rutinen blir klar tidigast i februari 2027."]),
]


def _shade(cell: Any, fill: str) -> None:
    props = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    props.append(shd)


def write_docx(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.sections[0].header.paragraphs[0].text = "Torsvalla stad\tStadsbyggnadsnämnden\tUppföljning 2026"

    doc.add_heading("Uppföljning av kommunfullmäktiges uppdrag", level=0)
    doc.add_paragraph("Stadsbyggnadsnämnden, Torsvalla stad", style="Subtitle")
    doc.add_paragraph("Datum: 2026-09-17")
    doc.add_paragraph("Diarienummer: SBN 2026/231")

    doc.add_heading("Inledning", level=1)
    doc.add_paragraph(
        "Kommunfullmäktige gav i Budget 2026 med plan för 2027–2028 stadsbyggnadsnämnden sex uppdrag. Uppdragen "
        "betecknas med år och löpnummer enligt fullmäktiges uppdragsförteckning; uppdrag som fullmäktige har gett "
        "andra nämnder redovisas inte här. Uppföljningen avser läget den 31 augusti 2026.")
    doc.add_paragraph("Statusen för varje uppdrag anges med en färg enligt tabellen.")
    legend = doc.add_table(rows=1, cols=2)
    legend.style = "Table Grid"
    for cell, text in zip(legend.rows[0].cells, ["Färg", "Betydelse"], strict=False):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for colour, meaning, fill in LEGEND:
        cells = legend.add_row().cells
        cells[0].text = colour
        _shade(cells[0], fill)
        cells[1].text = meaning

    doc.add_heading("Redovisning av uppdragen", level=1)
    for ident, wording, colour, comment in UPPDRAG:
        doc.add_heading(f"Uppdrag {ident}: {wording}", level=3)
        status = doc.add_paragraph()
        status.add_run("Status:").bold = True
        word = status.add_run(f" {colour}")
        word.font.color.rgb = COLOUR_TEXT[colour]
        first = doc.add_paragraph()
        first.add_run("Kommentar: ").bold = True
        first.add_run(comment[0])
        for more in comment[1:]:
            doc.add_paragraph(more)

    doc.add_heading("Sammanfattning", level=1)
    doc.add_paragraph("Två uppdrag är genomförda, två pågår enligt plan och två är försenade och blir inte klara "
                      "under 2026. Nämnden redovisar uppdragen på nytt i årsredovisningen.")
    doc.add_paragraph("Karin Ekdahl, stadsbyggnadsdirektör")
    doc.save(str(path))


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write_pdf(OUT / "2027-verksamhetsplan-raddningsnamnden.pdf")
    write_docx(OUT / "2026-uppfoljning-stadsbyggnadsnamnden.docx")
