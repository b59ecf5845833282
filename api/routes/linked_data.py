"""Linked data: every Styrgraf IRI resolves on the service.

* `GET /id/{path}`: the resource `<…/id/{path}>` (e.g. `/id/project/smo`). Browsers (Accept prefers
  text/html) are redirected (303) to the entity's page; clients get its description (outgoing triples,
  following blank nodes such as provenance selectors, incoming triples, and labels and types of the
  resources at the other end, from all named graphs) as Turtle, N-Triples or JSON-LD. Unknown → 404,
  except an old unscoped IRI of an organisation-local kind (`/id/meeting/regionstyrelsen/2025-03-11`, minted
  before its document's organisation scoped it, `graph/scope.py`): one scoped IRI under a publishing
  organisation → 301 to it; several → 300 with the candidates (JSON error shape, or a list for browsers).
* `GET /def`: the ontology (graph `graph/ontology`); `GET /def/{term}`: one term (class or property).
* `?format=turtle|ntriples|jsonld|html` overrides Accept. The IRIs are those of `graph/namespaces.py`
  (`api/iris.py` maps paths to them).
"""

from __future__ import annotations

import re
from typing import Annotated, Any
from urllib.parse import quote

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import NoMatchFound

from api.conneg import best_match
from api.deps import SnapshotDep
from api.errors import error_body
from api.iris import RDF_CONTENT_TYPES, describe, resource_iri, serialize_triples, term_iri
from api.pages._common import entity_href, entity_path, render
from api.resources import Snapshot
from corpus.errors import NotFound, StyrgrafError
from graph.namespaces import ONTOLOGY_GRAPH, PREFIXES
from graph.organisations import Candidate, scoped_candidates

router = APIRouter(tags=["länkade data"])

OFFERS = {  # server preference: RDF first (curl's */* gets Turtle), browsers name text/html explicitly
    "text/turtle": "turtle",
    "text/html": "html",
    "application/ld+json": "jsonld",
    "application/n-triples": "ntriples",
    "application/json": "jsonld",
    "application/xhtml+xml": "html",
    "text/plain": "ntriples",
}
FORMATS = {"turtle": "turtle", "ttl": "turtle", "ntriples": "ntriples", "nt": "ntriples", "jsonld": "jsonld",
           "json-ld": "jsonld", "json": "jsonld", "html": "html"}
RDF_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "the description in RDF",
          "content": {"text/turtle": {}, "application/n-triples": {}, "application/ld+json": {}}},
    300: {"description": "an old unscoped IRI that several organisations' resources now have (the candidates)"},
    301: {"description": "an old unscoped IRI: moved to the one organisation-scoped IRI it became"},
    303: {"description": "browsers: redirect to the HTML page"},
    404: {"description": "unknown resource"},
    406: {"description": "no acceptable format"},
}


def negotiate(request: Request, fmt: str | None) -> str:
    if fmt:
        chosen = FORMATS.get(fmt.lower())
        if chosen is None:
            raise StyrgrafError(f"okänt format '{fmt}': välj turtle, ntriples, jsonld eller html")
        return chosen
    media = best_match(request.headers.get("accept"), list(OFFERS))
    if media is None:
        raise StyrgrafError("inget av formaten i Accept kan levereras: text/turtle, application/n-triples, "
                            "application/ld+json eller text/html", status=406)
    return OFFERS[media]


def readable_prefixes(triples: list[Any]) -> dict[str, str]:
    """Prefixes for readable Turtle. The standard ones except `id:` (a resource's local part holds '/', which
    Turtle must escape: `id:project\\/smo`), plus one prefix per folder of resource IRIs whose members have no
    further '/': `project:smo`, `organ:beredning-for-psykiatri`, `passage:<id>`; deeper IRIs
    (`assignment/2025/nr-8`) are written in full."""
    id_base = PREFIXES.get("id", "")
    out = {p: ns for p, ns in PREFIXES.items() if p != "id"}
    folders: dict[str, bool] = {}
    for t in triples:
        for term in (t.subject, t.predicate, t.object):
            value = getattr(term, "value", None)
            if not isinstance(value, str) or not id_base or not value.startswith(id_base):
                continue
            rest = value[len(id_base):]
            folder, _, local = rest.partition("/")
            if not local:
                continue
            ok = "/" not in local and re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", local) is not None \
                and not local.endswith(".")
            folders[folder] = folders.get(folder, True) and ok
    for folder, ok in sorted(folders.items()):
        if ok and re.fullmatch(r"[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]", folder) and folder not in out:
            out[folder] = f"{id_base}{folder}/"
    return out


def rdf_response(triples: list[Any], fmt: str, iri: str) -> Response:
    if fmt == "turtle":
        # The resource's own statements first, then grouped by subject (Turtle writes one block per subject).
        ordered = sorted(triples, key=lambda t: (getattr(t.subject, "value", "") != iri,
                                                 isinstance(t.subject, ox.BlankNode), str(t.subject), str(t.predicate)))
        body = ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=readable_prefixes(ordered)) or b""
    else:
        body = serialize_triples(triples, fmt)
    return Response(body, headers={"Content-Type": RDF_CONTENT_TYPES[fmt], "Vary": "Accept",
                                   "Link": f'<{iri}>; rel="describes"'})


