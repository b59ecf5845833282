# ruff: noqa: E501
"""Blind set 12, helper b: writes four plan/report documents into ../../blind12/ (scored blind, never tuned on).

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind12/make_blind12_b.py`.

1. 2026-verksamhetsplan-barn-och-fritidsnamnden.html: a municipality web page (skip link, menu, breadcrumb, a
   "På den här sidan" jump list naming the three målområden, footer with an update date). The decision line is a
   <p class="beslut"> ("Beslutad av barn- och fritidsnämnden den 26 november 2025, § 112. Diarienummer …").
   Each målområde is a <section> whose <h2> reads "<span>Målområde A</span> Title" (letters A–C, no colon);
   each goal is an <article class="kort"> CARD with a <p class="etikett">Nämndmål N</p> above the <h3> title and a
   "Bidrar till KF-mål N" line; indicators in a small <table> of TARGET VALUES PER YEAR (Indikator |
   Utgångsläge 2024 | 2026 | 2027 | 2028), except goal 4 whose indicators stand in a <dl> (dt name, dd "Målvärde
   2026: …"); activities as a CHECKLIST (<ul class="checklista"> of <li> with a disabled checkbox and a <label>)
   under an <h4>Det här gör vi 2026</h4>; goal 5 has only the sentence that no special activities are planned.
2. 2025-tertialuppfoljning-uppdrag-kommunstyrelsen.docx (python-docx, landscape): kommunstyrelsen's follow-up
   (tertial 2, per 31 August) of kommunfullmäktige's uppdrag "U-1" … "U-9" to the nämnder and of its own uppdrag
   "KS 2025:12", "KS 2025:14"; a TRAFFIC-LIGHT legend as a paragraph list with shaded run words (Grön, Gul, Röd,
   Grå, Blå, Svart, each explained: "Grön = genomfört", "Gul = löper enligt plan", "Blå = vilande" …), then ONE
   Word table Kod | Uppdrag | Ansvarig nämnd | Status | Kommentar (header row repeated) whose Status cell is
   SHADED in the colour and holds only the colour word; several uppdrag are given to two or three nämnder (one
   nämnd a line in the Ansvarig cell); a merged band row "Kommunstyrelsens egna uppdrag (KS 2025-02-11, § 19)"
   spans the table before the two KS rows; a summary table Färg | Antal at the end (no uppdrag).
3. 2025-nyckeltal-aldre-och-omsorgsnamnden.txt: a key-figure report as `pdftotext -layout` prints a LANDSCAPE
   PDF table: three pages separated by form feeds, a running header in three columns (municipality | title | nämnd)
   and a footer "Behandlad i äldre- och omsorgsnämnden 2026-02-17, § 9 … Sida N/3"; a summary table of
   assessments; one wide table Nr | Mål och nyckeltal | Utfall 2023 | Utfall 2024 | Utfall 2025 | Mål 2025 |
   Mål 2026 | Bedömning, goals as rows "1     Title" and indicators as rows "1.1   Name …" (some names wrapped onto
   a second line in their column, "–" for a missing value, a "*" footnote), upper-case band lines
   "FOKUSOMRÅDE: TRYGG OCH VÄRDIG OMSORG" grouping the goals; a page break inside goal 3 (page 2 repeats the
   column heads and goes on with row "3.2"); short comments per goal ("Mål 3. …") on page 3.
4. 2025-delarsrapport-kultur-och-folkbildningsnamnden.pdf (reportlab platypus, BaseDocTemplate with frames): a
   region's delårsrapport whose first page has a full-width title block over TWO TEXT COLUMNS (the text flows from
   the left column into the right one, so that extraction meets both columns' lines on the same baselines):
   "1 Sammanfattning", "2 Ekonomi" (a narrow table), "3 Mål och resultat" with goals "Mål N – Title" (goal 1 in the
   left column, goals 2 and 3 in the right), each with a "Prognos helår: …" line, a paragraph, a narrow indicator
   table Indikator | Jan–aug 2025 | Mål 2025 and a "Pågående och genomförda aktiviteter" label over "•" bullets
   (goal 3 has none); "4 Verksamhetens utveckling" flows on into page 2, then "5 Medarbetare" (a small table) and
   "6 Framtid"; page 3 is full-width: "7 Uppdrag" with one ruled table Nr | Uppdrag | Givet av | Status |
   Kommentar, ids "RF 3" / "RS 2", statuses in words not used before ("Löper enligt plan", "Startat", "Flerårigt –
   årets del klar", "Vilande", "Försenat", "Avslutat" with a comment that it closes without being carried out);
   one uppdrag given to two nämnder in its wording. Running header and "Sida N (3)".

Lönnhamra kommun, Kvarnviks kommun, Ekeryds kommun, Region Skogsland, their people and numbers are invented.
"""

from __future__ import annotations

import html
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab import rl_config  # type: ignore[import-untyped]
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

rl_config.invariant = 1

OUT = Path(__file__).resolve().parents[2] / "blind12"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------------------------------------------------------
# 1. HTML: verksamhetsplan 2026, Barn- och fritidsnämnden, Lönnhamra kommun (goal cards, per-year target tables)
# ---------------------------------------------------------------------------------------------------------------

