"""Entity page `/entity/{path}`: path = the resource IRI after `id/` (`graph.namespaces.ID`)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.deps import SnapshotDep
from api.iris import resource_iri
from api.pages._common import ID_BASE, render, type_key, type_label
from api.pages.errors import error_page, render_error
from api.pages.views import as_dict, card_types, passage_ref_view, relation_groups, timeline_years
from corpus.errors import NotFound, StyrgrafError
from graph.entities import entity_card
from graph.namespaces import local_name

router = APIRouter()

#: Literal properties worth showing, by local name, with Swedish labels (others are listed under "Övrigt").
HIDDEN_PROPERTIES = {"label", "prefLabel", "altLabel", "acronym", "type", "ordinal", "start", "end", "exact",
                     "prefix", "suffix"}


@router.get("/entity/{path:path}", response_class=HTMLResponse, include_in_schema=False)
def entity_page(request: Request, path: str, snap: SnapshotDep) -> HTMLResponse:
    path = path.strip("/")
    if not path or ".." in path.split("/"):
        return render_error(request, 404, "Hittades inte", "ange en resurs, t.ex. /entity/project/smo")
    iri = resource_iri(path)  # a path no IRI can hold → 400 (the app's error handler: HTML for browsers)
    try:
        card = entity_card(snap.store, iri)
        if card is None:
            raise NotFound(f"det finns ingen uppgift om ”{path}” i kunskapsgrafen")
    except StyrgrafError as e:
        return error_page(request, e)
    return render(request, "entity.html", {"e": entity_context(card), "nav": None})


def entity_context(card: Any) -> dict[str, Any]:
    d = as_dict(card)
    t = card_types(d)
    props = []
    text = ""
    for p in d.get("properties") or []:
        pd = as_dict(p)
        name = local_name(str(pd.get("predicate") or ""))
        if name in HIDDEN_PROPERTIES or pd.get("value") in (None, ""):
            continue
        if name == "text" and not text:
            text = str(pd["value"])
            continue
        # the property's Swedish rdfs:label from the ontology (graph.terms), as a field label
        label = str(pd.get("predicate_label") or name)
        props.append({"label": label[:1].upper() + label[1:], "value": str(pd["value"])})
    other_types = [as_dict(x) if not isinstance(x, str) else {"name": x, "label": x} for x in d.get("types") or []]
    extra_types = [str(x.get("label") or x.get("name")) for x in other_types
                   if x.get("name") and x.get("name") not in (t, "Concept")
                   and type_label(str(x.get("name"))) != type_label(t)]
    derived = [passage_ref_view(p) for p in d.get("derived_from") or []]
    derived_ids = {p["passage_id"] for p in derived}
    mentioned = [passage_ref_view(p) for p in d.get("mentioned_in") or [] if as_dict(p).get("passage_id") not in
                 derived_ids]
    acronyms = [str(a) for a in d.get("acronyms") or []]
    alt = [str(a) for a in d.get("alt_labels") or [] if a not in acronyms and a != d.get("label")]
    return {
        "iri": d.get("iri"),
        "id": d.get("id") or str(d.get("iri", "")).removeprefix(ID_BASE),
        "label": d.get("label") or local_name(str(d.get("iri") or "")),
        "type_key": type_key(t),
        "type_label": type_label(t),
        "extra_types": extra_types,
        "acronyms": acronyms,
        "alt_labels": alt,
        "definition": d.get("definition") or "",
        "text": text,
        "properties": props,
        "relations_out": relation_groups(d.get("relations_out")),
        "relations_in": relation_groups(d.get("relations_in")),
        "timeline": timeline_years(d.get("timeline")),
        "derived": derived,
        "mentioned": mentioned,
    }
