"""Protokoll layouts of the second blind set (tests/heldout_docs/general/README.md, "Seventh batch"), each
as an invented text of the same shape read through the real readers: a PDF with "§ N Title" headings set
bold and larger, a two-column header block and an anslagsbevis at the end; PDF-to-text with "§ N Dnr …"
and the title on the next line, a lone "§ N" line, and decisions in numbered points."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF

from corpus.ingest import read_document
from graph.extract import extract_document
from graph.extract.headings import heading_pattern
from graph.namespaces import SG
from graph.thesaurus import Thesaurus
from tests.extract_helpers import agenda_items, decisions, presenters, tail
from tests.heldout_docs.make_formats import write_pdf


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


PDF_SOURCE = """#header Fjällby kommun\tSAMMANTRÄDESPROTOKOLL
#header Kulturnämnden\tSammanträdesdatum 2025-03-04
#pagefmt {n} ({m})
#footer Justerandes sign                    Utdragsbestyrkande
#columns 50 190 360
Plats och tid\tBiblioteket, sal Lyran, kl. 15.00–17.10
Beslutande\tAnna Berg (S), ordförande
\tPer Holm (M), vice ordförande
Övriga närvarande\tLisa Strand, kulturstrateg
\tOla Fors, nämndsekreterare
Utses att justera\tPer Holm (M)
Justeringens plats och tid\tKulturkontoret 2025-03-11
Paragrafer\t§§ 12–14
\\f
#h § 12 Val av justerare
Beslut
Kulturnämnden utser Per Holm (M) att jämte ordföranden justera
protokollet den 11 mars 2025.

#h § 13 Bidrag till studieförbund 2025
Dnr KN 2025/7
Föredragande: kulturstrateg Lisa Strand
Beslut
Kulturnämnden beslutar
att fördela bidrag till studieförbunden enligt bilaga 1, samt
att uppdra åt förvaltningen att följa upp bidragen och återrapportera till
nämnden i november 2025.
Yrkanden
Per Holm (M) yrkar bifall till förvaltningens förslag.
Propositionsordning
Ordföranden ställer proposition på förslaget och finner det bifallet.

#h § 14 Meddelanden
Beslut
Meddelandena läggs till handlingarna.
\\f
Justering
Sekreterare\tOrdförande\tJusterande
Ola Fors\tAnna Berg\tPer Holm

ANSLAGSBEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ\tKulturnämnden
Sammanträdesdatum\t2025-03-04
Datum då anslaget sätts upp\t2025-03-12
"""


def test_pdf_protokoll_with_bold_paragraph_headings_and_an_anslagsbevis(tmp_path: Path, thesaurus: Thesaurus) -> None:
    # The meeting date stands in the running header (furniture) and in the anslagsbevis after the last §:
    # the agenda is read from the header on, not from the anslagsbevis, and the justering date in § 12
    # ("justera protokollet den 11 mars") is no meeting of its own.
    pdf = write_pdf(PDF_SOURCE, tmp_path / "2025-03-04-protokoll-kulturnamnden.pdf")
    g = extract_document(read_document(pdf, {"id": "v"}), thesaurus)
    assert {tail(s) for s in g.subjects(RDF.type, SG.Meeting)} == {"2025-03-04"}
    assert agenda_items(g) == {"12": "Val av justerare", "13": "Bidrag till studieförbund 2025", "14": "Meddelanden"}
    decided = decisions(g)
    assert sorted(decided) == ["12-1", "13-1", "14-1"]   # a Yrkanden/Propositionsordning paragraph is none
    assert "återrapportera till nämnden i november 2025" in decided["13-1"]
    assert presenters(g) == {("13", "lisa-strand")}


TEXT_SOURCE = """FJÄLLBY KOMMUN                                         PROTOKOLL              1 (2)
Kommunstyrelsen                                          Sammanträdesdatum
                                                         2025-06-10


 Plats och tid        Kommunhuset, kl. 09.00–11.00

 Justerare            Eva Lind (C)

 Justeringens         Kommunhuset 2025-06-17
 plats och tid


 Justerandes signatur                                        Utdragsbestyrkande
\fFJÄLLBY KOMMUN                                         PROTOKOLL              2 (2)
Kommunstyrelsen                                          Sammanträdesdatum
                                                         2025-06-10

 § 7
 Val av justerare

 Kommunstyrelsens beslut
 Kommunstyrelsen utser Eva Lind (C) att jämte ordföranden justera protokollet.


 § 8 Dnr KS 2025/44
 Årsredovisning 2024

 Föredragande: Ekonomichef Karl Sand

 Kommunstyrelsens beslut
 Kommunstyrelsen föreslår kommunfullmäktige besluta
 1. Årsredovisningen för 2024 godkänns.
 2. Byggnadsnämnden ges i uppdrag att redovisa en plan för minskade
    kostnader.

 Sammanfattning
 Kommunen redovisar ett överskott på 14 miljoner kronor.


 § 9 Dnr KS 2025/51
 Taxa för parkering

 Kommunstyrelsens beslut
 1. Taxan för parkering höjs med 5 kronor i timmen från den 1 september.
 2. Förvaltningen informerar invånarna om den nya taxan.

 Yrkanden
 Eva Lind (C) yrkar bifall till förvaltningens förslag.


 Justerandes signatur                                        Utdragsbestyrkande
"""


def test_pdf_text_protokoll_with_the_title_under_the_paragraph_and_numbered_points(
        tmp_path: Path, thesaurus: Thesaurus) -> None:
    src = tmp_path / "2025-06-10-protokoll-kommunstyrelsen.txt"
    src.write_text(TEXT_SOURCE, "utf-8")
    g = extract_document(read_document(src, {"id": "v"}), thesaurus)
    # "§ 7" alone is item 7 (not item 4 titled "3"); "§ 8 Dnr KS 2025/44" takes its title from the next line
    assert agenda_items(g) == {"7": "Val av justerare", "8": "Årsredovisning 2024", "9": "Taxa för parkering"}
    decided = decisions(g)
    # one decision per formula: the numbered points belong to it, after "föreslår … besluta" or a label
    assert sorted(decided) == ["7-1", "8-1", "9-1"]
    assert decided["8-1"].startswith("Kommunstyrelsen föreslår kommunfullmäktige besluta")
    assert "minskade kostnader." in decided["8-1"]
    assert decided["9-1"].startswith("1. Taxan") and "2. Förvaltningen informerar" in decided["9-1"]


@pytest.mark.parametrize("line, n, title", [
    ("§ 43", "43", None),
    ("§ 45 Dnr RS 2025/123", "45", "Dnr RS 2025/123"),
    ("Punkt 3.", "3", None),
    ("§ 12 Val av justerare", "12", "Val av justerare"),
])
def test_a_heading_number_is_whole_and_its_title_may_stand_on_the_next_line(
        line: str, n: str, title: str | None) -> None:
    m = heading_pattern("agenda").match(line)
    assert m is not None and (m["n"], m["t"]) == (n, title)


@pytest.mark.parametrize("line", ["§§ 31–36", "§ 4-5 gäller", "§ 1234 Fyrsiffrigt", "Punkt 3, 4"])
def test_a_heading_word_before_a_range_or_a_longer_number_is_no_heading(line: str) -> None:
    assert heading_pattern("agenda").match(line) is None
