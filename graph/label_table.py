"""The label table of a store: every label of every resource in the `id/` namespace, read once.

Labels come from skos:prefLabel, rdfs:label, skos:altLabel, skos:hiddenLabel (never shown), sg:acronym
and dcterms:title; numbered and text-only resources (uppdrag, effektmål, beslut, ...) add a synthetic
"Nr 8 (2025)" label and the start of their sg:text. Each label carries a kind and a ranking bonus (a
preferred label or acronym beats an alternative one) and its normalised and ASCII-folded forms
(graph/label_match.py). Each entity gets its display label, types and primary type.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from graph._nodes import (
    DCT_BASE,
    ID_BASE,
    RDFS_BASE,
    SG_BASE,
    SKOS_BASE,
    display_label,
    lang_rank,
    number_label,
    plain_query,
    raw_query,
    short,
)
from graph.label_match import fold_label, normalise_label
from graph.namespaces import local_name
from graph.store import GraphStore
from graph.terms import OntologyTerms, resource_type, resource_types

#: label predicate → (kind, bonus)
_LABEL_KINDS: dict[str, tuple[str, float]] = {
    SKOS_BASE + "prefLabel": ("pref", 3.0),
    RDFS_BASE + "label": ("pref", 3.0),
    SG_BASE + "acronym": ("acronym", 2.0),
    DCT_BASE + "title": ("title", 1.0),
    SKOS_BASE + "altLabel": ("alt", 0.0),
    SKOS_BASE + "hiddenLabel": ("hidden", -1.0),
}

#: Numbered and text-only resources (uppdrag, effektmål, ...): synthetic "Nr 8 (2025)" labels and sg:text.
_NUMBERED_QUERY = """
SELECT ?s ?type ?number ?year ?text WHERE {
  VALUES ?type { sg:Assignment sg:Activity sg:EffectGoal sg:Indicator sg:Decision sg:AgendaItem }
  ?s a ?type .
  OPTIONAL { ?s sg:number ?number }
  OPTIONAL { ?s sg:year ?year }
  OPTIONAL { ?s sg:text ?text }
}
"""

_LABELS_QUERY = f"""
SELECT ?s ?p ?label WHERE {{
  VALUES ?p {{ skos:prefLabel rdfs:label skos:altLabel skos:hiddenLabel sg:acronym dcterms:title }}
  ?s ?p ?label .
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{ID_BASE}"))
}}
"""

_TYPES_QUERY = f"""
SELECT DISTINCT ?s ?t WHERE {{
  ?s a ?t .
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{ID_BASE}") && isIRI(?t))
  FILTER NOT EXISTS {{ ?s a sg:Passage }} FILTER NOT EXISTS {{ ?s a sg:Mention }}
}}
"""


@dataclass(frozen=True)
class Label:
    iri: str
    text: str
    kind: str
    bonus: float
    norm: str
    words: tuple[str, ...]
    folded: str
    folded_words: tuple[str, ...]


@dataclass
class Entity:
    iri: str
    label: str
    types: tuple[str, ...]        # class local names (rdf:type + IRI path)
    type: str | None
    type_label: str | None


def _label(iri: str, text: str, kind: str, bonus: float) -> Label:
    norm = normalise_label(text)
    folded = fold_label(norm)
    return Label(iri, text, kind, bonus, norm, tuple(norm.split()), folded, tuple(folded.split()))


def read_labels(store: GraphStore, terms: OntologyTerms) -> tuple[list[Label], dict[str, Entity]]:
    """The labels of `store`'s resources, and the entities they name (class labels from `terms`)."""
    types: dict[str, set[str]] = {}
    for row in plain_query(store, _TYPES_QUERY):
        types.setdefault(str(row["s"]), set()).add(str(row["t"]))
    best: dict[str, tuple[int, int, str]] = {}
    labels: list[Label] = []
    seen: set[tuple[str, str]] = set()
    for row in raw_query(store, _LABELS_QUERY):
        s, p, lit = row["s"].value, row["p"].value, row["label"]
        if not isinstance(lit, ox.Literal) or lang_rank(lit) > 1:
            continue
        kind, bonus = _LABEL_KINDS[p]
        text = lit.value.strip()
        if not text or (s, text) in seen:
            continue
        seen.add((s, text))
        labels.append(_label(s, text, kind, bonus))
        if kind in ("pref", "title"):
            rank = (0 if kind == "pref" and p.endswith("prefLabel") else 1 if kind == "pref" else 2,
                    lang_rank(lit), text)
            if s not in best or rank < best[s]:
                best[s] = rank
    for row in plain_query(store, _NUMBERED_QUERY):
        s = str(row["s"])
        year = row["year"] if isinstance(row["year"], int) else None
        number = str(row["number"]) if row["number"] is not None else None
        tname = local_name(str(row["type"]))
        extra: list[tuple[str, str, float]] = []
        nl = number_label(tname, number, year)
        if nl:
            extra.append((nl, "number", 1.0))
        if row["text"] and s not in best:
            extra.append((short(str(row["text"]), 200), "text", -2.0))
            if s not in best:
                disp = display_label(s, tname, None, number, year, str(row["text"]), None)
                best[s] = (3, 0, disp)
        for text, kind, bonus in extra:
            if (s, text) in seen:
                continue
            seen.add((s, text))
            labels.append(_label(s, text, kind, bonus))
    entities: dict[str, Entity] = {}
    for lab in labels:
        if lab.iri in entities:
            continue
        tnames = resource_types(lab.iri, sorted(types.get(lab.iri, ())))
        ptype = resource_type(lab.iri, tnames)
        pref = best[lab.iri][2] if lab.iri in best else next(
            (x.text for x in labels if x.iri == lab.iri and x.kind == "acronym"), lab.text)
        entities[lab.iri] = Entity(lab.iri, pref, tuple(sorted(tnames)), ptype,
                                   terms.class_label(ptype) if ptype else None)
    return labels, entities


__all__ = ["Entity", "Label", "read_labels"]
