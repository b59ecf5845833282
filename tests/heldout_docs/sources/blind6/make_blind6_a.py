"""Blind set 6, helper a: writes four meeting documents into ../../general/ (gold: ../../general/gold-a.jsonl).

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind6/make_blind6_a.py`.

 a. 2026-03-10-protokoll-kommunstyrelsen.pdf
        reportlab platypus; running header (authority, PROTOKOLL, organ and date) and footer "Sida N av M" with
        "Justerandes signatur"; a header block with "Närvarande" as a two-column table Ledamöter | Ersättare;
        every § opened by one bold line "§ 45    KS 2026/2    Title" (three cells of a borderless table, wide
        gaps between them); background, a bold "Beslut" and the decision as bullets "• att …"; one § with
        "Kommunstyrelsens förslag till kommunfullmäktige", one with Yrkanden / Propositionsordning / Reservation,
        one with "Beslutet skickas till"; three pages, § 46's bullets run on after a page break
 b. 2025-10-23-kallelse-vatten-och-avfallsnamnden.docx
        python-docx; "Tid och plats:" on one line; the agenda as a Word table Ärende | Handlingar, the Ärende
        cell holding "1. Title" (typed number), then "Föredragande: name, title" and "Förslag till beslut: …"
        paragraphs (some items without a proposal, some without a presenter)
 c. 2026-04-14-protokoll-landsbygdsnamnden.html
        a municipality web page; a <header> with the organ and "Sammanträde 2026-04-14"; each § an <article>
        with <h3>§ 18. Title</h3>, <p class="dnr">, a description, <h4>Beslut</h4> and an <ol> of decision
        points; one § with <h4>Förslag till beslut</h4> before its Beslut; an information § whose decision is
        "Informationen noteras till protokollet"
 d. 2025-10-08-minnesanteckningar-ledningsgruppen-for-samhallsbyggnad.txt
        plain-text e-mail (Från / Skickat / Till / Ämne), wrapped at 72 columns; "Närvarande:" as one long
        wrapped line; items "Punkt 1 – Title"; "(Föredrogs av Name)" lines; "→ Beslut: …" and "Åtgärd: …"
        lines; "Nästa möte: 2025-11-05 …" at the end

Rönnåsens kommun, Alnäs kommun, Ljungsala kommun, Furuviks kommun, their people and numbers are invented.
"""

from __future__ import annotations

import textwrap
from itertools import zip_longest
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "general"


# ---------------------------------------------------------------------------------------------------------------
# a. PDF protokoll, kommunstyrelsen (Rönnåsens kommun)
# ---------------------------------------------------------------------------------------------------------------

KS_LEDAMOTER = [
    "Anders Holmgren (M), ordförande",
    "Sara Blomqvist (S), 1:e vice ordförande",
    "Karin Ljung (C), 2:e vice ordförande",
    "Göran Åberg (S)",
    "Petra Lind (SD)",
    "Ulf Sandin (V)",
    "Maria Öhman (KD)",
    "Jonas Fredriksson (L)",
    "Camilla Berg (S), tjänstgörande ersättare för Nils Åkerlund (S)",
]
KS_ERSATTARE = [
    "Viktor Nyström (M)",
    "Elin Forsgren (C)",
    "Rasmus Ek (SD)",
    "Lina Hedberg (V)",
]

