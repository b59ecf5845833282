"""`styrgraf check --gold DIR` on the development corpus (tests/heldout_docs/general: txt, html, docx, pdf from
several authorities and all genres, gold written by hand before the extractor ran; the former blind set is
part of it since the sixth batch, the new blind set is wired by the lead). Real ingest, thesaurus, extractors,
real CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graph.build import build_dataset
from graph.coverage import format_report, load_cues, misses
from graph.gold_corpus import GENRES, load_corpus, score_by_genre
from graph.thesaurus import Thesaurus

HERE = Path(__file__).resolve().parent / "heldout_docs"
DEV = HERE / "general"
MIN_DEV = 0.95
# the former blind set's record, measured before it became development data (sixth batch): P 0.955, R 0.594
# (the same before and after the dev-set work); P 0.949, R 0.783 after the block model; P 0.951, R 0.811 after
# the fifth dev batch (kallelse PDFs, run-on items)


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


def test_dev_corpus_precision_recall_per_genre(thesaurus: Thesaurus) -> None:
    docs = load_corpus(DEV)
    assert {p.suffix for p in DEV.iterdir()} >= {".txt", ".html", ".docx", ".pdf"}
    table = score_by_genre(build_dataset(docs, thesaurus), docs, DEV)
    assert set(table.per_genre) == set(GENRES), table.format()
    assert table.overall.precision >= MIN_DEV and table.overall.recall >= MIN_DEV, table.format()
    for genre, (_n, rep) in table.per_genre.items():
        assert rep.recall >= 0.85, f"{genre}\n{table.format()}"


@pytest.mark.parametrize("folder", ["blind11", "blind12"])
def test_the_last_blind_sets_hold_after_their_fixes(folder: str, thesaurus: Thesaurus) -> None:
    # kept apart from the dev set (their first-sight scores are in their README.md); a guard that later rules do
    # not undo what was fixed for them (blind 11: 0.993 / 0.988, blind 12: 0.995 / 1.000 when this was written)
    docs = load_corpus(HERE / folder)
    table = score_by_genre(build_dataset(docs, thesaurus), docs, HERE / folder)
    assert table.overall.precision >= MIN_DEV and table.overall.recall >= MIN_DEV, table.format()


def test_coverage_lists_a_missed_uppdrag_and_candidate_organs(thesaurus: Thesaurus) -> None:
    docs = load_corpus(DEV)
    ds = build_dataset(docs, thesaurus)
    found = misses(ds, docs)
    # "att uppdra åt regiondirektören att återkomma …" is an uppdrag the extractor does not model
    assert any(m.kind == "uppdrag" and m.doc == "2025-03-11-protokoll-regionstyrelsen" for m in found)
    # passages that did give their fact are not listed
    assert not any(m.doc == "2025-uppdragslista-kommunstyrelsen" for m in found)
    report = format_report(ds, docs)
    assert "Kandidatorgan" in report and "Vårdutskottet" in report
    assert {k for k, _rx in load_cues()} == {"uppdrag", "beslut", "mål"}


def test_cli_check_gold_dir_prints_the_genre_table() -> None:
    out = subprocess.run([sys.executable, "-m", "styrgraf", "check", "--gold", str(DEV)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "nyckeltal" in out.stdout and "totalt" in out.stdout and "Täckning:" in out.stdout
    bad = subprocess.run([sys.executable, "-m", "styrgraf", "check", "--gold", str(HERE / "sources")],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
