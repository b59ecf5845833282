"""Replicas that agree: two real `styrgraf serve` processes over one data directory answer identically, and both
switch to a new generation within seconds of an `ingest` run by a third process (issue 10, "Replicas").

The servers are real subprocesses on two loopback ports (the deployment shape of N API replicas and one ingest
job); the embedder is the deterministic hash embedder, because which vectors the replicas share is beside the
point: that they share the same ones is the point. It runs twice: over the embedded store, and with the graph in
a real Oxigraph server (`oxigraph serve`, tests/server_support.py) that the build, the ingest and both replicas
reach through the STYRGRAF_SPARQL_* variables, as a deployment with a SPARQL server would (skipped without the
oxigraph binary).
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from server_support import free_port, sparql_server, stop

from graph.remote import RemoteConfig

SWITCH_WITHIN_S = 10.0
QUERIES = ["SMO-piloten", "vårdplatser", "uppdrag om nära vård"]
SPARQL = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://w3id.org/styrgraf/def/Document> }"


#: the remote store of the variant that has one (set by the `built` fixture), else None
REMOTE: dict[Path, RemoteConfig] = {}


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STYRGRAF_")}
    env.update(STYRGRAF_EMBEDDER="hash", STYRGRAF_EMBEDDING_CACHE=str(tmp / "cache.sqlite"), PYTHONUNBUFFERED="1")
    remote = REMOTE.get(tmp)
    if remote is not None:
        env.update({f"STYRGRAF_SPARQL_{k}": v for k, v in (
            ("QUERY_URL", remote.query_url), ("UPDATE_URL", remote.update_url), ("GSP_URL", remote.gsp_url),
            ("USER", remote.user), ("PASSWORD", remote.password), ("AUTH", remote.auth),
            ("UNION_DEFAULT_GRAPH", remote.union_default_graph), ("GSP_GRAPH_PARAM", remote.gsp_graph_param))
            if v})
    return env


def _styrgraf(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "styrgraf", "--data-dir", str(data), *args]


def _get(port: int, path: str) -> tuple[int, Any]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


@contextlib.contextmanager
def _replica(data: Path, tmp: Path) -> Iterator[int]:
    port = free_port()
    log = (tmp / f"serve-{port}.log").open("wb")
    proc = subprocess.Popen(_styrgraf(data, "serve", "--no-build", "--port", str(port), "--reload-check-s", "0.5"),
                            env=_env(tmp), stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                pytest.fail(f"replica on port {port} exited: {(tmp / f'serve-{port}.log').read_text()[-2000:]}")
            with contextlib.suppress(OSError):
                if _get(port, "/api/status")[0] == 200:
                    break
            if time.monotonic() > deadline:
                pytest.fail(f"replica on port {port} did not start")
            time.sleep(0.2)
        yield port
    finally:
        stop(proc)
        log.close()


def _answers(port: int) -> dict[str, Any]:
    """What a user sees, minus what legitimately differs between processes (timings)."""
    out: dict[str, Any] = {}
    for q in QUERIES:
        status, body = _get(port, "/api/search?" + urllib.parse.urlencode({"q": q, "k": 5}))
        assert status == 200, body
        out[q] = [(h["passage_id"], round(h["score"], 6)) for h in body["results"]]
    status, body = _get(port, "/sparql?" + urllib.parse.urlencode({"query": SPARQL}))
    assert status == 200, body
    out["sparql"] = body["results"]["bindings"]
    return out


@pytest.fixture(scope="module", params=["embedded", "remote"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    tmp = tmp_path_factory.mktemp(f"replicas-{request.param}")
    with contextlib.ExitStack() as stack:
        if request.param == "remote":
            REMOTE[tmp] = stack.enter_context(sparql_server(tmp / "oxigraph-db")).config
        subprocess.run(_styrgraf(tmp / "data", "build"), env=_env(tmp), check=True, capture_output=True, timeout=300)
        if request.param == "remote":  # the graph really is on the server: no store of its own on disk
            assert not list((tmp / "data").glob("generations/*/store"))
        yield tmp, tmp / "data"
        REMOTE.pop(tmp, None)


def test_two_replicas_agree_and_switch_together(built: tuple[Path, Path]) -> None:
    tmp, data = built
    with _replica(data, tmp) as a, _replica(data, tmp) as b:
        before = _get(a, "/api/status")[1]["generation"]
        assert _get(b, "/api/status")[1]["generation"] == before
        first = _answers(a)
        assert first == _answers(b)

        note = tmp / "protokoll-replik.txt"
        note.write_text("Protokoll\n\nSammanträde den 4 mars 2026\n\n§ 1 Vårdplatser\nSMO-piloten om vårdplatser "
                        "rapporterades; beredningen beslutade att lägga rapporten till handlingarna.\n", "utf-8")
        subprocess.run(_styrgraf(data, "ingest", str(note)), env=_env(tmp), check=True, capture_output=True,
                       timeout=300)
        ingested = time.monotonic()
        seen: dict[int, float] = {}
        while len(seen) < 2 and time.monotonic() - ingested < SWITCH_WITHIN_S:
            for port in (a, b):
                if port not in seen and _get(port, "/api/status")[1]["generation"] != before:
                    seen[port] = time.monotonic() - ingested
            time.sleep(0.1)
        assert len(seen) == 2, f"replicas switched: {seen} of 2 within {SWITCH_WITHIN_S} s"
        assert _get(a, "/api/status")[1]["generation"] == _get(b, "/api/status")[1]["generation"]
        after = _answers(a)
        assert after == _answers(b)
        assert after["sparql"] != first["sparql"], "the new document is counted by both replicas"
