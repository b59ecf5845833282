"""Read-only views of one generation's store that the web pages share between requests: the ontology's
terms (`/ontologi`), the concept schemes of the thesaurus (`/begrepp`) and the links per year of the
dependency map (`/karta`). Each costs a few queries over the whole store, so `Snapshot` builds each once per
generation; this module holds only the building (no web or request code, so `api/resources.py` can import it).
"""

from __future__ import annotations

import contextlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import pyoxigraph as ox
import rdflib
from rdflib.collection import Collection

from graph.namespaces import BASE, ONTOLOGY_GRAPH, PREFIXES, SG, local_name
from graph.store import GraphStore
from graph.terms import resource_type

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DEF_BASE = BASE + "def/"

SCHEME_ORDER = ("ProjectScheme", "OrganScheme", "TopicScheme", "VisionScheme", "StatusScheme", "DocumentTypeScheme",
                "CandidateScheme")
WORK_TYPES = {"Assignment", "Activity"}


def _solutions(store: GraphStore, query: str) -> ox.QuerySolutions:
    result = store.query(query)
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError("a SELECT query was expected")
    return result


def curie(iri: str) -> str:
    """`sg:Assignment`, `skos:Concept`, `xsd:string`; the IRI itself when no prefix fits."""
    best = ""
    for p, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")) and "/" not in iri[len(ns):]:
            best = p
    return f"{best}:{iri[len(PREFIXES[best]):]}" if best else iri


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


def _lit(graph: rdflib.Graph, s: rdflib.URIRef, p: str, lang: str) -> str:
    best = ""
    for o in graph.objects(s, rdflib.URIRef(p)):
        if isinstance(o, rdflib.Literal):
            if o.language == lang:
                return str(o)
            if not o.language and not best:
                best = str(o)
    return best if lang == "sv" else ""


def _class_set(graph: rdflib.Graph, node: Any) -> list[str]:
    """A class IRI, or the members of an owl:unionOf."""
    if isinstance(node, rdflib.URIRef):
        return [str(node)]
    for lst in graph.objects(node, rdflib.URIRef(OWL + "unionOf")):
        return [str(x) for x in Collection(graph, lst) if isinstance(x, rdflib.URIRef)]
    return []


def ontology_catalogue(store: GraphStore) -> dict[str, Term]:
    """The /ontologi page's catalogue: every class and property of the generation's ontology graph (local names
    under def/) with labels, definitions, hierarchy and instance counts. (Display labels for the rest of the
    code come from `graph.terms.ontology_terms`, which reads the same ontology file.)"""
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


def _counts(store: GraphStore, terms: dict[str, Term]) -> None:
    """How often each class is instantiated and each property used, over all named graphs."""
    q_classes = ("SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ?c } "
                 f'FILTER(STRSTARTS(STR(?c), "{DEF_BASE}")) }} GROUP BY ?c')
    q_props = ("SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?x ?p ?y } "
               f'FILTER(STRSTARTS(STR(?p), "{DEF_BASE}")) }} GROUP BY ?p')
    for q, var in ((q_classes, "c"), (q_props, "p")):
        try:
            for row in _solutions(store, q):
                iri = row[var].value
                if iri in terms:
                    terms[iri].count = int(row["n"].value)
        except Exception:  # counts are a nicety
            continue


# -- the thesaurus --------------------------------------------------------------------------------

CONCEPTS_QUERY = f"""
PREFIX rdf: <{RDF}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX sg: <{SG}>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?c ?scheme ?p ?o WHERE {{
  GRAPH ?g {{ ?c skos:inScheme ?scheme . ?c ?p ?o }}
  FILTER(?p IN (skos:prefLabel, skos:altLabel, sg:acronym, skos:definition, skos:notation, sg:candidate, rdf:type,
                prov:wasDerivedFrom))
}}
"""
SCHEMES_QUERY = f"""
PREFIX rdf: <{RDF}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?s ?label WHERE {{ GRAPH ?g {{ ?s a skos:ConceptScheme . OPTIONAL {{ ?s skos:prefLabel ?label }} }} }}
"""
MENTIONS_QUERY = f"""
PREFIX sg: <{SG}>
SELECT ?c (COUNT(DISTINCT ?p) AS ?n) WHERE {{ GRAPH ?g {{ ?p sg:mentions ?c }} }} GROUP BY ?c
"""


