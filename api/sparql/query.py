"""Preparing a SPARQL request before anything is evaluated, in the service, in bounded time.

1. The size limit (`sparql_max_query_bytes`) is checked on the raw text before anything reads it (413).
2. `api/sparql/check.py` tokenizes the query (no parser: parsing is pyoxigraph's, in the killable worker):
   - an update (INSERT/DELETE/LOAD/CLEAR/DROP/CREATE/ADD/MOVE/COPY) → 403 `UpdateRefused`;
   - `SERVICE` anywhere → 403 `Refused` (the endpoint never makes outgoing requests);
   - `FROM`/`FROM NAMED` and the protocol's `default-graph-uri`/`named-graph-uri` must name local graphs;
   - calls of the Styrgraf search functions (`sgf:relevance`, `sgf:semantic`, `sgf:bm25`) are collected
     with their text arguments, which must be literals.
   The result of the check depends on the text only and is cached.
3. The standard prefixes travel beside the query (`Store.query(prefixes=...)`: the query's own declarations
   win), so the text and the engine's line numbers in syntax errors stay the user's.
4. The search functions' scores are computed here, in the service, with the search engine (`score_tables`)
   and handed to the worker, which registers them as pyoxigraph custom functions.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from api.sparql.check import CheckedQuery, ServiceFound, UpdateFound, check
from api.sparql.worker import ScoreTables
from corpus.errors import QueryError, StyrgrafError
from graph.namespaces import FN, ID, PREFIXES
from search.engine import MAX_K, SearchEngine

#: extension function → search mode of the engine
SEARCH_FUNCTIONS = {FN + "relevance": "hybrid", FN + "semantic": "dense", FN + "bm25": "bm25"}
ALL_PREFIXES = {**PREFIXES, "sgf": str(FN)}
PASSAGE_PREFIX = str(ID["passage/"])
CACHE_SIZE = 512  # checked query texts kept (an analyst's page re-sends the same few queries)


class Refused(StyrgrafError):
    status = 403
    title = "Frågan är inte tillåten"


class UpdateRefused(Refused):
    title = "Endpointen är skrivskyddad"


class QueryTooLarge(StyrgrafError):
    status = 413
    title = "Frågan är för stor"


@dataclass
class PreparedQuery:
    text: str                      # what the worker evaluates (the user's text; prefixes go beside it)
    form: str                      # SELECT | CONSTRUCT | DESCRIBE | ASK
    has_dataset: bool = False      # FROM / FROM NAMED in the query, or the protocol's dataset parameters
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    search_calls: dict[str, set[str]] = field(default_factory=dict)  # function IRI → texts
    volatile: bool = False         # its answer differs between evaluations (RAND, NOW, ...): never cached


def check_size(n_bytes: int, limit: int) -> None:
    """413 for a query text over `limit` bytes (before it is decoded, tokenized or parsed)."""
    if n_bytes > limit:
        raise QueryTooLarge(f"frågan är {n_bytes} byte; gränsen är {limit} byte (sparql_max_query_bytes)")


_cache: OrderedDict[str, CheckedQuery | StyrgrafError] = OrderedDict()
_cache_lock = threading.Lock()


def _checked(query: str) -> CheckedQuery:
    with _cache_lock:
        hit = _cache.get(query)
        if hit is not None:
            _cache.move_to_end(query)
    if hit is None:
        try:
            hit = check(query, ALL_PREFIXES, str(FN), set(SEARCH_FUNCTIONS))
        except UpdateFound as e:
            hit = UpdateRefused(f"SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ...) är inte tillåtet: "
                                f"endpointen är skrivskyddad ({e.detail})")
        except ServiceFound as e:
            hit = Refused(f"{e.detail}: fjärrfrågor (SERVICE) är inte tillåtna; endpointen frågar bara sin egen graf")
        except QueryError as e:
            hit = e
        with _cache_lock:
            _cache[query] = hit
            if len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    if isinstance(hit, StyrgrafError):
        raise type(hit)(hit.detail, status=hit.status)
    return hit


def prepare(query: str, local_graphs: frozenset[str] | set[str], *, default_graph_uris: list[str] | None = None,
            named_graph_uris: list[str] | None = None) -> PreparedQuery:
    """Check `query`; raise before evaluation if it is not allowed."""
    if not query or not query.strip():
        raise QueryError("ingen fråga: ange parametern 'query'")
    checked = _checked(query)
    for iri in [*checked.from_default, *checked.from_named, *(default_graph_uris or []), *(named_graph_uris or [])]:
        if iri not in local_graphs:
            raise Refused(f"<{iri}> är inte en graf i den här tjänsten: FROM, FROM NAMED, default-graph-uri "
                          "och named-graph-uri får bara ange lokala namngivna grafer (se /sparql/graphs)")
    prepared = PreparedQuery(text=query, form=checked.form, search_calls=checked.search_calls,
                             volatile=checked.volatile)
    # SPARQL 1.1 Protocol: the protocol's dataset parameters take precedence over FROM/FROM NAMED.
    if default_graph_uris or named_graph_uris:
        prepared.default_graphs = list(default_graph_uris or [])
        prepared.named_graphs = list(named_graph_uris or [])
        prepared.has_dataset = True
    elif checked.from_default or checked.from_named:
        prepared.has_dataset = True
    return prepared


_scores: OrderedDict[tuple[str, str, str, int], dict[str, float]] = OrderedDict()


def score_tables(engine: SearchEngine | None, calls: dict[str, set[str]], n_passages: int, *,
                 generation: str | None = None) -> ScoreTables:
    """{function IRI: {text: {passage IRI: score}}} for every search-function call of a query.

    With `generation` (the served generation's id: its index never changes) the tables are cached per text."""
    if not calls:
        return {}
    if engine is None:
        raise StyrgrafError("sökfunktionerna sgf:* kräver sökindexet, som inte är laddat", status=503)
    k = max(1, min(MAX_K, n_passages))
    tables: ScoreTables = {}
    for fn, texts in calls.items():
        mode = SEARCH_FUNCTIONS[fn]
        per_text: dict[str, dict[str, float]] = {}
        for t in texts:
            key = (generation or "", mode, t, k)
            with _cache_lock:
                table = _scores.get(key) if generation else None
            if table is None:
                resp = engine.search(t, k=k, mode=mode, answer=False)
                table = {PASSAGE_PREFIX + h.passage_id: float(h.score) for h in resp.results}
                if generation:
                    with _cache_lock:
                        _scores[key] = table
                        if len(_scores) > CACHE_SIZE:
                            _scores.popitem(last=False)
            per_text[t] = table
        tables[fn] = per_text
    return tables
