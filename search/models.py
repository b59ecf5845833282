"""The JSON shape of a search answer (`/api/search`, `styrgraf search --json`)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class DocumentRef(BaseModel):
    id: str
    title: str
    type: str
    date: str | None = None
    year: int | None = None
    organ: str | None = None


class EntityRef(BaseModel):
    iri: str
    label: str
    type: str | None = None  # local name of the primary ontology class ("Project", "Committee")


class SearchHit(BaseModel):
    passage_id: str
    text: str
    highlight: str            # HTML-escaped text with <mark>…</mark> around matching words
    score: float
    document: DocumentRef
    entities: list[EntityRef] = Field(default_factory=list)
    heading: str | None = None
    rank: int | None = None
    signals: dict[str, float] | None = None  # per-signal contributions (bm25, dense, entity)


class TimelineItem(BaseModel):
    date: str | None = None
    kind: str
    label: str
    passage_id: str | None = None
    iri: str | None = None
    document_id: str | None = None


class SearchResponse(BaseModel):
    query: str
    results: list[SearchHit] = Field(default_factory=list)
    entities: list[EntityRef] = Field(default_factory=list)   # entities the query was linked to
    timeline: list[TimelineItem] = Field(default_factory=list)
    entity: dict[str, Any] | None = None   # entity card when the query is about one entity
    mode: str = "hybrid"
    message: str | None = None             # why the answer is empty or was adjusted (Swedish)
    truncated: bool = False                # the query was cut to MAX_QUERY_CHARS
    took_ms: float | None = None
