# ruff: noqa: E501, RUF005  (lines of the documents' own text)
"""Blind set 11, helper b: writes four plan/report documents into ../../blind11/ (scored blind, never tuned on).

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind11/make_blind11_b.py`.

1. 2026-verksamhetsplan-socialnamnden.pdf (reportlab platypus, BaseDocTemplate with a PORTRAIT and a LANDSCAPE
   page template): a cover page (letterhead, title, "Antagen av socialnämnden 2025-12-09, § 131", Dnr), a table
   of contents, an introduction and a budget table on portrait pages; then three LANDSCAPE pages, each holding one
   ruled table with the columns Målområde | Nämndmål | Indikator | Utfall 2024 | Målvärde 2026 | Aktiviteter 2026
   whose cells are MERGED DOWNWARDS (SPAN): the Målområde cell spans all rows of its goals, the Nämndmål cell
   ("Nämndmål N" over the title) and the Aktiviteter cell span the rows of the goal's indicators, one indicator a
   row; the activities stand in their merged cell as separate paragraphs (no bullets, wrapped within the cell);
   the header row is repeated on every landscape page; goal 4's Aktiviteter cell says that no new activities are
   planned. Back in portrait: an internal-control table (Risk | Kontrollmoment | Frekvens | Ansvarig), a
   follow-up paragraph and a signature. Running header "Sälvtorps kommun | Verksamhetsplan 2026 · Socialnämnden"
   and footer "Sida N av M" on every page but the cover.
2. 2025-aterrapportering-uppdrag-narsjukvardsnamnden.docx (python-docx): a region's report on uppdrag whose
   HEADINGS ARE NUMBERED BY WORD'S OWN MULTILEVEL NUMBERING (numbering.xml linked to Heading 1 / Heading 2: the
   numbers "2.1" etc. are not in the text), a table of contents as a TOC field with its cached entries, a
   tab-aligned key/value block, and uppdrag from TWO BUDGET YEARS: Heading 2 "RF-2025-03 Title" (regionfullmäktige
   2025), "RS-2025-02 Title" (regionstyrelsen 2025) and "RF-2024-07 Title" (regionfullmäktige 2024, carried over),
   each followed by the wording as a Quote paragraph, an "Ansvarig:" line and one or two paragraphs of prose in
   which the STATUS IS ONLY STATED IN THE PROSE ("Uppdraget är slutfört.", "Arbetet har därför ännu inte
   påbörjats.", "Årets del av uppdraget är därmed genomförd", "Uppdraget kommer inte att slutföras; …"); no status
   label, colour or symbol anywhere; a summary paragraph and a cost table Uppdrag | Kostnad 2025, tkr that repeat
   the ids; page header and a footer with PAGE / NUMPAGES fields.
3. 2025-uppdragsuppfoljning-kommunstyrelsen.html: a municipality web page (skip link, menu, search, breadcrumb, an
   <aside> with related links and contact, footer with publication and change dates) with kommunstyrelsen's
   follow-up of ALL of kommunfullmäktige's uppdrag to the nämnder: a symbol legend (<ul>), then one <table> Ansvarig
   nämnd | Nr | Uppdrag | Status | Kommentar whose first column is a <th rowspan> GROUP CELL naming the nämnd for
   its rows (the numbers therefore not in order: 1, 4, 9, 2, 6, …), whose Status cell holds only a coloured symbol
   (● ◐ ◆ ▲ ○ ✕, the word only in a title attribute) and whose Kommentar cell mostly opens with the status word
   ("Pågår enligt plan. …"); two rows' comments have no status word; one uppdrag is given to two nämnder together
   (group cell "Kommunstyrelsen och tekniska nämnden"); a summary paragraph counting the statuses.
4. 2025-verksamhetsberattelse-fritids-och-kulturnamnden.txt: a verksamhetsberättelse as `pdftotext -layout`
   prints a justified PDF: five pages with form feeds, a running header in two lines with "Sida N av 5" at the
   right, a table of contents with right-aligned page numbers (no leaders), prose with HYPHENATED LINE BREAKS
   ("del-" / "tagandet"), an economy table; chapter 3 in sub-chapters named only by kommunfullmäktige's målområden
   ("3.1   Kultur för alla", no label word; the chapter's introduction says what they are); each goal a line
   "Mål N: Title" (goal 2's title hyphenated over two lines), a "Bedömning:" line, an analysis paragraph, an
   "Indikatorer" label over "•" bullets "Name: outcome (målvärde ≥ X)" (some wrapped with a hyphen) and an
   "Aktiviteter under året" label over "•" bullets; goal 2's activities stand on the next page under the running
   header; goal 6 has no activities; chapter 4 "Verksamhetsmått" is a key-figure table that belongs to no goal.

Sälvtorps kommun, Region Mossvik, Hasslinge kommun, Gransjö kommun, their people and numbers are invented.
"""

from __future__ import annotations

import html
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
from reportlab.pdfgen import canvas as rl_canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1

OUT = Path(__file__).resolve().parents[2] / "blind11"
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"), Path("/usr/local/share/fonts")]


def _register_fonts() -> None:
    for d in FONT_DIRS:
        if (d / "DejaVuSans.ttf").exists():
            pdfmetrics.registerFont(TTFont("DejaVu", str(d / "DejaVuSans.ttf")))
            pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(d / "DejaVuSans-Bold.ttf")))
            pdfmetrics.registerFont(TTFont("DejaVu-Oblique", str(d / "DejaVuSans-Oblique.ttf")))
            pdfmetrics.registerFontFamily(
                "DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu-Oblique", boldItalic="DejaVu-Bold"
            )
            return
    raise SystemExit("DejaVu Sans not found (needed for ≥, ≤ and the dashes)")


# ---------------------------------------------------------------------------------------------------------------
# 1. PDF: verksamhetsplan 2026, Socialnämnden, Sälvtorps kommun (landscape goal tables with merged cells)
# ---------------------------------------------------------------------------------------------------------------

