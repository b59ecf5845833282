"""The SPARQL 1.1 Protocol endpoint through the real app on a real build: protocol variants, result formats,
read-only refusal, SERVICE/FROM refusal, row cap, timeout kill while other queries are served, search
functions."""

from __future__ import annotations

import csv
import io
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings

COUNT_PASSAGES = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a sg:Passage }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def client(built_settings: Settings) -> Iterator[TestClient]:
    settings = built_settings.model_copy(update={"sparql_timeout_s": 1.0, "sparql_max_rows": 25})
    with TestClient(create_app(settings, reload_check_s=0), follow_redirects=False) as c:
        yield c


def n_passages(built_generation) -> int:  # type: ignore[no-untyped-def]
    return sum(len(d.passages) for d in built_generation.documents())


def error(r, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "title", "detail"}
    assert body["error"]["status"] == status
    return body["error"]


# -- the three protocol variants ------------------------------------------------------------------


def test_get_post_form_and_post_direct_agree(client: TestClient, built_generation) -> None:  # type: ignore[no-untyped-def]
    expected = str(n_passages(built_generation))
    r1 = client.get("/sparql", params={"query": COUNT_PASSAGES})
    r2 = client.post("/sparql", data={"query": COUNT_PASSAGES})
    r3 = client.post("/sparql", content=COUNT_PASSAGES.encode(), headers={"Content-Type": "application/sparql-query"})
    for r in (r1, r2, r3):
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith("application/sparql-results+json")
        assert r.json()["results"]["bindings"][0]["n"]["value"] == expected


