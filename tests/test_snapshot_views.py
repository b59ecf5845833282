"""What is derived from a generation lives on its snapshot: a new generation gets its own label index, ontology
terms, concept schemes and map links, built on first use and never served from the previous generation."""

from __future__ import annotations

import html
from pathlib import Path

from fastapi.testclient import TestClient

from api.app import create_app
from api.resources import Resources
from api.settings import Settings
from api.workspace import Workspace
from tests.workspace_support import add_fixture_generation

HTML = {"Accept": "text/html"}

#: What the second generation adds: the projects scheme (the fixture only names it) with a new project, an
#: ontology class, and an activity of 2024 that contributes to a goal.
ADDED = """
@prefix sg: <https://w3id.org/styrgraf/def/> .
@prefix g: <https://w3id.org/styrgraf/graph/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
g:ontology { sg:Workshop a owl:Class ; rdfs:label "Arbetsmöte"@sv . }
g:thesaurus {
  <https://w3id.org/styrgraf/id/scheme/projects> a skos:ConceptScheme ; skos:prefLabel "Projekt"@sv .
  <https://w3id.org/styrgraf/id/project/nyprojekt> a skos:Concept, sg:Project ; skos:prefLabel "Nyprojektet"@sv ;
    skos:inScheme <https://w3id.org/styrgraf/id/scheme/projects> .
}
<https://w3id.org/styrgraf/graph/document/extra> {
  <https://w3id.org/styrgraf/id/activity/extra/ny> a sg:Activity ; rdfs:label "Ny aktivitet"@sv ; sg:year 2024 ;
    sg:contributesTo <https://w3id.org/styrgraf/id/effect-goal/2023/8> .
}
"""


def _concepts(resources: Resources) -> set[str]:
    return {c.iri for s in resources.current().concept_schemes() for c in s.concepts}


def test_each_generation_builds_its_own_views(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    add_fixture_generation(ws)
    resources = Resources(Settings(data_dir=tmp_path, embedder="hash"), reload_check_s=0)
    assert resources.maybe_reload(block=True)
    first = resources.current()
    labels, terms, schemes, links = first.labels(), first.ontology_catalogue(), first.concept_schemes(), \
        first.links_per_year()
    # built once, then kept with the generation
    assert first.labels() is labels and first.ontology_catalogue() is terms
    assert first.concept_schemes() is schemes and first.links_per_year() is links
    new_project = "https://w3id.org/styrgraf/id/project/nyprojekt"
    assert _concepts(resources) == set()
    assert 2024 not in links

    add_fixture_generation(ws, ADDED)
    assert resources.maybe_reload(block=True)
    second = resources.current()
    assert second.id != first.id
    assert {new_project, "https://w3id.org/styrgraf/id/project/smo"} <= _concepts(resources)
    assert "https://w3id.org/styrgraf/def/Workshop" in second.ontology_catalogue()
    assert second.links_per_year().get(2024) == 1
    assert second.labels() is not labels and second.labels().resolve("Nyprojektet") == new_project
    # the old snapshot (still held by requests in flight) keeps its own views
    assert first.concept_schemes() is schemes == []


def test_pages_show_the_new_generation(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    add_fixture_generation(ws)
    app = create_app(Settings(data_dir=tmp_path, embedder="hash"), reload_check_s=0)
    with TestClient(app) as client:
        for path in ("/begrepp", "/ontologi", "/karta"):
            assert client.get(path, headers=HTML).status_code == 200, path
        assert "Nyprojektet" not in client.get("/begrepp", headers=HTML).text
        assert "Arbetsmöte" not in client.get("/ontologi", headers=HTML).text
        add_fixture_generation(ws, ADDED)
        assert "Nyprojektet" in client.get("/begrepp", headers=HTML).text  # a request notices the new generation
        assert "Arbetsmöte" in client.get("/ontologi", headers=HTML).text
        assert '"2024": 1' in html.unescape(client.get("/karta", headers=HTML).text)  # the map's data-links
