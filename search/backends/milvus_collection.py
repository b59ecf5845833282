"""Milvus collections of the passage index (search/backends/milvus.py): the connection, the schema (row id,
dense vector, BM25 text with a BM25 Function sparse field, filter metadata) and the rows' insertion."""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from corpus.errors import StyrgrafError
from search.analysis import STOPWORDS
from search.backends.base import PassageColumns

LEXICAL_MODES = ("styrgraf", "milvus")
MAX_VARCHAR = 65_535    # Milvus's longest VARCHAR (bytes)
META_CHARS = 2_048      # organ and title kept for the substring filter (longer ones are cut)
MAX_ENTITY_TYPES = 256  # entity type keys kept per row
INSERT_BATCH = 1_000
K1, B = 1.2, 0.75       # the embedded backend's bm25s parameters
_NONWORD = re.compile(r"\W")


class MilvusUnavailable(StyrgrafError):
    title = "Milvus är inte tillgängligt"
    status = 503
    exit_code = 6


@dataclass(frozen=True)
class MilvusConfig:
    """Where the collections live (`STYRGRAF_MILVUS_URI`, `_TOKEN`, `_COLLECTION`)."""
    uri: str
    token: str | None = None
    prefix: str = "styrgraf"


_CLIENTS: dict[tuple[str, str], Any] = {}
_CLIENTS_LOCK = threading.Lock()


def connect(config: MilvusConfig) -> Any:
    """One client per (uri, token) in this process, shared by builds and engines (a client is thread-safe):
    Milvus Lite runs one engine per file and process, and Milvus Lite 2.5 cannot reopen a file it closed."""
    try:
        from pymilvus import MilvusClient
    except ImportError as e:
        raise MilvusUnavailable("the Milvus backend needs pymilvus: pip install 'styrgraf[milvus]'") from e
    key = (config.uri, config.token or "")
    with _CLIENTS_LOCK:
        client = _CLIENTS.get(key)
        if client is None:
            try:
                client = _CLIENTS[key] = MilvusClient(uri=config.uri, token=config.token or "")
            except Exception as e:
                lite = "" if "://" in config.uri else \
                    " (Milvus Lite serves a file to one process at a time: for several, run a Milvus server)"
                raise MilvusUnavailable(f"cannot connect to Milvus at {config.uri}{lite}: {e}") from e
        return client


def forget(config: MilvusConfig) -> None:
    """Drop the shared client after a failure: the next `connect` opens a fresh one (the server may be back)."""
    with _CLIENTS_LOCK:
        _CLIENTS.pop((config.uri, config.token or ""), None)


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """pymilvus logs every failed call at ERROR; around a call expected to fail on some engines (no alias
    yet, no whitespace tokenizer) that is noise."""
    log = logging.getLogger("pymilvus")
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        log.setLevel(level)


def analyzer_params(lexical: str, whitespace: bool) -> dict[str, Any]:
    if lexical == "styrgraf":
        # terms carry only word characters (`term`): a whitespace tokenizer, or a \w+ one where the
        # engine has no whitespace tokenizer (Milvus Lite 3), keeps each whole
        return {"tokenizer": "whitespace" if whitespace else "standard"}
    return {"tokenizer": "standard", "filter": ["lowercase", {"type": "stop", "stop_words": sorted(STOPWORDS)},
                                                {"type": "stemmer", "language": "swedish"}]}


def term(t: str) -> str:
    return _NONWORD.sub("_", t)  # "smo-pilot", "3.1.2" → one token whichever tokenizer splits them


def cut(s: str, max_bytes: int) -> str:
    b = s.encode("utf-8")
    return s if len(b) <= max_bytes else b[:max_bytes].decode("utf-8", "ignore")


def create_collection(client: Any, name: str, dim: int, lexical: str) -> None:
    """An empty collection `name` with its indexes (vectors: AUTOINDEX, inner product; BM25 with K1, B)."""
    from pymilvus import DataType, Function, FunctionType, MilvusClient

    for whitespace in (True, False):
        s = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        s.add_field("row", DataType.INT64, is_primary=True)
        s.add_field("vec", DataType.FLOAT_VECTOR, dim=max(dim, 1))
        s.add_field("bm25_text", DataType.VARCHAR, max_length=MAX_VARCHAR, enable_analyzer=True,
                    analyzer_params=analyzer_params(lexical, whitespace))
        s.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
        s.add_field("year", DataType.INT32)
        s.add_field("doc_type", DataType.VARCHAR, max_length=256)
        s.add_field("organ", DataType.VARCHAR, max_length=META_CHARS * 4)
        s.add_field("title", DataType.VARCHAR, max_length=META_CHARS * 4)
        s.add_field("etypes", DataType.ARRAY, element_type=DataType.VARCHAR, max_capacity=MAX_ENTITY_TYPES,
                    max_length=512)
        s.add_function(Function(name="bm25", function_type=FunctionType.BM25, input_field_names=["bm25_text"],
                                output_field_names=["sparse"]))
        ip = client.prepare_index_params()
        ip.add_index("vec", index_type="AUTOINDEX", metric_type="IP")
        bm25 = {"bm25_k1": K1, "bm25_b": B}  # flat for a server; under "params" for Milvus Lite 3, which
        ip.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25",  # reads only that
                     params={**bm25, "params": bm25})
        try:
            with quiet():
                client.create_collection(name, schema=s, index_params=ip, consistency_level="Strong")
            return
        except Exception:
            if not whitespace or lexical != "styrgraf":
                raise
            client.drop_collection(name)  # no whitespace tokenizer here: the \w+ one


def insert_rows(client: Any, name: str, columns: PassageColumns, lexical: str) -> None:
    """Row i of the passage table as entity `row` = i, in batches."""
    a = columns.analyzer
    for lo in range(0, len(columns.texts), INSERT_BATCH):
        batch = []
        for i in range(lo, min(lo + INSERT_BATCH, len(columns.texts))):
            f = columns.facets[i] if columns.facets else None
            text = " ".join(term(t) for t in a.analyze(columns.texts[i])) if lexical == "styrgraf" \
                else columns.texts[i]
            batch.append({
                "row": i, "vec": columns.vectors[i].astype(np.float32).tolist(),
                "bm25_text": cut(text, MAX_VARCHAR - 4) or "_",
                "year": int(f.year) if f else 0, "doc_type": cut(f.doc_type, 255) if f else "",
                "organ": (f.organ[:META_CHARS]) if f else "", "title": (f.title[:META_CHARS]) if f else "",
                "etypes": [cut(t, 511) for t in f.entity_types[:MAX_ENTITY_TYPES]] if f else []})
        client.insert(name, batch)
