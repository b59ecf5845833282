"""`/sparql`: a read-only SPARQL 1.1 Protocol endpoint over the current generation.

* `GET /sparql?query=...`, `POST` form-encoded (`query=...`), `POST` with `Content-Type:
  application/sparql-query`; `default-graph-uri` / `named-graph-uri` (repeatable, local graphs only).
* Results by `Accept` (or `?format=`): SELECT/ASK as SPARQL JSON (default), XML, CSV or TSV;
  CONSTRUCT/DESCRIBE as Turtle (default), N-Triples or JSON-LD.
* The default graph is the union of all named graphs (one per document, plus ontology and thesaurus).
* Standard prefixes are predeclared: sg:, id:, skos:, dcterms:, prov:, org:, oa:, rdfs:, rdf:, xsd:,
  time:, schema: and sgf: (the search functions).
* Updates are refused (403), and so are SERVICE and non-local FROM/FROM NAMED, before evaluation (a tokenizer,
  api/sparql/check.py); a query over `sparql_max_query_bytes` is refused (413) before it is read.
* Queries are parsed and evaluated in killable worker processes: past `sparql_timeout_s` the worker is killed
  and the answer is 503; all workers busy → 503 + Retry-After within 100 ms; results are capped at
  `sparql_max_rows` rows/triples (header `Styrgraf-Truncated: true`).

Search inside SPARQL (see docs/sparql.md)::

    PREFIX sgf: <https://w3id.org/styrgraf/def/fn#>
    SELECT ?p ?score ?doc ?year ?entity WHERE {
      ?p a sg:Passage ; dcterms:isPartOf ?doc . ?doc sg:year ?year .
      BIND(sgf:relevance(?p, "SMO-piloten") AS ?score) FILTER(?score > 0)
      ?p sg:mentions ?entity
    } ORDER BY DESC(?score) LIMIT 20

`sgf:relevance(?passage, "text")` is the hybrid (dense + BM25 + entity) score of the search engine,
`sgf:semantic` the dense-only and `sgf:bm25` the BM25-only one; 0.0 for passages outside the top hits.
"""

from __future__ import annotations

import functools
import logging
from typing import Annotated, Any

import pyoxigraph as ox
from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from api.conneg import best_match
from api.deps import SnapshotDep, get_resources
from api.errors import TITLES, error_response
from api.iris import serialize_triples
from api.resources import Resources, Snapshot
from api.settings import Settings
from api.sparql.cache import CacheKey, ResultCache
from api.sparql.pool import SparqlBusy
from api.sparql.protocol import read_query_request
from api.sparql.query import ALL_PREFIXES, prepare, score_tables
from api.sparql.remote import run_remote
from api.sparql.worker import SparqlResult, SparqlTask
from corpus.errors import QueryError, StyrgrafError
from graph.remote import RemoteStore

log = logging.getLogger(__name__)
router = APIRouter(tags=["sparql"])
INLINE_CHECK_CHARS = 8_000  # a longer query is checked in the thread pool (the check is linear, ~1 ms per 10 kB)

SOLUTION_MEDIA = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_MEDIA = {
    "text/turtle": "turtle", "application/x-turtle": "turtle",
    "application/n-triples": "ntriples", "text/plain": "ntriples",
    "application/ld+json": "jsonld", "application/json": "jsonld",
}
FORMAT_NAMES = {"json", "xml", "csv", "tsv", "turtle", "ttl", "ntriples", "nt", "jsonld", "json-ld"}


class NotAcceptable(StyrgrafError):
    status = 406
    title = "Formatet kan inte levereras"


@functools.lru_cache(maxsize=256)  # clients send the same few Accept headers; content negotiation costs ~25 µs
def _formats(form: str, accept: str | None, fmt: str | None) -> tuple[str, str]:
    """(solutions format, graph format) for this request."""
    if fmt:
        f = {"ttl": "turtle", "nt": "ntriples", "json-ld": "jsonld"}.get(fmt.lower(), fmt.lower())
        if f not in {"json", "xml", "csv", "tsv", "turtle", "ntriples", "jsonld"}:
            raise QueryError(f"okänt format '{fmt}': välj json, xml, csv, tsv, turtle, ntriples eller jsonld")
        graph_fmt = "jsonld" if f == "json" else f
        sol_fmt = f if f in ("json", "xml", "csv", "tsv") else "json"
        if form in ("SELECT", "ASK") and f not in ("json", "xml", "csv", "tsv"):
            raise NotAcceptable(f"{form}-resultat kan inte ges som {fmt}: välj json, xml, csv eller tsv")
        if form in ("CONSTRUCT", "DESCRIBE") and f not in ("turtle", "ntriples", "jsonld", "json"):
            raise NotAcceptable(f"{form}-resultat kan inte ges som {fmt}: välj turtle, ntriples eller jsonld")
        return sol_fmt, graph_fmt
    media = SOLUTION_MEDIA if form in ("SELECT", "ASK") else GRAPH_MEDIA
    chosen = best_match(accept, list(media))
    if chosen is None:
        raise NotAcceptable(f"inget av formaten i Accept ({accept}) finns för {form}; möjliga: "
                            + ", ".join(media))
    if form in ("SELECT", "ASK"):
        return media[chosen], "turtle"
    return "json", media[chosen]


