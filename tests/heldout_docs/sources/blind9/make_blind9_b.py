# ruff: noqa: E501  (lines of the documents' own text)
"""Blind set 9, helper b: writes four plan/report documents into ../../blind9/ (moved to ../../general/ after scoring) (scored blind, never tuned on).

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind9/make_blind9_b.py`.

1. 2025-nyckeltal-miljo-och-tekniknamnden.pdf (reportlab platypus, BaseDocTemplate): a goal follow-up with key
   figures whose goal pages are laid out in TWO COLUMNS, two goals side by side on each page: a full-width band
   "Perspektiv: X" at the top of pages 2–4 (its own frame), then a left and a right frame, each holding one goal:
   a coloured "Mål N" label line, the bold title on the next line(s), "Bedömning: …", an "Analys" paragraph, a
   narrow ruled table Nyckeltal | 2024 | 2025 | Mål 2025 whose names wrap in their cells, and an "Aktiviteter
   2025" label over "•" bullets (goal 4 has no activities, only "Inga särskilda aktiviteter …"). Page 1 is a
   single full-width frame: title, "Behandlad av … 2026-02-19, § 12", a Dnr, a summary table Bedömning | Antal
   mål. Running header in two columns ("Lindåsa kommun | Miljö- och tekniknämnden" / "Måluppföljning 2025"),
   footer "Sida N (4)".
2. 2025-aterrapportering-teknik-och-servicenamnden.docx (python-docx): an återrapportering whose uppdrag are
   each a SMALL 2-ROW WORD TABLE (header row Uppdrag | Ansvarig | Status, shaded; value row with two paragraphs
   in the Uppdrag cell: a bold id "KF-uppdrag 5" / "KS-uppdrag 3" and the wording; a person with a title in the
   Ansvarig cell; the status a single coloured bold word or phrase in the Status cell: green Genomfört, yellow
   Pågår, orange Delvis genomfört, grey Ej påbörjat, red Försenat / Kommer inte att genomföras), each table
   followed by a "Kommentar: …" paragraph with a bold run-in label. Letterhead paragraph, Title, a subtitle
   paragraph with the nämnd, "Datum:" / "Diarienummer:" lines, Heading 1 sections "2 Uppdrag från
   kommunfullmäktige" and "3 Uppdrag från kommunstyrelsen"; the colour scale explained in words in the
   introduction; one comment cites "KF-uppdrag 2"; a closing paragraph counts the statuses.
3. 2026-verksamhetsplan-barn-och-skolnamnden.txt: a verksamhetsplan as `pdftotext -layout` text (form feeds, a
   running header "RAMSJÖ KOMMUN   Verksamhetsplan 2026   Sida N av 4" in three columns, a footer "Barn- och
   skolnämnden | Dnr BSN 2025/302" on every page); chapters "3  Mål och åtaganden 2026" and sub-chapters
   "3.1  Fokusområde: Kunskap och livslångt lärande" (perspectives); each goal a line "Strategiskt mål N" over
   its title, then the sub-headings "Nämndens åtaganden" ("•" activity bullets, wrapped with a hanging indent)
   and "Så här mäter vi" (indicators as "–  Andel … (mål 2026: 88 %)" lines, wrapped with a hanging indent,
   some targets for 2027); goal 2 lists "Så här mäter vi" before "Nämndens åtaganden" and its indicator list is
   broken by a page break (its third indicator at the top of page 3, under the running header).
4. 2025-verksamhetsberattelse-folkhalso-och-tandvardsnamnden.html: a region's årsredovisning web page
   (menu, breadcrumb, fact box, side "Innehåll" links, footer with publication/update dates): "Målområde X"
   <h3> sections; each goal a <details>/<summary> accordion whose summary holds "<span>Mål N</span>", the title
   and a bedömning badge; inside, an analysis paragraph, "Indikatorer" over an <ol> of indicators (name in
   <strong>, then "utfall 2025: … (målvärde …, 2024: …)") and "Aktiviteter under året" over a <ul> (goal 3 has
   none); then an uppdrag table Nr | Uppdrag | Beslutad | Status 2025-08 | Status 2025-12 (TWO statuses over the
   year; the Beslutad cell names the giver, "RF 2024-11-26, § 142" or "RS 2025-03-18, § 41") and short
   "Uppdrag N:" comments under it; an economy table.

Lindåsa kommun, Bräckebo kommun, Ramsjö kommun, Region Kustmark, their people and numbers are invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
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
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parents[2] / "general"   # moved there after scoring (was ../../blind9)
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/usr/local/share/fonts")]


# ---------------------------------------------------------------------------------------------------------------
# 1. PDF: måluppföljning med nyckeltal 2025, Miljö- och tekniknämnden, Lindåsa kommun (two goals per page)
# ---------------------------------------------------------------------------------------------------------------

# (perspective, [(number, title, bedömning, analysis, [(nyckeltal, 2024, 2025, mål 2025)], [activities])])
PAGES_PDF: list[tuple[str, list[tuple[int, str, str, str, list[tuple[str, str, str, str]], list[str]]]]] = [
    ("Invånare och näringsliv", [
        (1, "Invånarna får snabb och korrekt service i bygg- och miljöärenden", "Delvis uppfyllt",
         "Handläggningstiden för bygglov har minskat sedan ansökningarna blev digitala. Återkopplingen i "
         "klagomålsärenden når ännu inte målvärdet under semesterperioden.",
         [("Handläggningstid för bygglov, median i veckor", "5,8", "4,9", "högst 5"),
          ("Andel klagomålsärenden inom miljö som återkopplas inom fem arbetsdagar", "78 %", "86 %", "90 %"),
          ("Nöjd-kund-index, företagens bedömning av myndighetsutövningen", "68", "71", "70")],
         ["Införa digital ansökan om strandskyddsdispens",
          "Samla bygglov och miljötillsyn i en gemensam kundtjänst"]),
        (2, "Gator och cykelvägar är säkra och framkomliga året runt", "Uppfyllt",
         "Vinterväghållningen har fungerat väl och antalet olyckor med personskada är det lägsta sedan 2019.",
         [("Andel av gång- och cykelvägnätet som snöröjs inom sex timmar efter snöfall", "84 %", "91 %", "90 %"),
          ("Antal trafikolyckor med personskada på kommunala gator", "23", "17", "högst 20")],
         ["Bygga om tre skolvägskorsningar enligt trafiksäkerhetsplanen",
          "Byta 600 gatlampor till LED med närvarostyrning",
          "Ta fram en underhållsplan för kommunens broar"]),
    ]),
    ("Miljö och klimat", [
        (3, "Kommunens egna utsläpp av växthusgaser minskar", "Delvis uppfyllt",
         "Andelen fossilfria drivmedel ökar, men leveranserna av nya elbilar har försenats till 2026.",
         [("Andel fossilfria drivmedel i kommunens fordonsflotta", "62 %", "74 %", "80 %"),
          ("Energianvändning i kommunens lokaler, kWh per kvadratmeter", "148", "139", "140"),
          ("Andel elbilar av kommunens personbilar", "31 %", "40 %", "45 %")],
         ["Installera solceller på Lindåsa sporthall och Norrgårdens förskola"]),
        (4, "Avfallet minskar och mer material återvinns", "Inte uppfyllt",
         "Mängden hushållsavfall har ökat något. Insamlingen av matavfall i flerbostadshus kommer i gång först "
         "under 2026.",
         [("Mängd hushållsavfall per invånare, kg", "421", "428", "högst 400"),
          ("Andel matavfall som samlas in separat", "46 %", "47 %", "55 %")],
         []),
    ]),
    ("Medarbetare och ekonomi", [
        (5, "Nämnden är en attraktiv arbetsgivare", "Delvis uppfyllt",
         "Engagemanget har ökat i alla avdelningar. Sjukfrånvaron har minskat men ligger något över målvärdet.",
         [("Hållbart medarbetarengagemang (HME), index", "77", "79", "80"),
          ("Sjukfrånvaro, procent av arbetad tid", "6,9 %", "6,2 %", "högst 6,0 %")],
         ["Erbjuda alla nya handläggare ett mentorsprogram under det första året",
          "Genomföra en kompetensinventering inom VA-verksamheten"]),
        (6, "Verksamheten bedrivs inom tilldelad budgetram", "Uppfyllt",
         "Nämnden redovisar ett överskott, främst genom högre intäkter från bygglov än budgeterat.",
         [("Budgetavvikelse för nämnden, tkr", "–1 250", "+430", "≥ 0"),
          ("Kostnadstäckningsgrad för bygglovsverksamheten", "71 %", "78 %", "75 %")],
         ["Se över taxan för tillsyn enligt miljöbalken"]),
    ]),
]

BEDOMNING_COLOUR = {"Uppfyllt": "#2e7d32", "Delvis uppfyllt": "#b57f00", "Inte uppfyllt": "#c62828"}
PDF_ACCENT = "#00566b"


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


PDF_PAGES = 4


def _nb(value: str) -> str:
    """A key figure's value kept on one line in its narrow cell ("–1 250", "högst 6,0 %")."""
    return value.replace(" ", "&nbsp;")


