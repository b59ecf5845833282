# ruff: noqa: E501  (lines of the documents' own text)
"""Blind set 11, helper a: writes four meeting documents into ../../blind11/ (gold: ../../blind11/gold-blind11a.jsonl).

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind11/make_blind11_a.py`.

 a. 2026-04-23-protokoll-regionala-tillvaxtnamnden.pdf
        reportlab platypus; a coloured band at the top of every page ("REGION ÖSTLANDA" left, "Protokoll nr
        3/2026" right, no date) and a footer with "Justerandes signatur" / "Utdragsbestyrkande" boxes over
        "Regionala tillväxtnämnden · Sammanträde 2026-04-23" and "Sida N av M"; page 1 a table of meeting data
        and the närvaro as ONE six-column table Ledamot | Parti | Närv. | Ersättare | Parti | Tjg. (party codes
        in columns of their own, "X" / "–" / "§ 47" marks); DECISION FIRST: every § (a bold line "§ 43  Title"
        over a small grey Dnr line "RTN 2026-00031") opens with a SHADED BOX headed "Beslut" (a multi-row table,
        left rule), the decision as sentences or numbered points, and only then the sections "Sammanfattning",
        "Beslutsunderlag" (bullets), "Jäv", "Yrkanden", "Propositionsordning", "Votering" (a roll-call table
        Ledamot | Parti | Ja | Nej | Avstår), "Reservation", "Expedieras till"; one box with two formulas and
        running point numbers ("… föreslår regionstyrelsen besluta följande: 1. …" / "… beslutar för egen del
        följande: 2. … 3. Paragrafen förklaras omedelbart justerad."); § 50 (Övriga frågor) without a box, the
        next meeting in its prose; the signature block and the anslag sentence AFTER the last §
 b. 2026-06-10-kallelse-vard-och-omsorgsnamnden.docx
        python-docx; page header "Hedvika kommun<TAB>KALLELSE" / "Vård- och omsorgsnämnden<TAB>Sida PAGE av
        NUMPAGES" (fields); Title "Kallelse och föredragningslista"; meeting data in a Table Grid whose label
        cells are shaded; an "Ärendelista" of TAB-separated paragraphs Tid | Nr | Ärende with times, an
        unnumbered "Paus" line and SUB-ITEMS 6a / 6b under "6 Motioner"; then, after a page break, "Ärenden" with
        every item a Heading 2 "6a<TAB>Title", paragraphs "Diarienummer: …", "Handläggare: …" (not the
        presenter, in some items another person than the "Föredragande: …"), a bold "Ärendebeskrivning" and a
        bold "Förslag till beslut" label over "Vård- och omsorgsnämnden beslutar:" and Word-numbered points (List
        Number restarted per list), or a run-in "Förslag till beslut: …", or an italic "Informationsärende –
        inget förslag till beslut."; "Nästa sammanträde: …", place and date of sending, a signature table and a
        "Sändlista"
 c. 2026-06-22-kungorelse-kommunfullmaktige.html
        a municipality's "Officiell anslagstavla" page (menu, breadcrumb, an anslag table Typ av anslag / Organ /
        Sammanträdesdatum / Datum för anslag / Datum för nedtagande / Förvaringsplats, side column, footer); the
        kungörelse text "Kommunfullmäktige sammanträder måndagen den 22 juni 2026 kl. 18.00 …"; the items as
        <ol> lists under <h3> group headings whose numbers come ONLY from the list markup (<ol start="5"> etc.,
        no typed numbers); each <li> a title with the Dnr in a <span>, some followed by a proposal sentence
        without a label ("Kommunstyrelsen föreslår att fullmäktige …", "Revisorerna föreslår att …"), a
        "Motionär:" / "Interpellant:" line, a nested <ol type="a"> of sub-points (the organs whose ansvarsfrihet
        is tried, two avsägelser); the autumn meetings "hösten 2026: 28 september, 26 oktober och 30 november"
 d. 2026-05-06-minnesanteckningar-referensgruppen-for-tillganglighet.txt
        text as `pdftotext -layout` prints a PDF set in JUSTIFIED paragraphs: irregular runs of spaces between
        words and words HYPHENATED at line ends ("tillgänglig-" / "heten"), one item title wrapped and hyphenated
        ("… vid för-" / "skolor"); a right-aligned letterhead with the date, the title "Minnesanteckningar från
        möte med referensgruppen för tillgänglighet" wrapped over two lines, a label column (Tid, Plats,
        Närvarande, Förhinder, Antecknare); items "3.   Title" with the text indented under them, past-tense
        prose, run-in "Beslut:" and "Åtgärd:" lines, sub-points "a) … b) … c)" of the föreningar's reports
        with a page break between b) and c); "Nästa möte" with two dates; a distribution list

Region Östlanda, Hedvika kommun, Tjärnby kommun, Sandvreta kommun, their people and numbers are invented.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[2] / "blind11"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------------------------------------------------------
# a. PDF protokoll, regionala tillväxtnämnden (Region Östlanda): decision first, in a shaded box
# ---------------------------------------------------------------------------------------------------------------

RTN_META = [
    ("Nämnd", "Regionala tillväxtnämnden"),
    ("Datum", "Torsdag 23 april 2026"),
    ("Tid", "09.00–12.15, ajournering 10.35–10.50"),
    ("Plats", "Regionens hus, sammanträdesrum Älven, Östhamra"),
    ("Paragrafer", "§§ 41–50"),
]

RTN_NARVARO = [
    ("Ledamot", "Parti", "Närv.", "Ersättare", "Parti", "Tjg."),
    ("Karin Ekholm, ordförande", "S", "X", "Lisa Norrby", "S", "–"),
    ("Anders Tidlund, 1:e vice ordförande", "M", "X", "Erik Dahl", "M", "–"),
    ("Maria Qvist, 2:e vice ordförande", "C", "–", "Ove Sandin", "C", "X"),
    ("Fredrik Alm", "S", "X", "Johan Rehn", "S", "–"),
    ("Sanna Berglund", "S", "X", "Amina Yusuf", "S", "–"),
    ("Per Almgren", "L", "X", "Greta Wiik", "L", "§ 47"),
    ("Hanna Vik", "M", "X", "Elsa Broman", "M", "–"),
    ("Mikael Ros", "KD", "X", "Tuva Lindberg", "KD", "–"),
    ("Jenny Holm", "V", "X", "Kalle Nord", "V", "–"),
    ("Lars Wennberg", "SD", "X", "Patrik Ekman", "SD", "–"),
    ("Tobias Kron", "SD", "X", "Susanne Åhl", "SD", "–"),
]

RTN_OVRIGA = [
    (
        "Övriga närvarande",
        "Helena Brink, regional utvecklingsdirektör<br/>Oskar Nyman, nämndsekreterare<br/>Sara Wiklund, ekonomichef, § 43<br/>Daniel Forsgren, enhetschef infrastruktur, §§ 45–46<br/>Emma Lind, bredbandskoordinator, § 46<br/>Nils Berggren, projekthandläggare, § 47",
    ),
    ("Justerare", "Anders Tidlund (M)"),
    ("Justeringens plats och tid", "Regionens hus, onsdag 29 april 2026"),
]

VOTERING = [
    ("Ledamot", "Parti", "Ja", "Nej", "Avstår"),
    ("Karin Ekholm", "S", "X", "", ""),
    ("Anders Tidlund", "M", "X", "", ""),
    ("Ove Sandin (ersättare)", "C", "X", "", ""),
    ("Fredrik Alm", "S", "X", "", ""),
    ("Sanna Berglund", "S", "X", "", ""),
    ("Per Almgren", "L", "X", "", ""),
    ("Hanna Vik", "M", "X", "", ""),
    ("Mikael Ros", "KD", "X", "", ""),
    ("Jenny Holm", "V", "X", "", ""),
    ("Lars Wennberg", "SD", "", "X", ""),
    ("Tobias Kron", "SD", "", "X", ""),
    ("Summa", "", "9", "2", "0"),
]

# every § : (number, title, Dnr or "", box lines, sections); a box line is ("p", text) or ("n", "1.", text);
# a section is (label, kind, content) with kind "p" (paragraphs), "ul" (bullets) or "vote" (the roll call)
RTN_PARAS: list[tuple[int, str, str, list[tuple[str, ...]], list[tuple[str, str, Any]]]] = [
    (
        41,
        "Val av justerare",
        "",
        [
            (
                "p",
                "Regionala tillväxtnämnden utser Anders Tidlund (M) att tillsammans med ordföranden justera dagens protokoll. Justeringen sker på Regionens hus onsdag 29 april 2026.",
            ),
        ],
        [],
    ),
    (
        42,
        "Godkännande av föredragningslista",
        "",
        [
            ("p", "Föredragningslistan godkänns."),
        ],
        [],
    ),
    (
        43,
        "Ekonomisk uppföljning per mars 2026",
        "RTN 2026-00031",
        [
            ("p", "Regionala tillväxtnämnden godkänner den ekonomiska uppföljningen per mars 2026."),
        ],
        [
            (
                "Sammanfattning",
                "p",
                [
                    "Nämnden redovisar efter årets tre första månader ett överskott på 1,8 miljoner kronor mot periodiserad budget. Överskottet beror främst på att utbetalningar till projekt inom kompetensförsörjning har förskjutits till andra halvåret. Helårsprognosen är ett resultat i balans.",
                    "Ekonomichef Sara Wiklund föredrar ärendet.",
                ],
            ),
            (
                "Beslutsunderlag",
                "ul",
                ["Tjänsteskrivelse 2026-04-07", "Ekonomisk uppföljning per mars 2026, regionala tillväxtnämnden"],
            ),
            ("Expedieras till", "ul", ["Regionstyrelsen", "Regionledningskontoret, ekonomistaben"]),
        ],
    ),
    (
        44,
        "Regional utvecklingsstrategi 2027–2035, remissversion",
        "RTN 2025-00214",
        [
            ("p", "Regionala tillväxtnämnden föreslår regionstyrelsen besluta följande:"),
            (
                "n",
                "1.",
                "Förslag till regional utvecklingsstrategi 2027–2035 skickas på remiss till länets kommuner, länsstyrelsen och övriga berörda aktörer under perioden 15 maj–30 september 2026.",
            ),
            ("p", "Regionala tillväxtnämnden beslutar för egen del följande:"),
            (
                "n",
                "2.",
                "Regional utvecklingsdirektör får i uppdrag att sammanställa remissvaren och återkomma till nämnden med ett slutligt förslag i november 2026.",
            ),
            ("n", "3.", "Paragrafen förklaras omedelbart justerad."),
        ],
        [
            (
                "Sammanfattning",
                "p",
                [
                    "Regional utvecklingsdirektör Helena Brink presenterar förslaget till ny regional utvecklingsstrategi. Strategin har tagits fram i dialog med länets kommuner, näringslivet, lärosätena och civilsamhället under 2025 och ersätter den strategi som gäller till och med 2026.",
                    "Förslaget har fyra prioriterade områden: kompetensförsörjning och livslångt lärande, ett hållbart och konkurrenskraftigt näringsliv, goda kommunikationer i hela länet samt attraktiva livsmiljöer. För varje område anges mål och hur de ska följas upp.",
                ],
            ),
            (
                "Beslutsunderlag",
                "ul",
                [
                    "Tjänsteskrivelse 2026-04-02",
                    "Förslag till regional utvecklingsstrategi 2027–2035, remissversion",
                    "Sändlista för remissen",
                ],
            ),
            (
                "Yrkanden",
                "p",
                [
                    "Lars Wennberg (SD) yrkar avslag på beslutspunkt 1.",
                    "Karin Ekholm (S) och Anders Tidlund (M) yrkar bifall till förvaltningens förslag.",
                ],
            ),
            (
                "Propositionsordning",
                "p",
                [
                    "Ordföranden ställer proposition på förvaltningens förslag mot Lars Wennbergs avslagsyrkande och finner att nämnden bifaller förvaltningens förslag."
                ],
            ),
            (
                "Votering",
                "vote",
                "Votering begärs och ska genomföras. Nämnden godkänner följande voteringsproposition: Ja-röst för förvaltningens förslag, nej-röst för Lars Wennbergs avslagsyrkande. Med 9 ja-röster mot 2 nej-röster bifaller nämnden förvaltningens förslag.",
            ),
            (
                "Reservation",
                "p",
                ["Lars Wennberg (SD) och Tobias Kron (SD) reserverar sig mot beslutet till förmån för eget yrkande."],
            ),
            ("Expedieras till", "ul", ["Regionstyrelsen", "Regional utveckling, enheten för analys och strategi"]),
        ],
    ),
    (
        45,
        "Yttrande över förslag till länsplan för regional transportinfrastruktur 2026–2037",
        "RTN 2026-00052",
        [
            ("n", "1.", "Regionala tillväxtnämnden ställer sig bakom yttrandet enligt bilaga 1."),
            ("n", "2.", "Yttrandet överlämnas till regionstyrelsen som underlag för regionens samlade svar."),
        ],
        [
            (
                "Sammanfattning",
                "p",
                [
                    "Enhetschef Daniel Forsgren föredrar ärendet. Förslaget till länsplan omfattar 2 140 miljoner kronor för perioden och prioriterar trafiksäkerhetsåtgärder på det regionala vägnätet, pendlarparkeringar och fortsatt utbyggnad av regionala cykelvägar.",
                    "Förvaltningen föreslår i yttrandet att åtgärderna på väg 612 mellan Östhamra och Bredsund tidigareläggs.",
                ],
            ),
            ("Beslutsunderlag", "ul", ["Tjänsteskrivelse 2026-04-09", "Yttrande, bilaga 1"]),
            ("Expedieras till", "ul", ["Regionstyrelsen"]),
        ],
    ),
    (
        46,
        "Information om bredbandsutbyggnaden i länet",
        "RTN 2026-00009",
        [
            ("p", "Informationen noteras till protokollet."),
        ],
        [
            (
                "Sammanfattning",
                "p",
                [
                    "Enhetschef Daniel Forsgren och bredbandskoordinator Emma Lind informerar om läget i utbyggnaden. Vid utgången av 2025 hade 94 procent av hushållen och 71 procent av fritidshusen tillgång till minst 1 Gbit/s. Stödet från Post- och telestyrelsen för 2026 har fördelats till sex projekt på landsbygden.",
                ],
            ),
        ],
    ),
    (
        47,
        "Medfinansiering av projektet Östhamra hamnlogistik",
        "RTN 2026-00061",
        [
            (
                "p",
                "Regionala tillväxtnämnden beviljar Östhamra Hamn AB medfinansiering med högst 3 200 000 kronor för projektet Östhamra hamnlogistik under perioden 1 juni 2026–31 maj 2028.",
            ),
        ],
        [
            (
                "Jäv",
                "p",
                [
                    "Per Almgren (L) anmäler jäv och deltar inte i handläggningen av ärendet. Greta Wiik (L) tjänstgör i hans ställe."
                ],
            ),
            (
                "Sammanfattning",
                "p",
                [
                    "Projekthandläggare Nils Berggren föredrar ärendet. Projektet ska utveckla en gemensam logistikplattform för godsflödena mellan hamnen, järnvägen och länets industrier. Den totala budgeten är 9,6 miljoner kronor, varav Europeiska regionala utvecklingsfonden svarar för hälften.",
                ],
            ),
            (
                "Beslutsunderlag",
                "ul",
                ["Tjänsteskrivelse 2026-04-10", "Ansökan från Östhamra Hamn AB, inkommen 2026-02-27"],
            ),
            ("Expedieras till", "ul", ["Östhamra Hamn AB", "Regional utveckling, enheten för näringsliv"]),
        ],
    ),
    (
        48,
        "Yttrande över motion om en regional cykelstrategi",
        "RTN 2026-00020",
        [
            (
                "p",
                "Regionala tillväxtnämnden antar förvaltningens förslag till yttrande och föreslår regionstyrelsen att motionen ska anses besvarad.",
            ),
        ],
        [
            (
                "Sammanfattning",
                "p",
                [
                    "Eva Sundqvist (V) har i en motion till regionfullmäktige föreslagit att regionen tar fram en regional cykelstrategi. Regionstyrelsen har remitterat motionen till nämnden för yttrande.",
                    "Förvaltningen bedömer att motionens syfte tillgodoses genom länsplanens satsning på regionala cykelvägar och genom den cykelplan som tas fram tillsammans med kommunerna under 2026.",
                ],
            ),
            ("Beslutsunderlag", "ul", ["Tjänsteskrivelse 2026-04-06", "Motion om en regional cykelstrategi"]),
            (
                "Yrkanden",
                "p",
                [
                    "Jenny Holm (V) yrkar bifall till motionen.",
                    "Karin Ekholm (S) yrkar bifall till förvaltningens förslag.",
                ],
            ),
            (
                "Propositionsordning",
                "p",
                [
                    "Ordföranden ställer förvaltningens förslag mot Jenny Holms yrkande och finner att nämnden beslutar enligt förvaltningens förslag."
                ],
            ),
            ("Reservation", "p", ["Jenny Holm (V) reserverar sig mot beslutet till förmån för eget yrkande."]),
            ("Expedieras till", "ul", ["Regionstyrelsen"]),
        ],
    ),
    (
        49,
        "Redovisning av delegationsbeslut",
        "RTN 2026-00002",
        [
            ("p", "Redovisningen av delegationsbeslut läggs till handlingarna."),
        ],
        [
            (
                "Sammanfattning",
                "p",
                ["Förteckning över beslut som har fattats med stöd av delegation under perioden 1 mars–15 april 2026."],
            ),
        ],
    ),
    (
        50,
        "Övriga frågor",
        "",
        [],
        [
            (
                "",
                "p",
                [
                    "Tobias Kron (SD) frågar hur regionen följer upp de projekt som har fått medfinansiering under 2025. Helena Brink svarar att en samlad uppföljning redovisas vid nämndens sammanträde i juni.",
                    "Ordföranden meddelar att nämndens nästa sammanträde hålls torsdag 21 maj 2026 kl. 09.00 i Regionens hus.",
                ],
            ),
        ],
    ),
]


def write_pdf(out: Path) -> None:
    from reportlab.lib import colors  # type: ignore[import-untyped]
    from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
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
    pdfmetrics.registerFont(TTFont("DejaVuIt", str(DEJAVU / "DejaVuSans-Oblique.ttf")))
    addMapping("DejaVu", 0, 0, "DejaVu")
    addMapping("DejaVu", 1, 0, "DejaVuBd")
    addMapping("DejaVu", 0, 1, "DejaVuIt")
    addMapping("DejaVu", 1, 1, "DejaVuBd")

    teal = colors.HexColor("#1d5c63")
    shade = colors.HexColor("#e8eef0")
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=9.5, leading=13, spaceAfter=4)
    small = ParagraphStyle(
        "small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#555555"), spaceAfter=6
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    label = ParagraphStyle("label", parent=body, fontName="DejaVuBd", spaceBefore=6, spaceAfter=2)
    h1 = ParagraphStyle("h1", parent=body, fontName="DejaVuBd", fontSize=18, leading=22, spaceAfter=2)
    h1b = ParagraphStyle("h1b", parent=body, fontSize=12, leading=15, spaceAfter=10)
    h2 = ParagraphStyle("h2", parent=body, fontName="DejaVuBd", fontSize=11, leading=14, spaceAfter=6, spaceBefore=8)
    para_head = ParagraphStyle(
        "parahead", parent=body, fontName="DejaVuBd", fontSize=12, leading=15, spaceBefore=4, spaceAfter=1
    )
    box_head = ParagraphStyle("boxhead", parent=body, fontName="DejaVuBd", fontSize=10, spaceAfter=0)
    box_p = ParagraphStyle("boxp", parent=body, spaceAfter=0)
    box_n = ParagraphStyle("boxn", parent=body, leftIndent=16, firstLineIndent=-16, spaceAfter=0)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=12, firstLineIndent=-8, spaceAfter=1)

    w, h = A4
    left = 22 * mm

    def furniture(c: Any, page: int, total: int) -> None:
        c.saveState()
        c.setFillColor(teal)
        c.rect(0, h - 17 * mm, w, 17 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVuBd", 12)
        c.drawString(left, h - 10.5 * mm, "REGION ÖSTLANDA")
        c.setFont("DejaVu", 9.5)
        c.drawRightString(w - left, h - 10.5 * mm, "Protokoll nr 3/2026")
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setFont("DejaVu", 6.5)
        c.rect(left, 16 * mm, 48 * mm, 9 * mm, stroke=1, fill=0)
        c.drawString(left + 1.5 * mm, 23 * mm, "Justerandes signatur")
        c.rect(left + 52 * mm, 16 * mm, 30 * mm, 9 * mm, stroke=1, fill=0)
        c.drawString(left + 53.5 * mm, 23 * mm, "Utdragsbestyrkande")
        c.setFont("DejaVu", 7.5)
        c.drawString(left, 10 * mm, "Regionala tillväxtnämnden · Sammanträde 2026-04-23")
        c.drawRightString(w - left, 10 * mm, f"Sida {page} av {total}")
        c.restoreState()

    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                furniture(self, self._pageNumber, total)
                super().showPage()
            super().save()

    def grid(rows: list[tuple[str, ...]], widths: list[float], header: bool = True) -> Any:
        data = [[Paragraph(f"<b>{x}</b>" if header and i == 0 else x, cell) for x in row] for i, row in enumerate(rows)]
        t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0b0b0")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), shade))
        t.setStyle(TableStyle(style))
        return t

    story: list[Any] = [
        Paragraph("Protokoll", h1),
        Paragraph("Regionala tillväxtnämnden", h1b),
    ]
    meta = Table(
        [[Paragraph(f"<b>{k}</b>", cell), Paragraph(v, cell)] for k, v in RTN_META], colWidths=[38 * mm, 128 * mm]
    )
    meta.setStyle(
        TableStyle(
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc"))]
        )
    )
    story += [meta, Paragraph("Närvaro", h2)]
    story.append(grid(RTN_NARVARO, [54 * mm, 15 * mm, 15 * mm, 42 * mm, 15 * mm, 25 * mm]))
    story.append(Paragraph("X = närvarande / tjänstgör, – = inte närvarande / tjänstgör inte", small))
    ov = Table(
        [[Paragraph(f"<b>{k}</b>", cell), Paragraph(v, cell)] for k, v in RTN_OVRIGA], colWidths=[38 * mm, 128 * mm]
    )
    ov.setStyle(
        TableStyle(
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc"))]
        )
    )
    story += [Spacer(1, 4), ov, Spacer(1, 10)]

    for nr, title, dnr, box, sections in RTN_PARAS:
        head: list[Any] = [CondPageBreak(60 * mm), Paragraph(f"§ {nr}  {title}", para_head)]
        if dnr:
            head.append(Paragraph(dnr, small))
        else:
            head.append(Spacer(1, 4))
        if box:
            rows = [[Paragraph("Beslut", box_head)]]
            for line in box:
                if line[0] == "n":
                    rows.append([Paragraph(f"{line[1]}&nbsp;&nbsp;{line[2]}", box_n)])
                else:
                    rows.append([Paragraph(line[1], box_p)])
            bt = Table(rows, colWidths=[166 * mm])
            bt.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), shade),
                        ("LINEBEFORE", (0, 0), (0, -1), 2.5, teal),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8),
                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            head.append(bt)
        story.append(KeepTogether(head))
        for lab, kind, content in sections:
            if lab:
                story.append(Paragraph(lab, label))
            if kind == "p":
                story += [Paragraph(x, body) for x in content]
            elif kind == "ul":
                story += [Paragraph(f"•&nbsp;&nbsp;{x}", bullet) for x in content]
            else:
                story.append(Paragraph(content, body))
                story.append(grid(VOTERING, [60 * mm, 14 * mm, 14 * mm, 14 * mm, 16 * mm]))
                story.append(Spacer(1, 4))
        story.append(Spacer(1, 6))
        rule = Table([[""]], colWidths=[166 * mm], rowHeights=[2])
        rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#bbbbbb"))]))
        story += [rule, Spacer(1, 6)]

    sign = Table(
        [
            [
                Paragraph("<b>Sekreterare</b>", cell),
                Paragraph("..............................................", cell),
                Paragraph("Oskar Nyman", cell),
            ],
            [
                Paragraph("<b>Ordförande</b>", cell),
                Paragraph("..............................................", cell),
                Paragraph("Karin Ekholm", cell),
            ],
            [
                Paragraph("<b>Justerare</b>", cell),
                Paragraph("..............................................", cell),
                Paragraph("Anders Tidlund", cell),
            ],
        ],
        colWidths=[30 * mm, 80 * mm, 56 * mm],
        rowHeights=[12 * mm] * 3,
    )
    sign.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    story.append(
        KeepTogether(
            [
                Paragraph("Underskrifter", h2),
                sign,
                Spacer(1, 8),
                Paragraph(
                    "Protokollet justerades 2026-04-29 och tillkännagavs på Region Östlandas digitala anslagstavla 2026-04-30. Anslaget tas ned 2026-05-22. § 44 justerades omedelbart 2026-04-23. Protokollet förvaras hos Regional utveckling, Regionens hus, Östhamra.",
                    small,
                ),
            ]
        )
    )

    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=left,
        rightMargin=left,
        topMargin=26 * mm,
        bottomMargin=32 * mm,
        title="Protokoll regionala tillväxtnämnden 2026-04-23",
        author="Region Östlanda",
        subject="Protokoll nr 3/2026",
        creator="Region Östlanda",
        invariant=1,
    )
    doc.build(story, canvasmaker=NumberedCanvas)


# ---------------------------------------------------------------------------------------------------------------
# b. DOCX kallelse, vård- och omsorgsnämnden (Hedvika kommun): Ärendelista with times, then Heading 2 per item
# ---------------------------------------------------------------------------------------------------------------

VON_META = [
    ("Sammanträde", "Vård- och omsorgsnämnden"),
    ("Datum", "2026-06-10 (onsdag)"),
    ("Tid", "08.30–12.00. Gruppmöten från kl. 07.45."),
    ("Plats", "Kommunhuset, sammanträdesrum Eken"),
    ("Ordförande", "Birgitta Holm (S)"),
    ("Sekreterare", "Jessica Lund, 0573-150 42, jessica.lund@hedvika.se"),
    (
        "Förhinder",
        "Meddela förhinder till sekreteraren senast måndag 8 juni kl. 12.00. Ersättare kallas av respektive parti.",
    ),
]

# the Ärendelista: (time, number, title); a number "" is a line without an item
VON_LIST = [
    ("08.30", "1", "Sammanträdets öppnande och upprop"),
    ("08.35", "2", "Val av justerare och tid för justering"),
    ("08.40", "3", "Godkännande av dagordningen"),
    ("08.45", "4", "Förvaltningschefen informerar"),
    ("09.10", "5", "Ekonomisk månadsrapport maj 2026"),
    ("09.30", "6", "Motioner"),
    ("09.30", "6a", "Yttrande över motion om fler trygghetsboenden i Hedvika"),
    ("09.50", "6b", "Yttrande över motion om avgiftsfria trygghetslarm"),
    ("10.10", "", "Paus"),
    ("10.25", "7", "Riktlinjer för hemtjänst i ordinärt boende, revidering"),
    ("10.50", "8", "Kvalitetsrapport för särskilda boenden, första tertialet 2026"),
    ("11.10", "9", "Information om sommarbemanningen 2026"),
    ("11.30", "10", "Redovisning av delegationsbeslut"),
    ("11.35", "11", "Anmälningsärenden"),
    ("11.40", "12", "Övriga frågor"),
]

# the items: (number, title, fields, description paragraphs, proposal); fields are (label, value) paragraphs;
# proposal: None, ("info",), ("runin", text) or ("list", intro, [points])
VON_ITEMS: list[tuple[str, str, list[tuple[str, str]], list[str], tuple[Any, ...] | None]] = [
    (
        "1",
        "Sammanträdets öppnande och upprop",
        [],
        ["Ordföranden öppnar sammanträdet och sekreteraren förrättar upprop."],
        None,
    ),
    (
        "2",
        "Val av justerare och tid för justering",
        [],
        [],
        (
            "list",
            "Vård- och omsorgsnämnden beslutar:",
            [
                "Utse Stefan Ring (M) att jämte ordföranden justera protokollet.",
                "Justeringen sker måndag 15 juni 2026 kl. 15.00 i kommunhuset.",
            ],
        ),
    ),
    ("3", "Godkännande av dagordningen", [], [], ("runin", "Dagordningen godkänns.")),
    (
        "4",
        "Förvaltningschefen informerar",
        [("Föredragande", "Annika Berg, förvaltningschef")],
        [
            "Aktuell information om verksamheten, bland annat läget i rekryteringen av sjuksköterskor till sommaren och förberedelserna inför den nya socialtjänstlagen.",
        ],
        ("info",),
    ),
    (
        "5",
        "Ekonomisk månadsrapport maj 2026",
        [
            ("Diarienummer", "VON 2026/14"),
            ("Handläggare", "Mats Eklund, controller"),
            ("Föredragande", "Annika Berg, förvaltningschef"),
        ],
        [
            "Månadsrapporten visar ett prognostiserat underskott på 6,2 miljoner kronor för helåret, varav 4,9 miljoner kronor inom hemtjänsten. Underskottet förklaras av ett ökat antal beviljade timmar och högre kostnader för bemanning under våren.",
        ],
        (
            "list",
            "Vård- och omsorgsnämnden beslutar:",
            [
                "Godkänna månadsrapporten för maj 2026.",
                "Ge förvaltningschefen i uppdrag att redovisa åtgärder för en budget i balans inom hemtjänsten vid nämndens sammanträde den 26 augusti 2026.",
            ],
        ),
    ),
    (
        "6",
        "Motioner",
        [],
        [
            "Kommunstyrelsen har remitterat två motioner till nämnden för yttrande. De behandlas under punkterna 6a och 6b."
        ],
        None,
    ),
    (
        "6a",
        "Yttrande över motion om fler trygghetsboenden i Hedvika",
        [
            ("Diarienummer", "VON 2026/31"),
            ("Handläggare", "Sofie Wall, utredare"),
            ("Föredragande", "Karl Nyberg, verksamhetschef äldreomsorg"),
        ],
        [
            "Ulla Kvist (KD) föreslår i en motion att kommunen ska planera för 40 nya trygghetsbostäder fram till 2030. Förvaltningen konstaterar att behovet finns och att frågan ingår i arbetet med kommunens bostadsförsörjningsprogram.",
        ],
        (
            "list",
            "Vård- och omsorgsnämnden beslutar:",
            [
                "Anta förvaltningens yttrande som sitt eget och överlämna det till kommunstyrelsen.",
                "Föreslå kommunfullmäktige att motionen ska anses besvarad.",
            ],
        ),
    ),
    (
        "6b",
        "Yttrande över motion om avgiftsfria trygghetslarm",
        [
            ("Diarienummer", "VON 2026/33"),
            ("Handläggare", "Sofie Wall, utredare"),
            ("Föredragande", "Sofie Wall, utredare"),
        ],
        [
            "Rasmus Lindqvist (V) föreslår i en motion att avgiften för trygghetslarm tas bort för personer över 85 år. Förvaltningen beräknar att förslaget skulle minska intäkterna med cirka 1,1 miljoner kronor per år.",
        ],
        (
            "list",
            "Vård- och omsorgsnämnden beslutar:",
            [
                "Anta förvaltningens yttrande som sitt eget och överlämna det till kommunstyrelsen.",
                "Föreslå kommunfullmäktige att avslå motionen.",
            ],
        ),
    ),
    (
        "7",
        "Riktlinjer för hemtjänst i ordinärt boende, revidering",
        [
            ("Diarienummer", "VON 2026/40"),
            ("Handläggare", "Ewa Sundin, biståndschef"),
            ("Föredragande", "Ewa Sundin, biståndschef"),
        ],
        [
            "Riktlinjerna har setts över med anledning av ändrade arbetssätt inom biståndshandläggningen. De viktigaste ändringarna gäller insatser för städning och tvätt samt ledsagning.",
        ],
        (
            "list",
            "Vård- och omsorgsnämnden beslutar:",
            [
                "Anta reviderade riktlinjer för hemtjänst i ordinärt boende att gälla från och med den 1 september 2026.",
                "Riktlinjer för hemtjänst, beslutade 2023-03-15, § 22, upphör att gälla samma dag.",
            ],
        ),
    ),
    (
        "8",
        "Kvalitetsrapport för särskilda boenden, första tertialet 2026",
        [("Diarienummer", "VON 2026/45"), ("Föredragande", "Helén Åkerman, medicinskt ansvarig sjuksköterska")],
        [
            "Rapporten redovisar avvikelser, fallskador, trycksår och resultat från egenkontroller på kommunens sju särskilda boenden under januari–april 2026.",
        ],
        ("runin", "Rapporten läggs till handlingarna."),
    ),
    (
        "9",
        "Information om sommarbemanningen 2026",
        [("Föredragande", "Johanna Sik, HR-strateg, och Peter Alm, enhetschef hemtjänst norra")],
        [
            "Information om hur sommarvikariaten är tillsatta inom hemtjänst och särskilt boende och om planen för att täcka de veckor där bemanningen ännu inte är klar.",
        ],
        ("info",),
    ),
    (
        "10",
        "Redovisning av delegationsbeslut",
        [("Diarienummer", "VON 2026/3")],
        ["Förteckning över delegationsbeslut fattade under perioden 1–31 maj 2026."],
        ("runin", "Redovisningen godkänns."),
    ),
    (
        "11",
        "Anmälningsärenden",
        [],
        ["Förteckning över inkomna skrivelser, domar och protokoll finns i bilaga."],
        ("runin", "Anmälningsärendena läggs till handlingarna."),
    ),
    ("12", "Övriga frågor", [], ["Frågor anmäls till ordföranden när sammanträdet inleds."], None),
]


def _restarted_list(d: Any) -> int:
    """A new w:num over List Number's abstract numbering whose level 0 starts again at 1."""
    from docx.oxml import OxmlElement  # type: ignore[import-untyped]
    from docx.oxml.ns import qn  # type: ignore[import-untyped]

    numbering = d.part.numbering_part.element
    style_num = d.styles["List Number"].element.pPr.numPr.numId.val
    base = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(style_num))
    abstract = base.find(qn("w:abstractNumId")).get(qn("w:val"))
    num_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), abstract)
    num.append(ref)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering.append(num)
    return num_id


