"""The Milvus passage index: one collection per index version holding each row's dense vector, its BM25
text with a BM25 Function sparse field, and the filter metadata, so dense search, BM25 and filters run
in Milvus. `uri` is a file path (Milvus Lite, in this process; one process per file) or
`http://host:19530` (a Milvus server or cluster); the client code is the same.

Versions: `build` fills a new collection `<prefix>_<time>_<random>` beside the served one, then points the
alias `<prefix>` at it (`alter_alias`: one atomic switch) and drops older versions except the one served
until then. A generation's meta records its own collection, so each snapshot reads one consistent
version; a reader opened on the alias follows the switch.

Lexical analysis (`lexical`): "styrgraf" stores our analyzer's terms (decompounding, hyphen parts, ":s"
folding, stop words; search/analysis.py) as a whitespace-separated string, so Milvus's BM25 scores exactly
our terms; "milvus" stores the raw text under Milvus's own analyzer (standard tokenizer, lower case, our
stop words, Snowball Swedish stemmer). Measured on the question files (README, "Milvus backend")."""

from __future__ import annotations

import re
import time
import uuid
from typing import Any

import numpy as np

from search.backends.base import LexicalQuery, PassageColumns, PassageFilter, Signal, empty_signal
from search.backends.milvus_collection import (
    K1,
    LEXICAL_MODES,
    B,
    MilvusConfig,
    MilvusUnavailable,
    connect,
    create_collection,
    forget,
    insert_rows,
    quiet,
    term,
)

__all__ = ["MilvusConfig", "MilvusPassages", "MilvusUnavailable", "filter_expression"]
#: Milvus's largest top-k.
MAX_LIMIT = 16_384
#: Allowed rows that are not a filter go to Milvus as `row in [...]` up to this many; more are
#: post-filtered from a deeper search.
ROW_IN_MAX = 10_000
#: A filter value with one of these is not put into an expression (quoting and LIKE wildcards differ
#: between Milvus versions): its allowed rows are used instead.
_UNSAFE = re.compile(r"[\"'\\%_\x00-\x1f]")


def _quote(s: str) -> str:
    return f'"{s}"'


def filter_expression(f: PassageFilter | None) -> str | None:
    """The Milvus expression for `f`; "" for no filter; None when a value cannot be written safely
    (then the caller's allowed rows are used)."""
    if f is None or not f.active():
        return ""
    parts: list[str] = []
    if f.year_from is not None:
        parts.append(f"(year != 0 and year >= {int(f.year_from)})")
    if f.year_to is not None:
        parts.append(f"(year != 0 and year <= {int(f.year_to)})")
    for value in (f.doc_type, f.organ, f.entity_type):
        if value and _UNSAFE.search(value):
            return None
    if f.doc_type:
        parts.append(f"doc_type == {_quote(f.doc_type.lower())}")
    if f.organ:
        o = _quote("%" + f.organ.lower() + "%")
        parts.append(f"(organ like {o} or title like {o})")
    if f.entity_type:
        parts.append(f"array_contains(etypes, {_quote(f.entity_type.lower())})")
    return " and ".join(parts)


