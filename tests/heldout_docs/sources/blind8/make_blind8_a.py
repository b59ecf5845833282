# ruff: noqa: E501  (lines of the documents' own text)
"""Blind set 8, helper a: writes four meeting documents into ../../blind8/ (moved to ../../general/ after scoring) (gold: ../../blind8/gold-blind8a.jsonl).

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind8/make_blind8_a.py`.

 a. 2026-09-15-protokoll-kommunstyrelsen.pdf
        reportlab platypus; running header drawn as a grid (FJÄRDINGE KOMMUN | SAMMANTRÄDESPROTOKOLL | Sida N av M
        over Kommunstyrelsen | Sammanträdesdatum 2026-09-15); page 1: a boxed header block (Plats och tid,
        Beslutande with party and role, Ersättare, Övriga deltagande with "§ 114–115" references, Utses att
        justera, Justeringens plats och tid, Paragrafer, Underskrifter) and an ANSLAG/BEVIS box; then an
        "Ärendeförteckning" table § | Ärende | Sida that names every title a second time; every § a borderless
        two-column table with side headings in the left column: "§ 114" beside the bold title and a Dnr line,
        then "Ärendebeskrivning", "Beslutsunderlag" (• list), "Arbetsutskottets förslag till beslut" (the label
        wrapped over two lines in its narrow column), "Yrkanden", "Propositionsordning", "Beslut" ("Kommunstyrelsen beslutar i
        enlighet med förslaget.", "Ärendet bordläggs.", att-satser, one sentence), "Reservation", "Expedieras
        till"; a long title wrapped over two lines in its cell (§ 115, § 116)
 b. 2026-10-06-foredragningslista-halso-och-vardnamnden.docx
        python-docx; page header "Region Ålbacka<TAB>FÖREDRAGNINGSLISTA" / "Hälso- och vårdnämnden<TAB>Utskriven
        2026-09-25"; meeting data as bold run-in paragraphs ("Sammanträde: tisdagen den 6 oktober 2026 …"); the
        agenda as one Word table (Table Grid) Tid | Nr | Ärende | Beslutsunderlag | Föredragande with merged
        section rows (Inledande ärenden, Beslutsärenden, Informationsärenden, Avslutande ärenden) and a merged
        "12.00–13.00 Lunch" row; the Ärende cell holds a bold title, a Dnr paragraph and an italic-labelled
        "Förslag till beslut: …" paragraph (one with two numbered points); Beslutsunderlag cells with several
        "•" paragraphs or "–"; Föredragande cells "Name, title", two persons as two paragraphs, "Regiondirektör
        Name", or "–"; "Nästa sammanträde: tisdagen den 10 november 2026" after the table; signature table
 c. 2026-11-10-protokoll-utbildningsnamnden.txt
        text as `pdftotext -layout` prints a PDF: running header "SANDHAMRA KOMMUN  PROTOKOLL  Sida N av 3" /
        "Utbildningsnämnden  2026-11-10", a footer with signature blanks and a form feed per page; närvaro as a
        space-aligned table Ledamot | Parti | Närv. | Tjänstgörande ersättare ("X" marks); items "Ärende 4" in
        a left margin column beside the title, the Dnr (UN 2026/187) far right on the title line, body text
        indented at column 16; decisions run in as sentences ("Utbildningsnämnden beslutar att godkänna …",
        "… beslutar i enlighet med förvaltningens förslag.", "… beslutar att bordlägga ärendet."), a
        "Förvaltningens förslag:" paragraph, "Yrkande:" / "Reservation:" run-in labels, a proposition sentence,
        one decision with two hanging "att" clauses that name term dates; page breaks inside ärende 4 and
        between ärende 7 and 8; "Nästa sammanträde: tisdag 8 december 2026"
 d. 2026-10-21-minnesanteckningar-styrgruppen-for-trygghetsarbete.html
        an intranet page (menu, breadcrumb, "På den här sidan" link list repeating every punkt title, side column,
        footer with publication and update dates); meeting data in a <dl>; participants in a <table> Namn |
        Funktion | Närvaro; items as <h2 id="p3">Punkt 3. Title</h2> with prose presenters in the past tense,
        <p><strong>Beslut:</strong> …</p> (punkt 4 has two), <p><strong>Åtgärd:</strong> …</p>; "Nästa möte"
        as an <h2> with a dated paragraph

Fjärdinge kommun, Region Ålbacka, Sandhamra kommun, Granhedens kommun, their people and numbers are invented.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "general"   # moved there after scoring (was ../../blind8)

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------------------------------------------------------
# a. PDF protokoll, kommunstyrelsen (Fjärdinge kommun)
# ---------------------------------------------------------------------------------------------------------------

KS_BESLUTANDE = [
    "Anneli Forsberg (S), ordförande",
    "Mats Ekdahl (M), 1:e vice ordförande",
    "Yvonne Strid (C), 2:e vice ordförande",
    "Kent Olausson (S)",
    "Rana Haddad (S)",
    "Peter Lindgren (SD)",
    "Cecilia Borg (KD)",
    "Jonas Hägg (V)",
    "Ulla Nordin (M), tjänstgörande ersättare för Erik Sahlin (M)",
]
KS_ERSATTARE = ["Fredrik Holm (S)", "Maria Wendel (L)", "Sven Åkerlund (SD)"]
KS_OVRIGA = [
    "Karin Malmsten, kommundirektör",
    "Tomas Björk, ekonomichef, § 114–115",
    "Henrik Alm, socialchef, § 115",
    "Elin Sandgren, planchef, § 116",
    "Amir Rostami, säkerhetssamordnare, § 118",
    "Louise Fält, kommunsekreterare",
]

# (§, dnr, title, rows); a row is (side heading, kind, content); kind "p" paragraph(s) separated by "\n\n",
# "b" bullet list separated by "\n", "a" an intro line followed by hanging att-satser separated by "\n"
KS_PARAGRAPHS: list[tuple[str, str, str, list[tuple[str, str, str]]]] = [
    (
        "§ 112",
        "",
        "Val av justerare",
        [
            ("Beslut", "p", "Kommunstyrelsen utser Mats Ekdahl (M) att jämte ordföranden justera dagens protokoll."),
        ],
    ),
    (
        "§ 113",
        "",
        "Fastställande av dagordning",
        [
            ("Beslut", "p", "Dagordningen fastställs."),
        ],
    ),
    (
        "§ 114",
        "Dnr KS 2026/298",
        "Delårsrapport januari–augusti 2026",
        [
            (
                "Ärendebeskrivning",
                "p",
                "Ekonomichef Tomas Björk föredrar delårsrapporten. Resultatet för perioden uppgår till 41,2 "
                "miljoner kronor och prognosen för helåret till 18,5 miljoner kronor, vilket är 6,1 miljoner "
                "kronor bättre än budget. Socialnämnden och tekniska nämnden prognostiserar underskott, medan "
                "finansförvaltningen redovisar högre skatteintäkter än beräknat.",
            ),
            (
                "Beslutsunderlag",
                "b",
                "Tjänsteskrivelse från ekonomichefen, 2026-09-02\nDelårsrapport januari–augusti 2026\n"
                "Kommunstyrelsens arbetsutskotts protokoll 2026-09-01, § 87",
            ),
            (
                "Arbetsutskottets förslag till beslut",
                "p",
                "Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten för januari–augusti 2026.",
            ),
            ("Beslut", "p", "Kommunstyrelsen beslutar i enlighet med förslaget."),
            ("Expedieras till", "p", "Kommunfullmäktige<br/>Ekonomienheten<br/>Revisorerna"),
        ],
    ),
    (
        "§ 115",
        "Dnr KS 2026/305",
        "Åtgärder med anledning av socialnämndens prognostiserade underskott",
        [
            (
                "Ärendebeskrivning",
                "p",
                "Socialnämnden redovisar i delårsrapporten ett prognostiserat underskott på 12,4 miljoner kronor, "
                "främst inom placeringar av barn och unga. Ekonomichef Tomas Björk och socialchef Henrik Alm "
                "redogör för de åtgärder som socialnämnden beslutade om i augusti och för den förväntade "
                "effekten under hösten.",
            ),
            ("Beslutsunderlag", "b", "Tjänsteskrivelse, 2026-09-03\nSocialnämndens protokoll 2026-08-27, § 64"),
            (
                "Beslut",
                "p",
                "Kommunstyrelsen beslutar att ge socialnämnden i uppdrag att senast den 30 november 2026 redovisa "
                "effekten av vidtagna åtgärder, och att informationen i övrigt läggs till handlingarna.",
            ),
            ("Expedieras till", "p", "Socialnämnden"),
        ],
    ),
    (
        "§ 116",
        "Dnr KS 2025/144",
        "Detaljplan för Norra hamnen, etapp 2 – beslut om granskning",
        [
            (
                "Ärendebeskrivning",
                "p",
                "Planchef Elin Sandgren presenterar planförslaget, som möjliggör cirka 240 bostäder, en förskola "
                "med sex avdelningar och en ny gång- och cykelbro över Fjärdingeån. Samråd genomfördes under "
                "våren 2026 och inkomna synpunkter har sammanställts i en samrådsredogörelse. Synpunkterna "
                "gällde främst trafiken på Hamngatan och byggnadshöjderna närmast vattnet.",
            ),
            (
                "Beslutsunderlag",
                "b",
                "Tjänsteskrivelse, 2026-08-25\nPlankarta och planbeskrivning, augusti 2026\nSamrådsredogörelse, 2026-06-30",
            ),
            (
                "Arbetsutskottets förslag till beslut",
                "p",
                "Kommunstyrelsen beslutar att detaljplanen för Norra hamnen, etapp 2, ska ställas ut för granskning.",
            ),
            (
                "Yrkanden",
                "p",
                "Peter Lindgren (SD) yrkar att ärendet återremitteras för en fördjupad trafikutredning. Anneli "
                "Forsberg (S) och Yvonne Strid (C) yrkar bifall till förslaget.",
            ),
            (
                "Propositionsordning",
                "p",
                "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och "
                "finner att det ska avgöras i dag. Därefter ställer ordföranden proposition på förslaget och finner "
                "att kommunstyrelsen bifaller det.",
            ),
            ("Beslut", "p", "Kommunstyrelsen beslutar i enlighet med förslaget."),
            ("Reservation", "p", "Peter Lindgren (SD) reserverar sig mot beslutet till förmån för eget yrkande."),
            ("Expedieras till", "p", "Samhällsbyggnadsförvaltningen"),
        ],
    ),
    (
        "§ 117",
        "Dnr KS 2025/391",
        "Svar på motion om solceller på kommunens fastigheter",
        [
            (
                "Ärendebeskrivning",
                "p",
                "Jonas Hägg (V) har i en motion föreslagit att kommunen ska installera solceller på samtliga "
                "lämpliga kommunala fastigheter senast 2030. Fastighetschef Lars Öhman har yttrat sig över "
                "motionen och konstaterar att elva fastigheter redan är utredda och att fyra av dem har tak som "
                "behöver bytas före en installation.\n\nYvonne Strid (C) begär att ärendet bordläggs så att "
                "partierna kan ta del av fastighetsavdelningens kostnadsberäkning.",
            ),
            ("Beslutsunderlag", "b", "Motion från Jonas Hägg (V), 2025-11-20\nTjänsteskrivelse, 2026-08-14"),
            (
                "Arbetsutskottets förslag till beslut",
                "p",
                "Kommunstyrelsen föreslår kommunfullmäktige att anse motionen besvarad.",
            ),
            ("Beslut", "p", "Ärendet bordläggs."),
        ],
    ),
    (
        "§ 118",
        "Dnr KS 2026/12",
        "Information om kommunens krisberedskap",
        [
            (
                "Ärendebeskrivning",
                "p",
                "Säkerhetssamordnare Amir Rostami informerar om arbetet med kommunens risk- och sårbarhetsanalys "
                "2027–2030 och om erfarenheterna från krisledningsövningen i maj, där kommunens reservkraft och "
                "trygghetspunkter prövades.",
            ),
            ("Beslut", "p", "Informationen noteras."),
        ],
    ),
    (
        "§ 119",
        "Dnr KS 2026/276",
        "Revidering av kommunstyrelsens delegationsordning",
        [
            (
                "Ärendebeskrivning",
                "p",
                "Delegationsordningen har setts över med anledning av den nya organisationen inom "
                "samhällsbyggnadsförvaltningen. Kommunsekreterare Louise Fält redogör för de föreslagna "
                "ändringarna, som främst gäller beslut om upplåtelse av allmän platsmark och om markanvisningar.",
            ),
            ("Beslutsunderlag", "b", "Tjänsteskrivelse, 2026-08-20\nFörslag till reviderad delegationsordning"),
            (
                "Beslut",
                "a",
                "Kommunstyrelsen beslutar\n"
                "att anta reviderad delegationsordning för kommunstyrelsen enligt bilaga,\n"
                "att den reviderade delegationsordningen gäller från och med den 1 oktober 2026, samt\n"
                "att delegationsordningen antagen 2025-02-11, § 19, upphör att gälla.",
            ),
            ("Expedieras till", "p", "Samtliga förvaltningar"),
        ],
    ),
    (
        "§ 120",
        "Dnr KS 2026/5",
        "Redovisning av delegationsbeslut",
        [
            (
                "Ärendebeskrivning",
                "p",
                "Förteckning över beslut fattade med stöd av delegation under perioden 10 juni–31 augusti 2026.",
            ),
            ("Beslut", "p", "Kommunstyrelsen beslutar att lägga redovisningen av delegationsbeslut till handlingarna."),
        ],
    ),
    (
        "§ 121",
        "Dnr KS 2026/6",
        "Meddelanden",
        [
            (
                "Ärendebeskrivning",
                "p",
                "Cirkulär från Sveriges Kommuner och Regioner om budgetförutsättningar 2027–2029; "
                "Länsstyrelsens beslut om bidrag till vattenvårdsåtgärder i Fjärdingeån; protokoll från "
                "kommunala rådet för funktionshinderfrågor i augusti.",
            ),
            ("Beslut", "p", "Meddelandena läggs till handlingarna."),
        ],
    ),
    (
        "§ 122",
        "",
        "Övriga frågor",
        [
            (
                "Ärendebeskrivning",
                "p",
                "Cecilia Borg (KD) frågar om vinterväghållningen i Lillbyn ska upphandlas på nytt. Kommundirektör "
                "Karin Malmsten svarar att frågan tas upp av tekniska nämnden i oktober.",
            ),
        ],
    ),
]


def write_pdf_protokoll(out: Path) -> None:
    from reportlab.lib import colors  # type: ignore[import-untyped]
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
    from reportlab.lib.units import mm  # type: ignore[import-untyped]
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
    from reportlab.pdfbase.pdfmetrics import registerFontFamily  # type: ignore[import-untyped]
    from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
    from reportlab.pdfgen import canvas as rl_canvas  # type: ignore[import-untyped]
    from reportlab.platypus import (  # type: ignore[import-untyped]
        CondPageBreak,
        Flowable,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuBd", str(DEJAVU / "DejaVuSans-Bold.ttf")))
    registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVuBd", italic="DejaVu", boldItalic="DejaVuBd")

    W, H = A4
    left, right = 22 * mm, 20 * mm
    frame_w = W - left - right

    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        """Running header as a grid with "Sida N av M" and a footer, drawn once the page count is known."""

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
            top = H - 12 * mm
            self.setLineWidth(0.5)
            c1, c2 = left + 62 * mm, left + 124 * mm
            self.setFont("DejaVuBd", 10)
            self.drawString(left + 1.5 * mm, top - 5 * mm, "FJÄRDINGE KOMMUN")
            self.drawString(c1 + 1.5 * mm, top - 5 * mm, "SAMMANTRÄDESPROTOKOLL")
            self.setFont("DejaVu", 9)
            self.drawString(c2 + 1.5 * mm, top - 5 * mm, f"Sida {self._pageNumber} av {total}")
            self.drawString(left + 1.5 * mm, top - 10.5 * mm, "Kommunstyrelsen")
            self.setFont("DejaVu", 7)
            self.drawString(c1 + 1.5 * mm, top - 9 * mm, "Sammanträdesdatum")
            self.setFont("DejaVu", 9)
            self.drawString(c1 + 1.5 * mm, top - 12.5 * mm, "2026-09-15")
            self.line(left, top - 14 * mm, W - right, top - 14 * mm)
            # footer
            self.setFont("DejaVu", 7)
            self.drawString(left, 17 * mm, "Justerandes sign")
            self.rect(left, 8 * mm, 40 * mm, 8 * mm)
            self.drawString(W - right - 55 * mm, 17 * mm, "Utdragsbestyrkande")
            self.rect(W - right - 55 * mm, 8 * mm, 55 * mm, 8 * mm)

    body = ParagraphStyle("body", fontName="DejaVu", fontSize=9.5, leading=12.5, spaceAfter=3)
    side = ParagraphStyle("side", parent=body, fontName="DejaVuBd", fontSize=8.5, leading=11)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=10, bulletIndent=0, spaceAfter=1)
    att = ParagraphStyle("att", parent=body, leftIndent=26, firstLineIndent=-26, spaceAfter=1)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    title = ParagraphStyle("title", parent=body, fontName="DejaVuBd", fontSize=15, leading=19, spaceAfter=6)
    pnum = ParagraphStyle("pnum", parent=body, fontName="DejaVuBd", fontSize=11, leading=14)
    ptitle = ParagraphStyle("ptitle", parent=body, fontName="DejaVuBd", fontSize=11, leading=14, spaceAfter=0)
    dnr = ParagraphStyle("dnr", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    h2 = ParagraphStyle("h2", parent=body, fontName="DejaVuBd", fontSize=12, leading=15, spaceBefore=4, spaceAfter=4)

    class PageMark(Flowable):  # type: ignore[misc]
        """Zero-size flowable that records the page on which a § starts."""

        def __init__(self, key: str, pages: dict[str, int]) -> None:
            super().__init__()
            self.key, self.pages = key, pages
            self.width = self.height = 0

        def draw(self) -> None:
            self.pages[self.key] = self.canv.getPageNumber()

    def story_for(pages_in: dict[str, int], pages_out: dict[str, int]) -> list[object]:
        story: list[object] = [Paragraph("Kommunstyrelsen", title)]
        cells = [
            ("Plats och tid", "Kommunhuset, sammanträdesrum Fjärden, tisdagen den 15 september 2026 kl. 09.00–12.40"),
            ("Beslutande", "<br/>".join(KS_BESLUTANDE)),
            ("Ersättare", "<br/>".join(KS_ERSATTARE)),
            ("Övriga deltagande", "<br/>".join(KS_OVRIGA)),
            ("Utses att justera", "Mats Ekdahl (M)"),
            ("Justeringens plats och tid", "Kommunhuset, måndagen den 21 september 2026 kl. 15.00"),
            ("Paragrafer", "§§ 112–122"),
            (
                "Underskrifter",
                "Sekreterare ..........................................  Louise Fält<br/><br/>"
                "Ordförande ..........................................  Anneli Forsberg (S)<br/><br/>"
                "Justerande ..........................................  Mats Ekdahl (M)",
            ),
        ]
        head = Table(
            [[Paragraph(f"<b>{k}</b>", small), Paragraph(v, small)] for k, v in cells],
            colWidths=[42 * mm, frame_w - 42 * mm],
        )
        head.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        story += [head, Spacer(1, 5 * mm)]
        anslag = Table(
            [
                [Paragraph("<b>ANSLAG/BEVIS</b>", small), ""],
                [Paragraph("Protokollet är justerat. Justeringen har tillkännagetts genom anslag.", small), ""],
                [Paragraph("Organ", small), Paragraph("Kommunstyrelsen", small)],
                [Paragraph("Sammanträdesdatum", small), Paragraph("2026-09-15", small)],
                [Paragraph("Anslaget sätts upp", small), Paragraph("2026-09-22", small)],
                [Paragraph("Anslaget tas ned", small), Paragraph("2026-10-14", small)],
                [Paragraph("Förvaringsplats för protokollet", small), Paragraph("Kommunkansliet, kommunhuset", small)],
            ],
            colWidths=[52 * mm, frame_w - 52 * mm],
        )
        anslag.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                    ("SPAN", (0, 0), (1, 0)),
                    ("SPAN", (0, 1), (1, 1)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story += [anslag, PageBreak()]

        story.append(Paragraph("Ärendeförteckning", h2))
        toc_rows = [[Paragraph("<b>§</b>", small), Paragraph("<b>Ärende</b>", small), Paragraph("<b>Sida</b>", small)]]
        for num, _dnr, ttl, _rows in KS_PARAGRAPHS:
            toc_rows.append(
                [Paragraph(num, small), Paragraph(ttl, small), Paragraph(str(pages_in.get(num, 0)), small)]
            )
        toc = Table(toc_rows, colWidths=[18 * mm, frame_w - 36 * mm, 18 * mm])
        toc.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                ]
            )
        )
        story += [toc, Spacer(1, 8 * mm)]

        for num, case, ttl, rows in KS_PARAGRAPHS:
            story.append(CondPageBreak(35 * mm))
            story.append(PageMark(num, pages_out))
            head_right: list[object] = [Paragraph(ttl, ptitle)]
            if case:
                head_right.append(Paragraph(case, dnr))
            data: list[list[object]] = [[Paragraph(num, pnum), head_right]]
            for label, kind, content in rows:
                cell: list[object] = []
                if kind == "p":
                    cell = [Paragraph(x, body) for x in content.split("\n\n")]
                elif kind == "b":
                    cell = [Paragraph(x, bullet, bulletText="•") for x in content.split("\n")]
                elif kind == "a":
                    first, *atts = content.split("\n")
                    cell = [Paragraph(first, body)] + [
                        Paragraph(a.replace("att ", "att&nbsp;&nbsp;&nbsp;&nbsp;", 1), att) for a in atts
                    ]
                data.append([Paragraph(label, side), cell])
            t = Table(data, colWidths=[38 * mm, frame_w - 38 * mm], splitByRow=1)
            t.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (0, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, 0), 8),
                        ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
                    ]
                )
            )
            story += [t, Spacer(1, 6 * mm)]
        return story

    def build(pages_in: dict[str, int], pages_out: dict[str, int]) -> None:
        doc = SimpleDocTemplate(
            str(out),
            pagesize=A4,
            leftMargin=left,
            rightMargin=right,
            topMargin=30 * mm,
            bottomMargin=24 * mm,
            title="Sammanträdesprotokoll kommunstyrelsen 2026-09-15",
            author="Fjärdinge kommun",
        )
        doc.build(story_for(pages_in, pages_out), canvasmaker=NumberedCanvas)

    first: dict[str, int] = {}
    build({}, first)
    second: dict[str, int] = {}
    build(first, second)
    if second != first:
        build(second, {})


# ---------------------------------------------------------------------------------------------------------------
# b. DOCX föredragningslista, hälso- och vårdnämnden (Region Ålbacka)
# ---------------------------------------------------------------------------------------------------------------

# a section row is ("#", name); an item is (time, nr, title, dnr, proposal paragraphs, underlag, presenters)
HVN_ROWS: list[tuple[str, ...] | tuple[str, str, str, str, list[str], list[str], list[str]]] = [
    ("#", "Inledande ärenden"),
    ("09.00", "1", "Sammanträdets öppnande", "", [], [], []),
    ("09.00", "2", "Val av justerare", "", ["Olof Berglund (S) utses att jämte ordföranden justera protokollet."], [], []),
    ("09.05", "3", "Godkännande av föredragningslistan", "", ["Föredragningslistan godkänns."], [], []),
    ("#", "Beslutsärenden"),
    (
        "09.10",
        "4",
        "Delårsrapport 2 2026 för hälso- och vårdnämnden",
        "HVN 2026/301",
        ["Hälso- och vårdnämnden godkänner delårsrapport 2 2026 och överlämnar den till regionstyrelsen."],
        ["Tjänsteskrivelse 2026-09-18", "Delårsrapport 2 2026", "Bilaga: Personalnyckeltal"],
        ["Sara Lindmark, ekonomichef"],
    ),
    (
        "09.50",
        "5",
        "Vårdval primärvård – förfrågningsunderlag och ersättning 2027",
        "HVN 2026/244",
        [
            "1. Hälso- och vårdnämnden fastställer förfrågningsunderlaget för vårdval primärvård 2027.",
            "2. Ersättningen per listad patient räknas upp med 2,8 procent från den 1 januari 2027.",
        ],
        ["Tjänsteskrivelse 2026-09-15", "Förfrågningsunderlag vårdval primärvård 2027", "Sammanställning av remissvar"],
        ["Johan Eklöf, avdelningschef", "Mira Sandberg, utredare"],
    ),
    (
        "10.40",
        "6",
        "Yttrande över motion om fler vårdplatser i psykiatrin",
        "HVN 2026/198",
        ["Hälso- och vårdnämnden föreslår regionstyrelsen att föreslå regionfullmäktige att avslå motionen."],
        ["Tjänsteskrivelse 2026-09-10", "Motion från Lena Sjögren (V)"],
        ["Anders Kron, hälso- och sjukvårdsdirektör"],
    ),
    (
        "11.10",
        "7",
        "Avtal om samverkan kring ambulanssjukvård i gränsområden",
        "HVN 2026/277",
        ["Nämnden godkänner avtalet och uppdrar åt hälso- och sjukvårdsdirektören att underteckna det."],
        ["Tjänsteskrivelse 2026-09-21", "Avtalsförslag"],
        ["Karl Östberg, ambulanschef"],
    ),
    (
        "11.40",
        "8",
        "Riktlinje för tolkanvändning i hälso- och sjukvården",
        "HVN 2026/156",
        ["Riktlinjen fastställs och gäller från och med den 1 januari 2027."],
        ["Tjänsteskrivelse 2026-09-08", "Riktlinje för tolkanvändning, version 2"],
        [],
    ),
    ("#", "12.00–13.00 Lunch"),
    ("#", "Informationsärenden"),
    (
        "13.00",
        "9",
        "Tillgänglighet i specialistvården, läget i augusti 2026",
        "HVN 2026/22",
        [],
        ["Presentation"],
        ["Helena Nyqvist, verksamhetsutvecklare"],
    ),
    ("13.40", "10", "Information från regiondirektören", "", [], [], ["Regiondirektör Björn Lantz"]),
    ("#", "Avslutande ärenden"),
    (
        "14.30",
        "11",
        "Anmälan av delegationsbeslut",
        "HVN 2026/3",
        ["Anmälan av delegationsbeslut läggs till handlingarna."],
        ["Förteckning över delegationsbeslut 15 augusti–20 september 2026"],
        [],
    ),
    ("14.40", "12", "Övriga frågor", "", [], [], []),
]


def write_docx_foredragningslista(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = Cm(2.0)
    sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Region Ålbacka\tFÖREDRAGNINGSLISTA")
    r.bold = True
    hp2 = sec.header.add_paragraph()
    hp2.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    hp2.add_run("Hälso- och vårdnämnden\tUtskriven 2026-09-25").font.size = Pt(9)
    sec.footer.paragraphs[0].add_run(
        "Region Ålbacka · Regionhuset, Kanalgatan 4, 000 00 Ålbacka · Växel 000-00 00 00 · www.regionalbacka.se"
    ).font.size = Pt(8)

    p = d.add_paragraph()
    r = p.add_run("Hälso- och vårdnämnden")
    r.bold = True
    r.font.size = Pt(18)

    for k, v in (
        ("Sammanträde", "tisdagen den 6 oktober 2026 kl. 09.00–15.00"),
        ("Plats", "Regionhuset, Kanalgatan 4, Ålbacka, sal Linnéa"),
        ("Ordförande", "Gunilla Roos (M)"),
        ("Sekreterare", "Petter Wahl"),
    ):
        para = d.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        para.add_run(f"{k}: ").bold = True
        para.add_run(v)
    d.add_paragraph()
    d.add_paragraph(
        "Ledamöterna kallas härmed till sammanträde. Ersättare som inte tjänstgör är välkomna att närvara. "
        "Förhinder anmäls till nämndsekreteraren, som kallar in ersättare."
    )

    def shade(cell: object, fill: str) -> None:
        tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tc_pr.append(shd)

    widths = [Cm(1.5), Cm(1.0), Cm(7.2), Cm(4.3), Cm(3.0)]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for cell, text, w in zip(t.rows[0].cells, ("Tid", "Nr", "Ärende", "Beslutsunderlag", "Föredragande"), widths, strict=True):
        cell.width = w
        cell.paragraphs[0].add_run(text).bold = True
        shade(cell, "D9E2F3")

    for row in HVN_ROWS:
        cells = t.add_row().cells
        for cell, w in zip(cells, widths, strict=True):
            cell.width = w
        if row[0] == "#":
            merged = cells[0].merge(cells[-1])
            run = merged.paragraphs[0].add_run(row[1])
            run.bold = True
            shade(merged, "F2F2F2")
            continue
        tid, nr, ttl, dnr, proposal, underlag, presenters = row  # type: ignore[misc]
        cells[0].paragraphs[0].add_run(tid)
        cells[1].paragraphs[0].add_run(nr)
        c = cells[2]
        c.paragraphs[0].add_run(ttl).bold = True
        if dnr:
            dp = c.add_paragraph()
            dp.add_run(f"Dnr {dnr}").font.size = Pt(8.5)
        if proposal:
            pp = c.add_paragraph()
            pp.paragraph_format.space_before = Pt(4)
            lab = pp.add_run("Förslag till beslut: ")
            lab.italic = True
            lab.bold = True
            if len(proposal) == 1:
                pp.add_run(proposal[0])
            else:
                for x in proposal:
                    c.add_paragraph(x)
        cu = cells[3]
        if underlag:
            cu.paragraphs[0].add_run(f"• {underlag[0]}")
            for x in underlag[1:]:
                cu.add_paragraph(f"• {x}")
        else:
            cu.paragraphs[0].add_run("–")
        cp = cells[4]
        if presenters:
            cp.paragraphs[0].add_run(presenters[0])
            for x in presenters[1:]:
                cp.add_paragraph(x)
        else:
            cp.paragraphs[0].add_run("–")

    d.add_paragraph()
    d.add_paragraph("Handlingarna finns i nämndappen från och med den 29 september 2026.")
    np_ = d.add_paragraph()
    np_.add_run("Nästa sammanträde: ").bold = True
    np_.add_run("tisdagen den 10 november 2026 kl. 09.00, regionhuset.")
    d.add_paragraph()
    sig = d.add_table(rows=2, cols=2)
    for cell, text in zip(sig.rows[0].cells, ("Gunilla Roos (M)", "Petter Wahl"), strict=True):
        cell.text = text
    for cell, text in zip(sig.rows[1].cells, ("Ordförande", "Nämndsekreterare"), strict=True):
        cell.text = text
    d.core_properties.title = "Föredragningslista hälso- och vårdnämnden 2026-10-06"
    d.core_properties.author = "Region Ålbacka"
    d.save(str(out))


# ---------------------------------------------------------------------------------------------------------------
# c. protokoll as pdftotext -layout text, utbildningsnämnden (Sandhamra kommun)
# ---------------------------------------------------------------------------------------------------------------

IND = 16  # body column
BODY_W = 74
LINE_W = IND + BODY_W


def _body(text: str, extra: int = 0) -> list[str]:
    return [" " * (IND + extra) + x for x in textwrap.wrap(text, width=BODY_W - extra, break_on_hyphens=False)]


def _hanging(label: str, text: str) -> list[str]:
    """A run-in label ("Yrkande:") followed by its text, wrapped under the body column."""
    lines = textwrap.wrap(f"{label} {text}", width=BODY_W, break_on_hyphens=False)
    return [" " * IND + x for x in lines]


def _att(text: str) -> list[str]:
    lines = textwrap.wrap(text[4:], width=BODY_W - 5, break_on_hyphens=False)
    return [" " * IND + "att  " + lines[0]] + [" " * (IND + 5) + x for x in lines[1:]]


def _item(nr: int, title: str, dnr: str) -> list[str]:
    head = f"Ärende {nr}".ljust(IND) + title
    if dnr:
        head = head.ljust(LINE_W - len(dnr)) + dnr if len(head) + 3 <= LINE_W - len(dnr) else head + "   " + dnr
    return [head]


def protokoll_text() -> str:
    def header(page: int) -> list[str]:
        return [
            "SANDHAMRA KOMMUN".ljust(44) + "PROTOKOLL".ljust(34) + f"Sida {page} av 3",
            "Utbildningsnämnden".ljust(44) + "2026-11-10",
            "",
            "",
        ]

    footer = [
        "",
        "",
        "  Justerare                                                     Utdragsbestyrkande",
        "  ____________   ____________                                   ____________________",
    ]

    p1: list[str] = [
        "Utbildningsnämnden",
        "",
        "Tid och plats   Tisdagen den 10 november 2026 kl. 13.30–16.45,",
        "                Sandhamra skola, aulan",
        "",
        "  Ledamöter                         Parti    Närv.    Tjänstgörande ersättare",
        "  Birgitta Sund, ordförande         S        X",
        "  Hans Rydén, 1:e vice ordförande   M        X",
        "  Leila Amini, 2:e vice ordförande  C        X",
        "  Göran Fors                        S                 Petra Lund (S)",
        "  Therese Vall                      S        X",
        "  Nina Ek                           SD       X",
        "  Ola Brink                         L        X",
        "",
        "Ersättare       Mikael Tran (M), Åsa Grip (SD)",
        "",
        "Övriga          Maja Lindholm, utbildningschef; Robin Ståhl, controller, ärende 3;",
        "närvarande      Sanna Ljung, rektor Vikskolan, ärende 5; Jenny Åberg, kvalitetsstrateg,",
        "                ärende 8; Edvin Karlsson, nämndsekreterare",
        "",
        "Justerare       Hans Rydén (M)",
        "Justering       Utbildningsförvaltningen, måndagen den 16 november 2026",
        "",
        "",
    ]
    p1 += _item(1, "Mötets öppnande och val av justerare", "")
    p1 += _body("Ordföranden förklarar sammanträdet öppnat.")
    p1 += [""]
    p1 += _body("Utbildningsnämnden utser Hans Rydén (M) att justera protokollet tillsammans med ordföranden.")
    p1 += ["", ""]
    p1 += _item(2, "Godkännande av dagordningen", "")
    p1 += _body("Utbildningsnämnden beslutar att godkänna dagordningen.")
    p1 += ["", ""]
    p1 += _item(3, "Ekonomisk uppföljning oktober 2026", "UN 2026/12")
    p1 += _body(
        "Controller Robin Ståhl redovisar utfallet till och med oktober. Nämnden har ett överskott på 2,1 miljoner "
        "kronor, främst inom gymnasieskolan, medan grundskolan visar ett underskott till följd av ökade kostnader "
        "för skolskjuts och modersmålsundervisning. Helårsprognosen är ett överskott på 0,8 miljoner kronor."
    )
    p1 += [""]
    p1 += _body(
        "Utbildningsnämnden beslutar att godkänna den ekonomiska uppföljningen och att lägga den till handlingarna."
    )
    p1 += ["", ""]
    p1 += _item(4, "Regler för skolskjuts från och med läsåret 2027/2028", "UN 2026/187")
    p1 += _body(
        "Utbildningschef Maja Lindholm redogör för förslaget till reviderade regler. Förslaget innebär att "
        "avståndsgränsen för elever i årskurs 4–6 höjs från 3 till 4 kilometer och att elever med växelvis "
        "boende får skolskjuts från båda adresserna om de ligger inom kommunen."
    )

    p2: list[str] = []
    p2 += _hanging(
        "Förvaltningens förslag:",
        "Utbildningsnämnden antar reviderade regler för skolskjuts att gälla från och med läsåret 2027/2028.",
    )
    p2 += [""]
    p2 += _hanging("Yrkande:", "Nina Ek (SD) yrkar avslag på förvaltningens förslag.")
    p2 += [""]
    p2 += _body(
        "Ordföranden ställer proposition på förvaltningens förslag mot avslagsyrkandet och finner att "
        "nämnden bifaller förvaltningens förslag."
    )
    p2 += [""]
    p2 += _body("Utbildningsnämnden beslutar i enlighet med förvaltningens förslag.")
    p2 += [""]
    p2 += _hanging("Reservation:", "Nina Ek (SD) reserverar sig mot beslutet.")
    p2 += ["", ""]
    p2 += _item(5, "Information om Vikskolans arbete med studiero", "UN 2026/40")
    p2 += _body(
        "Rektor Sanna Ljung berättar om skolans arbete med gemensamma ordningsregler, rastaktiviteter och "
        "mentorstid samt om resultatet av elevenkäten hösten 2026, där andelen elever som upplever studiero "
        "ökat från 58 till 71 procent."
    )
    p2 += [""]
    p2 += _body("Utbildningsnämnden beslutar att lägga informationen till handlingarna.")
    p2 += ["", ""]
    p2 += _item(6, "Yttrande över medborgarförslag om simundervisning i förskoleklass", "UN 2026/203")
    p2 += _body(
        "I ett medborgarförslag föreslås att simundervisning införs redan i förskoleklass. Kommunfullmäktige "
        "har överlämnat förslaget till nämnden för yttrande. Förvaltningen bedömer att simundervisningen i "
        "årskurs 2 och 3 ger bättre resultat och att bassängtiderna inte räcker för fler årskurser."
    )
    p2 += [""]
    p2 += _body(
        "Utbildningsnämnden beslutar att anta förvaltningens yttrande som sitt eget och att överlämna det till "
        "kommunfullmäktige."
    )
    p2 += ["", ""]
    p2 += _item(7, "Läsårstider 2027/2028", "UN 2026/211")
    p2 += _body("Utbildningsnämnden beslutar")
    p2 += _att("att höstterminen 2027 börjar onsdagen den 18 augusti och slutar tisdagen den 21 december 2027, och")
    p2 += _att("att vårterminen 2028 börjar måndagen den 10 januari och slutar tisdagen den 13 juni 2028.")

    p3: list[str] = []
    p3 += _item(8, "Internkontrollplan 2027", "UN 2026/219")
    p3 += _body(
        "Kvalitetsstrateg Jenny Åberg presenterar förslaget till internkontrollplan med sex kontrollmoment, "
        "bland annat hanteringen av kränkande behandling, betygssättning i gymnasieskolan och inköp under "
        "direktupphandlingsgränsen."
    )
    p3 += [""]
    p3 += _hanging("Yrkande:", "Hans Rydén (M) yrkar att ärendet bordläggs till nästa sammanträde.")
    p3 += [""]
    p3 += _body("Utbildningsnämnden beslutar att bordlägga ärendet.")
    p3 += ["", ""]
    p3 += _item(9, "Delegationsbeslut och meddelanden", "UN 2026/2")
    p3 += _body(
        "Utbildningsnämnden beslutar att lägga redovisade delegationsbeslut och meddelanden till handlingarna."
    )
    p3 += ["", ""]
    p3 += _item(10, "Övriga frågor", "")
    p3 += _body(
        "Ola Brink (L) frågar hur många barn som väntar på plats i fritidshem. Utbildningschef Maja Lindholm "
        "svarar att 14 barn står i kö och att alla beräknas få plats under januari."
    )
    p3 += ["", ""]
    p3 += ["Nästa sammanträde: tisdag 8 december 2026 kl. 13.30, Sandhamra skola.", "", ""]
    p3 += [
        "Vid protokollet",
        "",
        "Edvin Karlsson",
        "",
        "Justeras",
        "",
        "Birgitta Sund, ordförande                     Hans Rydén (M)",
    ]

    page_len = 60
    out = []
    for i, pg in enumerate((p1, p2, p3), start=1):
        body = header(i) + pg
        body += [""] * max(0, page_len - len(body))
        out.append("\n".join(body + footer) + "\n")
    return "\f".join(out) + "\f"


# ---------------------------------------------------------------------------------------------------------------
# d. HTML minnesanteckningar, styrgruppen för trygghetsarbete (Granhedens kommun)
# ---------------------------------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Minnesanteckningar styrgruppen för trygghetsarbete 21 oktober 2026 – Insidan</title>
<link rel="stylesheet" href="/static/insidan.css">
</head>
<body class="intranet">
<header class="topbar">
  <a class="logo" href="/">Insidan <span>Granhedens kommun</span></a>
  <form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på Insidan"><button>Sök</button></form>
  <nav class="mainnav" aria-label="Huvudmeny">
    <ul>
      <li><a href="/nyheter">Nyheter</a></li>
      <li><a href="/arbetsgivare">Min anställning</a></li>
      <li><a href="/stod-och-service">Stöd och service</a></li>
      <li><a href="/styrning">Styrning och ledning</a></li>
      <li><a href="/grupper">Grupper och nätverk</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="Brödsmulor">
  <a href="/">Start</a> › <a href="/grupper">Grupper och nätverk</a> › <a href="/grupper/trygghet">Styrgruppen för trygghetsarbete</a> › <span>Minnesanteckningar 21 oktober 2026</span>
</nav>
<div class="page">
<main>
<p class="kategori">Minnesanteckningar</p>
<h1>Styrgruppen för trygghetsarbete, 21 oktober 2026</h1>

<dl class="motesfakta">
  <dt>Datum</dt><dd>Onsdag 21 oktober 2026</dd>
  <dt>Tid</dt><dd>09.00–11.30</dd>
  <dt>Plats</dt><dd>Kommunhuset, rum Tallen</dd>
  <dt>Antecknare</dt><dd>Emma Strand, utvecklingsledare</dd>
</dl>

<h2 class="deltagare">Deltagare</h2>
<table class="deltagare">
  <thead><tr><th>Namn</th><th>Funktion</th><th>Närvaro</th></tr></thead>
  <tbody>
    <tr><td>Kristina Wall</td><td>Samhällsbyggnadschef, ordförande</td><td>Närvarande</td></tr>
    <tr><td>Erik Nyström</td><td>Kommundirektör</td><td>Närvarande</td></tr>
    <tr><td>Viktor Hed</td><td>Trygghetssamordnare</td><td>Närvarande</td></tr>
    <tr><td>Nora Berg</td><td>Folkhälsostrateg</td><td>Närvarande</td></tr>
    <tr><td>Patrik Molin</td><td>Säkerhetschef</td><td>Närvarande</td></tr>
    <tr><td>Sofie Hammar</td><td>Controller</td><td>Närvarande</td></tr>
    <tr><td>Jesper Alm</td><td>Fritidschef</td><td>Förhinder</td></tr>
    <tr><td>Emma Strand</td><td>Utvecklingsledare</td><td>Närvarande</td></tr>
  </tbody>
</table>

<nav class="toc" aria-label="På den här sidan">
  <h2>På den här sidan</h2>
  <ul>
    <li><a href="#p1">1. Inledning och godkännande av dagordning</a></li>
    <li><a href="#p2">2. Föregående minnesanteckningar</a></li>
    <li><a href="#p3">3. Lägesbild trygghet hösten 2026</a></li>
    <li><a href="#p4">4. Trygghetsvandringar 2027</a></li>
    <li><a href="#p5">5. Kamerabevakning vid resecentrum</a></li>
    <li><a href="#p6">6. Medel för brottsförebyggande åtgärder</a></li>
    <li><a href="#p7">7. Ny samverkansöverenskommelse med polisen</a></li>
    <li><a href="#p8">8. Övriga frågor</a></li>
  </ul>
</nav>

<h2 id="p1">Punkt 1. Inledning och godkännande av dagordning</h2>
<p>Ordföranden Kristina Wall hälsade alla välkomna och öppnade mötet.</p>
<p><strong>Beslut:</strong> Dagordningen godkändes.</p>

<h2 id="p2">Punkt 2. Föregående minnesanteckningar</h2>
<p>Anteckningarna från föregående möte gicks igenom. Inga synpunkter lämnades.</p>
<p><strong>Beslut:</strong> Minnesanteckningarna lades till handlingarna.</p>

<h2 id="p3">Punkt 3. Lägesbild trygghet hösten 2026</h2>
<p>Trygghetssamordnare Viktor Hed redovisade lägesbilden för perioden juli–september. Anmälningarna om
skadegörelse har minskat med 18 procent jämfört med samma period förra året, medan oron för ungdomsgrupper
vid centrumtorget har ökat enligt medborgardialogen.</p>
<p><strong>Beslut:</strong> Styrgruppen noterade informationen.</p>

<h2 id="p4">Punkt 4. Trygghetsvandringar 2027</h2>
<p>Folkhälsostrateg Nora Berg presenterade ett förslag om sex trygghetsvandringar under 2027 i samarbete med
lokalpolisen och det kommunala bostadsbolaget, två i varje kommundel.</p>
<p><strong>Beslut:</strong> Styrgruppen ställde sig bakom förslaget.</p>
<p><strong>Beslut:</strong> Nora Berg får i uppdrag att ta fram en tidplan för vandringarna till nästa möte.</p>

<h2 id="p5">Punkt 5. Kamerabevakning vid resecentrum</h2>
<p>Säkerhetschef Patrik Molin informerade om behovet av kamerabevakning vid resecentrum efter flera
incidenter under sommaren. Frågan behöver beredas vidare tillsammans med tekniska förvaltningen innan
styrgruppen kan ta ställning.</p>
<p><strong>Åtgärd:</strong> Patrik Molin återkommer med ett underlag om kostnader och integritet.</p>

<h2 id="p6">Punkt 6. Medel för brottsförebyggande åtgärder</h2>
<p>Controller Sofie Hammar redogjorde för budgetläget. Av årets 400 000 kronor återstår 210 000 kronor.</p>
<p><strong>Beslut:</strong> Styrgruppen beslutade att 150 000 kronor av de återstående medlen används till
ny belysning i Granhedsparken och att resterande medel förs över till 2027.</p>

<h2 id="p7">Punkt 7. Ny samverkansöverenskommelse med polisen</h2>
<p>Kommundirektör Erik Nyström informerade om arbetet med en ny samverkansöverenskommelse med
lokalpolisområdet. Överenskommelsen ska gälla 2027–2028 och beräknas undertecknas i december.</p>
<p><strong>Beslut:</strong> Informationen noterades.</p>

<h2 id="p8">Punkt 8. Övriga frågor</h2>
<p>Inga övriga frågor.</p>

<h2 class="nasta">Nästa möte</h2>
<p>Onsdag 2 december 2026 kl. 09.00–11.30, kommunhuset, rum Tallen.</p>
</main>

<aside class="sidebar">
  <section>
    <h2>Om styrgruppen</h2>
    <p>Styrgruppen leder kommunens samlade trygghetsarbete och följer upp den lokala
    lägesbilden. Gruppen träffas fem gånger per år.</p>
  </section>
  <section>
    <h2>Tidigare anteckningar</h2>
    <ul>
      <li><a href="/grupper/trygghet/anteckningar-2026-09">September 2026</a></li>
      <li><a href="/grupper/trygghet/anteckningar-2026-06">Juni 2026</a></li>
      <li><a href="/grupper/trygghet/anteckningar-2026-04">April 2026</a></li>
    </ul>
  </section>
  <section>
    <h2>Kontakt</h2>
    <p>Emma Strand<br>utvecklingsledare<br>emma.strand@granheden.se</p>
  </section>
</aside>
</div>
<footer class="sitefooter">
  <p>Sidansvarig: Emma Strand · Publicerad: 2026-10-23 · Uppdaterad: 2026-10-26</p>
  <p>Insidan – intranät för medarbetare i Granhedens kommun</p>
</footer>
</body>
</html>
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_pdf_protokoll(OUT / "2026-09-15-protokoll-kommunstyrelsen.pdf")
    write_docx_foredragningslista(OUT / "2026-10-06-foredragningslista-halso-och-vardnamnden.docx")
    (OUT / "2026-11-10-protokoll-utbildningsnamnden.txt").write_text(protokoll_text(), encoding="utf-8")
    (OUT / "2026-10-21-minnesanteckningar-styrgruppen-for-trygghetsarbete.html").write_text(HTML, encoding="utf-8")


if __name__ == "__main__":
    main()
