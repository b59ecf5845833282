"""The vocabularies for humans: `/ontologi` (classes as a hierarchy and properties, Swedish and English labels
and definitions, domain and range, an example SPARQL query for each; every term anchored, so `/def/Assignment`
redirects browsers to `/ontologi#Assignment`) and `/begrepp` (the SKOS thesaurus: schemes → concepts with
labels, acronyms, definitions and links to the entity pages, including the candidate concepts found in the
documents, marked "att granska").

Both read the built graph (the ontology graph and the concept schemes of every named graph), so they show
what the SPARQL endpoint answers."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.deps import SnapshotDep
from api.pages._common import DEF_BASE, entity_href, render, type_label
from api.store_views import RDFS, SKOS, ConceptEntry, ConceptScheme, Term, curie

router = APIRouter()

KIND_LABELS = {"object": "Objektegenskap", "datatype": "Dataegenskap", "annotation": "Annoteringsegenskap"}


def sparql_href(query: str) -> str:
    return "/sparql-editor?" + urlencode({"query": query})


# -- the ontology ---------------------------------------------------------------------------------

def class_query(t: Term) -> str:
    return (f"PREFIX sg: <{DEF_BASE}>\nPREFIX rdfs: <{RDFS}>\nPREFIX skos: <{SKOS}>\n\n"
            f"# Alla {t.label_sv.lower() or t.name} ({t.curie}) i grafen, med namn.\n"
            f"SELECT ?x ?namn WHERE {{\n  ?x a {t.curie} .\n"
            f"  OPTIONAL {{ ?x rdfs:label|skos:prefLabel ?namn }}\n}}\nORDER BY ?namn\nLIMIT 100")


def property_query(t: Term) -> str:
    label = "?vLabel" if t.kind == "object" else ""
    opt = "\n  OPTIONAL { ?v rdfs:label|skos:prefLabel ?vLabel }" if t.kind == "object" else ""
    return (f"PREFIX sg: <{DEF_BASE}>\nPREFIX rdfs: <{RDFS}>\nPREFIX skos: <{SKOS}>\n\n"
            f"# Exempel på {t.curie} ({t.label_sv or t.name}).\n"
            f"SELECT ?x ?xLabel ?v {label} WHERE {{\n  ?x {t.curie} ?v .\n"
            f"  OPTIONAL {{ ?x rdfs:label|skos:prefLabel ?xLabel }}{opt}\n}}\nLIMIT 100")


def _term_ref(iri: str, terms: dict[str, Term]) -> dict[str, Any]:
    t = terms.get(iri)
    if t is not None:
        return {"label": t.label_sv or t.name, "curie": t.curie, "href": f"#{t.name}"}
    return {"label": curie(iri), "curie": curie(iri), "href": None}


def _class_tree(terms: dict[str, Term]) -> list[dict[str, Any]]:
    classes = {i: t for i, t in terms.items() if t.kind == "class"}

    def node(iri: str, seen: frozenset[str]) -> dict[str, Any]:
        t = classes[iri]
        kids = sorted((c for c in t.children if c in classes and c not in seen), key=lambda c: classes[c].label_sv)
        return {"name": t.name, "label": t.label_sv or t.name, "label_en": t.label_en, "count": t.count,
                "children": [node(c, seen | {c}) for c in kids]}

    roots = [i for i, t in classes.items() if not any(p in classes for p in t.parents)]
    roots.sort(key=lambda i: classes[i].label_sv)
    return [node(r, frozenset({r})) for r in roots]


def term_view(t: Term, terms: dict[str, Term]) -> dict[str, Any]:
    def sets(groups: list[list[str]]) -> list[list[dict[str, Any]]]:
        return [[_term_ref(i, terms) for i in group] for group in groups]

    used_as_domain = sorted((u for u in terms.values() if u.kind != "class" and any(t.iri in g for g in u.domain)),
                            key=lambda u: u.name)
    used_as_range = sorted((u for u in terms.values() if u.kind != "class" and any(t.iri in g for g in u.range)),
                           key=lambda u: u.name)
    return {
        "name": t.name, "curie": t.curie, "iri": t.iri, "kind": t.kind,
        "kind_label": "Klass" if t.kind == "class" else KIND_LABELS.get(t.kind, "Egenskap"),
        "label_sv": t.label_sv or t.name, "label_en": t.label_en, "definition_sv": t.definition_sv,
        "definition_en": t.definition_en, "comment": t.comment, "count": t.count,
        "parents": [_term_ref(p, terms) for p in t.parents],
        "children": [_term_ref(c, terms) for c in sorted(t.children)],
        "domain": sets(t.domain), "range": sets(t.range),
        "domain_of": [_term_ref(u.iri, terms) for u in used_as_domain],
        "range_of": [_term_ref(u.iri, terms) for u in used_as_range],
        "sparql": sparql_href(class_query(t) if t.kind == "class" else property_query(t)),
        "rdf": f"/def/{t.name}?format=turtle",
    }


@router.get("/ontologi", response_class=HTMLResponse, include_in_schema=False)
def ontology_page(request: Request, snap: SnapshotDep) -> HTMLResponse:
    terms = snap.ontology_catalogue()
    order = {"class": 0, "object": 1, "datatype": 2, "annotation": 3}
    views = [term_view(t, terms) for t in sorted(terms.values(), key=lambda t: (order[t.kind], t.label_sv.lower()))]
    return render(request, "ontology.html", {
        "nav": "ontologi",
        "class_tree": _class_tree(terms),
        "classes": [v for v in views if v["kind"] == "class"],
        "object_properties": [v for v in views if v["kind"] == "object"],
        "datatype_properties": [v for v in views if v["kind"] in ("datatype", "annotation")],
        "namespace": DEF_BASE,
    })


# -- the thesaurus --------------------------------------------------------------------------------

def _concept_view(c: ConceptEntry) -> dict[str, Any]:
    return {
        "iri": c.iri, "label": c.label, "alt": c.alt, "acronyms": c.acronyms, "definition": c.definition,
        "notation": c.notation, "candidate": c.candidate, "href": entity_href(c.iri),
        "type_label": type_label(c.types[0]) if c.types else "", "mentions": c.mentions,
        "source_href": entity_href(c.source) if c.source else None,
    }


def scheme_views(schemes: list[ConceptScheme]) -> list[dict[str, Any]]:
    """What the thesaurus page shows of each scheme and its concepts (links and Swedish type labels)."""
    views: dict[str, dict[str, Any]] = {}  # a concept in several schemes is one view
    out = []
    for s in schemes:
        concepts = [views.setdefault(c.iri, _concept_view(c)) for c in s.concepts]
        out.append({"iri": s.iri, "name": s.name, "label": s.label, "label_en": s.label_en, "concepts": concepts,
                    "candidate": s.candidate})
    return out


@router.get("/begrepp", response_class=HTMLResponse, include_in_schema=False)
def thesaurus_page(request: Request, snap: SnapshotDep) -> HTMLResponse:
    schemes = scheme_views(snap.concept_schemes())
    total = sum(len(s["concepts"]) for s in schemes)
    candidates = sum(1 for s in schemes for c in s["concepts"] if c["candidate"])
    return render(request, "thesaurus.html", {"nav": "begrepp", "schemes": schemes, "total": total,
                                              "candidates": candidates})
