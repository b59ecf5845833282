"""The FastAPI application factory.

A thin app (datasette-style): routes live in one module per resource under `api/routes/`; heavy
resources (store, search engine, embedder, thesaurus, SPARQL workers) are loaded once in `lifespan`
into a `Resources` object on `app.state.resources` and reached through typed dependencies
(`api/deps.py`); every error becomes one JSON shape (`api/errors.py`).

    uvicorn --factory api.app:create_app       (read-only; `styrgraf.asgi:create_app` adds the admin jobs)
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from api import pages
from api.admission import Admission
from api.errors import ERROR_RESPONSES, install_error_handlers
from api.headers import install_headers
from api.jobs import Builder, JobRunner
from api.limits import InputLimits
from api.pages import admin as admin_page
from api.resources import Resources
from api.routes import admin, dependencies, documents, entities, linked_data, meta, search, sparql
from api.settings import Settings, get_settings

WEB_DIR = Path(__file__).resolve().parent / "web"
STATIC_DIR = WEB_DIR / "static"

#: The JSON routes, one module per resource (included in this order; linked data's catch-all /id/… last).
ROUTE_MODULES = (meta, search, entities, documents, dependencies, sparql, admin, linked_data)

TAGS = [
    {"name": "sök", "description": "Semantisk sökning (täta vektorer + BM25) över passager i styrdokumenten."},
    {"name": "entiteter", "description": "Uppdrag, organ, projekt, effektmål ... med relationer, passager "
     "och tidslinje."},
    {"name": "dokument", "description": "Dokumenten: metadata, rensad text, passager med positioner och entiteter."},
    {"name": "beroenden", "description": "Nätverket av mål och uppdrag, med analys; JSON, GraphML eller GEXF."},
    {"name": "sparql", "description": "SPARQL 1.1 Protocol (endast läsning), med sökfunktioner "
     "`sgf:relevance`, `sgf:semantic` och `sgf:bm25`."},
    {"name": "länkade data", "description": "Varje resurs-IRI går att slå upp: /id/… och ontologin /def/…"},
    {"name": "tjänst", "description": "Tjänstens status."},
    {"name": "administration", "description": "Ladda upp dokument och bygg om (bearer-token "
     "`STYRGRAF_ADMIN_TOKEN`; utan token är API:t avstängt, 403)."},
]


def create_app(settings: Settings | None = None, *, reload_check_s: float = 2.0,
               builder: Builder | None = None) -> FastAPI:
    """Build the application. `settings` defaults to `get_settings()` (environment STYRGRAF_*).

    `reload_check_s`: how often the service looks for a new generation (built by `styrgraf build` or
    `styrgraf ingest` in another process); 0 disables the background check (a request still notices).
    `builder`: the build pipeline behind the admin API's jobs (`styrgraf.pipeline.PipelineBuilder`, passed
    by `styrgraf serve` and `styrgraf.asgi`); without it the admin endpoints answer 503.
    """
    settings = settings or get_settings()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        resources = Resources(settings, reload_check_s=reload_check_s)
        await asyncio.to_thread(resources.start)
        app.state.resources = resources
        watcher = asyncio.create_task(resources.watch()) if reload_check_s > 0 else None
        try:
            yield
        finally:
            if watcher is not None:
                watcher.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watcher
            await asyncio.to_thread(resources.close)

    app = FastAPI(
        title="Styrgraf",
        summary="Kunskapsgraf och semantisk sökning över styrdokument för hälso- och sjukvård, Region Örebro län.",
        description="JSON-API, SPARQL 1.1-endpoint och länkade data över målbild, uppdrag, effektmål, "
        "organ, möten och beslut, med spårbarhet ned till passagen i källdokumentet. "
        "Fel har alltid formen `{\"error\": {\"status\", \"title\", \"detail\"}}`.",
        version="0.1.0",
        openapi_tags=TAGS,
        responses=ERROR_RESPONSES,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.jobs = JobRunner(builder) if builder is not None else None
    install_error_handlers(app)

    for module in ROUTE_MODULES:
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(pages.router)
    app.include_router(admin_page.router)
    # Pure ASGI middleware, innermost first: `/sparql` answered ahead of FastAPI's routing (api/routes/sparql.py),
    # admission control, then the input bounds (a refused request never takes a place), then CORS and the
    # security headers around everything (api/headers.py).
    app.add_middleware(sparql.SparqlFastPath, settings=settings)
    app.add_middleware(Admission, settings=settings)
    app.add_middleware(InputLimits, settings=settings)
    install_headers(app, settings)
    return app