def _field(paragraph: Any, code: str) -> None:
    from docx.oxml import OxmlElement  # type: ignore[import-untyped]
    from docx.oxml.ns import qn  # type: ignore[import-untyped]

    for kind, text in (("begin", None), ("instr", code), ("separate", None), ("text", "1"), ("end", None)):
        run = paragraph.add_run()
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
            run._r.append(el)
        elif kind == "text":
            run.text = text or ""
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)


def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement  # type: ignore[import-untyped]
    from docx.oxml.ns import qn  # type: ignore[import-untyped]

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _fix_zip_times(path: Path, when: tuple[int, int, int, int, int, int]) -> None:
    """Rewrite a DOCX with fixed member timestamps, so that the file is the same on every run."""
    with zipfile.ZipFile(path) as z:
        members = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_docx(out: Path) -> None:
    from docx import Document  # type: ignore[import-untyped]
    from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT  # type: ignore[import-untyped]
    from docx.shared import Cm, Pt  # type: ignore[import-untyped]

    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Hedvika kommun\tKALLELSE")
    r.bold = True
    hp2 = sec.header.add_paragraph()
    hp2.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
    hp2.add_run("Vård- och omsorgsnämnden\tSida ")
    _field(hp2, "PAGE")
    hp2.add_run(" av ")
    _field(hp2, "NUMPAGES")
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run("Vård- och omsorgsförvaltningen · Storgatan 12, 573 80 Hedvika · 0573-150 00 · www.hedvika.se")
    fr.font.size = Pt(8)

    p = d.add_paragraph()
    p.add_run("Till ledamöter och ersättare i vård- och omsorgsnämnden").italic = True
    d.add_paragraph("Kallelse och föredragningslista", style="Title")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in VON_META:
        cells = t.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        _shade(cells[0], "DCE6F0")
        cells[1].text = v
    for row in t.rows:
        row.cells[0].width = Cm(3.6)
        row.cells[1].width = Cm(12.8)

    d.add_paragraph("Ärendelista", style="Heading 1")

    def list_line(a: str, b: str, c: str, bold: bool = False) -> None:
        lp = d.add_paragraph()
        lp.paragraph_format.tab_stops.add_tab_stop(Cm(1.6))
        lp.paragraph_format.tab_stops.add_tab_stop(Cm(2.8))
        lp.paragraph_format.space_after = Pt(2)
        run = lp.add_run(f"{a}\t{b}\t{c}")
        run.bold = bold

    list_line("Tid", "Nr", "Ärende", bold=True)
    for time, nr, title in VON_LIST:
        list_line(time, nr, title)
    brk = d.add_paragraph()
    brk.add_run().add_break(WD_BREAK.PAGE)

    d.add_paragraph("Ärenden", style="Heading 1")
    for nr, title, fields, desc, proposal in VON_ITEMS:
        d.add_paragraph(f"{nr}\t{title}", style="Heading 2")
        for k, v in fields:
            fpar = d.add_paragraph()
            fpar.paragraph_format.space_after = Pt(0)
            fpar.add_run(f"{k}: {v}")
        if desc:
            if fields:
                lab = d.add_paragraph()
                lab.paragraph_format.space_before = Pt(6)
                lab.add_run("Ärendebeskrivning").bold = True
            for x in desc:
                d.add_paragraph(x)
        if proposal is None:
            continue
        if proposal[0] == "info":
            d.add_paragraph().add_run("Informationsärende – inget förslag till beslut.").italic = True
        elif proposal[0] == "runin":
            rp = d.add_paragraph()
            rp.add_run("Förslag till beslut: ").bold = True
            rp.add_run(proposal[1])
        else:
            lab = d.add_paragraph()
            lab.paragraph_format.space_after = Pt(2)
            lab.add_run("Förslag till beslut").bold = True
            d.add_paragraph(proposal[1])
            num_id = _restarted_list(d)
            for point in proposal[2]:
                lp = d.add_paragraph(point, style="List Number")
                num_pr = lp._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = 0
                num_pr.get_or_add_numId().val = num_id

    d.add_paragraph()
    np_ = d.add_paragraph()
    np_.add_run("Nästa sammanträde: ").bold = True
    np_.add_run("onsdag 26 augusti 2026 kl. 08.30 i kommunhuset, sammanträdesrum Eken.")
    d.add_paragraph("Handlingarna finns tillgängliga i nämndens digitala mötesrum från och med onsdag 3 juni 2026.")
    d.add_paragraph("Hedvika den 2 juni 2026")
    st = d.add_table(rows=1, cols=2)
    st.rows[0].cells[0].text = "Birgitta Holm (S)"
    st.rows[0].cells[0].add_paragraph("Ordförande")
    st.rows[0].cells[1].text = "Jessica Lund"
    st.rows[0].cells[1].add_paragraph("Nämndsekreterare")
    d.add_paragraph()
    sl = d.add_paragraph()
    sl.add_run("Sändlista").bold = True
    for x in (
        "Ledamöter och ersättare i vård- och omsorgsnämnden",
        "Kommunstyrelsens ordförande",
        "Förvaltningsledningen, vård- och omsorgsförvaltningen",
        "Kommunens revisorer",
    ):
        d.add_paragraph(x, style="List Bullet")

    cp = d.core_properties
    cp.title = "Kallelse vård- och omsorgsnämnden 2026-06-10"
    cp.author = "Hedvika kommun"
    cp.last_modified_by = "Hedvika kommun"
    cp.created = dt.datetime(2026, 6, 2, 9, 0, 0)
    cp.modified = dt.datetime(2026, 6, 2, 9, 0, 0)
    cp.revision = 1
    d.save(str(out))
    _fix_zip_times(out, (2026, 6, 2, 9, 0, 0))


