"""One contract for both passage backends (search/backends/): the embedded FAISS + bm25s files and a Milvus
collection (Milvus Lite, in this process, on a file under tmp_path). Small synthetic passages, the
deterministic hashing embedder; every Milvus answer is checked against the embedded backend's.
The Milvus half is skipped when pymilvus / milvus-lite are not installed (extra "milvus")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from search.analysis import Analyzer
from search.backends.base import LexicalQuery, PassageColumns, PassageFilter, PassageIndex, RowFacets
from search.backends.embedded import EmbeddedPassages
from search.backends.milvus import MilvusConfig, MilvusPassages, MilvusUnavailable, filter_expression
from search.embedders.hashing import HashingEmbedder
from search.engine import SearchEngine
from search.index import SearchIndex, build_index
from tests.search_support import REPO, make_doc, thesaurus
from tests.server_support import milvus_server

TEXTS = [
    ("Regionstyrelsen beslutade om budgeten för verksamhetsåret och investeringsplanen.", 2021, "protokoll",
     "regionstyrelsen", ("organ",)),
    ("Trombektomiverksamheten vid Universitetssjukhuset Örebro utökas under året.", 2022, "verksamhetsplan",
     "hälso- och sjukvårdsnämnden", ("verksamhet",)),
    ("Väntetiderna inom barn- och ungdomspsykiatrin har ökat; vårdgarantin uppfylls inte.", 2022, "rapport",
     "beredning för psykiatri", ("organ", "uppdrag")),
    ("Psykiatrins vårdplatssituation följs upp varje månad av förvaltningen.", 2023, "rapport",
     "beredning för psykiatri", ()),
    ("SMO-piloten i primärvården utvärderas; SPOT:s införande påbörjas.", 2023, "uppdrag",
     "hälso- och sjukvårdsnämnden", ("uppdrag",)),
    ("Budgeten för investeringar i vårdplatser och verksamhet inom psykiatrin.", 0, "ovrigt", "", ()),
]


def _columns(texts: list[str], dim: int = 64) -> PassageColumns:
    emb = HashingEmbedder(dim)
    facets = [RowFacets(y, t, o, f"titel {i} {o}", e) for i, (_x, y, t, o, e) in enumerate(TEXTS)][: len(texts)]
    return PassageColumns(emb.embed_passages(texts), texts, Analyzer.fit(texts), facets)


def _allowed(f: PassageFilter) -> np.ndarray:
    """The rows `f` allows, by the engine's rule (SearchEngine._filter_rows) over TEXTS."""
    ok = []
    for i, (_x, y, t, o, e) in enumerate(TEXTS):
        good = (f.year_from is None or (y != 0 and y >= f.year_from)) and \
            (f.year_to is None or (y != 0 and y <= f.year_to)) and (not f.doc_type or t == f.doc_type.lower()) and \
            (not f.organ or f.organ.lower() in o or f.organ.lower() in f"titel {i} {o}") and \
            (not f.entity_type or f.entity_type.lower() in e)
        if good:
            ok.append(i)
    return np.array(ok, dtype=np.int64)


@pytest.fixture(scope="module")
def lite_config(tmp_path_factory: pytest.TempPathFactory) -> MilvusConfig:
    """Milvus Lite on a file, in this process."""
    pytest.importorskip("pymilvus")
    pytest.importorskip("milvus_lite")
    return MilvusConfig(str(tmp_path_factory.mktemp("milvus") / "passages.db"), prefix="contract")


@pytest.fixture(scope="module")
def server_config(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MilvusConfig]:
    """A Milvus server over gRPC (`http://…`): the same client code as for the file."""
    pytest.importorskip("pymilvus")
    with milvus_server(tmp_path_factory.mktemp("milvus-server") / "data") as uri:
        yield MilvusConfig(uri, prefix="contract")


@pytest.fixture(scope="module", params=["lite", "server"])
def milvus_config(request: pytest.FixtureRequest) -> MilvusConfig:
    return request.getfixturevalue(f"{request.param}_config")  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedPassages:
    return EmbeddedPassages.build(_columns([t[0] for t in TEXTS]), tmp_path_factory.mktemp("embedded"))