@dataclass
class ConceptEntry:
    iri: str
    label: str = ""
    alt: list[str] = field(default_factory=list)  # alternative labels that are not acronyms
    acronyms: list[str] = field(default_factory=list)
    definition: str = ""
    notation: str = ""
    candidate: bool = False
    types: list[str] = field(default_factory=list)  # local names of the classes, primary first, no skos:Concept
    source: str | None = None  # prov:wasDerivedFrom (the passage a candidate was found in)
    mentions: int = 0  # passages that mention the concept


@dataclass
class ConceptScheme:
    iri: str
    name: str
    label: str
    label_en: str
    concepts: list[ConceptEntry]  # sorted by label
    candidate: bool  # the candidate scheme, or every concept in it is a candidate


def _literal_lang(term: Any) -> str | None:
    return getattr(term, "language", None)


def concept_schemes(store: GraphStore) -> list[ConceptScheme]:
    """Schemes (in a fixed order, candidates last) with their concepts, sorted by label; empty schemes left out."""
    schemes: dict[str, dict[str, str]] = {}
    for row in _solutions(store, SCHEMES_QUERY):
        s, lab = row["s"].value, row["label"]
        entry = schemes.setdefault(s, {"name": local_name(s), "label": "", "label_en": ""})
        if lab is not None:
            lang = _literal_lang(lab)
            if lang == "en":
                entry["label_en"] = lab.value
            elif lang in ("sv", None) and not entry["label"]:
                entry["label"] = lab.value
    concepts: dict[str, ConceptEntry] = {}
    in_schemes: dict[str, set[str]] = defaultdict(set)
    types: dict[str, dict[str, None]] = defaultdict(dict)  # an ordered set of local names per concept
    for row in _solutions(store, CONCEPTS_QUERY):
        c, scheme, p, o = row["c"].value, row["scheme"].value, local_name(row["p"].value), row["o"]
        d = concepts.setdefault(c, ConceptEntry(iri=c))
        in_schemes[c].add(scheme)
        lang = _literal_lang(o)
        if p == "prefLabel" and lang in ("sv", None):
            d.label = d.label or o.value
        elif p == "altLabel" and lang in ("sv", None) and o.value not in d.alt:
            d.alt.append(o.value)
        elif p == "acronym" and o.value not in d.acronyms:
            d.acronyms.append(o.value)
        elif p == "definition" and lang in ("sv", None):
            d.definition = d.definition or o.value
        elif p == "notation":
            d.notation = o.value
        elif p == "candidate":
            d.candidate = o.value in ("true", "1")
        elif p == "type":
            types[c][local_name(o.value)] = None
        elif p == "wasDerivedFrom":
            d.source = o.value
    mentions: dict[str, int] = {}
    with contextlib.suppress(Exception):
        mentions = {row["c"].value: int(row["n"].value) for row in _solutions(store, MENTIONS_QUERY)}
    by_scheme: dict[str, list[ConceptEntry]] = defaultdict(list)
    for d in concepts.values():
        named = [t for t in types[d.iri] if t != "Concept"]
        shown = resource_type(d.iri, named)   # the one primary type every view shows
        d.types = [t for t in [shown, *named] if t and t != "Concept"]
        d.types = list(dict.fromkeys(d.types))
        d.alt = [a for a in d.alt if a not in d.acronyms]
        d.label = d.label or local_name(d.iri)
        d.mentions = mentions.get(d.iri, 0)
        for s in in_schemes[d.iri]:
            by_scheme[s].append(d)
    order = {name: i for i, name in enumerate(SCHEME_ORDER)}
    out = []
    for s, entry in schemes.items():
        items = sorted(by_scheme.get(s, []), key=lambda v: v.label.lower())
        if not items:
            continue
        out.append(ConceptScheme(iri=s, name=entry["name"], label=entry["label"] or entry["name"],
                                 label_en=entry["label_en"], concepts=items,
                                 candidate=entry["name"] == "CandidateScheme" or all(v.candidate for v in items)))
    out.sort(key=lambda e: (e.candidate, order.get(e.name, 50), e.label))
    return out


# -- the dependency map ---------------------------------------------------------------------------

def links_per_year(g: nx.DiGraph[str]) -> dict[int, int]:
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
