"""A real uvicorn server on loopback for the tests that need the production event loop (browser pages, the
SPARQL worker pool under concurrent clients). One implementation, used by every such test module."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from fastapi import FastAPI


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