# (målområde, [(nr, nämndmål, [(indikator, utfall 2024, målvärde 2026)], [aktiviteter] or a sentence)])
GOALS_PDF: list[tuple[str, list[tuple[int, str, list[tuple[str, str, str]], list[str] | str]]]] = [
    (
        "Trygg och jämlik välfärd",
        [
            (
                1,
                "Barn och unga som behöver stöd får rätt insats i rätt tid",
                [
                    ("Andel utredningar inom barn och unga som avslutas inom 120 dagar", "71 %", "≥ 85 %"),
                    ("Andel placerade barn som har genomgått en hälsoundersökning under året", "62 %", "≥ 80 %"),
                ],
                [
                    "Inrätta en gemensam mottagningsenhet för orosanmälningar",
                    "Erbjuda familjebehandling i hemmet som alternativ till placering",
                    "Utbilda samtliga handläggare i den reviderade BBIC-modellen",
                ],
            ),
            (
                2,
                "Våld i nära relationer upptäcks tidigt och de utsatta får stöd",
                [
                    ("Andel nybesök inom försörjningsstöd där frågan om våld har ställts", "Mäts från 2026", "≥ 90 %"),
                    ("Antal medarbetare som har genomgått utbildning om våld i nära relationer", "96", "250"),
                ],
                [
                    "Införa rutinmässiga frågor om våld vid alla nybesök inom individ- och familjeomsorgen",
                    "Öppna en stödmottagning för våldsutsatta tillsammans med polisen och kvinnojouren",
                ],
            ),
        ],
    ),
    (
        "Egen försörjning och delaktighet",
        [
            (
                3,
                "Fler invånare går från försörjningsstöd till arbete eller studier",
                [
                    ("Andel hushåll med långvarigt försörjningsstöd (tio månader eller mer)", "41 %", "≤ 35 %"),
                    ("Antal deltagare som har börjat arbeta eller studera efter avslutad insats", "118", "≥ 160"),
                    ("Genomsnittlig tid med försörjningsstöd, månader", "8,4", "≤ 7,0"),
                ],
                [
                    "Starta ett jobbteam för unga vuxna tillsammans med arbetsmarknadsenheten",
                    "Erbjuda alla nya sökande ett planeringssamtal inom fem arbetsdagar",
                ],
            ),
            (
                4,
                "Personer med funktionsnedsättning lever ett självständigt liv med god kvalitet",
                [
                    ("Andel brukare i daglig verksamhet med en aktuell genomförandeplan", "77 %", "≥ 95 %"),
                    ("Antal personer som har gått från daglig verksamhet till anställning", "4", "≥ 10"),
                ],
                "Inga nya aktiviteter planeras 2026. Arbetet sker inom ordinarie verksamhet.",
            ),
        ],
    ),
    (
        "Attraktiv arbetsgivare och hållbar ekonomi",
        [
            (
                5,
                "Medarbetarna vill stanna och utvecklas i nämndens verksamheter",
                [
                    ("Personalomsättning bland socialsekreterare", "24 %", "≤ 15 %"),
                    ("Hållbart medarbetarengagemang (HME), index", "76", "≥ 80"),
                    ("Sjukfrånvaro, andel av ordinarie arbetstid", "8,9 %", "≤ 7,5 %"),
                ],
                [
                    "Införa en introduktionsmodell med mentor för nyanställda socialsekreterare",
                    "Schemalägga gemensam ärendehandledning för alla arbetsgrupper varje månad",
                ],
            ),
            (
                6,
                "Verksamheten bedrivs inom tilldelad budgetram",
                [
                    ("Budgetavvikelse vid årets slut, andel av nettobudgeten", "–2,1 %", "≥ 0 %"),
                    ("Kostnad för externa placeringar av barn och unga, mnkr", "64,8", "≤ 58,0"),
                ],
                [
                    "Följa upp samtliga externa placeringar varje kvartal",
                    "Ersätta inhyrda socialsekreterare med egen personal",
                ],
            ),
        ],
    ),
]


