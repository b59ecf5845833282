"""Layouts of the seventh blind set's meeting documents (heldout_docs/general, gold-blind7a.jsonl), each with an
invented document of the same layout: a protokoll whose organ and date stand only in "Protokoll fört vid X:s
sammanträde den …", with an organ-subject decision without a label, two presenters in one sentence and an
anslagsbevis; a kallelse whose meeting day is a "Dag | …" cell under a letter's "Datum" and whose proposals are
"Förvaltningens förslag till beslut"; minutes as a plain-text four-column table (Nr | Ärende | Noteringar och
beslut | Ansvarig) that runs over a page break, with decisions in the notes cells; a "Nästa sammanträde" label over
its date. Real readers and extractors."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest import read_document
from corpus.text_tables import space_column_records
from graph.thesaurus import Thesaurus
from tests.extract_helpers import gold_facts


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


def _ids(got: set[tuple[str, str, str]], kind: str) -> set[str]:
    return {s.rsplit("/", 1)[1] for s, p, o in got if p == "rdf:type" and o == kind}


PROTOKOLL = """Protokoll fört vid kultur- och fritidsnämndens sammanträde den 4 mars 2027

Plats och tid Rådhuset, kl. 13.00–15.00

§ 11

Godkännande av dagordning
Nämnden godkänner dagordningen.

§ 12

Information om sommarlovsaktiviteter

Fritidschef Ola Berg och kulturstrateg Ida Sten informerar om planeringen inför sommaren.

Beslut

Informationen läggs till handlingarna.

ANSLAG/BEVIS

Protokollet är justerat. Justeringen har tillkännagetts genom anslag.
Datum då anslaget sätts upp | 2027-03-12
Datum då anslaget tas ned | 2027-04-03

Nästa sammanträde

Torsdag 8 april 2027 kl. 13.00
"""


def test_protokoll_named_in_its_title_sentence(tmp_path: Path, thesaurus: Thesaurus) -> None:
    (tmp_path / "p.txt").write_text(PROTOKOLL, encoding="utf-8")
    doc = read_document(tmp_path / "p.txt", {"id": "p"})
    assert (doc.organ, doc.date) == ("Kultur- och fritidsnämnden", "2027-03-04")   # genitive → base form
    got = gold_facts(doc, thesaurus)
    assert _ids(got, "sg:Decision") == {"11-1", "12-1"}   # "Nämnden godkänner …" without a label
    presenters = {o for s, p, o in got if p == "sg:presenter"}
    assert presenters == {"id:person/ola-berg", "id:person/ida-sten"}
    meetings = _ids(got, "sg:Meeting")
    assert meetings == {"2027-03-04", "2027-04-08"}   # the notice dates are no meetings; the next one is planned


def test_kallelse_day_cell_and_administration_proposals(tmp_path: Path, thesaurus: Thesaurus) -> None:
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Region Exempel\tKALLELSE"
    t = d.add_table(rows=2, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Förvaltningen", "Datum 2027-02-01"
    d.add_paragraph("Regionala kulturnämnden")
    t = d.add_table(rows=2, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Sammanträde", "Regionala kulturnämnden"
    t.rows[1].cells[0].text, t.rows[1].cells[1].text = "Dag", "Torsdagen den 11 februari 2027"
    d.add_paragraph("Ärenden")
    d.add_paragraph("1. Val av justerare")
    d.add_paragraph("Förslag till beslut")
    d.add_paragraph("• Eva Ek (S) utses att justera protokollet.")
    d.add_paragraph("2. Verksamhetsstöd 2027")
    d.add_paragraph("Förvaltningens förslag till beslut")
    d.add_paragraph("• Nämnden fördelar stödet enligt bilaga 1.")
    d.save(str(tmp_path / "k.docx"))
    doc = read_document(tmp_path / "k.docx", {"id": "k"})
    assert (doc.doc_type, doc.date) == ("kallelse", "2027-02-11")   # the meeting day beats the letter's date
    got = gold_facts(doc, thesaurus)
    assert _ids(got, "sg:Decision") == {"1-1", "2-1"}


MINUTES = """Exempelby kommun                                                      MINNESANTECKNINGAR
Ledningsgruppen för äldreomsorg                                       Sida 1 av 2

Datum:          2027-01-20

  Nr    Ärende                       Noteringar och beslut                                  Ansvarig
  __________________________________________________________________________________________________________

  1     Mötets öppnande och          Ordföranden hälsade alla välkomna. Dagordningen        –
        godkännande av dagordning    godkändes.

  2     Bemanning inför              Eva Ek redovisade läget. Gruppen beslutade att         Eva Ek
        sommaren                     rekrytera fler vikarier och att

  Exempelby kommun · Storgatan 1
\fExempelby kommun                                                      MINNESANTECKNINGAR
Ledningsgruppen för äldreomsorg                                       Sida 2 av 2

  Nr    Ärende                       Noteringar och beslut                                  Ansvarig
  __________________________________________________________________________________________________________

                                     annonsera i februari.

  3     Övriga frågor                Inga övriga frågor.                                    –
"""


def test_plain_text_four_column_minutes_over_a_page_break(tmp_path: Path, thesaurus: Thesaurus) -> None:
    rows = [ln for ln in space_column_records(MINUTES).split("\n") if ln.startswith(("1 |", "2 |", "3 |"))]
    assert rows[0] == ("1 | Mötets öppnande och godkännande av dagordning | Ordföranden hälsade alla välkomna. "
                       "Dagordningen godkändes. | –")
    assert "rekrytera fler vikarier och att annonsera i februari. | Eva Ek" in rows[1]   # across the page break
    assert len(rows) == 3
    (tmp_path / "m.txt").write_text(MINUTES, encoding="utf-8")
    doc = read_document(tmp_path / "m.txt", {"id": "m"})
    assert "Sida 2 av 2" not in doc.text   # the page's furniture is still found
    got = gold_facts(doc, thesaurus)
    assert _ids(got, "sg:AgendaItem") == {"1", "2", "3"}
    assert _ids(got, "sg:Decision") == {"1-1", "2-1"}   # decisions in the notes cell of the row
