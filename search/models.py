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


class AnswerSentence(BaseModel):
    """One sentence of an extractive answer: the source's own words and where they stand."""

    text: str                      # exactly Document.text[start:end]
    passage_id: str
    document: DocumentRef
    start: int                     # character span in Document.text
    end: int
    date: str | None = None        # ISO date the sentence speaks for (timeline answers), else the document's
    score: float = 0.0


class Answer(BaseModel):
    """A short cited answer (1-5 sentences), or none with a message when nothing answers well."""

    kind: str                      # "timeline" (change over time / status) or "fact"
    sentences: list[AnswerSentence] = Field(default_factory=list)
    message: str | None = None


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
    answer: Answer | None = None           # extractive cited answer (None: not asked for or nothing answers)
    suggestion: str | None = None          # "menade du …": the query with corrected spelling, when it helped
