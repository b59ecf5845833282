"""GET /api/documents and GET /api/documents/{id}: metadata, cleaned text, passages with spans and entities."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from api.deps import SnapshotDep
from api.iris import check_segment, passage_anchor
from corpus.model import Document
from graph.namespaces import ID, document_graph, local_name
from graph.store import GraphStore, select
from graph.terms import resource_type

router = APIRouter(tags=["dokument"])


class DocumentMeta(BaseModel):
    id: str
    iri: str
    title: str
    type: str
    organ: str | None = None
    date: str | None = None
    year: int | None = None
    dnr: list[str] = Field(default_factory=list)
    source: str = ""


class DocumentSummary(DocumentMeta):
    passages: int = Field(default=0, description="number of passages")


class MentionSpan(BaseModel):
    start: int = Field(description="offset in the document's text")
    end: int
    exact: str | None = None


class PassageEntity(BaseModel):
    iri: str
    label: str
    type: str | None = None
    mentions: list[MentionSpan] = Field(default_factory=list)


class PassageOut(BaseModel):
    id: str
    iri: str
    anchor: str = Field(description="HTML fragment of the passage on the document page")
    ordinal: int
    start: int = Field(description="span in the document's text: text == document.text[start:end]")
    end: int
    heading: str = ""
    kind: str = "section"
    text: str
    entities: list[PassageEntity] = Field(default_factory=list)


class DocumentDetail(DocumentMeta):
    text: str = Field(description="the cleaned text; every span refers to it")
    passages: list[PassageOut] = Field(default_factory=list)


def meta(d: Document) -> dict[str, Any]:
    return {"id": d.id, "iri": str(ID[f"document/{d.id}"]), "title": d.title, "type": d.doc_type, "organ": d.organ,
            "date": d.date, "year": d.year, "dnr": list(d.dnr), "source": d.source}


def summary(d: Document) -> DocumentSummary:
    return DocumentSummary(**meta(d), passages=len(d.passages))


@router.get("/api/documents", response_model=list[DocumentSummary], summary="Alla dokument")
def list_documents(
    snap: SnapshotDep,
    type: Annotated[str | None, Query(description="dokumenttyp, t.ex. aterrapportering")] = None,
    year: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    organ: Annotated[str | None, Query(description="organ (skiftlägesokänsligt, delsträng)")] = None,
) -> list[DocumentSummary]:
    """The documents of the current generation (bundled and ingested), in corpus order."""
    out = []
    for d in snap.documents.values():
        if type and d.doc_type != type:
            continue
        if year is not None and d.year != year and not (d.date or "").startswith(str(year)):
            continue
        if organ and organ.lower() not in (d.organ or "").lower():
            continue
        out.append(summary(d))
    return out


_MENTIONS = """
SELECT ?p ?c ?label ?type ?start ?end ?exact WHERE {
  GRAPH ?g { ?p sg:mentions ?c .
    OPTIONAL { ?m sg:inPassage ?p ; sg:mentionOf ?c ; oa:start ?start ; oa:end ?end . OPTIONAL { ?m oa:exact ?exact } }
  }
  OPTIONAL { ?c skos:prefLabel|rdfs:label ?label }
  OPTIONAL { ?c a ?type }
}"""


def passage_entities(store: GraphStore, doc_id: str) -> dict[str, list[PassageEntity]]:
    """{passage IRI: entities it mentions (with the located mentions)} for one document."""
    rows = select(store, _MENTIONS, g=document_graph(doc_id))
    per: dict[str, dict[str, PassageEntity]] = {}
    types: dict[str, set[str]] = {}
    for r in rows:
        ents = per.setdefault(r["p"], {})
        e = ents.get(r["c"])
        if e is None:
            e = ents[r["c"]] = PassageEntity(iri=r["c"], label=r["label"] or local_name(r["c"]))
        if r["type"]:
            types.setdefault(r["c"], set()).add(r["type"])
        if r["start"] is not None and r["end"] is not None:
            span = MentionSpan(start=int(r["start"]), end=int(r["end"]), exact=r["exact"])
            if span not in e.mentions:
                e.mentions.append(span)
    for ents in per.values():
        for e in ents.values():
            e.type = resource_type(e.iri, sorted(types.get(e.iri, ())))
            e.mentions.sort(key=lambda m: m.start)
    return {p: sorted(ents.values(), key=lambda e: e.label.lower()) for p, ents in per.items()}


@router.get("/api/documents/{id}", response_model=DocumentDetail,
            summary="Ett dokument med text och passager", responses={404: {"description": "inget sådant dokument"}})
def get_document(id: str, snap: SnapshotDep) -> DocumentDetail:
    """Metadata, the cleaned text, and every passage with its span in the text, its anchor on the document
    page and the entities it mentions (with the located mentions)."""
    d = snap.document(check_segment(id, "dokumentets id"))
    ents = passage_entities(snap.store, d.id)
    passages = []
    for p in d.passages:
        iri = str(ID[f"passage/{p.id}"])
        passages.append(PassageOut(id=p.id, iri=iri, anchor=passage_anchor(p.id), ordinal=p.ordinal, start=p.start,
                                   end=p.end, heading=p.heading, kind=p.kind, text=p.text,
                                   entities=ents.get(iri, [])))
    return DocumentDetail(**meta(d), text=d.text, passages=passages)
