"""Entity cards, summaries, label search and resolving, on the hand-written TriG fixture."""

from __future__ import annotations

import itertools
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.entities import (
    LabelIndex,
    entity_card,
    entity_summary,
    fold_label,
    label_search,
    normalise_label,
    resolve_entity,
)

FIXTURE = Path(__file__).parent / "entities_fixtures" / "mini.trig"
ID = "https://w3id.org/styrgraf/id/"
SMO = ID + "project/smo"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    s = ox.Store(str(tmp_path_factory.mktemp("entities-store")))
    s.bulk_load(FIXTURE.read_bytes(), ox.RdfFormat.TRIG)
    return s


@pytest.fixture(scope="module")
def index(store: ox.Store) -> LabelIndex:
    return LabelIndex.from_store(store)


# -- cards -------------------------------------------------------------------------------------------

def test_card_of_a_project(store: ox.Store) -> None:
    card = entity_card(store, SMO)
    assert card is not None
    assert card.id == "project/smo"
    assert card.label == "Samordnat medicinskt omhändertagande"
    assert card.type == "Project"
    assert card.types[0].name == "Project" and card.types[0].label == "Projekt"
    assert card.acronyms == ["SMO"]
    assert "SMO-piloten" in card.alt_labels
    assert card.definition and card.definition.startswith("Pilotverksamhet")
    concerns_in = [r for r in card.relations_in if r.predicate.endswith("/concerns")]
    assert [r.id for r in concerns_in] == ["assignment/2021/nr-4"]
    assert concerns_in[0].predicate_label == "gäller"   # from the ontology (ontology/styrgraf.ttl)
    assert concerns_in[0].type == "Assignment"


def test_card_passages_cite_documents_with_dates_and_snippets(store: ox.Store) -> None:
    card = entity_card(store, SMO)
    assert card is not None
    docs = [(p.document_id, p.document_date) for p in card.mentioned_in]
    assert docs == [("2020-11-24-kallelse-beredning-somatisk-specialistvard", "2020-11-24"),
                    ("2021-aterrapportering-beredning-narsjukvard", "2021"),
                    ("2025-aterrapportering-beredning-psykiatri", "2025")]
    last = card.mentioned_in[-1]
    assert last.surface == "SMO" and "(SMO)" in last.snippet
    assert last.document_title == "Återrapportering av uppdrag 2025, Beredning för psykiatri"
    assert all(p.snippet for p in card.mentioned_in)


def test_card_of_an_assignment(store: ox.Store) -> None:
    card = entity_card(store, ID + "assignment/2021/nr-4")
    assert card is not None
    assert card.type == "Assignment"
    props = {p.predicate.rsplit("/", 1)[-1]: p.value for p in card.properties}
    assert props["year"] == 2021 and props["number"] == "4"
    out = {(r.predicate_label, r.id) for r in card.relations_out}
    assert ("tilldelat", "organ/beredning-for-narsjukvard") in out   # rdfs:label@sv in ontology/styrgraf.ttl
    assert ("gäller", "project/smo") in out
    assert ("behandlat vid", "meeting/beredning-for-narsjukvard/2021-03-10") in out
    assert any(r.predicate.endswith("/reportsOn") for r in card.relations_in)
    assert [p.passage_id for p in card.derived_from] == ["2021-aterrapportering-beredning-narsjukvard.7a8b9c0d1e2f"]
    assert [e.kind for e in card.timeline] == ["uppdrag", "status", "möte"]


def test_card_unknown_iri_is_none(store: ox.Store) -> None:
    assert entity_card(store, ID + "project/finns-inte") is None


def test_card_is_json_friendly(store: ox.Store) -> None:
    import json

    card = entity_card(store, ID + "organ/beredning-for-psykiatri")
    assert card is not None
    data = json.loads(card.model_dump_json())
    assert data["type"] == "Committee"
    assert any(e["kind"] == "namnbyte" for e in data["timeline"])


def test_entity_summary(store: ox.Store) -> None:
    s = entity_summary(store, ID + "organ/beredning-for-narsjukvard")
    assert (s["iri"], s["id"], s["label"], s["type"], s["type_label"]) == (
        ID + "organ/beredning-for-narsjukvard", "organ/beredning-for-narsjukvard", "Beredning för närsjukvård",
        "Committee", "Beredning")
    a = entity_summary(store, ID + "assignment/2021/nr-4")
    assert a["type"] == "Assignment" and a["label"].startswith("Nr 4. ")
    # unknown IRIs still summarise: local id as label, type guessed from the IRI pattern
    unknown = entity_summary(store, ID + "project/finns-inte")
    assert unknown["label"] == "project/finns-inte" and unknown["type"] == "Project"


