"""Input bounds at the HTTP layer, as pure ASGI middleware (no BaseHTTPMiddleware: it costs a task and a
queue per request, a search takes ~8 ms).

* path + query string longer than `max_url_bytes` → 414;
* a path or query string whose percent-encoding is broken or decodes to invalid UTF-8, or a path with a control
  character → 400 (Starlette would silently turn bad UTF-8 into U+FFFD and answer a query nobody sent); the
  query string of `/sparql` is checked by `api/sparql/protocol.py` as it decodes it (the same 400, one pass);
* a body over the limit → 413: at once from Content-Length, or while a chunked body streams in. The limit is
  `max_body_bytes`, or `ADMIN_BATCH_FILES` × `upload_max_bytes` for the admin upload under `/api/admin/` (which
  holds each file to `upload_max_bytes` itself and names that limit). (`/sparql` keeps
  `max_body_bytes`; its own `sparql_max_query_bytes` is checked by `api/sparql/protocol.py`.)

Every refusal has the JSON error shape of `api/errors.py` and names the setting that caused it.
"""

from __future__ import annotations

import contextlib
import re
from urllib.parse import unquote_to_bytes

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import TITLES, error_response
from api.settings import Settings

ADMIN_PREFIX = "/api/admin/"
#: decodes its query string itself, as strictly (api/sparql/protocol.py): decoding it here too doubled the cost
SELF_DECODING = "/sparql"
#: An admin upload request may hold this many files of the largest size (the backstop for the whole body).
ADMIN_BATCH_FILES = 4
_BAD_PERCENT = re.compile(rb"%(?![0-9A-Fa-f]{2})")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class _BodyTooLarge(Exception):
    """Raised from the wrapped `receive` when a streamed body passes the limit (caught here, never escapes)."""


def bad_percent(raw: bytes) -> str | None:
    """Where `raw` has a '%' not followed by two hex digits, or None."""
    m = _BAD_PERCENT.search(raw)
    if m:
        return f"ogiltig procentkodning '{raw[m.start():m.start() + 3].decode('latin-1')}' på plats {m.start() + 1}"
    return None


def bad_encoding(raw: bytes, *, plus_is_space: bool) -> str | None:
    """Why `raw` (a raw path or query string) is not valid percent-encoded UTF-8, or None when it is."""
    if (problem := bad_percent(raw)) is not None:
        return problem
    if plus_is_space:
        raw = raw.replace(b"+", b" ")
    try:
        unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError as e:
        return f"ogiltig UTF-8 (byte {e.object[e.start]:#04x}) efter avkodning av procentkodningen"
    return None


class InputLimits:
    """URL length, URL encoding and body size, checked before the app sees the request."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.max_url = settings.max_url_bytes
        self.max_body = settings.max_body_bytes
        self.max_upload = settings.upload_max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode("utf-8")
        query: bytes = scope.get("query_string", b"")
        if len(raw_path) + len(query) + (1 if query else 0) > self.max_url:
            await _refuse(scope, receive, send, 414, f"adressen (sökväg och frågesträng) är längre än "
                          f"max_url_bytes (STYRGRAF_MAX_URL_BYTES) = {self.max_url} byte")
            return
        problem = bad_encoding(raw_path, plus_is_space=False)
        where = "sökvägen"
        if problem is None and scope["path"] != SELF_DECODING:
            problem, where = bad_encoding(query, plus_is_space=True), "frågesträngen"
        if problem is None and (m := _CONTROL.search(scope["path"])):
            # no path of the service holds a control character; routes would disagree on it (404 or 500)
            problem, where = f"styrtecknet U+{ord(m.group()):04X} på plats {m.start() + 1}", "sökvägen"
        if problem is not None:
            await _refuse(scope, receive, send, 400, f"{where}: {problem}")
            return

        admin = scope["path"].startswith(ADMIN_PREFIX)
        if admin:  # a batch of files; each one is held to upload_max_bytes by api/routes/admin.py itself
            limit = ADMIN_BATCH_FILES * self.max_upload
            name = f"{ADMIN_BATCH_FILES} × upload_max_bytes (STYRGRAF_UPLOAD_MAX_BYTES)"
        else:
            limit, name = self.max_body, "max_body_bytes (STYRGRAF_MAX_BODY_BYTES)"
        too_large = f"begärans innehåll är större än {name} = {limit} byte"
        length = _content_length(scope)
        if length == -1:
            await _refuse(scope, receive, send, 400, "Content-Length är inte ett heltal")
            return
        if length is not None and length > limit:
            await _refuse(scope, receive, send, 413, too_large)
            return
        if length is not None or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            # a declared length is enforced by the server (h11/httptools stop at it); GET bodies are not read
            await self.app(scope, receive, send)
            return
        await self._counted(scope, receive, send, limit, too_large)

    async def _counted(self, scope: Scope, receive: Receive, send: Send, limit: int, too_large: str) -> None:
        """A chunked body: count while it streams; past the limit the app's answer is replaced by the 413."""
        seen = 0
        started = False
        exceeded = False

        async def counting_receive() -> Message:
            nonlocal seen, exceeded
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    exceeded = True
                    raise _BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if exceeded:
                return  # whatever the app makes of the interrupted read, the client gets the 413
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        with contextlib.suppress(_BodyTooLarge):  # raised by counting_receive, through the app's read
            await self.app(scope, counting_receive, guarded_send)
        if exceeded and not started:
            await _refuse(scope, receive, send, 413, too_large)


def _content_length(scope: Scope) -> int | None:
    """The declared body length; None when absent, -1 when it is not a number."""
    for key, value in scope.get("headers", ()):
        if key == b"content-length":
            try:
                n = int(value)
            except ValueError:
                return -1
            return n if n >= 0 else -1
    return None


async def _refuse(scope: Scope, receive: Receive, send: Send, status: int, detail: str) -> None:
    response = error_response(Request(scope), status, TITLES[status], detail,
                              headers={"Connection": "close"} if status == 413 else None)
    await response(scope, receive, send)
