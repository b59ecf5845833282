"""The HTTP layer under bad input and overload, through the real app on a real build: input bounds (413/414),
safe decoding (400), IRI validation (400 before the store), admission control (503 + Retry-After), security
headers, CORS off by default and on by setting."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.headers import PAGE_CSP
from api.settings import Settings

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
LIMITS = {"max_body_bytes": 2_000, "max_url_bytes": 1_024, "upload_max_bytes": 8_000, "max_concurrent_requests": 1}


@pytest.fixture(scope="module")
def client(built_settings: Settings) -> Iterator[TestClient]:
    settings = built_settings.model_copy(update=LIMITS)
    with TestClient(create_app(settings, reload_check_s=0), follow_redirects=False) as c:
        yield c


def assert_error(r: Any, status: int, *names: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "title", "detail"}
    assert body["error"]["status"] == status and body["error"]["title"]
    for name in names:
        assert name in body["error"]["detail"], body
    err: dict[str, Any] = body["error"]
    return err


# -- size limits ------------------------------------------------------------------------------------


def test_declared_body_over_the_limit_is_413_naming_the_limit(client: TestClient) -> None:
    r = client.post("/sparql", content=b"q" * 5_000, headers={"Content-Type": "application/sparql-query"})
    assert_error(r, 413, "max_body_bytes", "STYRGRAF_MAX_BODY_BYTES", "2000")


def test_chunked_body_over_the_limit_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b"x" * 500
    r = client.post("/sparql", content=chunks(), headers={"Content-Type": "application/sparql-query"})
    assert "content-length" not in r.request.headers
    assert_error(r, 413, "max_body_bytes")


def test_small_chunked_body_passes(client: TestClient) -> None:
    r = client.post("/sparql", content=iter([b"ASK { ?s ?p ?o }"]),
                    headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text
    assert r.json()["boolean"] is True


def test_admin_paths_get_the_upload_limit(client: TestClient) -> None:
    # over max_body_bytes but under the admin batch limit: not refused for size (the admin API is off: 403)
    r = client.post("/api/admin/documents", content=b"x" * 5_000, headers={"Content-Type": "text/plain"})
    assert r.status_code != 413
    assert_error(client.post("/api/admin/documents", content=b"x" * 33_000), 413, "upload_max_bytes", "32000")


def test_long_url_is_414_naming_the_limit(client: TestClient) -> None:
    assert_error(client.get("/api/search", params={"q": "a" * 2_000}), 414, "max_url_bytes", "1024")
    assert_error(client.get("/id/" + "a" * 2_000), 414, "max_url_bytes")


# -- decoding and IRIs --------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["q=%FF", "q=%C3", "q=%zz", "q=SMO%"])
def test_bad_query_encoding_is_400(client: TestClient, query: str) -> None:
    assert_error(client.get("/api/search?" + query), 400, "frågesträngen")


@pytest.mark.parametrize("path", ["/id/project/sm%01o", "/id/a%7Fb", "/id/a%20b", "/id/a%3Cb%3E", "/def/Ass%00ignment",
                                  "/api/entities/project/%0Asmo", "/api/documents/x%01y", "/entity/project/%1Fsmo",
                                  "/dokument/x%01y", "/id/%FF", "/def/%E2%82"])
def test_control_characters_and_bad_code_points_in_paths_are_400(client: TestClient, path: str) -> None:
    assert_error(client.get(path), 400)


def test_bad_iri_for_a_browser_is_an_html_400(client: TestClient) -> None:
    r = client.get("/entity/project/%01smo", headers={"Accept": BROWSER})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")


def test_valid_paths_still_resolve(client: TestClient) -> None:
    assert client.get("/api/entities/project/smo").status_code == 200
    assert client.get("/id/project/smo", headers={"Accept": "text/turtle"}).status_code == 200
    assert_error(client.get("/api/entities/project/%C3%A5ngest"), 404)  # a valid IRI, no such entity


# -- admission control -----------------------------------------------------------------------------------


def test_beyond_max_concurrent_requests_is_a_quick_503_with_retry_after(client: TestClient) -> None:
    engine = client.app.state.resources.current().require_search()  # type: ignore[attr-defined]
    entered, release = threading.Event(), threading.Event()
    real_search = engine.search

    def held_search(*args: Any, **kwargs: Any) -> Any:
        entered.set()
        release.wait(30)
        return real_search(*args, **kwargs)

    engine.search = held_search
    results: dict[str, Any] = {}
    worker = threading.Thread(target=lambda: results.update(first=client.get("/api/search", params={"q": "SMO"})))
    worker.start()
    try:
        assert entered.wait(30), "the first search never started"
        shed = client.get("/api/search", params={"q": "SMO"})
        err = assert_error(shed, 503, "max_concurrent_requests")
        assert shed.headers["retry-after"] == "1" and err["title"]
        assert client.get("/sok", params={"q": "SMO"}, headers={"Accept": BROWSER}).status_code == 503
        # monitoring, static files and SPARQL are not counted
        assert client.get("/api/status").status_code == 200
        assert client.get("/static/css/styrgraf.css").status_code == 200
    finally:
        release.set()
        worker.join(30)
        engine.search = real_search
    assert results["first"].status_code == 200
    assert client.get("/api/search", params={"q": "SMO"}).status_code == 200  # the place was given back


# -- headers and CORS --------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/api/search?q=SMO", "/static/css/styrgraf.css", "/api/nope", "/id/%01"])
def test_security_headers_on_every_response(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.headers["content-security-policy"] == PAGE_CSP
    assert "frame-ancestors 'none'" in PAGE_CSP and "default-src 'self'" in PAGE_CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["referrer-policy"]


def test_cors_is_off_by_default(client: TestClient) -> None:
    r = client.get("/static/css/styrgraf.css", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in r.headers


def test_cors_origins_setting_turns_it_on(built_settings: Settings) -> None:
    settings = built_settings.model_copy(update={"cors_origins": ["https://intranet.example"]})
    c = TestClient(create_app(settings, reload_check_s=0))  # no lifespan needed: static files
    r = c.get("/static/css/styrgraf.css", headers={"Origin": "https://intranet.example"})
    assert r.headers["access-control-allow-origin"] == "https://intranet.example"
    other = c.get("/static/css/styrgraf.css", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers
    pre = c.options("/sparql", headers={"Origin": "https://intranet.example", "Access-Control-Request-Method": "POST"})
    assert pre.status_code == 200 and "POST" in pre.headers["access-control-allow-methods"]
    assert pre.headers["content-security-policy"] == PAGE_CSP


def test_405_names_every_method_of_the_path(client: TestClient) -> None:
    r = client.request("OPTIONS", "/sparql")
    assert_error(r, 405)
    assert r.headers["allow"] == "GET, POST"
