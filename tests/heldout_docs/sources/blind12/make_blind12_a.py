# ruff: noqa: E501  (lines of the documents' own text)
"""Blind set 12, helper a: writes four meeting documents into ../../blind12/ (gold: ../../blind12/gold-blind12a.jsonl).

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind12/make_blind12_a.py`.

 a. 2026-03-24-protokoll-regionfullmaktige.pdf
        reportlab platypus; Region Hällestrand's regionfullmäktige, a TWO-DAY meeting (tisdag 24 och onsdag 25
        mars 2026) adjourned overnight; running header "Region Hällestrand" left and "REGIONFULLMÄKTIGE /
        PROTOKOLL" right over "Sammanträdesdagar 2026-03-24 och 2026-03-25"; footer with three initial boxes
        "Ordf. sign | Just. sign | Just. sign" and "Sida N av M"; page 1: title, a label/value grid (Tid with two
        lines, one per day, Plats, Ajournering, Beslutande "Se närvarobilaga", Justerare, Justering, Paragrafer
        "1 §–14 §") and signature lines; then items NUMBERED WITH THE SIGN AFTER THE NUMBER ("7 §"), each opened
        by a one-row borderless table "7 §" | bold title | "Dnr RS 2025/318" (right-aligned, small; none on the
        formal items); a shaded full-width band "Dag 1 – tisdag 24 mars 2026" before 1 § and "Dag 2 – onsdag 25
        mars 2026" before 9 §; an italic paragraph "Sammanträdet ajourneras kl. 17.15 och återupptas onsdagen den
        25 mars 2026 kl. 09.00." after 8 §; bold labels "Regionstyrelsens förslag till beslut", "Yrkanden",
        "Propositionsordning", "Votering", "Regionfullmäktiges beslut", "Reservation", "Jäv", "Beslutet skickas
        till"; decision wordings "Regionfullmäktige ställer sig bakom …", "Ärendet återremitteras till
        regionstyrelsen …", numbered points "1. … 2. …", "Föredragningslistan fastställs med den ändringen att
        …"; presenters "X och Y presenterar årsredovisningen", "Föredras av regionråd X (KD).", "X föredrar
        ärendet", "Fastighetsdirektör X informerar inledningsvis om …", "Revisionens ordförande X redovisar …";
        14 § closes the meeting and names the next one (tisdagen den 16 juni 2026).
 b. 2026-09-08-kallelse-samhallsbyggnadsnamnden.html
        a meeting page of Kvarnås kommun's politics portal ("Kvarnås kommun – Politik och beslut"): skip link,
        top menu, breadcrumb, an aside "Kommande sammanträden" (three later dates of the same nämnd) and "Kontakt";
        <h1>Samhällsbyggnadsnämnden</h1>, <p class="motestyp">Kallelse till sammanträde</p>, a
        <table class="moteinfo"> (Datum "tisdag 8 september 2026", Tid "13:00–16:30", Plats, Status "Kallelse
        publicerad", Ordförande, Sekreterare); the ten items as <details>/<summary> ACCORDIONS, the summary
        "<span class=nr>Punkt 5</span> <span class=rubrik>Title</span>", inside: <p class=arendenr>
        "Ärendenummer: SBN 2026/0117", a description, presenter lines in varied forms ("Föredragande:
        bygglovschef X", "Ärendet dras av planarkitekt X.", "Samhällsbyggnadschef X informerar …", "Handläggare:"
        (no presenter)), an <h4>Förslag till beslut</h4> with a <p> or an <ol>, an <h4>Handlingar</h4> with a
        <ul class=bilagor> of dated attachment links "(PDF, 212 kB)"; "Nästa sammanträde: tisdag 6 oktober 2026";
        footer "Publicerad 2026-09-01 · Senast ändrad 2026-09-02".
 c. 2026-09-17-minnesanteckningar-arbetsgruppen-for-klimatanpassning.docx
        python-docx; Lövnäs kommun; page header "Lövnäs kommun<TAB>Minnesanteckningar" / "Samhällsbyggnads-
        förvaltningen<TAB>2026-09-17"; Title "Minnesanteckningar", a Subtitle "Arbetsgruppen för
        klimatanpassning", run-in bold label paragraphs (Mötesdatum "torsdag 17 september 2026, kl. 13.00–15.30",
        Plats, Antecknare), "Deltagare" and "Frånvarande" as List Bullet paragraphs "Name, role (förvaltning)";
        the whole meeting as ONE ACTION-LOG Word table (Table Grid, shaded header row) Nr | Ämne | Anteckning |
        Ansvarig | Klart till, one row per punkt 1–8; the Anteckning cell holds several paragraphs: notes in the
        past tense with presenters ("Konsulten X, Vattenbyrån AB, presenterade …", "X gick igenom …", "X, MAS,
        informerade …", "Projektledare X redovisade …"), a run-in bold "Beslut:" paragraph, or "Överenskoms att
        …"; the Ansvarig/Klart till cells give names and deadlines (dates, not meetings) or "–"; row 8 "Nästa
        möte" with its date in the cell.
 d. 2026-10-20-protokollsutdrag-barn-och-utbildningsnamnden.txt
        plain text as `pdftotext -layout` prints a two-page PROTOKOLLSUTDRAG of barn- och utbildningsnämnden
        (Ekeslätts kommun) holding two non-consecutive §§ (87, 90): a letterhead in three space-drawn columns
        ("EKESLÄTTS KOMMUN   PROTOKOLLSUTDRAG   1 (2)" / "Barn- och utbildningsnämnden   Sammanträdesdatum" /
        "2026-10-20" under its label), a short header (Plats och tid, Justerat 2026-10-27, Paragrafer i utdraget);
        each § a line "§ 87" with "Dnr BUN 2026/214" flush right and the title on the next line; labels on lines
        of their own (Ärendebeskrivning, Beslutsunderlag with "–" lines and dates, Arbetsutskottets förslag till
        beslut, Förvaltningens förslag till beslut, Yrkanden, Propositionsordning, Votering, Beslut, Reservation,
        Beslutet skickas till); § 87: the arbetsutskott's proposal and a decision "Barn- och utbildningsnämnden
        föreslår kommunfullmäktige att anta …"; § 90 the förvaltning's proposal, an återremiss yrkande, a vote
        and "Ärendet återremitteras till förvaltningen …"; a form feed, the running header again with "2 (2)",
        "Justerandes sign | Utdragsbestyrkande" footer lines on each page, and "Rätt utdraget intygar" at the end.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[2] / "blind12"
FONTS = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------------------------------------------------------
# a. PDF protokoll, regionfullmäktige (Region Hällestrand), two days, "7 §" numbering
# ---------------------------------------------------------------------------------------------------------------

RF_ITEMS: list[dict[str, Any]] = [
    {"day": "Dag 1 – tisdag 24 mars 2026"},
    {
        "nr": "1",
        "title": "Sammanträdets öppnande",
        "body": [
            (
                "p",
                "Ordföranden Karin Holmgren (S) hälsar ledamöter, tjänstepersoner och åhörare välkomna och förklarar sammanträdet öppnat kl. 10.00.",
            )
        ],
    },
    {
        "nr": "2",
        "title": "Upprop och närvaro",
        "body": [
            (
                "p",
                "Upprop förrättas. 69 av 71 ledamöter är närvarande vid uppropet; två ersättare tjänstgör. Närvaron framgår av bilaga 1.",
            ),
            ("label", "Regionfullmäktiges beslut"),
            ("p", "Närvaroförteckningen enligt bilaga 1 fastställs."),
        ],
    },
    {
        "nr": "3",
        "title": "Val av justerare samt tid och plats för justering",
        "body": [
            ("label", "Regionfullmäktiges beslut"),
            (
                "p",
                "Regionfullmäktige utser Anders Lövgren (M) och Fatima Hassan (V) att jämte ordföranden justera protokollet. Justeringen sker onsdagen den 1 april 2026 på regionkansliet, Regionens hus.",
            ),
        ],
    },
    {
        "nr": "4",
        "title": "Fastställande av föredragningslista",
        "body": [
            (
                "p",
                "Ordföranden meddelar att regionstyrelsen har begärt att ärendet om investeringsram för nytt akutintag behandlas under dag två, efter den regionala utvecklingsstrategin.",
            ),
            ("label", "Regionfullmäktiges beslut"),
            ("p", "Föredragningslistan fastställs med den ändringen att ärende 11 behandlas under onsdagen."),
        ],
    },
    {
        "nr": "5",
        "title": "Årsredovisning 2025 för Region Hällestrand",
        "dnr": "Dnr RS 2026/041",
        "body": [
            (
                "p",
                "Regionens årsredovisning visar ett resultat på 212 miljoner kronor, vilket motsvarar 1,9 procent av skatter och statsbidrag. Balanskravet är uppfyllt. Av fullmäktiges tolv mål bedöms åtta vara uppfyllda och fyra delvis uppfyllda.",
            ),
            ("p", "Regiondirektör Lars Norell och ekonomidirektör Malin Åhs presenterar årsredovisningen."),
            ("label", "Regionstyrelsens förslag till beslut"),
            (
                "p",
                "Regionfullmäktige godkänner årsredovisningen för 2025 och överför 40 miljoner kronor av resultatet till resultatutjämningsreserven.",
            ),
            ("label", "Yrkanden"),
            (
                "p",
                "Emma Lundin (S), Anders Lövgren (M) och Rolf Åkesson (SD) yrkar bifall till regionstyrelsens förslag.",
            ),
            ("label", "Propositionsordning"),
            (
                "p",
                "Ordföranden ställer proposition på regionstyrelsens förslag och finner att regionfullmäktige bifaller detta.",
            ),
            ("label", "Regionfullmäktiges beslut"),
            ("p", "Regionfullmäktige beslutar i enlighet med regionstyrelsens förslag."),
        ],
    },
    {
        "nr": "6",
        "title": "Revisionsberättelse och ansvarsfrihet för år 2025",
        "dnr": "Dnr RF 2026/007",
        "body": [
            (
                "p",
                "Revisionens ordförande Gunnar Ek (C) redovisar revisorernas granskning och revisionsberättelsen för 2025. Revisorerna tillstyrker att ansvarsfrihet beviljas för regionstyrelsen, nämnderna och de enskilda ledamöterna i dessa organ.",
            ),
            ("label", "Jäv"),
            (
                "p",
                "Ledamöter och ersättare i regionstyrelsen och nämnderna deltar inte i beslutet såvitt avser det egna organet.",
            ),
            ("label", "Regionfullmäktiges beslut"),
            (
                "p",
                "Regionfullmäktige beviljar regionstyrelsen, nämnderna och de enskilda förtroendevalda i dessa organ ansvarsfrihet för verksamhetsåret 2025.",
            ),
        ],
    },
    {
        "nr": "7",
        "title": "Motion om avgiftsfri kollektivtrafik för personer över 75 år",
        "dnr": "Dnr RS 2025/318",
        "body": [
            (
                "p",
                "Ulla Sterner (V) har i en motion föreslagit att personer som fyllt 75 år ska kunna resa avgiftsfritt med regionens kollektivtrafik utanför rusningstid. Kollektivtrafiknämnden har yttrat sig över motionen.",
            ),
            ("p", "Föredras av regionråd Johanna Björk (KD)."),
            ("label", "Regionstyrelsens förslag till beslut"),
            ("p", "Regionfullmäktige avslår motionen."),
            ("label", "Yrkanden"),
            (
                "p",
                "Ulla Sterner (V) och Fatima Hassan (V) yrkar bifall till motionen. Per-Olof Wik (C) yrkar att ärendet återremitteras till regionstyrelsen för att de ekonomiska konsekvenserna ska belysas.",
            ),
            ("label", "Propositionsordning"),
            (
                "p",
                "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner att det ska återremitteras. Votering begärs.",
            ),
            ("label", "Votering"),
            (
                "p",
                "Den som vill att ärendet ska avgöras i dag röstar ja, den som vill att ärendet ska återremitteras röstar nej. Med 31 ja-röster mot 38 nej-röster, 2 ledamöter frånvarande, har regionfullmäktige beslutat att återremittera ärendet. Voteringslistan framgår av bilaga 2.",
            ),
            ("label", "Regionfullmäktiges beslut"),
            (
                "p",
                "Ärendet återremitteras till regionstyrelsen för att belysa de ekonomiska konsekvenserna av ett genomförande.",
            ),
        ],
    },
    {
        "nr": "8",
        "title": "Interpellation om väntetider inom barn- och ungdomspsykiatrin",
        "dnr": "Dnr RF 2026/012",
        "body": [
            (
                "p",
                "Nils Granqvist (L) har ställt en interpellation till hälso- och sjukvårdsnämndens ordförande Per Sander (S) om åtgärder för att korta väntetiderna till utredning inom barn- och ungdomspsykiatrin.",
            ),
            (
                "p",
                "Per Sander (S) besvarar interpellationen. I debatten deltar Nils Granqvist (L), Per Sander (S) och Lisa Fjäll (MP).",
            ),
        ],
    },
    {"adjourn": "Sammanträdet ajourneras kl. 17.15 och återupptas onsdagen den 25 mars 2026 kl. 09.00."},
    {"day": "Dag 2 – onsdag 25 mars 2026"},
    {
        "nr": "9",
        "title": "Regional utvecklingsstrategi för Hällestrand 2027–2040",
        "dnr": "Dnr RS 2024/550",
        "body": [
            ("p", "Ordföranden förklarar sammanträdet återupptaget kl. 09.00. Närvaron framgår av bilaga 1."),
            (
                "p",
                "Strategin har tagits fram i dialog med länets kommuner, näringsliv och civilsamhälle. Den innehåller fyra prioriterade områden: kompetensförsörjning, hållbara transporter, klimatomställning och en jämlik hälsa.",
            ),
            ("p", "Regionstyrelsens ordförande Emma Lundin (S) föredrar ärendet."),
            ("label", "Yrkanden"),
            ("p", "Emma Lundin (S) yrkar bifall till regionstyrelsens förslag. Rolf Åkesson (SD) yrkar avslag."),
            ("label", "Propositionsordning"),
            (
                "p",
                "Ordföranden ställer proposition på bifall mot avslag och finner att regionfullmäktige bifaller regionstyrelsens förslag. Votering begärs och verkställs.",
            ),
            ("label", "Votering"),
            (
                "p",
                "Med 55 ja-röster mot 14 nej-röster, 2 ledamöter frånvarande, bifaller regionfullmäktige regionstyrelsens förslag.",
            ),
            ("label", "Regionfullmäktiges beslut"),
            (
                "p",
                "Regionfullmäktige ställer sig bakom den regionala utvecklingsstrategin för Hällestrand 2027–2040 och fastställer den att gälla från och med den 1 januari 2027.",
            ),
            ("label", "Reservation"),
            ("p", "Sverigedemokraternas ledamöter reserverar sig mot beslutet till förmån för eget yrkande."),
        ],
    },
    {
        "nr": "10",
        "title": "Revidering av reglemente för patientnämnden",
        "dnr": "Dnr RS 2026/019",
        "body": [
            (
                "p",
                "Reglementet anpassas till den nya lagen om stöd vid klagomål mot hälso- och sjukvården och till regionens nya nämndorganisation.",
            ),
            ("label", "Regionfullmäktiges beslut"),
            (
                "p",
                "Regionfullmäktige antar reviderat reglemente för patientnämnden att gälla från och med den 1 maj 2026.",
            ),
        ],
    },
    {
        "nr": "11",
        "title": "Investeringsram för nytt akutintag vid Hällestrands sjukhus",
        "dnr": "Dnr RS 2025/402",
        "body": [
            (
                "p",
                "Fastighetsdirektör Olof Brink informerar inledningsvis om projektets tidplan och om hur akutintaget ska kunna drivas under byggtiden.",
            ),
            (
                "p",
                "Det nuvarande akutintaget är dimensionerat för 35 000 besök per år men tar i dag emot drygt 52 000. Förstudien föreslår en om- och tillbyggnad i två etapper.",
            ),
            ("label", "Regionfullmäktiges beslut"),
            (
                "p",
                "1. Regionfullmäktige fastställer en investeringsram om 640 miljoner kronor för om- och tillbyggnad av akutintaget vid Hällestrands sjukhus.",
            ),
            (
                "p",
                "2. Regionstyrelsen får i uppdrag att återkomma till fullmäktige om investeringsramen riskerar att överskridas med mer än fem procent.",
            ),
            ("label", "Beslutet skickas till"),
            ("p", "Regionstyrelsen, Fastighetsnämnden, Hälso- och sjukvårdsnämnden"),
        ],
    },
    {
        "nr": "12",
        "title": "Val och entlediganden",
        "dnr": "Dnr RF 2026/003",
        "body": [
            (
                "p",
                "Johan Ring (L) har begärt att få bli entledigad från sitt uppdrag som ersättare i regionstyrelsen. Valberedningen har lämnat förslag till ny ersättare.",
            ),
            ("label", "Regionfullmäktiges beslut"),
            ("p", "1. Johan Ring (L) entledigas från uppdraget som ersättare i regionstyrelsen."),
            (
                "p",
                "2. Till ny ersättare i regionstyrelsen för tiden till och med den 31 december 2026 väljs Sanna Krook (L).",
            ),
        ],
    },
    {
        "nr": "13",
        "title": "Anmälan av nya motioner",
        "body": [
            (
                "p",
                "Följande motioner har kommit in och anmäls: motion av Lisa Fjäll (MP) om solceller på regionens fastigheter och motion av Rolf Åkesson (SD) om vårdgaranti inom tandvården.",
            ),
            ("label", "Regionfullmäktiges beslut"),
            ("p", "Motionerna överlämnas till regionstyrelsen för beredning."),
        ],
    },
    {
        "nr": "14",
        "title": "Sammanträdets avslutande",
        "body": [
            (
                "p",
                "Ordföranden tackar ledamöterna för två dagars arbete och förklarar sammanträdet avslutat kl. 15.40. Regionfullmäktiges nästa sammanträde hålls tisdagen den 16 juni 2026 kl. 10.00 i plenisalen.",
            )
        ],
    },
]


def write_pdf(out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DV-B", str(FONTS / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DV-I", str(FONTS / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFont(TTFont("DVS", str(FONTS / "DejaVuSerif.ttf")))
    pdfmetrics.registerFontFamily("DVS", normal="DVS", bold="DV-B", italic="DV-I", boldItalic="DV-B")

    page_w, page_h = A4
    left = 25 * mm
    width = page_w - 2 * left

    body = ParagraphStyle("body", fontName="DVS", fontSize=10, leading=14, spaceAfter=5)
    label = ParagraphStyle(
        "label", fontName="DV-B", fontSize=9.5, leading=13, spaceBefore=4, spaceAfter=2, keepWithNext=1
    )
    small = ParagraphStyle("small", fontName="DV", fontSize=8, leading=10)
    small_r = ParagraphStyle("small_r", parent=small, alignment=TA_RIGHT)
    num = ParagraphStyle("num", fontName="DV-B", fontSize=11, leading=14)
    head = ParagraphStyle("head", fontName="DV-B", fontSize=11, leading=14)
    title = ParagraphStyle("title", fontName="DV-B", fontSize=22, leading=26, spaceAfter=2)
    sub = ParagraphStyle("sub", fontName="DV", fontSize=13, leading=17, spaceAfter=10)
    cell_l = ParagraphStyle("cell_l", fontName="DV-B", fontSize=9, leading=12)
    cell = ParagraphStyle("cell", fontName="DVS", fontSize=9.5, leading=13)
    band = ParagraphStyle("band", fontName="DV-B", fontSize=10, leading=13, textColor=colors.white)
    italic = ParagraphStyle("italic", fontName="DV-I", fontSize=9.5, leading=13, spaceBefore=6, spaceAfter=8)

    class NumberedCanvas(rl_canvas.Canvas):
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
            self.setFont("DV-B", 11)
            self.drawString(left, page_h - 15 * mm, "Region Hällestrand")
            self.setFont("DV-B", 9)
            self.drawRightString(page_w - left, page_h - 13 * mm, "REGIONFULLMÄKTIGE – PROTOKOLL")
            self.setFont("DV", 8)
            self.drawRightString(page_w - left, page_h - 17 * mm, "Sammanträdesdagar 2026-03-24 och 2026-03-25")
            self.setLineWidth(0.6)
            self.line(left, page_h - 19.5 * mm, page_w - left, page_h - 19.5 * mm)
            # footer: three initial boxes and the page number
            self.setFont("DV", 7)
            box_w = 24 * mm
            for i, cap in enumerate(("Ordf. sign", "Just. sign", "Just. sign")):
                x = left + i * (box_w + 3 * mm)
                self.rect(x, 12 * mm, box_w, 10 * mm)
                self.drawString(x + 1.5 * mm, 19.5 * mm, cap)
            self.setFont("DV", 8)
            self.drawRightString(page_w - left, 14 * mm, f"Sida {self._pageNumber} av {total}")

    story: list[Any] = []
    story.append(Paragraph("Protokoll", title))
    story.append(Paragraph("Regionfullmäktige", sub))
    meta = [
        ("Tid", "Tisdag 24 mars 2026 kl. 10.00–17.15<br/>Onsdag 25 mars 2026 kl. 09.00–15.40"),
        ("Plats", "Regionens hus, plenisalen, Hällestrand"),
        ("Ajournering", "Sammanträdet ajournerades tisdag kl. 17.15 efter 8 § och återupptogs onsdag kl. 09.00"),
        ("Beslutande", "Se närvarobilaga, bilaga 1"),
        ("Justerare", "Anders Lövgren (M) och Fatima Hassan (V)"),
        ("Justering", "Regionkansliet, onsdag 1 april 2026"),
        ("Paragrafer", "1 §–14 §"),
    ]
    t = Table([[Paragraph(k, cell_l), Paragraph(v, cell)] for k, v in meta], colWidths=[35 * mm, width - 35 * mm])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story += [t, Spacer(1, 14 * mm)]
    sig = [
        [
            Paragraph("Sekreterare", cell_l),
            Paragraph("..................................................", cell),
            Paragraph("Tomas Vik", cell),
        ],
        [
            Paragraph("Ordförande", cell_l),
            Paragraph("..................................................", cell),
            Paragraph("Karin Holmgren", cell),
        ],
        [
            Paragraph("Justerare", cell_l),
            Paragraph("..................................................", cell),
            Paragraph("Anders Lövgren", cell),
        ],
        [
            Paragraph("Justerare", cell_l),
            Paragraph("..................................................", cell),
            Paragraph("Fatima Hassan", cell),
        ],
    ]
    st = Table(sig, colWidths=[30 * mm, 80 * mm, width - 110 * mm])
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 12)]))
    story += [st, Spacer(1, 10 * mm)]
    story.append(
        Paragraph(
            "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på regionens digitala anslagstavla den 2 april 2026.",
            small,
        )
    )
    from reportlab.platypus import PageBreak

    story.append(PageBreak())

    for item in RF_ITEMS:
        if "day" in item:
            b = Table([[Paragraph(item["day"], band)]], colWidths=[width])
            b.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#3a5a78")),
                        ("TOPPADDING", (0, 0), (-1, -1), 4),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ]
                )
            )
            story += [Spacer(1, 4 * mm), b, Spacer(1, 4 * mm)]
            continue
        if "adjourn" in item:
            story.append(Paragraph(item["adjourn"], italic))
            continue
        h = Table(
            [
                [
                    Paragraph(f"{item['nr']} §", num),
                    Paragraph(item["title"], head),
                    Paragraph(item.get("dnr", ""), small_r),
                ]
            ],
            colWidths=[16 * mm, width - 16 * mm - 38 * mm, 38 * mm],
        )
        h.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ]
            )
        )
        parts: list[Any] = [Spacer(1, 3 * mm), h, Spacer(1, 2 * mm)]
        for kind, text in item["body"]:
            parts.append(Paragraph(text, label if kind == "label" else body))
        story.append(KeepTogether(parts[:4]))
        story += parts[4:]

    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=left,
        rightMargin=left,
        topMargin=27 * mm,
        bottomMargin=30 * mm,
        title="Protokoll regionfullmäktige 2026-03-24--25",
        author="Region Hällestrand",
        subject="Regionfullmäktige",
        creator="Region Hällestrand",
        invariant=1,
    )
    doc.build(story, canvasmaker=NumberedCanvas)


# ---------------------------------------------------------------------------------------------------------------
# b. HTML kallelse, samhällsbyggnadsnämnden (Kvarnås kommun): politics portal page with <details> accordions
# ---------------------------------------------------------------------------------------------------------------

SBN_ITEMS: list[dict[str, Any]] = [
    {
        "nr": "1",
        "title": "Val av justerare",
        "body": [],
        "forslag": [
            "Nämnden utser Per Hall (C) att jämte ordföranden justera protokollet. Justering sker tisdagen den 15 september 2026 i kommunhuset."
        ],
        "bilagor": [],
    },
    {
        "nr": "2",
        "title": "Godkännande av dagordning",
        "body": [],
        "forslag": ["Dagordningen godkänns."],
        "bilagor": [],
    },
    {
        "nr": "3",
        "title": "Information från förvaltningen",
        "body": [
            "Samhällsbyggnadschef Ulrika Moberg informerar om aktuella frågor: rekryteringen av en ny miljöchef, läget i arbetet med den nya översiktsplanen och sommarens bygglovsärenden.",
            "<em>Informationsärende.</em>",
        ],
        "forslag": [],
        "bilagor": [],
    },
    {
        "nr": "4",
        "title": "Delårsrapport januari–augusti 2026",
        "arendenr": "SBN 2026/0098",
        "body": [
            "Nämnden prognostiserar ett underskott på 1,4 miljoner kronor för helåret, främst till följd av lägre intäkter från bygglovsavgifter.",
            "<strong>Föredragande:</strong> controller Maja Forsell",
        ],
        "forslag": [
            "Samhällsbyggnadsnämnden godkänner delårsrapporten för januari–augusti 2026 och överlämnar den till kommunstyrelsen."
        ],
        "bilagor": [("Tjänsteskrivelse 2026-08-24", "212"), ("Delårsrapport januari–augusti 2026", "1 480")],
    },
    {
        "nr": "5",
        "title": "Detaljplan för bostäder vid Kvarnbäcken, antagande",
        "arendenr": "SBN 2024/0311",
        "body": [
            "Planförslaget möjliggör cirka 120 bostäder i flerbostadshus och radhus samt en förskola med sex avdelningar. Planen har varit utställd för granskning under maj och juni 2026.",
            "Ärendet dras av planarkitekt Hanna Sjöberg.",
        ],
        "forslag_ol": [
            "Samhällsbyggnadsnämnden antar detaljplan för bostäder vid Kvarnbäcken.",
            "Granskningsutlåtandet godkänns.",
        ],
        "bilagor": [
            ("Tjänsteskrivelse 2026-08-20", "188"),
            ("Plankarta med bestämmelser", "2 930"),
            ("Granskningsutlåtande 2026-08-18", "402"),
        ],
    },
    {
        "nr": "6",
        "title": "Taxa för prövning och tillsyn enligt plan- och bygglagen 2027",
        "arendenr": "SBN 2026/0140",
        "body": [
            "Förvaltningen föreslår att timavgiften höjs från 1 240 kronor till 1 310 kronor och att taxan indexregleras årligen.",
            "<strong>Föredragande:</strong> bygglovschef Robert Ahl",
        ],
        "forslag": [
            "Samhällsbyggnadsnämnden föreslår kommunfullmäktige att anta taxa för prövning och tillsyn enligt plan- och bygglagen att gälla från och med den 1 januari 2027."
        ],
        "bilagor": [("Tjänsteskrivelse 2026-08-21", "176"), ("Förslag till taxa 2027", "320")],
    },
    {
        "nr": "7",
        "title": "Yttrande över motion om laddplatser vid kommunala parkeringar",
        "arendenr": "SBN 2026/0072",
        "body": [
            "Kommunstyrelsen har remitterat en motion från Centerpartiet om att bygga ut laddplatser för elbilar vid kommunens parkeringsplatser. Förvaltningen har tagit fram ett förslag till yttrande.",
            "<strong>Handläggare:</strong> trafikplanerare Nils Wahl",
        ],
        "forslag": ["Nämnden ställer sig bakom förvaltningens yttrande och överlämnar det till kommunstyrelsen."],
        "bilagor": [("Tjänsteskrivelse 2026-08-19", "154"), ("Motion om laddplatser", "96")],
    },
    {
        "nr": "8",
        "title": "Planbesked för fastigheten Kvarnås 4:12",
        "arendenr": "SBN 2026/0129",
        "body": [
            "Fastighetsägaren har ansökt om planbesked för att få uppföra ett mindre verksamhetsområde. Området pekas ut för verksamheter i gällande översiktsplan.",
            "<strong>Föredragande:</strong> planchef Anders Rehn",
        ],
        "forslag": [
            "Samhällsbyggnadsnämnden lämnar positivt planbesked för fastigheten Kvarnås 4:12. Planarbetet beräknas kunna påbörjas under 2027."
        ],
        "bilagor": [("Tjänsteskrivelse 2026-08-26", "167"), ("Ansökan om planbesked", "540")],
    },
    {
        "nr": "9",
        "title": "Redovisning av delegationsbeslut och meddelanden",
        "body": [
            "Förteckningar över delegationsbeslut fattade under perioden 2026-06-01–2026-08-31 och inkomna meddelanden."
        ],
        "forslag": ["Redovisningen läggs till handlingarna."],
        "bilagor": [("Delegationsbeslut juni–augusti 2026", "88"), ("Meddelanden", "61")],
    },
    {
        "nr": "10",
        "title": "Övriga frågor",
        "body": [],
        "forslag": [],
        "bilagor": [],
    },
]


def write_html(out: Path) -> None:
    e: list[str] = []
    e.append("<!DOCTYPE html>")
    e.append('<html lang="sv">')
    e.append("<head>")
    e.append('<meta charset="utf-8">')
    e.append("<title>Samhällsbyggnadsnämnden 2026-09-08 – Politik och beslut – Kvarnås kommun</title>")
    e.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    e.append('<link rel="stylesheet" href="/static/portal.css">')
    e.append("</head>")
    e.append("<body>")
    e.append('<a class="skip" href="#innehall">Hoppa till innehållet</a>')
    e.append('<header class="portal-header">')
    e.append('  <div class="logo"><a href="/">Kvarnås kommun</a> <span>Politik och beslut</span></div>')
    e.append('  <nav class="huvudmeny" aria-label="Huvudmeny"><ul>')
    for x in ("Sammanträden", "Organ", "Ledamöter", "Sök handlingar", "Om portalen"):
        e.append(
            f'    <li><a href="/{x.lower().replace(" ", "-").replace("ö", "o").replace("ä", "a").replace("å", "a")}">{x}</a></li>'
        )
    e.append("  </ul></nav>")
    e.append("</header>")
    e.append('<nav class="brodsmulor" aria-label="Du är här"><ol>')
    e.append(
        '  <li><a href="/">Start</a></li><li><a href="/sammantraden">Sammanträden</a></li><li><a href="/organ/sbn">Samhällsbyggnadsnämnden</a></li><li aria-current="page">2026-09-08</li>'
    )
    e.append("</ol></nav>")
    e.append('<div class="layout">')
    e.append('<main id="innehall">')
    e.append("  <h1>Samhällsbyggnadsnämnden</h1>")
    e.append('  <p class="motestyp">Kallelse till sammanträde</p>')
    e.append('  <table class="moteinfo">')
    for k, v in (
        ("Datum", "tisdag 8 september 2026"),
        ("Tid", "13:00–16:30"),
        ("Plats", "Kommunhuset, Ekesalen, Storgatan 14, Kvarnås"),
        ("Status", "Kallelse publicerad"),
        ("Ordförande", "Birgitta Olander (S)"),
        ("Sekreterare", "Jenny Alm, nämndsekreterare"),
    ):
        e.append(f'    <tr><th scope="row">{k}</th><td>{v}</td></tr>')
    e.append("  </table>")
    e.append(
        '  <p class="info">Ledamot som inte kan delta meddelar nämndsekreteraren så snart som möjligt, så att ersättare kan kallas in. Mötet är inte öppet för allmänheten.</p>'
    )
    e.append(
        '  <p><a class="knapp" href="/handlingar/sbn-2026-09-08-kallelse.pdf">Ladda ner hela kallelsen (PDF, 6,1 MB)</a></p>'
    )
    e.append('  <h2 id="arenden">Ärenden</h2>')
    e.append('  <div class="arendelista">')
    for it in SBN_ITEMS:
        e.append(f'  <details class="arende" id="punkt-{it["nr"]}">')
        e.append(
            f'    <summary><span class="nr">Punkt {it["nr"]}</span> <span class="rubrik">{it["title"]}</span></summary>'
        )
        e.append('    <div class="arende-innehall">')
        if it.get("arendenr"):
            e.append(f'      <p class="arendenr">Ärendenummer: {it["arendenr"]}</p>')
        for p in it["body"]:
            e.append(f"      <p>{p}</p>")
        if it.get("forslag"):
            e.append("      <h4>Förslag till beslut</h4>")
            for p in it["forslag"]:
                e.append(f"      <p>{p}</p>")
        if it.get("forslag_ol"):
            e.append("      <h4>Förslag till beslut</h4>")
            e.append("      <ol>")
            for p in it["forslag_ol"]:
                e.append(f"        <li>{p}</li>")
            e.append("      </ol>")
        if it["bilagor"]:
            e.append("      <h4>Handlingar</h4>")
            e.append('      <ul class="bilagor">')
            for name, kb in it["bilagor"]:
                slug = (
                    name.lower()
                    .replace(" ", "-")
                    .replace("ä", "a")
                    .replace("å", "a")
                    .replace("ö", "o")
                    .replace("–", "-")
                    .replace(":", "")
                )
                e.append(
                    f'        <li><a href="/handlingar/sbn/{it["nr"]}-{slug}.pdf">{name}</a> <span class="filinfo">(PDF, {kb} kB)</span></li>'
                )
            e.append("      </ul>")
        e.append("    </div>")
        e.append("  </details>")
    e.append("  </div>")
    e.append('  <p class="nasta"><strong>Nästa sammanträde:</strong> tisdag 6 oktober 2026</p>')
    e.append("</main>")
    e.append('<aside class="sidokolumn">')
    e.append("  <h2>Kommande sammanträden</h2>")
    e.append("  <ul>")
    for d, label in (
        ("2026-10-06", "6 oktober 2026"),
        ("2026-11-10", "10 november 2026"),
        ("2026-12-08", "8 december 2026"),
    ):
        e.append(f'    <li><a href="/sammantraden/sbn/{d}">Samhällsbyggnadsnämnden {label}</a></li>')
    e.append("  </ul>")
    e.append("  <h2>Kontakt</h2>")
    e.append("  <p>Jenny Alm, nämndsekreterare<br>0571-180 42<br>jenny.alm@kvarnas.se</p>")
    e.append("</aside>")
    e.append("</div>")
    e.append('<footer class="portal-footer">')
    e.append("  <p>Kvarnås kommun · 671 80 Kvarnås · Växel 0571-180 00</p>")
    e.append("  <p>Publicerad 2026-09-01 · Senast ändrad 2026-09-02</p>")
    e.append("</footer>")
    e.append("</body>")
    e.append("</html>")
    out.write_text("\n".join(e) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# c. DOCX minnesanteckningar, arbetsgruppen för klimatanpassning (Lövnäs kommun): one action-log table
# ---------------------------------------------------------------------------------------------------------------

KLIMAT_ROWS: list[tuple[str, str, list[str], str, str]] = [
    (
        "1",
        "Mötets öppnande och dagordning",
        ["Ordföranden Sofia Berglund hälsade välkommen.", "Beslut: Dagordningen godkändes."],
        "–",
        "–",
    ),
    (
        "2",
        "Genomgång av åtgärdslistan",
        [
            "Gruppen gick igenom de öppna åtgärderna från förra mötet. Två av fem åtgärder är klara; inventeringen av dagvattenbrunnar i Norrvik pågår fortfarande."
        ],
        "Sofia Berglund",
        "Löpande",
    ),
    (
        "3",
        "Skyfallskartering för centrala Lövnäs",
        [
            "Konsulten Ida Fors, Vattenbyrån AB, presenterade resultatet av skyfallskarteringen. Vid ett hundraårsregn riskerar ett fyrtiotal fastigheter runt Torget och Ågatan att översvämmas.",
            "Beslut: Arbetsgruppen ställer sig bakom att karteringen används som underlag i arbetet med den nya översiktsplanen.",
        ],
        "Kim Sundell",
        "2026-10-30",
    ),
    (
        "4",
        "Handlingsplan för klimatanpassning 2027–2030",
        [
            "Kim Sundell gick igenom det första utkastet till handlingsplan med 24 åtgärder inom fem områden.",
            "Förvaltningarna lämnar skriftliga synpunkter på utkastet till Kim Sundell.",
        ],
        "Samtliga",
        "2026-10-09",
    ),
    (
        "5",
        "Värmebölja – rutiner inom vård och omsorg",
        [
            "Lena Strid, MAS, informerade om sommarens erfarenheter. Rutinen för värmebölja fungerade väl på de särskilda boendena men behöver kompletteras för hemtjänsten.",
            "Överenskoms att den reviderade rutinen skickas till bildningsförvaltningen för synpunkter innan den fastställs.",
        ],
        "Lena Strid",
        "2026-11-01",
    ),
    (
        "6",
        "Ansökan om statsbidrag för förebyggande åtgärder mot naturolyckor",
        [
            "Projektledare Oskar Nyman redovisade förslaget till ansökan om bidrag för erosionsskydd vid Strandvägen. Ansökan avser 1,8 miljoner kronor och ska vara inne senast den 15 oktober 2026.",
            "Beslut: Ansökan lämnas in enligt förslaget.",
        ],
        "Oskar Nyman",
        "2026-10-15",
    ),
    (
        "7",
        "Övriga frågor",
        ["Inga övriga frågor anmäldes."],
        "–",
        "–",
    ),
    (
        "8",
        "Nästa möte",
        ["Nästa möte hålls torsdag 26 november 2026 kl. 13.00 i stadshuset, rum Ljungen."],
        "Sofia Berglund",
        "–",
    ),
]


def _fix_zip_times(path: Path, when: tuple[int, int, int, int, int, int]) -> None:
    """Rewrite a DOCX with fixed member timestamps, so that the file is the same on every run."""
    with zipfile.ZipFile(path) as z:
        members = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def write_docx(out: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    width = Cm(25.7)

    hp = sec.header.paragraphs[0]
    hp.text = "Lövnäs kommun\tMinnesanteckningar"
    hp.paragraph_format.tab_stops.add_tab_stop(width, alignment=2)
    hp2 = sec.header.add_paragraph("Samhällsbyggnadsförvaltningen\t2026-09-17")
    hp2.paragraph_format.tab_stops.add_tab_stop(width, alignment=2)
    sec.footer.paragraphs[0].text = "Lövnäs kommun · Samhällsbyggnadsförvaltningen · Box 40 · 794 80 Lövnäs"

    d.add_paragraph("Minnesanteckningar", style="Title")
    d.add_paragraph("Arbetsgruppen för klimatanpassning", style="Subtitle")

    def run_in(lbl: str, text: str) -> None:
        p = d.add_paragraph()
        r = p.add_run(lbl + " ")
        r.bold = True
        p.add_run(text)

    run_in("Mötesdatum:", "torsdag 17 september 2026, kl. 13.00–15.30")
    run_in("Plats:", "Stadshuset, rum Ljungen, och via Teams")
    p = d.add_paragraph()
    p.add_run("Deltagare").bold = True
    for x in (
        "Sofia Berglund, ordförande, samhällsbyggnadsförvaltningen",
        "Kim Sundell, miljöstrateg, samhällsbyggnadsförvaltningen",
        "Oskar Nyman, projektledare, tekniska förvaltningen",
        "Lena Strid, medicinskt ansvarig sjuksköterska, socialförvaltningen",
        "Per Wallin, räddningstjänsten",
        "Ida Fors, Vattenbyrån AB (punkt 3)",
    ):
        d.add_paragraph(x, style="List Bullet")
    p = d.add_paragraph()
    p.add_run("Frånvarande").bold = True
    d.add_paragraph("Hanna Ekdahl, bildningsförvaltningen", style="List Bullet")
    run_in("Antecknare:", "Kim Sundell")

    table = d.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    widths = [Cm(1.3), Cm(5.2), Cm(13.2), Cm(3.3), Cm(2.7)]
    for i, h in enumerate(("Nr", "Ämne", "Anteckning", "Ansvarig", "Klart till")):
        c = table.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        _shade(c, "D9E2F3")
        c.width = widths[i]
    for nr, amne, notes, ansv, klart in KLIMAT_ROWS:
        cells = table.add_row().cells
        cells[0].text = nr
        cells[1].text = amne
        first = True
        for note in notes:
            para = cells[2].paragraphs[0] if first else cells[2].add_paragraph()
            first = False
            if note.startswith("Beslut: "):
                para.add_run("Beslut: ").bold = True
                para.add_run(note[len("Beslut: ") :])
            else:
                para.add_run(note)
        cells[3].text = ansv
        cells[4].text = klart
        for i, c in enumerate(cells):
            c.width = widths[i]
    for row in table.rows:
        for c in row.cells:
            for para in c.paragraphs:
                for r in para.runs:
                    r.font.size = Pt(10)

    d.add_paragraph()
    d.add_paragraph("Minnesanteckningarna skickas till deltagarna och publiceras på intranätet under Klimatanpassning.")

    cp = d.core_properties
    cp.title = "Minnesanteckningar arbetsgruppen för klimatanpassning 2026-09-17"
    cp.author = "Kim Sundell"
    cp.last_modified_by = "Kim Sundell"
    cp.created = dt.datetime(2026, 9, 18, 10, 0, 0)
    cp.modified = dt.datetime(2026, 9, 18, 10, 0, 0)
    cp.revision = 1
    d.save(str(out))
    _fix_zip_times(out, (2026, 9, 18, 10, 0, 0))


# ---------------------------------------------------------------------------------------------------------------
# d. TXT protokollsutdrag, barn- och utbildningsnämnden (Ekeslätts kommun), `pdftotext -layout` style
# ---------------------------------------------------------------------------------------------------------------

W = 92


def _cols(*parts: tuple[int, str]) -> str:
    line = ""
    for col, text in parts:
        # a negative column: right-aligned at the line's end
        line = line.ljust(W - len(text)) + text if col < 0 else line.ljust(col) + text
    return line.rstrip()


def _wrap(text: str, indent: int = 0, width: int = 80) -> list[str]:
    words = text.split()
    lines: list[str] = []
    cur = ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width - indent:
            lines.append(" " * indent + cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(" " * indent + cur)
    return lines


def _header(page: int) -> list[str]:
    return [
        _cols((0, "EKESLÄTTS KOMMUN"), (44, "PROTOKOLLSUTDRAG"), (-1, f"{page} (2)")),
        _cols((0, "Barn- och utbildningsnämnden"), (44, "Sammanträdesdatum")),
        _cols((44, "2026-10-20")),
        "",
        "",
    ]


def _footer() -> list[str]:
    return ["", "", _cols((0, "Justerandes sign"), (30, "Utdragsbestyrkande")), ""]


def write_txt(out: Path) -> None:
    ind = 12
    p1: list[str] = _header(1)
    p1 += [
        _cols((0, "Plats och tid"), (22, "Ekeslätts skola, aulan, kl. 08.30–12.15")),
        _cols((0, "Justerat"), (22, "2026-10-27")),
        _cols((0, "Paragrafer i utdraget"), (22, "§ 87, § 90")),
        "",
        "",
        _cols((0, "§ 87"), (-1, "Dnr BUN 2026/214")),
        "",
        "Riktlinjer för skolskjuts från och med läsåret 2027/2028",
        "",
        "Ärendebeskrivning",
    ]
    p1 += _wrap(
        "Nuvarande riktlinjer för skolskjuts antogs 2019. Förvaltningen har sett över riktlinjerna mot bakgrund av ändrade busslinjer och ett ökat antal elever med växelvis boende. Förslaget innebär att avståndsgränsen för årskurs 4–6 sänks från 4 till 3 kilometer och att elever med växelvis boende kan beviljas skolskjuts från båda adresserna.",
        ind,
    )
    p1 += [""]
    p1 += _wrap(
        "Skolskjutssamordnare Tove Lindh redogör för ärendet och för de beräknade kostnaderna, cirka 0,9 miljoner kronor per år.",
        ind,
    )
    p1 += ["", "Beslutsunderlag"]
    p1 += [
        " " * ind + "– Tjänsteskrivelse 2026-09-28",
        " " * ind + "– Förslag till riktlinjer för skolskjuts",
        " " * ind + "– Arbetsutskottets protokoll 2026-10-06, § 54",
    ]
    p1 += ["", "Arbetsutskottets förslag till beslut"]
    p1 += _wrap(
        "Barn- och utbildningsnämnden föreslår kommunfullmäktige att anta riktlinjer för skolskjuts att gälla från och med läsåret 2027/2028.",
        ind,
    )
    p1 += ["", "Beslut"]
    p1 += _wrap(
        "Barn- och utbildningsnämnden föreslår kommunfullmäktige att anta riktlinjer för skolskjuts att gälla från och med läsåret 2027/2028, med den ändringen att avsnitt 4.2 om vinterväghållning ska gälla även fristående skolor.",
        ind,
    )
    p1 += ["", "Beslutet skickas till"]
    p1 += [" " * ind + "Kommunstyrelsen", " " * ind + "Skolskjutsenheten"]
    p1 += _footer()

    p2: list[str] = _header(2)
    p2 += [
        _cols((0, "§ 90"), (-1, "Dnr BUN 2026/188")),
        "",
        "Organisation av grundskolan i Västansjö och Brattfors",
        "",
        "Ärendebeskrivning",
    ]
    p2 += _wrap(
        "Elevantalet vid Västansjö skola har minskat från 64 till 41 elever på fem år. Förvaltningen föreslår att årskurs 4–6 flyttas till Brattfors skola från och med höstterminen 2027, medan förskoleklass och årskurs 1–3 finns kvar i Västansjö.",
        ind,
    )
    p2 += [""]
    p2 += _wrap("Förvaltningschef Martin Åberg och utredare Sara Kjellin föredrar ärendet.", ind)
    p2 += ["", "Förvaltningens förslag till beslut"]
    p2 += _wrap("Årskurs 4–6 vid Västansjö skola flyttas till Brattfors skola från och med höstterminen 2027.", ind)
    p2 += ["", "Yrkanden"]
    p2 += _wrap(
        "Karl Svärd (C) yrkar att ärendet återremitteras till förvaltningen för att komplettera underlaget med en konsekvensanalys för barnen och för landsbygden. Helena Roos (S) yrkar bifall till förvaltningens förslag.",
        ind,
    )
    p2 += ["", "Propositionsordning"]
    p2 += _wrap(
        "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner att nämnden beslutar att återremittera ärendet. Votering begärs.",
        ind,
    )
    p2 += ["", "Votering"]
    p2 += _wrap(
        "Ja-röst för att avgöra ärendet i dag, nej-röst för återremiss. Med 5 ja-röster mot 6 nej-röster beslutar nämnden att återremittera ärendet.",
        ind,
    )
    p2 += ["", "Beslut"]
    p2 += _wrap(
        "Ärendet återremitteras till förvaltningen för komplettering med en konsekvensanalys för barnen och för landsbygden. Ärendet ska återkomma till nämnden senast i februari 2027.",
        ind,
    )
    p2 += ["", "Reservation"]
    p2 += _wrap("Helena Roos (S) och Erik Tapper (S) reserverar sig mot beslutet.", ind)
    p2 += ["", "Beslutet skickas till"]
    p2 += [" " * ind + "Förvaltningschefen"]
    p2 += ["", "", "Rätt utdraget intygar", "", "", "Karin Sjö, nämndsekreterare"]
    p2 += _footer()

    text = "\n".join(p1) + "\n\f" + "\n".join(p2) + "\n\f"
    out.write_text(text, encoding="utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_pdf(OUT / "2026-03-24-protokoll-regionfullmaktige.pdf")
    write_html(OUT / "2026-09-08-kallelse-samhallsbyggnadsnamnden.html")
    write_docx(OUT / "2026-09-17-minnesanteckningar-arbetsgruppen-for-klimatanpassning.docx")
    write_txt(OUT / "2026-10-20-protokollsutdrag-barn-och-utbildningsnamnden.txt")


if __name__ == "__main__":
    main()
