"""Label search over the graph (autocomplete, resolving a typed name to an entity).

`LabelIndex` ranks, per entity, its best-matching label:
exact (100) > prefix (80) > word-prefix (60: every query word starts a word of the label, in any order)
> substring (45) > fuzzy (20–40, difflib ratio ≥ 0.75 against the label, its first words or one word).
Matching is case-insensitive and keeps diacritics first; an ASCII-folded match (å/ä→a, ö→o, é→e) is
the fallback and costs 5 points. A preferred label or acronym beats an alternative label (+3/+2); shorter
labels win ties. Labels come from skos:prefLabel, rdfs:label, skos:altLabel, skos:hiddenLabel (never
shown), sg:acronym and dcterms:title of resources in the `id/` namespace. The index is built once per store.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from pydantic import BaseModel, Field

from graph._nodes import (
    DCT_BASE as _DCT,
)
from graph._nodes import (
    ID_BASE,
    display_label,
    iri_values,
    lang_rank,
    local_id,
    number_label,
    plain_query,
    raw_query,
    short,
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
from graph.namespaces import local_name
from graph.store import GraphStore
from graph.terms import OntologyTerms, ontology_terms, resource_type, resource_types


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



# ---------------------------------------------------------------------------------------------- labels


#: label predicate → (kind, bonus)
_LABEL_KINDS: dict[str, tuple[str, float]] = {
    _SKOS + "prefLabel": ("pref", 3.0),
    _RDFS + "label": ("pref", 3.0),
    _SG + "acronym": ("acronym", 2.0),
    _DCT + "title": ("title", 1.0),
    _SKOS + "altLabel": ("alt", 0.0),
    _SKOS + "hiddenLabel": ("hidden", -1.0),
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

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "æ": "a", "ø": "o"})
_NON_WORD = re.compile(r"[^\w]+")

_TIER = {"exact": 100.0, "prefix": 80.0, "word-prefix": 60.0, "substring": 45.0}


def normalise_label(text: str) -> str:
    """Case-folded, punctuation → space, whitespace collapsed; diacritics kept ("Hälso- och" → "hälso och")."""
    s = unicodedata.normalize("NFC", text).casefold()
    return _NON_WORD.sub(" ", s).replace("_", " ").strip()


def fold_label(norm: str) -> str:
    """ASCII fold of a normalised label (å/ä→a, ö→o, other accents dropped)."""
    s = norm.translate(_FOLD)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


@dataclass(frozen=True)
class _Label:
    iri: str
    text: str
    kind: str
    bonus: float
    norm: str
    words: tuple[str, ...]
    folded: str
    folded_words: tuple[str, ...]


@dataclass
class _Entity:
    iri: str
    label: str
    types: tuple[str, ...]        # class local names (rdf:type + IRI path)
    type: str | None
    type_label: str | None


def _match(q: str, qwords: list[str], norm: str, words: tuple[str, ...]) -> tuple[str, float] | None:
    """Non-fuzzy tier of `q` against one label, or None."""
    if norm == q:
        return "exact", _TIER["exact"]
    if norm.startswith(q):
        return "prefix", _TIER["prefix"]
    if qwords and all(any(w.startswith(qw) for w in words) for qw in qwords):
        return "word-prefix", _TIER["word-prefix"]
    if len(q) >= 3 and q in norm:
        return "substring", _TIER["substring"]
    return None


def _fuzzy(q: str, norm: str, words: tuple[str, ...]) -> float:
    """Fuzzy score (0 = no match) of `q` against the whole label (full weight), or against its first
    words / one of its words (5 points less): 20 + 80·(ratio − 0.75) for difflib ratios ≥ 0.75."""
    whole = {norm}
    parts = {norm[:len(q) + 1], " ".join(words[:len(q.split())])}
    if " " not in q:
        parts.update(words)
    best = 0.0
    for cands, penalty in ((whole, 0.0), (parts - whole, 5.0)):
        for c in cands:
            if not c or abs(len(c) - len(q)) > max(3, len(q) // 2):
                continue
            sm = difflib.SequenceMatcher(None, q, c)
            if sm.real_quick_ratio() < 0.75 or sm.quick_ratio() < 0.75:
                continue
            r = sm.ratio()
            if r >= 0.75:
                best = max(best, 20.0 + 80.0 * (r - 0.75) - penalty)
    return best


class LabelIndex:
    """In-memory label table of a store, built once (`from_store`) and cached by the service.

    >>> idx = LabelIndex.from_store(store)          # doctest: +SKIP
    >>> idx.search("smo")[0].id                      # doctest: +SKIP
    'project/smo'
    """

    def __init__(self, labels: list[_Label], entities: dict[str, _Entity],
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
        """The labels of `store`'s resources; class labels and subclasses from `terms` (default: the
        bundled ontology)."""
        terms = terms or ontology_terms()
        types: dict[str, set[str]] = {}
        for row in plain_query(store, _TYPES_QUERY):
            types.setdefault(str(row["s"]), set()).add(str(row["t"]))
        best: dict[str, tuple[int, int, str]] = {}
        labels: list[_Label] = []
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
            norm = normalise_label(text)
            folded = fold_label(norm)
            labels.append(_Label(s, text, kind, bonus, norm, tuple(norm.split()), folded, tuple(folded.split())))
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
                norm = normalise_label(text)
                folded = fold_label(norm)
                labels.append(_Label(s, text, kind, bonus, norm, tuple(norm.split()), folded,
                                     tuple(folded.split())))
        entities: dict[str, _Entity] = {}
        for lab in labels:
            if lab.iri in entities:
                continue
            tnames = resource_types(lab.iri, sorted(types.get(lab.iri, ())))
            ptype = resource_type(lab.iri, tnames)
            pref = best[lab.iri][2] if lab.iri in best else next(
                (x.text for x in labels if x.iri == lab.iri and x.kind == "acronym"), lab.text)
            entities[lab.iri] = _Entity(lab.iri, pref, tuple(sorted(tnames)), ptype,
                                        terms.class_label(ptype) if ptype else None)
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
        best: dict[str, tuple[float, str, _Label]] = {}

        def offer(lab: _Label, match: str, score: float) -> None:
            score += lab.bonus - min(len(lab.norm), 200) / 1000.0
            cur = best.get(lab.iri)
            if cur is None or score > cur[0]:
                best[lab.iri] = (score, match, lab)

        candidates = [lab for lab in self.labels
                      if allowed is None or allowed & set(self.entities[lab.iri].types)]
        for lab in candidates:
            m = _match(qn, qwords, lab.norm, lab.words)
            if m is not None:
                offer(lab, m[0], m[1])
                continue
            m = _match(qf, qfwords, lab.folded, lab.folded_words)
            if m is not None:
                offer(lab, m[0], m[1] - 5.0)
        if len(best) < limit and len(qn) >= 3:
            for lab in candidates:
                if lab.iri in best and best[lab.iri][1] != "fuzzy":
                    continue
                score = _fuzzy(qf, lab.folded, lab.folded_words)
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
