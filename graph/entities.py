"""What the graph knows about one entity: cards, short summaries, label search (autocomplete), resolving.

All functions are pure reads over a pyoxigraph Store (default graph = union of named graphs).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from styrgraf.graph.timeline import TimelineEvent


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


class LabelIndex:
    """In-memory label table of a store, built once (`from_store`) and cached by the service."""

    @classmethod
    def from_store(cls, store: Any) -> LabelIndex:
        raise NotImplementedError

    def search(self, q: str, type: str | None = None, limit: int = 10) -> list[EntityHit]:
        raise NotImplementedError


def entity_card(store: Any, iri: str) -> EntityCard | None:
    raise NotImplementedError


def entity_summary(store: Any, iri: str) -> dict[str, Any]:
    raise NotImplementedError


def label_search(store: Any, q: str, type: str | None = None, limit: int = 10) -> list[EntityHit]:
    raise NotImplementedError


def resolve_entity(store_or_index: Any, text: str) -> str | None:
    raise NotImplementedError
