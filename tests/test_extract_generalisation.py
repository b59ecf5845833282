"""Unit tests of the rules added for documents beyond the seed corpus (see tests/heldout_docs)."""

from __future__ import annotations

from rdflib import RDF, Graph
from rdflib.namespace import DCTERMS

from graph.extract import extract_document
from graph.extract.agenda_names import trailing_presenters
from graph.extract.status import classify
from graph.namespaces import ID, SG
from graph.thesaurus import Thesaurus
from tests.extract_helpers import make_doc, mini_thesaurus

PLAN = "I hälso- och sjukvårdsnämndens verksamhetsplan med budget för 2024 ges uppdrag.\n\n"


def _graph(text: str, thesaurus: Thesaurus | None = None, **kw) -> Graph:  # type: ignore[no-untyped-def]
    return extract_document(make_doc(text, **kw), thesaurus or mini_thesaurus())


def test_uppdrag_nr_colon_items_with_status_label() -> None:
    g = _graph(PLAN + "Hälso- och sjukvårdsnämndens beredning för nära vård får i uppdrag att:\n\n"
               "Uppdrag nr 5: Följa arbetet med SIP.\nStatus: Uppdraget är genomfört.\n\n"
               "Uppdrag nr 6: Följa de mobila teamen.\nStatus: Arbetet pågår och fortsätter 2025.\n")
    for n, st in (("5", "genomfort"), ("6", "pagar")):
        a = ID[f"assignment/2024/nr-{n}"]
        assert str(g.value(a, SG.number)) == n
        assert g.value(a, SG.assignedTo) == ID["organ/beredning-for-nara-vard"]
        assert g.value(ID[f"status-report/test-doc/2024/nr-{n}"], SG.status) == ID[f"status/{st}"]


def test_parenthesis_numbered_items() -> None:
    g = _graph(PLAN + "Hälso- och sjukvårdsförvaltningen får i uppdrag att:\n\n"
               "9) Vidareutveckla samverkan.\nKommentar: Uppdraget har inte påbörjats.\n\n"
               "10) Utreda barn och unga.\nKommentar: Arbetet har pausats i avvaktan på upphandling.\n")
    assert g.value(ID["status-report/test-doc/2024/nr-9"], SG.status) == ID["status/ej-paborjat"]
    assert g.value(ID["status-report/test-doc/2024/nr-10"], SG.status) == ID["status/pausat"]


def test_status_phrases_for_continuing_work() -> None:
    assert classify("Arbetet pågår och fortsätter 2025.") == ["pagar"]
    assert classify("Uppdraget fortsätter under 2025.") == ["pagar"]
    assert classify("Status: Arbetet pågår och fortsätter 2025.") == ["pagar"]
    assert classify("Arbetet kring planeringen pågår inom BUP.") == []


def test_att_sentences_under_an_uppdrag_heading() -> None:
    text = ("Uppdrag från hälso- och sjukvårdsnämnden 2020\n\n"
            "3.2.4 Uppdrag i samverkan med forsknings- och utbildningsnämnden\n"
            "Att, i samverkan med forsknings- och utbildningsnämnden (FUN) utreda en modell. "
            "Att, i samverkan med forsknings- och utbildningsnämnden, definiera riktade mottagningar.\n")
    g = _graph(text, Thesaurus.load())
    found = list(g.subjects(RDF.type, SG.Assignment))
    assert len(found) == 2 and all("/2020/u-" in str(a) for a in found)
    assert not any(list(g.objects(a, SG.assignedTo)) for a in found)   # FUN only takes part


def test_effektmal_number_first_and_running_perspective() -> None:
    text = (PLAN + "Perspektiv: Resurs\n\nEffektmål 9: Region Örebro län är en attraktiv arbetsgivare\n\n"
            "Indikatorer\n\n• Sjukfrånvaron ska minska.\n\n"
            "Aktiviteter Område nära vård – Region Örebro län är en attraktiv arbetsgivare (effektmål 9)\n"
            "• Handlingsplan för rekrytering\n")
    g = _graph(text)
    goal = ID["effect-goal/2024/9"]
    assert str(g.value(goal, DCTERMS.title)) == "Region Örebro län är en attraktiv arbetsgivare"
    assert g.value(goal, SG.partOf) == ID["perspective/resurs"]
    acts = list(g.subjects(RDF.type, SG.Activity))
    assert len(acts) == 1 and g.value(acts[0], SG.contributesTo) == goal


