"""Dependency map `/karta`: goals → uppdrag/aktiviteter → organ/projekt, drawn with Cytoscape.js from
`/api/dependencies` (the page is a shell; web/static/js/map.js loads and draws the data).

The map opens on the year with the most links between uppdrag/aktiviteter and goals (counted from the
data, so a year whose documents link nothing does not greet the reader with a map of gaps)."""

from __future__ import annotations

import contextlib
import json

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.deps import OptionalSnapshotDep
from api.pages._common import render
from corpus.errors import StyrgrafError

router = APIRouter()


def default_year(years: list[int], links: dict[int, int]) -> str:
    """The year with the most links (latest on ties); 'alla' when no year has any."""
    linked = [y for y in years if links.get(y, 0) > 0]
    if not linked:
        return "alla" if len(years) != 1 else str(years[0])
    return str(max(linked, key=lambda y: (links[y], y)))


@router.get("/karta", response_class=HTMLResponse, include_in_schema=False)
def map_page(request: Request, snap: OptionalSnapshotDep, year: str | None = None,
             organ: str | None = None) -> HTMLResponse:
    years: list[int] = []
    links: dict[int, int] = {}
    if snap is not None:  # without a graph the page still loads; the script reports what /api/dependencies says
        years = sorted({int(d.year) for d in snap.documents.values() if d.year}, reverse=True)
        with contextlib.suppress(StyrgrafError):
            links = snap.links_per_year()
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
