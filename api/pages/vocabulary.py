"""The vocabularies for humans: `/ontologi` (classes as a hierarchy and properties, Swedish and English labels
and definitions, domain and range, an example SPARQL query for each; every term anchored, so `/def/Assignment`
redirects browsers to `/ontologi#Assignment`) and `/begrepp` (the SKOS thesaurus: schemes → concepts with
labels, acronyms, definitions and links to the entity pages, including the candidate concepts found in the
documents, marked "att granska").

Both read the built graph (the ontology graph and the concept schemes of every named graph), so they show
what the SPARQL endpoint answers."""

from __future__ import annotations

import contextlib
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.pages._common import DEF_BASE, entity_href, local_name, render, snapshot
from api.pages.errors import error_page
from corpus.errors import StyrgrafError
from graph.namespaces import ONTOLOGY_GRAPH, PREFIXES

router = APIRouter()

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"

KIND_LABELS = {"object": "Objektegenskap", "datatype": "Dataegenskap", "annotation": "Annoteringsegenskap"}
SCHEME_ORDER = ("ProjectScheme", "OrganScheme", "TopicScheme", "VisionScheme", "StatusScheme", "DocumentTypeScheme",
                "CandidateScheme")


def curie(iri: str) -> str:
    """`sg:Assignment`, `skos:Concept`, `xsd:string`; the IRI itself when no prefix fits."""
    best = ""
    for p, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")) and "/" not in iri[len(ns):]:
            best = p
    return f"{best}:{iri[len(PREFIXES[best]):]}" if best else iri


def sparql_href(query: str) -> str:
    return "/sparql-editor?" + urlencode({"query": query})


# -- the ontology ---------------------------------------------------------------------------------

@dataclass
class Term:
    iri: str
    name: str
    kind: str  # class | object | datatype | annotation
    label_sv: str = ""
    label_en: str = ""
    definition_sv: str = ""
    definition_en: str = ""
    comment: str = ""
    parents: list[str] = field(default_factory=list)
    children: list[str] = field(default_factory=list)
    domain: list[list[str]] = field(default_factory=list)  # each entry: a class or a union of classes
    range: list[list[str]] = field(default_factory=list)
    count: int = 0

    @property
    def curie(self) -> str:
        return curie(self.iri)


def _lit(graph: Any, s: Any, p: str, lang: str) -> str:
    import rdflib

    best = ""
    for o in graph.objects(s, rdflib.URIRef(p)):
        if isinstance(o, rdflib.Literal):
            if o.language == lang:
                return str(o)
            if not o.language and not best:
                best = str(o)
    return best if lang == "sv" else ""


def _class_set(graph: Any, node: Any) -> list[str]:
    """A class IRI, or the members of an owl:unionOf."""
    import rdflib
    from rdflib.collection import Collection

    if isinstance(node, rdflib.URIRef):
        return [str(node)]
    for lst in graph.objects(node, rdflib.URIRef(OWL + "unionOf")):
        return [str(x) for x in Collection(graph, lst) if isinstance(x, rdflib.URIRef)]
    return []


