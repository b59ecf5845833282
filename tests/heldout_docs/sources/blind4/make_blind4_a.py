"""Blind set 4, helper a: writes four meeting documents into ../../general/ (promoted after first sight).

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind4/make_blind4_a.py`.

 a. 2026-03-17-protokoll-byggnadsnamnden.pdf        reportlab platypus; every § a two-cell table row (§ number in
                                                    the left cell, title and text in the right one); running
                                                    header, "Sida N av M" footer
 b. 2025-10-14-protokoll-arbetsmarknadsnamnden.docx python-docx; Heading 2 "§ 45 Title", Heading 3 sections,
                                                    närvaro as Word tables, "<Organ> beslutar" + List Number
                                                    att-satser (Word numbering restarted per list)
 c. 2026-04-22-kallelse-gatu-och-parknamnden.html   HTML kallelse with a <table> Nr | Ärende | Dnr | Föredragande |
                                                    Förslag till beslut
 d. 2025-12-04-minnesanteckningar-chefsgruppen-for-aldreomsorg.txt
                                                    text as `pdftotext -layout` gives it: columns by spaces, form
                                                    feeds, a repeated running header, "Ansvarig:" at the right of
                                                    some item titles

Norråkers kommun, Kvarnby kommun, Lindhamns kommun, Björkvalla kommun, their people and numbers are invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[2] / "general"


# ---------------------------------------------------------------------------------------------------------------
# a. PDF protokoll, byggnadsnämnden
# ---------------------------------------------------------------------------------------------------------------


def write_pdf_protokoll(out: Path) -> None:
    from reportlab.lib import colors  # type: ignore[import-untyped]
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
    from reportlab.lib.units import mm  # type: ignore[import-untyped]
    from reportlab.pdfgen import canvas as rl_canvas  # type: ignore[import-untyped]
    from reportlab.platypus import (  # type: ignore[import-untyped]
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    W, H = A4
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=4)
    att = ParagraphStyle("att", parent=body, leftIndent=8 * mm, spaceAfter=2)
    label = ParagraphStyle("label", parent=body, fontName="Helvetica-Bold", spaceBefore=4, spaceAfter=2)
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceAfter=5)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=11, textColor=colors.HexColor("#333333"))
    para_no = ParagraphStyle("parano", parent=body, fontName="Helvetica-Bold", fontSize=11.5, leading=14)
    h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)

    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        """Draws the running header and the 'Sida N av M' footer once the page count is known."""

        def __init__(self, *a: Any, **k: Any) -> None:
            super().__init__(*a, **k)
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
            self.saveState()
            self.setFont("Helvetica-Bold", 10)
            self.drawString(20 * mm, H - 14 * mm, "NORRÅKERS KOMMUN")
            self.drawRightString(W - 20 * mm, H - 14 * mm, "SAMMANTRÄDESPROTOKOLL")
            self.setFont("Helvetica", 9)
            self.drawString(20 * mm, H - 19 * mm, "Byggnadsnämnden")
            self.drawRightString(W - 20 * mm, H - 19 * mm, "Sammanträdesdatum 2026-03-17")
            self.setLineWidth(0.5)
            self.line(20 * mm, H - 21.5 * mm, W - 20 * mm, H - 21.5 * mm)
            self.line(20 * mm, 18 * mm, W - 20 * mm, 18 * mm)
            self.setFont("Helvetica", 8)
            self.drawString(20 * mm, 13 * mm, "Justerandes signatur")
            self.drawString(80 * mm, 13 * mm, "Utdragsbestyrkande")
            self.drawRightString(W - 20 * mm, 13 * mm, f"Sida {self._pageNumber} av {total}")
            self.restoreState()

    story: list[Any] = []
    story.append(Paragraph("Protokoll", h1))

    info = [
        ["Organ", "Byggnadsnämnden"],
        ["Sammanträdesdatum", "Tisdagen den 17 mars 2026"],
        ["Plats", "Kommunhuset, sammanträdesrum Älven, Norråker"],
        ["Tid", "Kl. 13.00–16.10, ajournering kl. 14.30–14.45"],
    ]
    t = Table([[Paragraph(a, label), Paragraph(b, body)] for a, b in info], colWidths=[45 * mm, 125 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [t, Spacer(1, 4 * mm)]

    story.append(Paragraph("Beslutande", label))
    members = [
        ("Namn", "Parti", "Roll"),
        ("Margareta Lövgren", "S", "ordförande"),
        ("Henrik Dahl", "M", "vice ordförande"),
        ("Fatima Osman", "S", "ledamot"),
        ("Jan-Erik Nyberg", "SD", "ledamot"),
        ("Lotta Sundin", "C", "ledamot"),
        ("Per Åström", "KD", "tjänstgörande ersättare för Göran Rask (KD)"),
    ]
    mt = Table(
        [[Paragraph(c, label if i == 0 else body) for c in row] for i, row in enumerate(members)],
        colWidths=[50 * mm, 20 * mm, 100 * mm],
    )
    mt.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
            ]
        )
    )
    story += [mt, Spacer(1, 3 * mm)]

    rest = [
        ["Närvarande ersättare", "Ida Blom (V), ersättare"],
        [
            "Övriga närvarande",
            "Sofia Hellström, stadsbyggnadschef<br/>Emma Lindqvist, planarkitekt, § 20<br/>"
            "Ola Ström, bygglovshandläggare, §§ 21–22<br/>Karin Mäkinen, sekreterare",
        ],
        ["Justerare", "Henrik Dahl (M)"],
        ["Justeringens plats och tid", "Kommunhuset, tisdagen den 24 mars 2026"],
        ["Paragrafer", "§§ 18–24"],
    ]
    rt = Table([[Paragraph(a, label), Paragraph(b, body)] for a, b in rest], colWidths=[45 * mm, 125 * mm])
    rt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [rt, Spacer(1, 5 * mm)]

    sig = Table(
        [
            [Paragraph("Sekreterare", label), Paragraph("Ordförande", label), Paragraph("Justerare", label)],
            ["", "", ""],
            [Paragraph("Karin Mäkinen", body), Paragraph("Margareta Lövgren", body), Paragraph("Henrik Dahl", body)],
        ],
        colWidths=[56 * mm, 57 * mm, 57 * mm],
        rowHeights=[None, 10 * mm, None],
    )
    sig.setStyle(TableStyle([("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Paragraph("Underskrifter", label), sig, Spacer(1, 8 * mm)]

    B, P, L, A = "B", "P", "L", "A"  # title/body/label/att-sats
    items: list[tuple[str, list[tuple[str, str]]]] = [
        (
            "§ 18",
            [
                (B, "Val av justerare"),
                (
                    P,
                    "Byggnadsnämnden utser Henrik Dahl (M) att jämte ordföranden justera dagens protokoll. "
                    "Justeringen sker i kommunhuset tisdagen den 24 mars 2026.",
                ),
            ],
        ),
        (
            "§ 19",
            [
                (B, "Verksamhetsuppföljning februari 2026"),
                ("S", "Dnr BN 2026/4"),
                (
                    P,
                    "Stadsbyggnadschef Sofia Hellström redovisar utfallet för årets två första månader. "
                    "Handläggningstiden för kompletta bygglovsansökningar är i genomsnitt 4,2 veckor, och "
                    "förvaltningen prognostiserar ett överskott på 0,6 miljoner kronor för helåret till följd "
                    "av ökade intäkter från bygglovsavgifter.",
                ),
                (L, "Beslut"),
                (P, "Byggnadsnämnden noterar informationen."),
            ],
        ),
        (
            "§ 20",
            [
                (B, "Detaljplan för Kvarnbacken, del av Norråker 4:12 – beslut om granskning"),
                ("S", "Dnr BN 2025/211"),
                (
                    P,
                    "Planarkitekt Emma Lindqvist föredrar ärendet och visar planförslaget. Planen möjliggör "
                    "cirka 60 bostäder i form av radhus och mindre flerbostadshus samt en förskola med sex "
                    "avdelningar. Under samrådet inkom 23 yttranden, som har sammanställts i en "
                    "samrådsredogörelse.",
                ),
                (L, "Förslag till beslut"),
                (
                    P,
                    "Samhällsbyggnadsförvaltningen föreslår att byggnadsnämnden beslutar att godkänna "
                    "planförslaget för Kvarnbacken för granskning.",
                ),
                (L, "Beslut"),
                (P, "Byggnadsnämnden beslutar"),
                (
                    A,
                    "att godkänna planförslaget för Kvarnbacken, del av Norråker 4:12, för granskning enligt "
                    "5 kap. 18 § plan- och bygglagen (2010:900), samt",
                ),
                (
                    A,
                    "att uppdra åt samhällsbyggnadsförvaltningen att under granskningstiden hålla ett öppet "
                    "informationsmöte för boende i Kvarnbacken.",
                ),
            ],
        ),
        (
            "§ 21",
            [
                (B, "Bygglov för nybyggnad av flerbostadshus, Ekbacken 2:7"),
                ("S", "Dnr BN 2026/34"),
                (
                    P,
                    "Ansökan avser ett flerbostadshus i fyra våningar med 24 lägenheter. Åtgärden är förenlig "
                    "med gällande detaljplan. Två grannar har inkommit med synpunkter om skuggning av "
                    "intilliggande trädgårdar.",
                ),
                (
                    "S",
                    "Beslutsunderlag: Tjänsteskrivelse från bygglovshandläggare Ola Ström, 2026-03-02; "
                    "situationsplan och fasadritningar; inkomna grannyttranden.",
                ),
                (L, "Förslag till beslut"),
                (P, "Bygglov beviljas med stöd av 9 kap. 30 § plan- och bygglagen."),
                (L, "Yrkanden"),
                (
                    P,
                    "Jan-Erik Nyberg (SD) yrkar avslag på ansökan. Margareta Lövgren (S) yrkar bifall till "
                    "förvaltningens förslag.",
                ),
                (L, "Propositionsordning"),
                (
                    P,
                    "Ordföranden ställer proposition på de båda yrkandena och finner att byggnadsnämnden "
                    "bifaller förvaltningens förslag.",
                ),
                (L, "Beslut"),
                (
                    P,
                    "Byggnadsnämnden beslutar att bevilja bygglov för nybyggnad av flerbostadshus på "
                    "fastigheten Ekbacken 2:7 med stöd av 9 kap. 30 § plan- och bygglagen (2010:900). "
                    "Startbesked får inte ges förrän en kontrollplan har fastställts.",
                ),
                (L, "Reservation"),
                (P, "Jan-Erik Nyberg (SD) reserverar sig mot beslutet."),
            ],
        ),
        (
            "§ 22",
            [
                (B, "Ansökan om strandskyddsdispens för brygga, Holmudden 1:3"),
                ("S", "Dnr BN 2026/9"),
                (P, "Föredragande: Ola Ström, bygglovshandläggare"),
                (
                    P,
                    "Sökanden vill anlägga en brygga om 18 kvadratmeter inom strandskyddat område vid "
                    "Storsjön. Platsen är inte ianspråktagen och ligger inom ett område som är av betydelse "
                    "för allmänhetens friluftsliv.",
                ),
                (L, "Beslut"),
                (
                    P,
                    "Byggnadsnämnden beslutar att avslå ansökan om strandskyddsdispens, eftersom inget särskilt "
                    "skäl enligt 7 kap. 18 c § miljöbalken föreligger.",
                ),
            ],
        ),
        (
            "§ 23",
            [
                (B, "Redovisning av delegationsbeslut"),
                (
                    P,
                    "En förteckning över beslut som fattats på delegation under perioden 1–28 februari 2026 "
                    "har delats ut till ledamöterna.",
                ),
                (L, "Beslut"),
                (P, "Redovisningen av delegationsbeslut läggs till handlingarna."),
            ],
        ),
        (
            "§ 24",
            [
                (B, "Övriga frågor"),
                (
                    P,
                    "Lotta Sundin (C) frågar hur förvaltningen arbetar med att korta handläggningstiderna för "
                    "förhandsbesked på landsbygden. Stadsbyggnadschefen återkommer med en redovisning vid "
                    "nämndens sammanträde i maj.",
                ),
            ],
        ),
    ]
    for nr, parts in items:
        cell: list[Any] = []
        for kind, text in parts:
            style = {B: title, P: body, L: label, A: att, "S": small}[kind]
            cell.append(Paragraph(text, style))
        row = Table([[Paragraph(nr, para_no), cell]], colWidths=[22 * mm, 148 * mm])
        row.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.grey),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        story.append(row)

    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=28 * mm,
        bottomMargin=24 * mm,
        title="Protokoll byggnadsnämnden 2026-03-17",
        author="Norråkers kommun",
    )
    doc.build(story, canvasmaker=NumberedCanvas)


# ---------------------------------------------------------------------------------------------------------------
# b. DOCX protokoll, arbetsmarknadsnämnden
# ---------------------------------------------------------------------------------------------------------------


def _new_list(d: Any) -> str:
    """A new w:num over List Number's abstract numbering that starts again at 1."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = d.part.numbering_part.element
    style_num = d.styles["List Number"].element.pPr.numPr.numId.val
    base = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(style_num))
    abstract_id = base.find(qn("w:abstractNumId")).get(qn("w:val"))
    num_id = str(max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), num_id)
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), abstract_id)
    num.append(ref)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering.append(num)
    return num_id