def _query_param_doc() -> dict[str, Any]:
    return {"description": "SPARQL 1.1 query (standard prefixes predeclared)",
            "openapi_examples": {"types": {"summary": "Klasser och antal",
                                   "value": "SELECT ?type (COUNT(*) AS ?n) WHERE { ?s a ?type } "
                                            "GROUP BY ?type ORDER BY DESC(?n)"}}}


async def _snapshot(resources: Resources) -> Snapshot:
    """The snapshot to serve; read inline unless a new generation has to be loaded (that runs in a thread)."""
    snap = resources.snapshot
    if snap is not None and resources.workspace.current_id() == snap.id:
        return snap
    return await run_in_threadpool(resources.current)


def _timeout(params: dict[str, list[str]], settings: Settings) -> float:
    """The `timeout=` parameter (seconds, > 0; 422 otherwise), bounded by `sparql_timeout_s`."""
    raw = params.get("timeout")
    if not raw:
        return settings.sparql_timeout_s
    try:
        value = float(raw[-1])
    except ValueError:
        value = float("nan")
    if not value > 0:
        raise InvalidParameter(f"timeout: ska vara ett tal större än 0 (sekunder), fick '{raw[-1]}'")
    return min(max(value, 0.05), settings.sparql_timeout_s)


class InvalidParameter(StyrgrafError):
    status = 422
    title = TITLES[422]


async def evaluate(request: Request, cache: ResultCache | None = None) -> Response:
    """Answer one SPARQL Protocol request (every check, then the cache, the worker pool or the remote store)."""
    # No FastAPI dependencies here: each sync dependency would be a thread-pool hop on every query.
    settings: Settings = request.app.state.settings
    resources = get_resources(request)
    snap = await _snapshot(resources)
    req = await read_query_request(request, settings.sparql_max_query_bytes)
    if req.query is None:
        raise QueryError("ingen fråga: ange parametern 'query' (GET eller formulär) eller skicka frågan som "
                         "application/sparql-query")
    limit = _timeout(req.params, settings)
    if len(req.query) <= INLINE_CHECK_CHARS:
        prepared = prepare(req.query, snap.graphs, default_graph_uris=req.default_graphs,
                           named_graph_uris=req.named_graphs)
    else:
        prepared = await run_in_threadpool(prepare, req.query, snap.graphs, default_graph_uris=req.default_graphs,
                                           named_graph_uris=req.named_graphs)
    fmt = req.params.get("format")
    sol_fmt, graph_fmt = _formats(prepared.form, request.headers.get("accept"), fmt[-1] if fmt else None)
    task: SparqlTask = {
        "store_dir": str(snap.generation.store_dir), "memory_max_bytes": settings.sparql_memory_max_bytes,
        "query": prepared.text, "query_prefixes": ALL_PREFIXES,
        "has_dataset": prepared.has_dataset, "default_graphs": prepared.default_graphs,
        "named_graphs": prepared.named_graphs, "scores": {}, "max_rows": settings.sparql_max_rows,
        "solutions_format": sol_fmt, "graph_format": "ntriples" if graph_fmt == "jsonld" else graph_fmt,
        "prefixes": ALL_PREFIXES,
    }
    key: CacheKey | None = None
    if cache is not None and not prepared.volatile and not isinstance(snap.store, RemoteStore):
        key = (snap.id, prepared.text, tuple(prepared.default_graphs), tuple(prepared.named_graphs), sol_fmt,
               graph_fmt, settings.sparql_max_rows)
        hit = cache.get(key)
        if hit is not None:
            response = _response(hit, snap, settings)
            response.headers["Styrgraf-Cache"] = "hit"  # said openly: the benchmark reports both
            return response
    if isinstance(snap.store, RemoteStore):
        result = await run_remote(snap.store, prepared, task, limit)
    else:
        if prepared.search_calls:
            n_passages = sum(len(d.passages) for d in snap.documents.values())
            task["scores"] = await run_in_threadpool(score_tables, snap.search, prepared.search_calls, n_passages,
                                                     generation=snap.id)
        pool = resources.sparql
        if pool is None:
            raise StyrgrafError("SPARQL-tjänsten är inte startad", status=503)
        try:
            result = await pool.run(task, limit)
        except SparqlBusy as e:
            return error_response(request, e.status, e.title, e.detail,
                                  headers={"Retry-After": str(settings.retry_after_s)})
    if result["kind"] == "triples" and graph_fmt == "jsonld":
        triples = list(ox.parse(result["body"], format=ox.RdfFormat.N_TRIPLES)) if result["body"] else []
        result = {**result, "content_type": "application/ld+json",
                  "body": await run_in_threadpool(serialize_triples, [t.triple for t in triples], "jsonld")}
    if key is not None and cache is not None:
        cache.put(key, result)
    return _response(result, snap, settings)


