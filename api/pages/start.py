"""Start page `/`: one search box with entity autocomplete, example questions, what the corpus holds
(documents, years, the newest documents) and the most mentioned projects.

`/?q=…` is answered with a 303 to `/sok` with the same query string: the results have one address (the
form, facet links and the README use `/sok`), and the redirect costs one loopback round trip (measured
about 1 ms through TestClient, against ~40 ms for the search itself).
"""

from __future__ import annotations

from typing import Any

import pyoxigraph
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.deps import OptionalSnapshotDep
from api.pages._common import doc_type_label, document_href, entity_view, render
from corpus.model import Document
from graph.namespaces import SPARQL_PREFIXES
from graph.store import GraphStore

router = APIRouter()

EXAMPLES = (
    "vad har hänt med SMO-piloten?",
    "hur går införandet av SPOT?",
    "vilka aktiviteter finns för effektmål 8?",
)

TOP_PROJECTS_QUERY = SPARQL_PREFIXES + """
SELECT ?c (SAMPLE(?label) AS ?name) (SAMPLE(?acr) AS ?acronym) (COUNT(DISTINCT ?p) AS ?n) WHERE {
  GRAPH ?g { ?p sg:mentions ?c }
  GRAPH ?t { ?c a sg:Project ; skos:prefLabel ?label . OPTIONAL { ?c sg:acronym ?acr } }
} GROUP BY ?c ORDER BY DESC(?n) ?name LIMIT 10
"""
START_DOCS_SHOWN = 8


def top_projects(store: GraphStore, limit: int = 10) -> list[dict[str, Any]]:
    """The projects mentioned in the most passages: [{label, acronym, count, href, query}]."""
    out = []
    try:
        solutions = store.query(TOP_PROJECTS_QUERY)
        assert isinstance(solutions, pyoxigraph.QuerySolutions)
        rows = list(solutions)
    except Exception:  # the start page works without them
        return []
    for row in rows[:limit]:
        label = row["name"].value if row["name"] is not None else ""
        acronym = row["acronym"].value if row["acronym"] is not None else ""
        out.append({"label": label, "acronym": acronym, "count": int(row["n"].value),
                    "href": entity_view(row["c"].value)["href"], "query": acronym or label})
    return out


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def start(request: Request, snap: OptionalSnapshotDep, q: str | None = None) -> Response:
    if q and q.strip():  # a search: to the results page, every parameter kept as sent
        return RedirectResponse("/sok?" + request.url.query, status_code=303)
    stats = None
    corpus: dict[str, Any] | None = None
    if snap is not None:  # the start page works without a built graph; searching will explain
        docs = list(snap.documents.values())
        years = sorted({y for d in docs if (y := _doc_year(d)) is not None})
        stats = {
            "documents": len(docs),
            "passages": sum(len(d.passages) for d in docs),
            "years": f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else ""),
        }
        ordered = sorted(docs, key=lambda d: (_doc_year(d) or 0, d.date or "", d.title), reverse=True)
        corpus = {
            "documents": [{"title": d.title, "href": document_href(d.id), "type": doc_type_label(d.doc_type),
                           "year": _doc_year(d), "organ": d.organ or ""} for d in ordered[:START_DOCS_SHOWN]],
            "more": max(0, len(ordered) - START_DOCS_SHOWN),
            "projects": top_projects(snap.store),
        }
    return render(request, "start.html", {"nav": "sok", "examples": EXAMPLES, "stats": stats, "corpus": corpus})


def _doc_year(d: Document) -> int | None:
    if d.year:
        return int(d.year)
    date = d.date
    return int(date[:4]) if date and date[:4].isdigit() else None