# (letter, målområde, [(nr, kf-mål, title, indicators [(name, base, 2026, 2027, 2028)] or dl [(name, target)], activities or sentence)])
PLAN_HTML: list[tuple[str, str, list[tuple[int, int, str, list[tuple[str, ...]], list[str] | str]]]] = [
    (
        "A",
        "Trygg och lärande uppväxt",
        [
            (
                1,
                1,
                "Alla barn och elever utvecklas mot målen i läroplanen",
                [
                    (
                        "Andel elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram",
                        "81 %",
                        "84 %",
                        "86 %",
                        "88 %",
                    ),
                    ("Andel elever i årskurs 6 med lägst betyget E i matematik", "86 %", "88 %", "89 %", "90 %"),
                    (
                        "Andel fyraåringar i förskolan vars språkutveckling har kartlagts",
                        "Mäts från 2026",
                        "60 %",
                        "80 %",
                        "100 %",
                    ),
                ],
                [
                    "Införa läsfrämjande lektioner i samtliga klasser i årskurs 1–3",
                    "Utöka lovskolan i matematik till att även omfatta höstlovet",
                    "Kartlägga språkutvecklingen hos alla fyraåringar i förskolan",
                ],
            ),
            (
                2,
                1,
                "Barn och elever känner sig trygga i förskola och skola",
                [
                    ("Andel elever i årskurs 5 som känner sig trygga i skolan", "88 %", "≥ 90 %", "≥ 92 %", "≥ 92 %"),
                    (
                        "Andel vårdnadshavare som upplever att barnet är tryggt i förskolan",
                        "94 %",
                        "≥ 95 %",
                        "≥ 95 %",
                        "≥ 95 %",
                    ),
                ],
                [
                    "Ta fram en gemensam plan mot kränkande behandling för alla skolenheter",
                    "Utbilda rastvärdar i förebyggande trygghetsarbete",
                ],
            ),
        ],
    ),
    (
        "B",
        "En aktiv och meningsfull fritid",
        [
            (
                3,
                2,
                "Fler unga deltar i organiserad fritidsverksamhet",
                [
                    ("Antal deltagartillfällen i föreningslivet per invånare 7–20 år", "21,4", "22", "23", "24"),
                    (
                        "Andel unga 13–19 år som besöker en fritidsgård minst en gång i månaden",
                        "17 %",
                        "20 %",
                        "22 %",
                        "25 %",
                    ),
                ],
                [
                    "Öppna fritidsgården i Norrvik även på lördagar",
                    "Införa ett fritidskort för unga i familjer med låga inkomster",
                    "Genomföra en ungdomsenkät om önskemål på fritiden",
                ],
            ),
            (
                4,
                2,
                "Kommunens anläggningar för idrott och friluftsliv är tillgängliga för alla",
                [
                    ("Andel bokningsbar tid i idrottshallarna som används", "85 %"),
                    ("Antal anläggningar med tillgänglighetsanpassade omklädningsrum", "6"),
                ],
                [
                    "Tillgänglighetsanpassa omklädningsrummen i Lönnhamrahallen",
                    "Digitalisera bokningen av kommunens idrottshallar",
                ],
            ),
        ],
    ),
    (
        "C",
        "Hållbar verksamhet",
        [
            (
                5,
                3,
                "Nämnden har attraktiva arbetsplatser med god arbetsmiljö",
                [
                    ("Hållbart medarbetarengagemang (HME), index", "78", "79", "80", "81"),
                    ("Sjukfrånvaro bland medarbetarna", "7,9 %", "≤ 7,0 %", "≤ 6,5 %", "≤ 6,0 %"),
                ],
                "Arbetet sker inom det ordinarie arbetsmiljöarbetet. Inga särskilda aktiviteter planeras för målet 2026.",
            ),
            (
                6,
                3,
                "Verksamheten håller sin budget",
                [("Budgetavvikelse vid årets slut, mnkr", "−4,2", "≥ 0", "≥ 0", "≥ 0")],
                ["Införa månatlig uppföljning av ekonomin på varje enhet"],
            ),
        ],
    ),
]


