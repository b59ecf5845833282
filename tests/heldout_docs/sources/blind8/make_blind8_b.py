# ruff: noqa: E501  (lines of the documents' own text)
"""Blind set 8, helper b: writes four plan/report documents into ../../blind8/ (moved to ../../general/ after scoring) (scored blind, never tuned on).

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind8/make_blind8_b.py`.

1. 2025-delarsrapport-kultur-och-turismnamnden.pdf (reportlab platypus, portrait): a delårsrapport with a running
   header in two columns and a footer "Dnr …" / "Sida N av M"; an economy table; a traffic-light legend drawn as
   coloured "●" glyphs; a goal table Mål och indikatorer | Utfall 2024 | Utfall jan–aug 2025 | Målvärde 2025 |
   Bedömning whose goal rows are shaded bold rows "Nämndmål N – Title" (spanning four columns, a coloured "●"
   + colour word in the Bedömning cell) and whose indicator rows are indented plain rows under them; the table
   is broken across pages 2 and 3 inside goal 3, page 3 repeating the column heads and the goal row with
   "(forts.)"; comments "Mål N:" per goal; an uppdrag table Uppdrag | Uppdrag | Status | Kommentar whose ids
   are "KF 4/2025" and "KS 2/2025" and whose status is a symbol only (● ◐ ▲ ○ ✕), explained by a
   "Teckenförklaring" line under the table.
2. 2025-aterrapportering-psykiatri-och-beroendenamnden.docx (python-docx): a region's återrapportering with a
   section header, a 4 × 2 Word grid table (label row Dokumenttyp | Beslutad av | Datum | Diarienummer over a
   value row), Title, numbered Heading 1 sections, each uppdrag a Heading 2 "Uppdrag 2025:04 – Title" (an
   "RS 2025:02" heading for regionstyrelsen's uppdrag), an italic "Uppdragets lydelse:" paragraph, a paragraph
   with a bold run-in "Status: " followed by the status word and, in some, a sentence in the same paragraph
   ("Delvis genomfört. Ett team …", "Avslutat – uppdraget är genomfört …"), a bold run-in "Redovisning: "; a
   list of all status words of the region's scale in the introduction (attached to no uppdrag), a cross
   reference "uppdrag 2025:04" inside another uppdrag's text, and a closing Word table Uppdrag | Status that
   repeats every uppdrag with a short name and its status.
3. 2026-verksamhetsplan-utbildnings-och-arbetsmarknadsnamnden.txt: a verksamhetsplan as `pdftotext -layout`
   text (form feeds, running header "TORSÅKRA KOMMUN   Verksamhetsplan 2026   1(4)" in three columns, a footer
   line with the nämnd and Dnr on every page, a table of contents with dot leaders); numbered chapters
   "1  Nämndens uppdrag" … (chapter numbers, not goals); upper-case perspective banners "MÅLOMRÅDE: LÄRANDE";
   each goal as a label line "Nämndmål N" with the title on the next line, a space-aligned indicator table
   Indikator | Utfall 2024 | Utfall 2025 | Målvärde 2026 | Målvärde 2027 (column heads over two lines, names
   wrapped onto a second line) and an activity table Aktivitet | Ansvar | Klart (activity names wrapped, the
   Ansvar and Klart columns to the right); a page break inside goal 2's activity table, page 3 repeating the
   activity column heads.
4. 2025-maluppfoljning-vard-och-stodnamnden.html: a municipality's web page (menu, breadcrumb, a "På den här
   sidan" jump list repeating every goal title, a summary legend with counts, related documents, footer with
   an update date): each goal an <article class="malkort"> whose <header> holds a "Målområde: X" kicker, a
   separate "Mål N" line, the <h2> title and a Bedömning badge; indicators as KPI tiles (<div class="kpi">
   with an <h4> name, the outcome, "Målvärde 2025: …" and a trend line with the 2024 value); activities in a
   small table Aktivitet | Läge augusti with status tags (activity states, not uppdrag).

Bjurhamra kommun, Region Mälarskog, Torsåkra kommun, Fjärdviks kommun, their people and numbers are invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
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

OUT = Path(__file__).resolve().parents[2] / "general"   # moved there after scoring (was ../../blind8)
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/usr/local/share/fonts")]


# ---------------------------------------------------------------------------------------------------------------
# 1. PDF: delårsrapport, Kultur- och turismnämnden, Bjurhamra kommun
# ---------------------------------------------------------------------------------------------------------------

GREEN, YELLOW, RED = "#2e7d32", "#e0a800", "#c62828"
LIGHT = {"Grön": GREEN, "Gul": YELLOW, "Röd": RED}

# (goal number, title, light, [(indicator, utfall 2024, utfall jan–aug 2025, målvärde 2025)])
GOALS_PDF: list[tuple[int, str, str, list[tuple[str, str, str, str]]]] = [
    (1, "Fler barn och unga tar del av kulturlivet på sin fritid", "Gul", [
        ("Antal deltagartillfällen i kulturskolans kurser", "4 120", "3 060", "4 400"),
        ("Andel elever i årskurs 5 som deltar i Skapande skola", "81 %", "77 %", "90 %"),
        ("Antal barn- och ungdomsarrangemang på biblioteken", "212", "168", "230"),
    ]),
    (2, "Biblioteken är öppna och tillgängliga för alla invånare", "Grön", [
        ("Antal öppettimmar per vecka, summa för alla bibliotek", "146", "158", "150"),
        ("Antal besök på biblioteken per invånare", "3,1", "2,3", "3,2"),
    ]),
    (3, "Besöksnäringen växer och bidrar till en levande kommun", "Gul", [
        ("Antal gästnätter i kommunen", "61 800", "48 900", "64 000"),
        ("Nöjd-besökare-index i kommunens besöksundersökning", "74", "–", "76"),
        ("Antal evenemang som fått stöd ur evenemangsfonden", "18", "14", "20"),
    ]),
    (4, "Nämnden har en ekonomi i balans", "Röd", [
        ("Budgetavvikelse vid årets slut, tkr (prognos)", "+310", "–850", "≥ 0"),
        ("Andel externa intäkter av nämndens bruttokostnader", "21 %", "19 %", "23 %"),
    ]),
]

# (id, wording, symbol, comment)
UPPDRAG_PDF: list[tuple[str, str, str, str]] = [
    ("KF 4/2025", "Ta fram en handlingsplan för ett tillgängligt kulturutbud för personer med funktionsnedsättning.",
     "●", "Handlingsplanen antogs av nämnden den 11 juni 2025, § 41."),
    ("KF 9/2025", "Utreda en gemensam bokningsplattform för kommunens lokaler för kultur och föreningsliv.",
     "◐", "Utredningen görs tillsammans med fritidsavdelningen och redovisas för nämnden i december."),
    ("KF 13/2025", "Inrätta en turistinformation vid resecentrum.",
     "▲", "Lokalfrågan är inte löst. Etableringen skjuts till våren 2026."),
    ("KF 21/2025", "Se över kulturskolans avgifter i syfte att sänka avgiften för syskon.",
     "○", "Översynen startar när grannkommunernas nya avgiftsnivåer har analyserats."),
    ("KS 2/2025", "Pröva att samlokalisera Bjurhamra konsthall med huvudbiblioteket.",
     "✕", "Kommunstyrelsen beslutade den 14 maj 2025 att inte gå vidare med samlokaliseringen."),
    ("KS 6/2025", "Redovisa en plan för minskade lokalkostnader inom nämndens ansvarsområde.",
     "◐", "Ett förslag med tre alternativ tas fram och redovisas för kommunstyrelsen i oktober."),
]

ECONOMY_PDF = [
    ("Tkr", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse"),
    ("Bibliotek", "18 200", "12 050", "18 350", "–150"),
    ("Kulturskola", "11 600", "7 420", "11 900", "–300"),
    ("Kultur och evenemang", "6 900", "5 010", "7 350", "–450"),
    ("Turism och besöksnäring", "3 400", "2 160", "3 350", "50"),
    ("Nämnd och ledning", "1 900", "1 230", "1 900", "0"),
    ("Summa", "42 000", "27 870", "42 850", "–850"),
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


class _PagedCanvas(rl_canvas.Canvas):
    """Draws the two-column running header and the 'Sida N av M' footer once the page count is known."""

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
        self.setFont("DejaVuSans-Bold", 9)
        self.setFillColor(colors.HexColor("#6a1b4d"))
        self.drawString(20 * mm, height - 12 * mm, "BJURHAMRA KOMMUN")
        self.setFont("DejaVuSans", 8)
        self.setFillColor(colors.HexColor("#444444"))
        self.drawRightString(width - 20 * mm, height - 12 * mm, "Delårsrapport augusti 2025 | Kultur- och turismnämnden")
        self.setStrokeColor(colors.HexColor("#6a1b4d"))
        self.setLineWidth(0.5)
        self.line(20 * mm, height - 14.5 * mm, width - 20 * mm, height - 14.5 * mm)
        self.line(20 * mm, 14 * mm, width - 20 * mm, 14 * mm)
        self.drawString(20 * mm, 9.5 * mm, "Dnr KTN 2025/143")
        self.drawRightString(width - 20 * mm, 9.5 * mm, f"Sida {self._pageNumber} av {total}")
        self.restoreState()


def write_pdf(path: Path) -> None:
    regular, bold = _register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13.5, spaceAfter=5)
    title = ParagraphStyle("title", fontName=bold, fontSize=22, leading=27, spaceAfter=4,
                           textColor=colors.HexColor("#6a1b4d"))
    subtitle = ParagraphStyle("subtitle", fontName=regular, fontSize=14, leading=18, spaceAfter=10)
    chapter = ParagraphStyle("chapter", fontName=bold, fontSize=13, leading=17, spaceBefore=10, spaceAfter=5)
    small = ParagraphStyle("small", fontName=regular, fontSize=8.5, leading=11)
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8.8, leading=11.2)
    cell_r = ParagraphStyle("cell_r", parent=cell, alignment=2)
    head = ParagraphStyle("head", parent=cell, fontName=bold, textColor=colors.white)
    head_r = ParagraphStyle("head_r", parent=head, alignment=2)
    goal_cell = ParagraphStyle("goal_cell", parent=cell, fontName=bold, fontSize=9.2, leading=11.8)
    ind_cell = ParagraphStyle("ind_cell", parent=cell, leftIndent=5 * mm)

    story: list[Any] = [
        Spacer(1, 4 * mm),
        Paragraph("Delårsrapport 2 2025", title),
        Paragraph("Kultur- och turismnämnden · januari–augusti", subtitle),
        Paragraph("Fastställd av kultur- och turismnämnden den 24 september 2025, § 58", body),
        Spacer(1, 3 * mm),
        Paragraph("1 Sammanfattning", chapter),
        Paragraph("Kultur- och turismnämnden redovisar ett resultat för perioden januari–augusti som är i nivå med "
                  "budget, men prognosen för helåret är ett underskott på 850 tkr. Underskottet beror främst på "
                  "högre kostnader för sommarens evenemang och på att kulturskolans intäkter har minskat.", body),
        Paragraph("Av nämndens fyra mål bedöms ett uppfyllas vid årets slut, två uppfyllas delvis och ett inte "
                  "uppfyllas. Av de sex uppdrag som nämnden har fått är ett genomfört, två pågår enligt plan och "
                  "ett har avslutats utan att genomföras.", body),
        Paragraph("2 Ekonomi", chapter),
        Paragraph("Tabellen visar nettokostnader per verksamhet. Prognosen bygger på utfallet till och med "
                  "augusti och kända förändringar under hösten.", body),
    ]
    eco = Table([[Paragraph(t, ParagraphStyle("e", parent=cell_r if j else cell,
                                              fontName=bold if i in (0, len(ECONOMY_PDF) - 1) else regular))
                  for j, t in enumerate(row)] for i, row in enumerate(ECONOMY_PDF)],
                colWidths=[52 * mm, 26 * mm, 28 * mm, 28 * mm, 22 * mm], hAlign="LEFT")
    eco.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                             ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    story += [eco, Spacer(1, 4 * mm),
              Paragraph("Investeringsbudgeten på 1 200 tkr avser främst ny utrustning till kulturskolan och "
                        "bedöms förbrukas under året.", body),
              PageBreak()]

    story += [
        Paragraph("3 Måluppfyllelse", chapter),
        Paragraph("Kommunfullmäktiges mål för mandatperioden bryts ned i fyra nämndmål. Varje nämndmål följs upp "
                  "med indikatorer. Bedömningen i tabellen avser om målet väntas nås vid årets slut och visas "
                  "med trafikljus:", body),
        Paragraph(f'<font color="{GREEN}">●</font> Grön – målet bedöms uppfyllas<br/>'
                  f'<font color="{YELLOW}">●</font> Gul – målet bedöms delvis uppfyllas<br/>'
                  f'<font color="{RED}">●</font> Röd – målet bedöms inte uppfyllas', small),
        Spacer(1, 3 * mm),
    ]
    col_w = [78 * mm, 20 * mm, 24 * mm, 22 * mm, 26 * mm]
    head_row = [Paragraph("Mål och indikatorer", head), Paragraph("Utfall 2024", head_r),
                Paragraph("Utfall jan–aug 2025", head_r), Paragraph("Målvärde 2025", head_r),
                Paragraph("Bedömning", head)]

    def goal_row(number: int, gtitle: str, light: str, cont: bool = False) -> list[Any]:
        text = f"Nämndmål {number} – {gtitle}" + (" (forts.)" if cont else "")
        mark = Paragraph(f'<font color="{LIGHT[light]}" size="12">●</font> {light}', cell)
        return [Paragraph(text, goal_cell), "", "", "", mark]

    def ind_row(ind: tuple[str, str, str, str]) -> list[Any]:
        return [Paragraph(ind[0], ind_cell), Paragraph(ind[1], cell_r), Paragraph(ind[2], cell_r),
                Paragraph(ind[3], cell_r), ""]

    def goal_table(rows: list[tuple[str, list[Any]]]) -> Table:
        data = [head_row] + [r for _, r in rows]
        style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#6a1b4d")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        for i, (kind, _) in enumerate(rows, start=1):
            if kind == "goal":
                style += [("SPAN", (0, i), (3, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f3e5ee"))]
        table = Table(data, colWidths=col_w, hAlign="LEFT")
        table.setStyle(TableStyle(style))
        return table

    page2: list[tuple[str, list[Any]]] = []
    page3: list[tuple[str, list[Any]]] = []
    for number, gtitle, light, inds in GOALS_PDF:
        if number < 3:
            page2.append(("goal", goal_row(number, gtitle, light)))
            page2 += [("ind", ind_row(i)) for i in inds]
        elif number == 3:
            page2.append(("goal", goal_row(number, gtitle, light)))
            page2 += [("ind", ind_row(i)) for i in inds[:2]]
            page3.append(("goal", goal_row(number, gtitle, light, cont=True)))
            page3 += [("ind", ind_row(i)) for i in inds[2:]]
        else:
            page3.append(("goal", goal_row(number, gtitle, light)))
            page3 += [("ind", ind_row(i)) for i in inds]
    story += [goal_table(page2),
              Spacer(1, 4 * mm),
              Paragraph("Nöjd-besökare-index mäts i oktober och redovisas i årsredovisningen.", small),
              PageBreak(),
              goal_table(page3),
              Spacer(1, 4 * mm),
              Paragraph("<b>Kommentarer till bedömningen</b>", body),
              Paragraph("Mål 1: Kulturskolans kurser har färre deltagare än väntat sedan avgiften höjdes. "
                        "Skapande skola genomförs i alla skolor under hösten.", body),
              Paragraph("Mål 2: De utökade öppettiderna vid biblioteket i Östra Bjurhamra har gett fler besök "
                        "kvällstid.", body),
              Paragraph("Mål 3: Antalet gästnätter ökar, men evenemangsfonden räcker inte till alla ansökningar.",
                        body),
              Paragraph("Mål 4: Nämnden har beslutat om en åtgärdsplan för att minska underskottet.", body)]

    story += [Paragraph("4 Uppdrag", chapter),
              Paragraph("Kommunfullmäktige gav i Mål och budget 2025 (KF 2024-11-25 § 131) nämnden fyra uppdrag. "
                        "Kommunstyrelsen har i internbudgeten för 2025 gett nämnden ytterligare två uppdrag. "
                        "Uppdragens status visas med symboler enligt teckenförklaringen under tabellen.", body),
              Spacer(1, 2 * mm)]
    up_head = [Paragraph(t, head) for t in ("Uppdrag", "Uppdragets innehåll", "Status", "Kommentar")]
    up_rows = [[Paragraph(i, cell), Paragraph(w, cell),
                Paragraph(f'<font size="12">{s}</font>', ParagraphStyle("sym", parent=cell, alignment=1)),
                Paragraph(c, cell)] for i, w, s, c in UPPDRAG_PDF]
    up = Table([up_head, *up_rows], colWidths=[22 * mm, 62 * mm, 16 * mm, 70 * mm], hAlign="LEFT", repeatRows=1)
    up.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#6a1b4d")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999"))]))
    story += [up, Spacer(1, 2 * mm),
              Paragraph("Teckenförklaring: ● Genomfört&nbsp;&nbsp;&nbsp; ◐ Pågår enligt plan&nbsp;&nbsp;&nbsp; "
                        "○ Ej påbörjat<br/>▲ Försenat, blir inte klart under året&nbsp;&nbsp;&nbsp; "
                        "✕ Avslutas utan att genomföras", small),
              Spacer(1, 8 * mm),
              KeepTogether([Paragraph("Lena Forsberg", body), Paragraph("kultur- och turismchef", body)])]

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm,
                            title="Delårsrapport 2 2025 Kultur- och turismnämnden", author="Bjurhamra kommun")
    doc.build(story, canvasmaker=_PagedCanvas)


# ---------------------------------------------------------------------------------------------------------------
# 2. DOCX: återrapportering av uppdrag, Psykiatri- och beroendenämnden, Region Mälarskog
# ---------------------------------------------------------------------------------------------------------------

# (heading id, heading title, wording, status run text, status tail (same paragraph), report)
UPPDRAG_DOCX: list[tuple[str, str, str, str, str, str]] = [
    ("2025:04", "Inrätta mobila psykiatriska team för länets norra del",
     "Psykiatri- och beroendenämnden ges i uppdrag att inrätta mobila psykiatriska team som kan möta patienter "
     "i hemmet i länets norra del.",
     "Delvis genomfört.",
     " Ett team i Nordanby har arbetat sedan den 1 mars 2025, medan teamet för Hällviks närområde saknar läkare.",
     "Teamet i Nordanby har haft 214 hembesök under perioden. Rekryteringen till det andra teamet fortsätter och "
     "en hyrläkarlösning prövas under vintern."),
    ("2025:07", "Införa digitala återbesök inom vuxenpsykiatrins öppenvård",
     "Nämnden ges i uppdrag att erbjuda digitala återbesök vid samtliga öppenvårdsmottagningar inom "
     "vuxenpsykiatrin.",
     "Genomfört", "",
     "Sedan maj 2025 erbjuds digitala återbesök vid alla fem mottagningarna. Under september gjordes 23 procent "
     "av återbesöken digitalt."),
    ("2025:08", "Utveckla den integrerade beroendevården tillsammans med länets kommuner",
     "Nämnden ges i uppdrag att tillsammans med länets kommuner utveckla en integrerad vård för personer med "
     "skadligt bruk och beroende.",
     "Pågår enligt plan", "",
     "En överenskommelse med sex av länets åtta kommuner är klar och två gemensamma mottagningar öppnar i "
     "januari 2026. Arbetet samordnas med uppdrag 2025:04 när det gäller hembesök i länets norra del."),
    ("2025:11", "Ta fram en handlingsplan för suicidprevention inom psykiatrin",
     "Nämnden ges i uppdrag att ta fram en handlingsplan för suicidprevention inom den specialiserade "
     "psykiatrin.",
     "Avslutat",
     " – uppdraget är genomfört och handlingsplanen antogs av nämnden den 11 juni 2025, § 47.",
     "Handlingsplanen omfattar bland annat strukturerad bedömning av suicidrisk vid utskrivning och uppföljning "
     "inom sju dagar."),
    ("2025:15", "Utreda förutsättningarna för en länsgemensam ätstörningsenhet",
     "Nämnden ges i uppdrag att utreda förutsättningarna för en gemensam enhet för ätstörningsvård för barn "
     "och vuxna.",
     "Ej påbörjat", "",
     "Utredningen startar i januari 2026, när den nationella kunskapsöversynen om ätstörningsvård har "
     "publicerats."),
    ("2025:17", "Pröva att flytta den rättspsykiatriska mottagningen till Hällviks sjukhus",
     "Nämnden ges i uppdrag att pröva om den rättspsykiatriska öppenvårdsmottagningen kan flyttas till "
     "Hällviks sjukhus.",
     "Kommer inte att genomföras", "",
     "Lokalerna i Hällvik uppfyller inte säkerhetskraven för rättspsykiatrisk vård och en ombyggnad bedöms bli "
     "för dyr. Nämnden föreslår att regionfullmäktige avskriver uppdraget."),
]
RS_UPPDRAG_DOCX = ("RS 2025:02", "Minska användningen av inhyrd personal inom psykiatrin",
                   "Psykiatri- och beroendenämnden ges i uppdrag att halvera kostnaderna för inhyrd personal "
                   "jämfört med 2024.",
                   "Försenat – blir inte klart under 2025.",
                   " Kostnaderna har minskat med 31 procent hittills under året.",
                   "Minskningen har skett inom slutenvården. I öppenvården är behovet av hyrläkare fortsatt stort, "
                   "särskilt i länets norra del. Målet bedöms kunna nås under 2026.")

SUMMARY_DOCX = [
    ("2025:04 Mobila psykiatriska team", "Delvis genomfört"),
    ("2025:07 Digitala återbesök", "Genomfört"),
    ("2025:08 Integrerad beroendevård", "Pågår enligt plan"),
    ("2025:11 Handlingsplan suicidprevention", "Avslutat"),
    ("2025:15 Länsgemensam ätstörningsenhet", "Ej påbörjat"),
    ("2025:17 Rättspsykiatrisk mottagning", "Kommer inte att genomföras"),
    ("RS 2025:02 Inhyrd personal", "Försenat"),
]


def _cell_text(cell: Any, text: str, *, bold: bool = False, size: float | None = None,
               color: RGBColor | None = None) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color


def write_docx(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    section = doc.sections[0]
    hp = section.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    hr = hp.add_run("Region Mälarskog")
    hr.bold = True
    hp.add_run("\tÅTERRAPPORTERING")
    fp = section.footer.paragraphs[0]
    fp.text = "Psykiatri- och beroendenämnden · Box 410, 721 30 Mälarskog · www.regionmalarskog.se"

    grid = doc.add_table(rows=2, cols=4)
    grid.style = "Table Grid"
    grey = RGBColor(0x59, 0x59, 0x59)
    for cell, label in zip(grid.rows[0].cells, ["Dokumenttyp", "Beslutad av", "Datum", "Diarienummer"], strict=True):
        _cell_text(cell, label, size=7.5, color=grey)
    for cell, value in zip(grid.rows[1].cells, ["Återrapportering", "Psykiatri- och beroendenämnden", "2025-11-06",
                                                 "PBN 2025/311"], strict=True):
        _cell_text(cell, value, size=10)
    doc.add_paragraph()

    doc.add_paragraph("Återrapportering av uppdrag i Regionplan och budget 2025", style="Title")
    doc.add_paragraph("Psykiatri- och beroendenämnden, rapport per den 31 oktober 2025")

    doc.add_heading("1. Bakgrund", level=1)
    doc.add_paragraph(
        "Regionfullmäktige fastställde Regionplan och budget 2025 den 19 november 2024, § 142. I planen ges "
        "nämnderna uppdrag som numreras löpande i formen år:nummer. Psykiatri- och beroendenämnden ansvarar för "
        "sex av uppdragen. Därutöver redovisas ett uppdrag som regionstyrelsen har gett nämnden.")
    doc.add_paragraph(
        "Förvaltningen bedömer varje uppdrags status enligt regionens anvisningar för uppföljning. Skalan har "
        "sju steg: Genomfört, Avslutat, Delvis genomfört, Pågår enligt plan, Försenat, Ej påbörjat och Kommer inte "
        "att genomföras. Avslutat används för uppdrag som är genomförda och slutredovisade.")

    def uppdrag_block(ident: str, utitle: str, wording: str, status: str, tail: str, report: str) -> None:
        doc.add_heading(f"Uppdrag {ident} – {utitle}", level=2)
        w = doc.add_paragraph()
        w.add_run(f"Uppdragets lydelse: {wording}").italic = True
        s = doc.add_paragraph()
        s.add_run("Status: ").bold = True
        s.add_run(status + tail)
        r = doc.add_paragraph()
        r.add_run("Redovisning: ").bold = True
        r.add_run(report)

    doc.add_heading("2. Regionfullmäktiges uppdrag", level=1)
    for item in UPPDRAG_DOCX:
        uppdrag_block(*item)

    doc.add_heading("3. Regionstyrelsens uppdrag", level=1)
    doc.add_paragraph(
        "Regionstyrelsen gav den 4 februari 2025, § 12, nämnden ett uppdrag i samband med uppföljningen av "
        "2024 års ekonomiska resultat.")
    uppdrag_block(*RS_UPPDRAG_DOCX)

    doc.add_heading("4. Sammanställning", level=1)
    doc.add_paragraph("Tabellen sammanfattar statusen för nämndens uppdrag per den 31 oktober 2025.")
    table = doc.add_table(rows=1, cols=2)
    table.style = "Light Grid Accent 1"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _cell_text(table.rows[0].cells[0], "Uppdrag", bold=True)
    _cell_text(table.rows[0].cells[1], "Status", bold=True)
    for name, status in SUMMARY_DOCX:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, status
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = Cm(9), Cm(6)

    doc.add_paragraph()
    doc.add_paragraph("Karin Holmgren\nförvaltningschef, psykiatri och beroende")
    doc.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 3. TXT: verksamhetsplan 2026, Utbildnings- och arbetsmarknadsnämnden, Torsåkra kommun (pdftotext -layout)
# ---------------------------------------------------------------------------------------------------------------

WIDTH = 96
PAGES_TXT = 4


def _header_txt(page: int) -> list[str]:
    left, mid, right = "  TORSÅKRA KOMMUN", "Verksamhetsplan 2026", f"{page}({PAGES_TXT})"
    line = left + " " * (40 - len(left)) + mid
    line += " " * (WIDTH - len(line) - len(right)) + right
    return [line, "", ""]


def _footer_txt() -> list[str]:
    return ["", "", "  Utbildnings- och arbetsmarknadsnämnden" + " " * 30 + "Dnr UAN 2025/0388", ""]


IND_COLS = [2, 46, 57, 68, 80]
ACT_COLS = [2, 62, 84]


def _cols(starts: list[int], cells: list[str]) -> str:
    line = ""
    for start, text in zip(starts, cells, strict=False):
        if not text:
            continue
        line += " " * max(start - len(line), 2) if line else " " * start
        line += text
    return line.rstrip()


IND_HEAD = [_cols(IND_COLS, ["Indikator", "Utfall", "Utfall", "Målvärde", "Målvärde"]),
            _cols(IND_COLS, ["", "2024", "2025", "2026", "2027"])]
ACT_HEAD = [_cols(ACT_COLS, ["Aktivitet", "Ansvar", "Klart"])]

# goal: (number, title, indicator lines (cells), activity lines (cells))
GOALS_TXT: dict[int, tuple[str, list[list[str]], list[list[str]]]] = {
    1: ("Fler elever lämnar gymnasieskolan med en examen",
        [["Andel elever med examen inom tre år", "71 %", "73 %", "76 %", "78 %"],
         ["Andel elever på introduktionsprogram som", "34 %", "37 %", "42 %", "45 %"],
         ["går vidare till nationellt program"],
         ["Andel elever som är nöjda med sin", "79 %", "77 %", "82 %", "84 %"],
         ["utbildning"]],
        [["Införa en modell för tidiga insatser vid hög frånvaro", "Rektorer", "Juni 2026"],
         ["Erbjuda sommarskola i matematik och svenska för", "Gymnasiechef", "Aug 2026"],
         ["elever på introduktionsprogram"]]),
    2: ("Vuxna invånare har tillgång till utbildning som leder till arbete",
        [["Antal platser på yrkesvux", "120", "135", "150", "160"],
         ["Andel sfi-elever som klarar kurs D inom", "48 %", "51 %", "55 %", "58 %"],
         ["ett och ett halvt år"]],
        [["Starta en yrkesvuxutbildning inom lager och", "Vuxenutbildnings-", "Jan 2026"],
         ["logistik tillsammans med näringslivet", "chef"],
         ["Införa kombinationsutbildning där sfi läses", "Vuxenutbildnings-", "Aug 2026"],
         ["tillsammans med en yrkeskurs", "chef"]]),
    3: ("Fler invånare går från bidrag till egen försörjning",
        [["Antal hushåll med ekonomiskt bistånd,", "412", "398", "370", "350"],
         ["genomsnitt per månad"],
         ["Andel deltagare i arbetsmarknadsinsatser", "38 %", "41 %", "45 %", "48 %"],
         ["som går vidare till arbete eller studier"]],
        [["Införa ett gemensamt mottagningsteam för ekonomiskt", "Enhetschef", "Mars 2026"],
         ["bistånd och arbetsmarknadsinsatser", "arbetsmarknad"],
         ["Utöka antalet praktikplatser i kommunens egna", "Arbetsmarknads-", "Dec 2026"],
         ["verksamheter till 60", "chef"]]),
    4: ("Unga vuxna etablerar sig på arbetsmarknaden",
        [["Andel unga 20–24 år som är öppet", "9,8 %", "9,1 %", "8,0 %", "7,5 %"],
         ["arbetslösa eller i program"],
         ["Antal unga inom det kommunala aktivitets-", "142", "160", "190", "200"],
         ["ansvaret som har en individuell plan"]],
        [["Öppna en mottagning för arbete och studier för unga", "Arbetsmarknads-", "Feb 2026"],
         ["på biblioteket i centrum", "chef"],
         ["Ordna sommarjobb för 250 ungdomar i samverkan med", "Feriejobbs-", "Aug 2026"],
         ["föreningslivet", "samordnare"]]),
    5: ("Nämnden är en attraktiv arbetsgivare som behåller sina medarbetare",
        [["Personalomsättning", "11,2 %", "10,4 %", "9,0 %", "8,5 %"],
         ["Hållbart medarbetarengagemang (HME)", "77", "78", "80", "81"],
         ["Sjukfrånvaro", "6,4 %", "6,1 %", "5,8 %", "5,5 %"]],
        [["Införa en introduktionsplan för alla nyanställda", "Personalchef", "Aug 2026"],
         ["lärare"],
         ["Genomföra en lönekartläggning av yrkesgrupper med", "HR-strateg", "Okt 2026"],
         ["hög personalomsättning"]]),
}

# the last activity of goal 2, alone on page 3 under repeated activity column heads
GOAL2_PAGE3 = [["Kartlägga behovet av distansundervisning i kommunens", "Utvecklings-", "Dec 2026"],
               ["ytterområden", "strateg"]]


def _goal_txt(number: int, split_activities: bool = False) -> list[str]:
    gtitle, inds, acts = GOALS_TXT[number]
    lines = [f"  Nämndmål {number}", f"  {gtitle}", "", *IND_HEAD]
    lines += [_cols(IND_COLS, c) for c in inds]
    lines += ["", *ACT_HEAD]
    lines += [_cols(ACT_COLS, c) for c in acts]
    return lines + ([] if split_activities else [""])


def _page_txt(page: int, content: list[str], length: int = 62) -> str:
    body = _header_txt(page) + content
    body += [""] * max(length - len(body) - 4, 1)
    return "\n".join(body + _footer_txt()) + "\n"


def write_txt(path: Path) -> None:
    p1 = [
        "",
        " " * 22 + "Verksamhetsplan 2026",
        " " * 22 + "med plan för 2027",
        "",
        " " * 22 + "Utbildnings- och arbetsmarknadsnämnden",
        "",
        " " * 22 + "Antagen av utbildnings- och arbetsmarknadsnämnden 2025-12-11, § 104",
        "",
        "",
        "  Innehåll",
        "",
        "  1   Nämndens uppdrag " + "." * 62 + " 1",
        "  2   Ekonomi " + "." * 71 + " 1",
        "  3   Mål och aktiviteter " + "." * 59 + " 2",
        "      Målområde: Lärande " + "." * 61 + " 2",
        "      Målområde: Arbete och egen försörjning " + "." * 41 + " 3",
        "      Målområde: Medarbetare " + "." * 57 + " 4",
        "  4   Uppföljning " + "." * 67 + " 4",
        "",
        "",
        "  1   Nämndens uppdrag",
        "",
        "  Utbildnings- och arbetsmarknadsnämnden ansvarar för gymnasieskolan, den kommunala",
        "  vuxenutbildningen med sfi, arbetsmarknadsinsatser och ekonomiskt bistånd. Nämnden ska",
        "  bidra till kommunfullmäktiges vision om ett Torsåkra där alla kan växa genom lärande",
        "  och arbete.",
        "",
        "",
        "  2   Ekonomi",
        "",
        "  Nämndens ram för 2026 är 312,4 miljoner kronor, en ökning med 2,1 procent jämfört med",
        "  2025. Ökningen avser främst fler elever i gymnasieskolan.",
        "",
        "  Verksamhet, mnkr                      Budget 2025       Budget 2026       Plan 2027",
        "  Gymnasieskola                               171,8             176,0           179,5",
        "  Vuxenutbildning och sfi                      48,2              49,1            49,9",
        "  Arbetsmarknadsinsatser                       27,6              28,3            28,8",
        "  Ekonomiskt bistånd                           50,3              51,2            52,0",
        "  Nämnd och administration                      8,1               7,8             7,9",
        "  Summa                                       306,0             312,4           318,1",
    ]
    p2 = [
        "  3   Mål och aktiviteter",
        "",
        "  Nämndens mål utgår från kommunfullmäktiges målområden. För varje nämndmål anges",
        "  indikatorer med målvärden för 2026 och 2027 och de aktiviteter som förvaltningen",
        "  genomför under 2026.",
        "",
        "",
        "  MÅLOMRÅDE: LÄRANDE",
        "",
        *_goal_txt(1),
        "",
        *_goal_txt(2, split_activities=True),
    ]
    p3 = [
        *ACT_HEAD,
        *[_cols(ACT_COLS, c) for c in GOAL2_PAGE3],
        "",
        "",
        "  MÅLOMRÅDE: ARBETE OCH EGEN FÖRSÖRJNING",
        "",
        *_goal_txt(3),
        "",
        *_goal_txt(4),
    ]
    p4 = [
        "  MÅLOMRÅDE: MEDARBETARE",
        "",
        *_goal_txt(5),
        "",
        "  4   Uppföljning",
        "",
        "  Nämndmålen och indikatorerna följs upp i delårsrapporten per den 31 augusti och i",
        "  verksamhetsberättelsen för 2026. Aktiviteterna följs upp av förvaltningens ledningsgrupp",
        "  varje kvartal.",
        "",
        "",
        "  Tobias Lind",
        "  förvaltningschef, utbildnings- och arbetsmarknadsförvaltningen",
    ]
    pages = [_page_txt(i, p) for i, p in enumerate([p1, p2, p3, p4], start=1)]
    path.write_text("\f".join(pages), encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# 4. HTML: måluppföljning tertial 2 2025, Vård- och stödnämnden, Fjärdviks kommun
# ---------------------------------------------------------------------------------------------------------------

BADGE = {"Uppfyllt": "gron", "Delvis uppfyllt": "gul", "Inte uppfyllt": "rod"}

# (number, målområde, title, bedömning, analysis, [(indicator, utfall, målvärde, trend, 2024)], [(activity, läge)])
GOALS_HTML: list[tuple[int, str, str, str, str, list[tuple[str, str, str, str, str]], list[tuple[str, str]]]] = [
    (1, "Trygg och värdig omsorg", "Brukarna känner sig trygga med sin hemtjänst", "Uppfyllt",
     "Tryggheten i hemtjänsten har ökat sedan fast omsorgskontakt infördes. Kontinuiteten är fortfarande lägre "
     "än målvärdet i två av fem hemtjänstområden.",
     [("Andel brukare i hemtjänsten som känner sig trygga", "89 %", "88 %", "↑", "86 %"),
      ("Antal olika personal som besöker en brukare under 14 dagar", "14", "högst 12", "↑", "15")],
     [("Införa fast omsorgskontakt för alla brukare med fler än tio besök per månad", "Genomförd"),
      ("Planera hemtjänstens turer med ett nytt digitalt planeringsverktyg", "Pågår")]),
    (2, "Trygg och värdig omsorg", "Fler äldre med demenssjukdom får stöd anpassat efter sina behov",
     "Delvis uppfyllt",
     "Utbildningsinsatsen har kommit igång men alla enheter har inte hunnit delta. Väntetiden till "
     "demensboende har minskat tack vare tolv nya platser på Ekhagen.",
     [("Andel personal i särskilt boende som har demensutbildning", "72 %", "85 %", "↑", "61 %"),
      ("Andel brukare med demenssjukdom som har en aktuell bemötandeplan", "64 %", "80 %", "↑", "58 %"),
      ("Väntetid till plats på demensboende, median i dagar", "48", "högst 60", "↑", "71")],
     [("Utbilda all personal på demensboenden i personcentrerad demensvård", "Pågår")]),
    (3, "Delaktighet och självständighet", "Personer med funktionsnedsättning har en meningsfull sysselsättning",
     "Delvis uppfyllt",
     "Den nya verksamheten inom återbruk har tagits emot väl. Få deltagare har gått vidare till arbete.",
     [("Andel deltagare i daglig verksamhet som är nöjda med sin sysselsättning", "81 %", "85 %", "→", "80 %"),
      ("Antal deltagare i daglig verksamhet som gått vidare till anställning med lönebidrag", "6", "10", "↑", "4")],
     [("Öppna en daglig verksamhet med inriktning mot återbruk", "Genomförd"),
      ("Ta fram individuella stegförflyttningsplaner tillsammans med arbetsmarknadsenheten", "Ej påbörjad")]),
    (4, "Delaktighet och självständighet", "Fler brukare använder välfärdsteknik som ökar självständigheten",
     "Inte uppfyllt",
     "Införandet av digital tillsyn har försenats av leveransproblem hos leverantören. Läkemedelsrobotar följs "
     "upp vid årets slut.",
     [("Antal brukare med digital tillsyn nattetid", "38", "70", "↑", "29"),
      ("Antal brukare med läkemedelsrobot", "Mäts vid årets slut", "40", "–", "22")],
     []),
    (5, "Attraktiv arbetsgivare", "Medarbetarna har en hållbar arbetssituation", "Delvis uppfyllt",
     "Sjukfrånvaron har minskat men ligger över målvärdet. Andelen heltidsanställda ökar i alla verksamheter.",
     [("Sjukfrånvaro bland medarbetarna", "8,9 %", "högst 8,0 %", "↑", "9,6 %"),
      ("Andel heltidsanställda av tillsvidareanställda", "76 %", "80 %", "↑", "71 %")],
     [("Införa önskeschema i hela hemtjänsten", "Pågår")]),
]


def write_html(path: Path) -> None:
    toc = "\n".join(f'        <li><a href="#mal-{n}">{t}</a></li>' for n, _, t, *_ in GOALS_HTML)
    cards: list[str] = []
    for n, area, gtitle, judgement, analysis, inds, acts in GOALS_HTML:
        kpis = "\n".join(
            f'        <div class="kpi">\n          <h4>{name}</h4>\n          <p class="kpi__utfall">{val}</p>\n'
            f'          <p class="kpi__mal">Målvärde 2025: {target}</p>\n'
            f'          <p class="kpi__trend"><span aria-hidden="true">{arrow}</span> 2024: {prev}</p>\n        </div>'
            for name, val, target, arrow, prev in inds)
        act_html = ""
        if acts:
            rows = "\n".join(f'          <tr><td>{a}</td><td><span class="tag">{s}</span></td></tr>' for a, s in acts)
            act_html = ('      <h3>Aktiviteter</h3>\n      <table class="aktiviteter">\n'
                        '        <thead><tr><th>Aktivitet</th><th>Läge augusti</th></tr></thead>\n'
                        f'        <tbody>\n{rows}\n        </tbody>\n      </table>\n')
        cards.append(
            f'    <article class="malkort" id="mal-{n}">\n'
            f'      <header>\n        <p class="malomrade">Målområde: {area}</p>\n'
            f'        <p class="malnummer">Mål {n}</p>\n        <h2>{gtitle}</h2>\n'
            f'        <p class="bedomning">Bedömning: <span class="badge badge--{BADGE[judgement]}">{judgement}</span></p>\n'
            f'      </header>\n      <p class="analys">{analysis}</p>\n'
            f'      <h3>Indikatorer</h3>\n      <div class="kpi-grid">\n{kpis}\n      </div>\n{act_html}'
            f'    </article>')
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Måluppföljning tertial 2 2025 – Vård- och stödnämnden – Fjärdviks kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body {{ font-family: "Source Sans Pro", Arial, sans-serif; margin: 0; color: #1d1d1b; }}
  .site-header {{ background: #003b5c; color: #fff; padding: .8rem 2rem; display: flex; justify-content: space-between; }}
  .site-header a {{ color: #fff; margin-left: 1.2rem; text-decoration: none; }}
  .breadcrumb {{ padding: .5rem 2rem; font-size: .85rem; }}
  .breadcrumb ol {{ list-style: none; display: flex; gap: .4rem; margin: 0; padding: 0; }}
  .breadcrumb li + li::before {{ content: "›"; margin-right: .4rem; }}
  main {{ max-width: 62rem; margin: 0 auto; padding: 0 2rem 2rem; }}
  .ingress {{ font-size: 1.15rem; }}
  .meta {{ background: #f2f5f7; padding: .6rem 1rem; font-size: .9rem; }}
  .toc {{ border-left: 4px solid #003b5c; padding-left: 1rem; }}
  .malkort {{ border: 1px solid #c9d3da; border-radius: 6px; padding: 1rem 1.4rem; margin: 1.5rem 0; }}
  .malkort header .malomrade {{ text-transform: uppercase; font-size: .75rem; letter-spacing: .05em; color: #5a6b78; margin: 0; }}
  .malkort header .malnummer {{ font-weight: 700; margin: .2rem 0 0; color: #003b5c; }}
  .malkort header h2 {{ margin: .1rem 0 .4rem; }}
  .badge {{ border-radius: 1rem; padding: .1rem .7rem; font-size: .85rem; }}
  .badge--gron {{ background: #d7f0dc; }} .badge--gul {{ background: #fff1c2; }} .badge--rod {{ background: #fbd5d5; }}
  .kpi-grid {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .8rem; }}
  .kpi {{ background: #f7f9fa; padding: .6rem .8rem; border-radius: 4px; }}
  .kpi h4 {{ margin: 0 0 .3rem; font-size: .95rem; }}
  .kpi__utfall {{ font-size: 1.6rem; font-weight: 700; margin: 0; }}
  .kpi__mal, .kpi__trend {{ margin: .1rem 0; font-size: .85rem; }}
  .tag {{ background: #e6ecf0; padding: .05rem .5rem; border-radius: 3px; font-size: .8rem; }}
  .site-footer {{ background: #1d1d1b; color: #ddd; padding: 1.5rem 2rem; font-size: .85rem; }}
  .site-footer a {{ color: #ddd; }}
</style>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Fjärdviks kommun</a>
  <nav aria-label="Huvudmeny">
    <a href="/omsorg-och-stod">Omsorg och stöd</a>
    <a href="/utbildning">Utbildning och barnomsorg</a>
    <a href="/bygga-bo-miljo">Bygga, bo och miljö</a>
    <a href="/uppleva-och-gora">Uppleva och göra</a>
    <a href="/kommun-och-politik">Kommun och politik</a>
  </nav>
  <form role="search"><label for="q">Sök</label> <input id="q" type="search"></form>
</header>
<nav class="breadcrumb" aria-label="Du är här">
  <ol>
    <li><a href="/">Start</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    <li><a href="/kommun-och-politik/mal-och-uppfoljning">Mål och uppföljning</a></li>
    <li aria-current="page">Vård- och stödnämnden</li>
  </ol>
</nav>
<main>
  <h1>Måluppföljning tertial 2 2025 – Vård- och stödnämnden</h1>
  <p class="ingress">Här redovisar vård- och stödnämnden hur nämndens fem mål har utvecklats under januari–augusti
  2025. Målen hör till tre av kommunfullmäktiges målområden och följs upp med indikatorer och aktiviteter.</p>
  <div class="meta">
    <p>Behandlad av vård- och stödnämnden 2025-09-25, § 58</p>
    <p>Diarienummer VSN 2025/97</p>
  </div>
  <nav class="toc" aria-label="På den här sidan">
    <h2>På den här sidan</h2>
    <ol>
{toc}
    </ol>
  </nav>
  <section class="summering">
    <h2>Sammanfattning</h2>
    <p>Ett mål bedöms vara uppfyllt, tre delvis uppfyllda och ett inte uppfyllt vid tertialets slut.</p>
    <ul class="legend">
      <li><span class="badge badge--gron">Uppfyllt</span> 1 mål</li>
      <li><span class="badge badge--gul">Delvis uppfyllt</span> 3 mål</li>
      <li><span class="badge badge--rod">Inte uppfyllt</span> 1 mål</li>
    </ul>
    <p>Pilarna vid indikatorerna visar utvecklingen jämfört med 2024: ↑ förbättring, → oförändrat, ↓ försämring.</p>
  </section>
{chr(10).join(cards)}
  <section class="relaterat">
    <h2>Relaterade dokument</h2>
    <ul>
      <li><a href="/dokument/vsn-verksamhetsplan-2025.pdf">Vård- och stödnämndens verksamhetsplan 2025 (pdf)</a></li>
      <li><a href="/dokument/vsn-delarsrapport-2025.pdf">Delårsrapport augusti 2025 med ekonomisk uppföljning (pdf)</a></li>
    </ul>
    <p>Kontakt: Helena Öberg, kvalitetsstrateg, vård- och stödförvaltningen</p>
  </section>
</main>
<footer class="site-footer">
  <div><strong>Fjärdviks kommun</strong><br>Hamngatan 3, 742 31 Fjärdvik<br>Telefon 0176-44 10 00</div>
  <ul>
    <li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li>
    <li><a href="/kakor">Om kakor</a></li>
    <li><a href="/personuppgifter">Så hanterar vi personuppgifter</a></li>
  </ul>
  <p>Sidan uppdaterades 2025-10-03</p>
</footer>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write_pdf(OUT / "2025-delarsrapport-kultur-och-turismnamnden.pdf")
    write_docx(OUT / "2025-aterrapportering-psykiatri-och-beroendenamnden.docx")
    write_txt(OUT / "2026-verksamhetsplan-utbildnings-och-arbetsmarknadsnamnden.txt")
    write_html(OUT / "2025-maluppfoljning-vard-och-stodnamnden.html")
