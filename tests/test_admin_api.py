"""The admin API through the real app: off without a token (403), 401 with a wrong one, 202 and a job that
builds the next generation with the right one; bad uploads refused at once in the JSON error shape with
nothing written; the /admin page (no inline script). Real pipeline (hash embedder), real workspace."""

from __future__ import annotations

import io
import re
import shutil
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from api.workspace import Workspace
from styrgraf.pipeline import PipelineBuilder, build

TOKEN = "hemlig-nyckel-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
NOTE = ("Minnesanteckningar\n\nNär: 14 april 2026\n\n1. Inledning\nMötet om fallprevention på "
        "Lindesbergs lasarett öppnades.\n").encode()


@pytest.fixture(scope="module")
def base_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("admin-base")
    build(Settings(data_dir=tmp / "data", embedder="hash", embedding_cache=tmp / "cache.sqlite"),
          progress=None, show_bars=False)
    return tmp


def _client(base: Path, tmp: Path, **settings: Any) -> Iterator[TestClient]:
    shutil.copytree(base / "data", tmp / "data", symlinks=True)
    s = Settings(data_dir=tmp / "data", embedder="hash", embedding_cache=base / "cache.sqlite", **settings)
    with TestClient(create_app(s, reload_check_s=0, builder=PipelineBuilder(s)), follow_redirects=False) as c:
        yield c


@pytest.fixture
def client(base_data: Path, tmp_path: Path) -> Iterator[TestClient]:
    yield from _client(base_data, tmp_path, admin_token=TOKEN, upload_max_bytes=200_000)


@pytest.fixture
def off_client(base_data: Path, tmp_path: Path) -> Iterator[TestClient]:
    yield from _client(base_data, tmp_path)


