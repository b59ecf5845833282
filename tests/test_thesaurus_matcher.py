"""The thesaurus matcher: inflection, definite forms, acronyms (case), hyphenation, spelled-out forms."""

from __future__ import annotations

import itertools

import pytest

from corpus.bundled import load_bundled
from graph.namespaces import ID
from graph.thesaurus import Thesaurus, tokenize, word_key


@pytest.fixture(scope="module")
def th() -> Thesaurus:
    return Thesaurus.load()


def _iris(th: Thesaurus, text: str) -> list[str]:
    return [m.concept_iri.split("/id/", 1)[1] for m in th.find_mentions(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("SMO-piloten har fått ett utökat uppdrag", ["project/smo"]),
    ("SPOT:s arbete", ["project/spot"]),
    ("SPOT-teamen finns i hela länet", ["project/spot"]),
    ("metodhandledare för ViSam-modellen", ["project/visam"]),
    ("inom ramen för ViSam (länets samverkansmodell)", ["project/visam"]),
    ("att införa den s-k. basplattan", ["project/basplattan"]),
    ("Beredningen för nära vård har informerats", ["organ/beredning-for-nara-vard"]),
    ("beredningens ledamöter och beredningen för psykiatri", ["organ/beredning-for-psykiatri"]),
    ("Hälso- och sjukvårdsnämndens beredning för psykiatri, habilitering och hjälpmedel",
     ["organ/halso-och-sjukvardsnamnden", "organ/beredning-for-psykiatri-habilitering-och-hjalpmedel"]),
    ("pilotverksamhet för samordnat medicinskt omhändertagande av personer", ["project/smo"]),
    ("införande av specialpsykiatriska omvårdnadsteam", ["project/spot"]),
    ("en SIP upprättas", ["concept/sip"]),
    ("till hälso- och sjukvårds-\nnämndens förfogande", ["organ/halso-och-sjukvardsnamnden"]),
    ("Hälso-och sjukvårdsförvaltningen får i uppdrag", ["organ/halso-och-sjukvardsforvaltningen"]),
    ("i linje med omställningen mot nära vård", ["project/nara-vard"]),
    ("Beredningen för somatisk specialistsjukvård samt högspecialiserad vård",
     ["organ/beredning-for-somatisk-specialistvard-och-hogspecialiserad-vard"]),
    ("inspel till HSN:s verksamhetsplan", ["organ/halso-och-sjukvardsnamnden"]),
    ("målbilden 2030 måste stämmas av", ["vision/malbild-2030"]),
    ("Första kontakten, psykisk ohälsa barn och unga", ["project/forsta-kontakten"]),
])
def test_positive(th: Thesaurus, text: str, expected: list[str]) -> None:
    assert _iris(th, text) == expected


@pytest.mark.parametrize("text", [
    "en sip kaffe",            # lower-case word, not the acronym SIP
    "SMOG över staden",        # SMOG is not SMO
    "inspirerande SPOTTAR",    # acronym must be the whole token
    "startat och pågår",       # status labels are not auto-linked
    "Process och Resurs",      # perspective headings are not auto-linked
])
def test_negative(th: Thesaurus, text: str) -> None:
    assert th.find_mentions(text) == []


def test_spans_and_surface(th: Thesaurus) -> None:
    text = "Inom psykiatrin sker bredinförande av SPOT som ger stöd."
    (m,) = th.find_mentions(text)
    assert (m.start, m.end, m.surface) == (text.index("SPOT"), text.index("SPOT") + 4, "SPOT")
    assert text[m.start:m.end] == m.surface


def test_longest_match_wins_without_overlap(th: Thesaurus) -> None:
    text = "Beredning för psykiatri, habilitering och hjälpmedel och Beredning för psykiatri"
    ms = th.find_mentions(text)
    assert [m.surface for m in ms] == ["Beredning för psykiatri, habilitering och hjälpmedel",
                                       "Beredning för psykiatri"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(ms))


def test_spelled_out_and_acronym_are_one_concept(th: Thesaurus) -> None:
    old = "samordnat medicinskt omhändertagande av personer med komplexa funktionsnedsättningar"
    assert {m.concept_iri for m in th.find_mentions(old)} == {str(ID["project/smo"])}
    assert {m.concept_iri for m in th.find_mentions("SMO")} == {str(ID["project/smo"])}


def test_link_query_folds_acronym_case(th: Thesaurus) -> None:
    iris = [m.concept_iri for m in th.link_query("hur går det för spot och smo?")]
    assert iris == [str(ID["project/spot"]), str(ID["project/smo"])]


def test_by_label(th: Thesaurus) -> None:
    c = th.by_label("SMO")
    assert c is not None and c.iri == str(ID["project/smo"])
    c = th.by_label("beredningen för nära vård")
    assert c is not None and c.iri == str(ID["organ/beredning-for-nara-vard"])
    c = th.by_label("Invånare och samhälle")  # not auto-linked, but can be looked up
    assert c is not None and c.iri == str(ID["perspective/invanare-och-samhalle"])
    assert th.by_label("ingenting sådant") is None


def test_lineage_of_renamed_committee(th: Thesaurus) -> None:
    assert th.lineage(str(ID["organ/beredning-for-nara-vard"])) == [
        str(ID["organ/beredning-for-nara-vard"]), str(ID["organ/beredning-for-narsjukvard"])]


def test_concept_fields(th: Thesaurus) -> None:
    c = th.concepts[str(ID["project/spot"])]
    assert c.pref_label == "Specialpsykiatriska omvårdnadsteam"
    assert c.acronyms == ["SPOT"]
    assert "https://w3id.org/styrgraf/def/Project" in c.types
    assert c.scheme == "https://w3id.org/styrgraf/def/ProjectScheme"


def test_word_key_and_tokenize() -> None:
    assert word_key("basplattan") == word_key("basplatta")
    assert word_key("psykiatrin") == word_key("psykiatri")
    assert word_key("beredningens") == word_key("beredning")
    toks = tokenize("sjukvårds-\nnämnden och SMO-piloten")
    assert [t.text for t in toks] == ["sjukvårdsnämnden", "och", "SMO", "piloten"]
    assert toks[3].hyphen_before


def test_seed_documents_find_key_concepts(th: Thesaurus) -> None:
    # No wall-clock assertion: speed is a benchmark's job (bench/), a timed unit test fails on a loaded machine.
    docs = {d.id: d for d in load_bundled()}
    assert th.find_mentions("\n".join(d.text for d in docs.values()))
    found = {m.concept_iri for m in th.find_mentions(docs["2025-aterrapportering-beredning-psykiatri"].text)}
    for iri in ("project/spot", "project/smo", "project/skop", "project/visam", "organ/beredning-for-psykiatri"):
        assert str(ID[iri]) in found
    found21 = {m.concept_iri for m in th.find_mentions(docs["2021-aterrapportering-beredning-narsjukvard"].text)}
    for iri in ("project/smo", "concept/sip", "project/basplattan", "organ/beredning-for-narsjukvard"):
        assert str(ID[iri]) in found21
