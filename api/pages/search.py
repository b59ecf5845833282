"""Results page `/sok`: highlighted passages, the cited answer, facets, entity card and timeline.

The start page `/` is api/pages/start.py (its route is included in `router` here, so the page list
in api/pages/__init__.py is unchanged); facets and filter chips are api/pages/search_facets.py.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.deps import ResourcesDep
from api.pages import start
from api.pages._common import (
    doc_type_label,
    document_href,
    entity_view,
    highlight_excerpt,
    passage_href,
    render,
    safe_highlight,
)
from api.pages.answer import answer_view
from api.pages.errors import error_page
from api.pages.search_facets import FACET_DEPTH, active_filters, engine_kwargs, facet_groups
from api.pages.start import EXAMPLES
from api.pages.views import as_dict, card_view, entity_ref_view, timeline_years
from corpus.errors import StyrgrafError
from graph.entities import entity_card
from graph.remote_http import read_budget
from graph.store import GraphStore
from search.engine import MAX_QUERY_CHARS

router = APIRouter()
router.include_router(start.router)  # `/` first, as before the split

RESULTS_SHOWN = 20        # passages shown
TITLE_CHARS = 120         # the page title and heading show at most this much of the question


def _int_or_none(v: str | None, name: str) -> int | None:
    if v is None or v.strip() == "":
        return None
    try:
        n = int(v.strip())
    except ValueError:
        raise StyrgrafError(f"{name} måste vara ett årtal, till exempel 2025 (fick '{v}')") from None
    if not 1900 <= n <= 2100:
        raise StyrgrafError(f"{name} måste vara ett årtal mellan 1900 och 2100 (fick {n})")
    return n


@router.get("/sok", response_class=HTMLResponse, include_in_schema=False)
def results(request: Request, resources: ResourcesDep, q: str | None = None, year_from: str | None = None,
            year_to: str | None = None, type: str | None = None, organ: str | None = None,
            entity_type: str | None = None) -> HTMLResponse:
    params = {"q": q, "year_from": year_from, "year_to": year_to, "type": type, "organ": organ,
              "entity_type": entity_type}
    # What the page echoes is bounded: the engine searches at most MAX_QUERY_CHARS (and says so), so the
    # page shows that much once in the box and in its links, and a short form in title and heading.
    raw = (q or "").strip()
    query = raw[:MAX_QUERY_CHARS]  # until the engine says what it searched
    params["q"] = query
    base_ctx = _echo_ctx(query, params)
    if not raw:
        return render(request, "results.html", {**base_ctx, "empty_query": True})
    try:
        filters = {
            "year_from": _int_or_none(year_from, "Från år"),
            "year_to": _int_or_none(year_to, "Till år"),
            "type": (type or "").strip(),
            "organ": (organ or "").strip(),
            "entity_type": (entity_type or "").strip(),
        }
        # The snapshot only once there is a question: an empty search needs no graph.
        snap = resources.current()
        engine = snap.require_search()
        answer = as_dict(engine.search(raw, k=RESULTS_SHOWN, **engine_kwargs(filters)))
        query = str(answer.get("query") or query)  # the engine's cut of a long question (`message` says so)
        params["q"] = query
        base_ctx = _echo_ctx(query, params)
        facets = facet_groups(engine, query, filters, params)
    except StyrgrafError as e:
        if e.status >= 500:
            return error_page(request, e)
        return render(request, "results.html", {**base_ctx, "problem": e.detail}, status_code=e.status)

    hits = [_hit_view(as_dict(h)) for h in answer.get("results") or []]
    card = card_view(answer.get("entity"))
    linked = [entity_ref_view(e) for e in answer.get("entities") or []]
    about = card["iri"] if card else (linked[0]["iri"] if linked and (answer.get("timeline") or len(linked) == 1)
                                      else None)
    if about:
        # The graph's full card (summary, relations) where it has one; else what the engine gave.
        card = _graph_card(snap.store, about, engine.graph_budget_s) or card \
            or {**linked[0], "alt_labels": [], "summary": "", "facts": []}
    active = active_filters(filters, params)
    return render(request, "results.html", {
        **base_ctx,
        "hits": hits,
        "message": answer.get("message"),
        "card": card,
        "tl_years": timeline_years(answer.get("timeline") or []),
        "linked": linked,
        "facets": facets,
        "facet_depth": FACET_DEPTH,
        "active": active,
        "took_ms": answer.get("took_ms"),
        "answer": answer_view(answer.get("answer")),
    })


def _echo_ctx(query: str, params: dict[str, Any]) -> dict[str, Any]:
    short = query if len(query) <= TITLE_CHARS else query[:TITLE_CHARS].rsplit(" ", 1)[0] + " …"
    return {"nav": "sok", "q": query, "q_short": short, "examples": EXAMPLES, "params": params}


def _graph_card(store: GraphStore, iri: str, budget_s: float | None) -> dict[str, Any] | None:
    try:
        with read_budget(budget_s):  # a slow remote graph costs the card, not the page
            return card_view(entity_card(store, iri))
    except Exception:  # the card is an extra; the results stand without it
        return None


def _hit_view(h: dict[str, Any]) -> dict[str, Any]:
    doc = as_dict(h.get("document"))
    pid = str(h.get("passage_id") or "")
    seen: set[str] = set()
    chips = []
    for e in h.get("entities") or []:
        ev = entity_ref_view(e)
        if ev["iri"] in seen or ev["href"] == "#":
            continue
        seen.add(ev["iri"])
        chips.append(ev)
    return {
        "passage_id": pid,
        "highlight": safe_highlight(h.get("highlight"), str(h.get("text") or "")),
        "excerpt": highlight_excerpt(h.get("highlight"), str(h.get("text") or "")),
        "heading": h.get("heading") or "",
        "doc_id": doc.get("id"),
        "doc_title": doc.get("title") or doc.get("id") or "",
        "doc_type": doc_type_label(doc.get("type")),
        "doc_date": doc.get("date") or (str(doc["year"]) if doc.get("year") else ""),
        "organ": doc.get("organ") or "",
        "doc_href": document_href(str(doc.get("id") or "")),
        "passage_href": passage_href(pid, doc.get("id")),
        "entities": chips[:8],
        "more_entities": max(0, len(chips) - 8),
    }


__all__ = ["EXAMPLES", "entity_view", "router"]
