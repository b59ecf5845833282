# ruff: noqa: E501  (lines of the documents' own text)
"""Blind set 10, helper a: writes four meeting documents into ../../blind10/ (gold: ../../blind10/gold-blind10a.jsonl).

Run from the repository root: `.venv/bin/python tests/heldout_docs/sources/blind10/make_blind10_a.py`.

 a. 2026-04-14-protokoll-byggnadsnamnden.docx
        python-docx; a letterhead paragraph "Sälgviks kommun", Title "Sammanträdesprotokoll", a key/value table
        (Organ, Sammanträdesdatum, Plats och tid, Beslutande, Övriga, Justerare, Justering); the whole protokoll
        is ONE Word table with a header row "§ | Ärende | Beslut": the § number alone in the first cell, the bold
        title and then Dnr, presenter sentence and yrkande paragraphs in the second, the decision text (one
        sentence or "Byggnadsnämnden beslutar" / "Byggnadsnämnden föreslår kommunfullmäktige besluta" + "att …"
        paragraphs, a reservation paragraph) in the third; "–" in the Beslut cell of Övriga frågor; a sentence
        on the next meeting under the table and signature lines
 b. 2026-03-17-protokoll-omsorgsnamndens-arbetsutskott.pdf
        reportlab canvas; running header "RÖNNHOLMS KOMMUN / Omsorgsnämndens arbetsutskott" left, "PROTOKOLL /
        2026-03-17 / N (3)" right; a header block with labels in a margin column; items headed "Paragraf 14"
        (the word, not "§") with "Dnr ON 2026/18" at the right margin and the bold title on the next line;
        prose with the presenter; decisions as "Arbetsutskottets förslag till beslut" + "Arbetsutskottet
        föreslår omsorgsnämnden besluta" + "att …" (proposals to another organ), "Arbetsutskottet beslutar"
        (own decisions; Paragraf 18 has both), Yrkanden, Propositionsordning, Reservation; a page break inside
        Paragraf 16; the next meeting of the arbetsutskott under Övriga frågor
 c. 2026-02-19-minnesanteckningar-arbetsgruppen-for-skolnarvaro.txt
        text as `pdftotext -layout` prints a PDF, two pages with form feeds; the heading "MINNESANTECKNINGAR"
        only, the date and the group's name ONLY in the page footer ("Arbetsgruppen för skolnärvaro ·
        Minnesanteckningar 2026-02-19       Sida 1 (2)"); "Deltagare" and "Frånvarande" in a label column; items
        as "1)  Title"; prose in the past tense, run-in "Beslut:" and "Åtgärd:" lines; a page break between punkt
        4 and 5; "Nästa möte" with its date
 d. 2026-05-21-foredragningslista-servicenamnden.html
        HTML page of a region; meeting data in a <table class="mote">; the agenda as one <dl> per section
        (<h2> Inledande ärenden / Beslutsärenden / Informationsärenden / Avslutning): each <dt> holds
        "Ärende 4" and a time "kl. 09.20", each <dd> the title in <strong> and <p> lines "Föredragande: …",
        "Förslag till beslut: …" (numbered points in an <ol> for ärende 5), "Handlingar: …"; footer with the
        next meeting and a publishing date

Sälgviks kommun, Rönnholms kommun, Vallmora kommun, Region Fjällmo, their people and numbers are invented.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "general"   # moved there after scoring (was ../../blind10)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------------------------------------------------------
# a. DOCX protokoll, byggnadsnämnden (Sälgviks kommun), the §§ as rows of one table
# ---------------------------------------------------------------------------------------------------------------

BN_HEAD = [
    ("Organ", "Byggnadsnämnden"),
    ("Sammanträdesdatum", "2026-04-14"),
    ("Plats och tid", "Stadshuset, sal Kastanjen, kl. 13.00–16.10"),
    ("Beslutande", "Anders Lövgren (S), ordförande\nTove Lindahl (M), vice ordförande\nRasmus Kjell (C)\nPer Wall (SD)\nNadia Yusuf (S)"),
    ("Övriga", "Daniel Ek, bygglovschef\nEllinor Björk, nämndsekreterare"),
    ("Justerare", "Tove Lindahl (M)"),
    ("Justering", "Stadshuset 2026-04-17"),
]

# (§, title, further Ärende paragraphs, Beslut paragraphs)
BN_ROWS = [
    ("31", "Val av justerare", [], ["Nämnden utser Tove Lindahl (M) att jämte ordföranden justera protokollet."]),
    ("32", "Godkännande av dagordningen", [], ["Dagordningen godkänns."]),
    ("33", "Förvaltningen informerar",
     ["Bygglovschef Daniel Ek informerar om ärendebalansen och handläggningstiderna under årets första kvartal."],
     ["Informationen noteras."]),
    ("34", "Detaljplan för Norra Strandängen, antagande",
     ["Dnr BN 2025/211", "Planarkitekt Fatima Hassan föredrar ärendet. Planen har varit utställd för granskning under januari och februari 2026."],
     ["Byggnadsnämnden föreslår kommunfullmäktige besluta", "att anta detaljplan för Norra Strandängen."]),
    ("35", "Bygglov för flerbostadshus, Björkudden 4:12",
     ["Dnr BN 2026/37", "Bygglovshandläggare Oskar Nyholm föredrar ärendet.", "Yrkande: Per Wall (SD) yrkar avslag på ansökan."],
     ["Byggnadsnämnden beslutar", "att bevilja bygglov enligt ansökan,", "att fastställa bygglovsavgiften till 48 600 kronor.",
      "Reservation: Per Wall (SD) reserverar sig mot beslutet."]),
    ("36", "Strandskyddsdispens för brygga, Lillsjön 1:8",
     ["Dnr BN 2026/42", "Sökanden vill uppföra en brygga om 14 meter inom strandskyddat område."],
     ["Byggnadsnämnden avslår ansökan om strandskyddsdispens."]),
    ("37", "Tillsyn, olovligt uppförd carport, Ekbacken 2:3",
     ["Dnr BN 2025/198", "Byggnadsinspektör Mira Sundin redogör för ärendet."],
     ["Byggnadsnämnden förelägger fastighetsägaren att ta bort carporten senast den 30 september 2026 vid ett vite om 25 000 kronor."]),
    ("38", "Redovisning av delegationsbeslut", ["Beslut fattade på delegation under perioden 1–31 mars 2026."],
     ["Redovisningen godkänns."]),
    ("39", "Meddelanden", [], ["Meddelandena läggs till handlingarna."]),
    ("40", "Övriga frågor",
     ["Rasmus Kjell (C) frågar hur många tillsynsärenden som väntar på handläggning. Daniel Ek svarar att det är 37 ärenden."],
     ["–"]),
]


def write_docx(out: Path) -> None:
    from docx import Document  # type: ignore[import-untyped]
    from docx.shared import Cm, Pt  # type: ignore[import-untyped]

    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Sälgviks kommun")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Sammanträdesprotokoll", style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in BN_HEAD:
        cells = t.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        lines = v.split("\n")
        cells[1].text = lines[0]
        for line in lines[1:]:
            cells[1].add_paragraph(line)
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ("§", "Ärende", "Beslut"), strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for nr, title, body, beslut in BN_ROWS:
        cells = t.add_row().cells
        cells[0].text = nr
        cells[1].text = ""
        cells[1].paragraphs[0].add_run(title).bold = True
        for line in body:
            cells[1].add_paragraph(line)
        cells[2].text = beslut[0]
        for line in beslut[1:]:
            cells[2].add_paragraph(line)
    for row in t.rows:
        row.cells[0].width = Cm(1.5)
        row.cells[1].width = Cm(8.0)
        row.cells[2].width = Cm(7.5)
    doc.add_paragraph()
    doc.add_paragraph("Byggnadsnämndens nästa sammanträde hålls tisdagen den 19 maj 2026 kl. 13.00.")
    doc.add_paragraph()
    doc.add_paragraph("Vid protokollet\t\tOrdförande\t\tJusterare")
    doc.add_paragraph("Ellinor Björk\t\tAnders Lövgren\t\tTove Lindahl")
    doc.save(str(out))


# ---------------------------------------------------------------------------------------------------------------
# b. PDF protokoll, omsorgsnämndens arbetsutskott (Rönnholms kommun), "Paragraf N"
# ---------------------------------------------------------------------------------------------------------------

# A page is a list of lines; a line is (kind, text[, right]); kinds: "h" item head (bold "Paragraf N" + right Dnr),
# "t" bold title, "l" bold label, "p" text, "i" indented att-sats, "kv" label column + value, "" blank.
AU_PAGES = [
    [
        ("kv", "Plats och tid", "Kommunhuset, rum Tallen, tisdagen den 17 mars 2026 kl. 13.00–15.30"),
        ("kv", "Beslutande", "Ingrid Sahlin (S), ordförande"),
        ("kv", "", "Johan Berglund (S)"),
        ("kv", "", "Lars Nord (KD)"),
        ("kv", "Övriga deltagare", "Jonas Wikström, förvaltningschef"),
        ("kv", "", "Amira Kovač, sekreterare"),
        ("kv", "Utses att justera", "Johan Berglund (S)"),
        ("kv", "Justeringens plats och tid", "Kommunhuset 2026-03-20"),
        ("kv", "Paragrafer", "12–20"),
        ("", ""),
        ("h", "Paragraf 12", ""),
        ("t", "Val av justerare"),
        ("p", "Arbetsutskottet beslutar att utse Johan Berglund (S) att justera dagens protokoll."),
        ("", ""),
        ("h", "Paragraf 13", ""),
        ("t", "Godkännande av föredragningslista"),
        ("p", "Föredragningslistan godkänns."),
        ("", ""),
        ("h", "Paragraf 14", "Dnr ON 2026/18"),
        ("t", "Verksamhetsplan för hemtjänsten 2026"),
        ("p", "Verksamhetschef Camilla Roos föredrar ärendet. Planen beskriver hur hemtjänsten ska arbeta med"),
        ("p", "kontinuitet, digital tillsyn och kompetensförsörjning under året."),
        ("l", "Arbetsutskottets förslag till beslut"),
        ("p", "Arbetsutskottet föreslår omsorgsnämnden besluta"),
        ("i", "att godkänna verksamhetsplanen för hemtjänsten 2026."),
    ],
    [
        ("h", "Paragraf 15", "Dnr ON 2025/144"),
        ("t", "Revidering av riktlinjer för biståndsbedömning inom äldreomsorgen"),
        ("p", "Biståndshandläggare Nils Åkesson redovisar förslaget. Riktlinjerna har setts över mot bakgrund av"),
        ("p", "den nya socialtjänstlagen och förtydligar bedömningen av insatser i ordinärt boende."),
        ("l", "Arbetsutskottets förslag till beslut"),
        ("p", "Arbetsutskottet föreslår nämnden besluta"),
        ("i", "1. att anta reviderade riktlinjer för biståndsbedömning inom äldreomsorgen,"),
        ("i", "2. att riktlinjerna gäller från och med den 1 maj 2026."),
        ("", ""),
        ("h", "Paragraf 16", "Dnr ON 2026/05"),
        ("t", "Yttrande över motion om trygghetsboende i Sörby"),
        ("p", "Utredare Eva Holm redogör för förvaltningens utredning. I motionen föreslås att kommunen bygger"),
        ("p", "ett trygghetsboende med 24 lägenheter i Sörby. Förvaltningen bedömer att behovet kan mötas inom"),
        ("p", "befintliga särskilda boenden fram till 2030."),
        ("l", "Yrkanden"),
        ("p", "Lars Nord (KD) yrkar bifall till motionen. Ingrid Sahlin (S) yrkar avslag på motionen."),
        ("l", "Propositionsordning"),
        ("p", "Ordföranden ställer yrkandena mot varandra och finner att arbetsutskottet bifaller Ingrid Sahlins"),
        ("p", "yrkande."),
    ],
    [
        ("l", "Arbetsutskottets förslag till beslut"),
        ("p", "Arbetsutskottet föreslår nämnden besluta"),
        ("i", "att föreslå kommunfullmäktige att avslå motionen."),
        ("l", "Reservation"),
        ("p", "Lars Nord (KD) reserverar sig mot beslutet till förmån för eget yrkande."),
        ("", ""),
        ("h", "Paragraf 17", "Dnr ON 2026/03"),
        ("t", "Information om ekonomiskt utfall februari 2026"),
        ("p", "Ekonom Petra Lind informerar om utfallet. Prognosen för helåret visar ett underskott om 3,2 miljoner"),
        ("p", "kronor, främst inom hemtjänsten."),
        ("l", "Beslut"),
        ("p", "Arbetsutskottet noterar informationen."),
        ("", ""),
        ("h", "Paragraf 18", "Dnr ON 2026/22"),
        ("t", "Upphandling av trygghetslarm"),
        ("p", "Förvaltningschef Jonas Wikström föredrar ärendet. Nuvarande avtal löper ut den 31 december 2026."),
        ("l", "Beslut"),
        ("p", "Arbetsutskottet beslutar"),
        ("i", "att ge förvaltningen i uppdrag att bjuda in brukarorganisationerna till en dialog om kraven."),
        ("l", "Arbetsutskottets förslag till beslut"),
        ("p", "Arbetsutskottet föreslår nämnden besluta"),
        ("i", "att godkänna förfrågningsunderlaget för upphandling av trygghetslarm."),
        ("", ""),
        ("h", "Paragraf 19", ""),
        ("t", "Ärenden till nämndens nästa sammanträde"),
        ("l", "Beslut"),
        ("p", "Arbetsutskottet beslutar att ärendena i paragraf 14–16 och 18 överlämnas till omsorgsnämnden."),
        ("", ""),
        ("h", "Paragraf 20", ""),
        ("t", "Övriga frågor"),
        ("p", "Inga övriga frågor anmäls. Arbetsutskottets nästa sammanträde hålls tisdagen den 14 april 2026."),
    ],
]


def write_pdf(out: Path) -> None:
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
    from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
    from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

    pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuBd", str(DEJAVU / "DejaVuSans-Bold.ttf")))
    w, h = A4
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle("Protokoll omsorgsnämndens arbetsutskott 2026-03-17")
    n = len(AU_PAGES)
    left, right = 56, w - 56
    for i, page in enumerate(AU_PAGES, 1):
        c.setFont("DejaVuBd", 11)
        c.drawString(left, h - 50, "RÖNNHOLMS KOMMUN")
        c.setFont("DejaVu", 9)
        c.drawString(left, h - 63, "Omsorgsnämndens arbetsutskott")
        c.setFont("DejaVuBd", 10)
        c.drawRightString(right, h - 50, "PROTOKOLL")
        c.setFont("DejaVu", 9)
        c.drawRightString(right, h - 63, "2026-03-17")
        c.drawRightString(right, h - 75, f"{i} ({n})")
        c.line(left, h - 82, right, h - 82)
        y = h - 110
        for line in page:
            kind, text = line[0], line[1]
            if kind == "kv":
                c.setFont("DejaVuBd", 9)
                c.drawString(left, y, text)
                c.setFont("DejaVu", 9)
                c.drawString(left + 150, y, line[2])
                y -= 14
            elif kind == "h":
                c.setFont("DejaVuBd", 11)
                c.drawString(left, y, text)
                c.setFont("DejaVu", 9)
                if line[2]:
                    c.drawRightString(right, y, line[2])
                y -= 15
            elif kind == "t":
                c.setFont("DejaVuBd", 11)
                c.drawString(left, y, text)
                y -= 17
            elif kind == "l":
                c.setFont("DejaVuBd", 10)
                y -= 3
                c.drawString(left, y, text)
                y -= 14
            elif kind == "p":
                c.setFont("DejaVu", 9)
                c.drawString(left, y, text)
                y -= 12.5
            elif kind == "i":
                c.setFont("DejaVu", 9)
                c.drawString(left + 22, y, text)
                y -= 12.5
            else:
                y -= 10
        c.line(left, 62, right, 62)
        c.setFont("DejaVu", 7.5)
        c.drawString(left, 50, "Justerandes signatur")
        c.drawString(left + 190, 50, "Utdragsbestyrkande")
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------------------------
# c. minnesanteckningar, arbetsgruppen för skolnärvaro (Vallmora kommun), as pdftotext -layout text
# ---------------------------------------------------------------------------------------------------------------

SK_FOOTER = "Arbetsgruppen för skolnärvaro · Minnesanteckningar 2026-02-19"

SK_PAGE1 = """\
                                                                              VALLMORA KOMMUN
                                                                              Barn- och utbildningsförvaltningen


    MINNESANTECKNINGAR


    Deltagare            Helena Strid, skolchef, sammankallande
                         Jonas Berg, analytiker
                         Sara Malmberg, elevhälsochef
                         Ali Haddad, enhetschef socialtjänsten
                         Linn Forsberg, skolkurator Vallmoraskolan
                         Karin Öhman, utvecklingsledare
                         Petter Dahlgren, rektor Ängsskolan, antecknare

    Frånvarande          Moa Rydén, rektor Björkhagaskolan


    1)    Mötets öppnande och dagordning
          Helena Strid hälsade alla välkomna och öppnade mötet. Dagordningen fastställdes utan ändringar.

    2)    Föregående minnesanteckningar
          Minnesanteckningarna från förra mötet gicks igenom. Samtliga åtgärder är genomförda utom
          kartläggningen av frånvaro på fritidshemmen, som flyttas till nästa möte.
          Beslut: Minnesanteckningarna godkändes och lades till handlingarna.

    3)    Närvarostatistik höstterminen 2025
          Jonas Berg presenterade statistiken för höstterminen. Andelen elever med mer än 15 procent
          frånvaro har minskat från 11,4 till 9,8 procent i årskurs 7–9 men ökat något i årskurs 4–6.
          Gruppen noterade informationen.

    4)    Rutin för tidiga insatser vid frånvaro
          Sara Malmberg redogjorde för förslaget till reviderad rutin. Mentor ska kontakta vårdnadshavare
          redan efter tre dagars oanmäld frånvaro och elevhälsan kopplas in efter två veckor.
          Beslut: Arbetsgruppen ställde sig bakom rutinen och föreslår att skolchefen fastställer den
          före vårterminens slut.



    {footer}                                       Sida 1 (2)
