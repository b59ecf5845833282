"""What the graph knows about one entity: cards, short summaries, label search (autocomplete), resolving.

All functions are pure reads over a pyoxigraph Store (default graph = union of named graphs).

Label search (`LabelIndex`, `label_search`) ranks, per entity, its best-matching label:
exact (100) > prefix (80) > word-prefix (60: every query word starts a word of the label, in any order)
> substring (45) > fuzzy (20–40, difflib ratio ≥ 0.75 against the label, its first words or one word).
Matching is case-insensitive and keeps diacritics first; an ASCII-folded match (å/ä→a, ö→o, é→e) is
the fallback and costs 5 points. A preferred label or acronym beats an alternative label (+3/+2); shorter
labels win ties. Labels come from skos:prefLabel, rdfs:label, skos:altLabel, skos:hiddenLabel (never
shown), sg:acronym and dcterms:title of resources in the `id/` namespace.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from pydantic import BaseModel, Field

from styrgraf.graph._nodes import (
    CLASS_LABELS,
    ID_BASE,
    PassageInfo,
    class_label,
    display_label,
    iri_values,
    lang_rank,
    local_id,
    local_name,
    node_info,
    number_label,
    ontology_labels,
    passage_info,
    path_type,
    plain_query,
    predicate_label,
    primary_type,
    raw_query,
    short,
    snippet,
    subclass_map,
)
from styrgraf.graph.timeline import TimelineEvent, timeline


class TypeRef(BaseModel):
    iri: str
    name: str          # local name: "Project", "Assignment", "Concept"
    label: str         # Swedish label from the ontology graph (fallback: name)


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

_SKOS = "http://www.w3.org/2004/02/skos/core#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_DCT = "http://purl.org/dc/terms/"
_SG = "https://w3id.org/styrgraf/def/"

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
    >>> idx.search("smo")[0].iri                     # doctest: +SKIP
    'https://w3id.org/styrgraf/id/project/smo'
    """

    def __init__(self, labels: list[_Label], entities: dict[str, _Entity],
                 class_labels: dict[str, str], subclasses: dict[str, set[str]]) -> None:
        self.labels = labels
        self.entities = entities
        self.class_labels = class_labels      # local name → Swedish label
        self.subclasses = subclasses          # local name → itself and all subclasses

    def __len__(self) -> int:
        return len(self.entities)

    def __contains__(self, iri: object) -> bool:
        return iri in self.entities

    @classmethod
    def from_store(cls, store: Any) -> LabelIndex:
        onto = ontology_labels(store)
        types: dict[str, set[str]] = {}
        for row in plain_query(store, _TYPES_QUERY):
            types.setdefault(str(row["s"]), set()).add(local_name(str(row["t"])))
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
            tset = set(types.get(lab.iri, ()))
            pt = path_type(lab.iri)
            if pt:
                tset.add(pt)
            ptype = primary_type(tset)
            pref = best[lab.iri][2] if lab.iri in best else next(
                (x.text for x in labels if x.iri == lab.iri and x.kind == "acronym"), lab.text)
            entities[lab.iri] = _Entity(lab.iri, pref, tuple(sorted(tset)), ptype,
                                        class_label(ptype, onto) if ptype else None)
        class_labels = {name: class_label(name, onto) for name in {*CLASS_LABELS, *(
            local_name(c) for c in onto if c.startswith(_SG) and local_name(c)[:1].isupper())}}
        return cls(labels, entities, class_labels, subclass_map(store))

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


def label_search(store: Any, q: str, type: str | None = None, limit: int = 10) -> list[EntityHit]:
    """Autocomplete over labels (builds a throw-away LabelIndex; services should cache one)."""
    return LabelIndex.from_store(store).search(q, type=type, limit=limit)


_EXISTS = """
SELECT ?p WHERE { { ?x ?p ?o } UNION { ?s ?p ?x } } LIMIT 1
"""


def _exists(store: Any, iri: str) -> bool:
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


# ------------------------------------------------------------------------------------------ summaries

def entity_summary(store: Any, iri: str) -> dict[str, Any]:
    """{iri, id, label, type, type_label, types}: enough to render a link or a chip."""
    info = node_info(store, [iri]).get(iri)
    if info is None:
        return {"iri": iri, "id": local_id(iri), "label": local_id(iri), "type": None, "type_label": None,
                "types": []}
    onto = ontology_labels(store)
    ptype = info.type
    return {"iri": iri, "id": local_id(iri), "label": info.display(), "type": ptype,
            "type_label": class_label(ptype, onto) if ptype else None, "types": info.type_names}


# ---------------------------------------------------------------------------------------------- cards

