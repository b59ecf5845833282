"""Security headers on every response, and CORS (off unless `cors_origins` is set).

The pages load no third-party code: Cytoscape.js and YASGUI are vendored under /static/vendor and every script
is a file under /static, so `script-src 'self'`. Styles allow 'unsafe-inline' because both vendored libraries
inject <style> elements and the templates use style attributes; a style cannot run code. `frame-ancestors 'none'`
(and X-Frame-Options for older browsers) keeps the pages out of other sites' frames.

FastAPI's /docs and /redoc pages are the exception: they load Swagger UI / ReDoc from a CDN with an inline
script, so they get a policy that allows exactly that (they show the API, never data).

The headers middleware wraps the whole stack, outside Starlette's ServerErrorMiddleware, so even an unexpected
500 carries them.
"""

from __future__ import annotations

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.settings import Settings

PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            "frame-ancestors 'none'")
DOCS_CDN = "https://cdn.jsdelivr.net"
DOCS_CSP = (f"default-src 'self'; script-src 'self' 'unsafe-inline' {DOCS_CDN}; "
            f"style-src 'self' 'unsafe-inline' {DOCS_CDN} https://fonts.googleapis.com; "
            "font-src 'self' https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com "
            f"{DOCS_CDN}; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'")
DOCS_PATHS = ("/docs", "/redoc")

_COMMON: list[tuple[bytes, bytes]] = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]
_PAGE = [(b"content-security-policy", PAGE_CSP.encode()), *_COMMON]
_DOCS = [(b"content-security-policy", DOCS_CSP.encode()), *_COMMON]


class SecurityHeaders:
    """Adds the headers to `http.response.start` unless the response set its own value."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = _DOCS if scope["path"].startswith(DOCS_PATHS) else _PAGE

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {k.lower() for k, _ in headers}
                headers.extend((k, v) for k, v in extra if k not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def install_headers(app: FastAPI, settings: Settings) -> None:
    """CORS when `settings.cors_origins` names origins (read-only methods: the API only reads, the admin API
    is for the operator's own pages), and the security headers around everything. Call after every other
    `add_middleware`, so CORS also covers the limits' and admission control's refusals."""
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "HEAD", "POST"],
                           allow_headers=["Accept", "Content-Type"], max_age=600)
    build = app.build_middleware_stack

    def build_with_headers() -> ASGIApp:
        return SecurityHeaders(build())

    app.build_middleware_stack = build_with_headers  # type: ignore[method-assign]
