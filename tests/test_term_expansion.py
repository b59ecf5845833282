"""Expansion by meaning (search/term_vectors.py): the term table built with the index, the nearest terms of a
query vector, and the engine's low-weight BM25 group. Mechanics with the deterministic hashing embedder and
hand-made vectors; one test with the real bundled embedder on the seed index."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
from search_support import seed_documents

from search.analysis import Analyzer
from search.cache import EmbeddingCache
from search.embedders.base import normalise
from search.embedders.hashing import HashingEmbedder
from search.engine import SearchEngine
from search.fusion import FusionConfig
from search.index import SearchIndex, build_index
from search.term_vectors import TERMS_DIR, TermVectors, build_term_vectors, hubness, term_surfaces


def test_surfaces_are_the_shortest_corpus_word_of_each_term_and_rare_terms_can_be_left_out() -> None:
    a = Analyzer(["vårdplatser", "vårdplats", "vårdplatsen", "budget"])
    vocab = {a.stem("vårdplatser"): 0, a.stem("budget"): 1, "ab": 2, "2025": 3, "spot": 4}
    df = [3, 1, 5, 5, 2]
    terms, surfaces = term_surfaces(a, vocab, df)
    assert dict(zip(terms, surfaces, strict=True)) == {a.stem("vårdplats"): "vårdplats", a.stem("budget"): "budget",
                                                       "spot": "spot"}  # no short or numeric terms
    assert term_surfaces(a, vocab, df, min_df=2)[0] == sorted([a.stem("vårdplats"), "spot"])


def test_the_table_is_written_whole_and_a_rebuild_embeds_nothing_new(tmp_path: Path) -> None:
    a = Analyzer(["rökfri", "operation", "budget"])
    vocab = {a.stem(w): i for i, w in enumerate(["rökfri", "operation", "budget"])}
    emb = HashingEmbedder(64)
    passages = emb.embed_passages(["rökfri operation", "budget"])
    with EmbeddingCache() as cache:
        assert build_term_vectors(a, vocab, [1, 1, 1], emb, cache, tmp_path, passages) == (3, 3)
        assert build_term_vectors(a, vocab, [1, 1, 1], emb, cache, tmp_path, passages) == (3, 0)
    assert not (tmp_path / (TERMS_DIR + ".tmp")).exists()
    tv = TermVectors.load(tmp_path, emb.identity)
    assert tv is not None and tv.surfaces == [dict(zip(vocab, ["rökfri", "operation", "budget"], strict=True))[t]
                                              for t in tv.terms]
    assert np.allclose(tv.vec, emb.embed_passages(tv.surfaces), atol=1e-3)
    assert TermVectors.load(tmp_path, "another-embedder") is None  # vectors of another space are never read


def test_hubness_is_the_mean_of_a_terms_best_passage_cosines() -> None:
    terms = np.eye(3, dtype=np.float32)
    passages = normalise(np.array([[1, 0, 0], [1, 1, 0], [0, 0, 1]], dtype=np.float32))
    assert np.allclose(hubness(terms, passages, k=2), [(1 + 2 ** -0.5) / 2, 2 ** -0.5 / 2, 0.5])


def _table(vectors: dict[str, list[float]], hub: list[float] | None = None) -> TermVectors:
    vec = normalise(np.array(list(vectors.values()), dtype=np.float32))
    return TermVectors(list(vectors), [t + "-ord" for t in vectors], vec,
                       np.array(hub or [0.0] * len(vectors), dtype=np.float32))


def test_neighbours_are_the_nearest_new_terms_above_the_cosine_floor() -> None:
    tv = _table({"rökfri": [1, 0.1, 0], "operation": [1, 0.3, 0], "rökfrihet": [1, 0, 0.05],
                 "budget": [0, 1, 0], "kirurgi": [1, 0, 0]})
    qv = normalise(np.array([1, 0.05, 0], dtype=np.float32))
    # "kirurgi" is the query's own term, "rökfrihet" contains one of the query's terms: BM25 has them already
    assert tv.neighbours(qv, ["kirurgi", "frihet"], top=2, pool=5, min_cos=0.8) == \
        [("rökfri", "rökfri-ord"), ("operation", "operation-ord")]
    assert tv.neighbours(qv, ["kirurgi"], top=5, pool=5, min_cos=0.99) == [("rökfri", "rökfri-ord"),
                                                                           ("rökfrihet", "rökfrihet-ord")]
    assert tv.neighbours(qv, [], top=0) == []
    assert "budget" not in [t for t, _s in tv.neighbours(qv, [], top=5, pool=5, min_cos=0.5)]


def test_a_hub_term_close_to_every_query_is_ranked_down() -> None:
    tv = _table({"vårdmaktpod": [1, 0.1, 0], "rökfri": [1, 0.2, 0]}, hub=[0.3, 0.0])
    qv = normalise(np.array([1, 0.1, 0], dtype=np.float32))
    assert tv.neighbours(qv, [], top=1, pool=2, min_cos=0.5) == [("rökfri", "rökfri-ord")]
    assert _table({"vårdmaktpod": [1, 0.1, 0], "rökfri": [1, 0.2, 0]}).neighbours(qv, [], top=1, pool=2,
                                                                                   min_cos=0.5)[0][0] == "vårdmaktpod"


@pytest.fixture(scope="module")
def hash_engine(tmp_path_factory: pytest.TempPathFactory) -> SearchEngine:
    d = tmp_path_factory.mktemp("terms") / "i"
    emb = HashingEmbedder()
    with EmbeddingCache() as cache:
        build_index(list(seed_documents()), emb, cache, d, thesaurus=None, sentences=False, terms=True)
    return SearchEngine(SearchIndex.load(d, emb))


def test_the_engine_adds_the_neighbours_as_one_low_weight_group_in_hybrid_mode_only(hash_engine: SearchEngine
                                                                                   ) -> None:
    eng = hash_engine
    assert eng.index.term_vectors is not None and len(eng.index.term_vectors.terms) > 100
    eng.fusion = dataclasses.replace(FusionConfig(), neighbour_min_cos=-1.0)  # the fake embedder's cosines are low
    plan = eng.with_neighbours(eng.plan("vårdplatser i länet"))
    assert 0 < len(plan.neighbours) <= eng.fusion.neighbour_top
    groups = eng.bm25_groups(plan)
    assert groups[-1] == ([t for t, _s in plan.neighbours], eng.fusion.w_neighbour)
    assert not set(groups[-1][0]) & {t for g, _w in groups[:-1] for t in g}
    assert eng.bm25_texts(plan)[-1] == (" ".join(s for _t, s in plan.neighbours), eng.fusion.w_neighbour)
    assert eng.search("vårdplatser i länet", answer=False).results
    eng.fusion = dataclasses.replace(eng.fusion, w_neighbour=0.0)
    assert eng.with_neighbours(eng.plan("vårdplatser i länet")).neighbours == ()
    eng.fusion = FusionConfig()


def test_an_index_built_without_terms_has_no_table(tmp_path: Path) -> None:
    emb = HashingEmbedder(64)
    with EmbeddingCache() as cache:
        build_index(list(seed_documents())[:1], emb, cache, tmp_path / "i", thesaurus=None, sentences=False)
    assert not (tmp_path / "i" / TERMS_DIR).exists()
    assert SearchIndex.load(tmp_path / "i", emb).term_vectors is None


def test_an_index_without_the_table_searches_as_before(hash_engine: SearchEngine) -> None:
    eng, tv = hash_engine, hash_engine.index.term_vectors
    try:
        eng.index.term_vectors = None
        plan = eng.plan("vårdplatser i länet")
        assert eng.with_neighbours(plan) is plan
    finally:
        eng.index.term_vectors = tv


@pytest.mark.slow
def test_a_corpus_word_as_query_finds_its_own_term(hash_engine: SearchEngine) -> None:
    """Terms and vectors line up: asked with a term's own word, the table's nearest term is that term
    for nearly all of a sample (a shifted or mixed-up table would find it for almost none)."""
    index = hash_engine.index
    tv = index.term_vectors
    assert tv is not None and len(tv.terms) > 1000
    sample = list(range(0, len(tv.terms), len(tv.terms) // 40))
    hits = sum(tv.neighbours(index.embedder.embed_query(tv.surfaces[j]), [], top=1, pool=5, min_cos=0.0)
               == [(tv.terms[j], tv.surfaces[j])] for j in sample)
    assert hits >= 0.7 * len(sample)
