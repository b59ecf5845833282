"""GET /api/entities (label search for autocomplete) and GET /api/entities/{id} (entity card)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import SnapshotDep
from api.iris import resource_iri
from corpus.errors import NotFound
from graph.entities import EntityCard, EntityHit, entity_card
from graph.namespaces import ID

router = APIRouter(tags=["entiteter"])

HIT_EXAMPLE = [{"iri": str(ID["project/smo"]), "id": "project/smo", "label": "SMO",
                "matched": "SMO", "type": "Project", "type_label": "Projekt", "types": ["Project"],
                "match": "exact", "score": 1.0}]


@router.get("/api/entities", response_model=list[EntityHit], summary="Sök entiteter på namn (autocomplete)",
            responses={200: {"content": {"application/json": {"example": HIT_EXAMPLE}}}})
def search_entities(
    snap: SnapshotDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="början av ett namn, en förkortning "
                                                                      "eller ett felstavat namn")],
    type: Annotated[str | None, Query(description="typ, t.ex. Project, Assignment, Organ (eller svensk etikett)")]
    = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> list[EntityHit]:
    """Label search over preferred/alternative labels and acronyms: exact, prefix, word-prefix, substring and
    fuzzy matches, best first."""
    hits: list[EntityHit] = snap.labels().search(q, type=type, limit=limit)
    return hits


@router.get("/api/entities/{id:path}", response_model=EntityCard, summary="Entitetskort",
            responses={404: {"description": "ingen sådan entitet"}})
def get_entity(id: str, snap: SnapshotDep) -> EntityCard:
    """The card of one entity; `id` is the IRI's part after `…/id/`, e.g. `project/smo`
    or `assignment/2025/nr-8`: types, labels, literal properties, relations in and out (with labels),
    the passages that mention it or that it was derived from, and its timeline."""
    card = entity_card(snap.store, resource_iri(id))
    if card is None:
        raise NotFound(f"ingen entitet med id '{id}'")
    return card