"""

SK_PAGE2 = """\
                                                                              VALLMORA KOMMUN
                                                                              Barn- och utbildningsförvaltningen


    5)    Samverkan med socialtjänsten
          Ali Haddad och Linn Forsberg informerade om hur samverkan fungerar i ärenden med långvarig
          frånvaro. Det finns behov av en gemensam kontaktväg mellan skolkuratorer och socialsekreterare.
          Åtgärd: Ali Haddad bjuder in till ett gemensamt möte för kuratorer och socialsekreterare.

    6)    Kompetensinsats för mentorer
          Karin Öhman berättade om upplägget för en utbildning i samtalsmetodik för mentorer i årskurs
          4–9.
          Beslut: Arbetsgruppen beslutade att genomföra två utbildningstillfällen under våren 2026.

    7)    Övriga frågor
          Inga övriga frågor.

    8)    Nästa möte
          Nästa möte hålls torsdag 26 mars 2026 kl. 13.00–15.00 i Ängsskolans konferensrum.


    Vid anteckningarna
    Petter Dahlgren






    {footer}                                       Sida 2 (2)
"""


def write_txt(out: Path) -> None:
    text = SK_PAGE1.format(footer=SK_FOOTER) + "\f" + SK_PAGE2.format(footer=SK_FOOTER) + "\f"
    out.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# d. HTML föredragningslista, servicenämnden (Region Fjällmo)
# ---------------------------------------------------------------------------------------------------------------

# sections: (heading, [(nr, time, title, presenter or "", proposal lines or [], handlingar or "")])
SN_SECTIONS = [
    ("Inledande ärenden", [
        ("1", "09.00", "Sammanträdets öppnande", "", [], ""),
        ("2", "09.05", "Val av justerare och tid för justering", "", [], ""),
        ("3", "09.10", "Godkännande av föredragningslistan", "", [], ""),
    ]),
    ("Beslutsärenden", [
        ("4", "09.15", "Ekonomisk uppföljning per april 2026", "Ekonomichef Rebecka Sand",
         ["Servicenämnden godkänner den ekonomiska uppföljningen per april 2026."], "Tjänsteskrivelse 2026-05-04, Dnr SN 2026/71"),
        ("5", "09.35", "Ny organisation för lokalvård i regionens fastigheter", "Servicedirektör Mats Holmgren",
         ["Servicenämnden fastställer den nya organisationen för lokalvård från och med den 1 oktober 2026.",
          "Servicenämnden ger förvaltningen i uppdrag att återrapportera införandet i december 2026."], "Tjänsteskrivelse 2026-04-28, Dnr SN 2026/58"),
        ("6", "10.05", "Avtal om godstransporter 2027–2030", "Upphandlare Cecilia Dahl",
         ["Servicenämnden föreslår regionstyrelsen att godkänna avtalet om godstransporter för perioden 2027–2030."], "Tjänsteskrivelse 2026-05-06, Dnr SN 2026/40"),
        ("7", "10.25", "Svar på revisionsrapport om fordonshantering", "Fordonschef Henrik Ståhl",
         ["Servicenämnden antar förvaltningens yttrande som sitt svar till regionens revisorer."], "Revisionsrapport 2026:3, yttrande 2026-05-05"),
    ]),
    ("Informationsärenden", [
        ("8", "10.45", "Lokalförsörjningsplan 2027–2031, lägesrapport", "Lokalstrateg Amanda Fors", [], ""),
        ("9", "11.05", "Information från förvaltningschefen", "Förvaltningschef Lotta Hedin", [], ""),
        ("10", "11.25", "Redovisning av delegationsbeslut", "",
         ["Redovisningen av delegationsbeslut läggs till handlingarna."], "Förteckning över delegationsbeslut april 2026"),
        ("11", "11.30", "Anmälningsärenden", "", ["Anmälningsärendena läggs till handlingarna."], ""),
    ]),
    ("Avslutning", [
        ("12", "11.40", "Övriga frågor", "", [], ""),
    ]),
]


def write_html(out: Path) -> None:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="sv"><head><meta charset="utf-8"><title>Föredragningslista servicenämnden 21 maj 2026 – Region Fjällmo</title>',
        "<style>body{font-family:sans-serif;max-width:52em;margin:auto} dt{font-weight:bold;margin-top:1em} dt span{font-weight:normal;color:#555;margin-left:1em} .mote td{padding:2px 12px 2px 0}</style>",
        "</head><body>",
        '<header><p class="logo">Region Fjällmo</p><nav><a href="/">Start</a> | <a href="/politik">Politik och demokrati</a> | <a href="/politik/handlingar">Möteshandlingar</a></nav></header>',
        "<main>",
        "<h1>Föredragningslista</h1>",
        '<table class="mote">',
        "<tr><td>Nämnd</td><td>Servicenämnden</td></tr>",
        "<tr><td>Datum</td><td>Torsdag 21 maj 2026</td></tr>",
        "<tr><td>Tid</td><td>09.00–12.00</td></tr>",
        "<tr><td>Plats</td><td>Regionhuset, sammanträdesrum Fjällsippan</td></tr>",
        "<tr><td>Ordförande</td><td>Birgitta Norlén (M)</td></tr>",
        "<tr><td>Sekreterare</td><td>Hugo Lindfors</td></tr>",
        "</table>",
        "<p>Ledamöter som har förhinder meddelar detta till sekreteraren så snart som möjligt, så att ersättare kan kallas in.</p>",
    ]
    for heading, items in SN_SECTIONS:
        parts.append(f"<h2>{heading}</h2>")
        parts.append("<dl>")
        for nr, time, title, presenter, proposal, handlingar in items:
            parts.append(f"<dt>Ärende {nr}<span>kl. {time}</span></dt>")
            dd = [f"<strong>{title}</strong>"]
            if presenter:
                dd.append(f"<p>Föredragande: {presenter}</p>")
            if len(proposal) == 1:
                dd.append(f"<p>Förslag till beslut: {proposal[0]}</p>")
            elif proposal:
                dd.append("<p>Förslag till beslut:</p><ol>" + "".join(f"<li>{x}</li>" for x in proposal) + "</ol>")
            if handlingar:
                dd.append(f"<p>Handlingar: {handlingar}</p>")
            parts.append("<dd>" + "".join(dd) + "</dd>")
        parts.append("</dl>")
    parts += [
        "</main>",
        "<footer><p>Servicenämndens nästa sammanträde: torsdag 18 juni 2026.</p>",
        "<p>Publicerad 2026-05-12 · Region Fjällmo, Storgatan 9, 871 20 Fjällmo</p></footer>",
        "</body></html>",
    ]
    out.write_text("\n".join(parts) + "\n", encoding="utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_docx(OUT / "2026-04-14-protokoll-byggnadsnamnden.docx")
    write_pdf(OUT / "2026-03-17-protokoll-omsorgsnamndens-arbetsutskott.pdf")
    write_txt(OUT / "2026-02-19-minnesanteckningar-arbetsgruppen-for-skolnarvaro.txt")
    write_html(OUT / "2026-05-21-foredragningslista-servicenamnden.html")


if __name__ == "__main__":
    main()
