"""Dependency map `/karta`: goals → uppdrag/aktiviteter → organ/projekt, drawn with Cytoscape.js from
`/api/dependencies` (the page is a shell; web/static/js/map.js loads and draws the data)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from styrgraf.api.pages._common import render, snapshot
from styrgraf.errors import StyrgrafError

router = APIRouter()


@router.get("/karta", response_class=HTMLResponse, include_in_schema=False)
def map_page(request: Request, year: str | None = None, organ: str | None = None) -> HTMLResponse:
    years: list[int] = []
    try:
        snap = snapshot(request)
        years = sorted({int(d.year) for d in snap.documents.values() if d.year}, reverse=True)
    except StyrgrafError:
        pass  # the script reports what /api/dependencies says
    # Default: the latest year (a readable map); "alla" shows every year.
    if year == "alla":
        selected_year = "alla"
    elif year and year.isdigit():
        selected_year = year
    else:
        selected_year = str(years[0]) if years else "alla"
    return render(request, "map.html", {"nav": "karta", "years": years, "year": selected_year,
                                        "organ": organ or ""})