def ontology_terms(store: Any) -> dict[str, Term]:
    """The classes and properties of the ontology graph (local names under def/), with instance counts."""
    import pyoxigraph as ox
    import rdflib

    g = rdflib.Graph()
    nt = ox.serialize([q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(str(ONTOLOGY_GRAPH)))],
                      format=ox.RdfFormat.N_TRIPLES) or b""
    if nt:
        g.parse(data=nt.decode("utf-8"), format="nt")
    kinds = {OWL + "Class": "class", RDFS + "Class": "class", OWL + "ObjectProperty": "object",
             OWL + "DatatypeProperty": "datatype", OWL + "AnnotationProperty": "annotation",
             RDF + "Property": "object"}
    terms: dict[str, Term] = {}
    for t, kind in kinds.items():
        for s in g.subjects(rdflib.URIRef(RDF + "type"), rdflib.URIRef(t)):
            iri = str(s)
            if not isinstance(s, rdflib.URIRef) or not iri.startswith(DEF_BASE) or "/" in iri[len(DEF_BASE):]:
                continue
            if iri in terms and terms[iri].kind != "object":
                continue
            terms[iri] = Term(iri=iri, name=iri[len(DEF_BASE):], kind=kind)
    for term in terms.values():
        s = rdflib.URIRef(term.iri)
        term.label_sv = _lit(g, s, RDFS + "label", "sv") or _lit(g, s, SKOS + "prefLabel", "sv")
        term.label_en = _lit(g, s, RDFS + "label", "en") or _lit(g, s, SKOS + "prefLabel", "en")
        term.definition_sv = _lit(g, s, SKOS + "definition", "sv")
        term.definition_en = _lit(g, s, SKOS + "definition", "en")
        term.comment = _lit(g, s, RDFS + "comment", "sv")
        parent_p = RDFS + ("subClassOf" if term.kind == "class" else "subPropertyOf")
        term.parents = sorted(str(o) for o in g.objects(s, rdflib.URIRef(parent_p)) if isinstance(o, rdflib.URIRef))
        term.domain = [cs for o in g.objects(s, rdflib.URIRef(RDFS + "domain")) if (cs := _class_set(g, o))]
        term.range = [cs for o in g.objects(s, rdflib.URIRef(RDFS + "range")) if (cs := _class_set(g, o))]
    for term in terms.values():
        for parent in term.parents:
            if parent in terms:
                terms[parent].children.append(term.iri)
    _counts(store, terms)
    return terms


def _counts(store: Any, terms: dict[str, Term]) -> None:
    """How often each class is instantiated and each property used, over all named graphs."""
    q_classes = ("SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ?c } "
                 f'FILTER(STRSTARTS(STR(?c), "{DEF_BASE}")) }} GROUP BY ?c')
    q_props = ("SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?x ?p ?y } "
               f'FILTER(STRSTARTS(STR(?p), "{DEF_BASE}")) }} GROUP BY ?p')
    for q, var in ((q_classes, "c"), (q_props, "p")):
        try:
            for row in store.query(q):
                iri = row[var].value
                if iri in terms:
                    terms[iri].count = int(row["n"].value)
        except Exception:  # counts are a nicety
            continue


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


_cache: dict[tuple[str, str], Any] = {}
_cache_lock = threading.Lock()


def _cached(snap: Any, key: str, build: Any) -> Any:
    k = (str(getattr(snap, "id", id(snap))), key)
    with _cache_lock:
        if k in _cache:
            return _cache[k]
    value = build()
    with _cache_lock:
        for old in [c for c in _cache if c[1] == key]:
            del _cache[old]
        _cache[k] = value
    return value


@router.get("/ontologi", response_class=HTMLResponse, include_in_schema=False)
def ontology_page(request: Request) -> HTMLResponse:
    try:
        snap = snapshot(request)
        terms = _cached(snap, "ontology", lambda: ontology_terms(snap.store))
    except StyrgrafError as e:
        return error_page(request, e)
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

CONCEPTS_QUERY = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX sg: <https://w3id.org/styrgraf/def/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?c ?scheme ?p ?o WHERE {
  GRAPH ?g { ?c skos:inScheme ?scheme . ?c ?p ?o }
  FILTER(?p IN (skos:prefLabel, skos:altLabel, sg:acronym, skos:definition, skos:notation, sg:candidate, rdf:type,
                prov:wasDerivedFrom))
}
"""
SCHEMES_QUERY = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?s ?label WHERE { GRAPH ?g { ?s a skos:ConceptScheme . OPTIONAL { ?s skos:prefLabel ?label } } }
"""
MENTIONS_QUERY = """
PREFIX sg: <https://w3id.org/styrgraf/def/>
SELECT ?c (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?p sg:mentions ?c } } GROUP BY ?c
"""


