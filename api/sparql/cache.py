"""An optional LRU cache of `/sparql` answers, off unless `sparql_result_cache_bytes` is set.

A generation never changes, so the same query text with the same dataset, format and row cap over the same
generation has the same answer; an analyst's page re-sends the same few queries. A hit skips the worker round
trip (on the seed graph: ~1 ms → ~0.3 ms for a small answer). The key holds the generation's id, so a new
generation never sees an old answer (old entries age out). Never cached: queries whose value changes between
evaluations (RAND, NOW, UUID, STRUUID, BNODE; `api/sparql/check.py`), answers over a remote store (it may
change under the service), and answers larger than an eighth of the budget.

It is off by default because the Oxigraph server it is compared with (bench/sparql_peers.py) caches nothing;
the benchmark reports Styrgraf with and without it. Only the event loop's thread touches it (no lock).
"""

from __future__ import annotations

from collections import OrderedDict

from api.sparql.worker import SparqlResult

#: (generation, query text, default graphs, named graphs, solutions format, graph format, max rows)
CacheKey = tuple[str, str, tuple[str, ...], tuple[str, ...], str, str, int]


class ResultCache:
    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.max_entry = max_bytes // 8
        self.size = 0
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[CacheKey, SparqlResult] = OrderedDict()

    def get(self, key: CacheKey) -> SparqlResult | None:
        hit = self._entries.get(key)
        if hit is None:
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return hit

    def put(self, key: CacheKey, result: SparqlResult) -> None:
        n = len(result["body"]) + len(key[1])
        if n > self.max_entry or key in self._entries:
            return
        self._entries[key] = result
        self.size += n
        while self.size > self.max_bytes:
            old_key, old = self._entries.popitem(last=False)
            self.size -= len(old["body"]) + len(old_key[1])