def _response(result: SparqlResult, snap: Snapshot, settings: Settings) -> Response:
    headers = {"Styrgraf-Rows": str(result["rows"]), "Styrgraf-Generation": snap.id, "Vary": "Accept",
               "Content-Type": result["content_type"]}
    if result["truncated"]:
        headers["Styrgraf-Truncated"] = "true"
        headers["Warning"] = f'199 - "result truncated to {settings.sparql_max_rows} rows (sparql_max_rows)"'
    return Response(content=result["body"], media_type=None, headers=headers)


class SparqlFastPath:
    """`GET`/`POST /sparql` answered straight from ASGI, ahead of FastAPI's routing, dependencies and
    parameter validation (they cost ~0.5 ms of a 1 ms query; measured with bench/sparql_peers.py).

    Installed inside the input bounds, CORS and the security headers (api/app.py), so those apply as before;
    every check is in `evaluate`, and errors get the one JSON shape. The FastAPI routes below stay for the
    OpenAPI documentation (and any other method: 405 with Allow) and run the same `evaluate`."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.cache = ResultCache(settings.sparql_result_cache_bytes) if settings.sparql_result_cache_bytes else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != "/sparql" or scope["method"] not in ("GET", "POST"):
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        try:
            response = await evaluate(request, self.cache)
        except StyrgrafError as e:
            response = error_response(request, e.status, e.title, e.detail)
        except Exception as e:  # as the app's own handler does (api/errors.py): logged, still the JSON shape
            log.exception("unhandled error on /sparql")
            response = error_response(request, 500, TITLES[500], f"{type(e).__name__}: {e}")
        await response(scope, receive, send)


FormatQ = Annotated[str | None, Query(description="override Accept: json, xml, csv, tsv, turtle, ntriples, jsonld")]
TimeoutQ = Annotated[float | None, Query(gt=0, description="timeout in seconds (at most sparql_timeout_s)")]
DOC_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "SPARQL results (JSON/XML/CSV/TSV) or RDF (Turtle/N-Triples/JSON-LD)",
          "content": {"application/sparql-results+json": {}, "application/sparql-results+xml": {},
                      "text/csv": {}, "text/tab-separated-values": {}, "text/turtle": {},
                      "application/n-triples": {}, "application/ld+json": {}}},
    400: {"description": "syntax error or invalid request (two queries, invalid UTF-8, another charset, "
                         "no Content-Type)"},
    403: {"description": "update, SERVICE or non-local graph refused"},
    406: {"description": "no acceptable result format"},
    413: {"description": "query over sparql_max_query_bytes"},
    415: {"description": "POST with another media type than form or application/sparql-query"},
    422: {"description": "invalid timeout or format parameter"},
    501: {"description": "search functions sgf:* with a remote graph store"},
    502: {"description": "the remote graph store answered outside the protocol"},
    503: {"description": "timeout (worker killed), every worker busy (with Retry-After), or the remote graph "
                        "store unreachable"},
}


@router.get("/sparql", summary="SPARQL-fråga (GET)", responses=DOC_RESPONSES)
async def sparql_get(request: Request, query: Annotated[str | None, Query(**_query_param_doc())] = None,
                     format: FormatQ = None, timeout: TimeoutQ = None) -> Response:
    """Run a SPARQL 1.1 query (`query`, `default-graph-uri`, `named-graph-uri` as in the SPARQL 1.1 Protocol)."""
    return await evaluate(request)


@router.post("/sparql", summary="SPARQL-fråga (POST)", responses=DOC_RESPONSES,
             openapi_extra={"requestBody": {"content": {
                 "application/sparql-query": {"schema": {"type": "string"},
                                              "example": "SELECT * WHERE { ?s a sg:Assignment } LIMIT 10"},
                 "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
                     "query": {"type": "string"}, "default-graph-uri": {"type": "string"},
                     "named-graph-uri": {"type": "string"}}}}}}})
async def sparql_post(request: Request, format: FormatQ = None, timeout: TimeoutQ = None) -> Response:
    """Run a SPARQL 1.1 query sent form-encoded (`query=`) or directly (`application/sparql-query`)."""
    return await evaluate(request)


class GraphInfo(BaseModel):
    iri: str
    triples: int


@router.get("/sparql/graphs", response_model=list[GraphInfo], summary="Namngivna grafer i tjänsten")
def sparql_graphs(snap: SnapshotDep) -> list[GraphInfo]:
    """The local named graphs (usable in FROM, FROM NAMED, default-graph-uri and named-graph-uri)."""
    out = []
    for g in sorted(snap.graphs):
        n = sum(1 for _ in snap.store.quads_for_pattern(None, None, None, ox.NamedNode(g)))
        out.append(GraphInfo(iri=g, triples=n))
    return out
