"""The JSON API, error shapes, linked data and `styrgraf serve --get`, through the real app on a real build."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture(scope="module")
def client(built_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(built_settings, reload_check_s=0), follow_redirects=False) as c:
        yield c


def assert_error(r, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "title", "detail"}
    assert body["error"]["status"] == status
    assert body["error"]["title"] and body["error"]["detail"]
    return body["error"]


# -- service and errors ---------------------------------------------------------------------------


def test_status(client: TestClient, built_generation) -> None:  # type: ignore[no-untyped-def]
    s = client.get("/api/status").json()
    assert s["generation"] == built_generation.id
    assert s["documents"] >= 5 and s["passages"] > 0 and s["search"] is True
    assert len(s["sparql_workers"]) >= 2


def test_unknown_route_and_method_are_json_errors(client: TestClient) -> None:
    assert_error(client.get("/api/nope"), 404)
    assert_error(client.delete("/api/documents"), 405)


def test_validation_errors_have_the_json_shape(client: TestClient) -> None:
    err = assert_error(client.get("/api/search", params={"q": "x", "k": "many"}), 422)
    assert "k" in err["detail"]
    assert_error(client.get("/api/search"), 422)  # q missing
    assert_error(client.get("/api/search", params={"q": "x", "mode": "magic"}), 422)


def test_browsers_get_html_errors_outside_the_api(client: TestClient) -> None:
    r = client.get("/id/project/does-not-exist", headers={"Accept": BROWSER})
    assert r.status_code == 404
    if r.headers["content-type"].startswith("text/html"):  # the web pages' error hook is installed
        assert "<html" in r.text.lower()
    # the API itself always answers JSON
    assert_error(client.get("/api/documents/nope", headers={"Accept": BROWSER}), 404)


def test_openapi_documents_every_route(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for p in ("/api/search", "/api/entities", "/api/entities/{id}", "/api/documents", "/api/documents/{id}",
              "/api/dependencies", "/sparql", "/id/{path}", "/def", "/def/{term}", "/api/status"):
        assert p in paths, p
        for op in paths[p].values():
            assert op.get("summary") and op.get("tags"), p
    assert spec["paths"]["/api/search"]["get"]["responses"]["200"]["content"]["application/json"]["example"]
    assert {t["name"] for t in spec["tags"]} >= {"sök", "sparql", "entiteter", "dokument"}


# -- search ---------------------------------------------------------------------------------------


def test_search_shape(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "SMO-piloten", "k": 5})
    assert r.status_code == 200, r.text
    body = r.json()
    assert {"query", "results", "entities", "timeline"} <= set(body)
    assert body["query"] == "SMO-piloten"
    assert 0 < len(body["results"]) <= 5
    hit = body["results"][0]
    assert {"passage_id", "text", "highlight", "score", "document", "entities"} <= set(hit)
    assert {"id", "title", "type", "date"} <= set(hit["document"])
    for e in hit["entities"]:
        assert {"iri", "label", "type"} <= set(e)
    for ev in body["timeline"]:
        assert {"date", "kind", "label", "passage_id", "iri"} <= set(ev)
    scores = [h["score"] for h in body["results"]]
    assert scores == sorted(scores, reverse=True)


def test_search_filters_and_modes(client: TestClient) -> None:
    docs = client.get("/api/documents").json()
    year = next(d["year"] for d in docs if d["year"])
    r = client.get("/api/search", params={"q": "uppdrag", "year": year, "mode": "bm25"})
    assert r.status_code == 200
    assert r.json()["results"]
    for mode in ("dense", "hybrid"):
        assert client.get("/api/search", params={"q": "uppdrag", "mode": mode}).status_code == 200
    assert_error(client.get("/api/search", params={"q": "x", "year_from": 2025, "year_to": 2020}), 400)
    assert_error(client.get("/api/search", params={"q": "x", "year": 2025, "year_from": 2020}), 400)


# -- entities -------------------------------------------------------------------------------------


def test_entity_label_search_prefix_and_fuzzy(client: TestClient) -> None:
    hits = client.get("/api/entities", params={"q": "smo"}).json()
    assert hits and hits[0]["id"] == "project/smo"
    hits = client.get("/api/entities", params={"q": "Beredning för psyk"}).json()
    assert any(h["id"].startswith("organ/") for h in hits)
    fuzzy = client.get("/api/entities", params={"q": "psykaitri"}).json()  # misspelt
    assert fuzzy
    assert_error(client.get("/api/entities"), 422)


def test_entity_card(client: TestClient) -> None:
    card = client.get("/api/entities/project/smo").json()
    assert card["iri"] == "https://w3id.org/styrgraf/id/project/smo"
    assert card["type"] == "Project" and card["label"]
    assert card["mentioned_in"], "SMO is mentioned in the corpus"
    assert {"relations_in", "relations_out", "timeline"} <= set(card)
    assert_error(client.get("/api/entities/project/no-such-thing"), 404)


# -- documents ------------------------------------------------------------------------------------


def test_documents(client: TestClient, built_generation) -> None:  # type: ignore[no-untyped-def]
    docs = client.get("/api/documents").json()
    assert {d["id"] for d in docs} == {d.id for d in built_generation.documents()}
    one = docs[0]
    assert client.get("/api/documents", params={"type": one["type"]}).json()
    d = client.get(f"/api/documents/{one['id']}").json()
    assert d["title"] == one["title"] and d["text"]
    assert len(d["passages"]) == one["passages"]
    for p in d["passages"]:
        assert d["text"][p["start"]:p["end"]] == p["text"]
        assert p["anchor"].startswith("passage-")
        assert p["iri"].endswith("/passage/" + p["id"])
    all_entities = [e for p in d["passages"] for e in p["entities"]]
    assert all_entities, "passages mention entities"
    for e in all_entities:
        assert e["iri"].startswith("https://") and e["label"]
    assert_error(client.get("/api/documents/no-such-document"), 404)


# -- dependencies ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt,ctype,marker", [("graphml", "application/graphml+xml", "<graphml"),
                                              ("gexf", "application/gexf+xml", "<gexf")])
def test_dependencies_exports(client: TestClient, fmt: str, ctype: str, marker: str) -> None:
    r = client.get("/api/dependencies", params={"format": fmt})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(ctype)
    assert marker in r.text


def test_dependencies_json(client: TestClient) -> None:
    r = client.get("/api/dependencies", params={"year": 2025})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["nodes"] and "edges" in body
    assert_error(client.get("/api/dependencies", params={"format": "pdf"}), 422)


# -- linked data ----------------------------------------------------------------------------------


def test_id_conneg(client: TestClient) -> None:
    import rdflib

    iri = rdflib.URIRef("https://w3id.org/styrgraf/id/project/smo")
    r = client.get("/id/project/smo", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    assert (iri, None, None) in g and (None, None, iri) in g  # outgoing and incoming
    r = client.get("/id/project/smo", headers={"Accept": "application/n-triples"})
    assert r.headers["content-type"].startswith("application/n-triples")
    assert len(rdflib.Graph().parse(data=r.text, format="nt")) == len(g)
    r = client.get("/id/project/smo", headers={"Accept": "application/ld+json"})
    assert r.headers["content-type"].startswith("application/ld+json")
    assert len(rdflib.Graph().parse(data=r.text, format="json-ld")) == len(g)
    r = client.get("/id/project/smo")  # curl-style */*
    assert r.headers["content-type"].startswith("text/turtle")
    r = client.get("/id/project/smo", headers={"Accept": BROWSER})
    assert r.status_code == 303 and r.headers["location"].endswith("/entity/project/smo")
    assert client.get("/id/project/smo", params={"format": "jsonld"}).headers["content-type"].startswith(
        "application/ld+json")
    assert_error(client.get("/id/project/no-such-thing", headers={"Accept": "text/turtle"}), 404)
    assert_error(client.get("/id/project/smo", headers={"Accept": "image/png"}), 406)


def test_passage_iris_resolve_with_provenance(client: TestClient, built_generation) -> None:  # type: ignore[no-untyped-def]
    import rdflib

    p = built_generation.documents()[0].passages[0]
    r = client.get(f"/id/passage/{p.id}", headers={"Accept": "text/turtle"})
    assert r.status_code == 200, r.text
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    oa = rdflib.Namespace("http://www.w3.org/ns/oa#")
    assert list(g.objects(None, oa.start)), "selectors (blank nodes) are part of the description"


def test_def_conneg(client: TestClient) -> None:
    import rdflib

    r = client.get("/def", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    sg = rdflib.Namespace("https://w3id.org/styrgraf/def/")
    assert (sg.Assignment, None, None) in g
    r = client.get("/def/Assignment", headers={"Accept": "application/ld+json"})
    assert r.status_code == 200
    assert (sg.Assignment, None, None) in rdflib.Graph().parse(data=r.text, format="json-ld")
    r = client.get("/def/assignedTo", headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and "assignedTo" in r.text
    r = client.get("/def/Assignment", headers={"Accept": BROWSER})
    assert r.status_code in (200, 303)
    assert_error(client.get("/def/NoSuchTerm", headers={"Accept": "text/turtle"}), 404)


# -- generations ----------------------------------------------------------------------------------


def test_new_generation_is_picked_up(built_settings: Settings, built_generation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A new generation swapped in by another process is served on the next request; the old one kept
    serving until then."""
    from api.workspace import Workspace

    ws = Workspace(tmp_path)
    ws.generations_dir.mkdir(parents=True)
    first = ws.generations_dir / "g1"
    shutil.copytree(built_generation.path, first)
    ws._point_current_at(first)
    settings = built_settings.model_copy(update={"data_dir": tmp_path})
    with TestClient(create_app(settings, reload_check_s=0)) as c:
        assert c.get("/api/status").json()["generation"] == "g1"
        assert c.get("/sparql", params={"query": "ASK { ?s a sg:Passage }"}).json()["boolean"] is True
        second = ws.generations_dir / "g2"
        shutil.copytree(built_generation.path, second)
        ws._point_current_at(second)
        s = c.get("/api/status").json()
        assert s["generation"] == "g2" and s["reloads"] == 2
        r = c.get("/sparql", params={"query": "ASK { ?s a sg:Passage }"})
        assert r.headers["styrgraf-generation"] == "g2" and r.json()["boolean"] is True
        # a broken generation is not served: the last good one keeps serving
        broken = ws.generations_dir / "g3"
        broken.mkdir()
        (broken / "meta.json").write_text("{}")
        ws._point_current_at(broken)
        assert c.get("/api/status").json()["generation"] == "g2"
        assert c.get("/api/documents").status_code == 200


def test_not_built_is_503(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(data_dir=tmp_path), reload_check_s=0)) as c:
        assert_error(c.get("/api/documents"), 503)
        assert_error(c.get("/sparql", params={"query": "ASK {}"}), 503)
        assert c.get("/api/status").json()["generation"] is None


# -- CLI ------------------------------------------------------------------------------------------


def test_serve_get(built_settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    from styrgraf.cli import main

    assert os.environ.get("STYRGRAF_DATA_DIR") == str(built_settings.data_dir)
    assert main(["serve", "--get", "/api/entities?q=smo&limit=1"]) == 0
    assert '"project/smo"' in capsys.readouterr().out
    assert main(["serve", "--get", "/api/documents/no-such-document"]) == 1
    assert '"status":404' in capsys.readouterr().out
    assert main(["serve", "--get", "/sparql?query=ASK%20%7B%20%3Fs%20a%20sg%3APassage%20%7D"]) == 0
    assert '"boolean": true' in capsys.readouterr().out
