"""Blind set 5, helper b: writes the DOCX delårsrapport and the PDF uppföljning into ../../general/.

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind5/make_blind5_b.py`.
The HTML verksamhetsplan and the plain-text nyckeltal report of the same helper are written by hand and stand in
../../general/ as they are. Skarvhamns kommun, Region Mellanbygd, their people and numbers are invented.
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
from reportlab.pdfgen import canvas as rl_canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parents[2] / "general"

# ---------------------------------------------------------------------------------------------------------------
# 1. DOCX: delårsrapport, uppdrag in a Word table Uppdrag | Givet av | Status | Kommentar with status symbols
# ---------------------------------------------------------------------------------------------------------------

# (id, wording, id on a line of its own in the cell, given by, status, comment)
UPPDRAG_DOCX: list[tuple[str, str, bool, str, str, str]] = [
    ("KF 2026:2", "Införa en gemensam bokningstjänst för kommunens fordon", True, "Kommunfullmäktige",
     "● Genomfört", "Bokningstjänsten togs i bruk i april och används av samtliga förvaltningar."),
    ("KF 2026:5", "Öka andelen vegetariska måltider i förskola och skola till minst 30 procent", True,
     "Kommunfullmäktige", "◐ Pågår",
     "Andelen var 24 procent i augusti. Nya menyer införs vid höstterminens start."),
    ("KF 2026:9", "Utreda förutsättningarna för ett gemensamt tvätteri med grannkommunerna", True,
     "Kommunfullmäktige", "✕ Avslutas",
     "Grannkommunerna har valt att inte delta. Nämnden föreslår att uppdraget avslutas."),
    ("Uppdrag 1", "Ta fram en plan för att ersätta kommunens dieselfordon med fossilfria fordon", False,
     "Kommunstyrelsen", "○ Ej påbörjat",
     "Arbetet startar när den regionala planen för laddinfrastruktur är klar."),
    ("Uppdrag 3", "Samordna lokalvården i kommunens förvaltningsbyggnader", False, "Kommunstyrelsen", "◐ Pågår",
     "Tre av fem byggnader har gått över till den gemensamma organisationen."),
    ("Uppdrag 4", "Införa digital avvikelserapportering i kostverksamheten", False, "Kommunstyrelsen",
     "● Genomfört", "Systemet infördes i maj och samtliga kök rapporterar digitalt."),
]

INDICATORS_DOCX: list[tuple[str, str, str, str]] = [
    ("Andel elever i årskurs 5 och 8 som är nöjda med skollunchen", "71 %", "74 %", "75 %"),
    ("Andel ekologiska livsmedel av inköpta livsmedel", "32 %", "36 %", "35 %"),
    ("Matsvinn i skolrestaurangerna, gram per portion", "38", "33", "högst 30"),
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


def _header_row(table: Any, labels: list[str]) -> None:
    for cell, text in zip(table.rows[0].cells, labels, strict=False):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True


def write_docx(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Skarvhamns kommun\tDelårsrapport 2026\tServicenämnden"
    foot = section.footer.paragraphs[0]
    foot.text = "Serviceförvaltningen, Hamngatan 7, 000 00 Skarvhamn\tSida "
    _page_field(foot)

    doc.add_heading("Delårsrapport per augusti 2026", level=0)
    doc.add_paragraph("Servicenämnden", style="Subtitle")
    doc.add_paragraph("Fastställd av servicenämnden 2026-09-22, § 61. Dnr SN 2026/88.")

    doc.add_heading("1 Sammanfattning", level=1)
    doc.add_paragraph(
        "Servicenämnden ansvarar för kommunens måltider, lokalvård, fordon och interna transporter. "
        "Delårsrapporten redovisar läget för nämndens uppdrag och mål per den 31 augusti 2026 och en prognos "
        "för helåret. Två av sex uppdrag är genomförda och ett av nämndens två mål bedöms uppnås delvis.")

    doc.add_heading("2 Uppdrag", level=1)
    doc.add_paragraph(
        "Tabellen redovisar de uppdrag som kommunfullmäktige har gett nämnden i Mål och budget 2026 och de "
        "uppdrag som kommunstyrelsen har gett nämnden i sin uppsikt över nämnderna.")
    legend = doc.add_paragraph()
    legend.add_run("Teckenförklaring: ").bold = True
    legend.add_run(
        "● Genomfört = uppdraget är slutfört. ◐ Pågår = arbetet pågår enligt plan. "
        "○ Ej påbörjat = arbetet har inte startat. ✕ Avslutas = uppdraget avslutas utan att genomföras.")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    _header_row(table, ["Uppdrag", "Givet av", "Status", "Kommentar"])
    for ident, wording, own_line, given_by, status, comment in UPPDRAG_DOCX:
        cells = table.add_row().cells
        first = cells[0].paragraphs[0]
        if own_line:
            first.add_run(ident).bold = True
            cells[0].add_paragraph(wording)
        else:
            first.add_run(f"{ident}: {wording}")
        cells[1].text = given_by
        cells[2].text = status
        cells[3].text = comment

    doc.add_heading("3 Mål och måluppfyllelse", level=1)
    doc.add_paragraph("Nämnden har två mål för 2026. Målen följs upp med indikatorer i delårsrapporten och "
                      "årsredovisningen.")
    doc.add_heading("Mål 1 – Måltiderna är uppskattade och klimatsmarta", level=2)
    doc.add_paragraph("Nöjdheten med skolluncherna har ökat och andelen ekologiska livsmedel överstiger målvärdet. "
                      "Matsvinnet har minskat men är fortfarande högre än målvärdet.")
    grid = doc.add_table(rows=1, cols=4)
    grid.style = "Table Grid"
    _header_row(grid, ["Indikator", "Utfall 2025", "Utfall jan–aug 2026", "Målvärde 2026"])
    for values in INDICATORS_DOCX:
        for cell, text in zip(grid.add_row().cells, values, strict=False):
            cell.text = text
    doc.add_paragraph("Bedömning: Målet bedöms uppnås delvis.")
    doc.add_heading("Mål 2 – Kommunens lokaler har en jämn och god städkvalitet", level=2)
    doc.add_paragraph("Bedömning: Målet bedöms uppnås. Den nya organisationen för lokalvården har gett färre "
                      "klagomål från verksamheterna. Höstens kvalitetsmätningar redovisas i årsredovisningen.")

    doc.add_heading("4 Ekonomi", level=1)
    doc.add_paragraph("Nämnden prognostiserar ett överskott på 1,8 miljoner kronor för helåret, främst till följd "
                      "av lägre livsmedelspriser än budgeterat.")
    doc.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 2. PDF: uppföljning, every uppdrag a boxed key/value table; running header, "Sida N av M" footer
# ---------------------------------------------------------------------------------------------------------------

# (nr, wording, ansvarig, status, comment)
UPPDRAG_PDF: list[tuple[str, str, str, str, str]] = [
    ("2", "Ta fram en regional strategi för besöksnäringen 2026–2030 i samverkan med länets kommuner och "
     "destinationsbolag", "Enheten för näringsliv", "Genomfört",
     "Strategin antogs av tillväxtnämnden i oktober och har överlämnats till regionstyrelsen."),
    ("4", "Verka för att minst 98 procent av länets hushåll och företag har tillgång till bredband med en "
     "hastighet om minst 1 Gbit/s", "Enheten för digital infrastruktur", "Delvis genomfört",
     "Täckningen är 95 procent. Utbyggnaden i de västra kommundelarna fortsätter med statligt stöd."),
    ("5", "Utveckla stödet till små och medelstora företag som vill ställa om till fossilfri produktion",
     "Enheten för näringsliv", "Pågår",
     "Ett nytt rådgivningsprogram har startat och 34 företag deltar."),
    ("7", "Inrätta ett regionalt kompetenscentrum för skogsnäringen tillsammans med lärosätena i länet",
     "Enheten för kompetensförsörjning", "Kommer inte att slutföras",
     "Den statliga medfinansieringen har uteblivit och lärosätena har avstått från att delta. Nämnden föreslår "
     "att uppdraget avslutas."),
    ("9", "Kartlägga behovet av yrkesutbildningar inom industrin i länets östra del", "Enheten för "
     "kompetensförsörjning", "Ej påbörjat", "Kartläggningen startar i januari 2026 när den nya "
     "arbetsmarknadsprognosen finns."),
    ("11", "Genomföra programmet för service på landsbygden under perioden 2024–2027", "Landsbygdsenheten",
     "Flerårigt – årets del genomförd",
     "Programmet löper till och med 2027. Årets insatser, bland annat stöd till tolv lanthandlar, är genomförda."),
    ("12", "Införa en digital ansökan för regionala projektmedel", "Enheten för projektstöd",
     "Blir inte klart under året",
     "Upphandlingen av e-tjänsten har överprövats. Tjänsten väntas kunna tas i bruk under våren 2026."),
]


class _NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
    """Canvas that draws "Sida N av M" once the page count is known."""

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
        width, height = A4
        self.saveState()
        self.setFont("Helvetica", 8)
        self.drawString(20 * mm, height - 12 * mm, "Region Mellanbygd")
        self.drawCentredString(width / 2, height - 12 * mm, "Uppföljning av regionfullmäktiges uppdrag 2025")
        self.drawRightString(width - 20 * mm, height - 12 * mm, "Tillväxtnämnden")
        self.line(20 * mm, height - 14 * mm, width - 20 * mm, height - 14 * mm)
        self.drawString(20 * mm, 10 * mm, "Dnr TVN 2025/140")
        self.drawRightString(width - 20 * mm, 10 * mm, f"Sida {self._pageNumber} av {total}")
        self.restoreState()


def write_pdf(path: Path) -> None:
    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontSize=10, leading=13)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12)
    label = ParagraphStyle("label", parent=cell, fontName="Helvetica-Bold")
    story: list[Any] = [
        Paragraph("Uppföljning av regionfullmäktiges uppdrag 2025", ss["Title"]),
        Paragraph("Tillväxtnämnden", ss["Heading2"]),
    ]
    meta = Table([["Datum", "2025-11-18"], ["Handläggare", "Strateg Maria Lindqvist"],
                  ["Diarienummer", "TVN 2025/140"]], colWidths=[35 * mm, 80 * mm], hAlign="LEFT")
    meta.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 9), ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold"),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    story += [
        meta,
        Spacer(1, 6 * mm),
        Paragraph("Inledning", ss["Heading3"]),
        Paragraph("Regionfullmäktige gav i Regionplan med budget 2025 tillväxtnämnden sju uppdrag. Här redovisas "
                  "läget för varje uppdrag per den 31 oktober 2025. Numreringen följer regionplanen, där uppdragen "
                  "till samtliga nämnder är numrerade i en följd.", body),
        Paragraph("Statusen anges som Genomfört, Delvis genomfört, Pågår, Ej påbörjat, Blir inte klart under året, "
                  "Flerårigt – årets del genomförd eller Kommer inte att slutföras.", body),
        Spacer(1, 3 * mm),
        Paragraph("Redovisning per uppdrag", ss["Heading3"]),
    ]
    for nr, wording, ansvarig, status, comment in UPPDRAG_PDF:
        rows = [[Paragraph("Uppdrag nr", label), Paragraph(nr, cell)],
                [Paragraph("Uppdrag", label), Paragraph(wording, cell)],
                [Paragraph("Ansvarig", label), Paragraph(ansvarig, cell)],
                [Paragraph("Status", label), Paragraph(status, cell)],
                [Paragraph("Kommentar", label), Paragraph(comment, cell)]]
        box = Table(rows, colWidths=[32 * mm, 128 * mm])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.9, colors.black),
                                 ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.grey),
                                 ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8eef4")),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(KeepTogether([box, Spacer(1, 5 * mm)]))
    story += [
        Paragraph("Sammanfattning", ss["Heading3"]),
        Paragraph("Ett uppdrag är genomfört och ett flerårigt uppdrag har genomförts för året. Två uppdrag pågår "
                  "eller är delvis genomförda, ett blir inte klart under året, ett har inte påbörjats och ett "
                  "kommer inte att slutföras.", body),
    ]
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=22 * mm, bottomMargin=18 * mm,
                            leftMargin=20 * mm, rightMargin=20 * mm,
                            title="Uppföljning av regionfullmäktiges uppdrag 2025", author="Tillväxtnämnden")
    doc.build(story, canvasmaker=_NumberedCanvas)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write_docx(OUT / "2026-delarsrapport-servicenamnden.docx")
    write_pdf(OUT / "2025-uppfoljning-tillvaxtnamnden.pdf")
