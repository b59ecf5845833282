"""Label search over the graph (autocomplete, resolving a typed name to an entity).

`LabelIndex` ranks, per entity, its best-matching label:
exact (100) > prefix (80) > word-prefix (60: every query word starts a word of the label, in any order)
> substring (45) > fuzzy (20–40, difflib ratio ≥ 0.75 against the label, its first words or one word).
Matching is case-insensitive and keeps diacritics first; an ASCII-folded match (å/ä→a, ö→o, é→e) is
the fallback and costs 5 points. A preferred label or acronym beats an alternative label (+3/+2); shorter
labels win ties. The tiers and normalisation are graph/label_match.py; the labels, read once per store,
graph/label_table.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, Field

from graph._nodes import ID_BASE, iri_values, local_id, plain_query
from graph.label_match import fold_label, fuzzy_score, match_tier, normalise_label
from graph.label_table import Entity, Label, read_labels
from graph.namespaces import local_name
from graph.store import GraphStore
from graph.terms import OntologyTerms, ontology_terms


class EntityHit(BaseModel):
    iri: str
    id: str
    label: str                 # preferred label of the entity
    matched: str               # the label/acronym that matched the query
    type: str | None = None    # local name of the primary type
    type_label: str | None = None
    types: list[str] = Field(default_factory=list)
    match: str                 # "exact" | "prefix" | "word-prefix" | "substring" | "fuzzy"
    score: float


class LabelIndex:
    """In-memory label table of a store, built once (`from_store`) and cached by the service.

    >>> idx = LabelIndex.from_store(store)          # doctest: +SKIP
    >>> idx.search("smo")[0].id                      # doctest: +SKIP
    'project/smo'
    """

    def __init__(self, labels: list[Label], entities: dict[str, Entity],
                 class_labels: dict[str, str], subclasses: Mapping[str, frozenset[str]]) -> None:
        self.labels = labels
        self.entities = entities
        self.class_labels = class_labels      # local name → Swedish label
        self.subclasses = subclasses          # local name → itself and all subclasses

    def __len__(self) -> int:
        return len(self.entities)

    def __contains__(self, iri: object) -> bool:
        return iri in self.entities

    @classmethod
    def from_store(cls, store: GraphStore, terms: OntologyTerms | None = None) -> LabelIndex:
        """The labels of `store`'s resources (graph/label_table.py); class labels and subclasses from
        `terms` (default: the bundled ontology)."""
        terms = terms or ontology_terms()
        labels, entities = read_labels(store, terms)
        return cls(labels, entities, terms.class_labels(), terms.subclasses)

    # -- type filter ------------------------------------------------------------------------------
    def resolve_type(self, type: str) -> set[str] | None:
        """Class local names accepted by a type filter: a class IRI, local name ("Project") or Swedish
        label ("projekt", "beredning"), with its subclasses ("Organ" → Board, Committee, ...). None if
        the filter names no known class."""
        t = type.strip()
        if t.startswith(("http://", "https://")):
            t = local_name(t)
        names = set(self.class_labels)
        for e in self.entities.values():
            names.update(e.types)
        hit = next((n for n in names if n.casefold() == t.casefold()), None)
        if hit is None:
            key = fold_label(normalise_label(t))
            by_label = {fold_label(normalise_label(lab)): n for n, lab in self.class_labels.items()}
            hit = by_label.get(key)
            if hit is None and len(key) >= 3:
                hit = next((n for lab, n in sorted(by_label.items()) if lab.startswith(key)), None)
        if hit is None:
            return None
        return set(self.subclasses.get(hit, ())) | {hit}

    # -- search -----------------------------------------------------------------------------------
    def search(self, q: str, type: str | None = None, limit: int = 10) -> list[EntityHit]:
        qn = normalise_label(q)
        if not qn or limit <= 0:
            return []
        allowed: set[str] | None = None
        if type:
            allowed = self.resolve_type(type)
            if allowed is None:
                return []
        qf = fold_label(qn)
        qwords, qfwords = qn.split(), qf.split()
        best: dict[str, tuple[float, str, Label]] = {}

        def offer(lab: Label, match: str, score: float) -> None:
            score += lab.bonus - min(len(lab.norm), 200) / 1000.0
            cur = best.get(lab.iri)
            if cur is None or score > cur[0]:
                best[lab.iri] = (score, match, lab)

        candidates = [lab for lab in self.labels
                      if allowed is None or allowed & set(self.entities[lab.iri].types)]
        for lab in candidates:
            m = match_tier(qn, qwords, lab.norm, lab.words)
            if m is not None:
                offer(lab, m[0], m[1])
                continue
            m = match_tier(qf, qfwords, lab.folded, lab.folded_words)
            if m is not None:
                offer(lab, m[0], m[1] - 5.0)
        if len(best) < limit and len(qn) >= 3:
            for lab in candidates:
                if lab.iri in best and best[lab.iri][1] != "fuzzy":
                    continue
                score = fuzzy_score(qf, lab.folded, lab.folded_words)
                if score > 0:
                    offer(lab, "fuzzy", score)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], self.entities[kv[0]].label, kv[0]))
        hits = []
        for iri, (score, match, lab) in ranked[:limit]:
            e = self.entities[iri]
            matched = lab.text if lab.kind != "hidden" else e.label
            hits.append(EntityHit(iri=iri, id=local_id(iri), label=e.label, matched=matched, type=e.type,
                                  type_label=e.type_label, types=list(e.types), match=match,
                                  score=round(score, 3)))
        return hits

    def resolve(self, text: str) -> str | None:
        """An IRI or local id ("project/smo") that names a known entity, else the top label hit if it
        matches exactly, by prefix or word-prefix (fuzzy hits are only suggestions)."""
        t = text.strip()
        if not t:
            return None
        if t.startswith(("http://", "https://")):
            return t if t in self.entities else None
        if ID_BASE + t.strip("/") in self.entities:
            return ID_BASE + t.strip("/")
        hits = self.search(t, limit=2)
        if hits and hits[0].match in ("exact", "prefix", "word-prefix"):
            return hits[0].iri
        return None


def label_search(store: GraphStore, q: str, type: str | None = None, limit: int = 10) -> list[EntityHit]:
    """Autocomplete over labels (builds a throw-away LabelIndex; services should cache one)."""
    return LabelIndex.from_store(store).search(q, type=type, limit=limit)


_EXISTS = """
SELECT ?p WHERE { { ?x ?p ?o } UNION { ?s ?p ?x } } LIMIT 1
"""


def _exists(store: GraphStore, iri: str) -> bool:
    return bool(plain_query(store, _EXISTS.replace("WHERE {", "WHERE { " + iri_values("x", [iri]), 1)))


def resolve_entity(store_or_index: Any, text: str) -> str | None:
    """IRI of the entity `text` names (IRI, local id like "project/smo", label or acronym), or None."""
    if isinstance(store_or_index, LabelIndex):
        return store_or_index.resolve(text)
    t = text.strip()
    if t.startswith(("http://", "https://")):
        try:
            return t if _exists(store_or_index, t) else None
        except ValueError:
            return None
    return LabelIndex.from_store(store_or_index).resolve(t)


__all__ = ["EntityHit", "LabelIndex", "fold_label", "label_search", "normalise_label", "resolve_entity"]