def _entity_page(iri: str, path: str) -> str:
    return entity_href(iri) or "/entity/" + quote(path, safe="/:")


def _ontology_page(request: Request, term: str | None) -> str | None:
    """The human page of the ontology (`/ontologi`, route name `ontology_page`, in api/pages/vocabulary.py),
    with the term's anchor (`/ontologi#Assignment`); None when the site has no such page. Looked up by route
    name, which also finds routes of included routers (FastAPI ≥ 0.165 no longer copies them into app.routes)."""
    try:
        page = str(request.app.url_path_for("ontology_page"))
    except NoMatchFound:
        return None
    return page + (f"#{quote(term)}" if term else "")


FormatQ = Annotated[str | None, Query(description="turtle, ntriples, jsonld eller html (i stället för Accept)")]


@router.get("/id/{path:path}", summary="Slå upp en resurs-IRI", responses=RDF_RESPONSES)
def resolve_resource(path: str, request: Request, snap: SnapshotDep, format: FormatQ = None) -> Response:
    """Resolve `<…/id/{path}>`: 303 to the HTML page for browsers, RDF (Turtle, N-Triples, JSON-LD)
    for clients, by content negotiation."""
    iri = resource_iri(path)
    fmt = negotiate(request, format)
    triples = describe(snap.store, iri)
    if not triples:
        return _moved(request, iri, fmt, scoped_candidates(snap.store, iri))
    if fmt == "html":
        return RedirectResponse(_entity_page(iri, path), status_code=303, headers={"Vary": "Accept"})
    return rdf_response(triples, fmt, iri)


def _id_href(iri: str, request: Request) -> str:
    """`/id/<path>` of a resource IRI, keeping the request's query (`?format=`)."""
    query = request.url.query
    return "/id/" + quote(entity_path(iri) or "", safe="/:") + (f"?{query}" if query else "")


def _moved(request: Request, iri: str, fmt: str, candidates: list[Candidate]) -> Response:
    """An absent IRI: 404, or where it went when organisation scoping moved it (301 to the one scoped IRI,
    300 listing several). The IRIs are permanent, so the move is too; `Vary: Accept` as for every answer."""
    if not candidates:
        raise NotFound(f"ingen resurs <{iri}>")
    if len(candidates) == 1:
        return RedirectResponse(_id_href(candidates[0].iri, request), status_code=301, headers={"Vary": "Accept"})
    choices = [{"iri": c.iri, "href": _id_href(c.iri, request), "organisation": c.organisation} for c in candidates]
    detail = (f"<{iri}> finns inte längre; resursen har fått en IRI per organisation: "
              + ", ".join(f"{c['organisation']} <{c['iri']}>" for c in choices))
    headers = {"Vary": "Accept", "Link": ", ".join(f'<{c["href"]}>; rel="alternate"' for c in choices)}
    if fmt == "html":
        return render(request, "choices.html", {"detail": f"<{iri}> finns inte längre; välj organisation:",
                                                "candidates": choices}, status_code=300, headers=headers)
    body = error_body(300, "Flera resurser", detail)
    body["error"]["candidates"] = choices
    return JSONResponse(body, status_code=300, headers=headers)


def _ontology_triples(snap: Snapshot) -> list[ox.Triple]:
    return [q.triple for q in snap.store.quads_for_pattern(None, None, None, ox.NamedNode(str(ONTOLOGY_GRAPH)))]


@router.get("/def", summary="Ontologin", responses=RDF_RESPONSES)
def ontology(request: Request, snap: SnapshotDep, format: FormatQ = None) -> Response:
    """The Styrgraf ontology (classes and properties under `…/def/`) in Turtle, N-Triples or JSON-LD;
    browsers are redirected to a readable page when the site has one, else get it as plain-text Turtle."""
    fmt = negotiate(request, format)
    triples = _ontology_triples(snap)
    if not triples:
        raise NotFound("ontologin finns inte i den byggda grafen")
    iri = term_iri("")
    return _ontology_response(request, None, triples, fmt, iri)


def _ontology_response(request: Request, term: str | None, triples: Any, fmt: str, iri: str) -> Response:
    """RDF for clients; for browsers a redirect to the readable ontology page, or plain-text Turtle."""
    if fmt == "html":
        page = _ontology_page(request, term)
        if page:
            return RedirectResponse(page, status_code=303, headers={"Vary": "Accept"})
        return Response(rdf_response(triples, "turtle", iri).body,
                        headers={"Content-Type": "text/plain; charset=utf-8", "Vary": "Accept"})
    return rdf_response(triples, fmt, iri)


@router.get("/def/{term}", summary="En term i ontologin", responses=RDF_RESPONSES)
def ontology_term(term: str, request: Request, snap: SnapshotDep, format: FormatQ = None) -> Response:
    """One class or property of the ontology, e.g. `/def/Assignment`, `/def/assignedTo`: its definition and
    the terms that refer to it (from the ontology graph)."""
    iri = term_iri(term)
    fmt = negotiate(request, format)
    triples = describe(snap.store, iri, graph=str(ONTOLOGY_GRAPH))
    if not triples:
        raise NotFound(f"ingen term <{iri}> i ontologin")
    return _ontology_response(request, term, triples, fmt, iri)