# -- label search --------------------------------------------------------------------------------------

def test_normalisation() -> None:
    assert normalise_label("Hälso- och  Sjukvårdsnämnden") == "hälso och sjukvårdsnämnden"
    assert fold_label("närsjukvård över") == "narsjukvard over"


def test_acronym_is_an_exact_hit(index: LabelIndex) -> None:
    for q in ("SMO", "smo", " Smo "):
        hits = index.search(q)
        assert hits[0].iri == SMO and hits[0].match == "exact" and hits[0].matched == "SMO"
    assert index.search("HSN")[0].id == "organ/halso-och-sjukvardsnamnden"


def test_ranking_exact_prefix_wordprefix_fuzzy(index: LabelIndex) -> None:
    hits = index.search("samordnat")
    assert hits[0].iri == SMO and hits[0].match == "prefix"
    assert [h.match for h in hits] == sorted((h.match for h in hits),
                                             key=["exact", "prefix", "word-prefix", "substring", "fuzzy"].index)
    assert all(a.score >= b.score for a, b in itertools.pairwise(hits))
    wp = index.search("medicinskt omh")
    assert wp[0].iri == SMO and wp[0].match == "word-prefix"
    assert index.search("Samordnat medicinskt omhändertagande")[0].match == "exact"


def test_fuzzy_match_for_typos(index: LabelIndex) -> None:
    hits = index.search("samordant medicinskt")
    assert hits and hits[0].iri == SMO and hits[0].match == "fuzzy"
    spot = index.search("spott")
    assert spot[0].id == "project/spot"   # whole-label (acronym) fuzzy beats a word inside a longer label
    assert index.search("hälso och sjukvårdsnämden")[0].id == "organ/halso-och-sjukvardsnamnden"


def test_diacritics_are_a_fallback(index: LabelIndex) -> None:
    folded = index.search("narsjukvard", type="Committee")
    exact = index.search("närsjukvård", type="Committee")
    assert folded[0].id == exact[0].id == "organ/beredning-for-narsjukvard"
    assert folded[0].score == pytest.approx(exact[0].score - 5.0)


def test_type_filter_by_class_name_label_and_superclass(index: LabelIndex) -> None:
    assert {h.type for h in index.search("psykiatri", type="Committee")} == {"Committee"}
    assert [h.id for h in index.search("psykiatri", type="beredning")] == [
        h.id for h in index.search("psykiatri", type="Committee")]
    organs = index.search("psyk", type="organ")
    assert {h.type for h in organs} <= {"Committee", "Administration", "Board", "ManagementGroup", "Organ"}
    assert "organ/omrade-psykiatri" in {h.id for h in organs}
    assert [h.id for h in index.search("omhändertagande", type="projekt")] == ["project/smo"]
    assert all(h.type == "Assignment" for h in index.search("nr", type="uppdrag"))
    assert index.search("nr", type="uppdrag")
    assert index.search("smo", type="ingen-sådan-typ") == []


def test_limit_and_empty_query(index: LabelIndex) -> None:
    assert len(index.search("beredning", limit=2)) == 2
    assert index.search("") == [] and index.search("   ") == []


def test_label_search_function_matches_index(store: ox.Store, index: LabelIndex) -> None:
    assert [h.iri for h in label_search(store, "spot")] == [h.iri for h in index.search("spot")]


def test_numbered_resources_get_synthetic_labels(index: LabelIndex) -> None:
    hits = index.search("effektmål 9")
    assert hits[0].id == "effect-goal/2023/9"
    assert index.search("nr 11 (2025)")[0].id == "assignment/2025/nr-11"


def test_resolve_entity(store: ox.Store, index: LabelIndex) -> None:
    assert resolve_entity(store, "SMO") == SMO
    assert resolve_entity(index, "project/smo") == SMO
    assert resolve_entity(store, SMO) == SMO
    assert resolve_entity(store, "Beredning för närsjukvård") == ID + "organ/beredning-for-narsjukvard"
    assert resolve_entity(store, "xyzzy qwerty") is None
    assert resolve_entity(store, ID + "project/finns-inte") is None
    assert resolve_entity(index, "samordant") is None   # fuzzy hits are only suggestions