class MilvusPassages:
    """`PassageIndex` over one Milvus collection (or the alias that names the served one)."""

    def __init__(self, client: Any, config: MilvusConfig, collection: str, n: int, dim: int,
                 lexical: str = "styrgraf", alias: str | None = None) -> None:
        if lexical not in LEXICAL_MODES:
            raise ValueError(f"unknown lexical mode {lexical!r}")
        self.client = client
        self.config = config
        self.collection = collection
        self.n = n
        self.dim = dim
        self.lexical_mode = lexical
        self.alias = alias

    # ---- building ------------------------------------------------------------------------------
    @classmethod
    def build(cls, config: MilvusConfig, columns: PassageColumns, lexical: str = "styrgraf",
              publish: bool = True) -> MilvusPassages:
        """A new version in a new collection; `publish`: switch the alias to it and drop old versions."""
        client = connect(config)
        name = f"{config.prefix}_{time.strftime('%Y%m%d%H%M%S')}_{uuid.uuid4().hex[:6]}"
        dim = int(columns.vectors.shape[1]) if columns.vectors.ndim == 2 else 0
        try:
            create_collection(client, name, dim, lexical)
            insert_rows(client, name, columns, lexical)
            client.flush(name)
            client.load_collection(name)
        except Exception as e:
            client.drop_collection(name)  # a failed build leaves nothing behind
            raise MilvusUnavailable(f"building Milvus collection {name} failed: {e}") from e
        out = cls(client, config, name, len(columns.texts), dim, lexical)
        if publish:
            out.publish()
        return out

    def publish(self) -> None:
        """Point the alias at this version (atomic for every reader of the alias), then drop the versions
        older than the one served until now. Engines without aliases (Milvus Lite 2.5) keep the newest
        previous version instead; their readers use the collection named in the generation's meta."""
        c, alias = self.client, self.config.prefix
        served: str | None = None
        try:
            with quiet():
                served = str(c.describe_alias(alias).get("collection_name") or "") or None \
                    if alias in c.list_aliases().get("aliases", []) else None
            if served is None:
                c.create_alias(self.collection, alias)
            else:
                c.alter_alias(self.collection, alias)
            self.alias = alias
        except Exception:
            self.alias = None
        versions = sorted(x for x in c.list_collections() if re.fullmatch(re.escape(alias) + r"_\d{14}_\w{6}", x))
        older = [x for x in versions if x != self.collection]
        keep = {self.collection, served or (older[-1] if older else "")}
        for x in versions:
            if x not in keep:
                c.drop_collection(x)

    # ---- reading -------------------------------------------------------------------------------
    @classmethod
    def open(cls, config: MilvusConfig, identity: dict[str, Any], follow_alias: bool = False) -> MilvusPassages:
        """The version recorded in `identity` (a generation's meta), or with `follow_alias` whatever the
        alias names now."""
        client = connect(config)
        name = str(identity["alias"]) if follow_alias and identity.get("alias") else str(identity["collection"])
        try:
            client.load_collection(name)
        except Exception as e:
            raise MilvusUnavailable(f"Milvus collection {name} is not available at {config.uri}: {e}") from e
        return cls(client, config, name, int(identity["n"]), int(identity["dim"]),
                   str(identity.get("lexical", "styrgraf")), identity.get("alias"))

    @property
    def identity(self) -> dict[str, Any]:
        return {"kind": "milvus", "uri": self.config.uri, "collection": self.collection, "alias": self.alias,
                "n": self.n, "dim": self.dim, "lexical": self.lexical_mode, "bm25": {"k1": K1, "b": B}}

    def __len__(self) -> int:
        return self.n

    def _restriction(self, allowed_rows: np.ndarray | None, filters: PassageFilter | None
                     ) -> tuple[str, np.ndarray | None]:
        """(expression, rows to post-filter by or None)."""
        expr = filter_expression(filters) if filters is not None and filters.active() else None
        if expr is not None:
            return expr, None
        if allowed_rows is None:
            return "", None
        if len(allowed_rows) <= ROW_IN_MAX:
            return f"row in [{','.join(str(int(r)) for r in allowed_rows)}]", None
        return "", allowed_rows

    def _search(self, field: str, data: list[Any], depth: int, allowed_rows: np.ndarray | None,
                filters: PassageFilter | None, params: dict[str, Any]) -> list[Signal]:
        if self.n == 0 or depth <= 0 or (allowed_rows is not None and len(allowed_rows) == 0):
            return [empty_signal() for _ in data]
        expr, post = self._restriction(allowed_rows, filters)
        limit = min(MAX_LIMIT, self.n, depth if post is None else max(depth * 4, depth + 1000))
        try:
            client = self.client if self.client is not None else connect(self.config)
            self.client = client
            res = client.search(self.collection, data=data, anns_field=field, limit=limit, filter=expr,
                                output_fields=["row"], search_params=params)
        except Exception as e:
            forget(self.config)
            self.client = None
            raise MilvusUnavailable(f"Milvus search in {self.collection} failed: {e}") from e
        out: list[Signal] = []
        for hits in res:
            rows = np.array([int(h["entity"]["row"]) for h in hits], dtype=np.int64)
            scores = np.array([float(h["distance"]) for h in hits], dtype=np.float32)
            if field == "sparse":  # BM25 is ≥ 0; Milvus Lite 3 answers it negated (as a distance)
                scores = np.abs(scores)
            if post is not None:
                keep = np.isin(rows, post)
                rows, scores = rows[keep], scores[keep]
            out.append((rows[:depth], scores[:depth]))
        return out

    def dense(self, qvec: np.ndarray, depth: int, allowed_rows: np.ndarray | None = None,
              filters: PassageFilter | None = None) -> Signal:
        q = np.asarray(qvec, dtype=np.float32).reshape(-1).tolist()
        return self._search("vec", [q], depth, allowed_rows, filters, {"metric_type": "IP"})[0]

    def lexical(self, query: LexicalQuery, depth: int, allowed_rows: np.ndarray | None = None,
                filters: PassageFilter | None = None) -> Signal:
        texts, weights = self._query_texts(query)
        if not texts:
            return empty_signal()
        # one request, one result list per group; Σ weight · score over the groups' top `depth`
        parts = self._search("sparse", texts, depth, allowed_rows, filters, {"metric_type": "BM25"})
        total: dict[int, float] = {}
        for (rows, scores), w in zip(parts, weights, strict=True):
            for r, s in zip(rows.tolist(), scores.tolist(), strict=True):
                total[r] = total.get(r, 0.0) + w * s
        best = sorted(((s, r) for r, s in total.items() if s > 0), key=lambda x: (-x[0], x[1]))[:depth]
        return (np.array([r for _s, r in best], dtype=np.int64), np.array([s for s, _r in best], dtype=np.float32))

    def hybrid(self, qvec: np.ndarray, query: LexicalQuery, depth: int, allowed_rows: np.ndarray | None = None,
               filters: PassageFilter | None = None, weights: tuple[float, float] | None = None) -> Signal:
        """Dense and lexical fused inside Milvus (`hybrid_search`, one request): RRF (k = 60), or with
        `weights` (w_bm25, w_dense) Milvus's WeightedRanker over its normalised scores. Not what the engine
        uses: its fusion (search/fusion.py) weighs signals per query; measured in bench/passage_backends.py."""
        from pymilvus import AnnSearchRequest, RRFRanker, WeightedRanker

        texts, ws = self._query_texts(query)
        if self.n == 0 or depth <= 0 or (allowed_rows is not None and len(allowed_rows) == 0):
            return empty_signal()
        expr, post = self._restriction(allowed_rows, filters)
        limit = min(MAX_LIMIT, self.n, depth if post is None else max(depth * 4, depth + 1000))
        reqs = [AnnSearchRequest([np.asarray(qvec, dtype=np.float32).reshape(-1).tolist()], "vec",
                                 {"metric_type": "IP"}, limit, expr=expr or None)]
        reqs += [AnnSearchRequest([t], "sparse", {"metric_type": "BM25"}, limit, expr=expr or None) for t in texts]
        ranker = RRFRanker(60) if weights is None else WeightedRanker(weights[1], *(weights[0] * w for w in ws))
        try:
            hits = self.client.hybrid_search(self.collection, reqs, ranker, limit=limit, output_fields=["row"])[0]
        except Exception as e:
            raise MilvusUnavailable(f"Milvus hybrid search in {self.collection} failed: {e}") from e
        rows = np.array([int(h["entity"]["row"]) for h in hits], dtype=np.int64)
        scores = np.array([float(h["distance"]) for h in hits], dtype=np.float32)
        if post is not None:
            keep = np.isin(rows, post)
            rows, scores = rows[keep], scores[keep]
        return rows[:depth], scores[:depth]

    def _query_texts(self, query: LexicalQuery) -> tuple[list[str], list[float]]:
        texts: list[str] = []
        weights: list[float] = []
        if self.lexical_mode == "milvus":
            for text, w in query.texts:
                if text.strip() and w > 0:
                    texts.append(text)
                    weights.append(float(w))
            return texts, weights
        seen: set[str] = set()
        for terms, w in query.groups:
            fresh = [t for t in terms if t not in seen]
            seen.update(fresh)
            if fresh and w > 0:
                texts.append(" ".join(term(t) for t in fresh))
                weights.append(float(w))
        return texts, weights

    def reachable(self, timeout_s: float = 2.0) -> tuple[bool, str | None]:
        """Whether Milvus answers for this version now (one `has_collection`, bounded by `timeout_s`), and
        why not: for `/api/status`, which must answer quickly while Milvus is down."""
        try:
            client = self.client if self.client is not None else connect(self.config)
            self.client = client
            with quiet():
                if not client.has_collection(self.collection, timeout=timeout_s):
                    return False, f"collection {self.collection} is missing"
            return True, None
        except Exception as e:
            forget(self.config)
            self.client = None
            return False, f"{type(e).__name__}: {e}"

    def close(self) -> None:
        """Nothing to release: the client is the process's shared one (`connect`)."""
        self.client = None

