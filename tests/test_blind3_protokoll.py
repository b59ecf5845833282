"""Protokoll and minnesanteckningar layouts of the third blind set (eighth batch, heldout_docs/general), each
as an invented text of the same shape read through the real readers: a PDF with its paragraph labels in a
left margin column ("Beslut | …"), a DOCX with an organ's abbreviation before the § ("BNAU § 14 Title") and
the authority after the organ on one line, and plain-text minnesanteckningar of a shared group named with
the authorities it belongs to after a dash, its decisions in the past tense."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest import read_document
from graph.extract import extract_document
from graph.extract.headings import heading_pattern
from graph.thesaurus import Thesaurus
from tests.extract_helpers import agenda_items, decisions, presenters
from tests.heldout_docs.make_formats import write_docx, write_pdf


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


MARGIN_PDF = """#header Region Fjällmark\tPROTOKOLL
#header Regionfullmäktige\tSammanträdesdatum 2025-04-22
#pagefmt Sida {n} ({m})
#columns 50 160
#h Regionfullmäktiges sammanträde
Tid och plats\tRegionhuset, kl. 10.00–15.00
Ordförande\tEva Berg (C)
Justerare\tOla Sten (M)

#h Ärende 1. Val av justerare
Beslut\tRegionfullmäktige utser Ola Sten (M) att justera protokollet.

#h Ärende 2. Ansvarsfrihet för 2024
Ärendet\tRegionstyrelsens ordförande Kim Falk (S) föredrar ärendet. Revisorerna
\ttillstyrker att ansvarsfrihet beviljas.
Beslut\tRegionfullmäktige beviljar regionstyrelsen ansvarsfrihet för 2024.

#h Ärende 3. Anmälan av motioner
Ärendet\tEn motion om laddstolpar har kommit in.
Beslut\tMotionen remitteras till regionstyrelsen.
"""


def test_pdf_protokoll_with_paragraph_labels_in_a_margin_column(tmp_path: Path, thesaurus: Thesaurus) -> None:
    pdf = write_pdf(MARGIN_PDF, tmp_path / "2025-04-22-protokoll-regionfullmaktige.pdf")
    g = extract_document(read_document(pdf, {"id": "v"}), thesaurus)
    assert agenda_items(g) == {"1": "Val av justerare", "2": "Ansvarsfrihet för 2024", "3": "Anmälan av motioner"}
    decided = decisions(g)
    # "Beslut | …" is a label as "Beslut:" is: item 3's decision has no formula of its own; the revisorer's
    # "tillstyrker att ansvarsfrihet beviljas" is a recommendation, item 2 has one decision
    assert sorted(decided) == ["1-1", "2-1", "3-1"]
    assert decided["2-1"].startswith("Regionfullmäktige beviljar")
    assert decided["3-1"].startswith("Motionen remitteras")
    # the party between the name and the verb: "Kim Falk (S) föredrar ärendet"
    assert presenters(g) == {("2", "kim-falk")}


AU_DOCX = """#title Protokoll
Byggnadsnämndens arbetsutskott, Ekeby kommun
Datum: onsdagen den 5 mars 2025, kl. 08.30–10.00
Ledamöter: Nils Berg (S), ordförande, Eva Ek (M)
## BNAU § 14 Val av justerare
Arbetsutskottet utser Eva Ek (M) att justera protokollet.
## BNAU § 15 Detaljplan för kvarteret Linden
Dnr BN 2025/12
Planarkitekt Maja Lund föredrar ärendet.
### Förslag till beslut
Byggnadsnämnden föreslås anta detaljplanen.
### Beslut
Arbetsutskottet beslutar enligt förslaget.
"""


def test_docx_protokoll_with_the_organs_abbreviation_before_the_paragraph_sign(
        tmp_path: Path, thesaurus: Thesaurus) -> None:
    docx = write_docx(AU_DOCX, tmp_path / "2025-03-05-protokoll-byggnadsnamndens-arbetsutskott.docx")
    doc = read_document(docx, {"id": "v"})
    # "<organ>, <authority>" on one line: the organ is the utskott, the authority the organisation
    assert (doc.organ, doc.organisation) == ("Byggnadsnämndens arbetsutskott", "Ekeby kommun")
    g = extract_document(doc, thesaurus)
    assert agenda_items(g) == {"14": "Val av justerare", "15": "Detaljplan för kvarteret Linden"}
    assert sorted(decisions(g)) == ["14-1", "15-1", "15-2"]
    assert presenters(g) == {("15", "maja-lund")}


@pytest.mark.parametrize("line, n, title", [
    ("KSAU § 87 Val av justerare", "87", "Val av justerare"),
    ("BNAU §12 Budget", "12", "Budget"),
])
def test_an_organ_abbreviation_may_stand_before_the_paragraph_sign(line: str, n: str, title: str) -> None:
    m = heading_pattern("agenda").match(line)
    assert m is not None and (m["n"], m["t"]) == (n, title)


def test_a_lower_case_word_before_the_paragraph_sign_is_no_abbreviation() -> None:
    assert heading_pattern("agenda").match("enligt § 3 Kommunallagen") is None


MINUTES_TXT = """MINNESANTECKNINGAR
Ledningsgruppen för äldres hälsa – Region Fjällmark och kommunerna i länet

