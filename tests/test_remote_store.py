"""The graph on a remote SPARQL 1.1 server (issue 10): a real `oxigraph serve` on loopback (or the server the
STYRGRAF_TEST_SPARQL_* variables name, e.g. Virtuoso; see tests/server_support.py), a real build into it, the
real app over it, compared answer by answer with the same corpus built into the embedded store; rebuilds
replace graphs; a stopped or silent server leaves search answering without the graph and graph requests 503.

The embedder is the deterministic hash embedder: the graph is what is under test, not the vectors."""

from __future__ import annotations

import contextlib
import http.server
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx2
import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import XSD, BNode, Graph, Literal
from rdflib.compare import isomorphic
from search_support import make_doc
from server_support import SparqlServer, free_port, sparql_server

from api.app import create_app
from api.settings import Settings
from api.workspace import Workspace
from corpus.bundled import load_bundled
from corpus.errors import QueryTimeout
from corpus.model import Document
from graph.namespaces import BASE, ID, document_graph
from graph.remote import RemoteConfig, RemoteStore, StoreUnavailable
from styrgraf.pipeline import build

pytestmark = pytest.mark.slow

EXTRA = "test-remote-extra"
V1 = ["Regionstyrelsen ger hälso- och sjukvårdsnämnden i uppdrag att utreda SMO.", "Första versionen."]
V2 = ["Andra versionen av dokumentet, utan det första stycket."]
ENTITY_TYPES = ("Project", "Assignment", "Organ", "Goal", "Meeting", "Decision")


def _docs(extra: list[str] | None) -> list[Document]:
    docs = list(load_bundled())[:3]
    return [*docs, make_doc(EXTRA, extra, title="Extra", year=2025)] if extra else docs


def _settings(data: Path, remote: RemoteConfig | None = None, **kw: Any) -> Settings:
    extra: dict[str, Any] = {}
    if remote is not None:
        extra = {"sparql_query_url": remote.query_url, "sparql_update_url": remote.update_url,
                 "sparql_gsp_url": remote.gsp_url, "sparql_user": remote.user, "sparql_password": remote.password,
                 "sparql_auth": remote.auth, "sparql_union_default_graph": remote.union_default_graph,
                 "sparql_gsp_graph_param": remote.gsp_graph_param,
                 "sparql_write_retries": 1}
    return Settings(data_dir=data, embedder="hash", embedding_cache=data.parent / "emb.sqlite",
                    **{**extra, **kw})


def _count(store: Any, graph: str) -> int:
    return sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))


def _ours(store: RemoteStore) -> list[str]:
    return sorted(g.value for g in store.named_graphs() if g.value.startswith(BASE))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparqlServer]:
    with sparql_server(tmp_path_factory.mktemp("oxigraph") / "db") as srv:
        remote = RemoteStore(srv.config)
        for g in _ours(remote):  # an external server may hold an earlier run's graphs; only ours go
            remote.delete_graph(g)
        yield srv


@pytest.fixture(scope="module")
def remote(server: SparqlServer) -> RemoteStore:
    return RemoteStore(server.config)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, server: SparqlServer) -> tuple[Settings, Settings]:
    """(embedded settings, remote settings), both built from the same corpus."""
    root = tmp_path_factory.mktemp("remote-build")
    embedded, remote = _settings(root / "embedded"), _settings(root / "remote", server.config)
    for s in (embedded, remote):
        build(s, progress=None, show_bars=False, documents=_docs(V1))
    return embedded, remote


@pytest.fixture(scope="module")
def clients(built: tuple[Settings, Settings]) -> Iterator[tuple[TestClient, TestClient]]:
    with TestClient(create_app(built[0], reload_check_s=0)) as a, \
            TestClient(create_app(built[1], reload_check_s=0)) as b:
        yield a, b