def _furniture(canv: Any, doc: Any) -> None:
    width, height = A4
    canv.saveState()
    canv.setFont("DejaVuSans-Bold", 8.5)
    canv.setFillColor(colors.HexColor(PDF_ACCENT))
    canv.drawString(18 * mm, height - 11 * mm, "Lindåsa kommun | Miljö- och tekniknämnden")
    canv.setFont("DejaVuSans", 8.5)
    canv.setFillColor(colors.HexColor("#444444"))
    canv.drawRightString(width - 18 * mm, height - 11 * mm, "Måluppföljning 2025")
    canv.setStrokeColor(colors.HexColor(PDF_ACCENT))
    canv.setLineWidth(0.6)
    canv.line(18 * mm, height - 13.5 * mm, width - 18 * mm, height - 13.5 * mm)
    canv.setFont("DejaVuSans", 8)
    canv.drawCentredString(width / 2, 9 * mm, f"Sida {doc.page} ({PDF_PAGES})")
    canv.restoreState()


def write_pdf(path: Path) -> None:
    regular, bold = _register_fonts()
    width, height = A4
    margin, gutter = 18 * mm, 8 * mm
    top, bottom = height - 18 * mm, 16 * mm
    band_h = 14 * mm
    col_w = (width - 2 * margin - gutter) / 2

    single = Frame(margin, bottom, width - 2 * margin, top - bottom, id="single")
    band = Frame(margin, top - band_h, width - 2 * margin, band_h, id="band", topPadding=2, bottomPadding=2)
    left = Frame(margin, bottom, col_w, top - band_h - bottom, id="left")
    right = Frame(margin + col_w + gutter, bottom, col_w, top - band_h - bottom, id="right")

    doc = BaseDocTemplate(str(path), pagesize=A4, title="Måluppföljning 2025 – Miljö- och tekniknämnden",
                          author="Lindåsa kommun", subject="Nyckeltal och aktiviteter per mål")
    doc.addPageTemplates([PageTemplate(id="intro", frames=[single], onPage=_furniture),
                          PageTemplate(id="tvaspalt", frames=[band, left, right], onPage=_furniture)])

    body = ParagraphStyle("body", fontName=regular, fontSize=9.8, leading=13.2, spaceAfter=5)
    title = ParagraphStyle("title", fontName=bold, fontSize=22, leading=27, spaceAfter=3,
                           textColor=colors.HexColor(PDF_ACCENT))
    subtitle = ParagraphStyle("subtitle", fontName=regular, fontSize=13, leading=17, spaceAfter=10)
    chapter = ParagraphStyle("chapter", fontName=bold, fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4)
    band_style = ParagraphStyle("band", fontName=bold, fontSize=12, leading=15, textColor=colors.white,
                                backColor=colors.HexColor(PDF_ACCENT), borderPadding=(4, 6, 4, 6))
    label = ParagraphStyle("label", fontName=bold, fontSize=9, leading=11, textColor=colors.HexColor(PDF_ACCENT),
                           spaceBefore=2)
    gtitle_style = ParagraphStyle("gtitle", fontName=bold, fontSize=12, leading=15, spaceAfter=3)
    small = ParagraphStyle("small", fontName=regular, fontSize=8.6, leading=11.2, spaceAfter=4)
    sub = ParagraphStyle("sub", fontName=bold, fontSize=9.2, leading=12, spaceBefore=6, spaceAfter=2)
    bullet = ParagraphStyle("bullet", parent=small, leftIndent=9, bulletIndent=0, spaceAfter=2, bulletFontName=regular)
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8, leading=10)
    cell_r = ParagraphStyle("cell_r", parent=cell, alignment=2)
    head = ParagraphStyle("head", parent=cell, fontName=bold)
    head_r = ParagraphStyle("head_r", parent=head, alignment=2)

    story: list[Any] = [
        Spacer(1, 6 * mm),
        Paragraph("Måluppföljning 2025", title),
        Paragraph("Nyckeltal och aktiviteter per mål · Miljö- och tekniknämnden", subtitle),
        Paragraph("Behandlad av miljö- och tekniknämnden 2026-02-19, § 12", body),
        Paragraph("Dnr MTN 2026/018", body),
        Spacer(1, 4 * mm),
        Paragraph("Inledning", chapter),
        Paragraph("Miljö- och tekniknämnden har sex mål för 2025 som utgår från kommunfullmäktiges tre "
                  "perspektiv. I den här uppföljningen redovisas varje mål med nämndens bedömning, en kort "
                  "analys, de nyckeltal som används för att följa målet och de aktiviteter som har genomförts "
                  "under året. Målen redovisas två och två, ett perspektiv per sida.", body),
        Paragraph("Bedömningen görs i tre steg: Uppfyllt, Delvis uppfyllt och Inte uppfyllt. Ett mål är "
                  "uppfyllt när de flesta nyckeltal når sina målvärden och aktiviteterna är genomförda.", body),
        Paragraph("Sammanfattning", chapter),
    ]
    summary = Table([[Paragraph("Bedömning", head), Paragraph("Antal mål", head_r)],
                     [Paragraph("Uppfyllt", cell), Paragraph("2", cell_r)],
                     [Paragraph("Delvis uppfyllt", cell), Paragraph("3", cell_r)],
                     [Paragraph("Inte uppfyllt", cell), Paragraph("1", cell_r)]],
                    colWidths=[50 * mm, 25 * mm], hAlign="LEFT")
    summary.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                                 ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#bbbbbb"))]))
    story += [summary, Spacer(1, 5 * mm),
              Paragraph("Nämnden bedömer att verksamheten som helhet har utvecklats i önskad riktning under "
                        "2025. Avfallsmålet nås inte, och nämnden föreslår att målvärdet för matavfall ses över "
                        "inför 2027.", body),
              Spacer(1, 10 * mm),
              Paragraph("Sofia Lindqvist", body),
              Paragraph("förvaltningschef, miljö- och teknikförvaltningen", body),
              NextPageTemplate("tvaspalt"), PageBreak()]

    def goal_block(number: int, gtitle: str, judgement: str, analysis: str,
                   inds: list[tuple[str, str, str, str]], acts: list[str]) -> list[Any]:
        block: list[Any] = [
            Paragraph(f"Mål {number}", label),
            Paragraph(gtitle, gtitle_style),
            Paragraph(f'Bedömning: <font color="{BEDOMNING_COLOUR[judgement]}"><b>{judgement}</b></font>', small),
            Paragraph(f"<b>Analys.</b> {analysis}", small),
            Spacer(1, 2 * mm),
        ]
        data = [[Paragraph("Nyckeltal", head), Paragraph("2024", head_r), Paragraph("2025", head_r),
                 Paragraph("Mål 2025", head_r)]]
        data += [[Paragraph(n, cell), Paragraph(_nb(a), cell_r), Paragraph(_nb(b), cell_r), Paragraph(_nb(c), cell_r)]
                 for n, a, b, c in inds]
        table = Table(data, colWidths=[col_w - 45 * mm, 12 * mm, 12 * mm, 21 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dcebef")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9bb7bf")),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
        block += [table, Paragraph("Aktiviteter 2025", sub)]
        if acts:
            block += [Paragraph(a, bullet, bulletText="•") for a in acts]
        else:
            block.append(Paragraph("Inga särskilda aktiviteter har beslutats för målet under 2025.", small))
        return block

    for i, (perspective, goals) in enumerate(PAGES_PDF):
        story.append(Paragraph(f"Perspektiv: {perspective}", band_style))
        story.append(FrameBreak())
        story += goal_block(*goals[0])
        story.append(FrameBreak())
        story += goal_block(*goals[1])
        if i < len(PAGES_PDF) - 1:
            story.append(PageBreak())
    doc.build(story)