def test_missing_query_and_bad_content_type(client: TestClient) -> None:
    error(client.get("/sparql"), 400)
    error(client.post("/sparql", content=b"x", headers={"Content-Type": "text/plain"}), 415)
    err = error(client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p "}), 400)
    assert "syntax" in err["detail"]


# -- formats --------------------------------------------------------------------------------------

SELECT_LABELS = "SELECT ?c ?label WHERE { ?c a sg:Project ; skos:prefLabel ?label } ORDER BY ?c LIMIT 3"


def test_select_json(client: TestClient) -> None:
    body = client.get("/sparql", params={"query": SELECT_LABELS}).json()
    assert body["head"]["vars"] == ["c", "label"]
    b = body["results"]["bindings"][0]
    assert b["c"]["type"] == "uri" and b["label"]["type"] == "literal" and b["label"]["xml:lang"] == "sv"


def test_select_xml(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": SELECT_LABELS}, headers={"Accept": "application/sparql-results+xml"})
    assert r.headers["content-type"].startswith("application/sparql-results+xml")
    root = ET.fromstring(r.content)
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert [v.get("name") for v in root.iter(f"{ns}variable")] == ["c", "label"]
    assert len(list(root.iter(f"{ns}result"))) == 3


def test_select_csv_and_tsv(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": SELECT_LABELS}, headers={"Accept": "text/csv"})
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == ["c", "label"] and len(rows) == 4 and rows[1][0].startswith("https://")
    r = client.get("/sparql", params={"query": SELECT_LABELS}, headers={"Accept": "text/tab-separated-values"})
    assert r.headers["content-type"].startswith("text/tab-separated-values")
    lines = r.text.strip().split("\n")
    assert lines[0] == "?c\t?label" and lines[1].startswith("<https://") and "@sv" in lines[1]
    # ?format= overrides Accept
    r = client.get("/sparql", params={"query": SELECT_LABELS, "format": "csv"}, headers={"Accept": "application/json"})
    assert r.headers["content-type"].startswith("text/csv")


def test_ask(client: TestClient) -> None:
    assert client.get("/sparql", params={"query": "ASK { ?s a sg:Passage }"}).json() == {"head": {}, "boolean": True}
    r = client.get("/sparql", params={"query": "ASK { ?s a sg:NoSuchClass }"},
                   headers={"Accept": "application/sparql-results+xml"})
    assert "<boolean>false</boolean>" in r.text


CONSTRUCT = "CONSTRUCT { ?c skos:prefLabel ?l } WHERE { ?c a sg:Project ; skos:prefLabel ?l }"


def test_construct_formats(client: TestClient) -> None:
    import rdflib

    r = client.get("/sparql", params={"query": CONSTRUCT})
    assert r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    assert len(g) > 0
    r = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": "application/n-triples"})
    assert r.headers["content-type"].startswith("application/n-triples")
    assert len(rdflib.Graph().parse(data=r.text, format="nt")) == len(g)
    r = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": "application/ld+json"})
    assert r.headers["content-type"].startswith("application/ld+json")
    assert "@context" in r.json()
    assert len(rdflib.Graph().parse(data=r.text, format="json-ld")) == len(g)
    error(client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": "text/csv"}), 406)


def test_describe(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": "DESCRIBE <https://w3id.org/styrgraf/id/project/smo>"})
    assert r.status_code == 200 and "smo" in r.text


# -- prefixes and dataset -------------------------------------------------------------------------


def test_standard_prefixes_and_own_declarations(client: TestClient) -> None:
    q = "SELECT ?s WHERE { ?s a sg:Project ; dcterms:x|skos:prefLabel ?l . FILTER(isIRI(?s)) } LIMIT 1"
    assert client.get("/sparql", params={"query": q}).json()["results"]["bindings"]
    # a query's own declaration of a standard prefix wins
    q = "PREFIX sg: <http://example.org/other#> ASK { ?s a sg:Project }"
    assert client.get("/sparql", params={"query": q}).json()["boolean"] is False


def test_default_graph_is_union_and_dataset_params(client: TestClient, built_generation) -> None:  # type: ignore[no-untyped-def]
    graphs = client.get("/sparql/graphs").json()
    iris = {g["iri"] for g in graphs}
    doc = built_generation.documents()[0]
    doc_graph = f"https://w3id.org/styrgraf/graph/document/{doc.id}"
    assert doc_graph in iris and "https://w3id.org/styrgraf/graph/ontology" in iris
    count = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a sg:Passage }"
    r = client.get("/sparql", params={"query": count, "default-graph-uri": doc_graph})
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == len(doc.passages)
    q = f"SELECT (COUNT(?p) AS ?n) FROM <{doc_graph}> WHERE {{ ?p a sg:Passage }}"
    assert int(client.get("/sparql", params={"query": q}).json()["results"]["bindings"][0]["n"]["value"]) == \
        len(doc.passages)
    q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?p a sg:Passage } }"
    r = client.get("/sparql", params={"query": q, "named-graph-uri": doc_graph})
    assert [b["g"]["value"] for b in r.json()["results"]["bindings"]] == [doc_graph]


def test_non_local_graphs_refused(client: TestClient) -> None:
    error(client.get("/sparql", params={"query": "SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }"}), 403)
    error(client.get("/sparql", params={"query": "SELECT * FROM NAMED <http://evil.example/> WHERE { ?s ?p ?o }"}),
          403)
    error(client.get("/sparql", params={"query": "ASK {}", "default-graph-uri": "http://example.org/g"}), 403)
    error(client.post("/sparql", data={"query": "ASK {}", "named-graph-uri": "file:///etc/passwd"}), 403)


# -- read-only, no SERVICE ------------------------------------------------------------------------


@pytest.mark.parametrize("update", [
    "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL",
    "DROP GRAPH <https://w3id.org/styrgraf/graph/ontology>",
    "CREATE GRAPH <http://x/g>",
    "WITH <http://x/g> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
])
def test_updates_refused(client: TestClient, update: str) -> None:
    for r in (client.get("/sparql", params={"query": update}),
              client.post("/sparql", data={"query": update}),
              client.post("/sparql", data={"update": update}),
              client.post("/sparql", content=update.encode(), headers={"Content-Type": "application/sparql-update"})):
        err = error(r, 403)
        assert "skrivskydd" in err["title"] + err["detail"]
    # nothing changed
    assert client.get("/sparql", params={"query": "ASK { GRAPH <https://w3id.org/styrgraf/graph/ontology> "
                                                   "{ ?s ?p ?o } }"}).json()["boolean"] is True


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://dbpedia.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?x a sg:Project OPTIONAL { SERVICE SILENT <http://localhost:8000/sparql> { ?x ?p ?o } } }",
    "SELECT * WHERE { VALUES ?e { <http://example.org/sparql> } SERVICE ?e { ?s ?p ?o } }",
    "ASK { { SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } } } }",
])
def test_service_refused_before_evaluation(client: TestClient, query: str) -> None:
    err = error(client.get("/sparql", params={"query": query}), 403)
    assert "SERVICE" in err["detail"]


