"""The fast `/sparql` path (issue 8): answered by ASGI middleware ahead of FastAPI, from workers holding a small
generation in memory, with an optional result cache. Through the real app on the session's real build: every
check still applies (parameters 422, broken percent-encoding 400, security headers, 405 for other methods),
the in-memory store answers as the disk store does, opening a store is not charged to a query's timeout, and
the cache serves only what cannot have changed."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from api.sparql.cache import ResultCache
from api.sparql.pool import WorkerPool
from api.sparql.query import ALL_PREFIXES
from api.sparql.worker import SparqlResult, SparqlTask, execute, open_store

JSON = {"Accept": "application/sparql-results+json"}
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?p a sg:Passage }"


@pytest.fixture(scope="module")
def client(built_settings: Settings) -> Iterator[TestClient]:
    settings = built_settings.model_copy(update={"sparql_result_cache_bytes": 1_000_000})
    with TestClient(create_app(settings, reload_check_s=0), follow_redirects=False) as c:
        yield c


def _error(r: Any, status: int) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == status and body["error"]["title"]
    return str(body["error"]["detail"])


def test_checks_and_headers_on_the_fast_path(client: TestClient) -> None:
    for bad in ("0", "-1", "abc", "nan"):
        assert "timeout" in _error(client.get("/sparql", params={"query": COUNT, "timeout": bad}), 422)
    assert "format" in _error(client.get("/sparql", params={"query": COUNT, "format": "pdf"}), 400)
    # the query string is decoded once, here, as strictly as the input bounds decode every other path
    assert "%zz" in _error(client.get("/sparql?query=ASK%20%7B%7D%zz"), 400)
    _error(client.get("/sparql?query=ASK%20%7B%7D%C3%28"), 400)
    r = client.get("/sparql", params={"query": COUNT, "timeout": "5"}, headers=JSON)
    assert r.status_code == 200 and int(r.json()["results"]["bindings"][0]["n"]["value"]) > 0
    assert r.headers["x-content-type-options"] == "nosniff" and "frame-ancestors" in r.headers[
        "content-security-policy"]
    put = client.put("/sparql", params={"query": COUNT})  # not the fast path's: FastAPI's 405, methods named
    assert _error(put, 405) and set(put.headers["allow"].replace(" ", "").split(",")) == {"GET", "POST"}
    assert "/sparql" in client.get("/openapi.json").json()["paths"]  # still documented


def test_cache_serves_only_what_cannot_change(client: TestClient) -> None:
    q = "SELECT ?p WHERE { ?p a sg:Passage } ORDER BY ?p LIMIT 3"
    first, second = (client.get("/sparql", params={"query": q}, headers=JSON) for _ in range(2))
    assert "styrgraf-cache" not in first.headers and second.headers["styrgraf-cache"] == "hit"
    assert second.content == first.content and second.headers["styrgraf-rows"] == first.headers["styrgraf-rows"]
    csv1 = client.get("/sparql", params={"query": q}, headers={"Accept": "text/csv"})  # another format: its own
    assert "styrgraf-cache" not in csv1.headers and csv1.headers["content-type"].startswith("text/csv")
    for volatile in ("SELECT (NOW() AS ?t) WHERE {}", "SELECT (STRUUID() AS ?u) WHERE {}",
                     "SELECT (rand() AS ?r) WHERE {}"):
        answers = [client.get("/sparql", params={"query": volatile}, headers=JSON) for _ in range(2)]
        assert all(a.status_code == 200 and "styrgraf-cache" not in a.headers for a in answers), volatile
    uuids = [client.get("/sparql", params={"query": "SELECT (STRUUID() AS ?u) WHERE {}"}, headers=JSON).json()
             for _ in range(2)]
    assert uuids[0] != uuids[1]


def _result(body: bytes) -> SparqlResult:
    return {"kind": "solutions", "body": body, "content_type": "text/csv", "rows": 1, "truncated": False}


def test_result_cache_is_bounded_and_keyed_by_generation() -> None:
    cache = ResultCache(800)
    key = ("gen-1", "ASK {}", (), (), "json", "turtle", 10)
    cache.put(key, _result(b"x" * 50))
    assert cache.get(key) is not None and cache.get(("gen-2", *key[1:])) is None  # type: ignore[arg-type]
    cache.put(("gen-1", "big", (), (), "json", "turtle", 10), _result(b"x" * 200))  # over an eighth: not kept
    assert cache.get(("gen-1", "big", (), (), "json", "turtle", 10)) is None
    for i in range(20):
        cache.put((f"gen-{i}", "ASK {}", (), (), "json", "turtle", 10), _result(b"y" * 90))
    assert cache.size <= 800 and cache.get(key) is None  # the oldest went first
    assert cache.get(("gen-19", "ASK {}", (), (), "json", "turtle", 10)) is not None


def _task(query: str, **kw: Any) -> SparqlTask:
    task: SparqlTask = {"query": query, "query_prefixes": ALL_PREFIXES, "has_dataset": False, "default_graphs": [],
                        "named_graphs": [], "scores": {}, "max_rows": 100, "solutions_format": "json",
                        "graph_format": "ntriples", "prefixes": ALL_PREFIXES}
    task.update(kw)  # type: ignore[typeddict-item]
    return task


def test_in_memory_store_answers_as_the_disk_store(built_generation) -> None:  # type: ignore[no-untyped-def]
    store_dir = str(built_generation.store_dir)
    disk, memory = open_store(store_dir, 0), open_store(store_dir, 10**9)
    assert len(memory) == len(disk) > 0
    assert open_store(store_dir, 1000).query("ASK {}") is not None  # over the limit: read from disk
    for q in (COUNT, "SELECT ?s ?sel WHERE { ?s oa:hasSelector ?sel } ORDER BY ?s ?sel LIMIT 20"):
        a, b = execute(disk, _task(q)), execute(memory, _task(q))
        assert a == b and a["rows"] > 0, q  # blank nodes keep their labels in the copy
    graph = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a oa:TextPositionSelector ; ?p ?o }"  # in another order: as sets
    a, b = execute(disk, _task(graph, max_rows=10**6)), execute(memory, _task(graph, max_rows=10**6))
    assert a["rows"] == b["rows"] > 0 and set(a["body"].splitlines()) == set(b["body"].splitlines())
    assert isinstance(memory.query("ASK {}"), ox.QueryBoolean)


def test_opening_the_store_is_not_charged_to_the_query(built_generation) -> None:  # type: ignore[no-untyped-def]
    pool = WorkerPool(1)
    try:
        task = _task("ASK { ?s a sg:Passage }", store_dir=str(built_generation.store_dir), memory_max_bytes=10**9)
        t0 = time.monotonic()
        result = asyncio.run(pool.run(task, 0.05))  # a fresh worker copies the store first, outside these 50 ms
        took = time.monotonic() - t0
    finally:
        pool.close()
    assert b"true" in result["body"] and pool.killed == 0, result
    assert took > 0.05  # the copy took longer than the query's own timeout, so the test shows something