def test_the_build_writes_each_graph_to_the_server_and_no_store_to_disk(built: tuple[Settings, Settings],
                                                                       remote: RemoteStore) -> None:
    gen = Workspace(built[1].data_path).current()
    emb = Workspace(built[0].data_path).current()
    assert gen is not None and emb is not None
    assert gen.meta["store"]["kind"] == "remote" and gen.meta["store"]["query_url"] == remote.config.query_url
    assert not gen.store_dir.exists() and (gen.index_dir / "meta.json").exists() and gen.documents_file.exists()
    assert emb.meta["store"] == {"kind": "embedded"}
    store = emb.open_store()
    expected = sorted(g.value for g in store.named_graphs())
    assert document_graph(EXTRA) in expected and len(expected) == 6  # 4 documents, ontology, thesaurus
    assert _ours(remote) == expected
    for g in expected:  # the same triples, graph by graph (SELECT DISTINCT: a default-graph union is a bag)
        assert _count(remote, g) == _count(store, g) > 0, g


def _sample_iris(settings: Settings) -> list[str]:
    gen = Workspace(settings.data_path).current()
    assert gen is not None
    types = " ".join(f"<{BASE}def/{t}>" for t in ENTITY_TYPES)
    rows = gen.open_store().query(f"SELECT DISTINCT ?x ?t WHERE {{ GRAPH ?g {{ ?x a ?t }} VALUES ?t {{ {types} }} }} "
                                  "ORDER BY ?t ?x")
    assert isinstance(rows, ox.QuerySolutions)
    by_type: dict[str, list[str]] = {}
    for r in rows:
        by_type.setdefault(r["t"].value, []).append(r["x"].value)
    iris = [i for found in by_type.values() for i in found[:3] if i.startswith(str(ID))]
    assert len(by_type) >= 3 and len(iris) >= 8
    return iris


_INTEGER_TYPES = {XSD.nonNegativeInteger, XSD.positiveInteger, XSD.long, XSD.int, XSD.short}


def _integers_canonical(g: Graph) -> Graph:
    """Oxigraph stores xsd:integer's derived types (our selectors' xsd:nonNegativeInteger offsets) as
    xsd:integer; Virtuoso keeps them: a dialect difference (docs/remote-stores.md), not a different fact."""
    out = Graph()
    for s_, p_, o_ in g:
        if isinstance(o_, Literal) and o_.datatype in _INTEGER_TYPES:
            o_ = Literal(str(o_), datatype=XSD.integer)
        out.add((s_, p_, o_))
    return out


def test_entity_cards_timelines_map_and_pages_answer_as_embedded(built: tuple[Settings, Settings],
                                                                 clients: tuple[TestClient, TestClient]) -> None:
    emb, rem = clients
    paths = [f"/api/entities/{iri[len(str(ID)):]}" for iri in _sample_iris(built[0])]
    paths += ["/api/dependencies", "/api/entities?q=SMO", "/api/entities?q=n%C3%A4mnd&limit=20",
              f"/api/documents/{EXTRA}", f"/api/documents/{load_bundled()[0].id}"]
    timelines = 0
    for path in paths:
        a, b = emb.get(path), rem.get(path)
        assert a.status_code == b.status_code == 200, (path, b.text[:300])
        assert a.json() == b.json(), path
        timelines += bool(isinstance(a.json(), dict) and a.json().get("timeline"))
    assert timelines >= 1
    blank = 0
    for iri in _sample_iris(built[0])[:4]:  # linked data: blank nodes (selectors) followed on the server too
        path = "/id/" + iri[len(str(ID)):]
        a, b = (c.get(path, headers={"Accept": "application/n-triples"}) for c in (emb, rem))
        assert a.status_code == b.status_code == 200, (path, b.text[:300])
        ga, gb = (_integers_canonical(Graph().parse(data=r.text, format="nt")) for r in (a, b))
        assert len(ga) > 0 and isomorphic(ga, gb), path
        blank += sum(isinstance(s, BNode) for s in ga.subjects())
    assert blank > 0


