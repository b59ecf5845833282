"""SPARQL under attack and overload, through the real app on a real build: the W3C SPARQL 1.1 Protocol query
cases, size limit before parsing (413), bad bytes and duplicate queries (400), admission control (503 +
Retry-After), concurrent heavy queries against a real uvicorn server, and the tokenizer's read-only check
(keywords hidden from it, linear time on hostile text)."""

from __future__ import annotations

import asyncio
import http.client
import threading
import time
from collections.abc import Iterator
from urllib.parse import quote, urlencode

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from api.sparql.check import ServiceFound, UpdateFound, check
from api.sparql.pool import SparqlBusy, WorkerPool
from api.sparql.query import ALL_PREFIXES, SEARCH_FUNCTIONS
from graph.namespaces import FN
from tests.server_support import uvicorn_server

HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
ASK = "ASK { ?s a sg:Passage }"
DIRECT = {"Content-Type": "application/sparql-query"}
ONTOLOGY = "https://w3id.org/styrgraf/graph/ontology"


@pytest.fixture(scope="module")
def client(built_settings: Settings) -> Iterator[TestClient]:
    settings = built_settings.model_copy(update={"sparql_timeout_s": 2.0, "sparql_max_query_bytes": 20_000})
    with TestClient(create_app(settings, reload_check_s=0), follow_redirects=False) as c:
        yield c


def error(r, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "title", "detail"}
    assert body["error"]["status"] == status
    return body["error"]


def doc_graphs(built_generation) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return [(f"https://w3id.org/styrgraf/graph/document/{d.id}", len(d.passages))
            for d in built_generation.documents()[:2]]


def count(r) -> int:  # type: ignore[no-untyped-def]
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


# -- W3C SPARQL 1.1 Protocol: query cases ---------------------------------------------------------

COUNT_P = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a sg:Passage }"


def test_w3c_query_get_post_form_post_direct(client: TestClient) -> None:
    for r in (client.get("/sparql", params={"query": ASK}), client.post("/sparql", data={"query": ASK}),
              client.post("/sparql", content=ASK.encode(), headers=DIRECT)):
        assert r.status_code == 200 and r.json()["boolean"] is True


def test_w3c_dataset_default_graph_and_graphs(client: TestClient, built_generation) -> None:  # type: ignore[no-untyped-def]
    (g1, n1), (g2, n2) = doc_graphs(built_generation)
    assert count(client.post(f"/sparql?default-graph-uri={quote(g1)}", content=COUNT_P.encode(),
                             headers=DIRECT)) == n1
    assert count(client.get("/sparql", params=[("query", COUNT_P), ("default-graph-uri", g1),
                                               ("default-graph-uri", g2)])) == n1 + n2
    assert count(client.post("/sparql", data={"query": COUNT_P, "default-graph-uri": [g1, g2]})) == n1 + n2


def test_w3c_dataset_named_graphs_and_full(client: TestClient, built_generation) -> None:  # type: ignore[no-untyped-def]
    (g1, _), (g2, _) = doc_graphs(built_generation)
    q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    for r in (client.get("/sparql", params=[("query", q), ("named-graph-uri", g1), ("named-graph-uri", g2)]),
              client.post("/sparql", data={"query": q, "named-graph-uri": [g1, g2]})):
        assert {b["g"]["value"] for b in r.json()["results"]["bindings"]} == {g1, g2}
    full = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a sg:Passage GRAPH ?g { ?x ?y ?z } }"
    r = client.get("/sparql", params=[("query", full), ("default-graph-uri", g1), ("named-graph-uri", ONTOLOGY)])
    assert r.status_code == 200


def test_w3c_multiple_dataset_protocol_wins(client: TestClient, built_generation) -> None:  # type: ignore[no-untyped-def]
    (g1, n1), (g2, _) = doc_graphs(built_generation)
    q = f"SELECT (COUNT(?p) AS ?n) FROM <{g2}> WHERE {{ ?p a sg:Passage }}"
    assert count(client.get("/sparql", params={"query": q, "default-graph-uri": g1})) == n1


@pytest.mark.parametrize(("query", "accept", "media"), [
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "application/sparql-results+xml, application/sparql-results+json;q=0.5",
     "application/sparql-results+xml"),
    ("ASK { ?s ?p ?o }", "application/sparql-results+json", "application/sparql-results+json"),
    ("DESCRIBE <https://w3id.org/styrgraf/id/project/smo>", "text/turtle", "text/turtle"),
    ("CONSTRUCT WHERE { ?s a sg:Project } ", "application/n-triples, text/turtle;q=0.5", "application/n-triples"),
])
def test_w3c_content_negotiation(client: TestClient, query: str, accept: str, media: str) -> None:
    r = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)