class _NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
    """Draws the running header and "Sida N av M" once the number of pages is known (not on the cover)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._furniture(total)
            super().showPage()
        super().save()

    def _furniture(self, total: int) -> None:
        page = self._pageNumber
        if page == 1:
            return
        w, h = self._pagesize
        margin = 15 * mm if w > h else 20 * mm
        self.saveState()
        self.setFont("DejaVu-Bold", 8.5)
        self.setFillColor(colors.HexColor("#7A1F3D"))
        self.drawString(margin, h - 12 * mm, "Sälvtorps kommun")
        self.setFont("DejaVu", 8.5)
        self.setFillColor(colors.black)
        self.drawRightString(w - margin, h - 12 * mm, "Verksamhetsplan 2026 · Socialnämnden")
        self.setStrokeColor(colors.HexColor("#7A1F3D"))
        self.setLineWidth(0.6)
        self.line(margin, h - 14 * mm, w - margin, h - 14 * mm)
        self.setFont("DejaVu", 8)
        self.drawCentredString(w / 2, 9 * mm, f"Sida {page} av {total}")
        self.restoreState()


def write_pdf(path: Path) -> None:
    _register_fonts()
    wine = colors.HexColor("#7A1F3D")
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=10, leading=14, spaceAfter=6)
    small = ParagraphStyle("small", fontName="DejaVu", fontSize=8.3, leading=10.2)
    small_b = ParagraphStyle("small_b", parent=small, fontName="DejaVu-Bold")
    small_act = ParagraphStyle("small_act", parent=small, spaceAfter=5)
    head = ParagraphStyle("head", parent=small, fontName="DejaVu-Bold", textColor=colors.white)
    h1 = ParagraphStyle(
        "h1", fontName="DejaVu-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=8, textColor=wine
    )
    toc = ParagraphStyle("toc", parent=body, spaceAfter=2)

    story: list[Any] = []
    # cover (page 1)
    story += [
        Paragraph(
            "SÄLVTORPS KOMMUN", ParagraphStyle("lh", fontName="DejaVu-Bold", fontSize=16, leading=20, textColor=wine)
        ),
        Paragraph("Socialförvaltningen", ParagraphStyle("lh2", fontName="DejaVu", fontSize=9, leading=12)),
        Spacer(1, 70 * mm),
        Paragraph("Verksamhetsplan 2026", ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=30, leading=36)),
        Spacer(1, 4 * mm),
        Paragraph("Socialnämnden", ParagraphStyle("sub", fontName="DejaVu", fontSize=16, leading=20)),
        Spacer(1, 60 * mm),
        Paragraph("Antagen av socialnämnden 2025-12-09, § 131", body),
        Paragraph("Dnr SN 2025/418", body),
        PageBreak(),
    ]
    # table of contents, introduction, economy (page 2)
    toc_rows = [
        ["1", "Inledning", "2"],
        ["2", "Ekonomi", "2"],
        ["3", "Mål, indikatorer och aktiviteter 2026", "3"],
        ["4", "Intern kontroll", "6"],
        ["5", "Uppföljning", "6"],
    ]
    toc_table = Table(
        [[Paragraph(a, toc), Paragraph(b, toc), Paragraph(c, toc)] for a, b, c in toc_rows],
        colWidths=[10 * mm, 140 * mm, 15 * mm],
    )
    toc_table.setStyle(TableStyle([("ALIGN", (2, 0), (2, -1), "RIGHT"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [
        Paragraph("Innehåll", h1),
        toc_table,
        Spacer(1, 6 * mm),
        Paragraph("1 Inledning", h1),
        Paragraph(
            "Socialnämnden ansvarar för individ- och familjeomsorg, försörjningsstöd, stöd till personer med "
            "funktionsnedsättning och kommunens arbete mot våld i nära relationer. Verksamhetsplanen beskriver "
            "hur nämnden under 2026 ska bidra till kommunfullmäktiges målområden i Mål och budget 2026–2028 "
            "(KF 2025-06-16, § 72).",
            body,
        ),
        Paragraph(
            "För varje målområde har nämnden beslutat om nämndmål. Till varje nämndmål hör en eller flera "
            "indikatorer med ett målvärde för 2026 och de aktiviteter som förvaltningen ska genomföra under "
            "året. Målen, indikatorerna och aktiviteterna redovisas samlat i tabellerna i avsnitt 3.",
            body,
        ),
        Paragraph("2 Ekonomi", h1),
        Paragraph(
            "Nämndens budgetram för 2026 är 412,6 mnkr, en ökning med 9,8 mnkr jämfört med 2025. Ökningen avser "
            "främst volymökningar inom stöd till personer med funktionsnedsättning.",
            body,
        ),
    ]
    eco = [
        ["Verksamhet, mnkr", "Budget 2025", "Budget 2026", "Förändring"],
        ["Nämnd och administration", "18,4", "18,9", "0,5"],
        ["Individ- och familjeomsorg", "121,7", "122,3", "0,6"],
        ["Försörjningsstöd", "64,0", "63,2", "–0,8"],
        ["Stöd till personer med funktionsnedsättning", "198,7", "208,2", "9,5"],
        ["Summa", "402,8", "412,6", "9,8"],
    ]
    et = Table(eco, colWidths=[80 * mm, 28 * mm, 28 * mm, 28 * mm])
    et.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DejaVu", 9),
                ("FONT", (0, 0), (-1, 0), "DejaVu-Bold", 9),
                ("FONT", (0, -1), (-1, -1), "DejaVu-Bold", 9),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ]
        )
    )
    story += [et, NextPageTemplate("landscape"), PageBreak()]

    # the goal tables (pages 3-5, landscape)
    story += [
        Paragraph("3 Mål, indikatorer och aktiviteter 2026", h1),
        Paragraph(
            "Tabellerna visar nämndmålen under respektive målområde, indikatorerna med utfall 2024 och "
            "målvärde 2026 samt de aktiviteter som ska bidra till att målet nås.",
            body,
        ),
    ]
    header = [
        Paragraph(t, head)
        for t in ("Målområde", "Nämndmål", "Indikator", "Utfall 2024", "Målvärde 2026", "Aktiviteter 2026")
    ]
    for i, (area, goals) in enumerate(GOALS_PDF):
        rows: list[list[Any]] = [header]
        spans: list[tuple[Any, ...]] = []
        area_start = 1
        for nr, title, indicators, activities in goals:
            g_start = len(rows)
            for k, (ind, utfall, malvarde) in enumerate(indicators):
                if k == 0:
                    goal_cell: Any = [Paragraph(f"Nämndmål {nr}", small_b), Paragraph(title, small)]
                    if isinstance(activities, str):
                        act_cell: Any = [Paragraph(activities, small_act)]
                    else:
                        act_cell = [Paragraph(a, small_act) for a in activities]
                else:
                    goal_cell, act_cell = "", ""
                area_cell: Any = Paragraph(area, small_b) if len(rows) == area_start else ""
                rows.append(
                    [
                        area_cell,
                        goal_cell,
                        Paragraph(ind, small),
                        Paragraph(utfall, small),
                        Paragraph(malvarde, small),
                        act_cell,
                    ]
                )
            g_end = len(rows) - 1
            spans += [
                ("SPAN", (1, g_start), (1, g_end)),
                ("SPAN", (5, g_start), (5, g_end)),
                ("LINEBELOW", (1, g_end), (-1, g_end), 0.9, colors.black),
            ]
        spans.append(("SPAN", (0, area_start), (0, len(rows) - 1)))
        t = Table(rows, colWidths=[36 * mm, 50 * mm, 72 * mm, 22 * mm, 22 * mm, 65 * mm], repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), wine),
                    ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#F3E6EB")),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8C8C8C")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
                + spans
            )
        )
        story.append(t)
        if i < len(GOALS_PDF) - 1:
            story.append(PageBreak())
    story += [NextPageTemplate("portrait"), PageBreak()]

    # internal control, follow-up, signature (page 6, portrait)
    ik = [
        ["Risk", "Kontrollmoment", "Frekvens", "Ansvarig"],
        [
            "Barnavårdsutredningar överskrider fyra månader",
            "Stickprov på tio utredningar",
            "Kvartalsvis",
            "Enhetschef barn och unga",
        ],
        [
            "Felaktiga utbetalningar av försörjningsstöd",
            "Kontroll mot inkomstregistret",
            "Månadsvis",
            "Enhetschef försörjningsstöd",
        ],
        [
            "Brister i dokumentationen av genomförandeplaner",
            "Granskning av 20 planer",
            "Två gånger per år",
            "Verksamhetschef LSS",
        ],
    ]
    ikt = Table(
        [[Paragraph(c, small_b if r == 0 else small) for c in row] for r, row in enumerate(ik)],
        colWidths=[55 * mm, 45 * mm, 28 * mm, 42 * mm],
    )
    ikt.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F3E6EB")),
            ]
        )
    )
    story += [
        Paragraph("4 Intern kontroll", h1),
        Paragraph(
            "Nämndens internkontrollplan för 2026 omfattar följande kontrollmoment. Resultatet redovisas för "
            "nämnden i samband med verksamhetsberättelsen.",
            body,
        ),
        ikt,
        Paragraph("5 Uppföljning", h1),
        Paragraph(
            "Nämndmålen och indikatorerna följs upp i delårsrapporten per den 31 augusti och i "
            "verksamhetsberättelsen för 2026. Aktiviteterna följs upp av förvaltningens ledningsgrupp varje "
            "månad.",
            body,
        ),
        Spacer(1, 12 * mm),
        Paragraph("Sälvtorp den 9 december 2025", body),
        Spacer(1, 10 * mm),
        Paragraph("Karin Ekström (S)<br/>Ordförande, socialnämnden", body),
        Spacer(1, 4 * mm),
        Paragraph("Johan Nyberg<br/>Socialchef", body),
    ]

    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        title="Verksamhetsplan 2026 – Socialnämnden",
        author="Sälvtorps kommun",
        subject="Nämndmål, indikatorer och aktiviteter 2026",
        creator="Sälvtorps kommun",
        invariant=1,
    )
    pw, ph = A4
    lw, lh = landscape(A4)
    doc.addPageTemplates(
        [
            PageTemplate(
                id="portrait", pagesize=A4, frames=[Frame(20 * mm, 18 * mm, pw - 40 * mm, ph - 40 * mm, id="p")]
            ),
            PageTemplate(
                id="landscape",
                pagesize=landscape(A4),
                frames=[Frame(15 * mm, 15 * mm, lw - 30 * mm, lh - 33 * mm, id="l")],
            ),
        ]
    )
    doc.build(story, canvasmaker=_NumberedCanvas)


# ---------------------------------------------------------------------------------------------------------------
# 2. DOCX: återrapportering av uppdrag 2025, Närsjukvårdsnämnden, Region Mossvik (Word-numbered headings)
# ---------------------------------------------------------------------------------------------------------------

# (Heading 1, introduction, [(id, title, wording, ansvarig, [report paragraphs])])
UPPDRAG_DOCX: list[tuple[str, str, list[tuple[str, str, str, str, list[str]]]]] = [
    (
        "Uppdrag från Regionplan och budget 2025",
        "Regionfullmäktige gav i Regionplan och budget 2025 (RF 2024-11-26, § 131) närsjukvårdsnämnden fem uppdrag.",
        [
            (
                "RF-2025-03",
                "Utveckla mobila närvårdsteam i samtliga närsjukvårdsområden",
                "Närsjukvårdsnämnden får i uppdrag att utveckla mobila närvårdsteam för sköra äldre i samtliga fyra "
                "närsjukvårdsområden i samverkan med kommunerna.",
                "Områdeschef Norrå",
                [
                    "Mobila team fanns sedan tidigare i Mossviks och Ekeby närsjukvårdsområden. Under året har rekrytering "
                    "pågått till teamen i Norrå och Kvarnbo. Teamet i Norrå startade i september och teamet i Kvarnbo "
                    "beräknas starta i februari 2026.",
                    "Uppdraget pågår och slutredovisas i delårsrapporten 2026.",
                ],
            ),
            (
                "RF-2025-04",
                "Införa digitala uppföljningsbesök för kroniskt sjuka vid samtliga hälsocentraler",
                "Närsjukvårdsnämnden får i uppdrag att införa digitala vårdbesök för uppföljning av patienter med "
                "kroniska sjukdomar vid samtliga hälsocentraler.",
                "Chef för digital vård",
                [
                    "Samtliga fjorton hälsocentraler erbjuder sedan juni 2025 digitala uppföljningsbesök för patienter med "
                    "diabetes, hjärtsvikt och KOL. Under perioden januari–oktober genomfördes 3 460 sådana besök. "
                    "Uppdraget är slutfört."
                ],
            ),
            (
                "RF-2025-08",
                "Utreda en gemensam jourcentral för Norrå och Kvarnbo",
                "Närsjukvårdsnämnden får i uppdrag att utreda förutsättningarna för en gemensam jourcentral för "
                "närsjukvårdsområdena Norrå och Kvarnbo.",
                "Hälso- och sjukvårdsstrateg",
                [
                    "Utredningen skulle ha startat under våren men har skjutits upp i väntan på regionstyrelsens beslut om "
                    "den framtida akutvårdsstrukturen. Arbetet har därför ännu inte påbörjats. Nämnden avser att starta "
                    "utredningen när akutvårdsstrukturen är beslutad."
                ],
            ),
            (
                "RF-2025-11",
                "Införa fast läkarkontakt för patienter över 75 år med stora vårdbehov",
                "Närsjukvårdsnämnden får i uppdrag att se till att alla patienter över 75 år med stora vårdbehov har en "
                "fast läkarkontakt.",
                "Chefläkare närsjukvården",
                [
                    "Fast läkarkontakt har införts vid elva av fjorton hälsocentraler. Vid de tre hälsocentralerna i "
                    "Kvarnbo har bristen på specialister i allmänmedicin gjort att införandet har skjutits till 2026.",
                    "Uppdraget är därmed delvis genomfört. Nämnden återkommer med en plan för Kvarnbo i "
                    "verksamhetsplanen för 2026.",
                ],
            ),
            (
                "RF-2025-15",
                "Etablera en närakut i Ekeby med öppet dygnet runt",
                "Närsjukvårdsnämnden får i uppdrag att etablera en närakut i Ekeby med öppet dygnet runt.",
                "Områdeschef Ekeby",
                [
                    "Förstudien visade att patientunderlaget för en närakut med öppet dygnet runt i Ekeby är för litet och att "
                    "bemanningen inte kan säkras utan att andra verksamheter försvagas. Nämnden beslutade därför den 18 "
                    "september 2025 (§ 71) att föreslå regionstyrelsen att uppdraget avslutas.",
                    "Uppdraget kommer inte att slutföras; i stället utökas öppettiderna vid Ekeby hälsocentral till "
                    "klockan 21 på vardagar från januari 2026.",
                ],
            ),
        ],
    ),
    (
        "Uppdrag från regionstyrelsen 2025",
        "Regionstyrelsen gav i sin internbudget för 2025 (RS 2025-01-21, § 7) närsjukvårdsnämnden två uppdrag.",
        [
            (
                "RS-2025-02",
                "Erbjuda hälsosamtal till 40-, 50- och 60-åringar under 2025–2027",
                "Närsjukvårdsnämnden får i uppdrag att under åren 2025–2027 stegvis införa hälsosamtal för alla invånare "
                "som fyller 40, 50 eller 60 år.",
                "Folkhälsochef",
                [
                    "Satsningen pågår 2025–2027. Under 2025 har hälsosamtal erbjudits alla som fyller 40 år och 5 120 samtal "
                    "har genomförts, vilket var årets mål. Årets del av uppdraget är därmed genomförd. Samtal för 50- och "
                    "60-åringar införs 2026 respektive 2027."
                ],
            ),
            (
                "RS-2025-06",
                "Ta fram en kompetensförsörjningsplan för närsjukvården 2026–2030",
                "Närsjukvårdsnämnden får i uppdrag att ta fram en kompetensförsörjningsplan för närsjukvården för "
                "perioden 2026–2030.",
                "HR-strateg",
                [
                    "Ett utkast till plan har tagits fram tillsammans med HR-avdelningen och skickats på remiss till de "
                    "fackliga organisationerna. Remisstiden förlängdes till den 15 december på de fackliga "
                    "organisationernas begäran.",
                    "Uppdraget är försenat och blir inte klart under 2025. Planen beräknas kunna fastställas av nämnden i "
                    "mars 2026.",
                ],
            ),
        ],
    ),
    (
        "Uppdrag från Regionplan och budget 2024 som inte var slutförda",
        "Två av uppdragen i Regionplan och budget 2024 var inte slutförda vid förra årets återrapportering "
        "(NSN 2024/198) och redovisas därför igen.",
        [
            (
                "RF-2024-07",
                "Införa egenmonitorering av blodtryck i hemmet",
                "Närsjukvårdsnämnden får i uppdrag att införa egenmonitorering av blodtryck i hemmet för patienter med "
                "högt blodtryck.",
                "Chef för digital vård",
                [
                    "Vid förra återrapporteringen pågick upphandlingen av blodtrycksmätare. Utrustningen levererades i mars "
                    "2025 och sedan april kan alla patienter med högt blodtryck rapportera sina mätvärden via 1177. "
                    "Uppdraget slutfördes därmed under året; se även RF-2025-04."
                ],
            ),
            (
                "RF-2024-12",
                "Samlokalisera barnavårdscentral och mödrahälsovård i Norrå",
                "Närsjukvårdsnämnden får i uppdrag att samlokalisera barnavårdscentral och mödrahälsovård i Norrå.",
                "Områdeschef Norrå",
                [
                    "Lokalerna vid Norrå hälsocentral byggs om för att rymma både barnavårdscentral och mödrahälsovård. "
                    "Ombyggnaden startade i augusti 2025 och inflyttning planeras till maj 2026. Uppdraget pågår och "
                    "arbetet fortsätter under 2026."
                ],
            ),
        ],
    ),
]

COSTS_DOCX = [
    ("RF-2025-03 Mobila närvårdsteam", "4 850", "Regionplan och budget 2025"),
    ("RF-2025-04 Digitala uppföljningsbesök", "1 210", "Inom ram"),
    ("RF-2025-11 Fast läkarkontakt", "2 400", "Regionplan och budget 2025"),
    ("RS-2025-02 Hälsosamtal", "3 075", "Statsbidrag och inom ram"),
    ("RF-2024-07 Egenmonitorering av blodtryck", "690", "Inom ram"),
    ("RF-2024-12 Samlokalisering i Norrå", "1 930", "Investeringsbudget"),
]


def _field_run(paragraph: Any, instr: str, cached: str) -> None:
    """A complex field (PAGE, NUMPAGES) with its cached result, as Word writes it."""
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", cached), ("end", None)):
        run = paragraph.add_run()
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
            run._r.append(el)
        elif kind == "text":
            run.text = text or ""
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)


def _heading_numbering(document: Any) -> None:
    """A multilevel list (1, 1.1) linked to Heading 1 and Heading 2: Word draws the numbers, the text has none."""
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "40")
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    abstract.append(mlt)
    for ilvl, text, style, indent in ((0, "%1", "Heading1", 567), (1, "%1.%2", "Heading2", 737)):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (
            ("w:start", "1"),
            ("w:numFmt", "decimal"),
            ("w:pStyle", style),
            ("w:lvlText", text),
            ("w:lvlJc", "left"),
        ):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(indent))
        ind.set(qn("w:hanging"), str(indent))
        ppr.append(ind)
        lvl.append(ppr)
        abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "40")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "40")
    num.append(ref)
    numbering.append(num)
    for style_name, ilvl in (("Heading 1", 0), ("Heading 2", 1)):
        ppr = document.styles[style_name].element.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), str(ilvl))
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), "40")
        numpr.append(il)
        numpr.append(ni)
        before = {
            qn(t) for t in ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl")
        }
        later = [child for child in ppr if child.tag not in before]
        if later:
            later[0].addprevious(numpr)  # CT_PPr's sequence: numPr after widowControl
        else:
            ppr.append(numpr)


def _toc(document: Any, entries: list[tuple[int, str, str]]) -> None:
    """A TOC field whose cached result lists the numbered headings (as Word shows them before an update)."""
    styles = document.styles
    for level in (1, 2):
        name = f"TOC {level}"
        if name not in [s.name for s in styles]:
            st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = styles["Normal"]
            st.paragraph_format.left_indent = Cm(0 if level == 1 else 0.6)
            st.paragraph_format.space_after = Pt(2)
            st.paragraph_format.tab_stops.add_tab_stop(Cm(1.2 if level == 1 else 1.8))
            st.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    for i, (level, text, page) in enumerate(entries):
        p = document.add_paragraph(style=f"TOC {level}")
        if i == 0:
            for kind in ("begin", "instr", "separate"):
                run = p.add_run()
                if kind == "instr":
                    el = OxmlElement("w:instrText")
                    el.set(qn("xml:space"), "preserve")
                    el.text = ' TOC \\o "1-2" \\h \\z \\u '
                    run._r.append(el)
                else:
                    fc = OxmlElement("w:fldChar")
                    fc.set(qn("w:fldCharType"), kind)
                    run._r.append(fc)
        p.add_run(f"{text}\t{page}")
        if i == len(entries) - 1:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), "end")
            p.add_run()._r.append(fc)


def _fix_zip(path: Path, when: tuple[int, int, int, int, int, int]) -> None:
    """Rewrite the package with fixed member timestamps, so that the file is byte-identical on every run."""
    with zipfile.ZipFile(path) as zin:
        members = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def write_docx(path: Path) -> None:
    document = Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2.3)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for name, size in (("Heading 1", 15), ("Heading 2", 12)):
        st = document.styles[name]
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor.from_string("1F4E5F")
    _heading_numbering(document)

    header = section.header.paragraphs[0]
    header.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
    r = header.add_run("REGION MOSSVIK")
    r.bold = True
    r.font.color.rgb = RGBColor.from_string("1F4E5F")
    header.add_run("\tÅterrapportering av uppdrag 2025").font.size = Pt(9)
    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
    footer.add_run("Närsjukvårdsnämnden\tSida ").font.size = Pt(9)
    _field_run(footer, " PAGE ", "1")
    footer.add_run(" (")
    _field_run(footer, " NUMPAGES ", "5")
    footer.add_run(")")

    document.add_heading("Återrapportering av uppdrag 2025", level=0)
    document.add_paragraph(
        "Närsjukvårdsnämndens redovisning av uppdrag från regionfullmäktige och regionstyrelsen", style="Subtitle"
    )
    meta = document.add_paragraph()
    meta.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
    for i, (label, value) in enumerate(
        (
            ("Dokumenttyp", "Rapport"),
            ("Fastställd av", "Närsjukvårdsnämnden 2025-11-20, § 88"),
            ("Diarienummer", "NSN 2025/211"),
            ("Läge per", "31 oktober 2025"),
            ("Mottagare", "Regionstyrelsen"),
        )
    ):
        lr = meta.add_run(("\n" if i else "") + label)
        lr.bold = True
        meta.add_run("\t" + value)

    toc_head = document.add_paragraph("Innehåll")
    toc_head.runs[0].bold = True
    toc_head.runs[0].font.size = Pt(13)
    entries: list[tuple[int, str, str]] = [(1, "1\tInledning", "2")]
    page = 2
    for s, (heading, _intro, items) in enumerate(UPPDRAG_DOCX, start=2):
        entries.append((1, f"{s}\t{heading}", str(page)))
        for k, (uid, title, *_rest) in enumerate(items, start=1):
            entries.append((2, f"{s}.{k}\t{uid} {title}", str(page + (k // 3))))
        page += 1 + len(items) // 3
    entries += [(1, "5\tSammanfattning", str(page)), (1, "6\tKostnader", str(page))]
    _toc(document, entries)
    document.add_page_break()

    document.add_heading("Inledning", level=1)
    document.add_paragraph(
        "Närsjukvårdsnämnden redovisar här hur långt nämnden har kommit med de uppdrag som regionfullmäktige och "
        "regionstyrelsen har gett nämnden. Uppdragen betecknas med givare, år och löpnummer enligt regionens "
        "uppdragsregister, till exempel RF-2025-03 för regionfullmäktiges tredje uppdrag i Regionplan och budget "
        "2025 och RS-2025-02 för regionstyrelsens andra uppdrag 2025."
    )
    document.add_paragraph(
        "För varje uppdrag återges uppdragets lydelse och en redovisning av vad som har gjorts. Redovisningen avser "
        "läget per den 31 oktober 2025. Uppdrag som slutredovisades i förra årets återrapportering finns inte med."
    )

    for heading, intro, items in UPPDRAG_DOCX:
        document.add_heading(heading, level=1)
        document.add_paragraph(intro)
        for uid, title, wording, ansvarig, report in items:
            document.add_heading(f"{uid} {title}", level=2)
            document.add_paragraph(wording, style="Quote")
            ap = document.add_paragraph()
            ap.add_run("Ansvarig: ").bold = True
            ap.add_run(ansvarig)
            for text in report:
                document.add_paragraph(text)

    document.add_heading("Sammanfattning", level=1)
    document.add_paragraph(
        "Av de nio uppdrag som redovisas är två slutförda, varav ett från 2024, och två pågår. Ett uppdrag är "
        "delvis genomfört och ett har inte påbörjats. För det fleråriga uppdraget om hälsosamtal är årets del "
        "genomförd. Ett uppdrag är försenat, och nämnden föreslår att uppdraget om en närakut i Ekeby avslutas."
    )
    document.add_heading("Kostnader", level=1)
    document.add_paragraph("Tabellen visar nämndens kostnader 2025 för arbetet med uppdragen.")
    table = document.add_table(rows=1, cols=3)
    table.style = document.styles["Light List Accent 1"]
    for cell, text in zip(table.rows[0].cells, ("Uppdrag", "Kostnad 2025, tkr", "Finansiering"), strict=True):
        cell.text = text
    for row in COSTS_DOCX:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.add_paragraph()
    document.add_paragraph("Kontaktperson: Ingrid Sjöholm, utvecklingsledare, närsjukvårdsförvaltningen")

    cp = document.core_properties
    cp.title = "Återrapportering av uppdrag 2025 – Närsjukvårdsnämnden"
    cp.author = "Region Mossvik"
    cp.last_modified_by = "Region Mossvik"
    cp.subject = "Uppdrag från regionfullmäktige och regionstyrelsen"
    cp.revision = 3
    cp.created = datetime(2025, 11, 12, 9, 0, 0)
    cp.modified = datetime(2025, 11, 20, 15, 30, 0)
    document.save(str(path))
    _fix_zip(path, (2025, 11, 20, 15, 30, 0))


# ---------------------------------------------------------------------------------------------------------------
# 3. HTML: kommunstyrelsens uppföljning av kommunfullmäktiges uppdrag 2025, Hasslinge kommun (rowspan groups)
# ---------------------------------------------------------------------------------------------------------------

SYMBOLS = {  # symbol, css class, legend wording
    "genomfort": ("●", "gron", "Genomfört"),
    "pagar": ("◐", "gul", "Pågår enligt plan"),
    "delvis": ("◆", "bla", "Delvis genomfört"),
    "forsenat": ("▲", "orange", "Försenat – blir inte klart under 2025"),
    "ej": ("○", "gra", "Ej påbörjat"),
    "avslutas": ("✕", "rod", "Avslutas – uppdraget kommer inte att genomföras"),
}

# (group cell, [(nr, uppdrag, status key, kommentar)])
UPPDRAG_HTML: list[tuple[str, list[tuple[int, str, str, str]]]] = [
    (
        "Kommunstyrelsen",
        [
            (
                1,
                "Ta fram en lokalförsörjningsplan för kommunens verksamheter 2026–2035",
                "genomfort",
                "Genomfört. Lokalförsörjningsplanen antogs av kommunfullmäktige i juni 2025.",
            ),
            (
                4,
                "Utreda förutsättningarna för en gemensam servicenämnd med Norrvalla kommun",
                "pagar",
                "Pågår enligt plan. En gemensam arbetsgrupp har kartlagt löne-, växel- och IT-funktionerna. Utredningen "
                "redovisas för kommunstyrelsen i december.",
            ),
            (
                9,
                "Införa ett digitalt system för medborgarförslag och e-petitioner",
                "ej",
                "Ej påbörjat. Arbetet startar när den nya webbplatsen är lanserad under våren 2026.",
            ),
        ],
    ),
    (
        "Utbildningsnämnden",
        [
            (
                2,
                "Ta fram en handlingsplan för att fler elever i årskurs 9 ska bli behöriga till gymnasiet",
                "delvis",
                "Delvis genomfört. Handlingsplanen för de kommunala skolorna är klar; insatserna i årskurs 7 och 8 "
                "arbetas in under hösten.",
            ),
            (
                6,
                "Utreda en samlad skolorganisation för Hasslinge tätort",
                "forsenat",
                "Försenat. Remissvaren från skolråden kräver kompletterande kalkyler. Utredningen beräknas vara klar i "
                "april 2026.",
            ),
        ],
    ),
    (
        "Socialnämnden",
        [
            (
                3,
                "Införa trygghetsplatser för äldre i väntan på särskilt boende",
                "genomfort",
                "Genomfört. Sex trygghetsplatser finns sedan maj på Lindgårdens vård- och omsorgsboende.",
            ),
            (
                7,
                "Utveckla hemtjänsten med digitala tillsynsbesök",
                "pagar",
                "Pågår enligt plan. 74 brukare har digital tillsyn nattetid; utbyggnaden till dagtid sker under 2026.",
            ),
            (
                10,
                "Utreda ett kommunalt trygghetsboende i Västra Hasslinge",
                "avslutas",
                "Avslutas. Socialnämnden bedömer att behovet kan mötas inom befintliga boenden och föreslår att uppdraget "
                "avslutas utan att genomföras. Kommunfullmäktige föreslås besluta om detta i samband med delårsrapporten.",
            ),
        ],
    ),
    (
        "Tekniska nämnden",
        [
            (
                5,
                "Anlägga en gång- och cykelväg mellan Hasslinge och Sörby",
                "pagar",
                "Pågår enligt plan. Bygghandlingar är klara och upphandlingen av entreprenaden avslutas i oktober.",
            ),
            (
                8,
                "Ta fram en plan för laddinfrastruktur vid kommunens parkeringar",
                "genomfort",
                "Planen antogs av tekniska nämnden den 12 juni och redovisas för kommunstyrelsen i oktober.",
            ),
        ],
    ),
    (
        "Kommunstyrelsen och tekniska nämnden",
        [
            (
                11,
                "Ta fram ett program för trygghetsskapande åtgärder i centrummiljön",
                "pagar",
                "Arbetsgruppen har kartlagt centrummiljön och genomfört två trygghetsvandringar med handlare och "
                "boende. Programmet tas fram under hösten.",
            ),
        ],
    ),
]


def write_html(path: Path) -> None:
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="sv">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Uppföljning av kommunfullmäktiges uppdrag 2025 – Hasslinge kommun</title>",
        "<style>",
        "body{font-family:Arial,sans-serif;margin:0;color:#222}.sidhuvud{background:#14425c;color:#fff;padding:.6em 2em}",
        ".sidhuvud a{color:#fff}.sidhuvud ul{list-style:none;display:flex;gap:1.5em;padding:0}",
        ".brodsmulor ol{list-style:none;display:flex;gap:.5em;padding:0 2em}.brodsmulor li+li:before{content:'›  '}",
        ".sida{display:flex;gap:3em;padding:0 2em}main{flex:3}aside{flex:1;border-left:1px solid #ccc;padding-left:1.5em}",
        "table.uppdragslista{border-collapse:collapse;width:100%}table.uppdragslista th,table.uppdragslista td",
        "{border:1px solid #bbb;padding:.4em;vertical-align:top;text-align:left}",
        "thead th{background:#e4edf2}tbody th{background:#f4f7f9;width:12em}",
        ".symbol{font-size:1.3em}.gron{color:#2e7d32}.gul{color:#c8a000}.bla{color:#1565c0}.orange{color:#e65100}",
        ".gra{color:#757575}.rod{color:#c62828}.teckenforklaring{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1.2em}",
        "</style>",
        "</head>",
        "<body>",
        '<a class="hoppa" href="#innehall">Hoppa till innehållet</a>',
        '<header class="sidhuvud">',
        '<p class="logo"><a href="/">Hasslinge kommun</a></p>',
        '<nav aria-label="Huvudmeny"><ul>',
        '<li><a href="/barn-och-utbildning">Barn och utbildning</a></li>',
        '<li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>',
        '<li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>',
        '<li><a href="/uppleva-och-gora">Uppleva och göra</a></li>',
        '<li><a href="/kommun-och-politik">Kommun och politik</a></li>',
        "</ul></nav>",
        '<form role="search" action="/sok"><label for="q">Sök på webbplatsen</label> <input id="q" name="q"> '
        "<button>Sök</button></form>",
        "</header>",
        '<nav class="brodsmulor" aria-label="Du är här"><ol>',
        '<li><a href="/">Start</a></li>',
        '<li><a href="/kommun-och-politik">Kommun och politik</a></li>',
        '<li><a href="/kommun-och-politik/mal-budget-och-uppfoljning">Mål, budget och uppföljning</a></li>',
        "<li>Uppföljning av uppdrag 2025</li>",
        "</ol></nav>",
        '<div class="sida">',
        '<main id="innehall">',
        "<h1>Uppföljning av kommunfullmäktiges uppdrag 2025</h1>",
        '<p class="ingress">Kommunfullmäktige gav i Mål och budget 2025 med plan för 2026–2027 (KF 2024-11-25, '
        "§ 119) elva uppdrag till kommunstyrelsen och nämnderna. Här redovisar kommunstyrelsen hur långt uppdragen "
        "har kommit per den 31 augusti 2025.</p>",
        "<p>Kommunstyrelsen behandlade uppföljningen 2025-09-30, § 141. Den ingår som bilaga i kommunens "
        "delårsrapport januari–augusti 2025.</p>",
        "<p>Uppdragen har samma nummer som i Mål och budget 2025 men är i tabellen ordnade efter ansvarig nämnd. "
        "Ett uppdrag har getts till två nämnder gemensamt. Statusen visas med en symbol; kommentaren är skriven av "
        "den ansvariga nämndens förvaltning.</p>",
        "<h2>Teckenförklaring</h2>",
        '<ul class="teckenforklaring">',
    ]
    for symbol, css, word in SYMBOLS.values():
        out.append(f'<li><span class="symbol {css}" aria-hidden="true">{symbol}</span> {e(word)}</li>')
    out += [
        "</ul>",
        "<h2>Uppdragen</h2>",
        '<table class="uppdragslista">',
        "<caption>Kommunfullmäktiges uppdrag i Mål och budget 2025, läge per 2025-08-31</caption>",
        "<thead>",
        '<tr><th scope="col">Ansvarig nämnd</th><th scope="col">Nr</th><th scope="col">Uppdrag</th>'
        '<th scope="col">Status</th><th scope="col">Kommentar</th></tr>',
        "</thead>",
    ]
    for group, rows in UPPDRAG_HTML:
        out.append("<tbody>")
        for i, (nr, text, key, comment) in enumerate(rows):
            symbol, css, word = SYMBOLS[key]
            cells = []
            if i == 0:
                span = f' rowspan="{len(rows)}"' if len(rows) > 1 else ""
                cells.append(f'<th scope="rowgroup"{span}>{e(group)}</th>')
            cells += [
                f"<td>{nr}</td>",
                f"<td>{e(text)}</td>",
                f'<td class="status"><span class="symbol {css}" title="{e(word)}">{symbol}</span></td>',
                f"<td>{e(comment)}</td>",
            ]
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody>")
    out += [
        "</table>",
        "<h2>Sammanfattning</h2>",
        "<p>Av de elva uppdragen är tre genomförda och fyra pågår enligt plan. Ett uppdrag är delvis genomfört, ett "
        "är försenat och ett har inte påbörjats. Ett uppdrag föreslås avslutas utan att genomföras.</p>",
        "</main>",
        "<aside>",
        "<h2>Relaterade dokument</h2>",
        "<ul>",
        '<li><a href="/dokument/mal-och-budget-2025.pdf">Mål och budget 2025 med plan för 2026–2027 (pdf)</a></li>',
        '<li><a href="/dokument/delarsrapport-2025.pdf">Delårsrapport januari–augusti 2025 (pdf)</a></li>',
        '<li><a href="/kommun-och-politik/uppfoljning-uppdrag-2024">Uppföljning av uppdrag 2024</a></li>',
        "</ul>",
        "<h2>Kontakt</h2>",
        "<p>Kommunledningskontoret<br>Elin Strand, controller<br>"
        '<a href="mailto:elin.strand@hasslinge.example">elin.strand@hasslinge.example</a></p>',
        "</aside>",
        "</div>",
        "<footer><p>Hasslinge kommun · Torggatan 1 · 000 00 Hasslinge · Växel 0000-12 34 00</p>"
        "<p>Sidan publicerades 2025-10-06 · Senast ändrad 2025-10-09</p></footer>",
        "</body>",
        "</html>",
    ]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# 4. TXT: verksamhetsberättelse 2025, Fritids- och kulturnämnden, Gransjö kommun (`pdftotext -layout` style)
# ---------------------------------------------------------------------------------------------------------------

TXT_WIDTH = 98
TXT_PAGE_LINES = 66

TXT_PAGES: list[list[str]] = [
    [
        "",
        "",
        "                              Verksamhetsberättelse 2025",
        "                              Fritids- och kulturnämnden",
        "",
        "              Fastställd av fritids- och kulturnämnden 2026-02-12, § 9 · Dnr FKN 2026/017",
        "",
        "",
        "Innehåll",
        "",
        "  1   Året i korthet                                                                        1",
        "  2   Ekonomi                                                                               2",
        "  3   Måluppfyllelse                                                                        2",
        "      3.1   Kultur för alla                                                                 2",
        "      3.2   Aktiv fritid och folkhälsa                                                      3",
        "      3.3   Hållbar organisation                                                            4",
        "  4   Verksamhetsmått                                                                       5",
        "  5   Framtid                                                                               5",
        "",
        "",
        "1   Året i korthet",
        "",
        "Fritids- och kulturnämnden ansvarar för bibliotek, kulturskola, konsthall, fritidsgårdar,",
        "idrottsanläggningar och stöd till föreningslivet i Gransjö kommun. Året präglades av att",
        "biblioteket i Västerby blev meröppet i mars och av att den nya konstgräsplanen vid Norr-",
        "sjövallen invigdes i maj. Besöken på biblioteken ökade med nio procent jämfört med 2024,",
        "medan deltagandet i kulturskolans verksamhet inte nådde upp till målet, framför allt i de",
        "norra kommundelarna. Sommarscenen i Stadsparken lockade fler besökare än något tidi-",
        "gare år.",
        "",
        "Nämnden redovisar ett överskott på 1,2 mnkr mot budget. Av nämndens sex mål bedöms tre",
        "vara uppfyllda, två delvis uppfyllda och ett inte uppfyllt. Målen redovisas i kapitel 3,",
        "verksamhetens omfattning i kapitel 4.",
    ],
    [
        "2   Ekonomi",
        "",
        "Överskottet förklaras främst av vakanta tjänster inom kulturskolan under våren och av lägre",
        "energikostnader i sporthallarna. Kulturskolans underskott beror på fler elever i orkester-",
        "verksamheten.",
        "",
        "                                           Budget 2025   Utfall 2025   Avvikelse   Utfall 2024",
        "   Verksamhet                                     mnkr          mnkr        mnkr          mnkr",
        "   Nämnd och förvaltning                           6,1           5,8         0,3           5,9",
        "   Bibliotek                                      22,4          22,0         0,4          21,3",
        "   Kulturskola                                    14,8          14,9        –0,1          14,2",
        "   Fritidsgårdar                                   9,7           9,3         0,4           9,5",
        "   Idrott och anläggningar                        38,2          38,0         0,2          37,1",
        "   Summa                                          91,2          90,0         1,2          88,0",
        "",
        "",
        "3   Måluppfyllelse",
        "",
        "Nämndens mål utgår från kommunfullmäktiges tre målområden i Vision och mål för Gransjö",
        "2024–2027. Avsnitten 3.1–3.3 motsvarar målområdena. För varje mål anges nämndens bedöm-",
        "ning (uppfyllt, delvis uppfyllt eller inte uppfyllt), utfallet för målets indikatorer med",
        "målvärdet för 2025 inom parentes och de viktigaste aktiviteterna under året.",
        "",
        "3.1   Kultur för alla",
        "",
        "Mål 1: Fler invånare tar del av kulturlivet",
        "Bedömning: Uppfyllt",
        "",
        "Besöken på biblioteken ökade till drygt 184 000, främst tack vare meröppet i Västerby och",
        "fler författarbesök. Konsthallen nådde nästan sitt mål trots att en utställning fick ställas",
        "in i november. Nöjdheten med kulturutbudet ligger kvar på samma nivå som 2024.",
        "",
        "Indikatorer",
        "   •   Antal besök på kommunens bibliotek: 184 200 (målvärde ≥ 175 000)",
        "   •   Antal besökare på Konsthallen Gjutarn: 21 350 (målvärde ≥ 22 000)",
        "   •   Andel invånare som är nöjda med kulturutbudet enligt medborgarundersök-",
        "       ningen: 71 % (målvärde ≥ 70 %)",
        "Aktiviteter under året",
        "   •   Meröppet bibliotek i Västerby från mars 2025",
        "   •   Sommarscen i Stadsparken med tolv föreställningar",
        "   •   Kulturombud utsedda och utbildade på samtliga kommunala äldre-",
        "       boenden i Gransjö och Västerby",
        "",
        "Mål 2: Barn och unga i alla kommundelar har tillgång till en menings-",
        "       full fritid",
        "Bedömning: Delvis uppfyllt",
        "",
        "Lovaktiviteterna har blivit fler och når nu barn i alla kommundelar. Deltagandet i kultur-",
        "skolan har däremot minskat något, och i de norra kommundelarna deltar bara var femte elev.",
        "",
        "Indikatorer",
        "   •   Andel elever i årskurs 4–9 som deltar i kulturskolans verksamhet: 31 % (mål-",
        "       värde ≥ 35 %)",
        "   •   Antal lovaktiviteter för barn och unga: 412 (målvärde ≥ 350)",
        "   •   Andel unga 13–19 år som besöker en fritidsgård minst en gång i månaden: 18 %",
        "       (målvärde ≥ 20 %)",
    ],
    [
        "Aktiviteter under året",
        "   •   Avgiftsfri kulturskola för barn i familjer med försörjningsstöd",
        "   •   Lovverksamhet i samarbete med sju föreningar under sport-, påsk- och sommarlovet",
        "",
        "",
        "3.2   Aktiv fritid och folkhälsa",
        "",
        "Mål 3: Fler flickor och kvinnor är fysiskt aktiva i föreningslivet",
        "Bedömning: Inte uppfyllt",
        "",
        "Andelen deltagartillfällen för flickor och kvinnor har minskat med en procentenhet sedan",
        "2024. Minskningen finns främst inom fotboll och innebandy i åldern 13–16 år. Det nya bi-",
        "draget har sökts av fler föreningar än väntat, men effekten syns ännu inte i statistiken.",
        "",
        "Indikatorer",
        "   •   Andel deltagartillfällen i idrottsföreningarna som avser flickor och kvinnor: 39 %",
        "       (målvärde ≥ 42 %)",
        "   •   Antal föreningar som har fått jämställdhetsbidrag: 14 (målvärde ≥ 12)",
        "Aktiviteter under året",
        "   •   Nytt bidrag för föreningar som startar verksamhet för flickor och kvinnor",
        "   •   Prova-på-dagar för flickor i samarbete med Gransjö IF och Västerby SK",
        "",
        "Mål 4: Kommunens idrotts- och friluftsanläggningar är tillgängliga och trygga",
        "Bedömning: Uppfyllt",
        "",
        "Beläggningen i sporthallarna har ökat efter att det digitala bokningssystemet infördes. Med",
        "det nya elljusspåret vid Norrsjön har kommunen nu 25 kilometer belysta motionsspår.",
        "",
        "Indikatorer",
        "   •   Beläggningsgrad i sporthallarna vardagar kl. 16–21: 88 % (målvärde ≥ 85 %)",
        "   •   Antal kilometer belysta motionsspår: 25 (målvärde ≥ 25)",
        "   •   Andel besökare som känner sig trygga vid kommunens anläggningar: 84 % (mål-",
        "       värde ≥ 80 %)",
        "Aktiviteter under året",
        "   •   Belysning av motionsspåret vid Norrsjön, två kilometer",
        "   •   Digital bokning och passersystem i samtliga sporthallar",
        "   •   Ny konstgräsplan vid Norrsjövallen",
    ],
    [
        "3.3   Hållbar organisation",
        "",
        "Mål 5: Medarbetarna har en hållbar arbetssituation",
        "Bedömning: Delvis uppfyllt",
        "",
        "Sjukfrånvaron har minskat från 6,4 procent 2024 men ligger fortfarande över målvärdet.",
        "Medarbetarenkäten visar ett högt engagemang, men också att arbetsbelastningen på fritids-",
        "gårdarna upplevs som hög under kvällar och helger.",
        "",
        "Indikatorer",
        "   •   Sjukfrånvaro: 5,8 % (målvärde ≤ 5,0 %)",
        "   •   Hållbart medarbetarengagemang (HME): 81 (målvärde ≥ 80)",
        "Aktiviteter under året",
        "   •   Arbetsmiljöutbildning för samtliga chefer och skyddsombud",
        "   •   Översyn av bemanningen på fritidsgårdarna kvällar och helger",
        "",
        "Mål 6: Verksamheten bedrivs inom tilldelad budget",
        "Bedömning: Uppfyllt",
        "",
        "Nämnden redovisar ett överskott på 1,2 mnkr. Investeringsbudgeten har inte använts fullt ut,",
        "eftersom upphandlingen av ny belysning i Gransjöhallen blev försenad. Målet har följts upp",
        "i den månatliga ekonomiska uppföljningen till nämnden.",
        "",
        "Indikatorer",
        "   •   Budgetavvikelse: +1,2 mnkr (målvärde ≥ 0 mnkr)",
        "   •   Andel av investeringsbudgeten som har använts: 84 % (målvärde ≥ 90 %)",
    ],
    [
        "4   Verksamhetsmått",
        "",
        "Verksamhetsmåtten beskriver verksamhetens omfattning och följs upp varje år. De är inte",
        "kopplade till nämndens mål.",
        "",
        "                                                           2023          2024          2025",
        "   Utlån per invånare, bibliotek                            5,9           6,1           6,4",
        "   Antal elever i kulturskolan                              742           768           751",
        "   Antal besök på fritidsgårdarna                        21 480        22 950        23 610",
        "   Antal bokade timmar i sporthallarna                   31 200        32 050        33 870",
        "   Antal föreningar med kommunalt stöd                       96            98           101",
        "",
        "",
        "5   Framtid",
        "",
        "Under 2026 öppnar ett nytt bibliotek i Norrby skola, och kulturskolan ska nå fler elever i",
        "de norra kommundelarna genom undervisning på skoltid. Den största utmaningen är att rekry-",
        "tera fritidsledare och kulturskolelärare. Nämnden följer också kommunens arbete med en ny",
        "idrottspolitisk strategi, som väntas bli klar under hösten 2026.",
        "",
        "",
        "Gransjö den 12 februari 2026",
        "",
        "",
        "Lena Forsberg (C)                                   Mats Holmgren",
        "Ordförande, fritids- och kulturnämnden              Förvaltningschef",
    ],
]


def write_txt(path: Path) -> None:
    total = len(TXT_PAGES)
    pages = []
    for n, lines in enumerate(TXT_PAGES, start=1):
        top = [
            "GRANSJÖ KOMMUN".ljust(TXT_WIDTH - len("Verksamhetsberättelse 2025")) + "Verksamhetsberättelse 2025",
            "Fritids- och kulturnämnden".ljust(TXT_WIDTH - len(f"Sida {n} av {total}")) + f"Sida {n} av {total}",
            "",
            "",
        ]
        body = top + lines
        body += [""] * (TXT_PAGE_LINES - len(body))  # pdftotext keeps the empty lines down to the page's foot
        pages.append("\n".join(body) + "\n")
    path.write_text("\f".join(pages), encoding="utf-8")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write_pdf(OUT / "2026-verksamhetsplan-socialnamnden.pdf")
    write_docx(OUT / "2025-aterrapportering-uppdrag-narsjukvardsnamnden.docx")
    write_html(OUT / "2025-uppdragsuppfoljning-kommunstyrelsen.html")
    write_txt(OUT / "2025-verksamhetsberattelse-fritids-och-kulturnamnden.txt")
