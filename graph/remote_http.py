"""HTTP to a remote SPARQL 1.1 server: its configuration (`RemoteConfig`) and one client (`SparqlHttp`) that
turns every way a server can fail into a clear error naming the URL.

Reads fail fast: one try, and after a connection failure or timeout a short cool-down during which reads
raise `StoreUnavailable` at once, so a dead or slow server costs a search one timeout, not one per entity.
Writes (the ingest) retry connection errors and 5xx answers with exponential backoff, since a build that
gives up on a server restart loses all its work.

`read_budget(s)`: reads in its block (this thread or task) share one deadline, so an extra that makes several
queries (a search's entity card and timeline) waits for a slow server at most `s` in all. A read cut short
by the budget does not start the cool-down: the server was slower than this caller could wait, not down."""

from __future__ import annotations

import contextvars
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

import httpx2

from corpus.errors import StyrgrafError
from graph.store import StoreUnavailable

log = logging.getLogger(__name__)

#: Statuses worth retrying on a write: the server is restarting, overloaded or behind a proxy that is.
RETRY_STATUSES = frozenset({500, 502, 503, 504})
#: The deadline (time.monotonic()) of the innermost `read_budget` block, None outside one.
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("styrgraf_read_deadline", default=None)


@contextmanager
def read_budget(seconds: float | None) -> Iterator[None]:
    """Remote reads inside the block end by `seconds` from now (a nested block can only shorten it); None or
    0: no budget. The embedded store ignores it (its queries take milliseconds and cannot be cut short)."""
    if not seconds or seconds <= 0:
        yield
        return
    outer = _DEADLINE.get()
    deadline = time.monotonic() + seconds
    token = _DEADLINE.set(deadline if outer is None else min(outer, deadline))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


@dataclass(frozen=True)
class RemoteConfig:
    """Where a remote SPARQL 1.1 server answers, and how to talk to it.

    `union_default_graph` says how to get "the default graph is the union of all named graphs", which the
    reading code asks for: "param" sends Oxigraph server's `union-default-graph` request parameter with
    each such query; "native" sends nothing, for servers whose default graph already is the union
    (Virtuoso, or `oxigraph serve --union-default-graph`)."""

    query_url: str
    update_url: str | None = None
    gsp_url: str | None = None
    user: str | None = None
    password: str | None = None
    auth: Literal["basic", "digest"] = "basic"
    timeout_s: float = 10.0
    write_timeout_s: float = 120.0
    retries: int = 4
    backoff_s: float = 0.5
    cooldown_s: float = 2.0
    union_default_graph: Literal["param", "native"] = "param"
    results_format: Literal["json", "tsv", "xml"] = "json"
    #: the Graph Store Protocol's graph parameter: `graph` in SPARQL 1.1; older Virtuoso endpoints take `graph-uri`
    gsp_graph_param: str = "graph"


class RemoteError(StyrgrafError):
    """The server refused a request that should have worked (bad gateway: the server, not the caller, is
    at odds with the protocol)."""

    status = 502
    exit_code = 8
    title = "Grafdatabasen svarade med ett fel"


class StoreTimeout(StoreUnavailable):
    """The server took longer than the read's timeout (reachable, perhaps, but too slow to wait for)."""


class SparqlHttp:
    """One shared, thread-safe HTTP client to the server, with the failure policy above."""

    def __init__(self, config: RemoteConfig) -> None:
        self.config = config
        auth: httpx2.Auth | None = None
        if config.user is not None:
            password = config.password or ""
            auth = (httpx2.DigestAuth(config.user, password) if config.auth == "digest"
                    else httpx2.BasicAuth(config.user, password))
        self._client = httpx2.Client(auth=auth, timeout=config.timeout_s, follow_redirects=True)
        self._down_until = 0.0
        self._last_error: str | None = None
        self._lock = threading.Lock()

    def close(self) -> None:
        self._client.close()

    @property
    def last_error(self) -> str | None:
        return self._last_error

    def _mark_down(self, message: str) -> None:
        with self._lock:
            self._down_until = time.monotonic() + self.config.cooldown_s
            self._last_error = message

    def read(self, method: str, url: str, *, timeout_s: float | None = None, **kw: Any) -> httpx2.Response:
        """One try; any answer comes back (the caller judges its status), no answer raises StoreUnavailable."""
        now = time.monotonic()
        if now < self._down_until:
            raise StoreUnavailable(f"grafdatabasen {url} svarade inte nyss ({self._last_error}); försök igen strax")
        timeout = timeout_s or self.config.timeout_s
        deadline = _DEADLINE.get()
        budgeted = deadline is not None and deadline - now < timeout
        if deadline is not None and budgeted:
            timeout = deadline - now
            if timeout <= 0.001:
                raise StoreTimeout(f"grafdatabasen {url}: tiden för den här begäran är slut")
        try:
            resp = self._client.request(method, url, timeout=timeout, **kw)
        except httpx2.TimeoutException as e:
            if not budgeted:
                self._mark_down(f"ingen svar inom {timeout} s")
            raise StoreTimeout(f"grafdatabasen {url} svarade inte inom {timeout:.3g} s") from e
        except httpx2.TransportError as e:
            self._mark_down(f"{type(e).__name__}: {e}")
            raise StoreUnavailable(f"grafdatabasen {url} går inte att nå: {type(e).__name__}: {e}") from e
        self._last_error = None
        return resp

    def write(self, method: str, url: str, **kw: Any) -> httpx2.Response:
        """Retried with exponential backoff on connection errors and 5xx; 4xx answers come back as they are."""
        attempts = max(self.config.retries, 0) + 1
        problem = ""
        for attempt in range(attempts):
            if attempt:
                delay = self.config.backoff_s * 2 ** (attempt - 1)
                log.warning("%s %s failed (%s); retry %d/%d in %.1f s", method, url, problem, attempt,
                            attempts - 1, delay)
                time.sleep(delay)
            try:
                resp = self._client.request(method, url, timeout=self.config.write_timeout_s, **kw)
            except httpx2.TransportError as e:
                problem = f"{type(e).__name__}: {e}"
                continue
            if resp.status_code in RETRY_STATUSES:
                problem = f"HTTP {resp.status_code}: {resp.text[:200]}"
                continue
            self._last_error = None
            return resp
        raise StoreUnavailable(f"grafdatabasen {url} tog inte emot skrivningen efter {attempts} försök: {problem}")


def check(resp: httpx2.Response, what: str) -> httpx2.Response:
    """`resp` when it is a 2xx, else a RemoteError quoting the server's own message."""
    if resp.is_success:
        return resp
    raise RemoteError(f"{what}: {resp.request.method} {resp.request.url} gav HTTP {resp.status_code}: "
                      f"{resp.text[:300].strip()}")


__all__ = ["RETRY_STATUSES", "RemoteConfig", "RemoteError", "SparqlHttp", "StoreTimeout", "check", "read_budget"]
