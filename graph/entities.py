"""What the graph knows about one entity: cards and short summaries.

All functions are pure reads over a pyoxigraph Store (default graph = union of named graphs). Label search
and resolving a typed name live in `graph/labels.py` (re-exported here).
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from pydantic import BaseModel, Field

from graph._nodes import (
    DCT_BASE as _DCT,
)
from graph._nodes import (
    RDFS_BASE as _RDFS,
)
from graph._nodes import (
    SG_BASE as _SG,
)
from graph._nodes import (
    SKOS_BASE as _SKOS,
)
from graph._nodes import (
    PassageInfo,
    iri_values,
    lang_rank,
    local_id,
    node_info,
    raw_query,
    rows_with_passages,
    snippet,
)
from graph.labels import (  # re-exported: label search used to live here
    EntityHit,
    LabelIndex,
    fold_label,
    label_search,
    normalise_label,
    resolve_entity,
)
from graph.namespaces import local_name
from graph.store import GraphStore, term_value
from graph.terms import class_label, path_type, predicate_label, resource_type
from graph.timeline import TimelineEvent, timeline


class TypeRef(BaseModel):
    iri: str
    name: str          # local name: "Project", "Assignment", "Concept"
    label: str         # Swedish rdfs:label from the ontology (graph/terms.py; fallback: name)


class LiteralProperty(BaseModel):
    predicate: str
    predicate_label: str
    value: Any
    datatype: str | None = None
    lang: str | None = None


class Relation(BaseModel):
    predicate: str
    predicate_label: str
    direction: str                 # "out": entity → target; "in": target → entity
    iri: str                       # the other end
    id: str                        # local id of the other end (path after id/), or the IRI
    label: str
    type: str | None = None        # local name of the other end's primary type


class PassageRef(BaseModel):
    passage_id: str
    passage_iri: str
    document_id: str | None = None
    document_iri: str | None = None
    document_title: str | None = None
    document_date: str | None = None   # "YYYY-MM-DD" or "YYYY" (document year) or None
    heading: str | None = None
    snippet: str = ""
    surface: str | None = None          # the mention's exact text, if known


class EntityCard(BaseModel):
    iri: str
    id: str
    label: str
    types: list[TypeRef] = Field(default_factory=list)
    type: str | None = None            # local name of the primary type
    alt_labels: list[str] = Field(default_factory=list)
    acronyms: list[str] = Field(default_factory=list)
    definition: str | None = None
    properties: list[LiteralProperty] = Field(default_factory=list)
    relations_out: list[Relation] = Field(default_factory=list)
    relations_in: list[Relation] = Field(default_factory=list)
    mentioned_in: list[PassageRef] = Field(default_factory=list)
    derived_from: list[PassageRef] = Field(default_factory=list)
    timeline: list[TimelineEvent] = Field(default_factory=list)


# ------------------------------------------------------------------------------------------ summaries

def entity_summary(store: GraphStore, iri: str) -> dict[str, Any]:
    """{iri, id, label, type, type_label, types}: enough to render a link or a chip."""
    info = node_info(store, [iri]).get(iri)
    if info is None:
        return {"iri": iri, "id": local_id(iri), "label": local_id(iri), "type": None, "type_label": None,
                "types": []}
    ptype = info.type
    return {"iri": iri, "id": local_id(iri), "label": info.display(), "type": ptype,
            "type_label": class_label(ptype) if ptype else None, "types": info.type_names}


# ---------------------------------------------------------------------------------------------- cards

#: Statements from (?o bound) and to (?s bound) the entity, in one query.
_LINKS = """
SELECT ?s ?p ?o WHERE { %s { ?x ?p ?o . } UNION { ?s ?p ?x . FILTER(isIRI(?s)) } }
"""

#: Where it is derived from (read again here, so that its passages come with the mentions' in one query).
_DERIVED = "%s ?x prov:wasDerivedFrom ?p . FILTER(isIRI(?p))"

_MENTIONED = """
SELECT DISTINCT ?p ?exact WHERE {
  %s
  { ?p sg:mentions ?x OPTIONAL { ?m sg:mentionOf ?x ; sg:inPassage ?p ; oa:exact ?exact } }
  UNION { ?m sg:mentionOf ?x ; sg:inPassage ?p . OPTIONAL { ?m oa:exact ?exact } }
}
"""

#: Handled by dedicated card fields, not listed among properties/relations.
_SPECIAL_OUT = {
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", _SKOS + "prefLabel", _SKOS + "altLabel",
    _SKOS + "hiddenLabel", _SG + "acronym", _SKOS + "definition", "http://www.w3.org/ns/prov#wasDerivedFrom",
    "http://www.w3.org/ns/prov#qualifiedDerivation",
}
_SPECIAL_IN = {_SG + "mentions", _SG + "mentionOf"}

#: Cap per predicate and direction (a document has hundreds of passages).
MAX_RELATIONS_PER_PREDICATE = 100
MAX_PASSAGES = 100


def _passage_ref(p: PassageInfo, needles: list[str], surface: str | None = None) -> PassageRef:
    return PassageRef(passage_id=p.id, passage_iri=p.iri, document_id=p.document_id, document_iri=p.document,
                      document_title=p.title, document_date=p.when, heading=p.heading,
                      snippet=snippet(p.text, [surface or "", *needles]), surface=surface)


def _sort_refs(refs: list[PassageRef], passages: dict[str, PassageInfo]) -> list[PassageRef]:
    def key(r: PassageRef) -> tuple[str, str, int]:
        p = passages[r.passage_iri]
        return (r.document_date or "9999", r.document_id or "", p.ordinal if p.ordinal is not None else 1 << 30)
    return sorted(refs, key=key)


def entity_card(store: GraphStore, iri: str) -> EntityCard | None:
    """Everything the graph states about `iri`, with sources; None if the store does not know it."""
    vx = iri_values("x", [iri])
    links = raw_query(store, _LINKS % vx)
    out_rows = [r for r in links if r["s"] is None]
    in_rows = [r for r in links if r["s"] is not None]
    if not out_rows and not in_rows:
        return None
    types: list[str] = []
    pref: list[tuple[tuple[int, int, str], str]] = []
    alts: list[str] = []
    acronyms: list[str] = []
    definitions: list[tuple[int, str]] = []
    props: list[LiteralProperty] = []
    derived: list[str] = []
    out_links: list[tuple[str, str]] = []
    for row in out_rows:
        p, o = row["p"].value, row["o"]
        if p == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type":
            if isinstance(o, ox.NamedNode):
                types.append(o.value)
        elif p in (_SKOS + "prefLabel", _RDFS + "label", _DCT + "title") and isinstance(o, ox.Literal):
            rank = (0 if p.endswith("prefLabel") else 1 if p.endswith("#label") else 2, lang_rank(o), o.value)
            pref.append((rank, o.value))
            if p == _DCT + "title":
                props.append(_literal(p, o))
        elif p == _SKOS + "altLabel" and isinstance(o, ox.Literal):
            if lang_rank(o) <= 1:
                alts.append(o.value)
        elif p == _SG + "acronym" and isinstance(o, ox.Literal):
            acronyms.append(o.value)
        elif p in (_SKOS + "definition", _RDFS + "comment") and isinstance(o, ox.Literal):
            definitions.append((lang_rank(o), o.value))
        elif p == "http://www.w3.org/ns/prov#wasDerivedFrom" and isinstance(o, ox.NamedNode):
            derived.append(o.value)
        elif p in _SPECIAL_OUT:
            continue
        elif isinstance(o, ox.Literal):
            props.append(_literal(p, o))
        elif isinstance(o, ox.NamedNode):
            out_links.append((p, o.value))
    in_links = [(row["p"].value, row["s"].value) for row in in_rows if row["p"].value not in _SPECIAL_IN]
    # Other ends and the entity itself: one batched lookup of labels and types.
    others = node_info(store, [iri] + [o for _, o in out_links] + [s for _, s in in_links])
    relations_out = _relations(out_links, "out", others)
    relations_in = _relations(in_links, "in", others)

    pref.sort()
    label_candidates = [v for _, v in pref]
    pt = path_type(iri)
    if pt and pt not in {local_name(t) for t in types}:   # the class the IRI implies, listed like a stated one
        types.append(_SG + pt if pt != "Concept" else _SKOS + "Concept")
    ptype = resource_type(iri, types)
    own = others[iri]
    label = label_candidates[0] if label_candidates else (acronyms[0] if acronyms else own.display())
    type_refs = [TypeRef(iri=t, name=local_name(t), label=class_label(local_name(t))) for t in types]
    type_refs.sort(key=lambda r: (r.name != ptype, r.name))

    # Passages: where it is mentioned and what it was derived from.
    mention_rows, passages = rows_with_passages(store, _MENTIONED % vx, _DERIVED % vx)
    surfaces: dict[str, str | None] = {}
    for r in mention_rows:
        surfaces.setdefault(str(r["p"]), None)
        if r["exact"] and not surfaces[str(r["p"])]:
            surfaces[str(r["p"])] = str(r["exact"])
    needles = [label, *acronyms, *alts]
    mentioned = [_passage_ref(passages[p], needles, surfaces[p]) for p in surfaces if p in passages]
    sources = [_passage_ref(passages[p], needles) for p in dict.fromkeys(derived) if p in passages]
    definitions.sort()
    props.sort(key=lambda x: (x.predicate_label, str(x.value)))
    return EntityCard(
        iri=iri, id=local_id(iri), label=label, types=type_refs, type=ptype,
        alt_labels=sorted(dict.fromkeys(a for a in alts if a != label)),
        acronyms=sorted(dict.fromkeys(acronyms)),
        definition=definitions[0][1] if definitions else None,
        properties=props, relations_out=relations_out, relations_in=relations_in,
        mentioned_in=_sort_refs(mentioned, passages)[:MAX_PASSAGES],
        derived_from=_sort_refs(sources, passages),
        timeline=timeline(store, iri, own),
    )


def _literal(p: str, o: ox.Literal) -> LiteralProperty:
    dt: str | None = o.datatype.value if o.datatype else None
    if dt and dt.endswith(("#string", "#langString")):
        dt = None
    return LiteralProperty(predicate=p, predicate_label=predicate_label(p), value=term_value(o),
                           datatype=dt, lang=o.language or None)


def _relations(links: list[tuple[str, str]], direction: str, others: dict[str, Any]) -> list[Relation]:
    rels: list[Relation] = []
    per_pred: dict[str, int] = {}
    for p, other in sorted(dict.fromkeys(links), key=lambda po: (predicate_label(po[0]), po[1])):
        per_pred[p] = per_pred.get(p, 0) + 1
        if per_pred[p] > MAX_RELATIONS_PER_PREDICATE:
            continue
        info = others.get(other)
        rels.append(Relation(predicate=p, predicate_label=predicate_label(p), direction=direction,
                             iri=other, id=local_id(other), label=info.display() if info else local_id(other),
                             type=info.type if info else None))
    return rels


__all__ = ["EntityCard", "EntityHit", "LabelIndex", "LiteralProperty", "PassageRef", "Relation", "TypeRef",
           "entity_card", "entity_summary", "fold_label", "label_search", "normalise_label", "resolve_entity"]