def test_the_web_pages_render_over_the_remote_graph(clients: tuple[TestClient, TestClient]) -> None:
    emb, rem = clients
    html = {"Accept": "text/html"}
    for path in ("/", "/karta", "/ontologi", "/begrepp", f"/dokument/{EXTRA}", "/entity/project/smo",
                 "/sok?q=SMO"):
        a, b = emb.get(path, headers=html), rem.get(path, headers=html)
        assert a.status_code == b.status_code == 200, (path, b.text[:300])
        assert abs(len(a.text) - len(b.text)) < 0.02 * len(a.text), path  # the same page, timings aside


def test_search_is_enriched_from_the_remote_graph(clients: tuple[TestClient, TestClient]) -> None:
    emb, rem = clients
    for q in ("SMO", "uppdrag nr 1"):
        a, b = (c.get("/api/search", params={"q": q}).json() for c in (emb, rem))
        assert a["entity"] and a["timeline"] and a["results"], q  # enriched, so the comparison says something
        for key in ("results", "entities", "timeline", "entity"):
            assert a[key] == b[key], (q, key)
    status = rem.get("/api/status").json()
    assert status["graph_store"] == "remote" and status["graph_store_reachable"] is True
    assert status["graphs"] == 6 and emb.get("/api/status").json()["graph_store"] == "embedded"