# ---------------------------------------------------------------------------------------------------------------
# c. HTML kungörelse, kommunfullmäktige (Tjärnby kommun), on the official notice board; numbers only from <ol>
# ---------------------------------------------------------------------------------------------------------------

# groups: (heading, first number, items); an item: (title, dnr, paragraphs, sub-points)
KF_GROUPS: list[tuple[str, int, list[tuple[str, str, list[str], list[str]]]]] = [
    (
        "Inledning",
        1,
        [
            ("Upprop", "", [], []),
            ("Val av justerare och tid för justering", "", [], []),
            ("Fråga om sammanträdet har kungjorts i laga ordning", "", [], []),
            ("Information om kommunens arbete med klimatanpassning", "", ["Miljöstrateg Ida Hammar informerar."], []),
        ],
    ),
    (
        "Beslutsärenden",
        5,
        [
            (
                "Årsredovisning 2025 för Tjärnby kommun",
                "KS 2026/41",
                ["Kommunstyrelsen föreslår att fullmäktige godkänner årsredovisningen för 2025."],
                [],
            ),
            (
                "Ansvarsfrihet för år 2025",
                "KS 2026/77",
                ["Revisorerna föreslår att fullmäktige beviljar ansvarsfrihet för år 2025 för ledamöterna i"],
                [
                    "kommunstyrelsen",
                    "bygg- och miljönämnden",
                    "socialnämnden",
                    "barn- och utbildningsnämnden",
                ],
            ),
            (
                "Taxa för prövning och tillsyn enligt miljöbalken",
                "KS 2026/58",
                ["Kommunstyrelsen föreslår att fullmäktige antar taxan att gälla från och med den 1 januari 2027."],
                [],
            ),
            (
                "Antagande av detaljplan för kvarteret Smedjan i Tjärnby centrum",
                "KS 2025/203",
                ["Kommunstyrelsen föreslår att fullmäktige antar detaljplanen."],
                [],
            ),
            (
                "Borgensram för Tjärnbyhem AB",
                "KS 2026/66",
                [
                    "Kommunstyrelsen föreslår att fullmäktige ingår borgen för Tjärnbyhem AB:s lån upp till ett totalt belopp om 180 miljoner kronor."
                ],
                [],
            ),
        ],
    ),
    (
        "Motioner",
        10,
        [
            (
                "Svar på motion om solceller på kommunens fastigheter",
                "KS 2025/151",
                ["Motionär: Ahmed Nilsson (MP).", "Kommunstyrelsen föreslår att motionen bifalls."],
                [],
            ),
            (
                "Svar på motion om en fritidsbank i Tjärnby",
                "KS 2025/188",
                ["Motionär: Elin Strand (L).", "Kommunstyrelsen föreslår att motionen ska anses besvarad."],
                [],
            ),
        ],
    ),
    (
        "Val och avsägelser",
        12,
        [
            (
                "Val av ersättare i socialnämnden efter Lena Ek (KD)",
                "KS 2026/90",
                ["Valberedningen lämnar sitt förslag vid sammanträdet."],
                [],
            ),
            (
                "Avsägelser av politiska uppdrag",
                "KS 2026/91",
                [],
                [
                    "Johan Frid (L) avsäger sig uppdraget som ledamot i bygg- och miljönämnden.",
                    "Maria Olsson (C) avsäger sig uppdraget som ersättare i kommunfullmäktige.",
                ],
            ),
        ],
    ),
    (
        "Interpellationer",
        14,
        [
            (
                "Interpellation till kommunstyrelsens ordförande om hemtjänstens bemanning",
                "KS 2026/95",
                ["Interpellant: Sofia Berg (V)."],
                [],
            ),
        ],
    ),
    (
        "Anmälningar",
        15,
        [
            ("Anmälan av inkomna motioner och medborgarförslag", "", [], []),
        ],
    ),
]


