"""Layouts of the eighth blind set's meeting documents (heldout_docs/general, gold-blind8a.jsonl; scored blind
at P 0.680 R 0.494), each with an invented document of the same layout: a PDF protokoll drawn as a borderless
two-column table, § numbers and side labels ("Ärendebeskrivning", "Beslutsunderlag", "Beslut") in the left
column and the text in the right one, its Beslutsunderlag listing dated documents; a DOCX föredragningslista
whose items are rows of one Word table (Tid | Nr | Ärende | Beslutsunderlag | Föredragande), the Ärende cell
holding the title, the Dnr and the proposal, under a letter header with a printing date; a plain-text protokoll
whose decision follows "Förvaltningens förslag:" in prose. Real files, readers and extractors."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest import read_document
from corpus.sentences import sentence_spans
from graph.thesaurus import Thesaurus
from tests.extract_helpers import gold_facts


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


def _of(got: set[tuple[str, str, str]], pred: str) -> dict[str, str]:
    return {s.rsplit("/", 1)[1]: o for s, p, o in got if p == pred}


def _side_label_protokoll(out: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    st = getSampleStyleSheet()["BodyText"]
    body = ("Miljöchef Lena Ahl föredrar ärendet. Nämnden har fått en ansökan om bidrag till ett "
            "kalkningsprojekt i Västersjön, där vattnet under flera år har varit surt och fisken har minskat.")

    def rows(num: str, title: str, label_rows: list[tuple[str, str]]) -> list[list[object]]:
        return [[num, Paragraph(f"<b>{title}</b>", st)], *[[lab, Paragraph(txt, st)] for lab, txt in label_rows]]

    data = rows("§ 31", "Val av justerare", [("Beslut", "Nämnden utser Per Ek (C) att justera protokollet.")])
    data += rows("§ 32", "Bidrag till kalkning av Västersjön", [
        ("Ärendebeskrivning", body),
        ("Beslutsunderlag", "Tjänsteskrivelse 2027-02-11<br/>Arbetsutskottets protokoll 2027-02-18, § 9"),
        ("Beslut", "Miljönämnden beslutar att bevilja bidrag med 120 000 kronor."),
    ])
    data += rows("§ 33", "Information om tillsynsplanen", [
        ("Ärendebeskrivning", "Inspektör Ola Berg informerar om tillsynsplanen för 2027 och om hur "
                              "tillsynen av förorenade områden har prioriterats under året."),
        ("Beslut", "Informationen läggs till handlingarna."),
    ])
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    doc.build([Paragraph("Protokoll", st), Paragraph("Miljönämnden", st),
               Paragraph("Sammanträdesdatum 2027-03-02", st), Spacer(1, 12),
               Table(data, colWidths=[110, 360], style=[("VALIGN", (0, 0), (-1, -1), "TOP")])])
    return out


def test_pdf_protokoll_with_side_labels_in_a_margin_column(tmp_path: Path, thesaurus: Thesaurus) -> None:
    doc = read_document(_side_label_protokoll(tmp_path / "p.pdf"), {"id": "p"})
    assert (doc.doc_type, doc.organ, doc.date) == ("minnesanteckningar", "Miljönämnden", "2027-03-02")
    assert "§ 32 Bidrag till kalkning av Västersjön" in doc.text   # the number before its title, as text
    assert "\nBeslutsunderlag\n" in doc.text                      # a side label a line of its own
    got = gold_facts(doc, thesaurus)
    titles = _of(got, "dcterms:title")
    assert titles["31"] == "Val av justerare" and titles["33"] == "Information om tillsynsplanen"
    decisions = {s.rsplit("/", 1)[1] for s, p, o in got if p == "rdf:type" and o == "sg:Decision"}
    assert decisions == {"31-1", "32-1", "33-1"}
    # the dates of the listed documents are no meetings of the nämnd
    meetings = {s for s, p, o in got if p == "rdf:type" and o == "sg:Meeting"}
    assert meetings == {"id:meeting/miljonamnden/2027-03-02"}


def _table_agenda(out: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("Region Solvik\tFÖREDRAGNINGSLISTA")
    d.add_paragraph("Kulturnämnden\tUtskriven 2027-04-02")
    d.add_paragraph("Sammanträde: onsdagen den 14 april 2027 kl. 09.00")
    t = d.add_table(rows=1, cols=5)
    for cell, name in zip(t.rows[0].cells, ["Tid", "Nr", "Ärende", "Beslutsunderlag", "Föredragande"], strict=True):
        cell.text = name
    items = [
        ("09.00", "1", ["Val av justerare", "Förslag till beslut: Eva Lind (S) utses att justera protokollet."],
         "–", "–"),
        ("09.10", "2", ["Bidrag till sommarteater 2027", "Dnr KN 2027/41",
                        "Förslag till beslut: Kulturnämnden beviljar bidrag med 80 000 kronor."],
         "Tjänsteskrivelse 2027-03-20", "Anna Berg, kulturchef"),
        ("09.40", "3", ["Information om biblioteksplanen", "Dnr KN 2027/12"], "Presentation",
         "Nils Ek, bibliotekschef"),
    ]
    for tid, nr, paras, underlag, who in items:
        row = t.add_row().cells
        row[0].text, row[1].text, row[3].text, row[4].text = tid, nr, underlag, who
        row[2].text = paras[0]
        for p in paras[1:]:
            row[2].add_paragraph(p)
    d.save(str(out))
    return out


def test_docx_agenda_table_with_fields_in_the_title_cell(tmp_path: Path, thesaurus: Thesaurus) -> None:
    doc = read_document(_table_agenda(tmp_path / "k.docx"), {"id": "k"})
    assert (doc.doc_type, doc.date) == ("kallelse", "2027-04-14")   # "Sammanträde:" over the printing date
    got = gold_facts(doc, thesaurus)
    titles = _of(got, "dcterms:title")
    assert titles == {"1": "Val av justerare", "2": "Bidrag till sommarteater 2027",
                      "3": "Information om biblioteksplanen"}   # Dnr and proposal cut from the cell
    decisions = {s.rsplit("/", 1)[1] for s, p, o in got if p == "rdf:type" and o == "sg:Decision"}
    assert decisions == {"1-1", "2-1"}   # the proposals inside the title cells
    presenters = {o for s, p, o in got if p == "sg:presenter"}
    assert presenters == {"id:person/anna-berg", "id:person/nils-ek"}


PROSE_PROTOKOLL = """Protokoll
Kultur- och fritidsnämnden
Sammanträdesdatum 2027-05-11