def test_the_sparql_command_asks_the_remote_store(built: tuple[Settings, Settings], monkeypatch: pytest.MonkeyPatch,
                                                   capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    from styrgraf.cli import main

    # Styrgraf's own types: Virtuoso's union default graph also holds its system graphs (docs/remote-stores.md)
    query = ('SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t FILTER(STRSTARTS(STR(?t), "https://w3id.org/")) } '
             "GROUP BY ?t ORDER BY ?t")
    out = []
    for s in built:  # the remote build has no store/ of its own: its answers can only come from the server
        monkeypatch.delenv("STYRGRAF_SPARQL_QUERY_URL", raising=False)
        if s.sparql_query_url:
            monkeypatch.setenv("STYRGRAF_SPARQL_QUERY_URL", s.sparql_query_url)
        assert main(["--data-dir", str(s.data_dir), "sparql", query, "-f", "csv"]) == 0
        out.append(capsysbinary.readouterr().out)
    assert out[0] == out[1] and out[0].count(b"\n") > 5
    relevance = 'SELECT ?p WHERE { ?p a sg:Passage BIND(sgf:relevance(?p, "SMO") AS ?s) }'
    assert main(["--data-dir", str(built[1].data_dir), "sparql", relevance]) != 0  # refused, not mis-scored
    assert b"sgf:" in capsysbinary.readouterr().err


def test_the_remote_store_reads_like_pyoxigraph(remote: RemoteStore) -> None:
    ask = remote.query("ASK { ?s ?p ?o }", use_default_graph_as_union=True)
    assert isinstance(ask, ox.QueryBoolean) and bool(ask)
    g = ox.NamedNode(document_graph(EXTRA))
    triples = remote.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")
    assert isinstance(triples, ox.QueryTriples) and len(list(triples)) == _count(remote, g.value)
    status, ctype, body = remote.forward("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", accept="text/csv",
                                         timeout_s=10)
    assert status == 200 and ctype.startswith("text/csv") and int(body.decode().split()[-1]) > 0
    bad = remote.forward("SELECT WHERE {", accept="application/sparql-results+json", timeout_s=10)
    assert 400 <= bad[0] < 500


def test_post_dataset_adds_and_delete_graph_removes(remote: RemoteStore) -> None:
    g1, g2 = f"{BASE}graph/test/a", f"{BASE}graph/test/b"
    remote.post_dataset(f'<{BASE}s> <{BASE}p> "1" <{g1}> .\n<{BASE}s> <{BASE}p> "2" <{g2}> .\n'.encode(),
                        "application/n-quads")
    remote.post_dataset(f'<{BASE}s> <{BASE}p> "3" <{g1}> .\n'.encode(), "application/n-quads")
    assert (_count(remote, g1), _count(remote, g2)) == (2, 1)
    remote.put_graph(g1, f'<{BASE}s> <{BASE}p> "4" .\n'.encode(), "application/n-triples")
    assert _count(remote, g1) == 1
    for g in (g1, g2, f"{BASE}graph/test/never-there"):
        remote.delete_graph(g)
    assert _count(remote, g1) == _count(remote, g2) == 0


def test_a_rebuild_replaces_a_documents_graph_and_drops_removed_documents(
        built: tuple[Settings, Settings], remote: RemoteStore, tmp_path: Path) -> None:
    before = {g: _count(remote, g) for g in _ours(remote)}
    build(built[1], progress=None, show_bars=False, documents=_docs(V1))
    assert {g: _count(remote, g) for g in _ours(remote)} == before  # the same corpus twice: no duplicates
    build(built[1], progress=None, show_bars=False, documents=_docs(V2))
    fresh = _settings(tmp_path / "embedded-v2")
    build(fresh, progress=None, show_bars=False, documents=_docs(V2))
    gen = Workspace(fresh.data_path).current()
    assert gen is not None
    g = document_graph(EXTRA)
    assert _count(remote, g) == _count(gen.open_store(), g) != before[g]
    texts = remote.query(f"SELECT ?t WHERE {{ GRAPH <{g}> {{ ?p <{BASE}def/text> ?t }} }}")
    assert isinstance(texts, ox.QuerySolutions)
    assert not any("Första versionen" in r["t"].value for r in texts)
    build(built[1], progress=None, show_bars=False, documents=_docs(None))
    assert g not in _ours(remote) and len(_ours(remote)) == 5


def _assert_503(r: Any) -> None:
    assert r.status_code == 503, r.text
    assert r.headers["content-type"].startswith("application/json")
    assert set(r.json()["error"]) == {"status", "title", "detail"} and r.json()["error"]["status"] == 503


def test_a_silent_server_costs_search_one_timeout(built: tuple[Settings, Settings]) -> None:
    with socket.socket() as silent:  # accepts connections (the kernel's backlog) and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(64)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/query"
        settings = built[1].model_copy(update={"sparql_query_url": url, "sparql_remote_timeout_s": 0.5})
        with TestClient(create_app(settings, reload_check_s=0)) as c:
            t0 = time.monotonic()
            r = c.get("/api/search", params={"q": "SMO"})
            assert r.status_code == 200 and r.json()["results"] and r.json()["entity"] is None
            assert time.monotonic() - t0 < 5
            _assert_503(c.get("/api/entities/project/smo"))
            s = c.get("/api/status").json()
            assert s["graph_store_reachable"] is False and url in (s["graph_store_error"] or "")
        silent_store = RemoteStore(RemoteConfig(query_url=url))
        with pytest.raises(QueryTimeout):
            silent_store.forward("ASK {}", accept="application/sparql-results+json", timeout_s=0.3)
        with pytest.raises(StoreUnavailable, match="nyss"):  # the cool-down: no second wait
            silent_store.query("ASK {}")


class _Stalling(http.server.BaseHTTPRequestHandler):
    """Forwards queries to the real server until `stall` is set; then reads each request and never answers
    (until `release`), like a store that accepts connections and hangs."""

    upstream = ""
    stall, release = threading.Event(), threading.Event()

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        if self.stall.is_set():
            self.release.wait(30)
            return
        resp = httpx2.post(self.upstream, content=body, params=dict(parse_qsl(urlsplit(self.path).query)),
                           headers={k: self.headers[k] for k in ("content-type", "accept") if self.headers[k]})
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # a client that gave up waiting
            self.send_response(resp.status_code)
            self.send_header("content-type", resp.headers.get("content-type", "text/plain"))
            self.send_header("content-length", str(len(resp.content)))
            self.end_headers()
            self.wfile.write(resp.content)

    def log_message(self, *args: Any) -> None:
        pass


def test_a_hanging_store_costs_search_only_its_graph_budget(built: tuple[Settings, Settings]) -> None:
    _Stalling.upstream = built[1].sparql_query_url or ""
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Stalling)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    budget = 0.4
    settings = built[1].model_copy(update={"sparql_query_url": f"http://127.0.0.1:{srv.server_port}/query",
                                           "sparql_remote_timeout_s": 20.0, "search_graph_budget_s": budget})
    try:
        with TestClient(create_app(settings, reload_check_s=0)) as c:
            assert c.get("/api/entities/project/smo").status_code == 200  # through the proxy while it forwards
            _Stalling.stall.set()
            for q in ("SMO", "uppdrag nr 1"):  # nothing of either search is kept yet: each must ask the store
                t0 = time.monotonic()
                r = c.get("/api/search", params={"q": q})
                took = time.monotonic() - t0
                assert r.status_code == 200 and r.json()["results"] and r.json()["entity"] is None, r.text[:300]
                assert budget <= took < budget + 2.5, (q, took)  # not the 20 s a read may take
            t0 = time.monotonic()
            assert c.get("/sok", params={"q": "SMO"}).status_code == 200  # the page: its card has a budget too
            assert time.monotonic() - t0 < 2 * budget + 2.5
            _Stalling.stall.clear()
            _Stalling.release.set()
            r = c.get("/api/search", params={"q": "SMO"})  # a budget cut is no outage: no cool-down followed
            assert r.status_code == 200 and r.json()["entity"], r.text[:300]
            assert c.get("/api/entities/project/smo").status_code == 200
    finally:
        _Stalling.release.set()
        srv.shutdown()