def write_html(path: Path) -> None:
    e = html.escape
    out: list[str] = []
    add = out.append
    add('<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">')
    add('<meta name="viewport" content="width=device-width, initial-scale=1">')
    add("<title>Verksamhetsplan 2026 för barn- och fritidsnämnden - Lönnhamra kommun</title>")
    add("<style>")
    add("body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d1d1b;line-height:1.5}")
    add(".topp{background:#0b4f6c;color:#fff;padding:.6rem 1.5rem}.topp a{color:#fff;margin-right:1.2rem}")
    add(
        "main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem}.beslut{background:#eef5f8;padding:.6rem 1rem;border-left:4px solid #0b4f6c}"
    )
    add(
        ".malomrade{margin-top:2.5rem}.malomrade h2 span{display:inline-block;background:#0b4f6c;color:#fff;padding:0 .5rem;margin-right:.6rem;border-radius:3px}"
    )
    add(
        ".kort{border:1px solid #c9d6dc;border-radius:8px;padding:1rem 1.25rem;margin:1.25rem 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}"
    )
    add(
        ".etikett{margin:0;font-size:.85rem;text-transform:uppercase;letter-spacing:.05em;color:#0b4f6c;font-weight:bold}"
    )
    add(".kort h3{margin:.2rem 0 .4rem}.koppling{font-size:.85rem;color:#555;margin:0 0 .8rem}")
    add(
        "table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border-bottom:1px solid #d8e2e6;padding:.35rem .5rem;text-align:left}"
    )
    add(
        "td.v,th.v{text-align:right;white-space:nowrap}caption{text-align:left;font-size:.85rem;color:#555;padding-bottom:.3rem}"
    )
    add("dl.matt{display:grid;grid-template-columns:1fr auto;gap:.3rem 1rem}dl.matt dd{margin:0;font-weight:bold}")
    add(
        ".checklista{list-style:none;padding-left:0}.checklista li{margin:.3rem 0}.checklista input{margin-right:.5rem}"
    )
    add("footer{background:#f1f1f1;padding:1rem 1.5rem;font-size:.85rem;margin-top:3rem}")
    add("</style>\n</head>\n<body>")
    add('<a class="skip" href="#innehall">Gå direkt till innehållet</a>')
    add('<header class="topp"><strong>Lönnhamra kommun</strong> <nav aria-label="Huvudmeny">')
    for item in ("Förskola och skola", "Omsorg och stöd", "Kultur och fritid", "Bygga och bo", "Kommun och politik"):
        add(f'<a href="#">{e(item)}</a>')
    add("</nav></header>")
    add(
        '<nav class="brodsmulor" aria-label="Du är här"><a href="#">Start</a> › <a href="#">Kommun och politik</a> › <a href="#">Styrdokument</a> › Verksamhetsplan 2026 för barn- och fritidsnämnden</nav>'
    )
    add('<main id="innehall">')
    add("<h1>Verksamhetsplan 2026 för barn- och fritidsnämnden</h1>")
    add(
        '<p class="ingress">Verksamhetsplanen beskriver hur barn- och fritidsnämnden ska bidra till kommunfullmäktiges mål i Mål och budget 2026–2028. Nämndens mål är ordnade under fullmäktiges tre målområden. För varje nämndmål anges indikatorer med målvärden för planperioden och de aktiviteter som förvaltningen genomför under året.</p>'
    )
    add(
        '<p class="beslut">Beslutad av barn- och fritidsnämnden den 26 november 2025, § 112. Diarienummer BFN 2025/0374.</p>'
    )
    add('<nav class="pa-sidan" aria-label="På den här sidan"><h2>På den här sidan</h2><ul>')
    for letter, name, _ in PLAN_HTML:
        add(f'<li><a href="#omrade-{letter.lower()}">Målområde {letter}: {e(name)}</a></li>')
    add('<li><a href="#uppfoljning">Uppföljning</a></li></ul></nav>')
    for letter, name, goals in PLAN_HTML:
        add(f'<section class="malomrade" id="omrade-{letter.lower()}">')
        add(f"<h2><span>Målområde {letter}</span> {e(name)}</h2>")
        for nr, kf, title, indicators, activities in goals:
            add(f'<article class="kort" id="namndmal-{nr}">')
            add(f'<header><p class="etikett">Nämndmål {nr}</p><h3>{e(title)}</h3>')
            add(f'<p class="koppling">Bidrar till KF-mål {kf}</p></header>')
            add("<h4>Indikatorer</h4>")
            if len(indicators[0]) == 2:
                add('<dl class="matt">')
                for ind_name, target in indicators:
                    add(f"<dt>{e(ind_name)}</dt><dd>Målvärde 2026: {e(target)}</dd>")
                add("</dl>")
            else:
                add("<table>")
                add("<caption>Målvärden per år</caption>")
                add(
                    '<thead><tr><th scope="col">Indikator</th><th scope="col" class="v">Utgångsläge 2024</th><th scope="col" class="v">2026</th><th scope="col" class="v">2027</th><th scope="col" class="v">2028</th></tr></thead>'
                )
                add("<tbody>")
                for row in indicators:
                    cells = "".join(f'<td class="v">{e(c)}</td>' for c in row[1:])
                    add(f'<tr><th scope="row">{e(row[0])}</th>{cells}</tr>')
                add("</tbody></table>")
            add("<h4>Det här gör vi 2026</h4>")
            if isinstance(activities, str):
                add(f"<p>{e(activities)}</p>")
            else:
                add('<ul class="checklista">')
                for i, act in enumerate(activities, 1):
                    cid = f"akt-{nr}-{i}"
                    add(f'<li><input type="checkbox" id="{cid}" disabled><label for="{cid}">{e(act)}</label></li>')
                add("</ul>")
            add("</article>")
        add("</section>")
    add('<section id="uppfoljning"><h2>Uppföljning</h2>')
    add(
        "<p>Nämnden följer upp verksamhetsplanen i delårsrapporten per den 31 augusti och i verksamhetsberättelsen efter årets slut. Indikatorer som mäts genom elevenkäten redovisas en gång per år.</p></section>"
    )
    add("</main>")
    add(
        "<footer><p>Lönnhamra kommun · Barn- och fritidsförvaltningen · Telefon 0123-45 60 00</p><p>Sidan uppdaterades 2025-12-03</p></footer>"
    )
    add("</body>\n</html>\n")
    path.write_text("\n".join(out), encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# 2. DOCX: tertialuppföljning av uppdrag 2025, Kommunstyrelsen, Kvarnviks kommun (traffic-light status column)
# ---------------------------------------------------------------------------------------------------------------

COLOURS = {
    "Grön": ("2E8B3C", "FFFFFF", "genomfört, uppdraget är klart"),
    "Gul": ("F2C230", "000000", "löper enligt plan"),
    "Röd": ("C0392B", "FFFFFF", "försenat, blir inte klart under 2025"),
    "Grå": ("A6A6A6", "000000", "ej startat"),
    "Blå": ("2F6FB5", "FFFFFF", "vilande, arbetet är pausat"),
    "Svart": ("222222", "FFFFFF", "avslutat, uppdraget genomförs inte"),
}

# (kod, uppdrag, [ansvariga nämnder], colour, kommentar)
UPPDRAG_KF: list[tuple[str, str, list[str], str, str]] = [
    (
        "U-1",
        "Utreda förutsättningarna för en gemensam servicenämnd med grannkommunerna",
        ["Kommunstyrelsen"],
        "Grön",
        "Utredningen redovisades för kommunstyrelsen i juni och överlämnas till kommunfullmäktige i oktober.",
    ),
    (
        "U-2",
        "Ta fram en handlingsplan för att minska barnfattigdomen",
        ["Socialnämnden", "Utbildningsnämnden"],
        "Gul",
        "Nämnderna tar fram planen gemensamt. En remissversion skickas ut i november.",
    ),
    (
        "U-3",
        "Införa en e-tjänst för ansökan om bygglov och anmälan",
        ["Miljö- och byggnämnden"],
        "Röd",
        "Leverantören har inte kunnat leverera enligt avtal. E-tjänsten beräknas vara i drift under våren 2026.",
    ),
    (
        "U-4",
        "Utreda ett gemensamt tillagningskök för skola och äldreomsorg i Bruksvik",
        ["Tekniska nämnden", "Vård- och omsorgsnämnden"],
        "Grå",
        "Utredningen startar i oktober när lokalinventeringen är klar.",
    ),
    (
        "U-5",
        "Se över avgifterna i kulturskolan",
        ["Kultur- och fritidsnämnden"],
        "Grön",
        "Nya avgifter gäller från höstterminen 2025. Syskonrabatten har införts.",
    ),
    (
        "U-6",
        "Anlägga en gång- och cykelväg mellan Kvarnviken och Sörby",
        ["Tekniska nämnden"],
        "Blå",
        "Projektet avvaktar Trafikverkets beslut om ombyggnad av korsningen vid väg 612.",
    ),
    (
        "U-7",
        "Inrätta ett ungdomsråd med representanter från alla skolor",
        ["Kommunstyrelsen"],
        "Svart",
        "Ungdomsfrågorna hanteras redan i elevråden och i det lokala ungdomsforumet. Kommunstyrelsen föreslår att uppdraget avslutas.",
    ),
    (
        "U-8",
        "Minska matsvinnet i de kommunala köken med 20 procent till 2027",
        ["Tekniska nämnden", "Utbildningsnämnden", "Vård- och omsorgsnämnden"],
        "Gul",
        "Svinnmätningar görs nu i samtliga kök. De första resultaten redovisas i oktober.",
    ),
    (
        "U-9",
        "Ta fram en plan för kompetensförsörjning inom äldreomsorgen",
        ["Vård- och omsorgsnämnden"],
        "Röd",
        "Arbetet har fått skjutas upp på grund av vakanser. Planen blir inte klar under 2025.",
    ),
]
UPPDRAG_KS: list[tuple[str, str, list[str], str, str]] = [
    (
        "KS 2025:12",
        "Införa ett gemensamt digitalt system för ärendehantering i alla förvaltningar",
        ["Kommunstyrelsen"],
        "Gul",
        "Upphandlingen är klar och införandet pågår. Tre av fem förvaltningar använder systemet.",
    ),
    (
        "KS 2025:14",
        "Genomföra en medborgardialog om den nya centrumplanen",
        ["Kommunstyrelsen"],
        "Grön",
        "Dialogen genomfördes i april och maj med 640 deltagare. Resultatet har redovisats.",
    ),
]


def _shade(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _run_shade(run: Any, fill: str) -> None:
    r_pr = run._r.get_or_add_rPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    r_pr.append(shd)


def _repeat_header(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


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
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)

    hp = section.header.paragraphs[0]
    hr = hp.add_run("KVARNVIKS KOMMUN")
    hr.bold = True
    hp.add_run("\tKommunstyrelsen\tTertialuppföljning 2 2025")
    fp = section.footer.paragraphs[0]
    fp.add_run("Dnr KS 2025/0412")

    document.add_paragraph("Uppföljning av uppdrag i Mål och budget 2025", style="Title")
    document.add_paragraph("Tertial 2 – läge per den 31 augusti 2025", style="Subtitle")
    p = document.add_paragraph()
    p.add_run("Behandlad av kommunstyrelsen 2025-09-23, § 128").bold = True
    p.add_run("\nDiarienummer KS 2025/0412\nHandläggare: Maria Östlund, kvalitetsstrateg")

    document.add_heading("Inledning", level=1)
    document.add_paragraph(
        "Kommunfullmäktige gav i Mål och budget 2025 (KF 2024-11-18, § 146) nämnderna nio uppdrag, U-1 till U-9. "
        "Några uppdrag är gemensamma för flera nämnder och redovisas då på en rad. Kommunstyrelsen har dessutom "
        "beslutat om egna uppdrag till förvaltningen (KS 2025-02-11, § 19). Nämnderna har lämnat underlag per den 31 augusti."
    )
    document.add_heading("Färgmarkering", level=2)
    document.add_paragraph("Statusen för varje uppdrag markeras med en färg i kolumnen Status:")
    for word, (fill, fg, meaning) in COLOURS.items():
        lp = document.add_paragraph(style="List Bullet")
        run = lp.add_run(f" {word} ")
        run.bold = True
        run.font.color.rgb = RGBColor.from_string(fg)
        _run_shade(run, fill)
        lp.add_run(f" = {meaning}")

    document.add_heading("Uppdrag och status", level=1)
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(2.4), Cm(7.8), Cm(4.6), Cm(2.0), Cm(8.9))
    head = table.rows[0]
    _repeat_header(head)
    for cell, text, w in zip(
        head.cells, ("Kod", "Uppdrag", "Ansvarig nämnd", "Status", "Kommentar"), widths, strict=True
    ):
        cell.width = w
        cell.text = ""
        r = cell.paragraphs[0].add_run(text)
        r.bold = True
        r.font.color.rgb = RGBColor.from_string("FFFFFF")
        _shade(cell, "1F3B57")

    def add_rows(rows: list[tuple[str, str, list[str], str, str]]) -> None:
        for code, text, organs, colour, comment in rows:
            cells = table.add_row().cells
            for cell, w in zip(cells, widths, strict=True):
                cell.width = w
            cells[0].text = code
            cells[1].text = text
            cells[2].text = organs[0]
            for organ in organs[1:]:
                cells[2].add_paragraph(organ)
            fill, fg, _ = COLOURS[colour]
            cells[3].text = ""
            sr = cells[3].paragraphs[0].add_run(colour)
            sr.bold = True
            sr.font.color.rgb = RGBColor.from_string(fg)
            _shade(cells[3], fill)
            cells[4].text = comment

    add_rows(UPPDRAG_KF)
    band = table.add_row()
    merged = band.cells[0].merge(band.cells[4])
    merged.text = ""
    br = merged.paragraphs[0].add_run("Kommunstyrelsens egna uppdrag (KS 2025-02-11, § 19)")
    br.bold = True
    _shade(merged, "DCE6EE")
    add_rows(UPPDRAG_KS)

    document.add_heading("Sammanställning", level=1)
    counts: dict[str, int] = {}
    for row in UPPDRAG_KF + UPPDRAG_KS:
        counts[row[3]] = counts.get(row[3], 0) + 1
    summary = document.add_table(rows=1, cols=2)
    summary.style = "Table Grid"
    summary.rows[0].cells[0].text = "Färg"
    summary.rows[0].cells[1].text = "Antal uppdrag"
    for word in COLOURS:
        cells = summary.add_row().cells
        cells[0].text = word
        cells[1].text = str(counts.get(word, 0))
    document.add_paragraph()
    document.add_paragraph(
        "Kommunstyrelsen bedömer att arbetet med uppdragen i huvudsak fortskrider. De uppdrag som inte blir klara "
        "under året följs upp på nytt i årsredovisningen 2025."
    )

    cp = document.core_properties
    cp.title = "Uppföljning av uppdrag i Mål och budget 2025, tertial 2"
    cp.author = "Kvarnviks kommun"
    cp.last_modified_by = "Kvarnviks kommun"
    cp.subject = "Tertialuppföljning av uppdrag"
    cp.revision = 2
    cp.created = datetime(2025, 9, 10, 8, 0, 0)
    cp.modified = datetime(2025, 9, 23, 16, 0, 0)
    document.save(str(path))
    _fix_zip(path, (2025, 9, 23, 16, 0, 0))


# ---------------------------------------------------------------------------------------------------------------
# 3. TXT: nyckeltalsrapport 2025, Äldre- och omsorgsnämnden, Ekeryds kommun (pdftotext -layout of a landscape table)
# ---------------------------------------------------------------------------------------------------------------

W = 150  # characters on a landscape line


def _cols(*parts: tuple[int, str]) -> str:
    """Place texts at fixed columns (pdftotext -layout keeps x positions); right-aligned when the column is negative."""
    line = ""
    for col, text in parts:
        if col < 0:
            end = -col
            start = end - len(text)
            line = line.ljust(start) + text
        else:
            line = line.ljust(col) + text
    return line.rstrip()


def _header(page: int, total: int) -> list[str]:
    return [
        _cols((0, "EKERYDS KOMMUN"), (62, "Nyckeltalsrapport 2025"), (-W, "Äldre- och omsorgsnämnden")),
        "",
    ]


def _footer(page: int, total: int) -> list[str]:
    return ["", _cols((0, "Behandlad i äldre- och omsorgsnämnden 2026-02-17, § 9"), (-W, f"Sida {page}/{total}"))]


NAME_COL, VALUE_ENDS = 8, (76, 90, 104, 116, 128)
BEDOMNING_COL = 132


def _table_head() -> list[str]:
    return [
        _cols(
            (0, "Nr"),
            (NAME_COL, "Mål och nyckeltal"),
            (-76, "Utfall"),
            (-90, "Utfall"),
            (-104, "Utfall"),
            (-116, "Mål"),
            (-128, "Mål"),
            (BEDOMNING_COL, "Bedömning"),
        ),
        _cols((-76, "2023"), (-90, "2024"), (-104, "2025"), (-116, "2025"), (-128, "2026"), (BEDOMNING_COL, "2025")),
        "",
    ]


def _ind_rows(nr: str, name: list[str], values: tuple[str, str, str, str, str], bed: str) -> list[str]:
    first = _cols(
        (2, nr),
        (NAME_COL, name[0]),
        *[(-end, v) for end, v in zip(VALUE_ENDS, values, strict=True)],
        (BEDOMNING_COL, bed),
    )
    return [first] + [_cols((NAME_COL, more)) for more in name[1:]]


def write_txt(path: Path) -> None:
    total = 3
    p1: list[str] = _header(1, total)
    p1 += [
        "",
        "Nyckeltalsrapport 2025",
        "Äldre- och omsorgsnämnden",
        "",
        "Rapporten redovisar utfallet för nämndens mål och nyckeltal under 2025 jämfört med de två föregående åren och med",
        "målvärdena för 2025 och 2026. Målen är ordnade under kommunens tre fokusområden. Uppgifterna kommer från",
        "brukarundersökningen, verksamhetssystemet och personalsystemet. Bedömningen avser målvärdet för 2025.",
        "",
        "Sammanfattning av bedömningen",
        "",
        _cols((4, "Bedömning"), (-44, "Antal nyckeltal")),
        _cols((4, "Uppnått"), (-44, "7")),
        _cols((4, "Delvis uppnått"), (-44, "4")),
        _cols((4, "Ej uppnått"), (-44, "2")),
        "",
    ]
    p1 += _table_head()
    p1 += ["FOKUSOMRÅDE: TRYGG OCH VÄRDIG OMSORG", ""]
    p1 += [_cols((0, "1"), (NAME_COL, "De äldre upplever en trygg och värdig omsorg i särskilt boende"))]
    p1 += _ind_rows(
        "1.1",
        ["Andel boende i särskilt boende som känner sig trygga"],
        ("86 %", "88 %", "87 %", "≥ 90 %", "≥ 90 %"),
        "Delvis uppnått",
    )
    p1 += _ind_rows(
        "1.2",
        ["Andel boende med en aktuell genomförandeplan"],
        ("79 %", "84 %", "91 %", "95 %", "100 %"),
        "Delvis uppnått",
    )
    p1 += _ind_rows(
        "1.3",
        ["Antal fallolyckor som lett till skada, per 1 000", "boende och år"],
        ("41", "38", "33", "≤ 35", "≤ 30"),
        "Uppnått",
    )
    p1 += [""]
    p1 += [_cols((0, "2"), (NAME_COL, "Personer med hemtjänst möter ett litet antal medarbetare"))]
    p1 += _ind_rows(
        "2.1",
        ["Antal olika medarbetare som en hemtjänsttagare", "möter under 14 dagar"],
        ("16", "15", "14", "≤ 12", "≤ 12"),
        "Ej uppnått",
    )
    p1 += _ind_rows(
        "2.2",
        ["Andel hemtjänsttagare som är nöjda med hemtjänsten"],
        ("89 %", "90 %", "91 %", "≥ 90 %", "≥ 92 %"),
        "Uppnått",
    )
    p1 += ["", "FOKUSOMRÅDE: SJÄLVSTÄNDIGHET OCH DELAKTIGHET", ""]
    p1 += [_cols((0, "3"), (NAME_COL, "Fler äldre kan bo kvar i sitt eget hem med rätt stöd"))]
    p1 += _ind_rows(
        "3.1",
        ["Andel invånare 80 år och äldre som bor i ordinärt", "boende"],
        ("88,2 %", "88,9 %", "89,4 %", "≥ 89 %", "≥ 90 %"),
        "Uppnått",
    )
    p1 += _footer(1, total)

    p2: list[str] = _header(2, total)
    p2 += _table_head()
    p2 += _ind_rows(
        "3.2",
        ["Väntetid i dagar från ansökan till beslut om särskilt", "boende (medelvärde)"],
        ("52", "47", "39", "≤ 40", "≤ 30"),
        "Uppnått",
    )
    p2 += _ind_rows(
        "3.3",
        ["Andel larm från trygghetslarm där hjälp kommit inom", "30 minuter*"],
        ("–", "92 %", "95 %", "95 %", "95 %"),
        "Uppnått",
    )
    p2 += [""]
    p2 += [_cols((0, "4"), (NAME_COL, "Anhöriga som vårdar en närstående får stöd"))]
    p2 += _ind_rows(
        "4.1", ["Antal anhöriga som deltagit i anhörigcaféer"], ("112", "134", "161", "150", "170"), "Uppnått"
    )
    p2 += ["", "FOKUSOMRÅDE: HÅLLBAR ORGANISATION", ""]
    p2 += [_cols((0, "5"), (NAME_COL, "Medarbetarna trivs och vill stanna kvar"))]
    p2 += _ind_rows(
        "5.1",
        ["Sjukfrånvaro, procent av ordinarie arbetstid"],
        ("9,8 %", "9,1 %", "8,6 %", "≤ 8,0 %", "≤ 7,5 %"),
        "Delvis uppnått",
    )
    p2 += _ind_rows("5.2", ["Personalomsättning"], ("14 %", "12 %", "12 %", "≤ 10 %", "≤ 10 %"), "Ej uppnått")
    p2 += _ind_rows(
        "5.3",
        ["Andel tillsvidareanställda undersköterskor som", "arbetar heltid"],
        ("61 %", "68 %", "74 %", "75 %", "80 %"),
        "Delvis uppnått",
    )
    p2 += [""]
    p2 += [_cols((0, "6"), (NAME_COL, "Nämnden har en ekonomi i balans"))]
    p2 += _ind_rows("6.1", ["Budgetavvikelse, mnkr"], ("−6,1", "−2,3", "+0,8", "≥ 0", "≥ 0"), "Uppnått")
    p2 += [
        "",
        "* Nytt mätsätt från 2024; utfallet för 2023 går inte att jämföra och redovisas inte. Nyckeltal 3.3 är därför inte bedömt",
        "  mot trenden, endast mot målvärdet.",
    ]
    p2 += [""] * 8
    p2 += _footer(2, total)

    p3: list[str] = _header(3, total)
    p3 += [
        "Kommentarer",
        "",
        "Mål 1. Tryggheten i särskilt boende ligger kvar på ungefär samma nivå som tidigare år. Andelen boende med en aktuell",
        "genomförandeplan har ökat efter att rutinen för uppföljning ändrades under våren.",
        "",
        "Mål 2. Antalet medarbetare som en hemtjänsttagare möter har minskat något men är fortfarande över målvärdet. Nya",
        "planeringsområden införs i hemtjänsten under 2026.",
        "",
        "Mål 3. Väntetiden till särskilt boende har kortats sedan tolv nya platser öppnade på Ekbacken i mars.",
        "",
        "Mål 4. Anhörigcaféerna har fått fler besökare sedan de flyttades till biblioteken i Ekeryd och Lillsjö.",
        "",
        "Mål 5. Sjukfrånvaron minskar men personalomsättningen är oförändrad. Andelen som arbetar heltid ökar.",
        "",
        "Mål 6. Nämnden redovisar ett överskott mot budget för första gången sedan 2021.",
        "",
        "",
        _cols((0, "Ekeryd den 17 februari 2026")),
        "",
        _cols((0, "Gunilla Hedberg (C)"), (60, "Per-Olof Sandin")),
        _cols((0, "Ordförande"), (60, "Förvaltningschef")),
    ]
    p3 += [""] * 6
    p3 += _footer(3, total)

    path.write_text("\f".join("\n".join(p) + "\n" for p in (p1, p2, p3)) + "\f", encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# 4. PDF: delårsrapport januari–augusti 2025, Kultur- och folkbildningsnämnden, Region Skogsland (two columns)
# ---------------------------------------------------------------------------------------------------------------

# (nr, title, prognos, text, [(indikator, jan–aug, mål)], activities)
GOALS_PDF: list[tuple[int, str, str, str, list[tuple[str, str, str]], list[str]]] = [
    (
        1,
        "Kulturen når invånare i hela länet",
        "Uppnås delvis",
        "Besöken på kulturinstitutionerna har ökat jämfört med samma period förra året, men turnéverksamheten når ännu inte alla kommuner.",
        [
            ("Antal besök på regionens kulturinstitutioner", "84 300", "120 000"),
            ("Andel av länets kommuner med minst en turnéföreställning", "82 %", "100 %"),
        ],
        ["Turnéstöd till fria teatergrupper i glesbygd", "Digital visning av länsmuseets samlingar"],
    ),
    (
        2,
        "Folkhögskolorna ger fler vuxna vägar till arbete och studier",
        "Uppnås",
        "Andelen deltagare som går vidare efter allmän kurs ligger nära målvärdet och väntas nå det vid terminens slut.",
        [
            ("Andel deltagare på allmän kurs som går vidare till arbete eller studier", "64 %", "≥ 65 %"),
            ("Antal deltagarveckor", "5 820", "8 900"),
        ],
        ["Ny yrkesinriktad kurs i vård och omsorg på Älvnäs folkhögskola"],
    ),
    (
        3,
        "Nämndens verksamhet bedrivs med en ekonomi i balans",
        "Uppnås",
        "Prognosen för helåret visar ett litet överskott. Inga särskilda aktiviteter har beslutats för målet.",
        [("Prognostiserad budgetavvikelse helår, mnkr", "+0,4", "≥ 0")],
        [],
    ),
]

# (nr, uppdrag, givet av, status, kommentar)
UPPDRAG_PDF: list[tuple[str, str, str, str, str]] = [
    (
        "RF 3",
        "Ta fram en ny regional kulturplan för 2027–2030.",
        "Regionfullmäktige",
        "Löper enligt plan",
        "Dialogmöten med länets kommuner hålls under hösten. Remiss i februari 2026.",
    ),
    (
        "RF 7",
        "Utreda en gemensam huvudman för länets folkhögskolor.",
        "Regionfullmäktige",
        "Startat",
        "En utredare anställdes i augusti och arbetet har kommit igång.",
    ),
    (
        "RF 9",
        "Digitalisera kulturarvet och göra samlingarna tillgängliga på nätet 2025–2027.",
        "Regionfullmäktige",
        "Flerårigt – årets del klar",
        "Årets etapp, 12 000 föremål, är digitaliserad. Nästa etapp startar 2026.",
    ),
    (
        "RF 12",
        "Införa fri entré för barn och unga på länsmuseet.",
        "Regionfullmäktige",
        "Genomfört",
        "Fri entré för besökare under 20 år gäller sedan den 1 mars 2025.",
    ),
    (
        "RF 14",
        "Kultur- och folkbildningsnämnden och regionala utvecklingsnämnden får i uppdrag att samordna regionens stöd till kulturella och kreativa näringar.",
        "Regionfullmäktige",
        "Vilande",
        "Arbetet är pausat i väntan på den nya regionala utvecklingsstrategin.",
    ),
    (
        "RS 2",
        "Se över lokalbehovet för länsarkivet.",
        "Regionstyrelsen",
        "Försenat",
        "Översynen blir inte klar under 2025 eftersom fastighetsfrågan ännu inte är löst.",
    ),
    (
        "RS 5",
        "Utreda en gemensam biljettplattform för regionens kulturinstitutioner.",
        "Regionstyrelsen",
        "Avslutat",
        "Regionstyrelsen beslutade 2025-06-10, § 88, att uppdraget avslutas utan att genomföras då en nationell lösning införs.",
    ),
]


def _pdf_furniture(canv: Any, doc: Any) -> None:
    w, h = A4
    canv.saveState()
    canv.setFont("DejaVu-Bold", 8)
    canv.setFillColor(colors.HexColor("#4B2E6F"))
    canv.drawString(18 * mm, h - 11 * mm, "Region Skogsland")
    canv.setFont("DejaVu", 8)
    canv.setFillColor(colors.black)
    canv.drawRightString(w - 18 * mm, h - 11 * mm, "Delårsrapport augusti 2025 – Kultur- och folkbildningsnämnden")
    canv.setStrokeColor(colors.HexColor("#4B2E6F"))
    canv.line(18 * mm, h - 13 * mm, w - 18 * mm, h - 13 * mm)
    canv.drawCentredString(w / 2, 9 * mm, f"Sida {canv.getPageNumber()} (3)")
    canv.restoreState()


def write_pdf(path: Path) -> None:
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Oblique", str(FONT_DIR / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFontFamily(
        "DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu-Oblique", boldItalic="DejaVu-Bold"
    )
    purple = colors.HexColor("#4B2E6F")
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=8.8, leading=12, spaceAfter=5)
    small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, spaceAfter=0)
    small_b = ParagraphStyle("smallb", parent=small, fontName="DejaVu-Bold")
    h1 = ParagraphStyle(
        "h1", fontName="DejaVu-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=5, textColor=purple
    )
    goal = ParagraphStyle("goal", fontName="DejaVu-Bold", fontSize=9.6, leading=12.5, spaceBefore=8, spaceAfter=3)
    label = ParagraphStyle("label", parent=body, fontName="DejaVu-Bold", spaceAfter=2)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=9, bulletIndent=0, spaceAfter=2, bulletFontName="DejaVu")
    title = ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=20, leading=24, spaceAfter=4, textColor=purple)
    sub = ParagraphStyle("sub", fontName="DejaVu", fontSize=11, leading=14, spaceAfter=3)

    w, h = A4
    margin, gap = 18 * mm, 8 * mm
    col_w = (w - 2 * margin - gap) / 2
    top_h = 48 * mm
    body_top = h - 18 * mm
    first = PageTemplate(
        id="first",
        frames=[
            Frame(margin, body_top - top_h, w - 2 * margin, top_h, id="title"),
            Frame(margin, 16 * mm, col_w, body_top - top_h - 16 * mm, id="c1a"),
            Frame(margin + col_w + gap, 16 * mm, col_w, body_top - top_h - 16 * mm, id="c2a"),
        ],
        onPage=_pdf_furniture,
    )
    two = PageTemplate(
        id="two",
        frames=[
            Frame(margin, 16 * mm, col_w, body_top - 16 * mm, id="c1"),
            Frame(margin + col_w + gap, 16 * mm, col_w, body_top - 16 * mm, id="c2"),
        ],
        onPage=_pdf_furniture,
    )
    wide = PageTemplate(
        id="wide", frames=[Frame(margin, 16 * mm, w - 2 * margin, body_top - 16 * mm, id="w")], onPage=_pdf_furniture
    )

    def col_table(rows: list[list[Any]], widths: list[float]) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6DFF0")),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#B9AACB")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return t

    story: list[Any] = [
        NextPageTemplate("two"),
        Paragraph(
            "REGION SKOGSLAND", ParagraphStyle("lh", fontName="DejaVu-Bold", fontSize=9, textColor=purple, spaceAfter=6)
        ),
        Paragraph("Delårsrapport januari–augusti 2025", title),
        Paragraph("Kultur- och folkbildningsnämnden", sub),
        Paragraph("Fastställd av kultur- och folkbildningsnämnden 2025-09-25, § 61", sub),
        Paragraph("Diarienummer KFN 2025/0219", sub),
        FrameBreak(),
        Paragraph("1 Sammanfattning", h1),
        Paragraph(
            "Kultur- och folkbildningsnämnden ansvarar för regionens kulturinstitutioner, folkhögskolorna och stödet till det fria kulturlivet. "
            "Under årets första åtta månader har besöken på länsmuseet och länsteatern ökat, bland annat efter att fri entré för barn och unga infördes.",
            body,
        ),
        Paragraph(
            "Två av nämndens tre mål bedöms uppnås under året. Nämnden har sju uppdrag från regionfullmäktige och regionstyrelsen; "
            "de redovisas i avsnitt 7. Prognosen för helåret är ett överskott på 0,4 mnkr.",
            body,
        ),
        Paragraph("2 Ekonomi", h1),
        Paragraph(
            "Nämndens nettokostnader följer budget. Personalkostnaderna är något lägre än planerat på grund av vakanser.",
            body,
        ),
        col_table(
            [
                [
                    Paragraph("Mnkr", small_b),
                    Paragraph("Budget 2025", small_b),
                    Paragraph("Prognos 2025", small_b),
                    Paragraph("Avvikelse", small_b),
                ],
                [Paragraph("Intäkter", small), "38,6", "39,1", "+0,5"],
                [Paragraph("Kostnader", small), "−262,4", "−262,5", "−0,1"],
                [Paragraph("Nettokostnad", small_b), "−223,8", "−223,4", "+0,4"],
            ],
            [col_w * 0.34, col_w * 0.22, col_w * 0.22, col_w * 0.22],
        ),
        Spacer(1, 3 * mm),
        Paragraph("3 Mål och resultat", h1),
        Paragraph(
            "Nämndens mål följs upp med indikatorer. Prognosen anger om målet väntas uppnås vid årets slut: Uppnås, Uppnås delvis eller Uppnås inte.",
            body,
        ),
    ]
    for nr, gtitle, prognos, text, indicators, activities in GOALS_PDF:
        story.append(Paragraph(f"Mål {nr} – {html.escape(gtitle)}", goal))
        story.append(Paragraph(f"<b>Prognos helår:</b> {prognos}", body))
        story.append(Paragraph(html.escape(text), body))
        rows: list[list[Any]] = [
            [Paragraph("Indikator", small_b), Paragraph("Jan–aug 2025", small_b), Paragraph("Mål 2025", small_b)]
        ]
        for name, value, target in indicators:
            rows.append([Paragraph(html.escape(name), small), value, target])
        story.append(col_table(rows, [col_w * 0.58, col_w * 0.22, col_w * 0.20]))
        story.append(Spacer(1, 2 * mm))
        if activities:
            story.append(Paragraph("Pågående och genomförda aktiviteter", label))
            for act in activities:
                story.append(Paragraph(html.escape(act), bullet, bulletText="•"))
    story += [
        Paragraph("4 Verksamhetens utveckling", h1),
        Paragraph(
            "Länsteatern firade 50 år med en jubileumsturné som besökte nio av länets elva kommuner under våren. Föreställningarna "
            "spelades i bygdegårdar, skolor och på två äldreboenden och sågs av sammanlagt 4 100 personer.",
            body,
        ),
        Paragraph(
            "Länsmuseet öppnade i juni en ny basutställning om skogsbrukets historia. Utställningen har tagits fram tillsammans med "
            "hembygdsrörelsen och två skogsbolag och har haft 11 200 besökare fram till den 31 augusti.",
            body,
        ),
        Paragraph(
            "Älvnäs folkhögskola har fått fler sökande till de allmänna kurserna än tidigare år. Skolan har därför öppnat en extra "
            "studiegrupp i Norrsele från höstterminen. Storbacka folkhögskola har renoverat internatet, som åter är i bruk sedan augusti.",
            body,
        ),
        Paragraph(
            "Regionarkivet har tagit emot arkiven från den nedlagda länsstyrelseenheten för naturvård. Arbetet med att ordna och "
            "förteckna materialet beräknas pågå under hela 2026.",
            body,
        ),
        Paragraph("5 Medarbetare", h1),
        Paragraph(
            "Sjukfrånvaron bland nämndens medarbetare var 4,9 procent under perioden, jämfört med 5,6 procent samma period 2024. "
            "Två chefstjänster har tillsatts under sommaren.",
            body,
        ),
        col_table(
            [
                [Paragraph("Medarbetare", small_b), Paragraph("Aug 2024", small_b), Paragraph("Aug 2025", small_b)],
                [Paragraph("Antal tillsvidareanställda", small), "312", "318"],
                [Paragraph("Sjukfrånvaro", small), "5,6 %", "4,9 %"],
                [Paragraph("Andel heltidsanställda", small), "88 %", "90 %"],
            ],
            [col_w * 0.56, col_w * 0.22, col_w * 0.22],
        ),
        Spacer(1, 3 * mm),
        Paragraph(
            "Medarbetarenkäten genomfördes i maj med en svarsfrekvens på 81 procent. Resultaten har gåtts igenom på alla "
            "arbetsplatsträffar och varje enhet har tagit fram egna åtgärder utifrån resultatet.",
            body,
        ),
        Paragraph("6 Framtid", h1),
        Paragraph(
            "Statens bidrag till studieförbunden och folkhögskolorna minskar från 2026. Nämnden följer utvecklingen och "
            "bedömer konsekvenserna för länets folkbildning i arbetet med budget 2026.",
            body,
        ),
        Paragraph(
            "Den nya regionala kulturplanen ska gälla från 2027. Arbetet med planen är nämndens största utvecklingsfråga "
            "under det kommande året och sker i dialog med kommunerna, det fria kulturlivet och civilsamhället.",
            body,
        ),
        Paragraph(
            "Kostnaderna för lokaler och energi fortsätter att öka. Nämnden ser över lokalbehovet för samtliga verksamheter "
            "och prövar möjligheten att samlokalisera länsarkivet med länsmuseets magasin.",
            body,
        ),
    ]
    story += [NextPageTemplate("wide"), PageBreak()]
    story.append(Paragraph("7 Uppdrag", h1))
    story.append(
        Paragraph(
            "Tabellen redovisar de uppdrag som regionfullmäktige gett nämnden i Regionplan och budget 2025 (RF 2024-11-26, § 140) "
            "och de uppdrag som regionstyrelsen gett nämnden (RS 2025-02-18, § 22). Läget avser den 31 augusti 2025.",
            body,
        )
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0)
    cell_b = ParagraphStyle("cellb", parent=cell, fontName="DejaVu-Bold")
    rows2: list[list[Any]] = [[Paragraph(t, cell_b) for t in ("Nr", "Uppdrag", "Givet av", "Status", "Kommentar")]]
    for nr_code, text, given, status, comment in UPPDRAG_PDF:
        rows2.append(
            [
                Paragraph(nr_code, cell),
                Paragraph(html.escape(text), cell),
                Paragraph(given, cell),
                Paragraph(html.escape(status), cell_b),
                Paragraph(html.escape(comment), cell),
            ]
        )
    full = w - 2 * margin
    t2 = Table(rows2, colWidths=[full * 0.08, full * 0.29, full * 0.19, full * 0.14, full * 0.30], repeatRows=1)
    t2.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6DFF0")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#B9AACB")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.append(t2)
    story.append(Spacer(1, 4 * mm))
    story.append(
        Paragraph(
            "Uppdrag med status Avslutat redovisas inte vidare. Uppdrag som är försenade eller vilande redovisas på nytt i årsredovisningen.",
            body,
        )
    )

    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        title="Delårsrapport januari–augusti 2025 – Kultur- och folkbildningsnämnden",
        author="Region Skogsland",
        subject="Delårsrapport",
        creator="Region Skogsland",
        invariant=1,
    )
    doc.addPageTemplates([first, two, wide])
    doc.build(story)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_html(OUT / "2026-verksamhetsplan-barn-och-fritidsnamnden.html")
    write_docx(OUT / "2025-tertialuppfoljning-uppdrag-kommunstyrelsen.docx")
    write_txt(OUT / "2025-nyckeltal-aldre-och-omsorgsnamnden.txt")
    write_pdf(OUT / "2025-delarsrapport-kultur-och-folkbildningsnamnden.pdf")


if __name__ == "__main__":
    main()