# ---------------------------------------------------------------------------------------------------------------
# 2. DOCX: återrapportering av uppdrag 2025, Teknik- och servicenämnden, Bräckebo kommun (one table per uppdrag)
# ---------------------------------------------------------------------------------------------------------------

STATUS_COLOUR = {"Genomfört": "2E7D32", "Pågår": "C9A000", "Delvis genomfört": "E07000", "Ej påbörjat": "7F7F7F",
                 "Försenat": "C62828", "Kommer inte att genomföras": "C62828"}

# (id, wording, ansvarig, status, comment)
KF_DOCX: list[tuple[str, str, str, str, str]] = [
    ("KF-uppdrag 2", "Ta fram en plan för att minska kommunens lokalyta med fem procent till år 2027.",
     "Fastighetschef Anders Wik", "Pågår",
     "En inventering av alla verksamhetslokaler är klar. Förslag till avveckling av fyra fastigheter tas fram "
     "tillsammans med berörda nämnder och redovisas för kommunstyrelsen i februari 2026."),
    ("KF-uppdrag 5", "Utreda en gemensam kost- och måltidsorganisation för förskola, skola och äldreomsorg.",
     "Kostchef Lena Falk", "Genomfört",
     "Utredningen redovisades för kommunstyrelsen den 9 september 2025. Kommunstyrelsen beslutade att den "
     "gemensamma måltidsenheten ska inrättas från den 1 januari 2026."),
    ("KF-uppdrag 8", "Införa en möjlighet för invånarna att göra felanmälan om gator och parker i en app.",
     "Gatuchef Johan Ek", "Delvis genomfört",
     "Felanmälan i appen är öppen för gator och gatubelysning sedan juni. Parker och lekplatser läggs till när "
     "ärendesystemet har uppgraderats."),
    ("KF-uppdrag 11", "Upphandla ett gemensamt system för bokning av kommunens tjänstefordon.",
     "Servicechef Petra Ström", "Ej påbörjat",
     "Upphandlingen väntar på att det nya avtalet för leasingbilar är klart. Arbetet planeras starta i "
     "december och hänger ihop med lokalplanen i KF-uppdrag 2."),
    ("KF-uppdrag 14", "Pröva att inrätta en egen entreprenadenhet för mindre byggprojekt.",
     "Förvaltningschef Karin Holm", "Kommer inte att genomföras",
     "Förstudien visar att en egen enhet inte blir billigare än ramavtalen. Nämnden beslutade den 16 september "
     "2025 att inte gå vidare och återrapporterar uppdraget som avslutat."),
]
KS_DOCX: list[tuple[str, str, str, str, str]] = [
    ("KS-uppdrag 3", "Redovisa en plan för energieffektivisering av kommunens fastigheter byggda före 1975.",
     "Energistrateg Ali Haddad", "Försenat",
     "Energikartläggningen av de äldsta skolorna har tagit längre tid än beräknat. Planen blir inte klar under "
     "2025 och redovisas i stället i april 2026."),
    ("KS-uppdrag 6", "Samla städningen av kommunens verksamhetslokaler i en gemensam enhet.",
     "Servicechef Petra Ström", "Genomfört",
     "Den gemensamma lokalvårdsenheten startade den 1 mars 2025 med 46 medarbetare."),
    ("KS-uppdrag 9", "Ta fram ett förslag till nya parkeringsavgifter i centrala Bräckebo.",
     "Gatuchef Johan Ek", "Pågår",
     "En parkeringsutredning pågår och ett förslag skickas på remiss till handlarföreningen i november."),
]


