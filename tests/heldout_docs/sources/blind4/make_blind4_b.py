"""Blind set 4, helper b: writes the DOCX uppföljning and the PDF verksamhetsplan into ../../general/.

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind4/make_blind4_b.py`.
Ekebacka kommun, Region Västerlid, their people and numbers are invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parents[2] / "general"

# ---------------------------------------------------------------------------------------------------------------
# 1. DOCX: uppföljning av kommunfullmäktiges uppdrag, grouped per nämnd, Word tables Nr | Uppdrag | … | Kommentar
# ---------------------------------------------------------------------------------------------------------------

UPPDRAG: list[tuple[str, list[tuple[str, str, str, str, str]]]] = [
    ("Kommunstyrelsen", [
        ("U1", "Ta fram en ny näringslivsstrategi för Ekebacka", "Kommundirektör", "Klart",
         "Strategin antogs av kommunfullmäktige i juni."),
        ("U2", "Införa e-arkiv för samtliga förvaltningar", "Kanslichef", "Pågår",
         "Tre av fem förvaltningar är anslutna. Resterande ansluts under hösten."),
    ]),
    ("Socialnämnden", [
        ("U3", "Öppna en mötesplats för äldre i Norrbyn", "Socialchef", "Ej startat",
         "Lämplig lokal saknas. Arbetet startar när ett hyresavtal finns."),
        ("U4", "Utveckla heltid som norm inom hemtjänsten", "HR-chef", "Försenat",
         "Schemaprojektet har försenats och blir inte klart under 2025."),
        ("U5", "Kartlägga behovet av bostäder enligt LSS fram till 2030", "Avdelningschef funktionsstöd",
         "Avslutat", "Kartläggningen är genomförd och redovisades för nämnden i maj."),
    ]),
    ("Teknik- och fastighetsnämnden", [
        ("U6", "Bygga om Storgatan i Ekebacka centrum till gångfartsområde", "Gatuchef", "Avbrutet",
         "Kommunfullmäktige upphävde uppdraget i april, KF § 41."),
        ("U7", "Installera solceller på fem skolor", "Fastighetschef", "Klart",
         "Samtliga anläggningar driftsattes i augusti."),
    ]),
]


def _page_field(paragraph: Any) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def write_docx(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    section = doc.sections[0]
    head = section.header.paragraphs[0]
    head.text = "Ekebacka kommun\tUppföljning av uppdrag\tDnr KS 2025/311"
    foot = section.footer.paragraphs[0]
    foot.text = "Kommunledningskontoret, Rådhusgatan 4, 000 00 Ekebacka\tSida "
    _page_field(foot)

    doc.add_paragraph("Tjänsteskrivelse", style="Subtitle")
    doc.add_heading("Uppföljning av kommunfullmäktiges uppdrag i Mål och budget 2025", level=0)
    meta = doc.add_table(rows=3, cols=2)
    for row, (label, value) in zip(meta.rows, [("Datum", "2025-10-14"), ("Från", "Kommunstyrelsen"),
                                               ("Handläggare", "Controller Amanda Fröling")], strict=True):
        row.cells[0].text = label
        row.cells[1].text = value
    doc.add_paragraph()
    doc.add_paragraph(
        "Kommunfullmäktige gav i Mål och budget 2025 kommunstyrelsen och nämnderna sju uppdrag. "
        "Uppföljningen visar läget per den 30 september 2025 och redovisas nedan per ansvarig nämnd. "
        "Nämndernas egna uppdrag redovisas i respektive delårsrapport.")
    doc.add_paragraph(
        "Statusen anges med något av orden Klart, Pågår, Ej startat, Försenat, Avslutat eller Avbrutet.")
    for organ, rows in UPPDRAG:
        doc.add_heading(organ, level=1)
        table = doc.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ["Nr", "Uppdrag", "Ansvarig", "Status", "Kommentar"],
                              strict=True):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
        for values in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, values, strict=True):
                cell.text = text
        doc.add_paragraph()
    doc.add_heading("Samlad bedömning", level=1)
    doc.add_paragraph(
        "Tre uppdrag är klara eller avslutade, ett pågår, ett är försenat, ett har inte startat och ett har "
        "avbrutits. "
        "Nästa uppföljning görs i årsredovisningen för 2025.")
    doc.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 2. PDF: verksamhetsplan, goals in a grid table (goal cell spanning its indicator rows), activities as numbered lists
# ---------------------------------------------------------------------------------------------------------------

GOALS: list[tuple[str, list[tuple[str, str, str]], list[str]]] = [
    ("Invånare får rätt hjälpmedel i rätt tid", [
        ("Andel förskrivningar som levereras inom tio arbetsdagar", "88 %", "minst 90 %"),
        ("Genomsnittligt antal dagar från beställning till leverans", "9,4", "högst 8"),
        ("Andel brukare som är nöjda med sitt hjälpmedel", "82 %", "minst 85 %"),
    ], [
        "Införa digital beställning för kommunernas förskrivare",
        "Utöka antalet leveransturer till inlandskommunerna",
    ]),
    ("Hjälpmedel återanvänds i högre grad", [
        ("Andel rekonditionerade hjälpmedel av alla utlämnade", "34 %", "minst 40 %"),
        ("Mängd kasserade hjälpmedel, ton", "141", "högst 120"),
    ], [
        "Upphandla ett nytt system för spårbarhet av hjälpmedel",
        "Starta en verkstad för rekonditionering av elrullstolar",
    ]),
    ("Förskrivare har god kunskap om sortimentet", [
        ("Antal genomförda förskrivarutbildningar", "19", "minst 24"),
        ("Andel förskrivare som deltagit i utbildning under året", "51 %", "minst 60 %"),
    ], [
        "Ta fram en digital utbildning om sortimentet",
        "Erbjuda förskrivarträffar i varje kommun två gånger per år",
    ]),
    ("Nämnden har en ekonomi i balans", [
        ("Budgetavvikelse vid årets slut, mnkr", "-2,1", "0 eller positiv"),
        ("Kostnad per utlämnat hjälpmedel", "1 520 kr", "högst 1 450 kr"),
    ], [
        "Se över avgifterna för hyreshjälpmedel",
        "Följa upp kostnaderna varje månad i förvaltningens ledningsgrupp",
    ]),
]

FILLER = [
    "Hjälpmedelsverksamheten försörjer regionens vårdenheter och länets kommuner med hjälpmedel för "
    "personer med funktionsnedsättning. Verksamheten omfattar upphandling, lager, leveranser, montering, "
    "service och rekonditionering samt utbildning av förskrivare.",
    "Efterfrågan har ökat med omkring fyra procent per år under de senaste fem åren, främst inom förflyttning "
    "och kognition. Samtidigt har priserna på elektriska hjälpmedel stigit mer än den allmänna prisnivån.",
    "Under 2026 flyttar lagret till nya lokaler i Kvarnby. Flytten planeras till mars och leveranserna ska "
    "kunna fortsätta under hela flytten med hjälp av ett tillfälligt mellanlager.",
]


def _on_page(canvas: Any, doc: Any) -> None:
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    width, height = A4
    canvas.drawString(20 * mm, height - 12 * mm, "Region Västerlid")
    canvas.drawCentredString(width / 2, height - 12 * mm, "Hjälpmedelsnämnden - Verksamhetsplan 2026")
    canvas.drawRightString(width - 20 * mm, height - 12 * mm, f"Sida {doc.page}")
    canvas.line(20 * mm, height - 14 * mm, width - 20 * mm, height - 14 * mm)
    canvas.drawString(20 * mm, 10 * mm, "Region Västerlid, Box 100, 000 00 Västerlid  |  Dnr HMN 2025/58")
    canvas.restoreState()


def write_pdf(path: Path) -> None:
    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontSize=10, leading=13)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11)
    h1 = ss["Heading1"]
    h2 = ss["Heading2"]
    story: list[Any] = [
        Paragraph("Verksamhetsplan 2026", ss["Title"]),
        Paragraph("Hjälpmedelsnämnden", ss["Heading2"]),
        Paragraph("Beslutad av hjälpmedelsnämnden 2025-12-04, § 97", body),
        Spacer(1, 8 * mm),
        Paragraph("1 Inledning", h1),
    ]
    story += [Paragraph(text, body) for text in FILLER]
    story += [
        Paragraph("Verksamhetsplanen utgår från regionplanen 2026-2028 och beskriver nämndens mål, de "
                  "indikatorer som målen följs upp med och de aktiviteter som förvaltningen ska genomföra "
                  "under året. Målen följs upp i delårsrapporten per augusti och i årsredovisningen.", body),
        Paragraph("2 Ekonomi", h1),
        Paragraph("Nämndens ram för 2026 är 212,4 mnkr. Fördelningen framgår av tabellen.", body),
    ]
    budget = Table([["Verksamhet", "Budget 2025, mnkr", "Budget 2026, mnkr"],
                    ["Hjälpmedel", "121,0", "126,3"], ["Service och montering", "48,2", "50,1"],
                    ["Utbildning och konsultation", "11,7", "12,0"], ["Administration", "23,6", "24,0"],
                    ["Summa", "204,5", "212,4"]], colWidths=[70 * mm, 45 * mm, 45 * mm])
    budget.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                                ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    story += [budget, PageBreak(), Paragraph("3 Mål och indikatorer", h1),
              Paragraph("Tabellen visar nämndens fyra mål för 2026 med indikatorer och målvärden.", body),
              Spacer(1, 4 * mm)]
    rows: list[list[Any]] = [[Paragraph("<b>Mål</b>", cell), Paragraph("<b>Indikator</b>", cell),
                              Paragraph("<b>Utfall 2024</b>", cell), Paragraph("<b>Målvärde 2026</b>", cell)]]
    style: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for n, (title, indicators, _acts) in enumerate(GOALS, start=1):
        first = len(rows)
        for k, (name, outcome, target) in enumerate(indicators):
            rows.append([Paragraph(f"{n}. {title}", cell) if k == 0 else "", Paragraph(name, cell),
                         Paragraph(outcome, cell), Paragraph(target, cell)])
        style.append(("SPAN", (0, first), (0, len(rows) - 1)))
    grid = Table(rows, colWidths=[45 * mm, 70 * mm, 22 * mm, 30 * mm], repeatRows=1)
    grid.setStyle(TableStyle(style))
    story += [grid, PageBreak(), Paragraph("4 Aktiviteter", h1),
              Paragraph("Förvaltningen genomför följande aktiviteter för att nå målen.", body)]
    for n, (title, _inds, acts) in enumerate(GOALS, start=1):
        story.append(Paragraph(f"4.{n} {title} (mål {n})", h2))
        story.append(ListFlowable([ListItem(Paragraph(a, body)) for a in acts], bulletType="1"))
    story += [Spacer(1, 6 * mm), Paragraph("5 Uppföljning", h1),
              Paragraph("Förvaltningschefen ansvarar för att aktiviteterna genomförs och rapporterar till "
                        "nämnden i samband med delårsrapporten.", body)]
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=22 * mm, bottomMargin=18 * mm,
                            leftMargin=20 * mm, rightMargin=20 * mm, title="Verksamhetsplan 2026",
                            author="Hjälpmedelsnämnden")
    doc.build(story, onFirstPage=_on_page, onLaterPages=_on_page)


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    write_docx(OUT / "2025-uppfoljning-fullmaktiges-uppdrag-kommunstyrelsen.docx")
    write_pdf(OUT / "2026-verksamhetsplan-hjalpmedelsnamnden.pdf")