def thesaurus(store: Any) -> list[dict[str, Any]]:
    """Schemes (in a fixed order, candidates last) with their concepts, sorted by label."""
    schemes: dict[str, dict[str, Any]] = {}
    for row in store.query(SCHEMES_QUERY.replace("PREFIX skos", f"PREFIX rdf: <{RDF}>\nPREFIX skos")):
        s = row["s"].value
        lab = row["label"]
        entry = schemes.setdefault(s, {"iri": s, "name": local_name(s), "label": "", "label_en": "", "concepts": {}})
        if lab is not None:
            lang = getattr(lab, "language", None)
            if lang == "en":
                entry["label_en"] = lab.value
            elif lang in ("sv", None) and not entry["label"]:
                entry["label"] = lab.value
    concepts: dict[str, dict[str, Any]] = {}
    for row in store.query(CONCEPTS_QUERY.replace("PREFIX skos", f"PREFIX rdf: <{RDF}>\nPREFIX skos")):
        c, scheme, p, o = row["c"].value, row["scheme"].value, local_name(row["p"].value), row["o"]
        d = concepts.setdefault(c, {"iri": c, "schemes": set(), "label": "", "alt": [], "acronyms": [],
                                    "definition": "", "notation": "", "candidate": False, "types": set(),
                                    "source": None})
        d["schemes"].add(scheme)
        lang = getattr(o, "language", None)
        if p == "prefLabel" and lang in ("sv", None):
            d["label"] = d["label"] or o.value
        elif p == "altLabel" and lang in ("sv", None) and o.value not in d["alt"]:
            d["alt"].append(o.value)
        elif p == "acronym" and o.value not in d["acronyms"]:
            d["acronyms"].append(o.value)
        elif p == "definition" and lang in ("sv", None):
            d["definition"] = d["definition"] or o.value
        elif p == "notation":
            d["notation"] = o.value
        elif p == "candidate":
            d["candidate"] = o.value in ("true", "1")
        elif p == "type":
            d["types"].add(local_name(o.value))
        elif p == "wasDerivedFrom":
            d["source"] = o.value
    mentions: dict[str, int] = {}
    with contextlib.suppress(Exception):
        mentions = {row["c"].value: int(row["n"].value) for row in store.query(MENTIONS_QUERY)}
    from api.pages._common import type_label

    by_scheme: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in concepts.values():
        types = [t for t in d["types"] if t not in ("Concept",)]
        view = {
            "iri": d["iri"], "label": d["label"] or local_name(d["iri"]),
            "alt": [a for a in d["alt"] if a not in d["acronyms"]],
            "acronyms": d["acronyms"], "definition": d["definition"], "notation": d["notation"],
            "candidate": d["candidate"], "href": entity_href(d["iri"]),
            "type_label": type_label(types[0]) if types else "", "mentions": mentions.get(d["iri"], 0),
            "source_href": entity_href(d["source"]) if d["source"] else None,
        }
        for s in d["schemes"]:
            by_scheme[s].append(view)
    order = {name: i for i, name in enumerate(SCHEME_ORDER)}
    out = []
    for s, entry in schemes.items():
        items = sorted(by_scheme.get(s, []), key=lambda v: v["label"].lower())
        if not items:
            continue
        out.append({**entry, "label": entry["label"] or entry["name"], "concepts": items,
                    "candidate": entry["name"] == "CandidateScheme" or all(v["candidate"] for v in items)})
    out.sort(key=lambda e: (e["candidate"], order.get(e["name"], 50), e["label"]))
    return out


@router.get("/begrepp", response_class=HTMLResponse, include_in_schema=False)
def thesaurus_page(request: Request) -> HTMLResponse:
    try:
        snap = snapshot(request)
        schemes = _cached(snap, "thesaurus", lambda: thesaurus(snap.store))
    except StyrgrafError as e:
        return error_page(request, e)
    total = sum(len(s["concepts"]) for s in schemes)
    candidates = sum(1 for s in schemes for c in s["concepts"] if c["candidate"])
    return render(request, "thesaurus.html", {"nav": "begrepp", "schemes": schemes, "total": total,
                                              "candidates": candidates})