Ärende 1 Val av justerare
Nämnden utser Kim Dahl (M) att justera protokollet.

Ärende 2 Taxor för fritidsgårdarna 2028
Fritidschef Ulla Sten redogör för förslaget.

Förvaltningens förslag: Kultur- och fritidsnämnden antar taxorna för 2028.

Yrkande: Bo Ek (V) yrkar avslag.

Kultur- och fritidsnämnden beslutar i enlighet med förvaltningens förslag.

Ärende 3 Information om simhallen
Nämnden beslutar att lägga informationen till handlingarna.
"""


def test_proposal_label_and_a_decision_in_prose(tmp_path: Path, thesaurus: Thesaurus) -> None:
    path = tmp_path / "p.txt"
    path.write_text(PROSE_PROTOKOLL, "utf-8")
    got = gold_facts(read_document(path, {"id": "p"}), thesaurus)
    decisions = {s.rsplit("/", 1)[1] for s, p, o in got if p == "rdf:type" and o == "sg:Decision"}
    # "Förvaltningens förslag:" labels a proposal, not the decision: the decision after it in prose counts
    assert decisions == {"1-1", "2-1", "2-2", "3-1"}


def test_a_table_row_is_a_sentence_of_its_own() -> None:
    text = "Tid | Nr | Ärende\n09.00 | 1 | Val av justerare\n09.10 | 2 | Budget 2027 | Tjänsteskrivelse 2027-03-20"
    assert [text[a:b] for a, b in sentence_spans(text)] == text.split("\n")
