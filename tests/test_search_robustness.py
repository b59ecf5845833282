"""Search in users' own words: typos and missing å/ä/ö (search/spelling.py), everyday words and English
questions (search/expansion.py), per-stratum evaluation (search/eval.py). Real embedder, real FAISS, real
BM25; small purpose-built documents where the seed corpus lacks the case."""

from __future__ import annotations

import time
from functools import lru_cache
from pathlib import Path

import pytest
from search_support import emb_cache_path, embedder, make_doc, seed_engine

from search.cache import EmbeddingCache
from search.engine import SearchEngine
from search.eval import evaluate, format_strata, groups, load_questions
from search.expansion import read_word_list
from search.index import SearchIndex, build_index
from search.spelling import fold_diacritics, max_distance

PARAS = {
    "rad": "Sjukvårdsrådgivningen per telefon har fått fler sjuksköterskor under året.",
    "platser": "Antalet vårdplatser på lasarettet ökar när en ny avdelning öppnar.",
    "sangar": "Nya sängar till avdelningen levererades i mars.",
    "budget": "Nämnden beslutade om budgeten för ekonomi i balans.",
    "vaccin": "Vaccinationen mot influensa startar i oktober för alla över 65 år.",
    "tolk": "Tolkförmedlingen upphandlas på nytt inför nästa avtalsperiod.",
}


@lru_cache(maxsize=1)
def small_engine() -> SearchEngine:
    out = Path(__import__("tempfile").mkdtemp(prefix="styrgraf-robust-")) / "index"
    docs = [make_doc("d1", [PARAS["rad"], PARAS["platser"]], title="Dokument d1"),
            make_doc("d2", [PARAS["sangar"], PARAS["budget"]], title="Dokument d2"),
            make_doc("d3", [PARAS["vaccin"], PARAS["tolk"]], title="Dokument d3")]
    with EmbeddingCache(emb_cache_path()) as cache:
        build_index(docs, embedder(), cache, out, thesaurus=None, sentences=False)
    return SearchEngine(SearchIndex.load(out, embedder()))


def _rank(resp_texts: list[str], key: str) -> int | None:
    return next((i + 1 for i, t in enumerate(resp_texts) if t == PARAS[key]), None)


def test_query_without_diacritics_finds_the_passage_and_is_suggested() -> None:
    eng = small_engine()
    for mode in ("bm25", "hybrid"):
        resp = eng.search("sjukvardsradgivning", mode=mode)
        rank = _rank([h.text for h in resp.results], "rad")
        assert rank is not None and rank <= (1 if mode == "bm25" else 3), (mode, rank)
        assert resp.suggestion == "sjukvårdsrådgivning"


def test_typo_is_corrected_within_the_edit_distance_of_its_length() -> None:
    eng = small_engine()
    resp = eng.search("tolkformedlingn", mode="bm25")   # missing ö and a dropped letter
    assert resp.suggestion is not None and "tolkförmedlingen" in resp.suggestion
    assert _rank([h.text for h in resp.results], "rad") is None
    assert resp.results[0].text == PARAS["tolk"]
    assert [max_distance(n) for n in (4, 5, 8, 9, 20)] == [0, 1, 1, 2, 2]
    assert fold_diacritics("Örebro läns Åsbro") == "orebro lans asbro"


def test_correct_queries_and_acronyms_get_no_suggestion() -> None:
    eng = seed_engine()
    for q in ("Hur går arbetet med SPOT?", "Vad är ViSam-modellen?", "ny funktion efter IVO:s kritik",
              "trombektomiverksamheten", "vad har hänt med SMO-piloten", "SPTO"):
        resp = eng.search(q, k=3)
        assert resp.suggestion is None, (q, resp.suggestion)
        assert eng.plan(q).lexical == q
    assert eng.search("Hur gar arbetet med specialpsykiatriska omvardnadsteam?", k=3).suggestion == \
        "Hur går arbetet med specialpsykiatriska omvårdnadsteam?"


def test_everyday_word_expansion_counts_less_than_the_query_own_word() -> None:
    eng = small_engine()
    texts = [h.text for h in eng.search("sängar", mode="bm25").results]
    assert _rank(texts, "sangar") == 1          # the word itself
    assert _rank(texts, "platser") == 2         # "sängar = vårdplatser" in search/everyday_words.tsv
    assert eng.plan("pengar").expansion.synonyms  # everyday word → the documents' words
    assert _rank([h.text for h in eng.search("pengar", mode="bm25").results], "budget") == 1


def test_english_question_is_translated_for_bm25_and_detected_by_vocabulary() -> None:
    eng = small_engine()
    plan = eng.plan("How many hospital beds are there?")
    assert plan.expansion.english and "vårdplatser" in plan.expansion.translation
    assert plan.suggestion is None   # English words are not "corrected" into Swedish ones
    assert _rank([h.text for h in eng.search("How many hospital beds are there?", mode="bm25").results],
                 "platser") == 1
    assert _rank([h.text for h in eng.search("When does the vaccination start?").results], "vaccin") == 1
    assert not eng.plan("Hur många vårdplatser finns det?").expansion.english


def test_spelling_step_costs_microseconds_for_ordinary_queries() -> None:
    eng = seed_engine()
    qs = ["Hur går arbetet med SPOT?", "samverkan med kommunerna om nära vård", "ekonomi i balans",
          "väntetider inom barn- och ungdomspsykiatrin", "vad har hänt med SMO"]
    eng.plan(qs[0])
    t0 = time.perf_counter()
    for _ in range(40):
        for q in qs:
            eng.plan(q)
    per_query_ms = (time.perf_counter() - t0) * 1000 / (40 * len(qs))
    assert per_query_ms < 1.0, per_query_ms


def test_eval_reports_per_stratum(tmp_path: Path) -> None:
    f = tmp_path / "q.jsonl"
    f.write_text('{"q": "trombektomi", "expect": "trombektomi", "stratum": "keyword", "split": "dev"}\n'
                 '{"q": "trombektomi", "expect": "INGEN-SÅDAN-TEXT", "stratum": "typo", "split": "dev"}\n',
                 encoding="utf-8")
    qs = load_questions(f)
    res = evaluate(seed_engine(), qs, modes=("bm25",))
    strata = groups(qs, "stratum")
    assert strata == {"keyword": [0], "typo": [1]}
    assert res["bm25"].subset([0]).mrr10 == 1.0 and res["bm25"].subset([1]).hit5 == 0.0
    table = format_strata(res, strata)
    assert "keyword" in table and "typo" in table


def test_word_lists_parse_and_bad_lines_are_named(tmp_path: Path) -> None:
    here = Path(__file__).resolve().parent.parent / "search"
    assert len(read_word_list(here / "everyday_words.tsv")) > 50
    assert read_word_list(here / "english_glossary.tsv")[("hospital", "beds")] == "vårdplatser"
    bad = tmp_path / "bad.tsv"
    bad.write_text("# kommentar\nsängar vårdplatser\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:2"):
        read_word_list(bad)