# (number, case number, title, blocks); block kinds: "p" paragraph, "l" bold label, "b" bullet, "f" formula line
KS_PARAGRAPHS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    (
        "§ 45",
        "KS 2026/2",
        "Val av justerare",
        [
            ("p", "Kommunstyrelsen ska utse en ledamot att jämte ordföranden justera dagens protokoll."),
            ("l", "Beslut"),
            ("b", "att utse Karin Ljung (C) att jämte ordföranden justera protokollet, samt"),
            ("b", "att justeringen sker i kommunhuset tisdagen den 17 mars 2026 kl. 15.00."),
        ],
    ),
    (
        "§ 46",
        "KS 2026/58",
        "Årsredovisning 2025 för Rönnåsens kommun",
        [
            (
                "p",
                "Ekonomichef Hanna Borg föredrar ärendet. Kommunens resultat för 2025 uppgår till 38,4 miljoner "
                "kronor, vilket är 12,1 miljoner kronor bättre än budget. Nettoinvesteringarna blev 142 miljoner "
                "kronor, och soliditeten inklusive pensionsåtaganden ökade till 27 procent. Fyra av kommunens sex "
                "finansiella mål har uppnåtts.",
            ),
            (
                "p",
                "Revisorerna har tagit del av årsredovisningen. Den sammanställda redovisningen omfattar "
                "Rönnåsens Bostäder AB och Rönnåsens Energi AB.",
            ),
            ("l", "Beslut"),
            ("f", "Kommunstyrelsens förslag till kommunfullmäktige"),
            ("b", "att godkänna årsredovisningen 2025 för Rönnåsens kommun,"),
            ("b", "att reservera 8,0 miljoner kronor av årets resultat till resultatutjämningsreserven, samt"),
            ("b", "att överföra investeringsmedel om 21,5 miljoner kronor till 2026 enligt bilaga 2."),
        ],
    ),
    (
        "§ 47",
        "KS 2026/112",
        "Riktlinjer för medborgardialog",
        [
            (
                "p",
                "Kanslichef Tobias Ring redogör för förslaget till riktlinjer. Riktlinjerna anger när och hur "
                "kommunens invånare ska involveras i beredningen av större ärenden, och innehåller en mall för "
                "återkoppling till dem som deltagit. Förslaget har tagits fram efter workshops med samtliga "
                "förvaltningar under hösten 2025.",
            ),
            ("l", "Yrkanden"),
            (
                "p",
                "Ulf Sandin (V) yrkar bifall till förslaget. Petra Lind (SD) yrkar att riktlinjerna avslås.",
            ),
            ("l", "Propositionsordning"),
            (
                "p",
                "Ordföranden ställer proposition på bifall och avslag och finner att kommunstyrelsen bifaller "
                "förslaget.",
            ),
            ("l", "Beslut"),
            ("b", "att anta riktlinjer för medborgardialog att gälla från och med den 1 maj 2026,"),
            (
                "b",
                "att uppdra åt kommundirektören att redovisa en uppföljning av riktlinjernas tillämpning i "
                "samband med årsredovisningen 2026.",
            ),
            ("l", "Reservation"),
            ("p", "Petra Lind (SD) och Rasmus Ek (SD) reserverar sig mot beslutet."),
        ],
    ),
    (
        "§ 48",
        "KS 2026/97",
        "Bidrag till Västerby bygdegårdsförening",
        [
            (
                "p",
                "Västerby bygdegårdsförening har ansökt om bidrag för att bygga en ramp och en tillgänglig toalett "
                "i bygdegården. Den totala kostnaden beräknas till 610 000 kronor, varav Boverkets bidrag täcker "
                "ungefär hälften. Föreningen har inga andra medel för ändamålet.",
            ),
            ("l", "Beslut"),
            ("b", "att bevilja Västerby bygdegårdsförening ett bidrag om 250 000 kronor, samt"),
            ("b", "att bidraget finansieras ur kommunstyrelsens anslag för oförutsedda behov 2026."),
            ("l", "Beslutet skickas till"),
            ("p", "Västerby bygdegårdsförening"),
            ("p", "Ekonomienheten"),
            ("p", "Kultur- och fritidsförvaltningen"),
        ],
    ),
    (
        "§ 49",
        "KS 2026/15",
        "Information om arbetet med ny översiktsplan",
        [
            (
                "p",
                "Planchef Malin Sjöö informerar om tidplanen för den nya översiktsplanen. Ett samrådsförslag "
                "väntas vara klart i september 2026, och dialogmöten planeras i samtliga kommundelar under "
                "hösten. Kommunstyrelsens planeringsutskott fungerar som politisk styrgrupp.",
            ),
            ("l", "Beslut"),
            ("b", "att notera informationen till protokollet."),
        ],
    ),
    (
        "§ 50",
        "KS 2026/20",
        "Anmälan av delegationsbeslut",
        [
            (
                "p",
                "Förteckningar över beslut som fattats med stöd av kommunstyrelsens delegationsordning under "
                "perioden 1 januari–28 februari 2026 har delgetts ledamöterna.",
            ),
            ("l", "Beslut"),
            ("b", "att lägga redovisningen av delegationsbesluten till handlingarna."),
        ],
    ),
    (
        "§ 51",
        "KS 2026/104",
        "Yttrande över regional transportplan 2026–2037",
        [
            (
                "p",
                "Regionen har remitterat ett förslag till regional transportplan. Trafikstrateg Ali Nouri "
                "redogör för förvaltningens förslag till yttrande, där kommunen framför att mötesseparering av "
                "väg 612 mellan Rönnåsen och Västerby bör tidigareläggas och att pendelparkeringen vid "
                "Rönnåsens station bör byggas ut.",
            ),
            ("l", "Beslut"),
            ("b", "att avge yttrande över regional transportplan 2026–2037 enligt bilaga 3, samt"),
            ("b", "att förklara paragrafen omedelbart justerad."),
        ],
    ),
]


