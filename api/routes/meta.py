"""GET /api/status: which generation is served, what it holds, the SPARQL pool."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from api.deps import ResourcesDep

router = APIRouter(tags=["tjänst"])


class Status(BaseModel):
    generation: str | None = Field(description="id of the generation being served (None: nothing built yet)")
    created: str | None = None
    documents: int = 0
    passages: int = 0
    triples: int | None = None
    graphs: int = 0
    search: bool = Field(default=False, description="whether the search engine is loaded")
    search_error: str | None = None
    embedder: Any = None
    reloads: int = Field(default=0, description="generations loaded since start")
    sparql_workers: list[int] = Field(default_factory=list, description="pids of the SPARQL worker processes")
    sparql_killed: int = Field(default=0, description="runaway SPARQL queries killed since start")


@router.get("/api/status", response_model=Status, summary="Tjänstens status och aktuell generation")
def status(resources: ResourcesDep) -> Status:
    resources.maybe_reload()
    snap = resources.snapshot
    pool = resources.sparql
    out = Status(generation=None, reloads=resources.reloads,
                 sparql_workers=pool.pids() if pool else [], sparql_killed=pool.killed if pool else 0)
    if snap is not None:
        meta = snap.generation.meta
        out.generation = snap.id
        out.created = meta.get("created")
        out.documents = len(snap.documents)
        out.passages = sum(len(d.passages) for d in snap.documents.values())
        out.triples = meta.get("triples")
        out.graphs = len(snap.graphs)
        out.search = snap.search is not None
        out.search_error = snap.search_error
        out.embedder = meta.get("embedder")
    return out