@pytest.fixture(scope="module", params=["embedded", "milvus-lite", "milvus-server"])
def backend(request: pytest.FixtureRequest, embedded: EmbeddedPassages) -> Iterator[PassageIndex]:
    if request.param == "embedded":
        yield embedded
        return
    config: MilvusConfig = request.getfixturevalue(f"{request.param.split('-')[1]}_config")
    b = MilvusPassages.build(config, _columns([t[0] for t in TEXTS]))
    yield b
    b.close()


def _q(backend: PassageIndex, text: str) -> LexicalQuery:
    a = backend.bm25.analyzer if isinstance(backend, EmbeddedPassages) else Analyzer.fit([t[0] for t in TEXTS])
    return LexicalQuery([(a.query_terms(text), 1.0)], [(text, 1.0)])


def test_build_and_dense(backend: PassageIndex) -> None:
    assert len(backend) == len(TEXTS)
    vecs = _columns([t[0] for t in TEXTS]).vectors
    for i in range(len(TEXTS)):
        rows, scores = backend.dense(vecs[i], 3)
        assert rows.dtype == np.int64 and scores.dtype == np.float32
        assert int(rows[0]) == i and scores[0] == pytest.approx(1.0, abs=1e-4)
        assert list(scores) == sorted(scores, reverse=True)


def test_lexical_matches_embedded_ranking(backend: PassageIndex, embedded: EmbeddedPassages) -> None:
    for text in ("universitetssjukhuset", "budgeten psykiatri", "vårdplats", "smo pilot", "spot", "verksamhet"):
        rows, scores = backend.lexical(_q(backend, text), 10)
        ref_rows, ref_scores = embedded.lexical(_q(embedded, text), 10)
        assert len(ref_rows) > 0, text
        assert rows.tolist() == ref_rows.tolist(), text
        # Milvus scores carry BM25's (k1 + 1) factor, bm25s's "lucene" variant does not: same ranking
        assert np.allclose(scores / scores[0], ref_scores / ref_scores[0], atol=1e-4), text
    # weighted groups: an expansion at 0.5 counts half
    a = Analyzer.fit([t[0] for t in TEXTS])
    q = LexicalQuery([(a.query_terms("universitetssjukhuset"), 1.0), (a.query_terms("budgeten"), 0.5)])
    assert backend.lexical(q, 10)[0].tolist() == embedded.lexical(q, 10)[0].tolist()


FILTERS = [PassageFilter(year_from=2022), PassageFilter(year_to=2022), PassageFilter(2022, 2022, "rapport"),
           PassageFilter(organ="Psykiatri"), PassageFilter(organ="titel 4"), PassageFilter(entity_type="uppdrag"),
           PassageFilter(year_to=2022, entity_type="ORGAN")]


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: filter_expression(f) or "none")
def test_filters(backend: PassageIndex, f: PassageFilter) -> None:
    allowed = _allowed(f)
    assert len(allowed) > 0
    vecs = _columns([t[0] for t in TEXTS]).vectors
    rows, _ = backend.dense(vecs[0], 10, allowed, f)
    assert sorted(rows.tolist()) == allowed.tolist()
    broad = "psykiatrin budgeten vårdplats universitetssjukhuset smo regionstyrelsen väntetiderna"
    lrows, _ = backend.lexical(_q(backend, broad), 10, allowed, f)
    assert sorted(lrows.tolist()) == allowed.tolist()
    # allowed rows alone (no filter metadata): the same rows (`row in [...]` in Milvus)
    assert sorted(backend.dense(vecs[0], 10, allowed)[0].tolist()) == allowed.tolist()


def test_empty_results(backend: PassageIndex) -> None:
    assert len(backend.lexical(_q(backend, "xylofonorkester"), 10)[0]) == 0
    assert len(backend.lexical(LexicalQuery([([], 1.0)], [("", 1.0)]), 10)[0]) == 0
    vec = _columns([t[0] for t in TEXTS]).vectors[0]
    assert len(backend.dense(vec, 10, np.zeros(0, dtype=np.int64), PassageFilter(year_from=2090))[0]) == 0
    assert len(backend.dense(vec, 0)[0]) == 0


