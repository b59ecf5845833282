"""`/sparql` over a remote graph store: a real `oxigraph serve` on loopback (tests/server_support.py), the same
corpus built into it and into the embedded store, the real app over each. The endpoint forwards the checked
query and answers as the embedded one does (same rows, formats, row cap), runs every check before the server
sees anything, and turns the server's failures into the JSON errors (400, 503; never a 500).

The embedder is the deterministic hash embedder: the endpoint is under test, not the vectors."""

from __future__ import annotations

import csv
import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from server_support import SparqlServer, free_port, sparql_server

from api.app import create_app
from api.settings import Settings
from corpus.bundled import load_bundled
from graph.remote import RemoteConfig
from styrgraf.pipeline import build

pytestmark = pytest.mark.slow

JSON = {"Accept": "application/sparql-results+json"}
#: the same answers over both stores (ORDER BY everywhere: the comparison is row by row)
SAME = [
    # our types only: Virtuoso's union default graph also holds its system graphs (docs/remote-stores.md)
    'SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t FILTER(STRSTARTS(STR(?t), "https://w3id.org/")) } '
    "GROUP BY ?t ORDER BY ?t",
    "SELECT DISTINCT ?a ?label WHERE { ?a a sg:Assignment ; rdfs:label ?label } ORDER BY ?a LIMIT 20",
    "PREFIX sg: <https://example.org/not-ours#> SELECT (COUNT(*) AS ?n) WHERE { ?s a sg:Assignment }",
    "ASK { ?s a sg:Passage }",
]


def _settings(data: Path, remote: RemoteConfig | None = None, **kw: Any) -> Settings:
    extra: dict[str, Any] = {}
    if remote is not None:
        extra = {"sparql_query_url": remote.query_url, "sparql_update_url": remote.update_url,
                 "sparql_gsp_url": remote.gsp_url, "sparql_union_default_graph": remote.union_default_graph,
                 "sparql_gsp_graph_param": remote.gsp_graph_param, "sparql_write_retries": 1}
    return Settings(data_dir=data, embedder="hash", embedding_cache=data.parent / "emb.sqlite",
                    sparql_max_query_bytes=20_000, **{**extra, **kw})


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparqlServer]:
    with sparql_server(tmp_path_factory.mktemp("oxigraph-sparql") / "db") as srv:
        yield srv


@pytest.fixture(scope="module")
def clients(tmp_path_factory: pytest.TempPathFactory, server: SparqlServer) -> Iterator[tuple[TestClient, TestClient]]:
    """(embedded, remote) apps over the same three documents."""
    root = tmp_path_factory.mktemp("sparql-remote")
    embedded, remote = _settings(root / "embedded"), _settings(root / "remote", server.config, sparql_max_rows=5)
    for s in (embedded, remote):
        build(s, progress=None, show_bars=False, documents=list(load_bundled())[:3])
    with TestClient(create_app(embedded.model_copy(update={"sparql_max_rows": 5}), reload_check_s=0)) as a, \
            TestClient(create_app(remote, reload_check_s=0)) as b:
        yield a, b


def _error(r: Any, status: int) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == status and body["error"]["title"]
    return str(body["error"]["detail"])


@pytest.mark.parametrize("query", SAME)
def test_remote_answers_as_the_embedded_store(clients: tuple[TestClient, TestClient], query: str) -> None:
    emb, rem = (c.get("/sparql", params={"query": query}, headers=JSON) for c in clients)
    assert emb.status_code == rem.status_code == 200, rem.text
    assert rem.headers["content-type"].startswith("application/sparql-results+json")
    assert rem.json() == emb.json()
    assert rem.headers["styrgraf-rows"] == emb.headers["styrgraf-rows"]
    assert rem.headers.get("styrgraf-truncated") == emb.headers.get("styrgraf-truncated")
    if "COUNT(DISTINCT" in query:  # something to compare: several types, the row cap (5) applied
        assert rem.headers["styrgraf-truncated"] == "true" and len(rem.json()["results"]["bindings"]) == 5


