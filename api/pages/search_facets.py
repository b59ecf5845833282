"""The facets and active-filter chips of the results page `/sok`: counts over the most relevant
passages, each facet counted with the *other* filters applied, and links that set or drop one filter."""

from __future__ import annotations

from collections import Counter
from typing import Any

from api.pages._common import doc_type_label, type_label, type_name, url_with
from api.pages.views import as_dict
from corpus.errors import StyrgrafError
from search.engine import SearchEngine

FACET_DEPTH = 40          # facet counts are over the most relevant passages (unfiltered by that facet)
FILTERS = ("year_from", "year_to", "type", "organ", "entity_type")


def engine_kwargs(f: dict[str, Any]) -> dict[str, Any]:
    """The page's filters (`FILTERS`, parsed) as `SearchEngine.search` keywords."""
    return {
        "year_from": f["year_from"], "year_to": f["year_to"], "doc_type": f["type"] or None,
        "organ": f["organ"] or None, "entity_type": f["entity_type"] or None,
    }


def _hit_year(h: dict[str, Any]) -> str | None:
    doc = h.get("document") or {}
    if doc.get("year"):
        return str(doc["year"])
    date = doc.get("date") or ""
    return date[:4] if date[:4].isdigit() else None


def facet_groups(engine: SearchEngine, query: str, filters: dict[str, Any], params: dict[str, Any]
                 ) -> list[dict[str, Any]]:
    """Counts over the most relevant passages; each facet counted with the *other* filters applied."""
    cache: dict[tuple[Any, ...], list[dict[str, Any]]] = {}

    def hits_without(*drop: str) -> list[dict[str, Any]]:
        f = dict(filters)
        for k in drop:
            f[k] = None if k.startswith("year") else ""
        key = tuple(sorted(f.items()))
        if key not in cache:
            try:
                ans = as_dict(engine.search(query, k=FACET_DEPTH, answer=False, **engine_kwargs(f)))
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


def active_filters(filters: dict[str, Any], params: dict[str, Any]) -> list[dict[str, str]]:
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
