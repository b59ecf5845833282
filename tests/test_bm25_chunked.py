"""The chunked BM25 build (search/bm25_chunked.py) gives bm25s's in-memory scores and loads as saved."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import numpy as np
import pytest

from search.analysis import Analyzer
from search.bm25 import BM25Index
from search.bm25_chunked import EMPTY_TERM, chunked, write_bm25_chunked

# An invented Swedish corpus: compounds, hyphenations, colon genitives, stop-word-only and empty texts.
STEMS = ["vårdplats", "kommun", "psykiatri", "barn", "ungdom", "tillgänglighet", "väntetid", "läkemedel",
         "ekonomi", "sjuksköterska", "trombektomi", "vaccination", "hjälpmedel", "samverkan", "målbild",
         "patientsäkerhet", "beroendevård", "primärvård", "akutmottagning", "regionstyrelse"]
ENDINGS = ["", "en", "er", "erna", "ens", "situationen", "arbetet", "planen"]
FILLER = ["och", "det", "att", "i", "en", "som", "på", "för", "med", "om"]


def _corpus(n: int = 400, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        if i % 37 == 0:
            out.append("")  # empty: indexed as the placeholder term
        elif i % 41 == 0:
            out.append("och det att som")  # only stop words: the placeholder too
        else:
            words = [rng.choice(STEMS) + rng.choice(ENDINGS) if rng.random() < 0.7 else rng.choice(FILLER)
                     for _ in range(rng.randint(1, 30))]
            if rng.random() < 0.2:
                words.append("SMO-piloten SPOT:s")
            if rng.random() < 0.1:
                words.append(f"år {2015 + rng.randint(0, 10)}")
            out.append(" ".join(words))
    return out


TEXTS = _corpus()
ANALYZER = Analyzer.fit(TEXTS)


def _queries() -> list[list[str]]:
    terms = sorted({t for text in TEXTS for t in ANALYZER.analyze(text)})
    rng = random.Random(11)
    qs = [[t] for t in terms]  # every term alone
    qs += [rng.sample(terms, k) for k in (2, 3, 5) for _ in range(40)]
    qs += [[EMPTY_TERM], [EMPTY_TERM, terms[0]], ["finnsinte"], [terms[1], terms[1]]]
    return qs


@pytest.fixture(scope="module")
def reference() -> BM25Index:
    return BM25Index.build(TEXTS, ANALYZER)


@pytest.mark.parametrize("chunk", [1, 7, 64, 399, 400, 10_000])
def test_scores_equal_in_memory_build(tmp_path: Path, reference: BM25Index, chunk: int) -> None:
    built = BM25Index.build_to(chunked(TEXTS, chunk), ANALYZER, tmp_path / "bm25")
    assert built.n_docs == len(TEXTS)
    nonzero = 0
    for q in _queries():
        want, got = reference.scores(q), built.scores(q)
        assert got.dtype == np.float32 and got.shape == (len(TEXTS),)
        np.testing.assert_allclose(got, want, rtol=1e-5, atol=0, err_msg=str(q))
        nonzero += int(np.count_nonzero(want))
    assert nonzero > len(TEXTS)  # the queries matched something: the comparison is not of zeros
    # the placeholder is a term like any other: the empty and stop-word-only texts score on it
    ph = built.scores([EMPTY_TERM])
    assert ph[0] > 0 and ph[41] > 0 and ph[1] == 0


@pytest.mark.parametrize("mmap", [False, True])
def test_saved_index_loads(tmp_path: Path, reference: BM25Index, mmap: bool) -> None:
    d = tmp_path / "bm25"
    BM25Index.build_to(chunked(TEXTS, 50), ANALYZER, d)
    loaded = BM25Index.load(d, mmap=mmap)
    assert loaded.n_docs == len(TEXTS) and loaded.analyzer.vocabulary == ANALYZER.vocabulary
    for q in ["vårdplatssituationen i kommunerna", "SMO-piloten", "barn och ungdom väntetid", "finnsinte"]:
        np.testing.assert_allclose(loaded.scores(q), reference.scores(q), rtol=1e-5, atol=0)
    groups = [(["barn"], 1.0), (["ungdom", "barn"], 0.5)]
    np.testing.assert_allclose(loaded.weighted_scores(groups), reference.weighted_scores(groups), rtol=1e-5)


def test_written_atomically_and_temporary_files_removed(tmp_path: Path) -> None:
    d = tmp_path / "bm25"
    BM25Index.build_to(chunked(TEXTS[:100], 30), ANALYZER, d)
    BM25Index.build_to(chunked(TEXTS, 30), ANALYZER, d)  # a rebuild in place replaces the old one
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bm25"]
    assert not list(d.glob("chunks")) and (d / "analyzer.json").exists()
    assert BM25Index.load(d).n_docs == len(TEXTS)

    def failing() -> object:
        yield TEXTS[:10]
        raise RuntimeError("source broke")

    with pytest.raises(RuntimeError):
        write_bm25_chunked(failing(), ANALYZER, d)  # type: ignore[arg-type]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bm25"]  # nothing half-written is left
    assert BM25Index.load(d).n_docs == len(TEXTS)  # and the previous index is intact


def test_no_texts(tmp_path: Path) -> None:
    empty = BM25Index.build_to(iter([]), ANALYZER, tmp_path / "bm25")
    assert empty.n_docs == 0 and empty.retriever is None
    assert empty.scores("barn").shape == (0,)


def test_chunks_of_the_iterator() -> None:
    texts = [str(i) for i in range(10)]
    assert [len(c) for c in chunked(iter(texts), 4)] == [4, 4, 2]
    assert list(itertools.chain.from_iterable(chunked(texts, 3))) == texts
