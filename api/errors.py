"""One JSON error shape for every 4xx/5xx: `{"error": {"status", "title", "detail"}}`.

All handlers live here and are installed by `install_error_handlers(app)`. Browsers (Accept prefers
text/html over JSON) get the web pages' HTML error page (`api.pages.errors.render_error`); everything else
gets JSON.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from api.conneg import best_match
from api.pages.errors import render_error
from corpus.errors import StyrgrafError

log = logging.getLogger(__name__)

#: Swedish titles for plain HTTP errors (unknown route, wrong method, ...).
TITLES: dict[int, str] = {
    400: "Felaktig begäran",
    401: "Behörighet krävs",
    403: "Förbjudet",
    404: "Hittades inte",
    405: "Metoden stöds inte",
    406: "Formatet kan inte levereras",
    413: "Begäran är för stor",
    414: "Adressen är för lång",
    415: "Medietypen stöds inte",
    422: "Ogiltiga parametrar",
    500: "Internt fel",
    503: "Tjänsten är inte tillgänglig",
}


class ErrorDetail(BaseModel):
    status: int = Field(description="the HTTP status again")
    title: str = Field(description="short Swedish title, e.g. 'Ogiltig IRI'")
    detail: str = Field(description="what was wrong, naming the limit or the parameter")


class ErrorBody(BaseModel):
    """The one error shape of the service."""
    error: ErrorDetail


def _documented(description: str) -> dict[str, Any]:
    return {"model": ErrorBody, "description": description}


#: The answers every operation may give besides its own (the app passes them to FastAPI as `responses=`): the
#: input bounds (api/limits.py) and admission control (api/admission.py) apply to every path.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: _documented("felaktig begäran: ogiltig IRI eller id, ogiltig procentkodning eller UTF-8, ogiltigt filter"),
    404: _documented("resursen finns inte"),
    413: _documented("innehållet är större än max_body_bytes (upload_max_bytes för /api/admin/)"),
    414: _documented("sökväg och frågesträng är längre än max_url_bytes"),
    415: _documented("medietypen stöds inte"),
    503: _documented("överbelastad (max_concurrent_requests, med Retry-After), eller ingen graf byggd än"),
}


def error_body(status: int, title: str, detail: str) -> dict[str, Any]:
    return {"error": {"status": status, "title": title, "detail": detail}}


def _title(status: int) -> str:
    if status in TITLES:
        return TITLES[status]
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Fel"


def wants_html(request: Request) -> bool:
    """True when the client is a browser asking for a page (text/html ranked above JSON)."""
    if request.url.path.startswith(("/api/", "/sparql")):
        return False
    accept = request.headers.get("accept", "")
    if "text/html" not in accept:
        return False
    return best_match(accept, ["text/html", "application/json"]) == "text/html"


def error_response(request: Request, status: int, title: str, detail: str,
                   headers: dict[str, str] | None = None) -> Response:
    if status >= 400 and wants_html(request):
        try:
            return render_error(request, status, title, detail)
        except Exception:  # never fail while reporting a failure
            log.exception("HTML error page failed")
    return JSONResponse(error_body(status, title, detail), status_code=status, headers=headers)


def _validation_detail(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
        parts.append(f"{loc}: {err.get('msg', 'ogiltigt värde')}" if loc else str(err.get("msg")))
    return "; ".join(parts) or "ogiltiga parametrar"


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path (Starlette's 405 names only the first matching route's:
    `/sparql` is one route for GET and one for POST)."""
    routes = request.app.router.routes
    return [m for m in ("GET", "POST", "PUT", "PATCH", "DELETE")
            if any(r.matches({**request.scope, "method": m})[0] == Match.FULL for r in routes)]


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StyrgrafError)
    async def _styrgraf_error(request: Request, exc: StyrgrafError) -> Response:
        return error_response(request, exc.status, exc.title, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, TITLES[422], _validation_detail(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"ingen resurs på {request.url.path}"
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405 and detail == "Method Not Allowed":
            detail = f"{request.method} stöds inte för {request.url.path}"
            allowed = _allowed_methods(request)
            if allowed:
                headers = {**(headers or {}), "Allow": ", ".join(allowed)}
        return error_response(request, exc.status_code, _title(exc.status_code), detail, headers=headers)

    @app.exception_handler(NotImplementedError)
    async def _not_implemented(request: Request, exc: NotImplementedError) -> Response:
        return error_response(request, 501, "Inte implementerat än", str(exc) or "funktionen finns inte än")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(request, 500, TITLES[500], f"{type(exc).__name__}: {exc}")