@pytest.mark.parametrize("organ", ['" or year > 0 or organ == "', "100%", "a_b", "o'brien", "\\"])
def test_bad_filter_values(backend: PassageIndex, organ: str) -> None:
    """Quotes, wildcards and backslashes never reach an expression: the allowed rows are used instead."""
    f = PassageFilter(organ=organ)
    assert filter_expression(f) is None
    vec = _columns([t[0] for t in TEXTS]).vectors[0]
    assert len(backend.dense(vec, 10, _allowed(f), f)[0]) == 0
    assert filter_expression(PassageFilter(year_from=2020, doc_type="rapport")) == \
        '(year != 0 and year >= 2020) and doc_type == "rapport"'


def test_engine_side_hybrid(milvus_config: MilvusConfig) -> None:
    """Milvus's own fusion (hybrid_search): RRF or weighted, filters applied to both signals."""
    b = MilvusPassages.build(MilvusConfig(milvus_config.uri, prefix="hybrid_test"), _columns([t[0] for t in TEXTS]))
    vecs = _columns([t[0] for t in TEXTS]).vectors
    q = _q(b, "SMO-piloten")
    for weights in (None, (1.0, 1.0)):
        rows, scores = b.hybrid(vecs[4], q, 3, weights=weights)
        assert rows.tolist()[0] == 4 and len(rows) == 3 and list(scores) == sorted(scores, reverse=True)
    f = PassageFilter(year_to=2022)
    assert set(b.hybrid(vecs[4], q, 10, _allowed(f), f)[0].tolist()) == set(_allowed(f).tolist())
    b.close()


def test_alias_switch(milvus_config: MilvusConfig) -> None:
    """A reader of the alias keeps reading version 1 while version 2 is built, then sees 2 after the
    switch; a reader pinned to version 1 (a generation's meta) keeps working until 1 is two builds old."""
    cfg = MilvusConfig(milvus_config.uri, prefix="alias_test")
    v1 = MilvusPassages.build(cfg, _columns([t[0] for t in TEXTS[:3]]))
    reader = MilvusPassages.open(cfg, v1.identity, follow_alias=True)
    pinned = MilvusPassages.open(cfg, v1.identity)
    q = LexicalQuery([(Analyzer.fit([TEXTS[4][0]]).query_terms("SMO-piloten"), 1.0)])
    assert len(reader.lexical(q, 10)[0]) == 0
    v2 = MilvusPassages.build(cfg, _columns([t[0] for t in TEXTS]), publish=False)
    assert len(reader.lexical(q, 10)[0]) == 0  # built beside the served one, not yet switched
    v2.publish()
    assert reader.lexical(q, 10)[0].tolist() == [4]
    assert len(pinned.lexical(q, 10)[0]) == 0 and len(pinned.dense(np.ones(64, dtype=np.float32) / 8, 10)[0]) == 3
    v3 = MilvusPassages.build(cfg, _columns([t[0] for t in TEXTS[:5]]))
    names = set(v3.client.list_collections())
    assert v3.collection in names and v2.collection in names and v1.collection not in names
    for b in (v1, v2, v3, reader, pinned):
        b.close()


