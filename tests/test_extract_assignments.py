from rdflib import RDF, Graph

from graph.extract import extract_document
from graph.namespaces import ID, SG
from tests.extract_helpers import REPORT, make_doc, mini_thesaurus


def _graph(text: str, **kw) -> Graph:  # type: ignore[no-untyped-def]
    return extract_document(make_doc(text, **kw), mini_thesaurus())


def test_ber_nr_item_with_year_issuer_assignee_and_status() -> None:
    g = _graph(REPORT)
    a = ID["assignment/2025/ber-nr-1"]
    assert (a, RDF.type, SG.Assignment) in g
    assert str(g.value(a, SG.number)) == "Ber 1"
    assert int(g.value(a, SG.year)) == 2025
    assert set(g.objects(a, SG.assignedTo)) == {ID["organ/beredning-for-psykiatri"]}
    assert g.value(a, SG.issuedBy) == ID["organ/halso-och-sjukvardsnamnden"]
    assert ID["project/spot"] in set(g.objects(a, SG.concerns))
    rep = ID["status-report/test-doc/2025/ber-nr-1"]
    assert g.value(rep, SG.reportsOn) == a
    assert g.value(rep, SG.status) == ID["status/genomfort-for-aret"]
    assert "flerårigt" in str(g.value(rep, SG.statusText))


def test_unnumbered_sentence_is_hashed_and_concerns_project() -> None:
    g = _graph(REPORT)
    unnumbered = [s for s in g.subjects(RDF.type, SG.Assignment) if "/u-" in str(s)]
    assert len(unnumbered) == 1
    assert str(unnumbered[0]).startswith(str(ID["assignment/2025/u-"]))
    assert g.value(unnumbered[0], SG.assignedTo) == ID["organ/halso-och-sjukvardsforvaltningen"]
    assert g.value(unnumbered[0], SG.concerns) == ID["project/smo"]


def test_numbered_list_under_header_and_monotonic_numbers() -> None:
    text = ("I hälso- och sjukvårdsnämndens verksamhetsplan med budget för 2021 listas uppdrag.\n\n"
            "Hälso- och sjukvårdsnämndens beredningar får i uppdrag att:\n\n"
            "1. beakta målbild 2030 i verksamhetsplaneringsprocessen\n\nSvar: Det görs.\n\n"
            "2. följa processerna kring coronapandemin,\n\n"
            "Svar: Uppdraget har startat men bedöms inte vara klart vid årets slut. Rapporter har funnits på "
            "beredningens sammanträden under året: den 3 februari, 10 mars samt 17 november.\n\n"
            "3. Avslutning\n")
    g = _graph(text, organ="Beredning för nära vård")
    nums = sorted(str(g.value(a, SG.number)) for a in g.subjects(RDF.type, SG.Assignment))
    assert nums == ["1", "2"]   # "3. Avslutning" is a section heading, not an uppdrag
    a2 = ID["assignment/2021/nr-2"]
    assert set(g.objects(a2, SG.assignedTo)) == {ID["organ/beredning-for-nara-vard"]}
    meetings = set(g.objects(a2, SG.discussedAt))
    assert {str(m).rsplit("/", 1)[-1] for m in meetings} == {"2021-02-03", "2021-03-10", "2021-11-17"}


def test_trailing_number_bullets_and_effect_goal() -> None:
    text = ("Region Örebro läns verksamhetsplan med budget 2023, hälso- och sjukvårdsnämnden.\n\n"
            "Region Örebro län har en stark ekonomi. (Effektmål 10)\n\n"
            "Perspektiv: Resurs\n\n"
            "Hälso- och sjukvårdsförvaltningen får i uppdrag:\n"
            "• Att implementera stödprocesser för planering. (Nr 20.)\n\n"
            "• Att fortsatt implementera handlingsplanen. (Nr 21.)\n")
    g = _graph(text, doc_type="verksamhetsplan")
    a = ID["assignment/2023/nr-20"]
    assert str(g.value(a, SG.text)) == "Att implementera stödprocesser för planering"
    assert g.value(a, SG.contributesTo) == ID["effect-goal/2023/10"]
    assert (ID["effect-goal/2023/10"], SG.partOf, ID["perspective/resurs"]) in g
    assert (ID["assignment/2023/nr-21"], RDF.type, SG.Assignment) in g
