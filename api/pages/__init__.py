"""The web pages (server-rendered, Swedish): one module per page, combined into `router`.

    /                 start page: one search box with entity autocomplete, example questions
    /sok              results: highlighted passages, facets, entity card and timeline
    /entity/{path}    an entity (path = resource IRI after id/)
    /dokument         all documents; /dokument/{id} the text as passages (#passage-<id>) with entity chips
    /karta            dependency map (Cytoscape.js) with gaps and central goals
    /sparql-editor    YASGUI on /sparql with example queries (/fraga redirects here; ?query= opens one)
    /ontologi         the ontology: class hierarchy, properties, one anchor per term (/def/X → #X)
    /begrepp          the SKOS thesaurus: schemes → concepts, candidate concepts marked "att granska"

`render_error(request, status, title, detail)` is the HTML error page the API's error handler uses for
browsers.
"""

from __future__ import annotations

from fastapi import APIRouter

from api.pages import dependencies, document, entity, search, sparql, vocabulary
from api.pages.errors import render_error

router = APIRouter(include_in_schema=False)
for _module in (search, entity, document, dependencies, sparql, vocabulary):
    router.include_router(_module.router)

__all__ = ["render_error", "router"]
