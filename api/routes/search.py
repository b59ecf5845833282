"""GET /api/search: hybrid semantic + BM25 search over passages (the search engine's `SearchResponse`)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from api.deps import SnapshotDep
from corpus.errors import QueryError
from graph.namespaces import ID
from search.models import SearchResponse

router = APIRouter(tags=["sök"])

SMO_IRI = str(ID["project/smo"])
EXAMPLE = {
    "query": "SMO-piloten",
    "results": [{
        "passage_id": "2025-aterrapportering-beredning-psykiatri.bd17e2f2ff83",
        "text": "Nr 8. Beredningen får i uppdrag att följa SMO-piloten ...",
        "highlight": "Nr 8. Beredningen får i uppdrag att följa <mark>SMO</mark>-piloten ...",
        "score": 0.0387,
        "document": {"id": "2025-aterrapportering-beredning-psykiatri", "title": "Återrapportering 2025",
                     "type": "aterrapportering", "date": "2025-11-12"},
        "entities": [{"iri": SMO_IRI, "label": "SMO", "type": "Project"}],
    }],
    "entities": [{"iri": SMO_IRI, "label": "SMO", "type": "Project"}],
    "timeline": [{"date": "2025", "kind": "uppdrag", "label": "Nr 8",
                  "passage_id": "2025-aterrapportering-beredning-psykiatri.bd17e2f2ff83",
                  "iri": str(ID["assignment/2025/nr-8"])}],
}


@router.get("/api/search", response_model=SearchResponse, summary="Sök i passagerna",
            responses={200: {"content": {"application/json": {"example": EXAMPLE}}},
                       400: {"description": "ogiltig fråga eller filter"},
                       503: {"description": "ingen graf byggd, eller sökindexet saknas"}})
def search(
    snap: SnapshotDep,
    q: Annotated[str, Query(min_length=1, max_length=1000, description="frågan, t.ex. 'SMO-piloten'")],
    k: Annotated[int, Query(ge=1, le=100, description="antal träffar")] = 10,
    year: Annotated[int | None, Query(ge=1900, le=2100, description="bara detta år (= year_from = year_to)")] = None,
    year_from: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    year_to: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    type: Annotated[str | None, Query(description="dokumenttyp, t.ex. aterrapportering, kallelse")] = None,
    organ: Annotated[str | None, Query(description="organ, t.ex. 'Beredning för psykiatri'")] = None,
    entity_type: Annotated[str | None, Query(description="bara passager som nämner en entitet av typen, "
                                                         "t.ex. Project, Assignment")] = None,
    mode: Annotated[Literal["hybrid", "bm25", "dense"], Query(description="hybrid (standard), bm25 eller dense")]
    = "hybrid",
    answer: Annotated[bool, Query(description="ett kort citerat svar ur passagerna; false hoppar över det")]
    = True,
) -> Response:
    """Hybrid search (dense vectors + Swedish BM25 + thesaurus entity links, fused) over the passages of the
    current generation. When the query names one entity, `timeline` lists its events. `answer`: 1–5 of the
    sources' own sentences, each cited (passage, document, date, character span), or none and a message."""
    if year is not None:
        if (year_from is not None and year_from != year) or (year_to is not None and year_to != year):
            raise QueryError("ange antingen year eller year_from/year_to")
        year_from = year_to = year
    if year_from is not None and year_to is not None and year_from > year_to:
        raise QueryError(f"year_from ({year_from}) är efter year_to ({year_to})")
    engine = snap.require_search()
    result: SearchResponse = engine.search(q, k=k, year_from=year_from, year_to=year_to, doc_type=type,
                                           organ=organ, entity_type=entity_type, mode=mode, answer=answer)
    # Serialised once, by pydantic's Rust core: returning the model would make FastAPI dump it, validate
    # the dump against `response_model` again and encode it (≈ 3 passes; `response_model` stays for /docs).
    return Response(content=result.model_dump_json(), media_type="application/json")
