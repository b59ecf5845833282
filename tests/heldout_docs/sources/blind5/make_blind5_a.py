"""Blind set 5, helper a: writes four meeting documents into ../../general/.

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind5/make_blind5_a.py`.

 a. 2026-02-24-protokoll-teknik-och-fastighetsnamnden.docx
        python-docx; every § a row of a two-column Word table ("§ 12" left; right: bold title on the first
        paragraph, Dnr, Ärendebeskrivning, Beslutsunderlag as a bullet list, Beslut with "att …" paragraphs);
        närvaro as "Ledamöter: Name (party), …" lines; one § with Yrkande / Propositionsordning / Omröstning
        whose decision (återremiss) differs from the proposal; "Anmälan av delegationsbeslut" placed on file
 b. 2025-05-06-protokoll-kultur-och-bildningsnamnden.txt
        text as `pdftotext` WITHOUT -layout gives it (reading order only): header labels on one line, their
        values on the next; the page furniture ("Justerandes sign", "Utdragsbestyrkande", the running header)
        repeated at every form feed; "§ 31" on a line of its own and the title on the next; a page break
        between the numbered points of one decision
 c. 2026-01-15-minnesanteckningar-styrgruppen-for-hallbar-upphandling.html
        intranet export: <h1>, a <dl> with Datum / Tid / Plats / Deltagare, the items as a <table>
        Punkt | Ämne | Beslut/åtgärd | Ansvarig | Klart senast ("Informationen noterades", "–", action-only cells)
 d. 2025-11-26-kallelse-bildningsnamnden.pdf
        reportlab canvas (no platypus): letterhead top left, "KALLELSE" top right, "Sammanträde med
        bildningsnämnden", date/time/place; items "1." … with a bold title (one wrapped over two lines) and
        indented description, "Föredragande: name, title" and "Förslag till beslut:" lines; a page break in the
        middle of the list, running header "Bildningsnämnden 2025-11-26" with "2 (2)"

Ekåsens kommun, Region Västerlid, Sävstads kommun, Hallstena kommun, their people and numbers are invented.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "general"


# ---------------------------------------------------------------------------------------------------------------
# a. DOCX protokoll, teknik- och fastighetsnämnden (every § a two-cell table row)
# ---------------------------------------------------------------------------------------------------------------

T, D, L, P, A, U = "title", "dnr", "label", "para", "att", "bullet"

DOCX_ITEMS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "§ 12",
        [
            (T, "Val av justerare"),
            (L, "Beslut"),
            (P, "Teknik- och fastighetsnämnden beslutar"),
            (A, "att utse Ahmed Yusuf (M) att jämte ordföranden justera dagens protokoll, och"),
            (A, "att justeringen sker i stadshuset måndagen den 2 mars 2026."),
        ],
    ),
    (
        "§ 13",
        [
            (T, "Godkännande av föredragningslista"),
            (L, "Beslut"),
            (P, "Föredragningslistan godkänns."),
        ],
    ),
    (
        "§ 14",
        [
            (T, "Verksamhetsuppföljning med prognos januari 2026"),
            (D, "Dnr TFN 2026/8"),
            (L, "Ärendebeskrivning"),
            (
                P,
                "Controller Linnea Åkesson redovisar utfallet för januari. Nämnden prognostiserar ett "
                "underskott på 1,8 miljoner kronor för helåret, främst till följd av höga kostnader för "
                "snöröjning och halkbekämpning under december och januari. Fastighetsverksamheten bedöms "
                "hålla sin budget.",
            ),
            (L, "Beslutsunderlag"),
            (U, "Tjänsteskrivelse, 2026-02-09"),
            (U, "Verksamhetsuppföljning januari 2026"),
            (L, "Beslut"),
            (P, "Teknik- och fastighetsnämnden beslutar"),
            (A, "att godkänna verksamhetsuppföljningen med prognos för januari 2026."),
        ],
    ),
    (
        "§ 15",
        [
            (T, "Lokalförsörjningsplan 2027–2031"),
            (D, "Dnr TFN 2025/187"),
            (L, "Ärendebeskrivning"),
            (
                P,
                "Fastighetschef Eva Nordh föredrar ärendet. Planen beskriver kommunens behov av skol-, "
                "förskole- och omsorgslokaler de kommande fem åren. Förvaltningen föreslår bland annat att "
                "Björkängsskolan ersätts med en ny skolbyggnad för 450 elever med planerad inflyttning 2029.",
            ),
            (L, "Beslutsunderlag"),
            (U, "Tjänsteskrivelse från fastighetschef Eva Nordh, 2026-02-05"),
            (U, "Lokalförsörjningsplan 2027–2031, bilaga 1"),
            (U, "Lokalbehovsanalys från barn- och utbildningsförvaltningen"),
            (L, "Förslag till beslut"),
            (P, "Förvaltningen föreslår att teknik- och fastighetsnämnden beslutar"),
            (A, "att anta lokalförsörjningsplan 2027–2031, och"),
            (A, "att överlämna planen till kommunstyrelsen som underlag för budgetarbetet inför 2027."),
            (L, "Yrkande"),
            (
                P,
                "Karin Vestin (C) yrkar, med instämmande av Ahmed Yusuf (M), att ärendet återremitteras till "
                "förvaltningen för att kompletteras med en analys av alternativet att renovera "
                "Björkängsskolan. Birgitta Holmér (S) yrkar bifall till förvaltningens förslag.",
            ),
            (L, "Propositionsordning"),
            (
                P,
                "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras "
                "och finner att ärendet ska avgöras i dag. Votering begärs.",
            ),
            (L, "Omröstning"),
            (
                P,
                "Nämnden godkänner följande beslutsgång: den som vill att ärendet ska avgöras i dag röstar ja, "
                "den som vill att ärendet ska återremitteras röstar nej. Omröstningen utfaller med 3 ja-röster "
                "mot 4 nej-röster. Återremissyrkandet har därmed bifallits.",
            ),
            (P, "Ja: Birgitta Holmér (S), Rolf Haglund (S), Olof Brandt (V)"),
            (P, "Nej: Ahmed Yusuf (M), Tomas Engvall (SD), Karin Vestin (C), Maja Lindell (KD)"),
            (L, "Beslut"),
            (P, "Teknik- och fastighetsnämnden beslutar"),
            (
                A,
                "att återremittera ärendet till förvaltningen för komplettering med en analys av "
                "alternativet att renovera Björkängsskolan, och",
            ),
            (A, "att ärendet ska återkomma till nämnden senast vid sammanträdet i maj 2026."),
            (L, "Reservation"),
            (P, "Birgitta Holmér (S), Rolf Haglund (S) och Olof Brandt (V) reserverar sig mot beslutet."),
        ],
    ),
    (
        "§ 16",
        [
            (T, "Upphandling av vinterväghållning 2026–2030"),
            (D, "Dnr TFN 2025/240"),
            (L, "Ärendebeskrivning"),
            (
                P,
                "Gatuchef Patrik Sand redogör för förfrågningsunderlaget. Kommunen delas in i fyra "
                "entreprenadområden, och kraven på utsläppsfria arbetsmaskiner skärps i tätorten. Avtalen "
                "avses gälla i fyra säsonger med möjlighet till förlängning i två år.",
            ),
            (L, "Beslutsunderlag"),
            (U, "Tjänsteskrivelse, 2026-02-06"),
            (U, "Förfrågningsunderlag, vinterväghållning 2026–2030"),
            (L, "Beslut"),
            (P, "Teknik- och fastighetsnämnden beslutar"),
            (A, "att godkänna förfrågningsunderlaget för upphandling av vinterväghållning 2026–2030,"),
            (A, "att uppdra åt förvaltningschefen att fatta tilldelningsbeslut och teckna avtal, samt"),
            (A, "att förklara paragrafen omedelbart justerad."),
        ],
    ),
    (
        "§ 17",
        [
            (T, "Svar på motion om solceller på kommunens fastigheter"),
            (D, "Dnr TFN 2025/96"),
            (L, "Ärendebeskrivning"),
            (
                P,
                "Sofia Lund (MP) föreslår i en motion att samtliga kommunägda tak som är lämpliga förses med "
                "solceller senast 2030. Kommunstyrelsen har remitterat motionen till nämnden. Ärendet "
                "föredras av energistrateg Mira Holm, som konstaterar att 14 av kommunens 61 större "
                "byggnader har tak som bedöms lämpliga.",
            ),
            (L, "Beslutsunderlag"),
            (U, "Motion från Sofia Lund (MP), 2025-04-22"),
            (U, "Tjänsteskrivelse, 2026-01-28"),
            (U, "Inventering av takytor, bilaga 2"),
            (L, "Beslut"),
            (P, "Teknik- och fastighetsnämnden föreslår kommunfullmäktige besluta"),
            (A, "att bifalla motionen i den del som gäller en inventering av lämpliga takytor, och"),
            (A, "att i övrigt anse motionen besvarad."),
        ],
    ),
    (
        "§ 18",
        [
            (T, "Anmälan av delegationsbeslut"),
            (D, "Dnr TFN 2026/2"),
            (L, "Ärendebeskrivning"),
            (
                P,
                "En förteckning över beslut som fattats med stöd av nämndens delegationsordning under "
                "perioden 1–31 januari 2026 har tillställts ledamöterna.",
            ),
            (L, "Beslutsunderlag"),
            (U, "Delegationslista gata och park, januari 2026"),
            (U, "Delegationslista fastighet, januari 2026"),
            (L, "Beslut"),
            (P, "Anmälan av delegationsbesluten läggs till handlingarna."),
        ],
    ),
    (
        "§ 19",
        [
            (T, "Information från förvaltningschefen"),
            (L, "Ärendebeskrivning"),
            (
                P,
                "Förvaltningschef Jonas Wikström informerar om rekryteringen av en ny gatuchef, om läget i "
                "ombyggnaden av simhallen och om vattenskadan i Ekåsens bibliotek i januari.",
            ),
            (L, "Beslut"),
            (P, "Teknik- och fastighetsnämnden beslutar"),
            (A, "att informationen läggs till handlingarna."),
        ],
    ),
    (
        "§ 20",
        [
            (T, "Övriga frågor"),
            (P, "Inga övriga frågor anmäls."),
        ],
    ),
]


def write_docx_protokoll(out: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)

    sec = d.sections[0]
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("EKÅSENS KOMMUN\tSAMMANTRÄDESPROTOKOLL")
    r.bold = True
    hp2 = sec.header.add_paragraph()
    hp2.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    hp2.add_run("Teknik- och fastighetsnämnden\tSammanträdesdatum 2026-02-24").font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(8), WD_TAB_ALIGNMENT.LEFT)
    fp.add_run("Justerandes sign\tUtdragsbestyrkande").font.size = Pt(8)

    def line(text: str, bold_label: str = "", size: float | None = None) -> None:
        p = d.add_paragraph()
        if bold_label:
            p.add_run(bold_label).bold = True
        run = p.add_run(text)
        if size:
            run.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(3)

    t = d.add_paragraph()
    tr = t.add_run("Teknik- och fastighetsnämnden")
    tr.bold = True
    tr.font.size = Pt(16)
    line("tisdagen den 24 februari 2026", "Sammanträdesdatum: ")
    line("Ekåsens stadshus, sammanträdesrum Linden, kl. 13.30–16.45 (ajournering 15.00–15.15)", "Plats och tid: ")
    line(
        "Birgitta Holmér (S), ordförande, Ahmed Yusuf (M), vice ordförande, Tomas Engvall (SD), "
        "Karin Vestin (C), Olof Brandt (V), Maja Lindell (KD), Rolf Haglund (S), tjänstgörande ersättare "
        "för Lena Sjögren (S)",
        "Ledamöter: ",
    )
    line("Sven Arvidsson (M), Hanna Kask (L)", "Ersättare: ")
    line(
        "Jonas Wikström, förvaltningschef, Eva Nordh, fastighetschef, Patrik Sand, gatuchef, "
        "Linnea Åkesson, controller, Mira Holm, energistrateg, § 17, Gunilla Berg, nämndsekreterare",
        "Övriga närvarande: ",
    )
    line("Ahmed Yusuf (M)", "Justerare: ")
    line("Stadshuset, måndagen den 2 mars 2026", "Justeringens plats och tid: ")
    line("§§ 12–20", "Paragrafer: ")
    d.add_paragraph()

    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for nr, parts in DOCX_ITEMS:
        left, right = table.add_row().cells
        left.width = Cm(2.2)
        right.width = Cm(14.4)
        left.paragraphs[0].add_run(nr).bold = True
        first = True
        for kind, text in parts:
            if first:
                p = right.paragraphs[0]
                first = False
            elif kind == U:
                p = right.add_paragraph(style="List Bullet")
            else:
                p = right.add_paragraph()
            run = p.add_run(text)
            if kind in (T, L):
                run.bold = True
            if kind == T:
                run.font.size = Pt(11)
            if kind == D:
                run.font.size = Pt(9)
            if kind == A:
                p.paragraph_format.left_indent = Cm(0.6)
            p.paragraph_format.space_after = Pt(2)

    d.add_paragraph()
    line("", "Underskrifter")
    sig = d.add_table(rows=2, cols=3)
    for cell, text in zip(sig.rows[0].cells, ("Sekreterare", "Ordförande", "Justerare"), strict=False):
        cell.paragraphs[0].add_run(text).bold = True
    for cell, text in zip(
        sig.rows[1].cells, ("\n\nGunilla Berg", "\n\nBirgitta Holmér", "\n\nAhmed Yusuf"), strict=False
    ):
        cell.text = text
    d.add_paragraph()
    line("", "ANSLAGSBEVIS")
    line("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
    line("Teknik- och fastighetsnämnden", "Organ: ")
    line("2026-02-24", "Sammanträdesdatum: ")
    line("2026-03-03", "Datum då anslaget sätts upp: ")
    line("2026-03-25", "Datum då anslaget tas ned: ")
    line("Tekniska förvaltningen, stadshuset", "Förvaringsplats för protokollet: ")
    d.core_properties.title = "Protokoll teknik- och fastighetsnämnden 2026-02-24"
    d.core_properties.author = "Ekåsens kommun"
    d.save(str(out))


# ---------------------------------------------------------------------------------------------------------------
# b. protokoll as pdftotext (no -layout) text, kultur- och bildningsnämnden
# ---------------------------------------------------------------------------------------------------------------


def _raw_head(page: int, total: int) -> list[str]:
    return [
        "REGION VÄSTERLID",
        "PROTOKOLL",
        "Kultur- och bildningsnämnden",
        "",
        "Sammanträdesdatum",
        "2025-05-06",
        "",
        "Sida",
        f"{page} ({total})",
        "",
    ]


_RAW_FOOT = ["", "Justerandes sign", "", "Utdragsbestyrkande", ""]


def protokoll_raw_text() -> str:
    p1 = [
        *_raw_head(1, 3),
        "Plats och tid",
        "Regionens hus, sammanträdesrum Kronan, Västerlid, kl. 09.00–12.10",
        "",
        "Beslutande",
        "Marianne Öhrn (S), ordförande",
        "Jessica Rydh (M), 1:e vice ordförande",
        "Kent Hallberg (S)",
        "Yvonne Lager (SD)",
        "Nils Åman (C)",
        "Amina Haddou (V)",
        "Stefan Grahn (M), tjänstgörande ersättare för Ulla Berglöf (KD)",
        "",
        "Övriga deltagande",
        "Helena Grip, kulturchef",
        "Fredrik Dahlin, ekonomichef",
        "Tove Lindh, handläggare, § 35",
        "Mattias Blom, rektor Västerlids folkhögskola, § 36",
        "Johan Falk, kulturarvsstrateg, § 38",
        "Camilla Sköld, nämndsekreterare",
        "",
        "Utses att justera",
        "Jessica Rydh (M)",
        "",
        "Justeringens plats och tid",
        "Regionens hus, 2025-05-13",
        "",
        "Underskrifter",
        "Sekreterare",
        "",
        "Paragrafer",
        "§§ 31–38",
        "",
        "Camilla Sköld",
        "Ordförande",
        "",
        "Marianne Öhrn",
        "Justerande",
        "",
        "Jessica Rydh",
        "",
        "ANSLAG/BEVIS",
        "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
        "Organ",
        "Kultur- och bildningsnämnden",
        "Sammanträdesdatum",
        "2025-05-06",
        "Datum då anslaget sätts upp",
        "2025-05-14",
        "Datum då anslaget tas ned",
        "2025-06-05",
        "Förvaringsplats för protokollet",
        "Regionens hus, kulturförvaltningen",
        "Underskrift",
        "Camilla Sköld",
        *_RAW_FOOT,
    ]
    p2 = [
        *_raw_head(2, 3),
        "§ 31",
        "Mötets öppnande och val av justerare",
        "Ordföranden förklarar sammanträdet öppnat.",
        "",
        "Kultur- och bildningsnämndens beslut",
        "Kultur- och bildningsnämnden utser Jessica Rydh (M) att jämte ordföranden justera",
        "protokollet.",
        "",
        "§ 32",
        "Fastställande av dagordning",
        "Kultur- och bildningsnämndens beslut",
        "Dagordningen fastställs.",
        "",
        "§ 33",
        "Ekonomisk uppföljning per mars 2025",
        "KBN 2025/41",
        "",
        "Ekonomichef Fredrik Dahlin redovisar utfallet för första kvartalet. Nämnden redovisar ett",
        "överskott på 2,3 miljoner kronor, som till största delen beror på att två tjänster har",
        "varit vakanta. Prognosen för helåret är ett resultat i balans.",
        "",
        "Kultur- och bildningsnämndens beslut",
        "Kultur- och bildningsnämnden godkänner den ekonomiska uppföljningen per mars 2025.",
        "",
        "§ 34",
        "Regional kulturplan 2026–2029, remissversion",
        "KBN 2024/212",
        "",
        "Kulturchef Helena Grip föredrar ärendet. Förslaget till kulturplan har tagits fram i dialog",
        "med länets kommuner, kulturinstitutioner och civilsamhälle. Planen har fyra prioriterade",
        "områden: barn och unga, kulturarv, kulturella och kreativa näringar samt tillgänglighet i",
        "hela länet.",
        "",
        "Förslag till beslut",
        "Kulturförvaltningen föreslår att kultur- och bildningsnämnden beslutar att sända förslaget",
        "till regional kulturplan 2026–2029 på remiss.",
        "",
        "Kultur- och bildningsnämndens beslut",
        "1. Förslaget till regional kulturplan 2026–2029 sänds på remiss till länets kommuner,",
        "kulturinstitutionerna i länet och berörda statliga myndigheter.",
        *_RAW_FOOT,
    ]
    p3 = [
        *_raw_head(3, 3),
        "2. Remisstiden bestäms till den 15 september 2025.",
        "",
        "Beslutet skickas till",
        "Länets kommuner",
        "Kulturförvaltningen",
        "",
        "§ 35",
        "Verksamhetsbidrag till studieförbunden 2025",
        "KBN 2025/19",
        "",
        "Handläggare Tove Lindh redogör för fördelningsmodellen, där 60 procent av bidraget fördelas",
        "efter antalet deltagartimmar och 40 procent som grundbidrag.",
        "",
        "Yrkanden",
        "Jessica Rydh (M) yrkar att grundbidragets andel sänks till 30 procent. Marianne Öhrn (S)",
        "yrkar bifall till förvaltningens förslag.",
        "",
        "Propositionsordning",
        "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förvaltningens",
        "förslag.",
        "",
        "Kultur- och bildningsnämndens beslut",
        "Kultur- och bildningsnämnden beslutar att fördela verksamhetsbidrag om totalt",
        "14,2 miljoner kronor till studieförbunden enligt bilaga 2.",
        "",
        "Reservation",
        "Jessica Rydh (M) och Stefan Grahn (M) reserverar sig till förmån för eget yrkande.",
        "",
        "§ 36",
        "Avgifter för internatboende vid regionens folkhögskolor läsåret 2025/26",
        "KBN 2025/55",
        "",
        "Rektor Mattias Blom informerar om beläggningen på internaten och om jämförelser med andra",
        "regioners avgifter. Förslaget innebär en höjning med 4 procent.",
        "",
        "Kultur- och bildningsnämndens beslut",
        "Kultur- och bildningsnämnden föreslår regionfullmäktige besluta att fastställa avgifterna för",
        "internatboende vid regionens folkhögskolor läsåret 2025/26 enligt bilaga 3.",
        "",
        "§ 37",
        "Delegationsbeslut och meddelanden",
        "Kultur- och bildningsnämndens beslut",
        "Redovisningen av delegationsbeslut och meddelanden läggs till handlingarna.",
        "",
        "§ 38",
        "Information om arbetet med en regional kulturarvsstrategi",
        "Kulturarvsstrateg Johan Falk informerar om tidplanen för strategin och om de dialogmöten",
        "som hålls med hembygdsrörelsen under hösten.",
        "",
        "Kultur- och bildningsnämndens beslut",
        "Informationen noteras.",
        *_RAW_FOOT,
    ]
    return "\f".join("\n".join(p) + "\n" for p in (p1, p2, p3)) + "\f"


# ---------------------------------------------------------------------------------------------------------------
# c. HTML minnesanteckningar, styrgruppen för hållbar upphandling
# ---------------------------------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Minnesanteckningar styrgruppen för hållbar upphandling 2026-01-15 – Insidan, Sävstads kommun</title>
<style>
 table.punkter { border-collapse: collapse; width: 100%; }
 table.punkter th, table.punkter td { border: 1px solid #bbb; padding: 4px 6px; vertical-align: top; }
 dl.motesinfo dt { font-weight: bold; float: left; width: 7em; clear: left; }
 dl.motesinfo dd { margin-left: 8em; }
 .meta { color: #666; font-size: 85%; }
</style>
</head>
<body>
<div id="topbar">
<a href="/start" class="logo">Insidan – Sävstads kommun</a>
<form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på Insidan"></form>
<ul class="menu">
<li><a href="/start/nyheter">Nyheter</a></li>
<li><a href="/start/organisation">Organisation</a></li>
<li><a href="/start/styrning">Styrning och ledning</a></li>
<li><a href="/start/verktyg">Verktyg och system</a></li>
</ul>
</div>
<div class="breadcrumbs"><a href="/start">Start</a> / <a href="/start/styrning">Styrning och ledning</a> /
<a href="/start/styrning/grupper">Styr- och ledningsgrupper</a> / Styrgruppen för hållbar upphandling</div>
<article>
<h1>Minnesanteckningar – Styrgruppen för hållbar upphandling</h1>
<p class="meta">Publicerad 2026-01-19 av Petra Nylund, kommunledningsförvaltningen</p>
<dl class="motesinfo">
<dt>Datum</dt><dd>Torsdag 15 januari 2026</dd>
<dt>Tid</dt><dd>13.00–15.00</dd>
<dt>Plats</dt><dd>Kommunhuset, rum Ekbacken, samt Teams</dd>
<dt>Deltagare</dt><dd>Maria Lundgren, ekonomidirektör (ordförande)<br>
Nina Forsberg, upphandlingschef<br>
Erik Lundvall, hållbarhetsstrateg<br>
Sara Höglund, kostchef<br>
Kalle Berglund, inköpssamordnare<br>
Anton Eriksson, samhällsbyggnadsförvaltningen<br>
Petra Nylund, nämndsekreterare (antecknare)</dd>
<dt>Frånvarande</dt><dd>Leif Ström, IT-chef</dd>
</dl>

<table class="punkter">
<thead>
<tr><th>Punkt</th><th>Ämne</th><th>Beslut/åtgärd</th><th>Ansvarig</th><th>Klart senast</th></tr>
</thead>
<tbody>
<tr><td>1</td><td><strong>Mötets öppnande och dagordning</strong></td>
<td>Dagordningen godkändes.</td><td>–</td><td>–</td></tr>
<tr><td>2</td><td><strong>Föregående minnesanteckningar</strong></td>
<td>Minnesanteckningarna från mötet den 20 november gicks igenom och lades till handlingarna.</td>
<td>–</td><td>–</td></tr>
<tr><td>3</td><td><strong>Upphandlingsplan 2026</strong>
<p>Upphandlingschef Nina Forsberg presenterade förslaget till upphandlingsplan. Planen omfattar
38 upphandlingar, varav 9 bedöms som strategiska ur hållbarhetssynpunkt.</p></td>
<td>Styrgruppen beslutade att ställa sig bakom upphandlingsplanen och att planen lämnas till
kommunstyrelsens arbetsutskott för kännedom.</td><td>Nina Forsberg</td><td>2026-02-03</td></tr>
<tr><td>4</td><td><strong>Uppföljning av hållbarhetskrav i avtal</strong>
<p>Hållbarhetsstrateg Erik Lundvall redovisade resultatet av stickprovskontroller i tolv avtal.
I tio av avtalen uppfylldes de sociala kraven; i två saknades redovisning av underleverantörer.</p></td>
<td>Informationen noterades.</td><td>–</td><td>–</td></tr>
<tr><td>5</td><td><strong>Klimatkrav vid upphandling av livsmedel</strong>
<p>Kostchef Sara Höglund redogjorde för hur klimatpåverkan per portion har utvecklats sedan 2023 och
vilka krav som kan ställas i nästa livsmedelsupphandling.</p></td>
<td>Kostenheten och upphandlingsenheten tar fram ett gemensamt förslag till klimatkrav inför nästa möte.</td>
<td>Sara Höglund</td><td>2026-03-12</td></tr>
<tr><td>6</td><td><strong>Leverantörsdialog våren 2026</strong>
<p>Kalle Berglund informerade om de dialogmöten med lokala företag som planeras i mars och april.</p></td>
<td>–</td><td>–</td><td>–</td></tr>
<tr><td>7</td><td><strong>Revidering av riktlinjer för direktupphandling</strong>
<p>Nina Forsberg presenterade ett utkast till reviderade riktlinjer. Styrgruppen diskuterade
beloppsgränserna och kraven på dokumentation.</p></td>
<td>Styrgruppen beslutade att utkastet skickas på remiss till förvaltningarna med svar senast
den 27 februari.<br>Åtgärd: upphandlingsenheten skickar ut remissen.</td>
<td>Nina Forsberg</td><td>2026-01-23</td></tr>
<tr><td>8</td><td><strong>Övriga frågor</strong></td><td>Inga övriga frågor.</td><td>–</td><td>–</td></tr>
<tr><td>9</td><td><strong>Nästa möte</strong></td>
<td>Torsdag 12 mars 2026 kl. 13.00–15.00, kommunhuset, rum Ekbacken.</td><td>–</td><td>–</td></tr>
</tbody>
</table>
<p>Vid anteckningarna: Petra Nylund</p>
</article>
<footer>
<p>Sävstads kommun · Kommunledningsförvaltningen · Sidan senast uppdaterad 2026-01-19</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# d. PDF kallelse, bildningsnämnden (reportlab canvas)
# ---------------------------------------------------------------------------------------------------------------

PDF_ITEMS: list[tuple[str, str, list[str]]] = [
    (
        "1.",
        "Val av justerare och tid för justering",
        [
            "Förslag till beslut: Lisa Ekholm (C) utses att jämte ordföranden justera protokollet. "
            "Justeringen sker onsdagen den 3 december 2025.",
        ],
    ),
    ("2.", "Godkännande av föredragningslistan", []),
    (
        "3.",
        "Månadsrapport oktober 2025",
        [
            "Ekonomiskt utfall till och med oktober samt prognos för helåret. Dnr BIN 2025/12",
            "Föredragande: Karin Strand, ekonomichef",
            "Förslag till beslut: Bildningsnämnden godkänner månadsrapporten för oktober 2025.",
        ],
    ),
    (
        "4.",
        "Reviderade regler för skolskjuts i grundskolan och anpassade grundskolan i Hallstena kommun "
        "från och med läsåret 2026/27",
        [
            "Reglerna har setts över efter beslutet om ny skolorganisation i norra kommundelen. Förslaget "
            "innebär bland annat att avståndsgränsen för årskurs 4–6 sänks till tre kilometer.",
            "Dnr BIN 2025/133",
            "Föredragande: Mats Öberg, skolskjutssamordnare",
            "Förslag till beslut: Bildningsnämnden antar reviderade regler för skolskjuts att gälla från och "
            "med den 1 juli 2026.",
        ],
    ),
    (
        "5.",
        "Systematiskt kvalitetsarbete – huvudmannens analys läsåret 2024/25",
        [
            "Sammanställning av resultat, analys och utvecklingsområden för förskola, grundskola och "
            "gymnasieskola. Dnr BIN 2025/140",
            "Föredragande: Annika Wall, kvalitetschef, och Ola Rehn, utvecklingsledare",
            "Förslag till beslut: Bildningsnämnden godkänner huvudmannens analys och fastställer "
            "utvecklingsområdena för läsåret 2025/26.",
        ],
    ),
    (
        "6.",
        "Taxa för kulturskolan 2026",
        [
            "Förslag till ny avgift per ämneskurs och syskonrabatt. Dnr BIN 2025/151",
            "Föredragande: Jens Holmqvist, kulturskolechef",
            "Förslag till beslut: Bildningsnämnden föreslår kommunfullmäktige att anta taxa för kulturskolan 2026.",
        ],
    ),
    (
        "7.",
        "Information om elevhälsans arbete med problematisk skolfrånvaro",
        [
            "Lägesbild och insatser under hösten, bland annat det nya närvaroteamet vid Östra skolan.",
            "Föredragande: Sofie Nyberg, elevhälsochef",
        ],
    ),
    (
        "8.",
        "Information från förvaltningschefen",
        ["Föredragande: Anders Lövgren, förvaltningschef"],
    ),
    (
        "9.",
        "Delegationsbeslut och meddelanden",
        [
            "Förteckning över delegationsbeslut fattade under oktober 2025 samt inkomna skrivelser.",
            "Förslag till beslut: Redovisningen läggs till handlingarna.",
        ],
    ),
    ("10.", "Övriga frågor", []),
]


def write_pdf_kallelse(out: Path) -> None:
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.lib.units import mm  # type: ignore[import-untyped]
    from reportlab.lib.utils import simpleSplit  # type: ignore[import-untyped]
    from reportlab.pdfgen import canvas as rl_canvas  # type: ignore[import-untyped]

    W, H = A4
    x0, xi, xr = 25 * mm, 33 * mm, W - 22 * mm
    c = rl_canvas.Canvas(str(out), pagesize=A4)
    c.setTitle("Kallelse bildningsnämnden 2025-11-26")
    c.setAuthor("Hallstena kommun")

    def footer() -> None:
        c.setFont("Helvetica", 7.5)
        c.drawString(x0, 14 * mm, "Hallstena kommun · Bildningsförvaltningen · Storgatan 12, 000 00 Hallstena")
        c.drawRightString(xr, 14 * mm, "www.hallstena.se")

    # page 1: letterhead
    c.setFont("Helvetica-Bold", 15)
    c.drawString(x0, H - 22 * mm, "Hallstena kommun")
    c.setFont("Helvetica", 9)
    c.drawString(x0, H - 27 * mm, "Bildningsförvaltningen")
    c.setFont("Helvetica-Bold", 13)
    c.drawRightString(xr, H - 22 * mm, "KALLELSE")
    c.setFont("Helvetica", 9)
    c.drawRightString(xr, H - 27 * mm, "1 (2)")

    y = H - 45 * mm
    c.setFont("Helvetica-Bold", 12)
    c.drawString(x0, y, "Sammanträde med bildningsnämnden")
    y -= 8 * mm
    c.setFont("Helvetica", 10)
    for label, value in (
        ("Datum", "Onsdagen den 26 november 2025"),
        ("Tid", "Kl. 13.00"),
        ("Plats", "Kommunhuset, sammanträdesrum Storsjön"),
    ):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0, y, label)
        c.setFont("Helvetica", 10)
        c.drawString(x0 + 18 * mm, y, value)
        y -= 5.2 * mm
    y -= 2 * mm
    c.drawString(x0, y, "Ersättare kallas för kännedom. Förhinder anmäls till nämndsekreteraren.")
    y -= 10 * mm
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x0, y, "Ärenden")
    y -= 8 * mm

    width_title = xr - xi
    width_body = xr - (xi + 4 * mm)
    page_break_after = "5."
    for nr, title, body in PDF_ITEMS:
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(x0, y, nr)
        for tl in simpleSplit(title, "Helvetica-Bold", 10.5, width_title):
            c.drawString(xi, y, tl)
            y -= 5 * mm
        c.setFont("Helvetica", 10)
        for bl in body:
            for sub in simpleSplit(bl, "Helvetica", 10, width_body):
                c.drawString(xi + 4 * mm, y, sub)
                y -= 4.6 * mm
        y -= 4.5 * mm
        if nr == page_break_after:
            footer()
            c.showPage()
            c.setFont("Helvetica", 9)
            c.drawString(x0, H - 15 * mm, "Bildningsnämnden 2025-11-26")
            c.drawRightString(xr, H - 15 * mm, "2 (2)")
            c.setLineWidth(0.4)
            c.line(x0, H - 17 * mm, xr, H - 17 * mm)
            y = H - 30 * mm

    y -= 6 * mm
    c.setFont("Helvetica", 10)
    c.drawString(x0, y, "Handlingarna finns tillgängliga i nämndens digitala mötesverktyg från den 19 november.")
    y -= 12 * mm
    c.drawString(x0, y, "Hallstena den 12 november 2025")
    y -= 12 * mm
    c.drawString(x0, y, "Eva Rask (S)")
    c.drawString(x0 + 80 * mm, y, "Jenny Torstensson")
    y -= 4.6 * mm
    c.drawString(x0, y, "Ordförande")
    c.drawString(x0 + 80 * mm, y, "Nämndsekreterare")
    footer()
    c.showPage()
    c.save()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_docx_protokoll(OUT / "2026-02-24-protokoll-teknik-och-fastighetsnamnden.docx")
    (OUT / "2025-05-06-protokoll-kultur-och-bildningsnamnden.txt").write_text(protokoll_raw_text(), encoding="utf-8")
    (OUT / "2026-01-15-minnesanteckningar-styrgruppen-for-hallbar-upphandling.html").write_text(HTML, encoding="utf-8")
    write_pdf_kallelse(OUT / "2025-11-26-kallelse-bildningsnamnden.pdf")


if __name__ == "__main__":
    main()
