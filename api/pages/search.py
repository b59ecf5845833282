"""Start page `/` (one search box with entity autocomplete) and results `/sok`.

`/?q=…` is answered with a 303 to `/sok` with the same query string: the results have one address (the
form, facet links and the README use `/sok`), and the redirect costs one loopback round trip (measured
about 1 ms through TestClient, against ~40 ms for the search itself).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pyoxigraph
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.deps import OptionalSnapshotDep, ResourcesDep
from api.pages._common import (
    doc_type_label,
    document_href,
    entity_view,
    highlight_excerpt,
    passage_href,
    render,
    safe_highlight,
    type_label,
    type_name,
    url_with,
)
from api.pages.answer import answer_view
from api.pages.errors import error_page
from api.pages.views import as_dict, card_view, entity_ref_view, timeline_years
from corpus.errors import StyrgrafError
from corpus.model import Document
from graph.entities import entity_card
from graph.namespaces import SPARQL_PREFIXES
from graph.remote_http import read_budget
from graph.store import GraphStore
from search.engine import MAX_QUERY_CHARS, SearchEngine

router = APIRouter()

EXAMPLES = (
    "vad har hänt med SMO-piloten?",
    "hur går införandet av SPOT?",
    "vilka aktiviteter finns för effektmål 8?",
)

RESULTS_SHOWN = 20        # passages shown
FACET_DEPTH = 40          # facet counts are over the most relevant passages (unfiltered by that facet)
FILTERS = ("year_from", "year_to", "type", "organ", "entity_type")
TITLE_CHARS = 120         # the page title and heading show at most this much of the question


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


def _hit_year(h: dict[str, Any]) -> str | None:
    doc = h.get("document") or {}
    if doc.get("year"):
        return str(doc["year"])
    date = doc.get("date") or ""
    return date[:4] if date[:4].isdigit() else None


def _engine_kwargs(f: dict[str, Any]) -> dict[str, Any]:
    return {
        "year_from": f["year_from"], "year_to": f["year_to"], "doc_type": f["type"] or None,
        "organ": f["organ"] or None, "entity_type": f["entity_type"] or None,
    }


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
        answer = as_dict(engine.search(raw, k=RESULTS_SHOWN, **_engine_kwargs(filters)))
        query = str(answer.get("query") or query)  # the engine's cut of a long question (`message` says so)
        params["q"] = query
        base_ctx = _echo_ctx(query, params)
        facets = _facets(engine, query, filters, params)
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
    active = _active_filters(filters, params)
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


def _facets(engine: SearchEngine, query: str, filters: dict[str, Any], params: dict[str, Any]) -> list[dict[str, Any]]:
    """Counts over the most relevant passages; each facet counted with the *other* filters applied."""
    cache: dict[tuple[Any, ...], list[dict[str, Any]]] = {}

    def hits_without(*drop: str) -> list[dict[str, Any]]:
        f = dict(filters)
        for k in drop:
            f[k] = None if k.startswith("year") else ""
        key = tuple(sorted(f.items()))
        if key not in cache:
            try:
                ans = as_dict(engine.search(query, k=FACET_DEPTH, answer=False, **_engine_kwargs(f)))
                cache[key] = [as_dict(h) for h in ans.get("results") or []]
            except StyrgrafError:
                cache[key] = []
        return cache[key]

    out = []
    # Year: links select one year (year_from = year_to).
    years = Counter(y for h in hits_without("year_from", "year_to") if (y := _hit_year(h)))
    one_year = filters["year_from"] if filters["year_from"] == filters["year_to"] else None
    out.append({"name": "År", "key": "year", "items": [
        {"label": y, "count": n, "active": one_year is not None and str(one_year) == y,
         "href": url_with("/sok", params, year_from=y, year_to=y)}
        for y, n in sorted(years.items(), reverse=True)]})
    # Document type.
    types = Counter(str(as_dict(h.get("document")).get("type") or "") for h in hits_without("type"))
    out.append({"name": "Dokumenttyp", "key": "type", "items": [
        {"label": doc_type_label(t), "count": n, "active": filters["type"] == t,
         "href": url_with("/sok", params, type=t)}
        for t, n in types.most_common() if t]})
    # Organ (of the document).
    organs = Counter(str(as_dict(h.get("document")).get("organ") or "") for h in hits_without("organ"))
    out.append({"name": "Organ", "key": "organ", "items": [
        {"label": o, "count": n, "active": filters["organ"] == o, "href": url_with("/sok", params, organ=o)}
        for o, n in organs.most_common() if o]})
    # Entity type (passages that mention at least one entity of the type).
    et: Counter[str] = Counter()
    for h in hits_without("entity_type"):
        names = {type_name(as_dict(e).get("type")) for e in h.get("entities") or []}
        et.update(n for n in names if n)
    out.append({"name": "Nämner", "key": "entity_type", "items": [
        {"label": type_label(t), "count": n, "active": filters["entity_type"] == t,
         "href": url_with("/sok", params, entity_type=t)}
        for t, n in et.most_common(10)]})
    return [f for f in out if f["items"]]


def _active_filters(filters: dict[str, Any], params: dict[str, Any]) -> list[dict[str, str]]:
    out = []
    yf, yt = filters["year_from"], filters["year_to"]
    if yf is not None or yt is not None:
        label = f"År {yf}" if yf == yt else f"År {yf or '…'}–{yt or '…'}"
        out.append({"label": label, "href": url_with("/sok", params, year_from=None, year_to=None)})
    if filters["type"]:
        out.append({"label": doc_type_label(filters["type"]), "href": url_with("/sok", params, type=None)})
    if filters["organ"]:
        out.append({"label": filters["organ"], "href": url_with("/sok", params, organ=None)})
    if filters["entity_type"]:
        out.append({"label": "Nämner " + type_label(filters["entity_type"]).lower(),
                    "href": url_with("/sok", params, entity_type=None)})
    return out


__all__ = ["EXAMPLES", "entity_view", "router"]
