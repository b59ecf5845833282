"""Admission control for searches and pages: at most `max_concurrent_requests` of them in progress per
process; one more gets an immediate 503 with `Retry-After` instead of a place in a queue that only grows
(at 128 concurrent searches, unbounded, p99 was 8.4 s and nothing was refused).

Pure ASGI middleware; the counter is a plain int because the event loop runs every `__call__` on one
thread. A request counts until its response is sent. Not counted: static files, `/api/status` (monitoring
must answer when the service is busy), `/sparql` (its worker pool sheds load itself, api/sparql/pool.py), the
admin API and page (operators must get in under load) and the API documentation.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from api.errors import TITLES, error_response
from api.settings import Settings

EXEMPT_PREFIXES = ("/static/", "/api/admin/", "/admin", "/docs", "/redoc")
EXEMPT_PATHS = frozenset({"/sparql", "/api/status", "/openapi.json", "/favicon.ico"})


def admitted_path(path: str) -> bool:
    """Whether requests for `path` count against the limit (searches, pages, entity and document reads)."""
    return path not in EXEMPT_PATHS and not path.startswith(EXEMPT_PREFIXES)


class Admission:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.limit = settings.max_concurrent_requests
        self.retry_after = str(settings.retry_after_s)
        self.active = 0
        self.shed = 0  # refused since start (bench/load.py reads the 503s from the client side)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not admitted_path(scope["path"]):
            await self.app(scope, receive, send)
            return
        if self.active >= self.limit:
            self.shed += 1
            response = error_response(
                Request(scope), 503, TITLES[503],
                f"tjänsten besvarar redan {self.limit} förfrågningar (max_concurrent_requests); "
                f"försök igen om {self.retry_after} s", headers={"Retry-After": self.retry_after})
            await response(scope, receive, send)
            return
        self.active += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.active -= 1
