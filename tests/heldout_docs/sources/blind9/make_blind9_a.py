# ruff: noqa: E501  (lines of the documents' own text)
"""Blind set 9, helper a: writes four meeting documents into ../../blind9/ (moved to ../../general/ after scoring) (gold: ../../blind9/gold-blind9a.jsonl).

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind9/make_blind9_a.py`.

 a. 2026-06-09-protokoll-tekniska-namnden.pdf
        reportlab platypus; running header "LJUNGSÄTERS KOMMUN / Tekniska nämnden" left and "SAMMANTRÄDESPROTOKOLL /
        Sammanträdesdatum 2026-06-09 / Blad N (M)" right, a rule under it; footer boxes "Justerandes signatur" and
        "Utdragsbestyrkande"; page 1 a form-style header grid whose cells carry a small label ABOVE the value (Plats
        och tid, Beslutande one member a line, Ersättare, Övriga närvarande with "§ 43" references, Justerare,
        Justeringens plats och tid, Paragrafer, signature cells Sekreterare / Ordförande / Justerare); every § opens
        with one line "§ 45    Dnr TN 2026/95" (§ 41, 42 and 51 without Dnr) and the bold title on the next line;
        bold sub-labels on their own lines (Sammanfattning av ärendet, Föredragande, Beslutsunderlag, Förvaltningens
        förslag till beslut, Yrkanden, Propositionsordning, Jäv, Beslut, Protokollsanteckning, Reservation, Skickas
        till); decisions "Beslut" followed by hanging numbered points "1. … 2. …" or a single sentence; "Jäv" notes
        (§ 47 before the summary); a "Protokollsanteckning" under § 45; "Information lämnas av …" (§ 46); an
        information § without any decision (§ 49); "Nämndens nästa sammanträde äger rum tisdagen den 25 augusti 2026"
 b. 2026-05-12-protokollsutdrag-kommunstyrelsen.docx
        python-docx; an extract of seven non-consecutive §§ (78, 79, 82, 85, 86, 89, 91) of one meeting sent to
        several addressees; the page header a borderless Word table (Brännemo kommun | PROTOKOLLSUTDRAG | page
        field "N (M)" over Kommunstyrelsen | Sammanträdesdatum 2026-05-12); a key/value table (Sammanträdesdatum,
        Justerat, Paragrafer i utdraget, Sekreterare, Anslaget); a "Sändlista" table § | Mottagare (no titles);
        every § a bold "§ 78<TAB>Dnr KS 2026/61" paragraph (right tab stop), the title as Heading 2, prose, bold
        run-in labels ("Jäv:", "Beslutsunderlag", "Yrkanden", "Propositionsordning", "Reservation"), a bold label
        "Kommunstyrelsens beslut" or "Kommunstyrelsens förslag till kommunfullmäktige" and the decision as a
        sentence or as "Kommunstyrelsen beslutar" + hanging "att …" paragraphs, "Expedieras till" with List Bullet
        recipients, and a small "Utdragsbestyrkande" table ("Rätt utdraget intygar …", a date) closing each §;
        a page break before §§ 78, 82, 86 and 91
 c. 2026-06-15-kungorelse-kommunfullmaktige.txt
        text as `pdftotext -layout` prints a PDF: running header "KVARNSJÖ KOMMUN … KUNGÖRELSE" / "Kommunfullmäktige
        … Datum 2026-06-03" / "Sida N (2)" on the right, a footer with the address and a form feed per page; "Dag och
        tid" / "Plats" label column; upper-case group headings (INLEDANDE ÄRENDEN, INFORMATIONSÄRENDEN,
        BESLUTSÄRENDEN, VALÄRENDEN, MOTIONER, INTERPELLATIONER, ANMÄLNINGAR); every item a line "Ärende 4" with the
        Dnr far right ("Dnr KS 2026/45"; none on items 1–3 and 12), the title on the next line(s) indented (items 8,
        10 and 11 wrapped over two lines), then run-in "Kommunstyrelsens förslag:", "Revisorernas förslag:",
        "Valberedningens förslag:", "Demokratiberedningens förslag:" and "Föredragande:" lines; a page break between
        ärende 7 and 8; "Handlingar finns tillgängliga …" and "Fullmäktiges kommande sammanträden …" at the end
 d. 2026-05-27-minnesanteckningar-samverkansradet-for-narvard.html
        an e-mail exported to HTML (Outlook-style): a header block Från / Skickat / Till / Kopia / Ämne in a table
        with a rule, a greeting, the minutes' data as <b>-labelled lines ("Datum:", "Tid:", "Plats:"),
        "Närvarande:" <ul> with organisation after a dash, "Förhinder:" line, "Dagordning" <ol> of the punkt
        titles, then the notes as a two-column <table> Punkt | Anteckning whose first cell holds "3. Title" and
        whose second cell holds paragraphs, an optional "Föredragande: …" first paragraph and a bold
        "Beslut/åtgärd:" paragraph (a decision, "Inget beslut. …" or only a task); the last punkt "Nästa möte"
        with its date; a signature block and a confidentiality footer

Ljungsäters kommun, Brännemo kommun, Kvarnsjö kommun, Region Norrskog, Tallby kommun, their people and numbers are
invented.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "general"   # moved there after scoring (was ../../blind9)

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------------------------------------------------------
# a. PDF protokoll, tekniska nämnden (Ljungsäters kommun)
# ---------------------------------------------------------------------------------------------------------------

TN_BESLUTANDE = [
    "Gunnar Ekvall (C), ordförande",
    "Maria Stenlund (S), vice ordförande",
    "Ali Demir (S)",
    "Karin Thörn (M)",
    "Per-Olof Vass (SD)",
    "Jessica Rahm (L)",
    "Lena Björkqvist (S), tjänstgörande ersättare för Ulf Mörk (S)",
]
TN_ERSATTARE = ["Niklas Berg (M)", "Agneta Wiklund (C)"]
TN_OVRIGA = [
    "Stefan Gran, teknisk chef",
    "Sara Lund, controller, § 43",
    "Johan Ahl, trafikingenjör, § 44",
    "Oskar Lindkvist, VA-chef, § 45 och § 49",
    "Malin Törnqvist, avfallsstrateg, § 46",
    "Hanna Fridh, gatuchef, § 48",
    "Ebba Sjöholm, nämndsekreterare",
]

# (§, dnr, title, blocks); a block is (label or "", kind, content); kind "p" paragraphs separated by "\n\n",
# "n" numbered points separated by "\n", "b" bullets separated by "\n"
TN_PARAGRAPHS: list[tuple[str, str, str, list[tuple[str, str, str]]]] = [
    (
        "§ 41",
        "",
        "Val av justerare",
        [("Beslut", "p", "Tekniska nämnden utser Karin Thörn (M) att jämte ordföranden justera dagens protokoll.")],
    ),
    ("§ 42", "", "Godkännande av dagordning", [("Beslut", "p", "Dagordningen godkänns.")]),
    (
        "§ 43",
        "Dnr TN 2026/112",
        "Ekonomisk uppföljning per maj 2026",
        [
            (
                "Sammanfattning av ärendet",
                "p",
                "Controller Sara Lund redovisar utfallet för januari–maj. Nämnden redovisar ett underskott på "
                "3,4 miljoner kronor, varav 2,9 miljoner kronor avser vinterväghållningen efter en snörik vinter. "
                "Helårsprognosen är ett underskott på 2,1 miljoner kronor.",
            ),
            ("Beslutsunderlag", "b", "Tjänsteskrivelse, 2026-05-26\nEkonomisk uppföljning per maj 2026"),
            (
                "Beslut",
                "n",
                "Tekniska nämnden godkänner den ekonomiska uppföljningen per maj 2026.\n"
                "Förvaltningen får i uppdrag att ta fram åtgärder som minskar underskottet inom "
                "vinterväghållningen och redovisa dem vid nämndens sammanträde i september.",
            ),
            ("Skickas till", "p", "Ekonomienheten<br/>Kommunstyrelsen"),
        ],
    ),
    (
        "§ 44",
        "Dnr TN 2026/87",
        "Lokal trafikföreskrift om hastighetsbegränsning på Storgatan",
        [
            ("Föredragande", "p", "Trafikingenjör Johan Ahl"),
            (
                "Sammanfattning av ärendet",
                "p",
                "Boende längs Storgatan har under flera år påtalat höga hastigheter på sträckan mellan Torget och "
                "Järnvägsgatan. Förvaltningens mätningar i april visar att var tredje fordon kör fortare än 40 "
                "km/tim. Polisen och räddningstjänsten har inga invändningar mot en sänkt hastighet.",
            ),
            (
                "Beslutsunderlag",
                "b",
                "Tjänsteskrivelse, 2026-05-18\nHastighetsmätning Storgatan, april 2026\nYttrande från polisen, 2026-05-04",
            ),
            (
                "Förvaltningens förslag till beslut",
                "n",
                "Tekniska nämnden beslutar att högsta tillåtna hastighet på Storgatan mellan Torget och "
                "Järnvägsgatan sänks till 30 km/tim.\n"
                "Föreskriften träder i kraft den 1 september 2026.",
            ),
            (
                "Yrkanden",
                "p",
                "Per-Olof Vass (SD) yrkar avslag på förvaltningens förslag. Maria Stenlund (S) och Karin Thörn (M) "
                "yrkar bifall till förvaltningens förslag.",
            ),
            (
                "Propositionsordning",
                "p",
                "Ordföranden ställer förvaltningens förslag mot avslagsyrkandet och finner att nämnden beslutar "
                "enligt förvaltningens förslag.",
            ),
            ("Beslut", "p", "Tekniska nämnden beslutar enligt förvaltningens förslag."),
            ("Reservation", "p", "Per-Olof Vass (SD) reserverar sig mot beslutet."),
            ("Skickas till", "p", "Polisen<br/>Räddningstjänsten<br/>Transportstyrelsen (föreskriftsregistret)"),
        ],
    ),
    (
        "§ 45",
        "Dnr TN 2026/95",
        "VA-taxa 2027",
        [
            (
                "Sammanfattning av ärendet",
                "p",
                "VA-chef Oskar Lindkvist föredrar ärendet. VA-verksamheten behöver investera cirka 160 miljoner "
                "kronor i ett nytt reningsverk i Ljungsäter fram till 2030. För att verksamheten ska vara "
                "självfinansierad föreslås brukningsavgiften höjas med 6 procent och anläggningsavgiften med "
                "4 procent från årsskiftet.",
            ),
            ("Beslutsunderlag", "b", "Tjänsteskrivelse, 2026-05-20\nFörslag till VA-taxa 2027, bilaga 1"),
            (
                "Beslut",
                "n",
                "Tekniska nämnden föreslår kommunfullmäktige att anta VA-taxa 2027 enligt bilaga 1.\n"
                "Brukningsavgiften höjs med 6 procent och anläggningsavgiften med 4 procent från och med den "
                "1 januari 2027.",
            ),
            (
                "Protokollsanteckning",
                "p",
                "Jessica Rahm (L) lämnar följande protokollsanteckning: ”Liberalerna ser med oro på att "
                "brukningsavgiften höjs för tredje året i rad och vill att förvaltningen utreder en taxa med "
                "lägre fast avgift för småhus.”",
            ),
            ("Skickas till", "p", "Kommunfullmäktige"),
        ],
    ),
    (
        "§ 46",
        "Dnr TN 2026/130",
        "Information om arbetet med avfallsplan 2027–2032",
        [
            (
                "Sammanfattning av ärendet",
                "p",
                "Information lämnas av avfallsstrateg Malin Törnqvist om arbetet med den nya avfallsplanen, som tas "
                "fram tillsammans med grannkommunerna. Ett samrådsförslag ska vara klart i oktober. Planen "
                "innehåller mål om minskat matsvinn och om fler återbruksstationer.",
            ),
            ("Beslut", "p", "Tekniska nämnden noterar informationen."),
        ],
    ),
    (
        "§ 47",
        "Dnr TN 2026/141",
        "Arrendeavtal för båtuppläggningsplats vid Norrviken",
        [
            (
                "Jäv",
                "p",
                "Ali Demir (S) anmäler jäv, då han är ordförande i Norrvikens båtklubb, och deltar inte i "
                "handläggningen av ärendet. Niklas Berg (M) tjänstgör i hans ställe.",
            ),
            (
                "Sammanfattning av ärendet",
                "p",
                "Norrvikens båtklubb har sedan 2011 arrenderat kommunens mark vid Norrviken för vinteruppläggning "
                "av båtar. Det nuvarande avtalet löper ut den 30 juni 2026. Teknisk chef Stefan Gran redogör för "
                "förslaget till nytt avtal, som innebär en arrendeavgift på 38 000 kronor per år.",
            ),
            (
                "Beslut",
                "n",
                "Tekniska nämnden godkänner arrendeavtalet med Norrvikens båtklubb för perioden "
                "2026-07-01–2031-06-30.\n"
                "Teknisk chef får i uppdrag att underteckna avtalet.\n"
                "Paragrafen förklaras omedelbart justerad.",
            ),
            ("Skickas till", "p", "Norrvikens båtklubb<br/>Mark- och exploateringsenheten"),
        ],
    ),
    (
        "§ 48",
        "Dnr TN 2025/203",
        "Svar på medborgarförslag om en hundrastgård i Södra Ljungsäter",
        [
            (
                "Sammanfattning av ärendet",
                "p",
                "I ett medborgarförslag föreslås att kommunen anlägger en inhägnad hundrastgård i Södra "
                "Ljungsäter. Kommunfullmäktige har överlåtit åt tekniska nämnden att besluta i ärendet. Gatuchef "
                "Hanna Fridh redogör för förvaltningens utredning, som pekar ut Ekparken som lämplig plats.",
            ),
            (
                "Beslut",
                "n",
                "Medborgarförslaget bifalls.\n"
                "En hundrastgård anläggs i Ekparken under 2027 inom ramen för nämndens investeringsbudget.",
            ),
            ("Skickas till", "p", "Förslagsställaren<br/>Kommunfullmäktige"),
        ],
    ),
    (
        "§ 49",
        "Dnr TN 2026/150",
        "Information om vattenläckan på Kyrkogatan i maj",
        [
            (
                "Sammanfattning av ärendet",
                "p",
                "VA-chef Oskar Lindkvist informerar om ledningsbrottet på Kyrkogatan den 14 maj, då ett 60-tal "
                "hushåll var utan vatten i nio timmar. Ledningen är från 1958 och ingår i förnyelseplanen för "
                "2028. Förvaltningen ser över rutinerna för information till berörda hushåll via sms.",
            ),
        ],
    ),
    (
        "§ 50",
        "Dnr TN 2026/4",
        "Redovisning av delegationsbeslut och meddelanden",
        [
            (
                "Sammanfattning av ärendet",
                "p",
                "Förteckning över delegationsbeslut fattade under perioden 2026-04-21–2026-05-31 samt inkomna "
                "meddelanden redovisas.",
            ),
            ("Beslut", "p", "Redovisningen av delegationsbeslut och meddelanden läggs till handlingarna."),
        ],
    ),
    (
        "§ 51",
        "",
        "Övriga frågor",
        [
            (
                "",
                "p",
                "Agneta Wiklund (C) frågar när gatubelysningen längs Skolvägen ska bytas. Gatuchef Hanna Fridh "
                "svarar att arbetet är planerat till hösten 2026.\n\n"
                "Nämndens nästa sammanträde äger rum tisdagen den 25 augusti 2026 kl. 08.30 i kommunhuset.",
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
        KeepTogether,
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
    left, right = 25 * mm, 20 * mm
    frame_w = W - left - right

    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        """Running header with "Blad N (M)" and footer boxes, drawn once the page count is known."""

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
            top = H - 14 * mm
            rx = W - right - 62 * mm
            self.setFont("DejaVuBd", 11)
            self.drawString(left, top, "LJUNGSÄTERS KOMMUN")
            self.setFont("DejaVu", 9)
            self.drawString(left, top - 5 * mm, "Tekniska nämnden")
            self.setFont("DejaVuBd", 10)
            self.drawString(rx, top, "SAMMANTRÄDESPROTOKOLL")
            self.setFont("DejaVu", 8)
            self.drawString(rx, top - 4.5 * mm, "Sammanträdesdatum 2026-06-09")
            self.drawRightString(W - right, top - 9 * mm, f"Blad {self._pageNumber} ({total})")
            self.setLineWidth(0.8)
            self.line(left, top - 11 * mm, W - right, top - 11 * mm)
            self.setFont("DejaVu", 6.5)
            self.drawString(left, 19 * mm, "Justerandes signatur")
            for i in range(2):
                self.rect(left + i * 24 * mm, 9 * mm, 22 * mm, 9 * mm)
            self.drawString(W - right - 50 * mm, 19 * mm, "Utdragsbestyrkande")
            self.rect(W - right - 50 * mm, 9 * mm, 50 * mm, 9 * mm)

    body = ParagraphStyle("body", fontName="DejaVu", fontSize=10, leading=13.5, spaceAfter=4)
    label = ParagraphStyle(
        "label",
        parent=body,
        fontName="DejaVuBd",
        fontSize=9.5,
        leading=12.5,
        spaceBefore=3,
        spaceAfter=1,
        keepWithNext=1,
    )
    num = ParagraphStyle("num", parent=body, leftIndent=16, bulletIndent=0, spaceAfter=2)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=0, spaceAfter=1)
    paraline = ParagraphStyle(
        "paraline", parent=body, fontName="DejaVuBd", fontSize=11, leading=14, spaceBefore=2, spaceAfter=0
    )
    ptitle = ParagraphStyle("ptitle", parent=body, fontName="DejaVuBd", fontSize=12.5, leading=16, spaceAfter=5)
    cap = ParagraphStyle(
        "cap", parent=body, fontSize=6.5, leading=8, textColor=colors.HexColor("#444444"), spaceAfter=0
    )
    val = ParagraphStyle("val", parent=body, fontSize=9.5, leading=12.5, spaceAfter=0)
    title = ParagraphStyle("title", parent=body, fontName="DejaVuBd", fontSize=16, leading=20, spaceAfter=8)

    def cell(caption: str, value: str) -> list[object]:
        return [Paragraph(caption, cap), Paragraph(value, val)]

    story: list[object] = [Paragraph("Tekniska nämnden", title)]
    grid = [
        [cell("Plats och tid", "Kommunhuset, sal Kvarnen, tisdagen den 9 juni 2026 kl. 08.30–12.05"), ""],
        [cell("Beslutande", "<br/>".join(TN_BESLUTANDE)), cell("Ersättare", "<br/>".join(TN_ERSATTARE))],
        [cell("Övriga närvarande", "<br/>".join(TN_OVRIGA)), cell("Justerare", "Karin Thörn (M)")],
        [
            cell("Justeringens plats och tid", "Tekniska förvaltningen, tisdagen den 16 juni 2026 kl. 13.00"),
            cell("Paragrafer", "41–51"),
        ],
        [
            cell("Sekreterare", "<br/>.......................................<br/>Ebba Sjöholm"),
            cell("Ordförande", "<br/>.......................................<br/>Gunnar Ekvall"),
        ],
        [cell("Justerare", "<br/>.......................................<br/>Karin Thörn"), ""],
    ]
    g = Table(grid, colWidths=[frame_w * 0.58, frame_w * 0.42])
    g.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (0, 5), (1, 5)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story += [g, Spacer(1, 6 * mm)]
    story.append(
        Paragraph(
            "Protokollet är justerat och justeringen har tillkännagetts på kommunens digitala anslagstavla. "
            "Protokollet förvaras hos tekniska förvaltningen.",
            ParagraphStyle("note", parent=body, fontSize=8.5, leading=11),
        )
    )
    story.append(PageBreak())

    for nr, dnr, ttl, blocks in TN_PARAGRAPHS:
        head = nr + ("&nbsp;" * 8 + f'<font name="DejaVu" size="9.5">{dnr}</font>' if dnr else "")
        parts: list[object] = [Paragraph(head, paraline), Paragraph(ttl, ptitle)]
        first_block = True
        for lab, kind, content in blocks:
            flow: list[object] = []
            if lab:
                flow.append(Paragraph(lab, label))
            if kind == "p":
                flow += [Paragraph(x, body) for x in content.split("\n\n")]
            elif kind == "n":
                flow += [Paragraph(x, num, bulletText=f"{i}.") for i, x in enumerate(content.split("\n"), start=1)]
            elif kind == "b":
                flow += [Paragraph(x, bullet, bulletText="–") for x in content.split("\n")]
            if first_block:
                story.append(CondPageBreak(45 * mm))
                story.append(KeepTogether(parts + flow))
                first_block = False
            else:
                story += flow
        story.append(Spacer(1, 7 * mm))

    SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=left,
        rightMargin=right,
        topMargin=32 * mm,
        bottomMargin=26 * mm,
        title="Protokoll tekniska nämnden 2026-06-09",
        author="Ljungsäters kommun",
    ).build(story, canvasmaker=NumberedCanvas)


# ---------------------------------------------------------------------------------------------------------------
# b. DOCX protokollsutdrag, kommunstyrelsen (Brännemo kommun)
# ---------------------------------------------------------------------------------------------------------------

# a § is (nr, dnr, title, blocks, recipients, bestyrkt date); a block is (kind, label, text):
# "p" a paragraph (label run-in in bold when given), "L" a bold label alone, "att" an att-sats paragraph, "b" a bullet
KS_PARAGRAPHS: list[tuple[str, str, str, list[tuple[str, str, str]], list[str], str]] = [
    (
        "§ 78",
        "KS 2026/61",
        "Årsredovisning 2025 för Brännemo kommun",
        [
            (
                "p",
                "",
                "Kommunens resultat för 2025 uppgår till 27,8 miljoner kronor, vilket motsvarar 2,4 procent av "
                "skatter och generella statsbidrag. Balanskravet är uppfyllt. Fyra av nämnderna redovisar "
                "underskott, störst inom socialnämnden. Ekonomichef Mikael Rask föredrar ärendet.",
            ),
            ("L", "Beslutsunderlag", ""),
            ("b", "", "Tjänsteskrivelse från ekonomichefen, 2026-04-14"),
            ("b", "", "Årsredovisning 2025"),
            ("L", "Kommunstyrelsens förslag till kommunfullmäktige", ""),
            ("p", "", "Kommunfullmäktige godkänner årsredovisningen för 2025."),
            ("L", "Kommunstyrelsens beslut", ""),
            ("p", "", "Kommunstyrelsen beslutar att överlämna årsredovisningen till kommunens revisorer."),
        ],
        ["Kommunfullmäktige", "Revisorerna", "Ekonomienheten"],
        "2026-05-19",
    ),
    (
        "§ 79",
        "KS 2026/70",
        "Investeringsbidrag till föreningen Brännemo Folkets Hus",
        [
            ("p", "Jäv:", "Anders Hed (S) anmäler jäv och deltar inte i handläggningen av ärendet."),
            (
                "p",
                "",
                "Föreningen Brännemo Folkets Hus har ansökt om bidrag till renovering av taket på Folkets hus, "
                "som är kommunens största samlingslokal utanför centralorten. Kultur- och fritidschef Petra Sjödin "
                "redogör för ansökan och för föreningens finansieringsplan.",
            ),
            ("L", "Kommunstyrelsens beslut", ""),
            ("p", "", "Kommunstyrelsen beslutar"),
            ("att", "", "att bevilja föreningen Brännemo Folkets Hus ett investeringsbidrag om 450 000 kronor,"),
            ("att", "", "att bidraget finansieras ur kommunstyrelsens medel för oförutsedda behov, samt"),
            ("att", "", "att bidraget betalas ut när föreningen har redovisat en godkänd slutbesiktning."),
        ],
        ["Föreningen Brännemo Folkets Hus", "Kultur- och fritidsnämnden", "Ekonomienheten"],
        "2026-05-19",
    ),
    (
        "§ 82",
        "KS 2025/244",
        "Svar på motion om avgiftsfri kollektivtrafik för pensionärer",
        [
            (
                "p",
                "",
                "Britt Lööf (V) föreslår i en motion att kommunen inför avgiftsfri kollektivtrafik för invånare som "
                "fyllt 70 år. Samhällsbyggnadsförvaltningen har beräknat kostnaden till cirka 3,2 miljoner kronor "
                "per år och bedömer att åtgärden inte ryms i budgeten.",
            ),
            (
                "p",
                "Yrkanden:",
                "Britt Lööf (V) yrkar bifall till motionen. Ordföranden Eva Lindh (M) yrkar avslag på motionen.",
            ),
            (
                "p",
                "Propositionsordning:",
                "Ordföranden ställer proposition på de båda yrkandena och finner att kommunstyrelsen beslutar "
                "enligt ordförandens yrkande.",
            ),
            ("L", "Kommunstyrelsens förslag till kommunfullmäktige", ""),
            ("p", "", "Motionen avslås."),
            ("p", "Reservation:", "Britt Lööf (V) reserverar sig mot beslutet till förmån för eget yrkande."),
        ],
        ["Kommunfullmäktige"],
        "2026-05-19",
    ),
    (
        "§ 85",
        "KS 2026/88",
        "Markanvisning för bostäder i kvarteret Lärkan",
        [
            (
                "p",
                "",
                "Mark- och exploateringschef Jonas Eng föredrar ärendet. Bostads AB Brännemohem har anmält intresse "
                "för att bygga ett 40-tal hyresrätter i kvarteret Lärkan. Detaljplanen vann laga kraft i februari.",
            ),
            ("L", "Kommunstyrelsens beslut", ""),
            (
                "p",
                "",
                "Kommunstyrelsen beslutar att ge Bostads AB Brännemohem en markanvisning för kvarteret Lärkan under "
                "18 månader och att ett markanvisningsavtal ska tecknas senast den 30 juni 2026.",
            ),
        ],
        ["Bostads AB Brännemohem", "Samhällsbyggnadsförvaltningen"],
        "2026-05-19",
    ),
    (
        "§ 86",
        "KS 2026/90",
        "Yttrande över remiss av regional transportplan 2026–2037",
        [
            (
                "p",
                "",
                "Region Skogsbygd har remitterat förslaget till regional transportplan. Planeringsstrateg Sofia "
                "Nordén redogör för förslaget till yttrande, där kommunen bland annat framhåller behovet av en "
                "ombyggnad av korsningen mellan väg 312 och Brännemovägen. Remisstiden går ut innan protokollet "
                "kan justeras i vanlig ordning.",
            ),
            ("L", "Kommunstyrelsens beslut", ""),
            ("p", "", "Kommunstyrelsen beslutar"),
            ("att", "", "att anta förvaltningens förslag till yttrande som sitt eget,"),
            ("att", "", "att översända yttrandet till Region Skogsbygd, samt"),
            ("att", "", "att förklara paragrafen omedelbart justerad."),
        ],
        ["Region Skogsbygd", "Samhällsbyggnadsförvaltningen"],
        "2026-05-12",
    ),
    (
        "§ 89",
        "KS 2026/95",
        "Internkontrollplan 2026 för kommunstyrelsen",
        [
            (
                "p",
                "",
                "Kvalitetscontroller Elin Mård presenterar förslaget till internkontrollplan med fem kontrollmoment, "
                "bland annat attest av fakturor, hantering av personuppgiftsincidenter och följsamhet till "
                "upphandlade avtal.",
            ),
            ("L", "Kommunstyrelsens beslut", ""),
            ("p", "", "Kommunstyrelsen fastställer internkontrollplan 2026 för kommunstyrelsen."),
        ],
        ["Kommunledningsförvaltningen", "Revisorerna"],
        "2026-05-19",
    ),
    (
        "§ 91",
        "KS 2026/101",
        "Val av ombud till Brännemo Energi AB:s årsstämma 2026",
        [
            ("L", "Kommunstyrelsens beslut", ""),
            (
                "p",
                "",
                "Kommunstyrelsen utser Eva Lindh (M) till ombud och Anders Hed (S) till ersättare för ombudet vid "
                "Brännemo Energi AB:s årsstämma den 28 maj 2026.",
            ),
        ],
        ["Brännemo Energi AB", "Eva Lindh", "Anders Hed"],
        "2026-05-19",
    ),
]


def write_docx_protokollsutdrag(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.0)

    def field(par: object, instr: str) -> None:
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        par._p.append(fld)  # type: ignore[attr-defined]

    def run_text(par: object, text: str) -> None:
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        par._p.append(r)  # type: ignore[attr-defined]

    ht = sec.header.add_table(rows=2, cols=3, width=Cm(16.5))
    ht.autofit = False
    vals = [("Brännemo kommun", "PROTOKOLLSUTDRAG", None), ("Kommunstyrelsen", "Sammanträdesdatum 2026-05-12", "")]
    for r_i, row in enumerate(vals):
        for c_i, v in enumerate(row):
            c = ht.cell(r_i, c_i)
            c.width = [Cm(6.5), Cm(6.5), Cm(3.5)][c_i]
            p = c.paragraphs[0]
            if v is None:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                field(p, "PAGE")
                run_text(p, " (")
                field(p, "NUMPAGES")
                run_text(p, ")")
                continue
            run = p.add_run(v)
            if r_i == 0:
                run.bold = True
                run.font.size = Pt(12 if c_i == 0 else 11)
            else:
                run.font.size = Pt(9)
    sec.header.paragraphs[0].text = ""
    sec.footer.paragraphs[0].add_run(
        "Brännemo kommun · Kommunledningsförvaltningen · Storgatan 1 · 000 00 Brännemo · kommun@brannemo.se"
    ).font.size = Pt(7.5)

    d.add_heading("Utdrag ur kommunstyrelsens protokoll", level=1)
    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in (
        ("Sammanträdesdatum", "Tisdagen den 12 maj 2026"),
        ("Justerat", "2026-05-19 (§ 86 omedelbart justerad 2026-05-12)"),
        ("Paragrafer i utdraget", "78, 79, 82, 85, 86, 89, 91"),
        ("Sekreterare", "Linnea Falk"),
        ("Anslaget", "2026-05-20–2026-06-11 på kommunens digitala anslagstavla"),
    ):
        cells = info.add_row().cells
        cells[0].width, cells[1].width = Cm(5.0), Cm(11.0)
        cells[0].paragraphs[0].add_run(k).bold = True
        cells[1].paragraphs[0].add_run(v)
    d.add_paragraph()
    d.add_paragraph(
        "Paragraferna nedan översänds för kännedom eller åtgärd till de mottagare som anges i sändlistan och "
        "under respektive paragraf. Övriga paragrafer från sammanträdet finns i det fullständiga protokollet."
    )
    p = d.add_paragraph()
    p.add_run("Sändlista").bold = True
    sl = d.add_table(rows=1, cols=2)
    sl.style = "Table Grid"
    sl.rows[0].cells[0].paragraphs[0].add_run("§").bold = True
    sl.rows[0].cells[1].paragraphs[0].add_run("Mottagare").bold = True
    for nr, _dnr, _ttl, _blocks, recipients, _date in KS_PARAGRAPHS:
        cells = sl.add_row().cells
        cells[0].width, cells[1].width = Cm(2.0), Cm(14.0)
        cells[0].text = nr.replace("§ ", "")
        cells[1].text = "; ".join(recipients)

    for i, (nr, dnr, ttl, blocks, recipients, date) in enumerate(KS_PARAGRAPHS):
        if i % 2 == 0:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            d.add_paragraph()
        hp = d.add_paragraph()
        hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
        hp.paragraph_format.space_after = Pt(0)
        r = hp.add_run(nr)
        r.bold = True
        r.font.size = Pt(12)
        hp.add_run(f"\tDnr {dnr}").font.size = Pt(9.5)
        d.add_heading(ttl, level=2)
        for kind, lab, text in blocks:
            if kind == "L":
                lp = d.add_paragraph()
                lp.paragraph_format.space_before = Pt(6)
                lp.paragraph_format.space_after = Pt(2)
                lp.add_run(lab).bold = True
            elif kind == "b":
                d.add_paragraph(text, style="List Bullet")
            elif kind == "att":
                ap = d.add_paragraph()
                ap.paragraph_format.left_indent = Cm(1.0)
                ap.paragraph_format.first_line_indent = Cm(-1.0)
                ap.paragraph_format.space_after = Pt(2)
                ap.add_run("att\t" + text[4:])
            else:
                pp = d.add_paragraph()
                if lab:
                    pp.add_run(lab + " ").bold = True
                pp.add_run(text)
        ep = d.add_paragraph()
        ep.paragraph_format.space_before = Pt(6)
        ep.add_run("Expedieras till").bold = True
        for x in recipients:
            d.add_paragraph(x, style="List Bullet")
        ub = d.add_table(rows=1, cols=2)
        ub.style = "Table Grid"
        c0, c1 = ub.rows[0].cells
        c0.width, c1.width = Cm(4.0), Cm(12.0)
        c0.paragraphs[0].add_run("Utdragsbestyrkande").bold = True
        c1.paragraphs[0].add_run(f"Rätt utdraget intygar: Linnea Falk, kommunsekreterare, {date}").font.size = Pt(9)

    d.core_properties.title = "Protokollsutdrag kommunstyrelsen 2026-05-12"
    d.core_properties.author = "Brännemo kommun"
    d.save(str(out))


# ---------------------------------------------------------------------------------------------------------------
# c. kungörelse as pdftotext -layout text, kommunfullmäktige (Kvarnsjö kommun)
# ---------------------------------------------------------------------------------------------------------------

LINE_W = 88
IND = 11


def _wrap(text: str, indent: int = IND) -> list[str]:
    return [" " * indent + x for x in textwrap.wrap(text, width=LINE_W - indent, break_on_hyphens=False)]


def _runin(label: str, text: str) -> list[str]:
    lines = textwrap.wrap(f"{label} {text}", width=LINE_W - IND, break_on_hyphens=False)
    return [" " * IND + x for x in lines]


def _arende(nr: int, dnr: str, title_lines: list[str], extra: list[tuple[str, str]]) -> list[str]:
    head = f"Ärende {nr}"
    if dnr:
        head = head.ljust(LINE_W - len(dnr)) + dnr
    out = [head] + [" " * IND + t for t in title_lines]
    for lab, text in extra:
        out += _runin(lab, text)
    return [*out, ""]


def kungorelse_text() -> str:
    def header(page: int) -> list[str]:
        return [
            "KVARNSJÖ KOMMUN".ljust(60) + "KUNGÖRELSE",
            "Kommunfullmäktige".ljust(60) + "Datum 2026-06-03",
            " " * 60 + f"Sida {page} (2)",
            "",
            "",
        ]

    footer = [
        "",
        "Kvarnsjö kommun, Kommunkansliet, Torggatan 5, 000 00 Kvarnsjö  ·  Tfn 0000-123 00  ·  www.kvarnsjo.se",
    ]

    p1: list[str] = [
        "Kommunfullmäktige sammanträder",
        "",
        "Dag och tid   Måndagen den 15 juni 2026 kl. 18.00",
        "Plats         Kvarnsjö Folkets hus, stora salen",
        "",
    ]
    p1 += _wrap(
        "Ledamot som är förhindrad att delta anmäler detta till kommunkansliet senast kl. 12.00 "
        "sammanträdesdagen, så att ersättare kan kallas. Sammanträdet är offentligt och sänds direkt på "
        "kommunens webbplats.",
        0,
    )
    p1 += ["", "", "INLEDANDE ÄRENDEN", ""]
    p1 += _arende(1, "", ["Upprop och anmälan av tjänstgörande ersättare"], [])
    p1 += _arende(2, "", ["Val av två justerare och tid för justering"], [])
    p1 += ["INFORMATIONSÄRENDEN", ""]
    p1 += _arende(3, "", ["Information om Kvarnsjö Vatten AB:s verksamhet 2025"], [("Föredragande:", "vd Tomas Wiik")])
    p1 += ["BESLUTSÄRENDEN", ""]
    p1 += _arende(
        4,
        "Dnr KS 2026/45",
        ["Årsredovisning 2025 och ansvarsfrihet för kommunstyrelsen och nämnderna"],
        [
            ("Föredragande:", "ekonomichef Linda Borg"),
            ("Kommunstyrelsens förslag:", "Kommunfullmäktige godkänner årsredovisningen för 2025."),
            (
                "Revisorernas förslag:",
                "Ansvarsfrihet beviljas för kommunstyrelsen och samtliga nämnder samt för de enskilda "
                "förtroendevalda i dessa organ.",
            ),
        ],
    )
    p1 += _arende(
        5,
        "Dnr KS 2026/58",
        ["Tilläggsbudget 2026 för socialnämnden"],
        [
            (
                "Kommunstyrelsens förslag:",
                "Socialnämnden tilldelas 9,5 miljoner kronor i tilläggsbudget för 2026. Tilläggsbudgeten "
                "finansieras genom att kommunens budgeterade resultat minskas.",
            ),
            ("Föredragande:", "kommunstyrelsens ordförande Hans Ödman (S)"),
        ],
    )
    p1 += _arende(
        6,
        "Dnr KS 2026/33",
        ["Reviderad arbetsordning för kommunfullmäktige"],
        [
            (
                "Demokratiberedningens förslag:",
                "Kommunfullmäktige antar reviderad arbetsordning att gälla från och med den 1 juli 2026.",
            ),
        ],
    )
    p1 += ["VALÄRENDEN", ""]
    p1 += _arende(
        7,
        "Dnr KS 2026/12",
        ["Val av ny ledamot i socialnämnden efter Leif Granat (KD)"],
        [("Valberedningens förslag", "lämnas vid sammanträdet.")],
    )

    p2: list[str] = []
    p2 += _arende(
        8,
        "Dnr KS 2026/13",
        ["Val av nämndeman i Mellanåns tingsrätt för återstoden av", "mandatperioden 2024–2027"],
        [("Valberedningens förslag:", "Till nämndeman väljs Anna-Karin Husberg (C).")],
    )
    p2 += ["MOTIONER", ""]
    p2 += _arende(
        9,
        "Dnr KS 2025/140",
        ["Svar på motion från Irma Bengtsson (MP) om laddstolpar vid kommunens förskolor"],
        [("Kommunstyrelsens förslag:", "Motionen anses besvarad.")],
    )
    p2 += _arende(
        10,
        "Dnr KS 2025/162",
        ["Svar på motion från Roger Falk (SD) om kameraövervakning vid", "Kvarnsjö resecentrum"],
        [("Kommunstyrelsens förslag:", "Motionen avslås.")],
    )
    p2 += ["INTERPELLATIONER", ""]
    p2 += _arende(
        11,
        "Dnr KS 2026/71",
        ["Interpellation från Sara Holm (V) till socialnämndens ordförande om", "bemanningen i hemtjänsten"],
        [],
    )
    p2 += ["ANMÄLNINGAR", ""]
    p2 += _arende(12, "", ["Anmälan av nya motioner, interpellationer och medborgarförslag"], [])
    p2 += [""]
    p2 += _wrap(
        "Handlingar finns tillgängliga i kommunhusets reception och på www.kvarnsjo.se från och med "
        "torsdagen den 4 juni 2026.",
        0,
    )
    p2 += [""]
    p2 += _wrap(
        "Fullmäktiges kommande sammanträden: måndagen den 21 september och måndagen den 16 november 2026, "
        "båda kl. 18.00 i Kvarnsjö Folkets hus.",
        0,
    )
    p2 += [
        "",
        "",
        "Kvarnsjö den 3 juni 2026",
        "",
        "",
        "Marianne Lidén".ljust(40) + "Lars Sjöberg",
        "Ordförande".ljust(40) + "Kommunsekreterare",
    ]

    page_len = 58
    out = []
    for i, pg in enumerate((p1, p2), start=1):
        body = header(i) + pg
        body += [""] * max(0, page_len - len(body))
        out.append("\n".join(body + footer) + "\n")
    return "\f".join(out) + "\f"


# ---------------------------------------------------------------------------------------------------------------
# d. HTML e-mail with minnesanteckningar, samverkansrådet för närvård (Region Norrskog)
# ---------------------------------------------------------------------------------------------------------------

NARVARD_PUNKTER: list[tuple[str, list[str], str]] = [
    (
        "Mötets öppnande och godkännande av dagordningen",
        ["Ordföranden Göran Westin hälsade alla välkomna och öppnade mötet."],
        "Dagordningen godkändes.",
    ),
    (
        "Föregående minnesanteckningar",
        ["Minnesanteckningarna från mötet i mars gicks igenom. Inga synpunkter."],
        "Minnesanteckningarna lades till handlingarna.",
    ),
    (
        "Utskrivningsklara patienter – läget i länet",
        [
            "Föredragande: Anna Sjöqvist, verksamhetschef, Norrskogs sjukhus",
            "Antalet dagar som utskrivningsklara patienter väntar på sjukhuset har minskat från i genomsnitt 3,1 "
            "till 2,2 dagar sedan årsskiftet. Skillnaderna mellan kommunerna är fortsatt stora.",
        ],
        "Rådet noterade informationen. Kommunerna tar med sig sina egna siffror till nästa möte.",
    ),
    (
        "Reviderad rutin för samordnad individuell plan (SIP)",
        [
            "Peter Lund, socialchef i Tallby kommun, presenterade förslaget till reviderad rutin. Den viktigaste "
            "ändringen är att kallelse till SIP-möte ska skickas inom fem arbetsdagar.",
        ],
        "Rådet ställde sig bakom den reviderade rutinen, som börjar gälla den 1 september 2026.",
    ),
    (
        "Mobila team för äldre med omfattande behov",
        [
            "Lena Grå, utvecklingsledare, och Erik Nyman, distriktsläkare, informerade om försöket med mobila "
            "team i Tallby och Östersjö. Försöket har pågått sedan oktober och utvärderas under sommaren.",
        ],
        "Inget beslut. Frågan tas upp igen när utvärderingen är klar.",
    ),
    (
        "Budget för närvårdssamverkan 2027",
        [
            "Ekonom Maja Frost redovisade förslaget till budget. Kostnaderna för samordnartjänsten och för "
            "utbildningsdagarna ligger i nivå med 2026.",
        ],
        "Rådet beslutade att föreslå parterna en oförändrad budget på 1,2 miljoner kronor för 2027, fördelad "
        "efter invånarantal.",
    ),
    (
        "Rapport från länets arbetsgrupp för psykisk hälsa",
        [
            "Karolina Eng rapporterade från arbetsgruppens möte i maj, där gruppen diskuterade en gemensam "
            "handlingsplan för suicidprevention.",
        ],
        "Karolina Eng skickar ut arbetsgruppens lägesrapport till rådets ledamöter.",
    ),
    (
        "Övriga frågor",
        [
            "Östersjö kommun tog upp frågan om tillgången till läkare vid särskilda boenden under semesterperioden. "
            "Ingrid Berg svarade att bemanningen är klar för juli men inte för augusti.",
        ],
        "",
    ),
    (
        "Nästa möte",
        ["Nästa möte hålls onsdag 9 september 2026 kl. 13.00–15.30 i Tallby kommunhus."],
        "",
    ),
]

NARVAROLISTA = [
    "Göran Westin, ordförande – Region Norrskog",
    "Ingrid Berg, hälso- och sjukvårdsdirektör – Region Norrskog",
    "Anna Sjöqvist, verksamhetschef – Norrskogs sjukhus",
    "Peter Lund, socialchef – Tallby kommun",
    "Camilla Roos, socialchef – Östersjö kommun",
    "Lena Grå, utvecklingsledare – Östersjö kommun",
    "Erik Nyman, distriktsläkare – Hälsocentralen Tallby",
    "Maja Frost, ekonom – Region Norrskog",
    "Karolina Eng, närvårdssamordnare (antecknare) – Region Norrskog",
]


def minnes_html() -> str:
    ol = "\n".join(f"<li>{t}</li>" for t, _n, _b in NARVARD_PUNKTER)
    ul = "\n".join(f"<li>{x}</li>" for x in NARVAROLISTA)
    rows = []
    for i, (t, notes, res) in enumerate(NARVARD_PUNKTER, start=1):
        inner = "\n".join(f'<p class="MsoNormal">{x}</p>' for x in notes)
        if res:
            inner += f'\n<p class="MsoNormal"><b>Beslut/åtgärd:</b> {res}</p>'
        rows.append(
            f'<tr>\n<td width="190" valign="top" style="border:solid #A6A6A6 1.0pt;padding:4pt">'
            f'<p class="MsoNormal"><b>{i}. {t}</b></p></td>\n'
            f'<td width="430" valign="top" style="border:solid #A6A6A6 1.0pt;padding:4pt">\n{inner}\n</td>\n</tr>'
        )
    table = "\n".join(rows)
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" lang="sv">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<title>Minnesanteckningar samverkansrådet för närvård 27 maj</title>
<style>
p.MsoNormal {{margin:0cm; font-size:11pt; font-family:"Calibri",sans-serif;}}
.Header {{border-bottom:solid #E1E1E1 1.0pt; padding-bottom:4pt;}}
</style>
</head>
<body lang="SV" link="#0563C1">
<div class="WordSection1">
<table class="Header" border="0" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Från:</b></p></td><td><p class="MsoNormal">Karolina Eng &lt;karolina.eng@regionnorrskog.se&gt;</p></td></tr>
<tr><td><p class="MsoNormal"><b>Skickat:</b></p></td><td><p class="MsoNormal">den 29 maj 2026 10:14</p></td></tr>
<tr><td><p class="MsoNormal"><b>Till:</b></p></td><td><p class="MsoNormal">Göran Westin; Ingrid Berg; Anna Sjöqvist; Peter Lund; Camilla Roos; Lena Grå; Erik Nyman; Maja Frost; Jonas Hellberg</p></td></tr>
<tr><td><p class="MsoNormal"><b>Kopia:</b></p></td><td><p class="MsoNormal">Närvård Norrskog &lt;narvard@regionnorrskog.se&gt;</p></td></tr>
<tr><td><p class="MsoNormal"><b>Ämne:</b></p></td><td><p class="MsoNormal">Minnesanteckningar samverkansrådet för närvård 27 maj</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Hej alla!</p>
<p class="MsoNormal">Här kommer minnesanteckningarna från mötet i onsdags. Hör av er till mig senast fredag den 5 juni om något behöver rättas, annars läggs de ut på närvårdens webbplats.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b><span style="font-size:14pt">Minnesanteckningar – Samverkansrådet för närvård</span></b></p>
<p class="MsoNormal"><b>Datum:</b> onsdag 27 maj 2026</p>
<p class="MsoNormal"><b>Tid:</b> 13.00–15.30</p>
<p class="MsoNormal"><b>Plats:</b> Regionens hus, rum Ripan, samt via Teams</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Närvarande:</b></p>
<ul style="margin-top:0cm">
{ul}
</ul>
<p class="MsoNormal"><b>Förhinder:</b> Jonas Hellberg, socialchef – Älvby kommun</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Dagordning</b></p>
<ol style="margin-top:0cm">
{ol}
</ol>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr>
<td width="190" style="background:#D9E2F3;border:solid #A6A6A6 1.0pt;padding:4pt"><p class="MsoNormal"><b>Punkt</b></p></td>
<td width="430" style="background:#D9E2F3;border:solid #A6A6A6 1.0pt;padding:4pt"><p class="MsoNormal"><b>Anteckning</b></p></td>
</tr>
{table}
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Vid pennan</p>
<p class="MsoNormal">Karolina Eng</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Med vänlig hälsning</b></p>
<p class="MsoNormal">Karolina Eng<br>Närvårdssamordnare<br>Hälso- och sjukvårdsförvaltningen<br>Region Norrskog<br>Tfn 010-000 12 34</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:8pt;color:gray">Detta e-postmeddelande kan innehålla information som är avsedd endast för mottagaren. Om du har fått meddelandet av misstag, meddela avsändaren och radera meddelandet.</span></p>
</div>
</body>
</html>
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_pdf_protokoll(OUT / "2026-06-09-protokoll-tekniska-namnden.pdf")
    write_docx_protokollsutdrag(OUT / "2026-05-12-protokollsutdrag-kommunstyrelsen.docx")
    (OUT / "2026-06-15-kungorelse-kommunfullmaktige.txt").write_text(kungorelse_text(), encoding="utf-8")
    (OUT / "2026-05-27-minnesanteckningar-samverkansradet-for-narvard.html").write_text(minnes_html(), encoding="utf-8")


if __name__ == "__main__":
    main()
