"""GET /api/status: which generation is served, what it holds, the SPARQL pool."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from api.deps import ResourcesDep
from graph.remote import RemoteStore

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
    graph_store: str = Field(default="embedded", description="'embedded' (Oxigraph in the data directory) or "
                             "'remote' (a SPARQL 1.1 server)")
    graph_store_url: str | None = Field(default=None, description="query endpoint of the remote graph store")
    graph_store_reachable: bool | None = Field(
        default=None, description="remote graph store: whether it answered just now (false: search answers "
        "without graph enrichment, entity pages and SPARQL answer 503)")
    graph_store_error: str | None = None


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
        if isinstance(snap.store, RemoteStore):
            out.graph_store, out.graph_store_url = "remote", snap.store.config.query_url
            out.graph_store_reachable, out.graph_store_error = snap.store.reachable()
    return out
