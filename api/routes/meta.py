"""GET /api/status: which generation is served, what it holds, the SPARQL pool, the graph store and the
passage backend."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from api.deps import ResourcesDep
from graph.remote import RemoteStore
from search.engine import SearchEngine

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
    passage_backend: str = Field(default="embedded", description="'embedded' (FAISS + BM25 files in the "
                                 "generation) or 'milvus' (a Milvus collection, search/backends/)")
    passage_collection: str | None = Field(default=None, description="Milvus: the collection (index version) "
                                           "this generation reads")
    passage_alias: str | None = Field(default=None, description="Milvus: the alias naming the newest version")
    passage_backend_reachable: bool | None = Field(
        default=None, description="Milvus: whether it answered just now (None: embedded, or search not loaded)")
    passage_backend_error: str | None = None


def passage_status(engine: SearchEngine | None, index_dir: Path | None = None) -> dict[str, Any]:
    """The passage backend fields of `Status`: from the loaded engine, else from the index's meta.json
    (search failed to load, e.g. Milvus was down: which backend it is still helps the operator)."""
    ident: dict[str, Any] = {}
    if engine is not None:
        ident = dict(engine.index.passage_index.identity)
    elif index_dir is not None and (index_dir / "meta.json").is_file():
        with contextlib.suppress(OSError, ValueError):
            ident = dict(json.loads((index_dir / "meta.json").read_text()).get("passage_index") or {})
    if ident.get("kind") != "milvus":
        return {"passage_backend": "embedded"}
    out: dict[str, Any] = {"passage_backend": "milvus", "passage_collection": ident.get("collection"),
                           "passage_alias": ident.get("alias")}
    probe = getattr(engine.index.passage_index, "reachable", None) if engine is not None else None
    if probe is not None:
        out["passage_backend_reachable"], out["passage_backend_error"] = probe()
    return out


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
        for key, value in passage_status(snap.search, snap.generation.index_dir).items():
            setattr(out, key, value)
    return out