def write_html(out: Path) -> None:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="sv">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>Kungörelse – kommunfullmäktige 22 juni 2026 – Tjärnby kommun</title>",
        "<style>body{font-family:Arial,sans-serif;margin:0} .wrap{display:flex;max-width:70em;margin:auto} main{flex:3;padding:1em 2em} aside{flex:1;padding:1em;background:#f3f3f3} "
        ".anslag th{text-align:left;padding:3px 14px 3px 0;font-weight:normal;color:#555} .dnr{color:#666;font-size:90%;margin-left:.5em} ol.arenden>li{margin-bottom:.7em} ol.arenden p{margin:.2em 0}</style>",
        "</head>",
        "<body>",
        '<a class="skip" href="#innehall">Till innehållet</a>',
        '<header><div class="logo">Tjärnby kommun</div>',
        '<nav><ul><li><a href="/omsorg">Omsorg och stöd</a></li><li><a href="/skola">Förskola och skola</a></li><li><a href="/bygga">Bygga, bo och miljö</a></li><li><a href="/politik">Kommun och politik</a></li></ul></nav>',
        '<form role="search"><input type="search" placeholder="Sök på tjarnby.se"></form></header>',
        '<nav class="breadcrumb"><a href="/">Start</a> / <a href="/politik">Kommun och politik</a> / <a href="/politik/anslagstavla">Officiell anslagstavla</a> / Kungörelse kommunfullmäktige</nav>',
        '<div class="wrap">',
        '<main id="innehall">',
        "<h1>Kungörelse – kommunfullmäktige</h1>",
        '<table class="anslag">',
        "<tr><th>Typ av anslag</th><td>Kungörelse</td></tr>",
        "<tr><th>Organ</th><td>Kommunfullmäktige</td></tr>",
        "<tr><th>Sammanträdesdatum</th><td>2026-06-22</td></tr>",
        "<tr><th>Datum för anslag</th><td>2026-06-11</td></tr>",
        "<tr><th>Datum för nedtagande</th><td>2026-06-23</td></tr>",
        "<tr><th>Förvaringsplats</th><td>Kommunkansliet, Tjärnby kommunhus</td></tr>",
        "</table>",
        "<p>Kommunfullmäktige sammanträder måndagen den 22 juni 2026 kl. 18.00 i Tjärnbyhallen, stora salen.</p>",
        "<p>Sammanträdet är öppet för allmänheten och sänds direkt på kommunens webbplats. Allmänhetens frågestund börjar kl. 17.30.</p>",
        "<h2>Ärenden</h2>",
    ]
    for heading, start, items in KF_GROUPS:
        parts.append(f"<h3>{heading}</h3>")
        parts.append(f'<ol class="arenden" start="{start}">' if start != 1 else '<ol class="arenden">')
        for title, dnr, paras, subs in items:
            li = [f'<span class="rubrik">{title}</span>']
            if dnr:
                li.append(f' <span class="dnr">{dnr}</span>')
            li += [f"<p>{x}</p>" for x in paras]
            if subs:
                li.append('<ol type="a">' + "".join(f"<li>{x}</li>" for x in subs) + "</ol>")
            parts.append("<li>" + "".join(li) + "</li>")
        parts.append("</ol>")
    parts += [
        "<p>Handlingarna finns tillgängliga på kommunens webbplats och i kommunhusets reception från och med fredagen den 12 juni 2026.</p>",
        "<p>Kommunfullmäktiges sammanträden hösten 2026: 28 september, 26 oktober och 30 november.</p>",
        '<p class="underskrift">Tjärnby den 11 juni 2026<br>Karl-Erik Bodin (C)<br>Ordförande</p>',
        '<p class="ansvarig">Ansvarig för anslaget: Emil Sjöberg, kommunsekreterare</p>',
        "</main>",
        "<aside>",
        "<h2>Officiell anslagstavla</h2>",
        '<ul><li><a href="/politik/anslagstavla/protokoll">Tillkännagivanden av justerade protokoll</a></li><li><a href="/politik/anslagstavla/kungorelser">Kungörelser</a></li><li><a href="/politik/anslagstavla/ovrigt">Övriga anslag</a></li></ul>',
        "<h2>Kontakt</h2>",
        "<p>Kommunkansliet<br>0563-140 00<br>kommun@tjarnby.se</p>",
        "</aside>",
        "</div>",
        "<footer><p>Tjärnby kommun, 684 80 Tjärnby · Telefon 0563-140 00 · Org.nr 212000-1876</p>",
        "<p>Sidan publicerades 2026-06-11 och ändrades senast 2026-06-11.</p></footer>",
        "</body>",
        "</html>",
    ]
    out.write_text("\n".join(parts) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# d. minnesanteckningar, referensgruppen för tillgänglighet (Sandvreta kommun): justified, hyphenated PDF text
# ---------------------------------------------------------------------------------------------------------------

SHY = "\u00ad"  # where a word may be broken at a line end (written "|" below)
WIDTH = 80  # the text column's right edge
INDENT = 5  # the items' body indent

# page 1 and page 2, each a list of blocks: ("raw", lines) or ("p", indent, text) justified with hyphenation
RG_ITEMS_1: list[tuple[str, Any]] = [
    ("title", ("1.", "Mötets öppnande och dagordning")),
    (
        "p",
        "Ordföranden Malin Forss hälsade alla välkomna och öppnade mötet. Dagordningen godkändes med ett tillägg under övriga frågor om handläggningen av parkerings|tillstånd för rörelse|hindrade.",
    ),
    ("title", ("2.", "Föregående minnesanteckningar")),
    (
        "p",
        "Minnesanteckningarna från föregående möte gicks igenom. Åtgärden om skyltning och ledstråk vid resecentrum är genomförd och Bo Jansson framförde föreningens tack. Minnesanteckningarna lades till handlingarna.",
    ),
    ("title", ("3.", "Tillgänglighetsinventering av kommunens lekplatser och utemiljöer vid för|skolor")),
    (
        "p",
        "Parkingenjör Erik Sand presenterade resultatet av den inventering som gjordes under hösten 2025. Av 42 inventerade lekplatser bedöms 11 vara tillgängliga för barn med rörelse|nedsättning, 19 vara delvis tillgängliga och 12 ha stora brister, främst i form av löst under|lag, nivå|skillnader och avsaknad av vilplatser. Förvaltningen föreslår en prioriterings|ordning där de fem lekplatser som har flest besökare åtgärdas först, med start 2027.",
    ),
    (
        "p",
        "Gruppen diskuterade prioriteringen. Kent Olausson påpekade att även lekplatsernas ljudmiljö och skyltning behöver ingå i åtgärderna, och Gunilla Ström efterfrågade kontrast|markeringar vid trappor och kanter.",
    ),
    ("beslut", "Referensgruppen ställde sig bakom den föreslagna prioriterings|ordningen."),
    ("title", ("4.", "Färdtjänst – ändrade regler för ledsagare")),
    (
        "p",
        "Lina Berg, handläggare vid kollektivtrafik|enheten, informerade om de ändrade reglerna för ledsagare i färdtjänsten som börjar gälla i höst. Ledsagaren ska i fortsättningen beviljas i samband med färdtjänst|tillståndet och inte per resa. Flera i gruppen såg positivt på förändringen men framförde att informationen till resenärerna måste finnas i lättläst form och som ljudfil.",
    ),
    ("p", "Gruppen noterade informationen."),
    ("atgard", "Lina Berg återkommer med statistik över beviljade tillstånd med ledsagare till nästa möte."),
    ("title", ("5.", "Rapporter från föreningarna")),
    (
        "sub",
        "a)",
        "DHR Sandvreta: Agneta Lund berättade att föreningen har genomfört en vandring i centrum tillsammans med tekniska förvaltningen. Flera övergångsställen saknar nedsänkta kant|stenar och ett antal uteserveringar gör trottoarerna för smala för rullstol och rollator.",
    ),
    (
        "sub",
        "b)",
        "Synskadades riksförbund: Bo Jansson rapporterade att de taktila ledstråken vid busstorget har förbättrats, men att den nya informations|skylten vid simhallen saknar punktskrift.",
    ),
]

RG_ITEMS_2: list[tuple[str, Any]] = [
    (
        "sub",
        "c)",
        "Hörselskadades förening: Gunilla Ström informerade om att hörslingan i kommunfullmäktiges sessionssal inte har fungerat vid de två senaste sammanträdena.",
    ),
    ("atgard", "Petra Öhrn kontaktar fastighets|avdelningen om hörslingan och om skylten vid simhallen."),
    ("title", ("6.", "Remiss: Program för tillgänglighet och delaktighet 2027–2030")),
    (
        "p",
        "Tillgänglighets|samordnare Petra Öhrn gick igenom remissversionen av programmet, som ska ersätta det nuvarande funktionsrätts|programmet. Programmet har fem målområden, bland annat fysisk tillgänglighet, digital tillgänglighet och delaktighet i kommunens beslut. Gruppen lämnade synpunkter på målet om bostäder och på hur uppföljningen ska redovisas till kommunstyrelsen.",
    ),
    (
        "beslut",
        "Referensgruppen lämnar synpunkter på programmet enligt bilaga 2 och ställer sig i övrigt bakom remissversionen.",
    ),
    ("p", "Synpunkterna lämnas till kommunstyrelsens förvaltning senast den 29 maj 2026."),
    ("title", ("7.", "Kommunens nya webbplats")),
    (
        "p",
        "Webbredaktör Jonas Ekman informerade om arbetet med kommunens nya webbplats, som ska lanseras i oktober. Webbplatsen granskas mot kraven i lagen om tillgänglighet till digital offentlig service och en testgrupp med representanter för föreningarna ska bjudas in under sommaren. Frågan tas upp igen på nästa möte när test|versionen är klar.",
    ),
    ("title", ("8.", "Övriga frågor")),
    (
        "p",
        "Parkeringstillstånd: Agneta Lund frågade varför handläggnings|tiden för parkerings|tillstånd för rörelse|hindrade har blivit längre under våren. Petra Öhrn svarade att handläggningen har flyttats till kommunens kontaktcenter och att väntetiden nu är nere i fyra veckor igen.",
    ),
    ("title", ("9.", "Nästa möte")),
    (
        "p",
        "Nästa möte hålls onsdag 9 september 2026 kl. 13.30 i Medborgarhuset, rum Lärkan. Därefter träffas gruppen onsdag 25 november 2026.",
    ),
]


# where the typesetter may break the words of the minutes (compound joints and syllables)
HYPHENATION = [
    "tillgäng|liga",
    "handlägg|ningen",
    "Minnes|anteckningarna",
    "rese|centrum",
    "inven|tering",
    "inven|terade",
    "lek|platser",
    "priori|teringen",
    "lek|platsernas",
    "åt|gärderna",
    "färd|tjänsten",
    "fort|sättningen",
    "föränd|ringen",
    "informa|tionen",
    "rese|närerna",
    "förvalt|ningen",
    "över|gångs|ställen",
    "ute|serveringar",
    "trottoa|rerna",
    "led|stråken",
    "buss|torget",
    "förbätt|rats",
    "kommun|fullmäktiges",
    "sessions|sal",
    "samman|trädena",
    "remiss|versionen",
    "program|met",
    "mål|områden",
    "delaktig|het",
    "syn|punkter",
    "upp|följningen",
    "kommun|styrelsen",
    "kommun|styrelsens",
    "webb|platsen",
    "webb|plats",
    "represen|tanter",
    "kontakt|center",
    "vänte|tiden",
    "Medborgar|huset",
    "till|sammans",
    "Dag|ordningen",
    "genom|förd",
    "genom|fört",
    "presen|terade",
    "Park|ingenjör",
    "infor|merade",
    "rappor|terade",
    "Webb|redaktör",
    "tillgänglig|het",
    "välkom|na",
    "diskute|rade",
    "påpeka|de",
    "efter|frågade",
    "lätt|läst",
    "skylt|ning",
    "hand|lingarna",
    "besö|kare",
    "för|valtningen",
    "tekniska",
    "sommar|en",
    "ledsa|gare",
    "beviljas",
]
HYPHEN_ZONE = 4
_HYPH = {w.replace("|", ""): w.replace("|", SHY) for w in HYPHENATION}


def _hyphenable(word: str) -> str:
    """The word with its break points, punctuation after it kept."""
    if SHY in word:
        return word
    core = word.rstrip(".,:;")
    return _HYPH.get(core, core) + word[len(core) :]


def _wrap_justified(text: str, width: int, indent: int, justify: bool = True) -> list[str]:
    """Greedy wrapping with hyphenation at the marked points, every line but the last justified by spaces."""
    words = [_hyphenable(w) for w in text.replace("|", SHY).split(" ")]
    room = width - indent
    lines: list[list[str]] = []
    cur: list[str] = []

    def plain(word: str) -> str:
        return word.replace(SHY, "")

    i = 0
    while i < len(words):
        word = words[i]
        used = len(" ".join(plain(x) for x in cur))
        sep = 1 if cur else 0
        if used + sep + len(plain(word)) <= room:
            cur.append(word)
            i += 1
            continue
        pieces = word.split(SHY)
        # a word is broken only where the line would otherwise be loose (Word's hyphenation zone)
        for k in range(len(pieces) - 1 if room - used >= HYPHEN_ZONE else 0, 0, -1):
            head = "".join(pieces[:k]) + "-"
            if used + sep + len(head) <= room:
                cur.append(head)
                words[i] = SHY.join(pieces[k:])
                break
        lines.append(cur)
        cur = []
    if cur:
        lines.append(cur)
    out = []
    for j, line in enumerate(lines):
        ws = [plain(x) for x in line]
        if justify and j < len(lines) - 1 and len(ws) > 1:
            gaps = len(ws) - 1
            spaces = room - sum(len(x) for x in ws)
            base, extra = divmod(spaces, gaps)
            s = ""
            for g, x in enumerate(ws[:-1]):
                # the wider gaps fall at the line's end, as a justifying typesetter spreads them
                s += x + " " * (base + (1 if g >= gaps - extra else 0))
            s += ws[-1]
        else:
            s = " ".join(ws)
        out.append(" " * indent + s)
    return out


def _render_blocks(blocks: list[tuple[str, Any]]) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            nr, title = block[1]
            wrapped = _wrap_justified(title, WIDTH, INDENT, justify=False)
            lines += ["", f"{nr:<{INDENT}}{wrapped[0].lstrip()}", *wrapped[1:]]
        elif kind == "p":
            lines += _wrap_justified(block[1], WIDTH, INDENT)
        elif kind == "beslut":
            lines += _wrap_justified("Beslut: " + block[1], WIDTH, INDENT)
        elif kind == "atgard":
            lines += _wrap_justified("Åtgärd: " + block[1], WIDTH, INDENT)
        elif kind == "sub":
            wrapped = _wrap_justified(block[2], WIDTH, INDENT + 4)
            lines.append(" " * INDENT + f"{block[1]:<4}" + wrapped[0].lstrip())
            lines += wrapped[1:]
    return lines


def write_txt(out: Path) -> None:
    def right(text: str) -> str:
        return " " * (WIDTH - len(text)) + text

    def footer(n: int) -> list[str]:
        left_part = "Sandvreta kommun · Referensgruppen för tillgänglighet"
        page = f"Sida {n} av 2"
        return ["", "", left_part + " " * (WIDTH - len(left_part) - len(page)) + page]

    label = 15
    head = [
        right("SANDVRETA KOMMUN"),
        right("Kommunledningsförvaltningen"),
        right("2026-05-06"),
        "",
        "",
        "Minnesanteckningar från möte med referensgruppen för",
        "tillgänglighet",
        "",
        f"{'Tid:':<{label}}Onsdagen den 6 maj 2026, kl. 13.30–15.30",
        f"{'Plats:':<{label}}Medborgarhuset, rum Lärkan, samt digitalt via Teams",
        f"{'Närvarande:':<{label}}Malin Forss (S), ordförande, kommunstyrelsen",
        " " * label + "Henrik Båth (M), kommunstyrelsen",
        " " * label + "Agneta Lund, DHR Sandvreta",
        " " * label + "Bo Jansson, Synskadades riksförbund Sandvreta",
        " " * label + "Gunilla Ström, Hörselskadades förening i Sandvreta",
        " " * label + "Kent Olausson, Autism- och Aspergerföreningen",
        " " * label + "Petra Öhrn, tillgänglighetssamordnare",
        " " * label + "Erik Sand, parkingenjör, punkt 3",
        " " * label + "Lina Berg, handläggare, kollektivtrafikenheten, punkt 4",
        " " * label + "Jonas Ekman, webbredaktör, punkt 7",
        f"{'Förhinder:':<{label}}Sara Lindh, Neuroförbundet Sandvreta",
        " " * label + "Tomas Hed (SD), kommunstyrelsen",
        f"{'Antecknare:':<{label}}Petra Öhrn",
    ]
    page1 = head + _render_blocks(RG_ITEMS_1)
    tail = [
        "",
        "",
        "Vid anteckningarna",
        "",
        "Petra Öhrn",
        "tillgänglighetssamordnare",
        "",
        *_wrap_justified(
            "Minnesanteckningarna skickas till: de närvarande och de med förhinder, kommunstyrelsens presidium, föreningarna i referensgruppen och kommunens webbplats.",
            WIDTH,
            0,
            justify=False,
        ),
    ]
    page2 = [right("SANDVRETA KOMMUN"), "", *_render_blocks(RG_ITEMS_2), *tail]
    page_len = 70
    pages = []
    for n, body in enumerate((page1, page2), 1):
        foot = footer(n)
        if len(body) + len(foot) > page_len:
            raise SystemExit(f"page {n} of the minutes is too long ({len(body)} lines)")
        pages.append("\n".join(body + [""] * (page_len - len(body) - len(foot)) + foot))
    out.write_text("\f".join(pages) + "\n\f", encoding="utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_pdf(OUT / "2026-04-23-protokoll-regionala-tillvaxtnamnden.pdf")
    write_docx(OUT / "2026-06-10-kallelse-vard-och-omsorgsnamnden.docx")
    write_html(OUT / "2026-06-22-kungorelse-kommunfullmaktige.html")
    write_txt(OUT / "2026-05-06-minnesanteckningar-referensgruppen-for-tillganglighet.txt")


if __name__ == "__main__":
    main()