def test_formats_and_graph_queries(clients: tuple[TestClient, TestClient]) -> None:
    emb, rem = clients
    q = "SELECT ?p ?d WHERE { ?p a sg:Passage ; dcterms:isPartOf ?d } ORDER BY ?p"
    a, b = (c.get("/sparql", params={"query": q}, headers={"Accept": "text/csv"}) for c in (emb, rem))
    assert b.status_code == 200 and b.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b.text)))
    assert rows == list(csv.reader(io.StringIO(a.text))) and len(rows) == 6  # header + the capped 5
    construct = "CONSTRUCT { ?p dcterms:isPartOf ?d } WHERE { ?p a sg:Passage ; dcterms:isPartOf ?d }"
    for accept, fmt in (("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES)):
        a, b = (c.get("/sparql", params={"query": construct}, headers={"Accept": accept}) for c in (emb, rem))
        assert b.status_code == 200 and b.headers["content-type"].startswith(accept), b.text
        triples = {str(t.triple) for t in ox.parse(b.content, fmt)}
        assert len(triples) == int(b.headers["styrgraf-rows"]) == 5  # capped like the embedded path
        assert int(a.headers["styrgraf-rows"]) == 5
    r = rem.post("/sparql", content=construct.encode(),
                 headers={"Content-Type": "application/sparql-query", "Accept": "application/ld+json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/ld+json")


def test_checks_run_before_the_server_is_asked(clients: tuple[TestClient, TestClient]) -> None:
    _emb, rem = clients
    assert "skrivskyddad" in _error(rem.get("/sparql", params={"update": "CLEAR ALL"}), 403)
    _error(rem.get("/sparql", params={"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}), 403)
    _error(rem.get("/sparql", params={"query": "SELECT * { SERVICE <http://x.example/> { ?s ?p ?o } }"}), 403)
    _error(rem.get("/sparql", params={"query": "SELECT * FROM <http://elsewhere.example/g> { ?s ?p ?o }"}), 403)
    assert "sparql_max_query_bytes" in _error(rem.post("/sparql", content=b"#" * 30_000, headers={
        "Content-Type": "application/sparql-query"}), 413)
    relevance = 'SELECT ?p WHERE { ?p a sg:Passage BIND(sgf:relevance(?p, "SMO") AS ?s) }'
    assert "sgf:" in _error(rem.get("/sparql", params={"query": relevance}), 501)
    # the server's own refusal (a syntax error) is the caller's 400, in the JSON shape
    assert "syntax" in _error(rem.get("/sparql", params={"query": "SELECT ?s WHERE { ?s"}), 400)
    ok = rem.get("/sparql", params={"query": "ASK { ?s a sg:Passage }"}, headers=JSON)
    assert ok.status_code == 200 and ok.json()["boolean"] is True  # the graph is still there: nothing was written


class _Silent(http.server.BaseHTTPRequestHandler):
    """A SPARQL server that takes the request and never answers in time."""

    def do_POST(self) -> None:
        threading.Event().wait(3)

    do_GET = do_POST

    def log_message(self, *_args: Any) -> None:
        pass


def test_unreachable_or_silent_server_is_503(clients: tuple[TestClient, TestClient]) -> None:
    _emb, rem = clients
    data = rem.app.state.settings.data_path  # type: ignore[attr-defined]
    dead = RemoteConfig(query_url=f"http://127.0.0.1:{free_port()}/query")
    silent = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Silent)
    threading.Thread(target=silent.serve_forever, daemon=True).start()
    try:
        slow = RemoteConfig(query_url=f"http://127.0.0.1:{silent.server_address[1]}/query")
        for config in (dead, slow):
            settings = _settings(data, config, sparql_remote_timeout_s=0.3)
            with TestClient(create_app(settings, reload_check_s=0)) as c:
                r = c.get("/sparql", params={"query": "ASK {}", "timeout": "0.3"}, headers=JSON)
                _error(r, 503)
    finally:
        silent.shutdown()
        silent.server_close()
