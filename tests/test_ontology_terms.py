"""The ontology parses and defines every term of docs/ARCHITECTURE.md with Swedish and English labels."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from graph.namespaces import SG
from ontology import ONTOLOGY_PATH, THESAURUS_PATH

ARCHITECTURE = Path(__file__).resolve().parents[1] / "docs" / "ARCHITECTURE.md"

CLASSES = ["Vision", "Perspective", "VisionStatement", "EffectGoal", "Indicator", "Assignment", "StatusReport",
           "Organ", "Board", "Committee", "ManagementGroup", "Administration", "Meeting", "AgendaItem",
           "Decision", "Activity", "Project", "Person", "Document", "Passage", "Mention"]
OBJECT_PROPERTIES = ["assignedTo", "issuedBy", "contributesTo", "partOf", "hasIndicator", "reportsOn", "status",
                     "heldBy", "discussedAt", "decidedAt", "mentions", "hasPassage", "concerns", "presenter",
                     "reportedIn", "mentionOf", "inPassage"]
DATATYPE_PROPERTIES = ["year", "number", "text", "statusText", "statusMethod", "statusConfidence", "heading", "ordinal"]


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


def test_architecture_terms_are_defined(onto: Graph) -> None:
    """Every sg: term named in ARCHITECTURE.md's ontology section is defined in the ontology with Swedish and
    English labels, and the core lists above are all named there."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    section = text.split("### Ontology terms", 1)[1].split("### Provenance", 1)[0]
    named = set(re.findall(r"`sg:(\w+)`", section))
    assert set(CLASSES + OBJECT_PROPERTIES + DATATYPE_PROPERTIES) <= named
    thesaurus = Graph().parse(THESAURUS_PATH, format="turtle")
    for name in sorted(named):
        if name.endswith("Scheme"):  # concept schemes are the thesaurus's
            assert (SG[name], RDF.type, SKOS.ConceptScheme) in thesaurus, f"sg:{name} is no concept scheme"
            continue
        assert (SG[name], RDF.type, None) in onto, f"sg:{name} is named in ARCHITECTURE.md but not defined"
        _assert_sv_en(onto, SG[name])


@pytest.mark.parametrize("name", CLASSES)
def test_class_defined_with_labels(onto: Graph, name: str) -> None:
    term = SG[name]
    assert (term, RDF.type, OWL.Class) in onto
    _assert_sv_en(onto, term)


@pytest.mark.parametrize("name", OBJECT_PROPERTIES)
def test_object_property_defined(onto: Graph, name: str) -> None:
    assert (SG[name], RDF.type, OWL.ObjectProperty) in onto
    _assert_sv_en(onto, SG[name])


@pytest.mark.parametrize("name", DATATYPE_PROPERTIES)
def test_datatype_property_defined(onto: Graph, name: str) -> None:
    assert (SG[name], RDF.type, OWL.DatatypeProperty) in onto
    _assert_sv_en(onto, SG[name])


def _assert_sv_en(g: Graph, term: URIRef) -> None:
    for prop in (RDFS.label, SKOS.definition):
        langs = {o.language for o in g.objects(term, prop)}  # type: ignore[attr-defined]
        assert {"sv", "en"} <= langs, f"{term} lacks {prop} in sv/en"


def test_organ_hierarchy_reuses_org(onto: Graph) -> None:
    org = URIRef("http://www.w3.org/ns/org#Organization")
    assert (SG.Organ, RDFS.subClassOf, org) in onto
    for sub in ("Board", "Committee", "ManagementGroup", "Administration"):
        assert (SG[sub], RDFS.subClassOf, SG.Organ) in onto
    assert (SG.Passage, RDFS.subClassOf, URIRef("http://www.w3.org/ns/oa#SpecificResource")) in onto


def test_ontology_metadata(onto: Graph) -> None:
    ont = URIRef(str(SG))
    assert (ont, RDF.type, OWL.Ontology) in onto
    assert onto.value(ont, OWL.versionInfo) is not None
    assert onto.value(ont, URIRef("http://purl.org/dc/terms/title")) is not None