def test_w3c_bad_requests(client: TestClient) -> None:
    error(client.put("/sparql", params={"query": ASK}), 405)                                  # bad-query-method
    err = error(client.get(f"/sparql?query={quote(ASK)}&query={quote('ASK {}')}"), 400)      # bad-multiple-queries
    assert "en gång" in err["detail"]
    error(client.post("/sparql", content=ASK.encode(), headers={"Content-Type": "text/plain"}), 415)  # wrong type
    error(client.post("/sparql", content=f"query={quote(ASK)}".encode()), 400)            # missing form type
    error(client.post("/sparql", content=ASK.encode()), 400)                               # missing direct type
    err = error(client.post("/sparql", content=ASK.encode("utf-16"),                        # non-utf8
                            headers={"Content-Type": "application/sparql-query; charset=UTF-16"}), 400)
    assert "utf-16" in err["detail"]
    err = error(client.get("/sparql", params={"query": "ASK {"}), 400)                      # bad-query-syntax
    assert "syntax" in err["detail"] and "1:" in err["detail"]  # the engine's position, in the user's text


# -- bad input: 400 / 413, never 500 ---------------------------------------------------------------


def test_invalid_utf8_is_400(client: TestClient) -> None:
    bad = b"ASK { ?s ?p \"\xff\xfe\" }"
    error(client.post("/sparql", content=bad, headers=DIRECT), 400)
    error(client.post("/sparql", content=b"query=ASK%20%7B%7D\xff",
                      headers={"Content-Type": "application/x-www-form-urlencoded"}), 400)
    error(client.post("/sparql", content=b"query=ASK%20%7B%20%22%FF%22%20%7D",
                      headers={"Content-Type": "application/x-www-form-urlencoded"}), 400)
    error(client.get("/sparql?query=ASK%20%7B%20%22%C3%28%22%20%7D"), 400)
    # a UTF-8 charset is fine
    r = client.post("/sparql", content="ASK { ?s ?p \"vård\" }".encode(),
                    headers={"Content-Type": "application/sparql-query; charset=UTF-8"})
    assert r.status_code == 200


def test_two_queries_are_400(client: TestClient) -> None:
    error(client.post("/sparql", data={"query": [ASK, ASK]}), 400)
    error(client.post(f"/sparql?query={quote(ASK)}", data={"query": ASK}), 400)
    error(client.post(f"/sparql?query={quote(ASK)}", content=ASK.encode(), headers=DIRECT), 400)
    error(client.get("/sparql"), 400)


def test_too_large_query_is_413_before_parsing(client: TestClient) -> None:
    big = "SELECT * WHERE { ?s ?p ?o FILTER(?o IN (" + ", ".join(f'"{i}"' for i in range(10_000)) + ")) }"
    t0 = time.monotonic()
    for r in (client.post("/sparql", content=big.encode(), headers=DIRECT),
              client.post("/sparql", data={"query": big})):
        err = error(r, 413)
        assert "sparql_max_query_bytes" in err["detail"] and "20000" in err["detail"]
    error(client.post("/sparql", content=b"x" * 5_000_000, headers=DIRECT), 413)  # (or the service's body limit)
    assert time.monotonic() - t0 < 5
    # just under the limit: answered (or stopped by the timeout), never parsed outside the worker
    fits = "SELECT * WHERE { ?s ?p ?o FILTER(?o IN (" + ", ".join(f'"{i}"' for i in range(2_500)) + ")) } LIMIT 1"
    assert len(fits) < 20_000
    r = client.post("/sparql", content=fits.encode(), headers=DIRECT)
    assert r.status_code in (200, 503), r.text


# -- admission control and concurrency -------------------------------------------------------------


def test_pool_busy_is_fast_503(built_generation) -> None:  # type: ignore[no-untyped-def]
    pool = WorkerPool(1)
    task = {"store_dir": str(built_generation.store_dir), "query": HEAVY, "has_dataset": False,
            "default_graphs": [], "named_graphs": [], "scores": {}, "max_rows": 10, "solutions_format": "json",
            "graph_format": "turtle", "query_prefixes": ALL_PREFIXES}

    async def scenario() -> tuple[object, float]:
        slow = asyncio.create_task(pool.run(task, 3.0))  # type: ignore[arg-type]
        await asyncio.sleep(0.2)
        t0 = time.monotonic()
        with pytest.raises(SparqlBusy):
            await pool.run({**task, "query": "ASK {}"}, 3.0)  # type: ignore[arg-type]
        took = time.monotonic() - t0
        return await asyncio.gather(slow, return_exceptions=True), took

    try:
        (slow_result,), took = asyncio.run(scenario())  # type: ignore[misc]
    finally:
        pool.close()
    assert took < 0.5, "refused within the short busy wait, not after the timeout"
    assert type(slow_result).__name__ == "QueryTimeout"


def test_busy_endpoint_answers_503_with_retry_after(built_settings: Settings) -> None:
    settings = built_settings.model_copy(update={"sparql_timeout_s": 3.0, "retry_after_s": 7})
    with TestClient(create_app(settings, reload_check_s=0)) as c:
        resources = c.app.state.resources  # type: ignore[attr-defined]
        resources.sparql.close()
        resources.sparql = WorkerPool(1)
        t = threading.Thread(target=lambda: c.get("/sparql", params={"query": HEAVY}))
        t.start()
        time.sleep(0.5)
        t0 = time.monotonic()
        r = c.get("/sparql", params={"query": ASK})
        assert time.monotonic() - t0 < 1.0
        err = error(r, 503)
        assert r.headers["retry-after"] == "7" and "upptagna" in err["detail"]
        t.join(timeout=30)