def _shade(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _uppdrag_table(document: Any, uid: str, wording: str, ansvarig: str, status: str) -> None:
    table = document.add_table(rows=2, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for j, (text, w) in enumerate(zip(("Uppdrag", "Ansvarig", "Status"), (Cm(9.5), Cm(4.2), Cm(3.3)), strict=True)):
        c = table.rows[0].cells[j]
        c.width = w
        table.rows[1].cells[j].width = w
        run = c.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = Pt(9.5)
        _shade(c, "D9E2F3")
    up = table.rows[1].cells[0]
    r = up.paragraphs[0].add_run(uid)
    r.bold = True
    up.add_paragraph(wording)
    table.rows[1].cells[1].paragraphs[0].add_run(ansvarig)
    st = table.rows[1].cells[2].paragraphs[0].add_run(status)
    st.bold = True
    st.font.color.rgb = RGBColor.from_string(STATUS_COLOUR[status])


def write_docx(path: Path) -> None:
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2.3)
    document.core_properties.title = "Återrapportering av uppdrag 2025 – Teknik- och servicenämnden"
    document.core_properties.author = "Bräckebo kommun"

    lh = document.add_paragraph()
    run = lh.add_run("BRÄCKEBO KOMMUN")
    run.bold = True
    run.font.size = Pt(10)
    run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    lh.add_run("\nTeknik- och serviceförvaltningen").font.size = Pt(9)

    document.add_paragraph("Återrapportering av uppdrag 2025", style="Title")
    document.add_paragraph("Teknik- och servicenämnden")
    meta = document.add_paragraph()
    meta.add_run("Datum: ").bold = True
    meta.add_run("2025-10-21")
    meta.add_run("\n")
    meta.add_run("Diarienummer: ").bold = True
    meta.add_run("TSN 2025/0214")

    document.add_heading("1 Inledning", level=1)
    document.add_paragraph(
        "Kommunfullmäktige gav i Mål och budget 2025 teknik- och servicenämnden fem uppdrag. Kommunstyrelsen "
        "har dessutom gett nämnden tre uppdrag i sin internbudget för 2025. Rapporten beskriver läget per den "
        "30 september 2025 och lämnas till kommunstyrelsen inför delårsbokslutet.")
    document.add_paragraph(
        "Varje uppdrag redovisas i en tabell med uppdragets lydelse, vem som är ansvarig i förvaltningen och "
        "uppdragets status, följd av en kommentar. Statusen markeras med färg: grönt för uppdrag som är "
        "genomförda, gult eller orange för uppdrag som pågår eller är delvis genomförda, grått för uppdrag som "
        "inte har påbörjats och rött för uppdrag som är försenade eller inte kommer att genomföras.")

    def add_section(heading: str, intro: str, items: list[tuple[str, str, str, str, str]]) -> None:
        document.add_heading(heading, level=1)
        document.add_paragraph(intro)
        for uid, wording, ansvarig, status, comment in items:
            _uppdrag_table(document, uid, wording, ansvarig, status)
            p = document.add_paragraph()
            p.paragraph_format.space_before = Pt(4)
            p.add_run("Kommentar: ").bold = True
            p.add_run(comment)
            document.add_paragraph()

    add_section("2 Uppdrag från kommunfullmäktige",
                "Uppdragen är numrerade som i kommunfullmäktiges Mål och budget 2025 (KF 2024-11-27, § 118).",
                KF_DOCX)
    add_section("3 Uppdrag från kommunstyrelsen",
                "Uppdragen är numrerade som i kommunstyrelsens internbudget 2025 (KS 2025-01-14, § 6).",
                KS_DOCX)

    document.add_heading("4 Sammanfattning", level=1)
    document.add_paragraph(
        "Av nämndens åtta uppdrag är två genomförda, tre pågår eller är delvis genomförda, ett har inte "
        "påbörjats, ett är försenat och ett kommer inte att genomföras. Nämnden föreslår att kommunstyrelsen "
        "godkänner återrapporteringen.")
    document.add_paragraph()
    document.add_paragraph("Karin Holm\nFörvaltningschef, teknik- och serviceförvaltningen")
    document.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 3. TXT: verksamhetsplan 2026, Barn- och skolnämnden, Ramsjö kommun (pdftotext -layout)
# ---------------------------------------------------------------------------------------------------------------

TXT_PAGES = 4
TXT_WIDTH = 92


def _header_txt(page: int) -> list[str]:
    left, mid, right = "RAMSJÖ KOMMUN", "Verksamhetsplan 2026", f"Sida {page} av {TXT_PAGES}"
    mid_at = (TXT_WIDTH - len(mid)) // 2
    line = left + " " * (mid_at - len(left)) + mid
    line += " " * (TXT_WIDTH - len(line) - len(right)) + right
    return [line, "", ""]


def _footer_txt() -> list[str]:
    left, right = "Barn- och skolnämnden", "Dnr BSN 2025/302"
    return [left + " " * (TXT_WIDTH - len(left) - len(right)) + right]


def _wrap(text: str, first: str, cont: str, width: int = 86) -> list[str]:
    """Wrap text with a first-line prefix and a hanging indent, as pdftotext -layout prints a hanging list."""
    lines, line = [], first
    for word in text.split():
        if len(line) + len(word) + (0 if line.endswith(" ") else 1) > width and line.strip() != first.strip():
            lines.append(line.rstrip())
            line = cont
        line += ("" if line.endswith(" ") else " ") + word
    lines.append(line.rstrip())
    return lines


def _acts(items: list[str]) -> list[str]:
    out = ["    Nämndens åtaganden", ""]
    for a in items:
        out += _wrap(a, "    •   ", "        ")
    return [*out, ""]


def _inds(items: list[str]) -> list[str]:
    out = ["    Så här mäter vi", ""]
    for i in items:
        out += _wrap(i, "    –   ", "        ")
    return [*out, ""]


# (number, title, activities, indicators)
GOALS_TXT: dict[int, tuple[str, list[str], list[str]]] = {
    1: ("Fler elever når kunskapskraven i alla ämnen",
        ["Införa gemensamma bedömningsstöd i svenska och matematik i årskurs 4–6",
         "Utöka läxhjälpen på fritidshemmen till alla skolor med årskurs 1–3",
         "Ge förstelärarna i uppdrag att leda kollegialt lärande om språkutvecklande arbetssätt i alla ämnen"],
        ["Andel elever i årskurs 9 som är behöriga till gymnasieskolans yrkesprogram (mål 2026: 88 %)",
         "Andel elever i årskurs 6 med lägst betyget E i matematik (mål 2026: 90 %)",
         "Genomsnittligt meritvärde i årskurs 9 (mål 2027: 232)"]),
    2: ("Förskolan lägger en stabil grund för barnens lärande",
        ["Starta en uppdragsutbildning till förskollärare för barnskötare",
         "Införa en gemensam plan för språkutveckling i alla förskolor"],
        ["Andel legitimerade förskollärare av den pedagogiska personalen i förskolan (mål 2027: 45 %)",
         "Antal barn per årsarbetare i förskolan (mål 2026: högst 5,2)",
         "Andel vårdnadshavare som anser att förskolan stimulerar barnets språkutveckling och lust att lära (mål 2026: 90 %)"]),
    3: ("Eleverna känner sig trygga i skolan",
        ["Anställa fler skolvärdar på högstadieskolorna",
         "Genomföra trygghetsvandringar tillsammans med elevråden varje termin"],
        ["Andel elever i årskurs 5 som känner sig trygga i skolan (mål 2026: 95 %)",
         "Andel elever i årskurs 8 som känner sig trygga i skolan (mål 2026: 90 %)"]),
    4: ("Skolfrånvaron minskar",
        ["Införa ett gemensamt system för frånvarorapportering med kontakt med vårdnadshavare samma dag",
         "Bilda ett närvaroteam med kurator, specialpedagog och skolsköterska"],
        ["Andel elever med mer än 15 procent frånvaro per termin (mål 2026: högst 8 %)",
         "Antal elever med långvarig problematisk frånvaro (mål 2027: högst 20)"]),
    5: ("Verksamheten har en ekonomi i balans och behöriga medarbetare",
        ["Samordna skolskjutsar och måltidsplanering mellan skolenheterna i norra kommundelen"],
        ["Budgetavvikelse vid årets slut (mål 2026: ≥ 0 tkr)",
         "Andel lärare i grundskolan med lärarlegitimation och behörighet i minst ett ämne (mål 2026: 85 %)",
         "Sjukfrånvaro bland medarbetarna (mål 2026: högst 6,5 %)"]),
}


def _goal_head(number: int) -> list[str]:
    return [f"  Strategiskt mål {number}", f"  {GOALS_TXT[number][0]}", ""]


def _page_txt(page: int, content: list[str], length: int = 64) -> str:
    body = _header_txt(page) + content
    body += [""] * max(length - len(body) - 2, 1)
    return "\n".join(body + _footer_txt()) + "\n"


def write_txt(path: Path) -> None:
    p1 = [
        "",
        " " * 24 + "Verksamhetsplan 2026",
        " " * 24 + "Barn- och skolnämnden",
        "",
        " " * 24 + "Beslutad av barn- och skolnämnden 2025-11-27, § 121",
        "",
        "",
        "  Innehåll",
        "  1  Inledning                                                                     1",
        "  2  Ekonomiska förutsättningar                                                    1",
        "  3  Mål och åtaganden 2026                                                        2",
        "  4  Uppföljning                                                                   4",
        "",
        "",
        "  1  Inledning",
        "",
        "  Barn- och skolnämnden ansvarar för förskola, pedagogisk omsorg, förskoleklass, grundskola,",
        "  anpassad grundskola och fritidshem i Ramsjö kommun. Verksamhetsplanen beskriver hur nämnden",
        "  under 2026 bidrar till kommunfullmäktiges fokusområden och vilka åtaganden nämnden gör för",
        "  att nå sina strategiska mål. Planen har tagits fram i dialog med skolornas rektorer och",
        "  förskolornas chefer.",
        "",
        "",
        "  2  Ekonomiska förutsättningar",
        "",
        "  Nämndens budgetram för 2026 är 684,2 miljoner kronor. Ramen har räknats upp med 2,4 procent",
        "  för löne- och prisökningar och minskats med 6,1 miljoner kronor för färre barn i förskolan.",
        "",
        "  Verksamhet, mnkr                         Budget 2025          Budget 2026",
        "  Förskola och pedagogisk omsorg                 212,6                210,9",
        "  Grundskola och förskoleklass                   371,0                383,4",
        "  Fritidshem                                      52,3                 53,8",
        "  Anpassad grundskola                             24,1                 25,6",
        "  Nämnd och förvaltning                           10,8                 10,5",
        "  Summa                                          670,8                684,2",
    ]
    g2_acts, g2_inds = GOALS_TXT[2][1], GOALS_TXT[2][2]
    p2 = [
        "  3  Mål och åtaganden 2026",
        "",
        "  Kommunfullmäktige har beslutat om tre fokusområden för mandatperioden. Under varje",
        "  fokusområde redovisas nämndens strategiska mål, de åtaganden nämnden gör under året och",
        "  hur måluppfyllelsen mäts. Målvärdet gäller 2026 om inte ett annat år anges.",
        "",
        "",
        "  3.1  Fokusområde: Kunskap och livslångt lärande",
        "",
        *_goal_head(1),
        *_acts(GOALS_TXT[1][1]),
        *_inds(GOALS_TXT[1][2]),
        "",
        *_goal_head(2),
        "    Så här mäter vi",
        "",
        *[line for i in g2_inds[:2] for line in _wrap(i, "    –   ", "        ")],
    ]
    p3 = [
        *_wrap(g2_inds[2], "    –   ", "        "),
        "",
        *_acts(g2_acts),
        "",
        "  3.2  Fokusområde: Trygg och hälsosam uppväxt",
        "",
        *_goal_head(3),
        *_acts(GOALS_TXT[3][1]),
        *_inds(GOALS_TXT[3][2]),
        "",
        *_goal_head(4),
        *_acts(GOALS_TXT[4][1]),
        *_inds(GOALS_TXT[4][2]),
    ]
    p4 = [
        "  3.3  Fokusområde: Hållbar organisation",
        "",
        *_goal_head(5),
        *_acts(GOALS_TXT[5][1]),
        *_inds(GOALS_TXT[5][2]),
        "",
        "  4  Uppföljning",
        "",
        "  Målen och åtagandena följs upp i delårsrapporten per den 31 augusti och i",
        "  verksamhetsberättelsen för 2026. Resultaten från elevenkäten redovisas för nämnden i maj.",
        "",
        "",
        "  Ramsjö den 27 november 2025",
        "",
        "  Helena Svärd                                Mikael Borg",
        "  ordförande                                  skolchef",
    ]
    pages = [_page_txt(i, p) for i, p in enumerate([p1, p2, p3, p4], start=1)]
    path.write_text("\f".join(pages), encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# 4. HTML: verksamhetsberättelse 2025, Folkhälso- och tandvårdsnämnden, Region Kustmark (<details> per goal)
# ---------------------------------------------------------------------------------------------------------------

BADGE_HTML = {"Uppfyllt": "uppfyllt", "Delvis uppfyllt": "delvis", "Inte uppfyllt": "ej"}

# (målområde, [(number, title, bedömning, analysis, [(indicator, utfall 2025, målvärde, 2024)], [activities])])
AREAS_HTML: list[tuple[str, list[tuple[int, str, str, str, list[tuple[str, str, str, str]], list[str]]]]] = [
    ("Jämlik hälsa", [
        (1, "Fler barn och unga har en god munhälsa", "Uppfyllt",
         "Kariesförekomsten bland sexåringar har minskat för tredje året i rad. Besöksfrekvensen bland "
         "19-åringar är den högsta som uppmätts.",
         [("Andel 6-åringar utan karieserfarenhet", "78 %", "75 %", "74 %"),
          ("Andel 19-åringar som besökt tandvården de senaste två åren", "91 %", "90 %", "88 %")],
         ["Erbjuda fluorlackning i skolan för elever i årskurs 4–9 i områden med hög kariesrisk",
          "Starta uppsökande munhälsosamtal på de öppna förskolorna"]),
        (2, "Skillnaderna i självskattad hälsa mellan länets kommuner minskar", "Delvis uppfyllt",
         "Skillnaden mellan kommunerna har minskat något men är större än målvärdet. Andelen rökare har "
         "nått målet.",
         [("Skillnad i andel med gott självskattat hälsotillstånd mellan högsta och lägsta kommun, procentenheter",
           "11", "högst 9", "13"),
          ("Andel vuxna som är fysiskt aktiva minst 150 minuter i veckan", "63 %", "65 %", "61 %"),
          ("Andel vuxna som röker dagligen", "6 %", "högst 6 %", "7 %")],
         ["Genomföra hälsodialoger i fyra bostadsområden tillsammans med kommunerna"]),
        (3, "Fler äldre får förebyggande tandvård", "Inte uppfyllt",
         "Antalet munhälsobedömningar har minskat efter att avtalet med en extern vårdgivare upphörde i maj.",
         [("Antal munhälsobedömningar i särskilda boenden", "2 840", "3 500", "3 110"),
          ("Andel personer med intyg om nödvändig tandvård som fått tandvård", "58 %", "70 %", "61 %")],
         []),
    ]),
    ("Tillgänglig vård", [
        (4, "Tandvården är tillgänglig inom vårdgarantin", "Delvis uppfyllt",
         "Väntetiderna har kortats på de flesta kliniker, men kön till allmäntandvården i Hamnstaden är fortsatt "
         "lång.",
         [("Andel patienter som får en tid för undersökning inom tre månader", "84 %", "95 %", "79 %"),
          ("Antal patienter i kö till allmäntandvården vid årets slut", "3 120", "högst 2 000", "3 870")],
         ["Införa digital bokning av undersökningstider på alla folktandvårdskliniker",
          "Utöka öppettiderna på klinikerna i Strandvik och Norrmo"]),
    ]),
    ("Attraktiv arbetsgivare", [
        (5, "Regionen behåller och rekryterar tandvårdspersonal", "Delvis uppfyllt",
         "Rekryteringen av tandhygienister har gått bättre än väntat. Personalomsättningen bland tandläkare är "
         "fortsatt hög.",
         [("Personalomsättning bland tandläkare och tandhygienister", "12 %", "högst 10 %", "14 %"),
          ("Antal nyanställda tandhygienister", "9", "8", "5")],
         ["Införa en introduktionstjänstgöring för nyutexaminerade tandläkare"]),
    ]),
]

# (nr, wording, beslutad, status 2025-08, status 2025-12)
UPPDRAG_HTML: list[tuple[int, str, str, str, str]] = [
    (1, "Ta fram en regional handlingsplan för suicidprevention tillsammans med länets kommuner",
     "RF 2024-11-26, § 142", "Pågår", "Genomfört"),
    (2, "Utreda avgiftsfri tandvård för unga vuxna upp till 26 år", "RF 2024-11-26, § 142", "Pågår", "Pågår"),
    (3, "Införa ett gemensamt kvalitetsregister för barntandvården", "RF 2024-11-26, § 142", "Ej påbörjat",
     "Pågår"),
    (4, "Öppna en ny folktandvårdsklinik i Hamnstaden", "RF 2024-11-26, § 142", "Pågår",
     "Blir inte klart under året"),
    (5, "Samordna regionens och kommunernas föräldraskapsstöd", "RF 2024-11-26, § 142", "Delvis genomfört",
     "Delvis genomfört"),
    (6, "Redovisa en plan för att minska nämndens lokalkostnader med tio procent", "RS 2025-03-18, § 41",
     "Pågår", "Kommer inte att genomföras"),
    (7, "Pröva gemensamma hälsokiosker med kommunerna på bibliotek och mötesplatser", "RF 2024-11-26, § 142",
     "Ej påbörjat", "Ej påbörjat"),
]


def write_html(path: Path) -> None:
    sections: list[str] = []
    for area, goals in AREAS_HTML:
        parts = [f'    <section class="malomrade">\n      <h3>Målområde {area}</h3>']
        for n, gtitle, judgement, analysis, inds, acts in goals:
            items = "\n".join(
                f"            <li><strong>{name}</strong> – utfall 2025: {val} (målvärde {target}, 2024: {prev})</li>"
                for name, val, target, prev in inds)
            act_html = ("          <h4>Aktiviteter under året</h4>\n          <ul>\n"
                        + "\n".join(f"            <li>{a}</li>" for a in acts) + "\n          </ul>\n") if acts else ""
            parts.append(
                f'      <details class="mal" id="mal-{n}">\n'
                f'        <summary><span class="malnr">Mål {n}</span> <span class="maltitel">{gtitle}</span> '
                f'<span class="badge badge--{BADGE_HTML[judgement]}">{judgement}</span></summary>\n'
                f'        <div class="mal__innehall">\n'
                f'          <p>{analysis}</p>\n'
                f'          <h4>Indikatorer</h4>\n          <ol class="indikatorer">\n{items}\n          </ol>\n'
                f'{act_html}'
                f'        </div>\n      </details>')
        parts.append("    </section>")
        sections.append("\n".join(parts))
    rows = "\n".join(
        f"          <tr><td>{n}</td><td>{w}</td><td>{b}</td><td>{s1}</td><td>{s2}</td></tr>"
        for n, w, b, s1, s2 in UPPDRAG_HTML)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Folkhälso- och tandvårdsnämnden – Verksamhetsberättelse 2025 – Region Kustmark</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body {{ font-family: "Open Sans", Arial, sans-serif; margin: 0; color: #222; line-height: 1.5; }}
  .top {{ background: #0b4f6c; color: #fff; padding: .7rem 2rem; display: flex; justify-content: space-between; }}
  .top a {{ color: #fff; margin-left: 1rem; text-decoration: none; }}
  .brodsmulor {{ padding: .4rem 2rem; font-size: .85rem; color: #555; }}
  .wrap {{ display: grid; grid-template-columns: 15rem 1fr; gap: 2rem; max-width: 72rem; margin: 0 auto; padding: 1rem 2rem; }}
  .sidomeny a {{ display: block; padding: .2rem 0; color: #0b4f6c; }}
  .fakta {{ background: #eef4f7; padding: .6rem 1rem; border-left: 4px solid #0b4f6c; }}
  details.mal {{ border: 1px solid #c7d6de; border-radius: 4px; margin: .6rem 0; }}
  details.mal summary {{ cursor: pointer; padding: .6rem .9rem; font-weight: 600; list-style: none; }}
  details.mal summary::after {{ content: "+"; float: right; }}
  details[open].mal summary::after {{ content: "–"; }}
  .malnr {{ display: inline-block; min-width: 3.5rem; color: #0b4f6c; }}
  .mal__innehall {{ padding: 0 1rem 1rem; }}
  .badge {{ font-size: .8rem; border-radius: 1rem; padding: .05rem .6rem; margin-left: .5rem; font-weight: 400; }}
  .badge--uppfyllt {{ background: #d4edda; }} .badge--delvis {{ background: #fff3cd; }} .badge--ej {{ background: #f8d7da; }}
  table {{ border-collapse: collapse; width: 100%; font-size: .92rem; }}
  th, td {{ border-bottom: 1px solid #ccc; padding: .35rem .5rem; text-align: left; vertical-align: top; }}
  th {{ background: #eef4f7; }}
  footer {{ background: #222; color: #ccc; padding: 1.4rem 2rem; font-size: .85rem; }}
  footer a {{ color: #ccc; }}
</style>
</head>
<body>
<a class="skip" href="#innehall">Hoppa till innehållet</a>
<header class="top">
  <a href="/">Region Kustmark</a>
  <nav aria-label="Huvudmeny">
    <a href="/vard-och-halsa">Vård och hälsa</a>
    <a href="/kollektivtrafik">Kollektivtrafik</a>
    <a href="/kultur">Kultur</a>
    <a href="/politik">Politik och påverkan</a>
  </nav>
</header>
<nav class="brodsmulor" aria-label="Brödsmulor">
  <a href="/">Start</a> › <a href="/politik">Politik och påverkan</a> › <a href="/arsredovisning-2025">Årsredovisning 2025</a> ›
  <a href="/arsredovisning-2025/namnder">Nämndernas verksamhetsberättelser</a> › Folkhälso- och tandvårdsnämnden
</nav>
<div class="wrap">
  <aside class="sidomeny" aria-label="Årsredovisning 2025">
    <h2>Årsredovisning 2025</h2>
    <a href="/arsredovisning-2025/regiondirektoren">Regiondirektören har ordet</a>
    <a href="/arsredovisning-2025/forvaltningsberattelse">Förvaltningsberättelse</a>
    <a href="/arsredovisning-2025/namnder/regionstyrelsen">Regionstyrelsen</a>
    <a href="/arsredovisning-2025/namnder/halso-och-sjukvardsnamnden">Hälso- och sjukvårdsnämnden</a>
    <a href="/arsredovisning-2025/namnder/folkhalso-och-tandvardsnamnden">Folkhälso- och tandvårdsnämnden</a>
    <a href="/arsredovisning-2025/namnder/trafik-och-infrastrukturnamnden">Trafik- och infrastrukturnämnden</a>
    <a href="/arsredovisning-2025/rakenskaper">Räkenskaper</a>
  </aside>
  <main id="innehall">
    <h1>Verksamhetsberättelse 2025 – Folkhälso- och tandvårdsnämnden</h1>
    <div class="fakta">
      <p>Fastställd av folkhälso- och tandvårdsnämnden 2026-02-17, § 9</p>
      <p>Diarienummer FTN 2026/004</p>
      <p>Kontaktperson: Jonas Rask, verksamhetscontroller</p>
    </div>
    <h2>Året i korthet</h2>
    <p>Folkhälso- och tandvårdsnämnden ansvarar för folktandvården, tandvårdsstödet och det regionala
    folkhälsoarbetet. Under 2025 har nämnden haft fem mål inom tre av regionplanens målområden. Ett mål är
    uppfyllt, tre är delvis uppfyllda och ett är inte uppfyllt. Nämnden redovisar ett underskott på 3,4
    miljoner kronor.</p>
    <h2>Måluppfyllelse</h2>
    <p>Klicka på ett mål för att se nämndens analys, indikatorerna och de aktiviteter som har genomförts.</p>
{chr(10).join(sections)}
    <h2>Uppdrag</h2>
    <p>Tabellen visar nämndens uppdrag för 2025 med status vid delårsrapporten i augusti och vid årets slut.
    Uppdragen 1–5 och 7 gavs av regionfullmäktige i Regionplan och budget 2025; uppdrag 6 gavs av
    regionstyrelsen.</p>
    <table class="uppdrag">
      <thead>
        <tr><th>Nr</th><th>Uppdrag</th><th>Beslutad</th><th>Status 2025-08</th><th>Status 2025-12</th></tr>
      </thead>
      <tbody>
{rows}
      </tbody>
    </table>
    <h3>Kommentarer</h3>
    <p>Uppdrag 1: Handlingsplanen antogs av regionstyrelsen i november och gäller 2026–2029.</p>
    <p>Uppdrag 4: Lokalen i Hamnstaden blir klar först i mars 2026 och kliniken öppnar i april 2026.</p>
    <p>Uppdrag 6: Regionstyrelsen beslutade i oktober att lokalfrågorna ska hanteras i regionens gemensamma
    lokalförsörjningsplan i stället. Uppdraget avslutas därför utan att genomföras.</p>
    <h2>Ekonomi</h2>
    <table class="ekonomi">
      <thead><tr><th>Mnkr</th><th>Budget 2025</th><th>Utfall 2025</th><th>Avvikelse</th></tr></thead>
      <tbody>
        <tr><td>Intäkter</td><td>612,0</td><td>618,7</td><td>6,7</td></tr>
        <tr><td>Kostnader</td><td>–640,5</td><td>–650,6</td><td>–10,1</td></tr>
        <tr><td>Nettokostnad</td><td>–28,5</td><td>–31,9</td><td>–3,4</td></tr>
      </tbody>
    </table>
  </main>
</div>
<footer>
  <p><strong>Region Kustmark</strong> · Regionens hus, Strandgatan 12, 451 80 Strandvik · 0522-19 00 00</p>
  <p><a href="/om-webbplatsen/tillganglighet">Tillgänglighet</a> · <a href="/om-webbplatsen/kakor">Kakor</a></p>
  <p>Publicerad 2026-03-04 · Senast uppdaterad 2026-03-11</p>
</footer>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write_pdf(OUT / "2025-nyckeltal-miljo-och-tekniknamnden.pdf")
    write_docx(OUT / "2025-aterrapportering-teknik-och-servicenamnden.docx")
    write_txt(OUT / "2026-verksamhetsplan-barn-och-skolnamnden.txt")
    write_html(OUT / "2025-verksamhetsberattelse-folkhalso-och-tandvardsnamnden.html")
