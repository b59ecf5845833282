"""One Swedish word analysis (graph/analysis.py) behind the thesaurus matcher and BM25, and one home for
the month names: the two granularities of the scanner are pinned here, and no other module stems or spells
out months."""

from __future__ import annotations

from pathlib import Path

from graph import analysis, thesaurus
from search.analysis import Analyzer

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("corpus", "graph", "search", "api", "styrgraf", "ontology")
TEXT = "SMO-piloten, SPOT:s och sjukvårds-\nnämnden enligt 3.1.2 (t.ex. hälso- och sjukvård)"


def test_the_thesaurus_and_bm25_share_the_front_end() -> None:
    assert thesaurus.tokenize is analysis.tokenize and thesaurus.word_key is analysis.word_key
    words = [m.group() for m in analysis.words(TEXT)]
    assert words == ["SMO", "piloten", "SPOT:s", "och", "sjukvårds", "nämnden", "enligt", "3", "1", "2", "t", "ex",
                     "hälso", "och", "sjukvård"]
    chains = [m.group() for m in analysis.words(TEXT, chains=True)]
    assert chains == ["SMO-piloten", "SPOT:s", "och", "sjukvårds-\nnämnden", "enligt", "3.1.2", "t.ex", "hälso", "och",
                      "sjukvård"]
    assert analysis.fold("SPOT:s") == "spot" and analysis.stem("nämnden") == "nämnd"


def test_each_caller_keeps_its_own_rules() -> None:
    # thesaurus: line-break hyphenation joined, an elision ("hälso- och") not; keys fold definite forms
    assert [t.text for t in analysis.tokenize(TEXT)][4:6] == ["sjukvårdsnämnden", "enligt"]
    assert "hälso" in [t.text for t in analysis.tokenize(TEXT)]
    assert analysis.word_key("psykiatrin") == analysis.word_key("psykiatri")
    # BM25: hyphen parts and the whole, genitive dropped, stop words out, final -s rule on the stem
    an = Analyzer()
    terms = an.analyze(TEXT)
    assert {"smo", "pilot", "smo-pilot", "smopilot", "spot", "sjukvårdsnämnd", "3.1.2"} <= set(terms)
    assert "och" not in terms
    assert an.stem("vårdplats") == an.stem("vårdplatser") == "vårdplat"


def test_one_home_for_stemmer_and_month_names() -> None:
    stemmer, months = [], []
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text("utf-8")
            if "import Stemmer" in text:
                stemmer.append(path.relative_to(ROOT).as_posix())
            if '"augusti"' in text:
                months.append(path.relative_to(ROOT).as_posix())
    assert stemmer == ["graph/analysis.py"]
    assert months == ["corpus/dates.py"]
