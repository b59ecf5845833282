"""Dependency map `/karta`: goals → uppdrag/aktiviteter → organ/projekt, drawn with Cytoscape.js from
`/api/dependencies` (the page is a shell; web/static/js/map.js loads and draws the data).

The map opens on the year with the most links between uppdrag/aktiviteter and goals (counted from the
data, so a year whose documents link nothing does not greet the reader with a map of gaps)."""

from __future__ import annotations

import json
import threading
from collections import Counter
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.pages._common import render, snapshot
from corpus.errors import StyrgrafError

router = APIRouter()

WORK_TYPES = {"Assignment", "Activity"}

_cache: dict[str, dict[int, int]] = {}
_cache_lock = threading.Lock()


def links_per_year(g: Any) -> dict[int, int]:
    """Number of `contributesTo` links (uppdrag/aktivitet → mål) per year of the uppdrag/aktivitet, from the
    dependency graph (a networkx DiGraph of `graph.dependencies`)."""
    counts: Counter[int] = Counter()
    for u, v, d in g.edges(data=True):
        if str(d.get("relation") or "").rsplit("/", 1)[-1] != "contributesTo":
            continue
        for n in (u, v):
            nd = g.nodes[n]
            if nd.get("type") in WORK_TYPES and isinstance(nd.get("year"), int):
                counts[nd["year"]] += 1
                break
    return dict(counts)


def default_year(years: list[int], links: dict[int, int]) -> str:
    """The year with the most links (latest on ties); 'alla' when no year has any."""
    linked = [y for y in years if links.get(y, 0) > 0]
    if not linked:
        return "alla" if len(years) != 1 else str(years[0])
    return str(max(linked, key=lambda y: (links[y], y)))


def _links(snap: Any) -> dict[int, int]:
    key = str(getattr(snap, "id", id(snap)))
    with _cache_lock:
        if key in _cache:
            return _cache[key]
    from graph import dependencies as deps

    links = links_per_year(deps.dependency_graph(snap.store))
    with _cache_lock:
        _cache.clear()
        _cache[key] = links
    return links


@router.get("/karta", response_class=HTMLResponse, include_in_schema=False)
def map_page(request: Request, year: str | None = None, organ: str | None = None) -> HTMLResponse:
    years: list[int] = []
    links: dict[int, int] = {}
    try:
        snap = snapshot(request)
        years = sorted({int(d.year) for d in snap.documents.values() if d.year}, reverse=True)
        links = _links(snap)
    except StyrgrafError:
        pass  # the script reports what /api/dependencies says
    if year == "alla":
        selected_year = "alla"
    elif year and year.isdigit():
        selected_year = year
    else:
        selected_year = default_year(years, links)
    best = default_year(years, links)
    year_options = [{"value": str(y), "links": links.get(y, 0)} for y in years]
    return render(request, "map.html", {
        "nav": "karta", "years": years, "year_options": year_options, "year": selected_year, "organ": organ or "",
        "best_year": best if best != "alla" else "", "links_json": json.dumps({str(k): v for k, v in links.items()}),
    })
