from rdflib import RDF, Literal
from rdflib.namespace import XSD

from graph.extract import extract_document
from graph.namespaces import ID, SG
from tests.extract_helpers import make_doc, mini_thesaurus

ORG = "beredning-for-psykiatri"


def _meetings(text: str, **kw):  # type: ignore[no-untyped-def]
    g = extract_document(make_doc(text, organ="Beredning för psykiatri", **kw), mini_thesaurus())
    return g, {str(m).rsplit("/", 1)[-1] for m in g.subjects(RDF.type, SG.Meeting)}


def test_sentence_with_year() -> None:
    _g, dates = _meetings("Beredningen informerades om arbetet vid sammanträde den 5 maj 2021.\n")
    assert dates == {"2021-05-05"}


def test_sentence_without_year_takes_context_year() -> None:
    g, dates = _meetings("Redovisning av uppdrag för 2025\n\nVid sammanträdet den 25 september delgavs beredningen "
                         "information om SPOT.\n")
    assert dates == {"2025-09-25"}
    m = ID[f"meeting/{ORG}/2025-09-25"]
    assert g.value(m, SG.heldBy) == ID[f"organ/{ORG}"]
    assert (m, __import__("rdflib").namespace.DCTERMS.date, Literal("2025-09-25", datatype=XSD.date)) in g


def test_reporting_verb_and_other_organ() -> None:
    g, dates = _meetings("Beredningen fick 10 september 2019 en nulägesrapport från förvaltningen och hälso- och "
                         "sjukvårdsnämnden fick en uppföljande rapport 4 november 2020.\n")
    assert dates == {"2019-09-10", "2020-11-04"}
    assert g.value(ID["meeting/halso-och-sjukvardsnamnden/2020-11-04"], SG.heldBy) == \
        ID["organ/halso-och-sjukvardsnamnden"]


def test_deadline_is_no_meeting() -> None:
    _g, dates = _meetings("Protokollet ska vara justerat senast den 8 december 2020 efter sammanträdet.\n")
    assert dates == set()


def test_schedule_entries_are_planned() -> None:
    g, dates = _meetings("5. Planerade aktiviteter för 2021\nSammanträdesdag Ärenden Plats\n"
                         "Torsdag 28 januari Information\nTorsdag 11 mars Fördjupning\n\n2025 mötesdatum\n"
                         "5/9 Fysiskt\n3/10 Digitalt\n")
    assert {"2021-01-28", "2021-03-11", "2025-09-05", "2025-10-03"} <= dates
    assert g.value(ID[f"meeting/{ORG}/2021-01-28"], SG.planned) == Literal(True)


def test_header_meeting_agenda_and_decision() -> None:
    text = ("Minnesanteckningar Chefsgrupp för samverkan\n\nNär: 13 juni 2025, fredag kl. 13.00\n\n"
            "1. Inledning\n\n2. Anna Mann, Karin Brage\nVaccinationsprocess i\nsamverkan\n"
            "Se ppt. Beslut fattas av chefsgruppen enligt förslag.\n\n3. Kort utvärdering\n")
    g = extract_document(make_doc(text, doc_type="minnesanteckningar"), mini_thesaurus())
    m = ID["meeting/chefsgruppen/2025-06-13"]
    assert (m, RDF.type, SG.Meeting) in g
    item = ID["agenda-item/chefsgruppen/2025-06-13/2"]
    assert g.value(item, SG.partOf) == m
    assert {str(p).rsplit("/", 1)[-1] for p in g.objects(item, SG.presenter)} == {"anna-mann", "karin-brage"}
    dec = ID["decision/chefsgruppen/2025-06-13/2-1"]
    assert g.value(dec, SG.decidedAt) == m and g.value(dec, SG.partOf) == item