def test_writes_retry_with_backoff_then_fail_clearly() -> None:
    calls: list[str] = []

    class Flaky(http.server.BaseHTTPRequestHandler):
        def do_PUT(self) -> None:
            self.rfile.read(int(self.headers.get("content-length") or 0))
            calls.append(self.path)
            self.send_response(503 if len(calls) < 3 else 201)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Flaky)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        store = RemoteStore(RemoteConfig(query_url="unused", gsp_url=f"http://127.0.0.1:{srv.server_port}/store",
                                         retries=3, backoff_s=0.05))
        store.put_graph(f"{BASE}graph/x", b"", "application/n-triples")
        assert len(calls) == 3
    finally:
        srv.shutdown()
    dead = f"http://127.0.0.1:{free_port()}/store"
    store = RemoteStore(RemoteConfig(query_url="unused", gsp_url=dead, retries=2, backoff_s=0.05))
    t0 = time.monotonic()
    with pytest.raises(StoreUnavailable, match=dead) as err:
        store.put_graph(f"{BASE}graph/x", b"", "application/n-triples")
    assert err.value.status == 503 and 0.15 <= time.monotonic() - t0 < 5  # 0.05 + 0.1 s of backoff


def test_server_stopped_search_answers_without_the_graph(server: SparqlServer, built: tuple[Settings, Settings],
                                                         clients: tuple[TestClient, TestClient]) -> None:
    rem = clients[1]
    if server.proc is not None:
        server.stop()
        settings = built[1]
    else:  # an external server is not ours to stop: point at a port where nothing listens
        settings = built[1].model_copy(update={"sparql_query_url": f"http://127.0.0.1:{free_port()}/query"})
    with TestClient(create_app(settings, reload_check_s=0)) as fresh:
        for c in ((rem, fresh) if server.proc is not None else (fresh,)):
            r = c.get("/api/search", params={"q": "SMO"})
            assert r.status_code == 200 and r.json()["results"], r.text[:300]
            if c is fresh:  # (the running service may still hold summaries it kept: they never go stale)
                assert r.json()["entity"] is None and r.json()["timeline"] == []
            _assert_503(c.get("/api/entities/project/smo"))
            _assert_503(c.get("/api/dependencies"))
            s = c.get("/api/status").json()
            assert s["graph_store"] == "remote" and s["graph_store_reachable"] is False and s["graph_store_error"]
            assert s["search"] is True
