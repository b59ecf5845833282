"""One primary type per resource, wherever it is shown, and class labels from the ontology.

Over the seed graph (every resource with an rdf:type): the entity summary and card (graph/entities.py), the
label index behind the autocomplete (graph/labels.py), the search side (the entity info stored in the
index for chips, and query linking: search/index.py, search/linking.py), the document API and the web
pages' chips and cards agree with `graph.terms.resource_type`, and every label shown is the ontology file's
rdfs:label@sv of that class.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDFS, Graph, Literal, URIRef

import graph.terms as terms_module
from api.pages._common import entity_view, type_key, type_label
from api.pages.document import passage_entities as page_chips
from api.pages.entity import entity_context
from api.pages.views import card_view, entity_ref_view
from api.routes.documents import passage_entities as api_passage_entities
from corpus.bundled import load_bundled
from graph.build import build_dataset
from graph.entities import entity_card, entity_summary
from graph.labels import LabelIndex
from graph.namespaces import ID, ONTOLOGY_GRAPH, SG, local_name
from graph.store import select, write_store
from graph.terms import TYPE_PRIORITY, ontology_terms, primary_type, resource_type
from graph.thesaurus import Thesaurus
from ontology import ONTOLOGY_PATH
from search.index import concept_info
from search.linking import QueryLinker

#: typed resources; the ontology's own terms (owl:Class, owl:ObjectProperty, ...) are shown on /ontologi instead
_TYPED = f"""SELECT DISTINCT ?s ?t WHERE {{
  GRAPH ?g {{ ?s a ?t }} FILTER(isIRI(?s) && isIRI(?t) && ?g != <{ONTOLOGY_GRAPH}>)
}}"""


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, thesaurus: Thesaurus) -> ox.Store:
    return write_store(tmp_path_factory.mktemp("types-store") / "store", build_dataset(load_bundled(), thesaurus))


@pytest.fixture(scope="module")
def typed(store: ox.Store) -> dict[str, list[str]]:
    """Resource IRI → its rdf:type IRIs (all named graphs)."""
    out: dict[str, list[str]] = defaultdict(list)
    for row in select(store, _TYPED):
        out[str(row["s"])].append(str(row["t"]))
    return dict(out)


@pytest.fixture(scope="module")
def sv_labels() -> dict[str, str]:
    """Class local name → rdfs:label@sv, read from the ontology file here (not through graph.terms)."""
    g = Graph().parse(ONTOLOGY_PATH, format="turtle")
    return {local_name(str(s)): str(o) for s, o in g.subject_objects(RDFS.label)
            if isinstance(s, URIRef) and isinstance(o, Literal) and o.language == "sv"
            and local_name(str(s))[:1].isupper()}


def test_the_seed_graph_has_resources_of_every_kind(typed: dict[str, list[str]]) -> None:
    shown = {resource_type(iri, ts) for iri, ts in typed.items()}
    assert {"Assignment", "EffectGoal", "Board", "Committee", "Project", "Meeting", "Passage", "Concept",
            "ConceptScheme", "ChangeEvent"} <= shown


def test_graph_views_agree(store: ox.Store, typed: dict[str, list[str]], sv_labels: dict[str, str]) -> None:
    index = LabelIndex.from_store(store)
    for iri, types in typed.items():
        expected = resource_type(iri, types)
        assert expected is not None
        summary = entity_summary(store, iri)
        assert summary["type"] == expected, iri
        assert summary["type_label"] == sv_labels[expected], iri
        entity = index.entities.get(iri)
        if entity is not None:   # the label index leaves out passages, mentions and unlabelled resources
            assert (entity.type, entity.type_label) == (expected, sv_labels[expected]), iri


def test_cards_agree(store: ox.Store, typed: dict[str, list[str]], sv_labels: dict[str, str]) -> None:
    """One card per combination of types (cards are slow to build for all ~1100 resources)."""
    sample = {(frozenset(local_name(t) for t in ts), iri.removeprefix(str(ID)).split("/")[0]): iri
              for iri, ts in sorted(typed.items())}
    for iri in sample.values():
        expected = resource_type(iri, typed[iri])
        card = entity_card(store, iri)
        assert card is not None and card.type == expected, iri
        assert card.types[0].name == expected and card.types[0].label == sv_labels[expected], iri
        for ref in card.types:
            assert ref.label == sv_labels.get(ref.name, ref.name), (iri, ref.name)
        for rel in [*card.relations_out, *card.relations_in]:
            assert rel.type == resource_type(rel.iri, typed.get(rel.iri, ())), (iri, rel.iri)
        web = entity_context(card)
        assert (web["type_key"], web["type_label"]) == (expected.lower(), sv_labels[expected]), iri
        compact = card_view(card)
        assert compact is not None and compact["type_label"] == sv_labels[expected], iri


def test_search_side_agrees(thesaurus: Thesaurus, typed: dict[str, list[str]]) -> None:
    linker = QueryLinker(thesaurus)
    linked_some = 0
    for iri, concept in thesaurus.concepts.items():
        expected = resource_type(iri, typed.get(iri, concept.types))
        assert concept_info(thesaurus, iri)["type"] == expected, iri        # stored in the index, shown as chips
        for e in linker.link(concept.pref_label):
            if e.iri == iri:
                assert e.type == expected, iri
                linked_some += 1
    assert linked_some > 50


def test_web_chips_and_document_api_agree(store: ox.Store, typed: dict[str, list[str]],
                                          sv_labels: dict[str, str]) -> None:
    for iri, types in typed.items():
        expected = resource_type(iri, types)
        assert expected is not None
        chip = entity_ref_view({"iri": iri, "types": types})
        assert (chip["type_key"], chip["type_label"]) == (expected.lower(), sv_labels[expected]), iri
    seen = 0
    for doc in load_bundled():
        for chips in page_chips(store, doc.id).values():
            for chip in chips:
                expected = resource_type(chip["iri"], typed.get(chip["iri"], ()))
                assert chip["type_key"] == type_key(expected) and chip["type_label"] == type_label(expected)
                seen += 1
        for ents in api_passage_entities(store, doc.id).values():
            for e in ents:
                assert e.type == resource_type(e.iri, typed.get(e.iri, ())), e.iri
    assert seen > 100


def test_every_ontology_class_has_a_place_in_the_priority(sv_labels: dict[str, str]) -> None:
    sg_classes = {name for name, iri in ontology_terms().classes.items() if iri.startswith(str(SG))}
    assert sg_classes <= set(TYPE_PRIORITY)
    assert set(TYPE_PRIORITY) <= set(sv_labels)        # and every class that can be primary has a Swedish label


def test_primary_type_rules() -> None:
    assert primary_type([]) is None
    assert primary_type(["http://www.w3.org/2004/02/skos/core#Concept", str(SG["Committee"])]) == "Committee"
    assert primary_type(["Activity", "Assignment"]) == "Assignment"
    assert primary_type(["Organ", "Board", "Organization"]) == "Board"
    assert primary_type(["Hospital", "FormalOrganization"]) == "FormalOrganization"   # unknown: alphabetical
    assert primary_type(["Hospital", "Concept"]) == "Concept"                          # known before unknown
    # the IRI's path counts as a type: a thesaurus organ typed only org:Organization is an Organ
    assert resource_type(str(ID["organ/x"]), ["http://www.w3.org/ns/org#Organization"]) == "Organ"
    assert resource_type("https://example.org/x", []) is None


def test_local_name_edges() -> None:
    assert local_name("https://w3id.org/styrgraf/def/Project") == "Project"
    assert local_name("http://www.w3.org/2004/02/skos/core#Concept") == "Concept"
    assert local_name("http://www.w3.org/2004/02/skos/core#") == "core"
    assert local_name("https://example.org/a/b/") == "b"
    assert local_name("a/b#c") == local_name("a#b/c") == "c"
    assert local_name("Project") == "Project" and local_name("") == ""


# -- labels follow the ontology file -----------------------------------------------------------------

@pytest.fixture()
def renamed_committee(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The ontology with sg:Committee relabelled, as the code's one source of class labels."""
    text = ONTOLOGY_PATH.read_text(encoding="utf-8")
    assert text.count('"Beredning"@sv') == 1
    path = tmp_path / "styrgraf.ttl"
    path.write_text(text.replace('"Beredning"@sv', '"Politisk beredning"@sv'), encoding="utf-8")
    monkeypatch.setattr(terms_module, "ONTOLOGY_PATH", path)
    ontology_terms.cache_clear()
    yield "Politisk beredning"
    ontology_terms.cache_clear()


def test_changing_the_ontology_label_changes_every_view(store: ox.Store, typed: dict[str, list[str]],
                                                        renamed_committee: str) -> None:
    committee = next(iri for iri, ts in sorted(typed.items()) if resource_type(iri, ts) == "Committee")
    assert entity_summary(store, committee)["type_label"] == renamed_committee
    card = entity_card(store, committee)
    assert card is not None and card.types[0].label == renamed_committee
    assert LabelIndex.from_store(store).entities[committee].type_label == renamed_committee
    assert entity_view(committee, None, "Committee")["type_label"] == renamed_committee
    assert type_label(str(SG["Committee"])) == renamed_committee
    assert LabelIndex.from_store(store).resolve_type("politisk beredning") == {"Committee"}