_OUT = """
SELECT ?p ?o WHERE { %s ?x ?p ?o . }
"""

_IN = """
SELECT ?s ?p WHERE { %s ?s ?p ?x . FILTER(isIRI(?s)) }
"""

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


def entity_card(store: Any, iri: str) -> EntityCard | None:
    """Everything the graph states about `iri`, with sources; None if the store does not know it."""
    vx = iri_values("x", [iri])
    out_rows = raw_query(store, _OUT % vx)
    in_rows = raw_query(store, _IN % vx)
    if not out_rows and not in_rows:
        return None
    onto = ontology_labels(store)
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
                props.append(_literal(p, o, onto))
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
            props.append(_literal(p, o, onto))
        elif isinstance(o, ox.NamedNode):
            out_links.append((p, o.value))
    in_links = [(row["p"].value, row["s"].value) for row in in_rows if row["p"].value not in _SPECIAL_IN]
    # Other ends: one batched lookup of labels and types.
    others = node_info(store, [o for _, o in out_links] + [s for _, s in in_links])
    relations_out = _relations(out_links, "out", others, onto)
    relations_in = _relations(in_links, "in", others, onto)

    pref.sort()
    label_candidates = [v for _, v in pref]
    type_names = [local_name(t) for t in types]
    pt = path_type(iri)
    if pt and pt not in type_names:
        type_names.append(pt)
        types.append(_SG + pt if pt != "Concept" else _SKOS + "Concept")
    own = node_info(store, [iri])[iri]
    label = label_candidates[0] if label_candidates else (acronyms[0] if acronyms else own.display())
    type_refs = [TypeRef(iri=t, name=local_name(t), label=class_label(local_name(t), onto)) for t in types]
    type_refs.sort(key=lambda r: (primary_type([r.name]) != primary_type(type_names), r.name))

    # Passages: where it is mentioned and what it was derived from.
    mention_rows = plain_query(store, _MENTIONED % vx)
    surfaces: dict[str, str | None] = {}
    for r in mention_rows:
        surfaces.setdefault(str(r["p"]), None)
        if r["exact"] and not surfaces[str(r["p"])]:
            surfaces[str(r["p"])] = str(r["exact"])
    passages = passage_info(store, [*surfaces, *derived])
    needles = [label, *acronyms, *alts]
    mentioned = [_passage_ref(passages[p], needles, surfaces[p]) for p in surfaces if p in passages]
    sources = [_passage_ref(passages[p], needles) for p in dict.fromkeys(derived) if p in passages]
    definitions.sort()
    props.sort(key=lambda x: (x.predicate_label, str(x.value)))
    return EntityCard(
        iri=iri, id=local_id(iri), label=label, types=type_refs, type=primary_type(type_names),
        alt_labels=sorted(dict.fromkeys(a for a in alts if a != label)),
        acronyms=sorted(dict.fromkeys(acronyms)),
        definition=definitions[0][1] if definitions else None,
        properties=props, relations_out=relations_out, relations_in=relations_in,
        mentioned_in=_sort_refs(mentioned, passages)[:MAX_PASSAGES],
        derived_from=_sort_refs(sources, passages),
        timeline=timeline(store, iri),
    )


def _literal(p: str, o: ox.Literal, onto: dict[str, str]) -> LiteralProperty:
    from styrgraf.graph.store import term_value

    dt: str | None = o.datatype.value if o.datatype else None
    if dt and dt.endswith(("#string", "#langString")):
        dt = None
    return LiteralProperty(predicate=p, predicate_label=predicate_label(p, onto), value=term_value(o),
                           datatype=dt, lang=o.language or None)


def _relations(links: list[tuple[str, str]], direction: str, others: dict[str, Any],
               onto: dict[str, str]) -> list[Relation]:
    rels: list[Relation] = []
    per_pred: dict[str, int] = {}
    for p, other in sorted(dict.fromkeys(links), key=lambda po: (predicate_label(po[0], onto), po[1])):
        per_pred[p] = per_pred.get(p, 0) + 1
        if per_pred[p] > MAX_RELATIONS_PER_PREDICATE:
            continue
        info = others.get(other)
        rels.append(Relation(predicate=p, predicate_label=predicate_label(p, onto), direction=direction,
                             iri=other, id=local_id(other), label=info.display() if info else local_id(other),
                             type=info.type if info else None))
    return rels


__all__ = ["EntityCard", "EntityHit", "LabelIndex", "LiteralProperty", "PassageRef", "Relation", "TypeRef",
           "entity_card", "entity_summary", "fold_label", "label_search", "normalise_label", "resolve_entity"]