def write_pdf_protokoll(out: Path) -> None:
    import reportlab  # type: ignore[import-untyped]
    from reportlab.lib import colors  # type: ignore[import-untyped]
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # type: ignore[import-untyped]
    from reportlab.lib.units import mm  # type: ignore[import-untyped]
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
    from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
    from reportlab.pdfgen import canvas as rl_canvas  # type: ignore[import-untyped]
    from reportlab.platypus import (  # type: ignore[import-untyped]
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    # TrueType fonts shipped with reportlab, so that "•", "–" and "åäö" come out of the PDF as Unicode
    fonts = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont("Vera", str(fonts / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont("VeraBd", str(fonts / "VeraBd.ttf")))

    W, H = A4
    left, right = 24 * mm, 22 * mm

    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        """Draws the running header and "Sida N av M" once the page count is known."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, object]] = []

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
            self.setFont("VeraBd", 9)
            self.drawString(left, H - 14 * mm, "Rönnåsens kommun")
            self.drawCentredString(W / 2, H - 14 * mm, "PROTOKOLL")
            self.setFont("Vera", 9)
            self.drawRightString(W - right, H - 14 * mm, "Kommunstyrelsen")
            self.drawRightString(W - right, H - 18 * mm, "Sammanträdesdatum 2026-03-10")
            self.setLineWidth(0.5)
            self.line(left, H - 20.5 * mm, W - right, H - 20.5 * mm)
            self.line(left, 19 * mm, W - right, 19 * mm)
            self.setFont("Vera", 8)
            self.drawString(left, 14 * mm, "Justerandes signatur")
            self.drawCentredString(W / 2, 14 * mm, "Utdragsbestyrkande")
            self.drawRightString(W - right, 14 * mm, f"Sida {self._pageNumber} av {total}")

    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["Normal"], fontName="Vera", fontSize=10, leading=13.5, spaceAfter=4)
    bold = ParagraphStyle("bold", parent=body, fontName="VeraBd", spaceBefore=4, spaceAfter=2)
    bullet = ParagraphStyle(
        "bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=2, bulletFontName="Vera", bulletFontSize=10
    )
    small = ParagraphStyle("small", parent=body, fontSize=9.5, leading=12.5, spaceAfter=0)
    smallb = ParagraphStyle("smallb", parent=small, fontName="VeraBd")
    title = ParagraphStyle("title", parent=body, fontName="VeraBd", fontSize=18, leading=22, spaceAfter=2)
    organ = ParagraphStyle("organ", parent=body, fontName="VeraBd", fontSize=13, leading=16, spaceAfter=10)
    head = ParagraphStyle("head", parent=body, fontName="VeraBd", fontSize=11, leading=14, spaceAfter=0)

    story: list[object] = [
        Paragraph("Protokoll", title),
        Paragraph("Kommunstyrelsen", organ),
    ]

    def label_table(rows: list[tuple[str, str]]) -> Table:
        t = Table(
            [[Paragraph(k, smallb), Paragraph(v, small)] for k, v in rows],
            colWidths=[42 * mm, W - left - right - 42 * mm],
        )
        t.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return t

    story.append(
        label_table(
            [
                ("Plats och tid", "Kommunhuset, sessionssalen, tisdagen den 10 mars 2026 kl. 09.00–12.10"),
            ]
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph("Närvarande", bold))
    rows = [[Paragraph("Ledamöter", smallb), Paragraph("Ersättare", smallb)]]
    for led, ers in zip_longest(KS_LEDAMOTER, KS_ERSATTARE, fillvalue=""):
        rows.append([Paragraph(led, small), Paragraph(ers, small)])
    attendance = Table(rows, colWidths=[95 * mm, W - left - right - 95 * mm])
    attendance.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    story.append(attendance)
    story.append(Spacer(1, 4 * mm))
    story.append(
        label_table(
            [
                (
                    "Övriga närvarande",
                    "Åsa Lindkvist, kommundirektör; Hanna Borg, ekonomichef, § 46; Tobias Ring, kanslichef; "
                    "Malin Sjöö, planchef, § 49; Ali Nouri, trafikstrateg, § 51; Lisa Wennberg, kommunsekreterare",
                ),
                ("Justerare", "Karin Ljung (C)"),
                ("Justeringens plats och tid", "Kommunhuset, tisdagen den 17 mars 2026"),
                ("Paragrafer", "§§ 45–51"),
            ]
        )
    )
    story.append(Spacer(1, 6 * mm))

    text_w = W - left - right
    for nr, dnr, rubrik, blocks in KS_PARAGRAPHS:
        line = Table(
            [[Paragraph(nr, head), Paragraph(dnr, head), Paragraph(rubrik, head)]],
            colWidths=[20 * mm, 34 * mm, text_w - 54 * mm],
        )
        line.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.grey),
                ]
            )
        )
        flow: list[object] = [line]
        for kind, text in blocks:
            if kind == "l":
                flow.append(Paragraph(text, bold))
            elif kind == "b":
                flow.append(Paragraph(text, bullet, bulletText="•"))
            else:
                flow.append(Paragraph(text, body))
        story.append(KeepTogether(flow[:3]))
        story.extend(flow[3:])
        story.append(Spacer(1, 5 * mm))

    story.append(Spacer(1, 8 * mm))
    sig = Table(
        [
            [Paragraph("Sekreterare", smallb), Paragraph("Ordförande", smallb), Paragraph("Justerare", smallb)],
            [Spacer(1, 10 * mm), "", ""],
            [Paragraph("Lisa Wennberg", small), Paragraph("Anders Holmgren", small), Paragraph("Karin Ljung", small)],
        ],
        colWidths=[text_w / 3] * 3,
    )
    sig.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(KeepTogether([Paragraph("Underskrifter", bold), sig]))
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph("Bevis om anslag", bold))
    story.append(
        Paragraph(
            "Protokollet är justerat. Justeringen har tillkännagetts på kommunens anslagstavla 2026-03-18. "
            "Anslaget tas ned 2026-04-09. Protokollet förvaras på kommunledningskontoret.",
            body,
        )
    )

    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=left,
        rightMargin=right,
        topMargin=28 * mm,
        bottomMargin=25 * mm,
        title="Protokoll kommunstyrelsen 2026-03-10",
        author="Rönnåsens kommun",
    )
    doc.build(story, canvasmaker=NumberedCanvas)


# ---------------------------------------------------------------------------------------------------------------
# b. DOCX kallelse, vatten- och avfallsnämnden (Alnäs kommun)
# ---------------------------------------------------------------------------------------------------------------

# (number, title, presenter line or "", proposal or "", documents)
VAN_ITEMS: list[tuple[str, str, str, str, list[str]]] = [
    (
        "1.",
        "Val av justerare",
        "",
        "Ingrid Holm (M) utses att jämte ordföranden justera protokollet.",
        ["–"],
    ),
    (
        "2.",
        "Godkännande av dagordning",
        "",
        "Dagordningen godkänns.",
        ["–"],
    ),
    (
        "3.",
        "Delårsrapport augusti 2025",
        "Sanna Lindahl, ekonomichef",
        "Vatten- och avfallsnämnden godkänner delårsrapporten per den 31 augusti 2025 och överlämnar den till "
        "kommunstyrelsen.",
        ["Tjänsteskrivelse, dnr VAN 2025/71", "Delårsrapport augusti 2025"],
    ),
    (
        "4.",
        "VA-taxa 2026",
        "Per Håkansson, VA-chef",
        "Vatten- och avfallsnämnden föreslår kommunfullmäktige att anta VA-taxa 2026, med en höjning av "
        "brukningsavgiften med 6 procent från och med den 1 januari 2026.",
        ["Tjänsteskrivelse, dnr VAN 2025/64", "Förslag till VA-taxa 2026", "Jämförelse med grannkommunerna"],
    ),
    (
        "5.",
        "Föreskrifter om avfallshantering för Alnäs kommun",
        "Linda Strömgren, avfallsstrateg",
        "Vatten- och avfallsnämnden godkänner förslaget till föreskrifter om avfallshantering och sänder det på "
        "samråd under perioden 3 november–15 december 2025.",
        ["Tjänsteskrivelse, dnr VAN 2025/40", "Förslag till föreskrifter, bilaga 1"],
    ),
    (
        "6.",
        "Information om läget vid Norrängens reningsverk",
        "Per Håkansson, VA-chef",
        "",
        ["Presentation lämnas vid sammanträdet"],
    ),
    (
        "7.",
        "Information om införandet av matavfallsinsamling i flerbostadshus",
        "Jonas Alm, projektledare",
        "",
        ["–"],
    ),
    (
        "8.",
        "Delegationsbeslut och meddelanden",
        "",
        "Redovisningen av delegationsbeslut och meddelanden läggs till handlingarna.",
        ["Delegationslista september 2025", "Meddelandelista september 2025"],
    ),
    ("9.", "Övriga frågor", "", "", ["–"]),
]


def write_docx_kallelse(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    hr = hp.add_run("ALNÄS KOMMUN\tKALLELSE")
    hr.bold = True
    hr.font.size = Pt(9)
    hp2 = sec.header.add_paragraph()
    hp2.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    hp2.add_run("Samhällsbyggnadsförvaltningen\t2025-10-09").font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Alnäs kommun · Torggatan 4 · 000 00 Alnäs · växel 0000-00 00 00 · www.alnas.se").font.size = Pt(8)

    p = d.add_paragraph()
    r = p.add_run("Kallelse")
    r.bold = True
    r.font.size = Pt(18)
    p = d.add_paragraph()
    r = p.add_run("Vatten- och avfallsnämnden")
    r.bold = True
    r.font.size = Pt(13)
    p = d.add_paragraph()
    p.add_run("Tid och plats: ").bold = True
    p.add_run("Torsdagen den 23 oktober 2025 kl. 13.30, kommunhuset i Alnäs, sammanträdesrum Forsen")
    d.add_paragraph(
        "Ledamöter och ersättare kallas härmed till sammanträde. Ersättare tjänstgör endast efter särskild "
        "kallelse. Förhinder anmäls till nämndsekreteraren senast dagen före sammanträdet."
    )
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    r = p.add_run("Föredragningslista")
    r.bold = True
    r.font.size = Pt(12)

    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    for cell, text in zip(hdr, ("Ärende", "Handlingar"), strict=False):
        cell.paragraphs[0].add_run(text).bold = True
    for nr, title, presenter, proposal, docs in VAN_ITEMS:
        c1, c2 = table.add_row().cells
        c1.width = Cm(11.5)
        c2.width = Cm(5.0)
        p1 = c1.paragraphs[0]
        p1.add_run(f"{nr} ")
        p1.add_run(title).bold = True
        if presenter:
            c1.add_paragraph(f"Föredragande: {presenter}")
        if proposal:
            c1.add_paragraph(f"Förslag till beslut: {proposal}")
        c2.paragraphs[0].add_run(docs[0]).font.size = Pt(9.5)
        for extra in docs[1:]:
            c2.add_paragraph().add_run(extra).font.size = Pt(9.5)

    d.add_paragraph()
    d.add_paragraph("Handlingarna finns i mötesappen från och med fredagen den 17 oktober.")
    d.add_paragraph("Alnäs den 9 oktober 2025")
    d.add_paragraph()
    sig = d.add_table(rows=2, cols=2)
    for cell, text in zip(sig.rows[0].cells, ("Bengt Lövgren (S)", "Mona Sjöberg"), strict=False):
        cell.text = text
    for cell, text in zip(sig.rows[1].cells, ("Ordförande", "Nämndsekreterare"), strict=False):
        cell.text = text
    d.core_properties.title = "Kallelse vatten- och avfallsnämnden 2025-10-23"
    d.core_properties.author = "Alnäs kommun"
    d.save(str(out))


# ---------------------------------------------------------------------------------------------------------------
# c. HTML protokoll, landsbygdsnämnden (Ljungsala kommun)
# ---------------------------------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Protokoll landsbygdsnämnden 14 april 2026 - Ljungsala kommun</title>
<link rel="stylesheet" href="/static/css/site.css">
</head>
<body>
<div class="sitehead">
  <a class="logo" href="/">Ljungsala kommun</a>
  <nav class="mainnav">
    <ul>
      <li><a href="/omsorg">Omsorg och stöd</a></li>
      <li><a href="/utbildning">Förskola och skola</a></li>
      <li><a href="/bygga">Bygga, bo och miljö</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form class="sok" action="/sok"><label for="q">Sök</label> <input id="q" name="q" type="search"></form>
</div>
<nav class="brodsmulor" aria-label="Du är här">
  <a href="/">Start</a> &rsaquo; <a href="/kommun-och-politik">Kommun och politik</a> &rsaquo;
  <a href="/kommun-och-politik/protokoll">Protokoll och handlingar</a> &rsaquo; Landsbygdsnämnden
</nav>
<main id="innehall">
<header class="protokollhuvud">
  <p class="etikett">Protokoll</p>
  <h1>Landsbygdsnämnden</h1>
  <p class="motesdatum">Sammanträde 2026-04-14</p>
  <p>Tid och plats: kl. 18.00–20.40, Folkets hus i Ljungsala, stora salen</p>
</header>

<section class="narvaro">
  <h2>Närvarande</h2>
  <p><strong>Beslutande:</strong> Tord Viklund (C), ordförande, Emma Falk (S), vice ordförande,
  Henrik Olsson (M), Annelie Bergström (SD), Jan Persson (S), Fatima Noor (V),
  Kjell Rosén (KD)</p>
  <p><strong>Ersättare:</strong> Lars Åhman (C), Ylva Sten (S)</p>
  <p><strong>Tjänstepersoner:</strong> Åke Lindström, förvaltningschef, Oskar Vinberg, landsbygdsutvecklare,
  Therese Nord, bidragshandläggare, Sofia Krantz, bredbandssamordnare, Maja Hallin, nämndsekreterare</p>
  <p><strong>Justerare:</strong> Emma Falk (S)</p>
  <p><strong>Justering:</strong> Kommunhuset 2026-04-20</p>
</section>

<section class="paragrafer">
<h2>Paragrafer</h2>

<article id="p18">
  <h3>§ 18. Val av justerare</h3>
  <p>Nämnden ska utse en ledamot att jämte ordföranden justera protokollet.</p>
  <h4>Beslut</h4>
  <ol>
    <li>Emma Falk (S) utses att jämte ordföranden justera protokollet.</li>
    <li>Justeringen sker måndagen den 20 april 2026 i kommunhuset.</li>
  </ol>
</article>

<article id="p19">
  <h3>§ 19. Landsbygdsprogram 2026–2030</h3>
  <p class="dnr">Dnr LBN 2025/64</p>
  <p>Landsbygdsutvecklare Oskar Vinberg presenterar förslaget till landsbygdsprogram. Programmet bygger på
  dialogmöten i elva byar under 2025 och har fyra inriktningar: service på landsbygden, företagande,
  boende och kommunikationer. Programmet ska följas upp årligen i nämndens verksamhetsberättelse.</p>
  <h4>Förslag till beslut</h4>
  <p>Förvaltningen föreslår att landsbygdsnämnden föreslår kommunfullmäktige att anta landsbygdsprogram
  2026–2030.</p>
  <h4>Beslut</h4>
  <ol>
    <li>Landsbygdsnämnden föreslår kommunfullmäktige att anta landsbygdsprogram 2026–2030.</li>
    <li>Förvaltningen får i uppdrag att ta fram en handlingsplan för 2027 till nämndens sammanträde i
    oktober 2026.</li>
  </ol>
</article>

<article id="p20">
  <h3>§ 20. Bidrag till byalag och samlingslokaler 2026</h3>
  <p class="dnr">Dnr LBN 2026/12</p>
  <p>Bidragshandläggare Therese Nord redogör för de 23 ansökningar som har kommit in. Sökta belopp uppgår
  till sammanlagt 1,9 miljoner kronor, medan nämndens budget för ändamålet är 1,2 miljoner kronor.
  Ansökningar som gäller tillgänglighet och energieffektivisering har prioriterats.</p>
  <h4>Beslut</h4>
  <ol>
    <li>Bidrag till byalag och samlingslokaler fördelas enligt bilaga 1, totalt 1 200 000 kronor.</li>
    <li>Utbetalning sker när föreningen har lämnat in en godkänd redovisning för föregående år.</li>
  </ol>
</article>

<article id="p21">
  <h3>§ 21. Information om bredbandsutbyggnaden</h3>
  <p class="dnr">Dnr LBN 2026/30</p>
  <p>Bredbandssamordnare Sofia Krantz informerar om läget i utbyggnaden. 91 procent av hushållen utanför
  tätorterna har nu tillgång till fiber. Utbyggnaden i Norrlida och Åsbo försenas till 2027 på grund av
  markavtal som ännu inte är klara.</p>
  <h4>Beslut</h4>
  <ol>
    <li>Informationen noteras till protokollet.</li>
  </ol>
</article>

<article id="p22">
  <h3>§ 22. Yttrande över förslag till regionalt trafikförsörjningsprogram</h3>
  <p class="dnr">Dnr LBN 2026/22</p>
  <p>Regionen har gett kommunen tillfälle att yttra sig över ett förslag till trafikförsörjningsprogram.
  Nämnden har ombetts att lämna synpunkter på trafiken i kommunens landsbygd. I förvaltningens utkast
  till yttrande betonas behovet av anropsstyrd trafik i de norra kommundelarna.</p>
  <h4>Beslut</h4>
  <ol>
    <li>Landsbygdsnämnden lämnar yttrande till kommunstyrelsen enligt förvaltningens utkast.</li>
    <li>Paragrafen förklaras omedelbart justerad.</li>
  </ol>
</article>

<article id="p23">
  <h3>§ 23. Redovisning av delegationsbeslut</h3>
  <p class="dnr">Dnr LBN 2026/3</p>
  <p>Förteckning över beslut fattade med stöd av delegation under perioden 1 februari–31 mars 2026.</p>
  <h4>Beslut</h4>
  <ol>
    <li>Redovisningen av delegationsbeslut läggs till handlingarna.</li>
  </ol>
</article>

<article id="p24">
  <h3>§ 24. Övriga frågor</h3>
  <p>Inga övriga frågor anmäldes.</p>
</article>
</section>

<p class="anslag">Protokollet justerades 2026-04-20 och anslogs på kommunens digitala anslagstavla
2026-04-21.</p>
</main>
<footer class="sidfot">
  <p>Ljungsala kommun, 000 00 Ljungsala · Telefon 0000-000 00 · kommun@ljungsala.se</p>
  <p>Sidan uppdaterades 2026-04-21</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# d. minnesanteckningar as a plain-text e-mail, ledningsgruppen för samhällsbyggnad (Furuviks kommun)
# ---------------------------------------------------------------------------------------------------------------


def _wrap(text: str) -> str:
    return textwrap.fill(text, width=72, break_long_words=False, break_on_hyphens=False)


def mail_text() -> str:
    parts = [
        "Från: Lotta Persson <lotta.persson@furuvik.se>",
        "Skickat: den 9 oktober 2025 10:14",
        "Till: LG Samhällsbyggnad <lg.samhallsbyggnad@furuvik.se>",
        "Kopia: Ingela Strand <ingela.strand@furuvik.se>",
        "Ämne: Minnesanteckningar ledningsgruppen för samhällsbyggnad 2025-10-08",
        "",
        "Hej alla!",
        "",
        _wrap(
            "Här kommer minnesanteckningarna från gårdagens möte. Hör av er till mig senast på fredag om "
            "något behöver rättas, annars läggs de i ledningsgruppens mapp på Teams."
        ),
        "",
        "Mötesdatum: onsdag 8 oktober 2025, kl. 08.30–11.00, stadshuset, rum Tallen",
        _wrap(
            "Närvarande: Magnus Wik (samhällsbyggnadschef, ordförande), Reza Karimi (planchef), Britt Olander "
            "(bygglovschef), Tomas Ek (gatuchef), Nora Lindblad (miljöchef), Jakob Sund (controller), Elsa "
            "Moberg (HR-partner), Lotta Persson (nämndsekreterare, antecknare)"
        ),
        "Förhinder: Ingela Strand (kommunikatör)",
        "",
        "",
        "Punkt 1 – Föregående minnesanteckningar",
        _wrap("Anteckningarna från mötet den 10 september gicks igenom. Inga synpunkter."),
        "→ Beslut: Minnesanteckningarna godkändes.",
        "",
        "Punkt 2 – Ekonomisk uppföljning per augusti",
        "(Föredrogs av Jakob Sund)",
        _wrap(
            "Prognosen för helåret visar ett underskott på 2,1 mnkr för förvaltningen. Underskottet finns "
            "främst inom gatuverksamheten, där kostnaderna för beläggningsunderhåll har ökat. Bygglov och "
            "miljö går med överskott tack vare högre intäkter från avgifter än budgeterat."
        ),
        _wrap(
            "→ Beslut: Ledningsgruppen beslutade att varje enhetschef redovisar förslag på åtgärder för en "
            "budget i balans vid nästa möte."
        ),
        _wrap("Åtgärd: Tomas Ek och Jakob Sund tar fram en åtgärdsplan för gatuverksamheten."),
        "",
        "Punkt 3 – Handläggningstider för bygglov",
        "(Föredrogs av Britt Olander)",
        _wrap(
            "Medianhandläggningstiden för bygglov har ökat från fem till sju veckor sedan i våras, till stor "
            "del på grund av två vakanta tjänster. En rekrytering pågår och en konsult tas in under hösten."
        ),
        _wrap("Åtgärd: Britt Olander återkommer med en bemanningsplan för bygglovsenheten till decembermötet."),
        "",
        "Punkt 4 – Ny process för detaljplanering",
        "(Föredrogs av Reza Karimi och Nora Lindblad)",
        _wrap(
            "Planenheten och miljöenheten har tillsammans tagit fram en processbeskrivning där miljöfrågorna "
            "kommer in redan i startskedet. Ledningsgruppen diskuterade hur processen ska kommuniceras till "
            "exploatörerna."
        ),
        "→ Beslut: Ledningsgruppen ställde sig bakom den nya processbeskrivningen.",
        _wrap(
            "→ Beslut: Processen börjar tillämpas på planuppdrag som ges efter den 1 januari 2026 och "
            "utvärderas efter ett år."
        ),
        "",
        "Punkt 5 – Arbetsmiljö och sjukfrånvaro",
        "(Föredrogs av Elsa Moberg)",
        _wrap(
            "Sjukfrånvaron i förvaltningen var 5,8 procent under perioden januari–augusti, vilket är lägre än "
            "samma period förra året. Medarbetarenkäten genomförs i november."
        ),
        _wrap("Åtgärd: Samtliga chefer påminner sina medarbetare om enkäten."),
        "",
        "Punkt 6 – Övriga frågor",
        "Inga övriga frågor.",
        "",
        "",
        "Nästa möte: 2025-11-05 kl. 08.30–11.00, stadshuset, rum Tallen",
        "",
        "Vänliga hälsningar",
        "Lotta Persson",
        "Nämndsekreterare",
        "Samhällsbyggnadsförvaltningen, Furuviks kommun",
        "Tfn 0000-000 00",
        "",
        "--",
        _wrap(
            "Furuviks kommun behandlar personuppgifter enligt dataskyddsförordningen. Läs mer på "
            "www.furuvik.se/personuppgifter."
        ),
    ]
    return "\n".join(parts) + "\n"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_pdf_protokoll(OUT / "2026-03-10-protokoll-kommunstyrelsen.pdf")
    write_docx_kallelse(OUT / "2025-10-23-kallelse-vatten-och-avfallsnamnden.docx")
    (OUT / "2026-04-14-protokoll-landsbygdsnamnden.html").write_text(HTML, encoding="utf-8")
    (OUT / "2025-10-08-minnesanteckningar-ledningsgruppen-for-samhallsbyggnad.txt").write_text(
        mail_text(), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