def write_docx_protokoll(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    d = Document()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("KVARNBY KOMMUN\tPROTOKOLL")
    r.bold = True
    hp2 = sec.header.add_paragraph()
    hp2.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    hp2.add_run("Arbetsmarknadsnämnden\tSammanträdesdatum 2025-10-14")
    fp = sec.footer.paragraphs[0]
    fp.add_run("Justerandes signatur ____________        Utdragsbestyrkande ____________").font.size = Pt(8)

    def numbered(lines: list[str]) -> None:
        num_id = _new_list(d)
        for ln in lines:
            p = d.add_paragraph(ln, style="List Number")
            ppr = p._p.get_or_add_pPr()
            num_pr = ppr.get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = int(num_id)

    def table(rows: list[tuple[str, ...]], header: bool = True) -> None:
        t = d.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for c, text in zip(cells, row, strict=False):
                c.text = text
                if header and i == 0:
                    for run in c.paragraphs[0].runs:
                        run.bold = True

    d.add_paragraph("Protokoll", style="Title")
    d.add_paragraph("Arbetsmarknadsnämnden")
    table(
        [
            ("Sammanträdesdatum", "Tisdagen den 14 oktober 2025"),
            ("Plats och tid", "Kvarnby rådhus, sal Kvarnen, kl. 08.30–11.50"),
            ("Justering", "Rådhuset, måndagen den 20 oktober 2025"),
            ("Paragrafer", "§§ 45–50"),
        ],
        header=False,
    )

    d.add_paragraph("Närvaro", style="Heading 2")
    d.add_paragraph("Beslutande")
    table(
        [
            ("Namn", "Parti", "Funktion"),
            ("Camilla Rydén", "S", "Ordförande"),
            ("Mats Eklund", "M", "Vice ordförande"),
            ("Aisha Warsame", "S", "Ledamot"),
            ("Gunnar Brink", "KD", "Ledamot"),
            ("Therese Holm", "V", "Tjänstgörande ersättare"),
        ]
    )
    d.add_paragraph("Ersättare och övriga närvarande")
    table(
        [
            ("Namn", "Funktion"),
            ("Erik Sahlberg (L)", "Ersättare"),
            ("Jenny Marklund", "Förvaltningschef"),
            ("Daniel Öhman", "Enhetschef ekonomiskt bistånd"),
            ("Sanna Kivelä", "Arbetsmarknadskonsulent, § 49"),
            ("Lisa Franzén", "Nämndsekreterare"),
        ]
    )
    d.add_paragraph("Justerare: Gunnar Brink (KD)")

    d.add_paragraph("§ 45 Val av justerare", style="Heading 2")
    d.add_paragraph("Arbetsmarknadsnämnden beslutar")
    numbered(
        [
            "att utse Gunnar Brink (KD) att jämte ordföranden justera dagens protokoll,",
            "att justeringen sker i rådhuset måndagen den 20 oktober 2025.",
        ]
    )

    d.add_paragraph("§ 46 Godkännande av dagordning", style="Heading 2")
    d.add_paragraph("Dagordningen godkänns.")

    d.add_paragraph("§ 47 Delårsrapport januari–augusti 2025", style="Heading 2")
    d.add_paragraph("Dnr AMN 2025/61")
    d.add_paragraph("Ärendebeskrivning", style="Heading 3")
    d.add_paragraph(
        "Förvaltningen har upprättat en delårsrapport för perioden januari–augusti 2025. Prognosen "
        "för helåret visar ett underskott på 2,4 miljoner kronor, främst till följd av ökade "
        "kostnader för försörjningsstöd. Förvaltningschef Jenny Marklund redogör för rapporten och "
        "svarar på ledamöternas frågor."
    )
    d.add_paragraph("Förslag till beslut", style="Heading 3")
    d.add_paragraph(
        "Förvaltningen föreslår att arbetsmarknadsnämnden godkänner delårsrapporten och överlämnar "
        "den till kommunstyrelsen."
    )
    d.add_paragraph("Beslut", style="Heading 3")
    d.add_paragraph("Arbetsmarknadsnämnden beslutar")
    numbered(
        [
            "att godkänna delårsrapport januari–augusti 2025,",
            "att överlämna delårsrapporten till kommunstyrelsen, och",
            "att uppdra åt förvaltningschefen att till nämndens sammanträde i december redovisa åtgärder "
            "för att minska underskottet.",
        ]
    )
    d.add_paragraph("Expedieras till: Kommunstyrelsen, ekonomienheten")

    d.add_paragraph("§ 48 Riktlinjer för ekonomiskt bistånd 2026", style="Heading 2")
    d.add_paragraph("Dnr AMN 2025/74")
    d.add_paragraph("Ärendebeskrivning", style="Heading 3")
    d.add_paragraph(
        "Riktlinjerna har reviderats med anledning av ändrade riksnormer och nya bestämmelser om "
        "aktivitetskrav för personer som tar emot ekonomiskt bistånd. Enhetschef Daniel Öhman "
        "föredrar ärendet."
    )
    d.add_paragraph("Yrkanden", style="Heading 3")
    d.add_paragraph(
        "Mats Eklund (M) yrkar att riktlinjerna kompletteras med ett krav på individuell "
        "aktivitetsplan inom tre månader. Camilla Rydén (S) yrkar bifall till förvaltningens "
        "förslag."
    )
    d.add_paragraph("Propositionsordning", style="Heading 3")
    d.add_paragraph(
        "Ordföranden ställer proposition på yrkandena och finner att arbetsmarknadsnämnden beslutar "
        "enligt Camilla Rydéns yrkande."
    )
    d.add_paragraph("Beslut", style="Heading 3")
    d.add_paragraph("Arbetsmarknadsnämnden föreslår kommunfullmäktige besluta")
    numbered(
        [
            "att anta riktlinjer för ekonomiskt bistånd att gälla från och med den 1 januari 2026,",
            "att riktlinjer för ekonomiskt bistånd antagna 2022-11-24 upphör att gälla samma dag.",
        ]
    )
    d.add_paragraph("Reservation", style="Heading 3")
    d.add_paragraph("Mats Eklund (M) reserverar sig till förmån för eget yrkande.")

    d.add_paragraph("§ 49 Information om feriearbeten sommaren 2025", style="Heading 2")
    d.add_paragraph("Ärendebeskrivning", style="Heading 3")
    d.add_paragraph(
        "Arbetsmarknadskonsulent Sanna Kivelä informerar om sommarens feriearbeten. 212 ungdomar "
        "fick feriearbete, en ökning med 14 procent jämfört med 2024, varav 38 hos privata "
        "arbetsgivare."
    )
    d.add_paragraph("Arbetsmarknadsnämnden beslutar")
    numbered(["att informationen läggs till handlingarna."])

    d.add_paragraph("§ 50 Övriga frågor", style="Heading 2")
    d.add_paragraph(
        "Aisha Warsame (S) tar upp frågan om väntetiden för ett första besök hos "
        "budget- och skuldrådgivningen. Förvaltningschefen återkommer med svar vid nästa "
        "sammanträde."
    )

    d.add_paragraph("Underskrifter", style="Heading 2")
    table(
        [
            ("Sekreterare", "Ordförande", "Justerare"),
            ("\n\nLisa Franzén", "\n\nCamilla Rydén", "\n\nGunnar Brink"),
        ]
    )
    d.add_paragraph("Justerandes signatur ____________        Utdragsbestyrkande ____________")
    d.core_properties.title = "Protokoll arbetsmarknadsnämnden 2025-10-14"
    d.core_properties.author = "Kvarnby kommun"
    d.save(str(out))


# ---------------------------------------------------------------------------------------------------------------
# c. HTML kallelse, gatu- och parknämnden
# ---------------------------------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Kallelse gatu- och parknämnden 22 april 2026 – Lindhamns kommun</title>
<style>
 table.arenden { border-collapse: collapse; }
 table.arenden th, table.arenden td { border: 1px solid #999; padding: 4px 8px; vertical-align: top; }
 .bilagor { font-size: 85%; color: #555; }
</style>
</head>
<body>
<header>
<a class="logo" href="/">Lindhamns kommun</a>
<nav><ul><li><a href="/bo-och-leva">Bo och leva</a></li><li><a href="/trafik">Trafik och gator</a></li>
<li><a href="/politik">Kommun och politik</a></li></ul></nav>
</header>
<main>
<p class="brodsmulor"><a href="/politik">Kommun och politik</a> › <a href="/politik/namnder">Nämnder</a> ›
Gatu- och parknämnden</p>
<h1>Kallelse</h1>
<p>Ledamöterna i gatu- och parknämnden kallas till sammanträde. Ersättare underrättas.</p>
<table class="motesdata">
<tr><th scope="row">Tid</th><td>Onsdagen den 22 april 2026 kl. 08.30</td></tr>
<tr><th scope="row">Plats</th><td>Stadshuset, sammanträdesrum Kajen</td></tr>
<tr><th scope="row">Förhinder</th><td>Anmäls till nämndsekreteraren senast den 20 april</td></tr>
</table>

<table class="arenden">
<caption>Föredragningslista</caption>
<thead>
<tr><th>Nr</th><th>Ärende</th><th>Dnr</th><th>Föredragande</th><th>Förslag till beslut</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>Mötets öppnande och upprop</td><td></td><td></td><td></td></tr>
<tr><td>2</td><td>Val av justerare</td><td></td><td></td>
<td>Gatu- och parknämnden utser Tobias Wennberg (L) att justera protokollet.</td></tr>
<tr><td>3</td><td>Godkännande av föredragningslista</td><td></td><td></td>
<td>Föredragningslistan godkänns.</td></tr>
<tr><td>4</td><td>Investeringsprojekt: upprustning av Strandparkens lekplats<br>
<span class="bilagor">Bilagor: förstudie, kostnadskalkyl</span></td><td>GPN 2026/41</td>
<td>Lena Berg, parkchef</td>
<td>Gatu- och parknämnden beslutar<br>
att godkänna förstudien för upprustning av Strandparkens lekplats, och<br>
att ge förvaltningen i uppdrag att upphandla entreprenaden inom en ram av 4,8 miljoner kronor.</td></tr>
<tr><td>5</td><td>Parkeringstaxa 2027</td><td>GPN 2026/18</td>
<td>Mikael Granström, trafikchef<br>Sara Ekman, controller</td>
<td>Gatu- och parknämnden föreslår kommunfullmäktige att anta parkeringstaxa 2027 enligt bilaga 1.</td></tr>
<tr><td>6</td><td>Svar på medborgarförslag om fler laddplatser vid Hamntorget</td><td>GPN 2025/233</td>
<td>Jonas Ek, trafikplanerare</td>
<td>Medborgarförslaget anses besvarat med hänvisning till förvaltningens tjänsteskrivelse.</td></tr>
<tr><td>7</td><td>Ekonomisk uppföljning mars 2026</td><td>GPN 2026/3</td><td>Sara Ekman, controller</td>
<td>Informationen noteras.</td></tr>
<tr><td>8</td><td>Information om vinterväghållningen 2025/26</td><td></td><td>Anna Rosén, gatuchef</td>
<td>–</td></tr>
<tr><td>9</td><td>Delegationsbeslut och meddelanden</td><td></td><td></td>
<td>Redovisningen läggs till handlingarna.</td></tr>
<tr><td>10</td><td>Övriga frågor</td><td></td><td></td><td></td></tr>
</tbody>
</table>

<p>Handlingarna finns tillgängliga i nämndens läsplatta och på kommunens webbplats från den 15 april.</p>
<p class="underskrift">Lindhamn den 8 april 2026<br>
Kerstin Åberg (S), ordförande<br>
Maria Dahlgren, nämndsekreterare</p>
</main>
<footer>
<p>Lindhamns kommun · Stadshuset, Torget 1, 000 00 Lindhamn · 0000-00 00 00</p>
<p>Sidan uppdaterades 2026-04-08</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# d. minnesanteckningar as pdftotext -layout text, chefsgruppen för äldreomsorg
# ---------------------------------------------------------------------------------------------------------------


def _head(page: int, total: int) -> list[str]:
    left1, mid1, right1 = "BJÖRKVALLA KOMMUN", "MINNESANTECKNINGAR", f"{page} ({total})"
    left2, right2 = "Vård- och omsorgsförvaltningen", "Chefsgruppen för äldreomsorg 2025-12-04"
    return [f"{left1:<44}{mid1:<30}{right1:>6}".rstrip(), f"{left2:<44}{right2}", ""]


def _row(left: str, right: str = "", indent: int = 0, col: int = 52) -> str:
    s = " " * indent + left
    return (f"{s:<{col}}{right}" if right else s).rstrip()


def minnesanteckningar_text() -> str:
    p1 = [
        *_head(1, 2),
        "",
        _row("Mötesdatum", "Torsdag 4 december 2025, kl. 08.30–11.30", col=16),
        _row("Plats", "Björkgården, konferensrum Tallen", col=16),
        "",
        _row("Närvarande", "Anneli Strömberg, äldreomsorgschef (ordf.)", col=16)
        + "      Roger Lind, enhetschef hemtjänst Norr",
        " " * 16 + "Malin Persson, enhetschef Björkgården" + " " * 12 + "Kenneth Öst, MAS",
        " " * 16 + "Yasmin Karimi, verksamhetsutvecklare" + " " * 13 + "Therese Bergkvist, antecknare",
        "",
        _row("Frånvarande", "Ulf Nordin, enhetschef hemtjänst Syd", col=16),
        "",
        "",
        "1. Mötets öppnande och godkännande av dagordning",
        "   Anneli Strömberg hälsade välkommen. Dagordningen godkändes utan ändringar.",
        "",
        "2. Föregående minnesanteckningar",
        "   Minnesanteckningarna från föregående möte gicks igenom och lades till handlingarna.",
        "",
        _row("3. Heltid som norm – lägesrapport", "Ansvarig: Yasmin Karimi", col=60),
        "   Yasmin Karimi redogjorde för arbetet med heltid som norm. Andelen",
        "   heltidsanställda inom äldreomsorgen har ökat från 61 till 68 procent sedan",
        "   januari. Schemaläggningen i hemtjänst Norr behöver ses över för att minska",
        "   antalet delade turer.",
        "   Överenskoms att varje enhet redovisar sin schemamodell till Yasmin Karimi",
        "   senast den 15 januari 2026.",
        "",
        "4. Avvikelser i läkemedelshanteringen, kvartal 3",
        "   MAS Kenneth Öst presenterade avvikelsestatistiken för tredje kvartalet. Antalet",
        "   avvikelser som gäller uteblivna doser har minskat, men signeringslistorna",
        "   fylls fortfarande inte i konsekvent på två av enheterna.",
        "   Beslut: Samtliga enheter genomför egenkontroll av signeringslistorna under",
        "   januari 2026.",
        "   Ansvarig: respektive enhetschef",
        "",
        _row("5. Budget 2026 för äldreomsorgen", "Ansvarig: Anneli Strömberg", col=60),
        "   Anneli Strömberg informerade om vård- och omsorgsnämndens beslut om budget",
    ]
    p2 = [
        *_head(2, 2),
        "   2026. Ramen ökar med 2,1 procent, vilket inte täcker de beräknade löne- och",
        "   prisökningarna. Gruppen diskuterade möjliga prioriteringar mellan enheterna.",
        "   Frågan tas upp igen på nästa möte.",
        "",
        _row("6. Bemanning under jul och nyår", "Ansvarig: Roger Lind", col=60),
        "   Roger Lind och Malin Persson redovisade bemanningsläget för helgerna. Det",
        "   saknas i dag 46 pass inom hemtjänsten och 19 pass på Björkgården.",
        "   Överenskoms att en gemensam bemanningspool för jul och nyår inrättas och att",
        "   enheterna anmäler lediga pass till bemanningsenheten senast den 12 december.",
        "",
        "7. Övriga frågor",
        "   Inga övriga frågor.",
        "",
        "8. Nästa möte",
        "   Torsdag 22 januari 2026 kl. 08.30–11.30 på Björkgården.",
        "",
        "",
        _row("Vid anteckningarna", "Justeras", col=44),
        "",
        _row("Therese Bergkvist", "Anneli Strömberg", col=44),
        "",
    ]
    return "\n".join(p1) + "\n\f" + "\n".join(p2) + "\n\f"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_pdf_protokoll(OUT / "2026-03-17-protokoll-byggnadsnamnden.pdf")
    write_docx_protokoll(OUT / "2025-10-14-protokoll-arbetsmarknadsnamnden.docx")
    (OUT / "2026-04-22-kallelse-gatu-och-parknamnden.html").write_text(HTML, encoding="utf-8")
    (OUT / "2025-12-04-minnesanteckningar-chefsgruppen-for-aldreomsorg.txt").write_text(
        minnesanteckningar_text(), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
