"""The organisation at the edges (graph/organisations.py): `styrgraf ingest --organisation` and the admin
upload's `organisation` field reach the graph (checked first, refused with a clear 4xx / exit 3 and nothing
written); an old unscoped IRI of a non-default organisation's entity answers 301 to the one scoped IRI it
became, 300 with the candidates when several regions have one, 404 when none. Real app (TestClient) over a
real workspace generation built from two regions' protokoll; the same lookup over a real `oxigraph serve`."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import RDF, URIRef
from server_support import sparql_server

from api.app import create_app
from api.settings import Settings
from api.workspace import Workspace
from corpus.ingest import read_document
from graph.build import build_dataset
from graph.iri import unscoped_iri
from graph.namespaces import ID, SG
from graph.organisations import scoped_candidates
from graph.remote import RemoteStore
from graph.remote_build import publish_dataset
from graph.store import write_store
from graph.thesaurus import Thesaurus
from styrgraf.cli import main
from styrgraf.pipeline import PipelineBuilder
from tests.test_organisation_scope import PROTOKOLL

TOKEN = "organisations-nyckel-1"
TURTLE = {"Accept": "text/turtle"}
HTML = {"Accept": "text/html"}
FJALL_MEETING = "meeting/region-fjallmark/regionstyrelsen/2025-03-11"


def _write(folder: Path, name: str, org: str, date: str = "2025-03-11") -> Path:
    path = folder / f"{name}.txt"
    path.write_text(PROTOKOLL.format(org=org).replace("2025-03-11", date), "utf-8")
    return path


@pytest.fixture(scope="module")
def two_regions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """A workspace whose generation holds Region Fjällmark's protokoll of 2025-03-11 and Region Kustlandet's
    of 2025-04-01 (same uppdrag text, so the same uppdrag IRI in both regions), and the dataset."""
    tmp = tmp_path_factory.mktemp("two-regions")
    docs = [read_document(_write(tmp, "fjall", "Region Fjällmark"), {"id": "fjall"}),
            read_document(_write(tmp, "kust", "Region Kustlandet", "2025-04-01"), {"id": "kust"})]
    ds = build_dataset(docs, Thesaurus.load())
    with Workspace(tmp / "data").new_generation() as gen_dir:
        store = write_store(gen_dir / "store", ds)
        del store   # the generation is published only once its store is closed
        (gen_dir / "meta.json").write_text("{}", "utf-8")
        (gen_dir / "documents.jsonl").write_text("", "utf-8")
    return tmp / "data", ds


@pytest.fixture(scope="module")
def client(two_regions: tuple[Path, Any]) -> Iterator[TestClient]:
    app = create_app(Settings(data_dir=two_regions[0], embedder="hash"), reload_check_s=0)
    with TestClient(app, follow_redirects=False) as c:
        yield c


def _uppdrag(ds: Any) -> str:
    """The unscoped IRI of the uppdrag both regions give (same text → same hash, one IRI per region)."""
    scoped = sorted({str(q[0]) for q in ds.quads((None, RDF.type, SG.Assignment, None))})
    assert len(scoped) == 2 and "/region-fjallmark/" in scoped[0], scoped
    return str(unscoped_iri(scoped[0], "region-fjallmark"))


def test_an_old_iri_moves_to_the_one_scoped_iri(client: TestClient) -> None:
    r = client.get("/id/meeting/regionstyrelsen/2025-03-11", headers=TURTLE)
    assert r.status_code == 301 and r.headers["location"] == f"/id/{FJALL_MEETING}", r.text
    moved = client.get(r.headers["location"], headers=TURTLE)
    assert moved.status_code == 200 and "Meeting" in moved.text
    # the query (?format=) goes along; browsers are moved too, and the new IRI then sends them to its page
    r = client.get("/id/meeting/regionstyrelsen/2025-03-11?format=ntriples")
    assert r.status_code == 301 and r.headers["location"] == f"/id/{FJALL_MEETING}?format=ntriples"
    r = client.get("/id/decision/regionstyrelsen/2025-04-01/2-1", headers=HTML)
    assert r.status_code == 301
    assert r.headers["location"] == "/id/decision/region-kustlandet/regionstyrelsen/2025-04-01/2-1"
    page = client.get(r.headers["location"], headers=HTML)
    assert page.status_code == 303 and page.headers["location"].startswith("/entity/decision/region-kustlandet/")


def test_several_candidates_answer_300(client: TestClient, two_regions: tuple[Path, Any]) -> None:
    path = _uppdrag(two_regions[1])[len(ID):]
    r = client.get(f"/id/{path}", headers=TURTLE)
    assert r.status_code == 300, r.text
    err = r.json()["error"]
    assert err["status"] == 300 and err["title"] and "Region Fjällmark" in err["detail"]
    wanted = [f"/id/{path.replace('assignment/', f'assignment/{region}/')}"
              for region in ("region-fjallmark", "region-kustlandet")]
    assert [c["href"] for c in err["candidates"]] == wanted
    assert [c["organisation"] for c in err["candidates"]] == ["Region Fjällmark", "Region Kustlandet"]
    assert all(f"<{href}>" in r.headers["link"] for href in wanted)
    for href in wanted:   # each candidate resolves
        assert client.get(href, headers=TURTLE).status_code == 200
    page = client.get(f"/id/{path}", headers=HTML)
    assert page.status_code == 300 and page.headers["content-type"].startswith("text/html")
    assert all(f'href="{href}"' in page.text for href in wanted) and "Region Kustlandet" in page.text


def test_existing_and_unknown_iris_are_as_before(client: TestClient) -> None:
    # an IRI with triples is never moved (the thesaurus's Örebro Regionstyrelsen, a scoped meeting)
    assert client.get("/id/organ/regionstyrelsen", headers=TURTLE).status_code == 200
    assert client.get(f"/id/{FJALL_MEETING}", headers=TURTLE).status_code == 200
    for path in ("meeting/regionstyrelsen/1999-01-01", "project/finns-inte", "meeting/region-fjallmark/x"):
        r = client.get(f"/id/{path}", headers=TURTLE)
        assert r.status_code == 404 and r.json()["error"]["status"] == 404, path


@pytest.mark.slow
def test_the_lookup_reads_a_remote_store_alike(tmp_path: Path, two_regions: tuple[Path, Any]) -> None:
    ds = two_regions[1]
    embedded = ox.Store()
    embedded.bulk_load(ds.serialize(format="nquads", encoding="utf-8"), ox.RdfFormat.N_QUADS)
    iris = [str(ID["meeting/regionstyrelsen/2025-03-11"]), _uppdrag(ds), str(ID["organ/finns-inte"])]
    expected = [scoped_candidates(embedded, i) for i in iris]
    assert [len(e) for e in expected] == [1, 2, 0]
    with sparql_server(tmp_path / "db") as server:
        remote = RemoteStore(server.config)
        publish_dataset(remote, ds)
        assert [scoped_candidates(remote, i) for i in iris] == expected


# -- the override: command line and admin upload ------------------------------------------------------------

def _store_has(data: Path, iri: str) -> bool:
    gen = Workspace(data).current()
    assert gen is not None
    store = ox.Store.read_only(str(gen.path / "store"))
    return any(store.quads_for_pattern(ox.NamedNode(iri), None, None, None))


@pytest.mark.slow
def test_cli_and_upload_pass_the_organisation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("STYRGRAF_EMBEDDER", "hash")
    monkeypatch.setenv("STYRGRAF_EMBEDDING_CACHE", str(tmp_path / "emb.sqlite"))
    doc = _write(tmp_path, "fjall", "Region Fjällmark")
    for bad, words in (("", "tom"), ("  ", "tom"), ("x" * 101, "högst 100"), ("!!!", "bokstäver"),
                       ("Region\x07X", "styrtecken")):
        assert main(["--data-dir", str(data), "ingest", "--organisation", bad, str(doc)]) == 3, bad
        assert words in capsys.readouterr().err, bad
    assert Workspace(data).current() is None   # nothing was written
    assert main(["--data-dir", str(data), "ingest", "--organisation", " Region  Kustlandet ", str(doc)]) == 0
    assert _store_has(data, str(ID["meeting/region-kustlandet/regionstyrelsen/2025-03-11"]))
    assert not _store_has(data, str(ID[FJALL_MEETING]))    # the override won over the letterhead
    assert [e["overrides"].get("organisation") for e in Workspace(data).registry()] == ["Region Kustlandet"]

    s = Settings(data_dir=data, embedder="hash", embedding_cache=tmp_path / "emb.sqlite", admin_token=TOKEN)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    upload = _write(tmp_path, "ekby", "Region Fjällmark", "2025-05-20").read_bytes()
    files = [("files", ("ekby.txt", upload, "text/plain"))]
    with TestClient(create_app(s, reload_check_s=0, builder=PipelineBuilder(s)), follow_redirects=False) as c:
        for bad in ("", "y" * 150):
            r = c.post("/api/admin/documents", headers=auth, files=files, data={"organisation": bad})
            assert r.status_code == 400 and "organisation" in r.json()["error"]["detail"], r.text
        assert len(Workspace(data).registry()) == 1   # refused at once, nothing registered
        r = c.post("/api/admin/documents", headers=auth, files=files, data={"organisation": "Ekby kommun"})
        assert r.status_code == 202, r.text
        job = r.json()
        deadline = time.monotonic() + 90
        while job["state"] in ("queued", "running"):
            assert time.monotonic() < deadline, job
            time.sleep(0.2)
            job = c.get(f"/api/admin/jobs/{job['id']}", headers=auth).json()
        assert job["state"] == "done", job
        c.app.state.resources.maybe_reload(block=True)   # type: ignore[attr-defined]
        r = c.get("/id/meeting/regionstyrelsen/2025-05-20", headers=TURTLE)
        assert r.status_code == 301 and r.headers["location"] == "/id/meeting/ekby-kommun/regionstyrelsen/2025-05-20"
    assert _store_has(data, str(URIRef(ID["organ/ekby-kommun/regionstyrelsen"])))