@pytest.fixture(scope="module")
def server(built_settings: Settings) -> Iterator[int]:
    """A real uvicorn server on loopback (the event loop and the workers as in production)."""
    settings = built_settings.model_copy(update={"sparql_timeout_s": 1.5})
    with uvicorn_server(create_app(settings, reload_check_s=0), start_timeout_s=60) as port:
        yield port


def _get(port: int, query: str) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", "/sparql?" + urlencode({"query": query}))
    r = conn.getresponse()
    r.read()
    return r.status


def _wait_until_answered(port: int, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while _get(port, ASK) != 200:
        assert time.monotonic() < deadline, "a normal query answers again after the flood"
        time.sleep(0.2)


def _fire(port: int, batch: list[str]) -> list[int]:
    statuses: list[int] = []
    threads = [threading.Thread(target=lambda q=q: statuses.append(_get(port, q))) for q in batch]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return statuses


def test_concurrent_heavy_queries_never_500_and_service_recovers(server: int) -> None:
    statuses = _fire(server, [HEAVY] * 6)  # every worker runs past the timeout and is killed; the rest are shed
    assert len(statuses) == 6 and set(statuses) <= {200, 503}, statuses
    _wait_until_answered(server)
    # concurrent COUNT queries (once 500 from a shared parser): each answers or is shed, and some answer
    counts = ["SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "SELECT (COUNT(?p) AS ?n) WHERE { ?p a sg:Passage }"]
    statuses = _fire(server, counts * 3)
    assert len(statuses) == 6 and set(statuses) <= {200, 503} and 200 in statuses, statuses
    _wait_until_answered(server)


# -- the read-only check ---------------------------------------------------------------------------


def _check(q: str):  # type: ignore[no-untyped-def]
    return check(q, ALL_PREFIXES, str(FN), set(SEARCH_FUNCTIONS))


@pytest.mark.parametrize("query", [
    "ASK { ?s ?p trueSERVICE <http://127.0.0.1:1/> { ?a ?b ?c } }",
    "SELECT * WHERE { SERVICESILENT<http://127.0.0.1:1/>{ ?a ?b ?c } }",
    "SELECT * WHERE { ?s ?p ex:a\\# . SERVICE <http://127.0.0.1:1/> { ?a ?b ?c } }",
    "SELECT * WHERE { ?s ?p <http://x/\\u0041#> . SERVICE <http://127.0.0.1:1/> { ?a ?b ?c } }",
    "SELECT * WHERE { ?s ?p 'a\\'#' SERVICE <http://127.0.0.1:1/> { ?a ?b ?c } }",
    "SELECT * WHERE { ?o ?p ?q FILTER(?o<1)SERVICE<http://127.0.0.1:1/>{ ?a ?b ?c } }",
])
def test_service_cannot_hide_from_the_check(query: str) -> None:
    with pytest.raises(ServiceFound):
        _check(query)


def test_keywords_in_strings_iris_and_comments_are_not_seen() -> None:
    q = """# DELETE everything, SERVICE <x>
    SELECT ?s WHERE { ?s ?p "INSERT DATA" . ?s ?q <http://example.org/service/drop> . ?s ?r 'SERVICE' }"""
    assert _check(q).form == "SELECT"
    with pytest.raises(UpdateFound):
        _check("INSERTDATA { <a:b> <a:c> <a:d> }")
    c = _check('PREFIX f: <https://w3id.org/styrgraf/def/fn#> SELECT * FROM id:x WHERE '
               '{ BIND(f:bm25(?p, "a\\"b"@sv) AS ?x) '
               "BIND(<https://w3id.org/styrgraf/def/fn#semantic>(?p, '''c''') AS ?y) }")
    assert c.search_calls == {FN + "bm25": {'a"b'}, FN + "semantic": {"c"}}
    assert c.from_default == [ALL_PREFIXES["id"] + "x"]


@pytest.mark.parametrize("hostile", ["'" * 100_000, '"' * 100_000, "<" * 100_000, "<a" * 50_000, "a-" * 50_000,
                                     "\\" * 100_000, "'''" + "a" * 100_000, "ex:" + "\\." * 50_000, "#" * 100_000])
def test_check_is_linear_on_hostile_text(hostile: str) -> None:
    t0 = time.monotonic()
    with pytest.raises(Exception):  # noqa: B017 - whatever it says: quickly
        _check(hostile)
    assert time.monotonic() - t0 < 1.0


def test_cli_applies_the_same_checks(built_settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    from styrgraf.cli import main

    base = ["--data-dir", str(built_settings.data_path), "sparql"]
    assert main([*base, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"]) != 0
    assert "SERVICE" in capsys.readouterr().err
    assert main([*base, "ASK { ?s ?p ?o } #" + "x" * 200_000]) != 0
    assert "sparql_max_query_bytes" in capsys.readouterr().err