def assert_error(r: Any, status: int, *words: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    err: dict[str, Any] = r.json()["error"]
    assert err["status"] == status and err["title"] and err["detail"]
    for w in words:
        assert w in err["detail"], err
    return err


def wait(client: TestClient, job: dict[str, Any], timeout_s: float = 60) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    seen = []
    while job["state"] in ("queued", "running"):
        assert time.monotonic() < deadline, job
        time.sleep(0.1)
        job = client.get(f"/api/admin/jobs/{job['id']}", headers=AUTH).json()
        seen.append(job["progress"])
    assert seen == sorted(seen) and all(0 <= p <= 1 for p in seen)
    return job


def files(*items: tuple[str, bytes]) -> list[tuple[str, tuple[str, bytes, str]]]:
    return [("files", (name, data, "application/octet-stream")) for name, data in items]


def _state(client: TestClient) -> tuple[str | None, list[dict[str, Any]], list[str]]:
    ws = Workspace(client.app.state.settings.data_path)  # type: ignore[attr-defined]
    uploads = sorted(p.name for p in Path(tempfile.gettempdir()).glob("styrgraf-upload-*"))
    return ws.current_id(), ws.registry(), uploads


def test_admin_api_is_off_without_a_token(off_client: TestClient) -> None:
    for method, path in (("POST", "/api/admin/documents"), ("POST", "/api/admin/rebuild"),
                         ("GET", "/api/admin/jobs/abc")):
        assert_error(off_client.request(method, path, headers=AUTH), 403, "STYRGRAF_ADMIN_TOKEN")
    r = off_client.get("/admin")
    assert r.status_code == 403 and "avstängd" in r.text
    assert off_client.get("/api/documents").status_code == 200  # reads stay public


def test_wrong_or_missing_token_is_401(client: TestClient) -> None:
    before = _state(client)
    for headers in ({}, {"Authorization": "Bearer fel"}, {"Authorization": f"Basic {TOKEN}"},
                    {"Authorization": f"Bearer {TOKEN}x"}):
        r = client.post("/api/admin/documents", headers=headers, files=files(("a.txt", NOTE)))
        assert_error(r, 401)
        assert r.headers["www-authenticate"].startswith("Bearer")
    assert_error(client.post("/api/admin/rebuild"), 401)
    assert _state(client) == before


def test_upload_builds_and_serves_the_document(client: TestClient) -> None:
    before_id, before_reg, _ = _state(client)
    r = client.post("/api/admin/documents", headers=AUTH, files=files(("anteckningar-april.txt", NOTE)))
    assert r.status_code == 202, r.text
    assert r.headers["location"] == f"/api/admin/jobs/{r.json()['id']}"
    job = wait(client, r.json())
    assert job["state"] == "done" and job["progress"] == 1.0 and job["error"] is None, job
    (doc,) = job["result"]["documents"]
    assert job["result"]["generation"] != before_id
    listed = {d["id"] for d in client.get("/api/documents").json()}
    assert doc["id"] in listed
    hits = client.get("/api/search", params={"q": "fallprevention Lindesberg", "mode": "bm25"}).json()
    assert hits["results"] and hits["results"][0]["document"]["id"] == doc["id"]
    _, reg, uploads = _state(client)
    assert [e["id"] for e in reg] == [e["id"] for e in before_reg] + [doc["id"]]
    assert not uploads  # the job removed its temporary folder
    # the same file again: validated, queued, and the job fails with the reason
    again = wait(client, client.post("/api/admin/documents", headers=AUTH, files=files(("kopia.txt", NOTE))).json())
    assert again["state"] == "failed" and "redan" in again["error"]["detail"]


def test_rebuild_job_and_unknown_job(client: TestClient) -> None:
    before = _state(client)[0]
    r = client.post("/api/admin/rebuild", headers=AUTH)
    assert r.status_code == 202
    job = wait(client, r.json())
    assert job["state"] == "done" and job["result"]["generation"] != before
    assert client.get("/api/status").status_code == 200
    assert_error(client.get("/api/admin/jobs/finnsinte", headers=AUTH), 404)


def _bomb() -> bytes:
    d = docx.Document()
    d.add_paragraph("Kallelse till sammanträde")
    buf = io.BytesIO()
    d.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            z.writestr(info.filename, zin.read(info))
        z.writestr("word/media/image1.bin", b"\0" * 10_000_000)
    return out.getvalue()


@pytest.mark.parametrize(("upload", "status", "word"), [
    (("program.exe", b"MZ\x90\x00"), 415, "stöds inte"),
    (("stor.txt", b"Minnesanteckningar\n" + b"rad med text\n" * 20_000), 413, "STYRGRAF_UPLOAD_MAX_BYTES"),
    (("bomb.docx", None), 413, "STYRGRAF_INGEST_MAX_ZIP_RATIO"),
    (("laughs.html", b'<!DOCTYPE html [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
                     b"<html><body><p>&b;</p></body></html>"), 400, "DOCTYPE"),
    (("tom.txt", b"   \n"), 400, "tom"),
    (("../../etc/passwd.txt", b"\x00\x01\x02binary"), 400, "passwd.txt"),
])
def test_bad_uploads_are_refused_and_change_nothing(client: TestClient, upload: tuple[str, bytes | None],
                                                     status: int, word: str) -> None:
    before = _state(client)
    name, data = upload
    r = client.post("/api/admin/documents", headers=AUTH,
                    files=files(("ok.txt", NOTE), (name, data if data is not None else _bomb())))
    assert_error(r, status, word)
    assert _state(client) == before


def test_malformed_requests(client: TestClient) -> None:
    before = _state(client)
    assert_error(client.post("/api/admin/documents", headers=AUTH, json={"files": []}), 415)
    assert_error(client.post("/api/admin/documents", headers=AUTH, files={"annat": ("a.txt", NOTE)}), 400, "files")
    assert _state(client) == before


def test_admin_page_and_openapi(client: TestClient) -> None:
    r = client.get("/admin")
    assert r.status_code == 200
    assert 'id="admin-token"' in r.text and 'type="file"' in r.text
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", r.text, re.S)
    assert any("admin.js" in attrs for attrs, _ in scripts)
    # no inline code: every script is a file, or a JSON data block
    assert all("src=" in attrs or "application/json" in attrs for attrs, _ in scripts)
    assert client.get("/static/js/admin.js").status_code == 200
    spec = client.get("/openapi.json").json()
    for path in ("/api/admin/documents", "/api/admin/rebuild", "/api/admin/jobs/{job_id}"):
        for op in spec["paths"][path].values():
            assert {"401", "403"} <= set(op["responses"]) and op["tags"] == ["administration"]
    assert "multipart/form-data" in spec["paths"]["/api/admin/documents"]["post"]["requestBody"]["content"]
