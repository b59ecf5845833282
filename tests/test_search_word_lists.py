"""The staff-edited word lists (search/everyday_words.tsv, search/english_glossary.tsv) over the seed corpus:
the governance vocabulary (status words, organs, document types) reaches BM25, and every right-hand word of
those sections is a word the documents use (an expansion the corpus lacks matches nothing)."""

from __future__ import annotations

from pathlib import Path

from search_support import seed_engine

from search.expansion import read_word_list

HERE = Path(__file__).resolve().parent.parent / "search"


def _section(path: Path, title: str, tmp: Path) -> dict[tuple[str, ...], str]:
    """The `left = right` lines of one `# title` section of a word list."""
    lines, inside = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") and not line.startswith("# -"):
            inside = title in line
        elif inside:
            lines.append(line)
    out = tmp / "section.tsv"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_word_list(out)


def test_english_status_and_organ_words_are_translated() -> None:
    eng = seed_engine()
    plan = eng.plan("Which assignments have not started yet?")
    assert plan.expansion.english
    assert "ej påbörjat" in plan.expansion.translation and "uppdrag" in plan.expansion.translation
    plan = eng.plan("What did the steering group decide about the activity plan?")
    assert plan.expansion.english
    assert "styrgrupp" in plan.expansion.translation and "aktivitetsplan" in plan.expansion.translation
    # a Swedish question stays Swedish: the glossary's words do not turn it English
    assert not eng.plan("Vilka uppdrag har inte påbörjats?").expansion.english


def test_everyday_status_words_expand_to_the_status_scheme() -> None:
    eng = seed_engine()
    assert "avslutat" in eng.plan("vilka projekt lades ner").expansion.synonyms
    assert "pausat" in eng.plan("satsningar som ligger på is").expansion.synonyms
    assert "funktionsnedsättning" in eng.plan("stöd till personer med handikapp").expansion.synonyms
    # the translated status word reaches BM25: an English status question finds a passage that uses it
    resp = eng.search("Which assignments are in progress?", mode="bm25", k=3, answer=False)
    assert resp.results and "pågår" in resp.results[0].text.lower()


def test_governance_sections_only_name_corpus_words(tmp_path: Path) -> None:
    eng = seed_engine()
    vocab = eng.index.bm25.retriever.vocab_dict if eng.index.bm25.retriever is not None else {}
    sections = [(HERE / "english_glossary.tsv", t) for t in ("Organ, grupper", "Uppdragens status",
                                                           "Dokumenttyper och styrning", "tesaurusens vårdbegrepp")]
    sections += [(HERE / "everyday_words.tsv", t) for t in ("Uppdrag och läget", "Organ och möten",
                                                          "Vård i vardagliga ord")]
    for path, title in sections:
        table = _section(path, title, tmp_path)
        assert len(table) >= 5, (path.name, title)
        for key, right in table.items():
            for word in (w.strip() for w in right.split(",")):
                terms = eng.analyzer.query_terms(word)
                assert terms and all(t in vocab for t in terms), (path.name, key, word)


def test_left_sides_with_one_stem_pool_their_words(tmp_path: Path) -> None:
    """"möte" and "möten" stem alike: both lines' document words count, neither overwrites the other."""
    from search.analysis import Analyzer
    from search.expansion import QueryExpander

    words = tmp_path / "w.tsv"
    words.write_text("möte = sammanträde\nmöten = sammanträden, mötesplan\n", encoding="utf-8")
    exp = QueryExpander(Analyzer(), read_word_list(words), {})
    assert set(next(iter(exp.everyday.values())).split(", ")) == {"sammanträde", "sammanträden", "mötesplan"}
