"""`/sparql` over a remote graph store: the checked query is forwarded to the SPARQL server the generation
was built into (`graph.remote.RemoteStore.forward`) instead of the local worker pool.

Everything before evaluation is the same as for the embedded store (size limit, update/SERVICE refusal,
local graphs only, formats); after it:
- the standard prefixes are declared in front of the text (a remote server knows none; the query's own
  declarations come later and win);
- the server is asked for the leanest lossless format (TSV for solutions, N-Triples for graphs, JSON for
  ASK), and the answer goes through the worker's own `render`, so rows, the `sparql_max_rows` cap,
  `Styrgraf-Truncated` and the output bytes are those of the embedded path;
- the server's refusals become the service's JSON errors: its 400 (a syntax error) → 400, no answer within
  the timeout → 503 (`QueryTimeout`), unreachable or 5xx → 503 (`StoreUnavailable`), any other status →
  502 (the server and the service disagree on the protocol: the operator's problem, not the caller's).
The search functions `sgf:*` need the local search engine inside the evaluation, which a remote server
cannot call: such a query is refused (501) rather than answered with wrong scores.
"""

from __future__ import annotations

import pyoxigraph as ox
from fastapi.concurrency import run_in_threadpool

from api.sparql.query import PreparedQuery
from api.sparql.worker import SparqlResult, SparqlTask, render
from corpus.errors import QueryError, QueryTimeout, StyrgrafError
from graph.remote import RemoteError, RemoteStore
from graph.store import StoreUnavailable

#: what to ask the server for, per query form (lossless and cheap to parse)
ACCEPT = {"ASK": "application/sparql-results+json",
          # JSON first: Virtuoso ignores q-values, and its TSV is not the standard's (IRIs come back as quoted
          # strings, columns headed "t" instead of ?t): docs/remote-stores.md
          "SELECT": "application/sparql-results+json, text/tab-separated-values;q=0.9",
          "CONSTRUCT": "application/n-triples, text/turtle;q=0.9",
          "DESCRIBE": "application/n-triples, text/turtle;q=0.9"}
SOLUTION_FORMATS = {"text/tab-separated-values": ox.QueryResultsFormat.TSV,
                    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
                    "application/json": ox.QueryResultsFormat.JSON,
                    "application/sparql-results+xml": ox.QueryResultsFormat.XML}
GRAPH_FORMATS = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
                 "text/turtle": ox.RdfFormat.TURTLE}


class SearchFunctionsUnavailable(StyrgrafError):
    status = 501
    title = "Sökfunktionerna finns inte här"


def with_prefixes(query: str, prefixes: dict[str, str]) -> str:
    """`query` with `prefixes` declared in front of it (on one line, so line numbers move by one only)."""
    return " ".join(f"PREFIX {p}: <{iri}>" for p, iri in prefixes.items()) + "\n" + query


def _result(status: int, ctype: str, body: bytes, form: str, url: str) -> ox.QueryBoolean | ox.QuerySolutions \
        | ox.QueryTriples:
    """The server's answer as a pyoxigraph result, or the error it stands for."""
    message = body[:300].decode("utf-8", "replace").strip()
    if status == 400:
        raise QueryError(f"syntaxfel (enligt grafdatabasen): {message}")
    if status in (408, 504):
        raise QueryTimeout(f"grafdatabasen {url} avbröt frågan (HTTP {status}): {message}")
    if status >= 500:
        raise StoreUnavailable(f"grafdatabasen {url} svarade HTTP {status}: {message}")
    if status != 200:
        raise RemoteError(f"grafdatabasen {url} svarade HTTP {status}: {message}")
    media = ctype.split(";")[0].strip().lower()
    try:
        if form in ("CONSTRUCT", "DESCRIBE"):
            fmt = GRAPH_FORMATS.get(media)
            if fmt is None:
                raise RemoteError(f"grafdatabasen {url} svarade med {media} på en {form}")
            mem = ox.Store()  # QueryTriples has no constructor: a CONSTRUCT over the parsed triples makes one
            mem.load(body, fmt, to_graph=ox.DefaultGraph())
            return mem.query("CONSTRUCT WHERE { ?s ?p ?o }")
        rfmt = SOLUTION_FORMATS.get(media)
        if rfmt is None:
            raise RemoteError(f"grafdatabasen {url} svarade med {media} på en {form}")
        return ox.parse_query_results(body, rfmt)
    except SyntaxError as e:
        raise RemoteError(f"svaret från grafdatabasen {url} ({media}) gick inte att läsa: {e}") from None


def _evaluate(store: RemoteStore, prepared: PreparedQuery, task: SparqlTask, timeout_s: float) -> SparqlResult:
    status, ctype, body = store.forward(
        with_prefixes(prepared.text, task.get("query_prefixes") or {}), accept=ACCEPT[prepared.form],
        timeout_s=timeout_s, union=not prepared.has_dataset, default_graphs=prepared.default_graphs,
        named_graphs=prepared.named_graphs)
    return render(_result(status, ctype, body, prepared.form, store.config.query_url), task)


async def run_remote(store: RemoteStore, prepared: PreparedQuery, task: SparqlTask,
                     timeout_s: float) -> SparqlResult:
    """Evaluate a checked query on the remote store (in a thread: the client blocks)."""
    if prepared.search_calls:
        raise SearchFunctionsUnavailable(
            "sökfunktionerna sgf:* går inte att använda när grafen ligger i en extern grafdatabas "
            "(sparql_query_url): den kan inte anropa tjänstens sökmotor")
    return await run_in_threadpool(_evaluate, store, prepared, task, timeout_s)