def test_another_process_follows_the_alias(server_config: MilvusConfig) -> None:
    """Two processes over one Milvus server (replicas): a reader in another process, opened on the alias,
    answers from the version published here."""
    cfg = MilvusConfig(server_config.uri, prefix="replica_test")
    v = MilvusPassages.build(cfg, _columns([t[0] for t in TEXTS]))
    code = ("import json, sys; from search.backends.milvus import MilvusConfig, MilvusPassages; "
            "from search.backends.base import LexicalQuery; ident = json.loads(sys.argv[1]); "
            "r = MilvusPassages.open(MilvusConfig(ident['uri'], prefix='replica_test'), ident, follow_alias=True); "
            "print(r.lexical(LexicalQuery([(['smo_pilot'], 1.0)]), 5)[0].tolist())")
    out = subprocess.run([sys.executable, "-c", code, json.dumps(v.identity)], cwd=REPO, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[4]"
    v.close()


def test_server_down_is_a_503(tmp_path: Path) -> None:
    """Milvus gone after the build: a search fails at once with the service's 503 error, not a hang."""
    pytest.importorskip("pymilvus")
    with milvus_server(tmp_path / "data") as uri:
        if uri == os.environ.get("STYRGRAF_TEST_MILVUS_URI"):
            pytest.skip("an external server is not stopped by the tests")
        b = MilvusPassages.build(MilvusConfig(uri, prefix="down_test"), _columns([t[0] for t in TEXTS]))
    t0 = time.monotonic()
    with pytest.raises(MilvusUnavailable) as err:
        b.lexical(LexicalQuery([(["budget"], 1.0)]), 5)
    assert err.value.status == 503 and time.monotonic() - t0 < 10


def _engine_pair(tmp_path: Path, config: MilvusConfig) -> tuple[SearchEngine, SearchEngine]:
    docs = [make_doc(f"d{i}", [text], title=f"Dokument {i}", doc_type=t, year=y or None, organ=o or None)
            for i, (text, y, t, o, _e) in enumerate(TEXTS)]
    emb = HashingEmbedder(64)
    engines = []
    for name, milvus in (("embedded", None), ("milvus", config)):
        build_index(docs, emb, None, tmp_path / name, thesaurus=thesaurus(), sentences=False, milvus=milvus)
        engines.append(SearchEngine(SearchIndex.load(tmp_path / name, emb, milvus), thesaurus=thesaurus()))
    return engines[0], engines[1]


def test_engine_same_answers(tmp_path: Path, milvus_config: MilvusConfig) -> None:
    """Through build_index and SearchIndex.load: the Milvus generation answers as the embedded one."""
    e, m = _engine_pair(tmp_path, MilvusConfig(milvus_config.uri, prefix="engine_test"))
    assert m.index.dense is None and m.index.meta.passage_index["kind"] == "milvus"
    assert not (tmp_path / "milvus" / "dense").exists()
    cases: list[dict[str, Any]] = [{"q": "budgeten för psykiatrin"}, {"q": "universitetssjukhuset", "mode": "bm25"},
                                   {"q": "vårdplatser", "year_from": 2023}, {"q": "psykiatri", "doc_type": "rapport"},
                                   {"q": "SMO-piloten", "organ": "sjukvård"}, {"q": "väntetider", "mode": "dense"}]
    for kw in cases:
        a, b = e.search(answer=False, **kw), m.search(answer=False, **kw)
        assert [h.passage_id for h in a.results] == [h.passage_id for h in b.results], kw
        assert a.results, kw
    m.index.passage_index.close()


def test_status_reports_the_passage_backend(tmp_path: Path) -> None:
    """`/api/status`'s passage fields (api/routes/meta.py `passage_status`): embedded; Milvus with its
    collection and reachability; read from the index's meta.json when search did not load; unreachable,
    quickly, once the server is gone."""
    pytest.importorskip("pymilvus")
    from api.routes.meta import Status, passage_status

    with milvus_server(tmp_path / "data") as uri:
        if uri == os.environ.get("STYRGRAF_TEST_MILVUS_URI"):
            pytest.skip("an external server is not stopped by the tests")
        e, m = _engine_pair(tmp_path, MilvusConfig(uri, prefix="status_test"))
        assert passage_status(e) == {"passage_backend": "embedded"}
        up = passage_status(m)
        assert up["passage_backend"] == "milvus" and up["passage_collection"] == m.index.passage_index.collection
        assert str(up["passage_collection"]).startswith("status_test_")
        assert up["passage_backend_reachable"] is True and up["passage_backend_error"] is None
        assert Status(generation="g", **up).passage_backend == "milvus"  # fits the response model
        from_meta = passage_status(None, tmp_path / "milvus")
        assert from_meta["passage_collection"] == up["passage_collection"]
        assert "passage_backend_reachable" not in from_meta  # unknown without a loaded engine
        assert passage_status(None, tmp_path / "embedded") == {"passage_backend": "embedded"}
    t0 = time.monotonic()
    down = passage_status(m)
    assert down["passage_backend_reachable"] is False and down["passage_backend_error"]
    assert time.monotonic() - t0 < 10