Datum: tisdag 14 oktober 2025
Plats: Teams

DAGORDNING

1. Mötets öppnande
Dagordningen fastställdes.

2. Rapport från arbetsgruppen
Samordnare Åsa Nyström redovisade läget i arbetet.

3. Regional konferens 2026
Gruppen beslutade att anordna en regional konferens i maj 2026.

4. Föregående anteckningar
Anteckningarna lades till handlingarna.
"""


def test_minutes_of_a_shared_group_named_with_its_authorities_and_decisions_in_the_past_tense(
        tmp_path: Path, thesaurus: Thesaurus) -> None:
    src = tmp_path / "2025-10-14-minnesanteckningar-ledningsgruppen.txt"
    src.write_text(MINUTES_TXT, "utf-8")
    doc = read_document(src, {"id": "v"})
    # the authorities after the dash are not a part of the group's name
    assert doc.organ == "Ledningsgrupp för äldres hälsa"
    g = extract_document(doc, thesaurus)
    assert sorted(agenda_items(g)) == ["1", "2", "3", "4"]
    # past tense decisions; the report of item 2 is none
    assert sorted(decisions(g)) == ["1-1", "3-1", "4-1"]
    assert presenters(g) == {("2", "asa-nystrom")}


LABELLED_TXT = """Minnesanteckningar
Styrgruppen för digital vård

Datum: måndag 3 februari 2025

§ 4 Föregående anteckningar
Anteckningarna från förra mötet lades till handlingarna.

§ 5 Ny journalmodul
Beslut: Styrgruppen ställer sig bakom införandet.
"""


def test_a_past_tense_account_is_no_decision_where_decisions_stand_under_a_label(
        tmp_path: Path, thesaurus: Thesaurus) -> None:
    # these minutes record their decisions under "Beslut:"; "… lades till handlingarna" in § 4 (no label)
    # is their account of the meeting, not a decision
    src = tmp_path / "2025-02-03-minnesanteckningar-styrgruppen.txt"
    src.write_text(LABELLED_TXT, "utf-8")
    g = extract_document(read_document(src, {"id": "v"}), thesaurus)
    assert sorted(agenda_items(g)) == ["4", "5"]
    assert sorted(decisions(g)) == ["5-1"]


@pytest.mark.parametrize("name, organ", [
    ("Kommunstyrelsens arbetsutskott, Ekeby kommun", "Kommunstyrelsens arbetsutskott"),
    ("Samverkansgruppen för barn – Region Fjällmark och länets kommuner", "Samverkansgruppen för barn"),
    ("Beredning för vård, omsorg och stöd", "Beredning för vård, omsorg och stöd"),   # no authority after it
    ("Ekeby kommun", "Ekeby kommun"),
])
def test_an_authority_after_the_organs_name_is_cut_off(name: str, organ: str) -> None:
    from corpus.vocabulary import load_vocabulary

    assert load_vocabulary().without_authority(name) == organ


@pytest.mark.parametrize("text, title", [
    # a Dnr column run into the title, the case number without its label
    ("Tillsynsplan 2026 för livsmedel BMN 2025/301", "Tillsynsplan 2026 för livsmedel"),
    # a case number ends the title: a long (wrapped) title before it is whole
    ("Svar på motion från Eva Lind (C) om belysning längs gång- och cykelvägen mellan skolan och "
     "idrottsplatsen i Norrby Dnr 2025/96",
     "Svar på motion från Eva Lind (C) om belysning längs gång- och cykelvägen mellan skolan och "
     "idrottsplatsen i Norrby"),
    # without one, a long line still stops at the title's first words (a notes column follows)
    ("Information om arbetet med den nya översiktsplanen och om de dialogmöten som planeras under hösten",
     "Information om arbetet med den nya översiktsplanen och om de dialogmöten som planeras under"),
])
def test_agenda_title_ends_at_a_case_number(text: str, title: str) -> None:
    from graph.extract.agenda import short_title

    assert short_title(text) == title


def test_a_presenter_label_after_the_titles_sentence_is_split_off() -> None:
    from graph.extract.agenda_names import trailing_presenters

    assert trailing_presenters("Information från Norrby Vatten AB. Föredragande: vd Lena Ek") == (
        "Information från Norrby Vatten AB", ["Lena Ek"])
    # a label-like word with no person after it stays in the title
    assert trailing_presenters("Val av föredragande. Föredragande: utses senare")[1] == []
