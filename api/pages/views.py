"""Turning the API's models (search answers, entity cards, timeline events) into what templates show.

Everything accepts pydantic models or plain dicts, so the pages keep working while the graph and search
modules evolve, and the tests can feed small stand-in data.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from api.pages._common import (
    TIMELINE_KIND_LABELS,
    date_label,
    doc_id_of_passage,
    entity_href,
    entity_view,
    passage_href,
    type_key,
    type_label,
)
from graph.terms import resource_type


def as_dict(x: Any) -> dict[str, Any]:
    if x is None:
        return {}
    if isinstance(x, dict):
        return x
    if hasattr(x, "model_dump"):
        d: dict[str, Any] = x.model_dump()
        return d
    if hasattr(x, "__dict__"):
        return dict(vars(x))
    return {}


def event_view(ev: Any) -> dict[str, Any]:
    d = as_dict(ev)
    date = str(d.get("date") or "")
    pid = d.get("passage_id")
    doc = d.get("document_id")
    href = None
    if pid:
        href = passage_href(str(pid), str(doc) if doc else None)
    elif d.get("iri"):
        href = entity_href(str(d["iri"]))
    kind = str(d.get("kind") or "")
    return {
        "date": date,
        "year": date[:4] if len(date) >= 4 and date[:4].isdigit() else "Utan år",
        "show_date": len(date) > 4,
        "date_label": date_label(date) if len(date) > 4 else "",
        "kind": kind,
        "kind_label": TIMELINE_KIND_LABELS.get(kind, kind.capitalize()),
        "label": str(d.get("label") or ""),
        "href": href,
    }


def timeline_years(events: Any) -> list[dict[str, Any]]:
    """Events grouped by year (the order given by the source, which sorts chronologically)."""
    years: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
    for ev in events or []:
        v = event_view(ev)
        years.setdefault(v["year"], []).append(v)
    return [{"year": y, "events": evs} for y, evs in years.items()]


def _ref_type(d: dict[str, Any]) -> str | None:
    t = d.get("type")
    if t:
        return str(t)
    return resource_type(str(d.get("iri") or ""), d.get("types") or [])


def entity_ref_view(e: Any) -> dict[str, Any]:
    d = as_dict(e)
    return entity_view(str(d.get("iri") or ""), d.get("label"), _ref_type(d))


def card_types(d: dict[str, Any]) -> str | None:
    """Primary type local name of an EntityCard-like dict."""
    if d.get("type"):
        return str(d["type"])
    names: list[str] = []
    for t in d.get("types") or []:
        td = as_dict(t) if not isinstance(t, str) else {"name": t}
        names.append(str(td.get("name") or td.get("iri") or ""))
    return resource_type(str(d.get("iri") or ""), names)


def relation_groups(relations: Any, limit_per_group: int | None = None) -> list[dict[str, Any]]:
    """Relations grouped by predicate label (then direction), each target a link."""
    groups: OrderedDict[tuple[str, str], list[dict[str, Any]]] = OrderedDict()
    for r in relations or []:
        d = as_dict(r)
        label = str(d.get("predicate_label") or d.get("predicate") or "")
        direction = str(d.get("direction") or "out")
        iri = str(d.get("iri") or "")
        item = entity_view(iri, d.get("label"), d.get("type"))
        item["href"] = entity_href(iri)
        groups.setdefault((label, direction), []).append(item)
    out = []
    for (label, direction), items in groups.items():
        seen: set[str] = set()
        uniq = [i for i in items if not (i["iri"] in seen or seen.add(i["iri"]))]  # type: ignore[func-returns-value]
        shown = uniq[:limit_per_group] if limit_per_group else uniq
        out.append({"label": label, "direction": direction, "items": shown, "more": len(uniq) - len(shown)})
    return out


def card_view(card: Any) -> dict[str, Any] | None:
    """An entity card (graph.entities.EntityCard or its dict) for the compact card on the results page."""
    d = as_dict(card)
    if not d or not d.get("iri"):
        return None
    t = card_types(d)
    alt = [str(a) for a in [*(d.get("acronyms") or []), *(d.get("alt_labels") or [])] if a]
    seen: set[str] = set()
    alt = [a for a in alt if not (a in seen or seen.add(a)) and a != d.get("label")]  # type: ignore[func-returns-value]
    facts = []
    rels = [r for r in [*(d.get("relations_out") or []), *(d.get("relations_in") or [])]
            if not str(as_dict(r).get("predicate", "")).endswith("inScheme")]
    for g in relation_groups(rels, limit_per_group=4)[:5]:
        values = [{"label": i["label"], "href": i["href"]} for i in g["items"]]
        if g["more"]:
            values.append({"label": f"+{g['more']} till", "href": None})
        facts.append({"label": g["label"], "values": values})
    summary = d.get("definition") or d.get("summary") or ""
    if not summary:
        for p in d.get("properties") or []:
            pd = as_dict(p)
            if str(pd.get("predicate", "")).endswith(("/text", "#text", "definition")):
                summary = str(pd.get("value") or "")
                break
    if len(summary) > 280:
        summary = summary[:277].rsplit(" ", 1)[0] + " …"
    return {
        "iri": d["iri"],
        "label": str(d.get("label") or d["iri"]),
        "type_key": type_key(t),
        "type_label": type_label(t),
        "alt_labels": alt,
        "summary": summary,
        "facts": facts,
        "href": entity_href(str(d["iri"])) or "#",
    }


def passage_ref_view(p: Any) -> dict[str, Any]:
    d = as_dict(p)
    pid = str(d.get("passage_id") or "")
    doc = d.get("document_id") or (doc_id_of_passage(pid) if pid else None)
    return {
        "passage_id": pid,
        "href": passage_href(pid, doc) if pid else None,
        "document_title": d.get("document_title") or doc or "",
        "document_date": date_label(d.get("document_date")),
        "heading": d.get("heading") or "",
        "snippet": d.get("snippet") or "",
    }
