"""Preparing a SPARQL request before anything is evaluated.

1. The standard prefixes (sg:, id:, skos:, dcterms:, prov:, org:, oa:, rdfs:, xsd:, ...) and `sgf:` are
   prepended, only those the query does not declare itself.
2. The query is parsed with rdflib's SPARQL parser and translated to algebra; the algebra is inspected:
   - an update (INSERT/DELETE/LOAD/CLEAR/DROP/CREATE/ADD/MOVE/COPY) → 403 `UpdateRefused`;
   - `SERVICE` anywhere → 403 `Refused` (the endpoint never makes outgoing requests);
   - `FROM`/`FROM NAMED` and the protocol's `default-graph-uri`/`named-graph-uri` must name local graphs;
   - calls of the Styrgraf search functions (`sgf:relevance`, `sgf:semantic`, `sgf:bm25`) are collected
     with their text arguments, which must be literals.
3. The search functions' scores are computed here, in the service, with the search engine (`score_tables`)
   and handed to the worker, which registers them as pyoxigraph custom functions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pyparsing import ParseException
from rdflib import Literal
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from api.sparql.worker import ScoreTables
from corpus.errors import QueryError, StyrgrafError
from graph.namespaces import FN, ID, PREFIXES
from search.engine import MAX_K, SearchEngine

#: extension function → search mode of the engine
SEARCH_FUNCTIONS = {FN + "relevance": "hybrid", FN + "semantic": "dense", FN + "bm25": "bm25"}
ALL_PREFIXES = {**PREFIXES, "sgf": str(FN)}
PASSAGE_PREFIX = str(ID["passage/"])

_PREFIX_DECL = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)
_COMMENT_OR_STRING = re.compile(
    r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|<[^<>\s]*>|#[^\n]*",
    re.DOTALL,
)


class Refused(StyrgrafError):
    status = 403
    title = "Frågan är inte tillåten"


class UpdateRefused(Refused):
    title = "Endpointen är skrivskyddad"


@dataclass
class PreparedQuery:
    text: str                      # what the worker evaluates (with prefixes)
    form: str                      # SELECT | CONSTRUCT | DESCRIBE | ASK
    has_dataset: bool = False      # FROM / FROM NAMED in the query
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    search_calls: dict[str, set[str]] = field(default_factory=dict)  # function IRI → texts


def with_prefixes(query: str) -> str:
    """Prepend the standard prefixes the query does not declare itself."""
    stripped = _COMMENT_OR_STRING.sub(lambda m: " " if m.group(0).startswith("#") else m.group(0), query)
    declared = {(m.group(1) or "") for m in _PREFIX_DECL.finditer(stripped)}
    missing = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in ALL_PREFIXES.items() if p not in declared)
    return missing + query


def _walk(node: object, visit: Callable[[CompValue], None]) -> None:
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, CompValue):
            visit(n)
            stack.extend(n.values())
        elif isinstance(n, list | tuple | set):
            stack.extend(n)


def _is_update(text: str) -> bool:
    try:
        parseUpdate(text)
    except Exception:
        return False
    return True


def prepare(query: str, local_graphs: frozenset[str] | set[str], *, default_graph_uris: list[str] | None = None,
            named_graph_uris: list[str] | None = None) -> PreparedQuery:
    """Parse and inspect `query`; raise before evaluation if it is not allowed."""
    if not query or not query.strip():
        raise QueryError("ingen fråga: ange parametern 'query'")
    text = with_prefixes(query)
    try:
        parsed = parseQuery(text)
    except ParseException as e:
        if _is_update(text):
            raise UpdateRefused("SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ...) är inte tillåtet: "
                                "endpointen är skrivskyddad") from None
        n_prefix_lines = text.count("\n") - query.count("\n")
        where = f"rad {e.lineno - n_prefix_lines}, kolumn {e.col}" if e.lineno > n_prefix_lines else f"tecken {e.loc}"
        raise QueryError(f"syntaxfel ({where}): {e.msg}; {e.line.strip()[:80]!r}") from None
    try:
        translated = translateQuery(parsed)
    except Exception as e:  # rdflib's algebra rejects some malformed queries (e.g. bad GROUP BY)
        raise QueryError(f"ogiltig fråga: {e}") from None
    algebra = translated.algebra
    form = {"SelectQuery": "SELECT", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE",
            "AskQuery": "ASK"}.get(algebra.name, algebra.name)
    prepared = PreparedQuery(text=text, form=form)

    problems: list[str] = []
    calls: dict[str, set[str]] = {}

    def visit(n: CompValue) -> None:
        if n.name == "ServiceGraphPattern":
            problems.append(f"SERVICE <{n['term']}>" if "term" in n else "SERVICE")
        elif n.name == "Function":
            iri = str(n["iri"]) if "iri" in n else ""
            if iri.startswith(FN):
                if iri not in SEARCH_FUNCTIONS:
                    raise QueryError(f"okänd Styrgraf-funktion <{iri}>: använd sgf:relevance, sgf:semantic "
                                     "eller sgf:bm25")
                args = list(n["expr"]) if "expr" in n else []
                if len(args) != 2 or not isinstance(args[1], Literal):
                    raise QueryError(f"sgf:{iri[len(FN):]}(?passage, \"text\"): det andra argumentet måste "
                                     "vara en textliteral")
                calls.setdefault(iri, set()).add(str(args[1]))

    _walk(algebra, visit)
    if problems:
        raise Refused(f"{', '.join(sorted(set(problems)))}: fjärrfrågor (SERVICE) är inte tillåtna; "
                      "endpointen frågar bara sin egen graf")
    prepared.search_calls = calls

    dataset = dict(algebra).get("datasetClause") or []
    # CompValue.get() answers the key itself for a missing key: test membership
    from_default = [str(d["default"]) for d in dataset if "default" in d]
    from_named = [str(d["named"]) for d in dataset if "named" in d]
    for iri in [*from_default, *from_named, *(default_graph_uris or []), *(named_graph_uris or [])]:
        if iri not in local_graphs:
            raise Refused(f"<{iri}> är inte en graf i den här tjänsten: FROM, FROM NAMED, default-graph-uri "
                          "och named-graph-uri får bara ange lokala namngivna grafer (se /sparql/graphs)")
    # SPARQL 1.1 Protocol: the protocol's dataset parameters take precedence over FROM/FROM NAMED.
    if default_graph_uris or named_graph_uris:
        prepared.default_graphs = list(default_graph_uris or [])
        prepared.named_graphs = list(named_graph_uris or [])
        prepared.has_dataset = True
    elif dataset:
        prepared.has_dataset = True
    return prepared


def score_tables(engine: SearchEngine | None, calls: dict[str, set[str]], n_passages: int) -> ScoreTables:
    """{function IRI: {text: {passage IRI: score}}} for every search-function call of a query."""
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
            resp = engine.search(t, k=k, mode=mode)
            per_text[t] = {PASSAGE_PREFIX + h.passage_id: float(h.score) for h in resp.results}
        tables[fn] = per_text
    return tables
