# ruff: noqa: E501  (lines of the documents' own text)
"""Blind set 7, helper a: writes four meeting documents into ../../blind7/ (gold: ../../blind7/gold-blind7a.jsonl).

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind7/make_blind7_a.py`.

 a. 2026-03-12-protokoll-social-och-omsorgsnamnden.pdf
        reportlab platypus; the meeting date and the organ only in the title line "Protokoll fört vid social-
        och omsorgsnämndens sammanträde den 12 mars 2026" (the running header names the organ, not the date);
        header block as bold run-in labels ("Plats och tid", "Beslutande" one member a line with party and
        role, "Utses att justera", "Justeringens plats och tid"), signatures on page 1; every § as a right-
        aligned "§ 24" line, a bold underlined title and a "Dnr" line; decisions worded "Beslut" + sentence,
        "Nämnden godkänner …", "Arbetsutskottets förslag till beslut" + Yrkanden + Propositionsordning
        ("Ordföranden … finner att nämnden bifallit arbetsutskottets förslag") + "Nämndens beslut" with att-
        satser, a run-in "Beslut: …"; footer boxes "Justerandes sign" / "Utdragsbestyrkande" and "2 (3)"
 b. 2026-04-23-kallelse-regionala-kulturnamnden.docx
        python-docx; a letter header (Region Västerhav / KALLELSE / sending date 2026-04-14); meeting data in a
        borderless two-column table (Sammanträde / Dag / Tid / Plats); the items as Word's automatic numbering
        (style List Number, no typed numbers), each with "Diarienummer", "Beräknad tid", "Föredras av …" and
        "Förvaltningens förslag till beslut" followed by bullet points (List Bullet 2); a line on party group meetings
 c. 2026-02-05-minnesanteckningar-styrgruppen-for-valfardsteknik.txt
        text as `pdftotext -layout` prints a PDF whose items are a four-column table Nr | Ärende | Noteringar
        och beslut | Ansvarig, every cell wrapped in its column so that the columns run side by side; a
        running header with "Sida N av 2" and a footer at every form feed; the table head repeated on page 2;
        a page break inside item 6
 d. 2026-05-19-protokoll-miljo-och-klimatnamnden.html
        a municipality web page (menu, breadcrumb, side column with protokollsutdrag links and "Nästa
        sammanträde", footer); meeting data in a <table class="motesinfo"> (th/td rows); närvaro in a
        <details>; each § a <details class="paragraf"> whose <summary> holds <span>§ 41</span> and the title,
        with Diarienummer, Sammanfattning and Beslut (an intro "… beslutar" + <ul> of att-points, or a plain
        sentence); one § with "Förvaltningens förslag till beslut", Yrkanden, Propositionsordning, Beslut and
        Reservation

Björkvika kommun, Region Västerhav, Tallmo kommun, Sjövalla kommun, their people and numbers are invented.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "general"

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------------------------------------------------------
# a. PDF protokoll, social- och omsorgsnämnden (Björkvika kommun)
# ---------------------------------------------------------------------------------------------------------------

SON_BESLUTANDE = [
    "Marie Lindqvist (S), ordförande",
    "Gunnar Hedlund (M), vice ordförande",
    "Birgitta Holm (S)",
    "Jan Öberg (SD)",
    "Aisha Karimi (V)",
    "Tomas Wiklander (C)",
    "Rebecka Ström (KD), tjänstgörande ersättare för Leif Nyberg (KD)",
]
SON_ERSATTARE = ["Oskar Pettersson (S)", "Ylva Grahn (M)", "Dennis Lund (SD)"]

# (§, dnr, title, blocks); block kinds: "p" paragraph, "l" bold label, "a" att-sats (hanging), "r" run-in
# "Beslut: …" (bold label and text on one line)
SON_PARAGRAPHS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    (
        "§ 22",
        "",
        "Val av justerare och tid för justering",
        [
            ("l", "Beslut"),
            (
                "p",
                "Nämnden utser Birgitta Holm (S) att tillsammans med ordföranden justera dagens protokoll. "
                "Justeringen sker torsdagen den 19 mars 2026 kl. 10.00 i kommunhuset.",
            ),
        ],
    ),
    (
        "§ 23",
        "",
        "Godkännande av dagordning",
        [
            ("p", "Nämnden godkänner dagordningen."),
        ],
    ),
    (
        "§ 24",
        "Dnr SON 2026/9",
        "Ekonomisk uppföljning per februari 2026",
        [
            (
                "p",
                "Ekonomichef Helena Rydberg föredrar ärendet. Efter två månader visar nämnden ett underskott på "
                "3,4 miljoner kronor jämfört med budget. Underskottet beror främst på köpta platser inom "
                "individ- och familjeomsorgen och på ökade volymer inom hemtjänsten. Helårsprognosen är ett "
                "underskott på 9,0 miljoner kronor.",
            ),
            ("l", "Beslut"),
            ("p", "Nämnden godkänner den ekonomiska uppföljningen per februari 2026."),
        ],
    ),
    (
        "§ 25",
        "Dnr SON 2025/211",
        "Riktlinjer för biståndsbedömning inom äldreomsorgen",
        [
            ("p", "Föredragande: verksamhetschef Omar Said"),
            (
                "p",
                "Nuvarande riktlinjer antogs 2019. Förslaget till nya riktlinjer har anpassats till den nya "
                "socialtjänstlagen och ger stöd för en mer förebyggande och flexibel biståndsbedömning. "
                "Brukarrådet och pensionärsrådet har lämnat synpunkter under beredningen.",
            ),
            ("l", "Arbetsutskottets förslag till beslut"),
            ("p", "Social- och omsorgsnämnden beslutar"),
            ("a", "att anta riktlinjer för biståndsbedömning inom äldreomsorgen enligt bilaga 1,"),
            ("a", "att riktlinjerna börjar gälla den 1 maj 2026, samt"),
            ("a", "att riktlinjer för biståndsbedömning antagna den 14 mars 2019, § 31, upphör att gälla."),
            ("l", "Yrkanden"),
            (
                "p",
                "Marie Lindqvist (S) och Tomas Wiklander (C) yrkar bifall till arbetsutskottets förslag. "
                "Jan Öberg (SD) yrkar avslag på förslaget.",
            ),
            ("l", "Propositionsordning"),
            (
                "p",
                "Ordföranden ställer proposition på arbetsutskottets förslag mot Jan Öbergs avslagsyrkande och "
                "finner att nämnden bifallit arbetsutskottets förslag.",
            ),
            ("l", "Nämndens beslut"),
            ("p", "Social- och omsorgsnämnden beslutar"),
            ("a", "att anta riktlinjer för biståndsbedömning inom äldreomsorgen enligt bilaga 1,"),
            ("a", "att riktlinjerna börjar gälla den 1 maj 2026, samt"),
            ("a", "att riktlinjer för biståndsbedömning antagna den 14 mars 2019, § 31, upphör att gälla."),
            ("l", "Reservation"),
            ("p", "Jan Öberg (SD) reserverar sig mot beslutet till förmån för eget yrkande."),
        ],
    ),
    (
        "§ 26",
        "Dnr SON 2026/17",
        "Yttrande över motion om trygghetsboende i Norrby",
        [
            (
                "p",
                "Ebba Strand (C) har i en motion föreslagit att kommunen utreder möjligheten att inrätta ett "
                "trygghetsboende i Norrby. Kommunfullmäktige har remitterat motionen till nämnden. Utredare "
                "Lina Ahlgren redogör för förvaltningens förslag till yttrande. Behovet av trygghetsboende "
                "kartläggs redan inom ramen för bostadsförsörjningsprogrammet, som ska vara klart hösten 2026.",
            ),
            ("l", "Beslut"),
            (
                "p",
                "Social- och omsorgsnämnden lämnar yttrande enligt förvaltningens förslag och föreslår "
                "kommunfullmäktige att anse motionen besvarad.",
            ),
        ],
    ),
    (
        "§ 27",
        "Dnr SON 2026/4",
        "Rapport om ej verkställda beslut, kvartal 4 2025",
        [
            (
                "p",
                "Nämnden ska varje kvartal rapportera gynnande beslut som inte verkställts inom tre månader. För "
                "kvartal 4 2025 rapporteras elva beslut, varav sju gäller särskilt boende. Rapporten har "
                "sammanställts av kvalitetsutvecklare Jonas Berglund.",
            ),
            ("l", "Beslut"),
            ("p", "Social- och omsorgsnämnden beslutar"),
            ("a", "att godkänna rapporten om ej verkställda beslut för kvartal 4 2025, och"),
            ("a", "att överlämna rapporten till kommunfullmäktige och kommunens revisorer."),
        ],
    ),
    (
        "§ 28",
        "Dnr SON 2026/25",
        "Information om kompetensförsörjningsplan 2026–2028",
        [
            (
                "p",
                "HR-strateg Sofia Lindén och förvaltningschef Anders Vik informerar om arbetet med "
                "förvaltningens kompetensförsörjningsplan. Planen omfattar bland annat ett utökat antal platser "
                "för betald undersköterskeutbildning och en gemensam introduktion för nyanställda.",
            ),
            ("l", "Beslut"),
            ("p", "Informationen läggs till handlingarna."),
        ],
    ),
    (
        "§ 29",
        "Dnr SON 2026/2",
        "Redovisning av delegationsbeslut",
        [
            (
                "p",
                "Förteckning över beslut fattade med stöd av nämndens delegationsordning under perioden "
                "1 januari–28 februari 2026 redovisas.",
            ),
            ("r", "Redovisningen av delegationsbeslut godkänns och läggs till handlingarna."),
        ],
    ),
    (
        "§ 30",
        "Dnr SON 2026/3",
        "Meddelanden",
        [
            (
                "p",
                "Inkomna skrivelser: Inspektionen för vård och omsorg, beslut efter tillsyn av Solgårdens "
                "särskilda boende; kommunstyrelsens beslut om budgetramar 2027; protokoll från kommunala "
                "pensionärsrådet i februari.",
            ),
            ("r", "Meddelandena läggs till handlingarna."),
        ],
    ),
    (
        "§ 31",
        "",
        "Övriga frågor",
        [
            (
                "p",
                "Gunnar Hedlund (M) frågar om läget för rekryteringen av en ny medicinskt ansvarig "
                "sjuksköterska. Förvaltningschef Anders Vik svarar att rekryteringen pågår och att en tillträder "
                "i maj.",
            ),
        ],
    ),
]


def write_pdf_protokoll(out: Path) -> None:
    from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
    from reportlab.lib.units import mm  # type: ignore[import-untyped]
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
    from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
    from reportlab.pdfgen import canvas as rl_canvas  # type: ignore[import-untyped]
    from reportlab.platypus import (  # type: ignore[import-untyped]
        CondPageBreak,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuBd", str(DEJAVU / "DejaVuSans-Bold.ttf")))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily  # type: ignore[import-untyped]

    registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVuBd", italic="DejaVu", boldItalic="DejaVuBd")

    W, H = A4
    left, right = 25 * mm, 20 * mm

    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        """Running header with "N (M)" and footer boxes, drawn once the page count is known."""

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
            self.setFont("DejaVuBd", 10)
            self.drawString(left, H - 14 * mm, "BJÖRKVIKA KOMMUN")
            self.setFont("DejaVu", 9)
            self.drawString(left, H - 18.5 * mm, "Social- och omsorgsnämnden")
            self.drawString(W / 2 + 5 * mm, H - 14 * mm, "SAMMANTRÄDESPROTOKOLL")
            self.drawRightString(W - right, H - 14 * mm, f"{self._pageNumber} ({total})")
            # footer: two signature boxes and an Utdragsbestyrkande box
            y0, bh = 10 * mm, 13 * mm
            self.setLineWidth(0.6)
            self.setFont("DejaVu", 7)
            self.drawString(left, y0 + bh + 1.5 * mm, "Justerandes sign")
            self.rect(left, y0, 22 * mm, bh)
            self.rect(left + 24 * mm, y0, 22 * mm, bh)
            ux = W - right - 50 * mm
            self.drawString(ux, y0 + bh + 1.5 * mm, "Utdragsbestyrkande")
            self.rect(ux, y0, 50 * mm, bh)

    body = ParagraphStyle("body", fontName="DejaVu", fontSize=9.5, leading=12.5, spaceAfter=4)
    label = ParagraphStyle("label", parent=body, fontName="DejaVuBd", spaceBefore=3, spaceAfter=2)
    att = ParagraphStyle("att", parent=body, leftIndent=22, firstLineIndent=-22, spaceAfter=2)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=11.5, spaceAfter=1)
    title = ParagraphStyle("title", parent=body, fontName="DejaVuBd", fontSize=14, leading=18, spaceAfter=10)
    pnum = ParagraphStyle(
        "pnum", parent=body, fontName="DejaVuBd", fontSize=10.5, alignment=TA_RIGHT, spaceBefore=6, spaceAfter=0
    )
    ptitle = ParagraphStyle("ptitle", parent=body, fontName="DejaVuBd", fontSize=11, leading=14, spaceAfter=1)
    dnr = ParagraphStyle("dnr", parent=body, fontSize=8.5, leading=11, spaceAfter=5)

    story: list[object] = [
        Paragraph("Protokoll fört vid social- och omsorgsnämndens sammanträde den 12 mars 2026", title),
    ]

    def runin(lbl: str, text: str) -> Paragraph:
        return Paragraph(f"<b>{lbl}</b>&nbsp;&nbsp;&nbsp;{text}", small)

    story.append(runin("Plats och tid", "Kommunhuset i Björkvika, sammanträdesrum Ekorren, kl. 13.00–16.25"))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph("<b>Beslutande</b>", small))
    story.extend(Paragraph(x, small) for x in SON_BESLUTANDE)
    story.append(Spacer(1, 2 * mm))
    story.append(runin("Ej tjänstgörande ersättare", ", ".join(SON_ERSATTARE)))
    story.append(
        runin(
            "Övriga närvarande",
            "Anders Vik, förvaltningschef; Helena Rydberg, ekonomichef, § 24; Omar Said, verksamhetschef, § 25; "
            "Lina Ahlgren, utredare, § 26; Sofia Lindén, HR-strateg, § 28; Camilla Frost, nämndsekreterare",
        )
    )
    story.append(runin("Utses att justera", "Birgitta Holm (S)"))
    story.append(runin("Justeringens plats och tid", "Kommunhuset, torsdagen den 19 mars 2026 kl. 10.00"))
    story.append(runin("Paragrafer", "22–31"))
    story.append(Spacer(1, 4 * mm))

    sig = Table(
        [
            [Paragraph("<b>Underskrifter</b>", small), Paragraph("Sekreterare", small), ""],
            ["", Paragraph("........................................<br/>Camilla Frost", small), ""],
            ["", Paragraph("Ordförande", small), Paragraph("Justerande", small)],
            [
                "",
                Paragraph("........................................<br/>Marie Lindqvist (S)", small),
                Paragraph("........................................<br/>Birgitta Holm (S)", small),
            ],
        ],
        colWidths=[35 * mm, 65 * mm, W - left - right - 100 * mm],
    )
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(sig)
    story.append(Spacer(1, 3 * mm))

    for num, case, ttl, blocks in SON_PARAGRAPHS:
        story.append(CondPageBreak(28 * mm))
        story.append(Paragraph(num, pnum))
        story.append(Paragraph(f"<u>{ttl}</u>", ptitle))
        if case:
            story.append(Paragraph(case, dnr))
        else:
            story.append(Spacer(1, 2 * mm))
        for kind, text in blocks:
            if kind == "p":
                story.append(Paragraph(text, body))
            elif kind == "l":
                story.append(Paragraph(text, label))
            elif kind == "a":
                story.append(Paragraph(text.replace("att ", "att&nbsp;&nbsp;&nbsp;", 1), att))
            elif kind == "r":
                story.append(Paragraph(f"<b>Beslut:</b> {text}", body))

    story.append(Spacer(1, 6 * mm))
    anslag = Table(
        [
            [Paragraph("<b>ANSLAG/BEVIS</b>", small), ""],
            [Paragraph("Protokollet är justerat. Justeringen har tillkännagetts genom anslag.", small), ""],
            [Paragraph("Organ", small), Paragraph("Social- och omsorgsnämnden", small)],
            [Paragraph("Datum då anslaget sätts upp", small), Paragraph("2026-03-20", small)],
            [Paragraph("Datum då anslaget tas ned", small), Paragraph("2026-04-11", small)],
            [Paragraph("Förvaringsplats för protokollet", small), Paragraph("Socialförvaltningen", small)],
        ],
        colWidths=[60 * mm, W - left - right - 60 * mm],
    )
    anslag.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, "black"),
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (0, 1), (1, 1)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.append(KeepTogether([anslag]))

    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=left,
        rightMargin=right,
        topMargin=26 * mm,
        bottomMargin=32 * mm,
        title="Protokoll social- och omsorgsnämnden",
        author="Björkvika kommun",
    )
    doc.build(story, canvasmaker=NumberedCanvas)


# ---------------------------------------------------------------------------------------------------------------
# b. DOCX kallelse, regionala kulturnämnden (Region Västerhav)
# ---------------------------------------------------------------------------------------------------------------

# (title, dnr, time, presenter, description, proposal intro, proposal bullets)
RKN_ITEMS: list[tuple[str, str, str, str, str, str, list[str]]] = [
    (
        "Val av justerare",
        "",
        "09.30",
        "",
        "",
        "Förslag till beslut",
        ["Peter Moberg (M) utses att jämte ordföranden justera protokollet. Justering sker digitalt senast "
         "den 30 april 2026."],
    ),
    (
        "Fastställande av föredragningslista",
        "",
        "09.35",
        "",
        "",
        "Förslag till beslut",
        ["Föredragningslistan fastställs."],
    ),
    (
        "Fördelning av verksamhetsstöd till regionala kulturinstitutioner 2026, andra omgången",
        "RVK 2026-00041",
        "09.40–10.20",
        "Maria Engström, kulturchef",
        "Nämnden fördelade i december 2025 huvuddelen av verksamhetsstödet. Inför andra omgången återstår "
        "4,2 miljoner kronor, som förvaltningen föreslår fördelas till scenkonst och hemslöjd.",
        "Förvaltningens förslag till beslut",
        [
            "Regionala kulturnämnden fördelar 4,2 miljoner kronor i verksamhetsstöd enligt bilaga 1.",
            "Stödet betalas ut i en post senast den 31 maj 2026.",
        ],
    ),
    (
        "Regional biblioteksplan 2026–2029",
        "RVK 2025-00388",
        "10.20–11.00",
        "Erik Sandell, biblioteksutvecklare",
        "Planen har tagits fram tillsammans med länets tolv kommunbibliotek och har varit ute på remiss under "
        "hösten 2025. Remissynpunkterna redovisas i en sammanställning.",
        "Förvaltningens förslag till beslut",
        ["Regionala kulturnämnden föreslår regionstyrelsen att föreslå regionfullmäktige att anta regional "
         "biblioteksplan 2026–2029."],
    ),
    (
        "Yttrande över remiss om nationell strategi för kulturarvet",
        "RVK 2026-00067",
        "11.00–11.30",
        "Amina Yusuf, utvecklingsstrateg, och Maria Engström, kulturchef",
        "Regionen har fått remissen från Kulturdepartementet med svar senast den 15 maj 2026.",
        "Förvaltningens förslag till beslut",
        ["Regionala kulturnämnden antar förvaltningens förslag till yttrande som sitt eget och överlämnar det "
         "till Kulturdepartementet.", "Paragrafen justeras omedelbart."],
    ),
    (
        "Uppföljning av kulturplanens mål 2025",
        "RVK 2026-00012",
        "13.00–13.45",
        "Johan Lilja, analytiker",
        "Informationsärende. En genomgång av utfallet för kulturplanens indikatorer under 2025.",
        "",
        [],
    ),
    (
        "Ansökan om verksamhetsbidrag från Västerhavs dansallians",
        "RVK 2026-00059",
        "13.45–14.05",
        "Nils Carlsson, handläggare",
        "Föreningen ansöker om 600 000 kronor för en turnerande dansverksamhet i länets mindre orter.",
        "Förvaltningens förslag till beslut",
        ["Ansökan avslås med hänvisning till att verksamheten inte uppfyller kraven i nämndens riktlinjer för "
         "verksamhetsbidrag."],
    ),
    (
        "Anmälan av delegationsbeslut",
        "RVK 2026-00003",
        "14.05",
        "",
        "Förteckning över delegationsbeslut fattade under perioden 1 mars–10 april 2026.",
        "Förslag till beslut",
        ["Anmälan läggs till handlingarna."],
    ),
    ("Övriga frågor", "", "14.10", "", "", "", []),
]


def write_docx_kallelse(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.3), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Region Västerhav\tKALLELSE")
    r.bold = True
    r.font.size = Pt(10)
    hp2 = sec.header.add_paragraph()
    hp2.paragraph_format.tab_stops.add_tab_stop(Cm(16.3), WD_TAB_ALIGNMENT.RIGHT)
    hp2.add_run("Kulturförvaltningen\tDatum 2026-04-14").font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.add_run(
        "Region Västerhav · Kulturförvaltningen · Box 000, 000 00 Havsvik · www.regionvasterhav.se"
    ).font.size = Pt(8)

    p = d.add_paragraph()
    r = p.add_run("Regionala kulturnämnden")
    r.bold = True
    r.font.size = Pt(16)

    info = d.add_table(rows=0, cols=2)
    for k, v in (
        ("Sammanträde", "Regionala kulturnämnden"),
        ("Dag", "Torsdagen den 23 april 2026"),
        ("Tid", "09.30–ca 14.30, lunch 12.00–13.00"),
        ("Plats", "Regionens hus, Strandgatan 7, Havsvik, lokal Havsörnen"),
    ):
        c1, c2 = info.add_row().cells
        c1.width = Cm(3.5)
        c2.width = Cm(12.5)
        c1.paragraphs[0].add_run(k).bold = True
        c2.paragraphs[0].add_run(v)

    d.add_paragraph()
    d.add_paragraph(
        "Ledamöter kallas till sammanträde. Ersättare inbjuds att närvara. Den som har förhinder ombeds "
        "meddela nämndsekreteraren så snart som möjligt, så att ersättare kan kallas in."
    )
    d.add_paragraph("Gruppmöten hålls kl. 08.30: (S) och (V) i lokal Tärnan, (M), (KD) och (L) i lokal Måsen.")

    d.add_heading("Ärenden", level=1)
    for ttl, dnr, tid, presenter, desc, intro, bullets in RKN_ITEMS:
        p = d.add_paragraph(style="List Number")
        p.paragraph_format.space_before = Pt(8)
        p.add_run(ttl).bold = True
        meta = []
        if dnr:
            meta.append(f"Diarienummer: {dnr}")
        meta.append(f"Beräknad tid: {tid}")
        mp = d.add_paragraph(" · ".join(meta))
        mp.paragraph_format.left_indent = Cm(0.63)
        mp.runs[0].font.size = Pt(9)
        if desc:
            dp = d.add_paragraph(desc)
            dp.paragraph_format.left_indent = Cm(0.63)
        if presenter:
            pp = d.add_paragraph()
            pp.paragraph_format.left_indent = Cm(0.63)
            pp.add_run(f"Föredras av {presenter}").italic = True
        if intro:
            ip = d.add_paragraph()
            ip.paragraph_format.left_indent = Cm(0.63)
            ip.add_run(intro).bold = True
            for b in bullets:
                bp = d.add_paragraph(b, style="List Bullet 2")
                bp.paragraph_format.space_after = Pt(0)

    d.add_paragraph()
    d.add_paragraph("Handlingarna finns i mötesappen. Välkomna!")
    d.add_paragraph()
    sig = d.add_table(rows=2, cols=2)
    for cell, text in zip(sig.rows[0].cells, ("Anita Roos (S)", "Linnea Hjort"), strict=False):
        cell.text = text
    for cell, text in zip(sig.rows[1].cells, ("Ordförande", "Nämndsekreterare, tfn 0000-00 00 00"), strict=False):
        cell.text = text
    d.core_properties.title = "Kallelse regionala kulturnämnden"
    d.core_properties.author = "Region Västerhav"
    d.save(str(out))


# ---------------------------------------------------------------------------------------------------------------
# c. minnesanteckningar as pdftotext -layout text, styrgruppen för välfärdsteknik (Tallmo kommun)
# ---------------------------------------------------------------------------------------------------------------

# column starts and widths of the four-column table (as pdftotext -layout places them)
COLS = [(2, 4), (8, 26), (37, 52), (92, 18)]

SV_ROWS: list[tuple[str, str, str, str]] = [
    (
        "1",
        "Mötets öppnande och godkännande av dagordning",
        "Ordföranden hälsade alla välkomna. Dagordningen godkändes.",
        "–",
    ),
    (
        "2",
        "Föregående minnesanteckningar",
        "Minnesanteckningarna från föregående möte i december gicks igenom och lades till handlingarna.",
        "–",
    ),
    (
        "3",
        "Digital nattillsyn – utvärdering av piloten",
        "Mikael Dahl redovisade utvärderingen av piloten i hemtjänstområde Väster. 34 brukare har haft digital "
        "tillsyn med kamera under sex månader. Inga avvikelser har rapporterats och brukarna är nöjda. "
        "Styrgruppen beslutade att digital nattillsyn införs i hela hemtjänsten från och med den 1 maj 2026.",
        "Mikael Dahl",
    ),
    (
        "4",
        "Upphandling av trygghetslarm",
        "Petra Nyman informerade om tidplanen för upphandlingen. Förfrågningsunderlaget annonseras i februari "
        "och avtal beräknas kunna tecknas i juni. Beslut: Styrgruppen ställer sig bakom tidplanen.",
        "Petra Nyman",
    ),
    (
        "5",
        "Läkemedelsrobotar i ordinärt boende",
        "Diskussion om erfarenheterna från grannkommunerna. Arbetsgruppen bereder frågan vidare och den tas upp "
        "igen på nästa möte.",
        "Lena Åström",
    ),
    (
        "6",
        "Medel för välfärdsteknik 2026",
        "Controller Hampus Ek presenterade budgeten för 2026. Av de 1,6 miljoner kronor som avsatts för "
        "välfärdsteknik återstår 850 tkr efter beslutade investeringar. Styrgruppen beslutade att 500 tkr "
        "reserveras för införandet av digital nattillsyn och att resterande 350 tkr fördelas efter ansökan "
        "från verksamheterna.",
        "Hampus Ek",
    ),
    (
        "7",
        "Kommunikationsplan",
        "Kommunikatör Ida Holm redogjorde för ett utkast till kommunikationsplan för införandet av välfärdsteknik "
        "riktad till brukare och anhöriga. Åtgärd: Utkastet skickas till styrgruppen för synpunkter senast "
        "2026-02-20.",
        "Ida Holm",
    ),
    ("8", "Övriga frågor", "Inga övriga frågor.", "–"),
]

PAGE_LINES = 58


def _cell_lines(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False) or [""]


def _row_lines(cells: tuple[str, ...]) -> list[str]:
    wrapped = [_cell_lines(c, w) for c, (_, w) in zip(cells, COLS, strict=True)]
    n = max(len(w) for w in wrapped)
    lines = []
    for i in range(n):
        line = ""
        for col, (start, _) in zip(wrapped, COLS, strict=True):
            piece = col[i] if i < len(col) else ""
            if piece:
                line = line.ljust(start) + piece
        lines.append(line.rstrip())
    return lines


def minutes_text() -> str:
    def header(page: int) -> list[str]:
        return [
            "Tallmo kommun".ljust(70) + "MINNESANTECKNINGAR",
            "Vård- och omsorgsförvaltningen".ljust(46) + "2026-02-05".ljust(24) + f"Sida {page} av 2",
            "",
            "",
        ]

    footer = [
        "",
        "  Tallmo kommun · 000 00 Tallmo · Besöksadress Storgatan 1 · Telefon 0000-000 00 · www.tallmo.se",
    ]
    table_head = _row_lines(("Nr", "Ärende", "Noteringar och beslut", "Ansvarig"))
    rule = "  " + "_" * 106

    first = [*header(1), "Styrgruppen för välfärdsteknik", "", "Datum:          2026-02-05, kl. 13.00–15.30", "Plats:          Kommunhuset, rum Lärkan, samt via Teams", "", "Närvarande:     Karin Söder, förvaltningschef (ordförande)     Petra Nyman, IT-strateg", "                Lena Åström, verksamhetschef hemtjänst         Mikael Dahl, enhetschef larm och nattpatrull", "                Hampus Ek, controller                          Ida Holm, kommunikatör", "                Sara Kvist, utvecklingsledare (antecknare)", "Frånvarande:    Tobias Lund, MAS", "", ""]
    lines_before = first + table_head + [rule, ""]
    pages: list[list[str]] = []
    cur = list(lines_before)
    for row in SV_ROWS:
        rl = _row_lines(row)
        if row[0] == "6":
            # page break inside item 6: three lines on page 1, the rest on page 2
            cur += rl[:3]
            pages.append(cur)
            cur = header(2) + table_head + [rule, ""] + rl[3:] + [""]
            continue
        cur += [*rl, ""]
    cur += [
        "",
        "",
        "Nästa möte: torsdag 9 april 2026 kl. 13.00–15.30, kommunhuset, rum Lärkan",
        "",
        "Vid anteckningarna",
        "Sara Kvist",
    ]
    pages.append(cur)
    out = []
    for pg in pages:
        body = pg + [""] * max(0, PAGE_LINES - len(pg)) + footer
        out.append("\n".join(body) + "\n")
    return "\f".join(out) + "\f"


# ---------------------------------------------------------------------------------------------------------------
# d. HTML protokoll, miljö- och klimatnämnden (Sjövalla kommun)
# ---------------------------------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Miljö- och klimatnämnden, protokoll maj 2026 | Sjövalla kommun</title>
<link rel="stylesheet" href="/assets/main.css">
</head>
<body>
<a class="skip" href="#main">Hoppa till innehållet</a>
<header class="site-header">
  <a class="brand" href="/"><img src="/assets/logo.svg" alt="Sjövalla kommun"></a>
  <nav aria-label="Huvudmeny">
    <ul class="menu">
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/omsorg-och-hjalp">Omsorg och hjälp</a></li>
      <li><a href="/bo-bygga-och-miljo">Bo, bygga och miljö</a></li>
      <li><a href="/uppleva-och-gora">Uppleva och göra</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <a class="btn-e" href="/e-tjanster">E-tjänster</a>
</header>
<ol class="breadcrumb">
  <li><a href="/">Startsida</a></li>
  <li><a href="/kommun-och-politik">Kommun och politik</a></li>
  <li><a href="/kommun-och-politik/moten-och-protokoll">Möten och protokoll</a></li>
  <li aria-current="page">Miljö- och klimatnämnden 19 maj 2026</li>
</ol>
<div class="layout">
<main id="main">
<h1>Protokoll från miljö- och klimatnämnden</h1>
<p class="ingress">Här publiceras protokollet från nämndens sammanträde. Protokollet är justerat. Personuppgifter
i ärenden som rör enskilda har tagits bort.</p>

<table class="motesinfo">
  <tr><th scope="row">Organ</th><td>Miljö- och klimatnämnden</td></tr>
  <tr><th scope="row">Sammanträdesdatum</th><td>19 maj 2026</td></tr>
  <tr><th scope="row">Tid</th><td>08.30–11.50</td></tr>
  <tr><th scope="row">Plats</th><td>Stadshuset, sammanträdesrum Näckrosen</td></tr>
  <tr><th scope="row">Paragrafer</th><td>§§ 39–47</td></tr>
  <tr><th scope="row">Justerat</th><td>2026-05-25</td></tr>
  <tr><th scope="row">Anslaget</th><td>2026-05-26 till och med 2026-06-17</td></tr>
</table>

<details class="narvaro">
  <summary>Närvarande och justering</summary>
  <h2>Beslutande</h2>
  <ul>
    <li>Eva Hallberg (S), ordförande</li>
    <li>Karl Berg (M), 1:e vice ordförande</li>
    <li>Lisa Norén (MP), 2:e vice ordförande</li>
    <li>Stefan Axelsson (S)</li>
    <li>Hanna Dahlin (SD)</li>
    <li>Mohammed Ali (S)</li>
    <li>Per-Olof Sjöberg (L), tjänstgörande ersättare för Ulrika Åkesson (L)</li>
  </ul>
  <h2>Ersättare</h2>
  <ul><li>Ingrid Palm (S)</li><li>Björn Kask (M)</li></ul>
  <h2>Tjänstepersoner</h2>
  <ul>
    <li>Therese Bladh, miljöchef</li>
    <li>Rasmus Öberg, ekonom, § 41</li>
    <li>Noor Haddad, klimatstrateg, § 42</li>
    <li>Olle Frisk, enhetschef miljötillsyn, § 43</li>
    <li>Johanna Wester, nämndsekreterare</li>
  </ul>
  <p><strong>Justerare:</strong> Karl Berg (M)</p>
  <p><strong>Underskrifter:</strong> Johanna Wester (sekreterare), Eva Hallberg (ordförande), Karl Berg
  (justerare)</p>
</details>

<h2 class="arenden-rubrik">Ärenden</h2>

<details class="paragraf" id="p39">
  <summary><span class="paragrafnr">§ 39</span> <span class="rubrik">Val av justerare</span></summary>
  <div class="innehall">
    <h3>Beslut</h3>
    <p>Karl Berg (M) utses att jämte ordföranden justera protokollet. Justeringen sker måndagen den 25 maj 2026.</p>
  </div>
</details>

<details class="paragraf" id="p40">
  <summary><span class="paragrafnr">§ 40</span> <span class="rubrik">Godkännande av ärendelista</span></summary>
  <div class="innehall">
    <h3>Beslut</h3>
    <p>Ärendelistan godkänns med tillägg av ett informationsärende om algblomning i Sjövallasjön.</p>
  </div>
</details>

<details class="paragraf" id="p41">
  <summary><span class="paragrafnr">§ 41</span> <span class="rubrik">Tertialrapport 1 2026</span></summary>
  <div class="innehall">
    <p class="dnr">Diarienummer: MKN 2026/48</p>
    <h3>Sammanfattning</h3>
    <p>Ekonom Rasmus Öberg föredrar tertialrapporten. Nämnden prognostiserar ett överskott på 0,6 miljoner
    kronor för helåret, främst till följd av vakanser och högre intäkter från tillsynsavgifter.</p>
    <h3>Beslut</h3>
    <p>Miljö- och klimatnämnden beslutar</p>
    <ul>
      <li>att godkänna tertialrapport 1 2026, och</li>
      <li>att överlämna rapporten till kommunstyrelsen.</li>
    </ul>
  </div>
</details>

<details class="paragraf" id="p42">
  <summary><span class="paragrafnr">§ 42</span> <span class="rubrik">Klimatfärdplan 2030 för Sjövalla kommun</span></summary>
  <div class="innehall">
    <p class="dnr">Diarienummer: MKN 2025/112</p>
    <h3>Sammanfattning</h3>
    <p>Klimatstrateg Noor Haddad presenterar förslaget till klimatfärdplan. Färdplanen innehåller 24 åtgärder
    inom transporter, energi, byggande och konsumtion och ska halvera de territoriella utsläppen till 2030
    jämfört med 2015.</p>
    <h3>Förvaltningens förslag till beslut</h3>
    <p>Miljö- och klimatnämnden föreslår kommunfullmäktige att anta Klimatfärdplan 2030 för Sjövalla kommun.</p>
    <h3>Yrkanden</h3>
    <p>Karl Berg (M) yrkar att ärendet återremitteras för en konsekvensanalys av åtgärdernas kostnader.
    Lisa Norén (MP) yrkar bifall till förvaltningens förslag.</p>
    <h3>Propositionsordning</h3>
    <p>Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras och finner att nämnden
    beslutar att avgöra ärendet i dag. Därefter ställer ordföranden proposition på förvaltningens förslag och
    finner att nämnden bifaller det.</p>
    <h3>Beslut</h3>
    <p>Miljö- och klimatnämnden föreslår kommunfullmäktige att anta Klimatfärdplan 2030 för Sjövalla kommun.</p>
    <h3>Reservation</h3>
    <p>Karl Berg (M) och Hanna Dahlin (SD) reserverar sig mot beslutet till förmån för återremissyrkandet.</p>
  </div>
</details>

<details class="paragraf" id="p43">
  <summary><span class="paragrafnr">§ 43</span> <span class="rubrik">Tillsynsplan 2026–2027 enligt miljöbalken</span></summary>
  <div class="innehall">
    <p class="dnr">Diarienummer: MKN 2026/21</p>
    <p class="foredragande">Föredragande: Olle Frisk, enhetschef miljötillsyn</p>
    <h3>Sammanfattning</h3>
    <p>Tillsynsplanen bygger på behovsutredningen från 2025 och prioriterar lantbruk, förorenade områden och
    enskilda avlopp i anslutning till vattentäkter.</p>
    <h3>Beslut</h3>
    <p>Nämnden fastställer tillsynsplan 2026–2027 enligt miljöbalken.</p>
  </div>
</details>

<details class="paragraf" id="p44">
  <summary><span class="paragrafnr">§ 44</span> <span class="rubrik">Timavgift för prövning och tillsyn 2027</span></summary>
  <div class="innehall">
    <p class="dnr">Diarienummer: MKN 2026/35</p>
    <h3>Sammanfattning</h3>
    <p>Timavgiften har varit oförändrad sedan 2023. Förvaltningen föreslår en höjning med hänsyn till ökade
    lönekostnader och för att närma sig full kostnadstäckning.</p>
    <h3>Beslut</h3>
    <p>Miljö- och klimatnämnden beslutar</p>
    <ul>
      <li>att föreslå kommunfullmäktige att timavgiften för prövning och tillsyn enligt miljöbalken höjs till
      1 420 kronor från och med den 1 januari 2027, samt</li>
      <li>att förklara paragrafen omedelbart justerad.</li>
    </ul>
  </div>
</details>

<details class="paragraf" id="p45">
  <summary><span class="paragrafnr">§ 45</span> <span class="rubrik">Information om algblomning i Sjövallasjön</span></summary>
  <div class="innehall">
    <p class="dnr">Diarienummer: MKN 2026/60</p>
    <h3>Sammanfattning</h3>
    <p>Miljöchef Therese Bladh informerar om provtagningen i Sjövallasjön, där blågröna alger har påträffats
    vid två badplatser. Varningsskyltar har satts upp och provtagningen utökas till varje vecka.</p>
    <h3>Beslut</h3>
    <p>Informationen noteras.</p>
  </div>
</details>

<details class="paragraf" id="p46">
  <summary><span class="paragrafnr">§ 46</span> <span class="rubrik">Delegationsbeslut och meddelanden</span></summary>
  <div class="innehall">
    <p class="dnr">Diarienummer: MKN 2026/2</p>
    <h3>Beslut</h3>
    <p>Redovisningen av delegationsbeslut och meddelanden läggs till handlingarna.</p>
  </div>
</details>

<details class="paragraf" id="p47">
  <summary><span class="paragrafnr">§ 47</span> <span class="rubrik">Övriga frågor</span></summary>
  <div class="innehall">
    <p>Inga övriga frågor anmäldes.</p>
  </div>
</details>
</main>

<aside class="sidokolumn">
  <h2>Protokollsutdrag</h2>
  <ul>
    <li><a href="/download/mkn-2026-05-19-p42.pdf">§ 42 Klimatfärdplan 2030 (pdf, 210 kB)</a></li>
    <li><a href="/download/mkn-2026-05-19-p44.pdf">§ 44 Timavgift 2027 (pdf, 96 kB)</a></li>
  </ul>
  <h2>Nästa sammanträde</h2>
  <p>Tisdag 16 juni 2026 kl. 08.30, stadshuset</p>
  <h2>Kontakt</h2>
  <p>Johanna Wester, nämndsekreterare<br>johanna.wester@sjovalla.se</p>
</aside>
</div>
<footer class="site-footer">
  <p>Sjövalla kommun · 000 00 Sjövalla · Växel 0000-00 00 00 · kommun@sjovalla.se</p>
  <ul>
    <li><a href="/om-webbplatsen">Om webbplatsen</a></li>
    <li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li>
    <li><a href="/personuppgifter">Behandling av personuppgifter</a></li>
  </ul>
  <p>Senast uppdaterad: 2026-05-27</p>
</footer>
</body>
</html>
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_pdf_protokoll(OUT / "2026-03-12-protokoll-social-och-omsorgsnamnden.pdf")
    write_docx_kallelse(OUT / "2026-04-23-kallelse-regionala-kulturnamnden.docx")
    (OUT / "2026-02-05-minnesanteckningar-styrgruppen-for-valfardsteknik.txt").write_text(
        minutes_text(), encoding="utf-8"
    )
    (OUT / "2026-05-19-protokoll-miljo-och-klimatnamnden.html").write_text(HTML, encoding="utf-8")


if __name__ == "__main__":
    main()
