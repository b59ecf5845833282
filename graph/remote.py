"""`RemoteStore`: a `GraphStore` over any SPARQL 1.1 server (protocol for reads and updates, Graph Store
Protocol for bulk writes), so entity cards, timelines, the map and the pages run against it unchanged.

Reads return pyoxigraph's own result types (`ox.parse_query_results` for SELECT/ASK; CONSTRUCT/DESCRIBE
parsed into a `QueryTriples`), so callers cannot tell the stores apart. `quads_for_pattern` and
`named_graphs` become SELECTs. Blank nodes cannot be named in a SPARQL query, so a blank node met as the
object of a quad is remembered with the path that reached it; asking for its quads walks that path again
and keeps the node with the same label (servers such as Oxigraph and Virtuoso label stored blank nodes
stably across queries).

Writes: `put_graph` replaces one named graph in one request (GSP PUT is atomic per graph: a reader sees
the old document or the new one, never half of it), `post_dataset` adds N-Quads/TriG in one request
(falling back to one POST per graph when the server refuses a dataset POST), `delete_graph`, `clear`.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

import httpx2
import pyoxigraph as ox

from corpus.errors import QueryTimeout
from graph.remote_http import RemoteConfig, RemoteError, SparqlHttp, StoreTimeout, check
from graph.store import StoreUnavailable

RESULT_TYPES = {"json": ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
                "tsv": ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
                "xml": ("application/sparql-results+xml", ox.QueryResultsFormat.XML)}
#: Graph answers (CONSTRUCT/DESCRIBE) by media type.
RDF_TYPES = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
             "application/n-quads": ox.RdfFormat.N_QUADS, "application/rdf+xml": ox.RdfFormat.RDF_XML,
             "text/plain": ox.RdfFormat.N_TRIPLES}
#: Blank-node paths remembered (one per blank node met as an object; describe() follows a few per page).
BNODE_PATHS = 50_000
#: Statuses with which a server says "no dataset POST here": then one POST per graph.
DATASET_REFUSED = frozenset({400, 405, 415, 501})

#: Graphs a server keeps for itself, never Styrgraf's data: Virtuoso 7's schema, LDP and OWL graphs and its
#: default-host graph (docs/remote-stores.md). Listed so /api/status and /sparql/graphs count the data only.
SERVER_GRAPHS = frozenset({"http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#",
                           "http://www.w3.org/2002/07/owl#", "http://localuriqaserver/sparql"})

#: A CONSTRUCT or DESCRIBE query (after comment lines and the prologue).
_GRAPH_FORM = re.compile(r"^(?:\s*#[^\n]*\n|\s*(?:PREFIX\s+[^:\s]*:\s*<[^>]*>|BASE\s+<[^>]*>))*"
                         r"\s*(?:CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_VIRTUOSO_BNODE = re.compile(rb'((?:"type"\s*:\s*"bnode"\s*,\s*"value"\s*:\s*"|<bnode>))nodeID://')

#: How a blank node was reached: from a named resource through a chain of predicates (blank nodes between).
Path = tuple[ox.NamedNode, tuple[ox.NamedNode, ...]]


def _media(resp: httpx2.Response) -> str:
    return resp.headers.get("content-type", "").split(";")[0].strip().lower()


class RemoteStore:
    """A GraphStore over HTTP; thread-safe (one shared client)."""

    def __init__(self, config: RemoteConfig) -> None:
        self.config = config
        self.http = SparqlHttp(config)
        self._paths: OrderedDict[str, Path] = OrderedDict()
        self._paths_lock = threading.Lock()

    def close(self) -> None:
        self.http.close()

    # -- reads ---------------------------------------------------------------------------------

    def _post_query(self, query: str, *, union: bool, accept: str, timeout_s: float | None = None,
                    dataset: dict[str, list[str]] | None = None) -> httpx2.Response:
        form: dict[str, Any] = {"query": query, **(dataset or {})}
        if union and self.config.union_default_graph == "param" and not dataset:
            form["union-default-graph"] = ""
        return self.http.read("POST", self.config.query_url, data=form, headers={"Accept": accept},
                              timeout_s=timeout_s)

    def query(self, query: str, *, use_default_graph_as_union: bool = False,
              ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        mime, fmt = RESULT_TYPES[self.config.results_format]
        # Virtuoso ignores q-values and answers a CONSTRUCT in the first type offered: ask for graphs first.
        accept = ("application/n-triples, text/turtle;q=0.8" if _GRAPH_FORM.match(query)
                  else f"{mime}, application/n-triples;q=0.9, text/turtle;q=0.8")
        resp = check(self._post_query(query, union=use_default_graph_as_union, accept=accept), "SPARQL")
        media = _media(resp)
        if media in RDF_TYPES:
            return _as_query_triples(resp.content, RDF_TYPES[media])
        if media and media != mime:
            fmt = next((f for m, f in RESULT_TYPES.values() if m == media), fmt)
        try:
            # Virtuoso labels blank nodes "nodeID://b10003", which is no blank node label: keep the part after.
            return ox.parse_query_results(_VIRTUOSO_BNODE.sub(rb"\1", resp.content), fmt)
        except (SyntaxError, ValueError) as e:
            raise RemoteError(f"SPARQL: svaret från {self.config.query_url} ({media}) gick inte att läsa: {e}") from e

    def select_rows(self, query: str, *, union: bool = False) -> ox.QuerySolutions:
        result = self.query(query, use_default_graph_as_union=union)
        if not isinstance(result, ox.QuerySolutions):
            raise RemoteError(f"SPARQL: {self.config.query_url} svarade inte med lösningar på en SELECT")
        return result

    def quads_for_pattern(self, subject: ox.NamedNode | ox.BlankNode | ox.Triple | None,
                          predicate: ox.NamedNode | None,
                          object: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None,
                          graph_name: ox.NamedNode | ox.BlankNode | ox.DefaultGraph | None = None,
                          ) -> Iterator[ox.Quad]:
        if isinstance(subject, ox.Triple) or isinstance(object, ox.Triple):
            raise NotImplementedError("RDF-star-mönster stöds inte mot en fjärrdatabas")
        chain, s_term = "", "?s"
        if isinstance(subject, ox.BlankNode):
            with self._paths_lock:
                path = self._paths.get(subject.value)
            if path is None:
                return iter(())
            chain, s_term = _chain(path)
        elif subject is not None:
            s_term = str(subject)
        p_term = str(predicate) if predicate is not None else "?p"
        o_term = str(object) if isinstance(object, ox.NamedNode | ox.Literal) else "?o"
        pattern = f"{chain} {s_term} {p_term} {o_term} ."
        if isinstance(graph_name, ox.DefaultGraph):
            where = pattern
        elif graph_name is not None:
            where = f"GRAPH {graph_name} {{ {pattern} }}"
        else:
            where = f"GRAPH ?g {{ {pattern} }}"
        rows = self.select_rows(f"SELECT * WHERE {{ {where} }}")
        out: list[ox.Quad] = []
        for row in rows:
            s = subject if subject is not None and not isinstance(subject, ox.BlankNode) else row["s"]
            if isinstance(subject, ox.BlankNode) and (not isinstance(s, ox.BlankNode) or s.value != subject.value):
                continue
            o = object if isinstance(object, ox.NamedNode | ox.Literal) else row["o"]
            if isinstance(object, ox.BlankNode) and (not isinstance(o, ox.BlankNode) or o.value != object.value):
                continue
            p = predicate or row["p"]
            g = graph_name if graph_name is not None else row["g"]
            if not isinstance(p, ox.NamedNode) or s is None or o is None:
                continue
            quad = ox.Quad(s, p, o, g if g is not None else ox.DefaultGraph())
            if isinstance(o, ox.BlankNode) and isinstance(s, ox.NamedNode | ox.BlankNode):
                self._remember(o, s, p)
            out.append(quad)
        return iter(out)

    def _remember(self, node: ox.BlankNode, parent: ox.NamedNode | ox.BlankNode, pred: ox.NamedNode) -> None:
        with self._paths_lock:
            if isinstance(parent, ox.BlankNode):
                head = self._paths.get(parent.value)
                if head is None:
                    return
                path: Path = (head[0], (*head[1], pred))
            else:
                path = (parent, (pred,))
            self._paths[node.value] = path
            self._paths.move_to_end(node.value)
            while len(self._paths) > BNODE_PATHS:
                self._paths.popitem(last=False)

    def named_graphs(self) -> Iterator[ox.NamedNode | ox.BlankNode]:
        """The data's named graphs, without the graphs a server keeps for itself (SERVER_GRAPHS)."""
        rows = self.select_rows("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return iter([g for row in rows if isinstance(g := row["g"], ox.NamedNode | ox.BlankNode)
                     and g.value not in SERVER_GRAPHS])

    def reachable(self, timeout_s: float = 2.0) -> tuple[bool, str | None]:
        """(whether the server answers an ASK within `timeout_s`, the error when it does not)."""
        try:
            resp = self.http.read("POST", self.config.query_url, data={"query": "ASK {}"},
                                  headers={"Accept": RESULT_TYPES["json"][0]}, timeout_s=timeout_s)
        except StoreUnavailable as e:
            return False, e.detail
        return (True, None) if resp.is_success else (False, f"HTTP {resp.status_code}")

    def forward(self, query: str, *, accept: str, timeout_s: float, union: bool = True,
                default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
                ) -> tuple[int, str, bytes]:
        """Send a (checked) query as it is and hand back (status, content type, body) of the server's answer,
        for the /sparql endpoint. Unreachable: StoreUnavailable; no answer within `timeout_s`: QueryTimeout."""
        dataset = {k: v for k, v in (("default-graph-uri", default_graphs or []),
                                     ("named-graph-uri", named_graphs or [])) if v}
        try:
            resp = self._post_query(query, union=union, accept=accept, timeout_s=timeout_s, dataset=dataset)
        except StoreTimeout as e:
            raise QueryTimeout(f"frågan avbröts efter {timeout_s} s (grafdatabasen {self.config.query_url})") from e
        return resp.status_code, resp.headers.get("content-type", "application/octet-stream"), resp.content

    # -- writes --------------------------------------------------------------------------------

    def _gsp(self) -> str:
        if not self.config.gsp_url:
            raise RemoteError("ingen Graph Store-adress är inställd (STYRGRAF_SPARQL_GSP_URL)", status=500)
        return self.config.gsp_url

    def put_graph(self, graph_iri: str, data: bytes, media_type: str = "application/n-triples") -> None:
        """Replace the named graph `graph_iri` with `data` (one GSP PUT: atomic for that graph)."""
        check(self.http.write("PUT", self._gsp(), params={self.config.gsp_graph_param: graph_iri}, content=data,
                              headers={"Content-Type": media_type}), f"PUT {graph_iri}")

    def delete_graph(self, graph_iri: str) -> None:
        """Drop the named graph `graph_iri` (a graph that is not there is fine)."""
        resp = self.http.write("DELETE", self._gsp(), params={self.config.gsp_graph_param: graph_iri})
        if resp.status_code != 404:
            check(resp, f"DELETE {graph_iri}")

    def post_dataset(self, data: bytes, media_type: str = "application/n-quads") -> None:
        """Add the quads of `data` (N-Quads or TriG) to their graphs: one dataset POST, or one POST per graph
        when the server refuses dataset POSTs."""
        resp = self.http.write("POST", self._gsp(), content=data, headers={"Content-Type": media_type})
        if resp.is_success and _media(resp) != "text/html":  # Virtuoso: 200 + its HTML form, nothing written
            return
        if not resp.is_success and resp.status_code not in DATASET_REFUSED:
            check(resp, "POST dataset")
        fmt = ox.RdfFormat.TRIG if "trig" in media_type else ox.RdfFormat.N_QUADS
        graphs: dict[str, list[ox.Triple]] = {}
        for q in ox.parse(data, fmt):
            if not isinstance(q.graph_name, ox.NamedNode):
                raise RemoteError("POST dataset: trippler i standardgrafen kan inte skrivas graf för graf", status=400)
            graphs.setdefault(q.graph_name.value, []).append(q.triple)
        for iri, triples in graphs.items():
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
            check(self.http.write("POST", self._gsp(), params={self.config.gsp_graph_param: iri}, content=body,
                                  headers={"Content-Type": "application/n-triples"}), f"POST {iri}")

    def clear(self) -> None:
        """Remove every graph: `CLEAR ALL` through SPARQL Update, else one GSP DELETE per named graph."""
        if self.config.update_url:
            check(self.http.write("POST", self.config.update_url, data={"update": "CLEAR ALL"}), "CLEAR ALL")
            return
        for g in list(self.named_graphs()):
            self.delete_graph(g.value)

    def update(self, update: str) -> None:
        """Run one SPARQL Update request (retried like every write)."""
        if not self.config.update_url:
            raise RemoteError("ingen uppdateringsadress är inställd (STYRGRAF_SPARQL_UPDATE_URL)", status=500)
        check(self.http.write("POST", self.config.update_url, data={"update": update}), "SPARQL Update")


def _chain(path: Path) -> tuple[str, str]:
    """The triple patterns that walk `path` from its named start to a blank node bound to ?s, and "?s"."""
    start, preds = path
    parts, prev = [], str(start)
    for i, pred in enumerate(preds):
        here = "?s" if i == len(preds) - 1 else f"?_b{i}"
        parts.append(f"{prev} {pred} {here} . FILTER(isBlank({here}))")
        prev = here
    return " ".join(parts), "?s"


def _as_query_triples(body: bytes, fmt: ox.RdfFormat) -> ox.QueryTriples:
    """A CONSTRUCT/DESCRIBE answer as pyoxigraph's own QueryTriples (it has no public constructor: the
    triples go through an in-memory store and a CONSTRUCT over it)."""
    mem = ox.Store()
    mem.load(body, fmt)
    result = mem.query("CONSTRUCT WHERE { ?s ?p ?o }")
    assert isinstance(result, ox.QueryTriples)
    return result


__all__ = ["RemoteConfig", "RemoteError", "RemoteStore", "StoreTimeout", "StoreUnavailable"]