# -- limits ---------------------------------------------------------------------------------------


def test_row_cap(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 200
    assert len(r.json()["results"]["bindings"]) == 25
    assert r.headers["styrgraf-truncated"] == "true" and r.headers["styrgraf-rows"] == "25"
    r = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
                   headers={"Accept": "application/n-triples"})
    assert len(r.text.strip().split("\n")) == 25 and r.headers["styrgraf-truncated"] == "true"
    r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"})
    assert "styrgraf-truncated" not in r.headers


def test_runaway_query_is_killed_while_others_are_served(client: TestClient) -> None:
    before = client.get("/api/status").json()
    out: dict[str, object] = {}

    def runaway() -> None:
        t0 = time.monotonic()
        r = client.get("/sparql", params={"query": RUNAWAY})
        out["status"], out["body"], out["took"] = r.status_code, r.json(), time.monotonic() - t0

    t = threading.Thread(target=runaway)
    t.start()
    time.sleep(0.3)
    t0 = time.monotonic()
    r = client.get("/sparql", params={"query": "ASK { ?s a sg:Passage }"})
    simple_took = time.monotonic() - t0
    assert r.status_code == 200 and r.json()["boolean"] is True
    assert simple_took < 0.9, "a simple query is served while the runaway one runs"
    assert t.is_alive(), "the runaway query was still running when the simple one finished"
    t.join(timeout=30)
    assert out["status"] == 503
    body = out["body"]
    assert isinstance(body, dict) and body["error"]["status"] == 503
    assert float(out["took"]) < 5  # type: ignore[arg-type]
    deadline = time.monotonic() + 10
    while True:
        after = client.get("/api/status").json()
        if len(after["sparql_workers"]) == len(before["sparql_workers"]) or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert after["sparql_killed"] == before["sparql_killed"] + 1
    killed = set(before["sparql_workers"]) - set(after["sparql_workers"])
    assert len(killed) == 1, "exactly the runaway worker was replaced"
    assert len(after["sparql_workers"]) == len(before["sparql_workers"])
    # and the endpoint keeps working
    assert client.get("/sparql", params={"query": "ASK { ?s a sg:Passage }"}).json()["boolean"] is True


# -- search functions -----------------------------------------------------------------------------

RELEVANCE = """PREFIX sgf: <https://w3id.org/styrgraf/def/fn#>
SELECT ?p ?score ?doc ?year ?entity WHERE {
  ?p a sg:Passage ; dcterms:isPartOf ?doc . ?doc sg:year ?year .
  BIND(sgf:relevance(?p, "SMO-piloten") AS ?score) FILTER(?score > 0)
  ?p sg:mentions ?entity
} ORDER BY DESC(?score) LIMIT 20"""


def test_relevance_function(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": RELEVANCE})
    assert r.status_code == 200, r.text
    rows = r.json()["results"]["bindings"]
    assert rows
    scores = [float(b["score"]["value"]) for b in rows]
    assert all(s > 0 for s in scores) and scores == sorted(scores, reverse=True)
    assert any(b["entity"]["value"].endswith("/project/smo") for b in rows)


def test_semantic_and_bm25_functions(client: TestClient) -> None:
    q = """SELECT ?p ?d ?b WHERE { ?p a sg:Passage .
             BIND(sgf:semantic(?p, "psykiatri") AS ?d) BIND(sgf:bm25(?p, "psykiatri") AS ?b)
             FILTER(?d > 0 || ?b > 0) } ORDER BY DESC(?b) LIMIT 5"""  # sgf: is predeclared
    r = client.get("/sparql", params={"query": q})
    assert r.status_code == 200, r.text
    rows = r.json()["results"]["bindings"]
    assert rows and float(rows[0]["b"]["value"]) > 0
    # non-literal text argument and unknown functions are explained
    error(client.get("/sparql", params={"query": "SELECT * WHERE { ?p a sg:Passage BIND(sgf:bm25(?p, ?x) AS ?s) }"}),
          400)
    error(client.get("/sparql", params={"query": "SELECT * WHERE { BIND(sgf:nope(1, 'x') AS ?s) }"}), 400)