MINUTES = """Minnesanteckningar
Hälso- och sjukvårdens ledningsgrupp

Datum: tisdag 8 oktober 2024, kl. 08.30–12.00

§ 12 Mötets öppnande
Beslut: Dagordningen godkänns.

§ 13 Uppföljning av SPOT i länet – Sara Ekström
Beslut: Ledningsgruppen ställer sig bakom förslaget.

§ 14 Nära vård – lägesrapport
Föredragande: Per Holmberg
Minnesanteckningarna från mötet den 24 september 2024 lades till handlingarna.

Nästa möte: tisdag 22 oktober 2024
"""


def test_paragraph_sign_items_decision_lines_and_presenters() -> None:
    g = _graph(MINUTES, Thesaurus.load(), doc_type="minnesanteckningar", organ="Hälso- och sjukvårdens ledningsgrupp")
    base = "halso-och-sjukvardens-ledningsgrupp/2024-10-08"
    assert {str(g.value(i, SG.number)) for i in g.subjects(RDF.type, SG.AgendaItem)} == {"12", "13", "14"}
    assert str(g.value(ID[f"agenda-item/{base}/13"], DCTERMS.title)) == "Uppföljning av SPOT i länet"
    assert str(g.value(ID[f"agenda-item/{base}/14"], DCTERMS.title)) == "Nära vård – lägesrapport"
    assert g.value(ID[f"agenda-item/{base}/13"], SG.presenter) == ID["person/sara-ekstrom"]
    assert g.value(ID[f"agenda-item/{base}/14"], SG.presenter) == ID["person/per-holmberg"]
    assert {str(d).rsplit("/", 1)[1] for d in g.subjects(RDF.type, SG.Decision)} == {"12-1", "13-1"}
    planned = ID["meeting/halso-och-sjukvardens-ledningsgrupp/2024-10-22"]
    assert (planned, SG.planned, None) in g
    assert (ID["meeting/halso-och-sjukvardens-ledningsgrupp/2024-09-24"], SG.planned, None) not in g


def test_trailing_presenters() -> None:
    assert trailing_presenters("Information om SPOT – Lena Björk, Ahmed Rahimi") == (
        "Information om SPOT", ["Lena Björk", "Ahmed Rahimi"])
    assert trailing_presenters("Nära vård – lägesrapport") == ("Nära vård – lägesrapport", [])


KALLELSE = """Kallelse
Sammanträde med: Hälso- och sjukvårdsnämnden
Sammanträdesdatum: 2024-03-19

09:15–10:00 | Aktuellt från förvaltningen – Karin Wallin
13:00–13:30 | Information om SPOT:s breddinförande – Lena Björk, Ahmed Rahimi

1. Val av justerare

2. Information om SPOT:s breddinförande

3. Anmälningsärenden
• Protokoll från Beredning för psykiatri 2024-02-27
"""


def test_time_plan_presenters_and_protocol_meetings() -> None:
    g = _graph(KALLELSE, Thesaurus.load(), doc_type="kallelse", organ="Hälso- och sjukvårdsnämnden")
    item = ID["agenda-item/halso-och-sjukvardsnamnden/2024-03-19/2"]
    assert set(g.objects(item, SG.presenter)) == {ID["person/lena-bjork"], ID["person/ahmed-rahimi"]}
    assert (None, SG.presenter, ID["person/karin-wallin"]) not in g   # no agenda item for that slot
    m = ID["meeting/beredning-for-psykiatri/2024-02-27"]
    assert g.value(m, SG.heldBy) == ID["organ/beredning-for-psykiatri"]


def test_seed_minutes_titles_without_notes_column() -> None:
    from corpus.bundled import load_bundled

    doc = next(d for d in load_bundled() if d.doc_type == "minnesanteckningar")
    g = extract_document(doc, Thesaurus.load())
    titles = {str(g.value(i, SG.number)): str(g.value(i, DCTERMS.title)) for i in g.subjects(RDF.type, SG.AgendaItem)}
    assert titles["1"] == "Inledning"
    assert titles["2"] == "Dagordning"
    assert titles["4"] == "Rapport från AU"
    assert titles["9"] == "Färdplan Nära vård"   # a thesaurus name keeps its capital


def test_seed_kallelse_time_plan_presenters_are_read() -> None:
    from corpus.bundled import load_bundled

    doc = next(d for d in load_bundled() if d.doc_type == "kallelse")
    g = extract_document(doc, Thesaurus.load())
    people = set(g.objects(None, SG.presenter))
    assert ID["person/gustav-ekback"] in people and ID["person/ylva-nilsagard"] in people
