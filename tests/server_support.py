"""Real servers on loopback for the tests: uvicorn for the tests that need the production event loop (browser
pages, the SPARQL worker pool under concurrent clients), and a SPARQL 1.1 server for the remote graph store
(`sparql_server`: the Oxigraph server of the `oxigraph` PyPI package, or the server the
STYRGRAF_TEST_SPARQL_* variables name), and a Milvus server for the passage backend (`milvus_server`). One
implementation, used by every such test module."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI

from graph.remote import RemoteConfig


@contextlib.contextmanager
def uvicorn_server(app: FastAPI, start_timeout_s: float = 120.0) -> Iterator[int]:
    """Serve `app` on 127.0.0.1 (a port the OS picks, so there is no race for a free one); yields the port."""
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout_s
    while not (srv.started and srv.servers):
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield int(srv.servers[0].sockets[0].getsockname()[1])
    finally:
        srv.should_exit = True
        thread.join(timeout=20)


def free_port() -> int:
    """A port free on 127.0.0.1 just now (for servers that cannot be told to pick their own)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _external_sparql() -> RemoteConfig | None:
    """The server named by STYRGRAF_TEST_SPARQL_QUERY_URL (+ _UPDATE_URL, _GSP_URL, _USER, _PASSWORD, _AUTH,
    _UNION: 'param' or 'native', _GSP_GRAPH_PARAM), e.g. a Virtuoso started by hand; None when unset."""
    env = os.environ.get
    query = env("STYRGRAF_TEST_SPARQL_QUERY_URL")
    if not query:
        return None
    return RemoteConfig(query_url=query, update_url=env("STYRGRAF_TEST_SPARQL_UPDATE_URL"),
                        gsp_url=env("STYRGRAF_TEST_SPARQL_GSP_URL"), user=env("STYRGRAF_TEST_SPARQL_USER"),
                        password=env("STYRGRAF_TEST_SPARQL_PASSWORD"),
                        auth="digest" if env("STYRGRAF_TEST_SPARQL_AUTH") == "digest" else "basic",
                        union_default_graph="native" if env("STYRGRAF_TEST_SPARQL_UNION") == "native" else "param",
                        gsp_graph_param=env("STYRGRAF_TEST_SPARQL_GSP_GRAPH_PARAM") or "graph")


def oxigraph_binary() -> str | None:
    """The `oxigraph` server binary beside this Python (the venv's, from the PyPI package), else on PATH."""
    here = Path(sys.executable).with_name("oxigraph")
    return str(here) if here.exists() else shutil.which("oxigraph")


@dataclass
class SparqlServer:
    """A running SPARQL server: its endpoints, and its process when the test started it."""

    config: RemoteConfig
    proc: subprocess.Popen[bytes] | None = None

    def stop(self) -> None:
        """Stop the server (only one the test started; an external server is left alone)."""
        if self.proc is not None:
            stop(self.proc)


@contextlib.contextmanager
def sparql_server(location: Path, start_timeout_s: float = 30.0) -> Iterator[SparqlServer]:
    """A SPARQL 1.1 server for the test: the external one when STYRGRAF_TEST_SPARQL_QUERY_URL is set (left
    running), else a fresh `oxigraph serve` on `location` and a free port, stopped afterwards. Skips the test
    when neither is there."""
    external = _external_sparql()
    if external is not None:
        yield SparqlServer(external)
        return
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("no oxigraph server binary (pip install oxigraph) and no STYRGRAF_TEST_SPARQL_QUERY_URL")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = (location.parent / f"oxigraph-{port}.log").open("wb")
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + start_timeout_s
        while True:
            if proc.poll() is not None:
                pytest.fail(f"oxigraph serve exited with {proc.returncode}; see {log.name}")
            try:
                with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail(f"oxigraph serve not ready after {start_timeout_s} s")
                time.sleep(0.1)
        yield SparqlServer(RemoteConfig(query_url=f"{base}/query", update_url=f"{base}/update",
                                        gsp_url=f"{base}/store"), proc)
    finally:
        stop(proc)
        log.close()


@contextlib.contextmanager
def milvus_server(data_dir: Path, start_timeout_s: float = 30.0) -> Iterator[str]:
    """A Milvus gRPC server's URI for the test: STYRGRAF_TEST_MILVUS_URI when set (e.g. a Milvus standalone;
    left running), else `milvus-lite server` (Milvus Lite 3's gRPC server) on `data_dir` and a free port,
    stopped afterwards. Skips when neither is there."""
    external = os.environ.get("STYRGRAF_TEST_MILVUS_URI")
    if external:
        yield external
        return
    try:
        from milvus_lite import cmdline
    except ImportError:
        pytest.skip("no milvus-lite (pip install -e '.[milvus]') and no STYRGRAF_TEST_MILVUS_URI")
    if not hasattr(cmdline, "add_server_parser"):
        pytest.skip("this milvus-lite has no gRPC server command (Milvus Lite >= 3)")
    port = free_port()
    log = (data_dir.parent / f"milvus-{port}.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "milvus_lite", "server", "--data-dir", str(data_dir),
                             "--host", "127.0.0.1", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + start_timeout_s
        while True:
            if proc.poll() is not None:
                pytest.fail(f"milvus-lite server exited with {proc.returncode}; see {log.name}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            if time.monotonic() > deadline:
                pytest.fail(f"milvus-lite server not ready after {start_timeout_s} s")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(proc)
        log.close()


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Terminate a server subprocess (killed when it does not exit within 10 s)."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
