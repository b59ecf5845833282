"""Vocabularies kept as data files load and are the ones the code uses: an entry added to a temporary copy
changes the result (corpus/metadata.toml, corpus/report_labels.txt, graph/extract/perspectives.tsv,
graph/extract/assignment_words.tsv)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus.clean import clean_text
from corpus.metadata import extract_metadata, find_dnr, find_organ
from corpus.report_labels import REPORT_LABELS_FILE, report_label_pattern
from corpus.vocabulary import METADATA_VOCABULARY, load_vocabulary
from graph.extract import assignment_patterns, extract_document
from graph.extract.structure import PERSPECTIVE_TABLE, VISION_PERSPECTIVES, load_perspectives, vp_perspective


def _copy_with(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of metadata.toml with one edit (a new file each time: loaded vocabularies are cached by path)."""
    text = METADATA_VOCABULARY.read_text("utf-8")
    assert old in text
    path = tmp_path / f"metadata-{len(list(tmp_path.iterdir()))}.toml"
    path.write_text(text.replace(old, new, 1), "utf-8")
    return path


def test_metadata_vocabulary_loads() -> None:
    vocab = load_vocabulary()
    assert len(vocab.date_labels) == 16 and len(vocab.case_formats) == 2
    assert find_dnr("Dnr: 21RS1. Se även 20RS10323 och 2020-11-24.") == ["21RS1", "20RS10323"]
    assert find_dnr("Dnr MN 2025/152. Jfr KS 2024/310 och dnr 2025-03-04.") == ["MN 2025/152", "KS 2024/310"]
    assert find_organ([], "Beredningen för psykiatri har sammanträtt.\n") == "Beredning för psykiatri"


def test_a_case_number_format_added_for_another_region(tmp_path: Path) -> None:
    path = _copy_with(tmp_path, "[organs]", '[[case_numbers.format]]\nshape = "Region Värmland, own format"\n'
                                            "pattern = 'RV\\d{4}-\\d{3,5}'\n\n[organs]")
    flat = "Ärendet RV2024-0123 och 20RS10323 behandlades."
    assert find_dnr(flat) == ["20RS10323"]
    assert find_dnr(flat, load_vocabulary(path)) == ["RV2024-0123", "20RS10323"]


def test_an_organ_head_and_a_board_added(tmp_path: Path) -> None:
    heads = '"Samverkansgrupp", "Arbetsgrupp"]'
    path = _copy_with(tmp_path, heads, '"Samverkansgrupp", "Arbetsgrupp", "Projektledning"]')
    cleaned = "Projektledningen för barnhälsovård har träffats.\n"
    assert find_organ([], cleaned) is None
    assert find_organ([], cleaned, load_vocabulary(path)) == "Projektledning för barnhälsovård"
    # a compound on a group ending (metadata.toml group_head_endings) needs no line of its own
    assert find_organ([], "Referensgruppen för barnhälsovård har träffats.\n") == "Referensgrupp för barnhälsovård"
    endings = _copy_with(tmp_path, 'group_head_endings = ["grupp", "råd"]', 'group_head_endings = ["råd"]')
    assert find_organ([], "Referensgruppen för barnhälsovård har träffats.\n", load_vocabulary(endings)) is None
    board = _copy_with(tmp_path, "'Regionstyrelsen', ", "'Regionstyrelsen', 'Patientnämndens presidium', ")
    assert find_organ([], "Ärendet gick till Patientnämndens presidium.\n", load_vocabulary(board)) == \
        "Patientnämndens presidium"


def test_a_date_label_added(tmp_path: Path) -> None:
    path = _copy_with(tmp_path, '"sammanträdets datum", ', '"sammanträdets datum", "mötestid", ')
    raw = "Anteckningar\nSkrivet 3 mars 2024\nMötestid 5 mars 2024\n"
    assert extract_metadata(raw, clean_text(raw)).date == "2024-03-03"
    assert extract_metadata(raw, clean_text(raw), load_vocabulary(path)).date == "2024-03-05"


def test_report_labels_are_one_list_for_passages_and_uppdrag(tmp_path: Path) -> None:
    assert report_label_pattern() == assignment_patterns.REPORT_LABEL
    assert re.match(rf"^{report_label_pattern()}\s*:", "Ur delårsrapport: Arbetet pågår.")
    copy = tmp_path / "report_labels.txt"
    copy.write_text(REPORT_LABELS_FILE.read_text("utf-8") + "Uppföljning\n", "utf-8")
    assert not re.match(rf"^{report_label_pattern()}\s*:", "Uppföljning: klart")
    assert re.match(rf"^{report_label_pattern(copy)}\s*:", "Uppföljning: klart")


def test_perspective_table(tmp_path: Path) -> None:
    assert vp_perspective("Perspektiv  Resurser.") is None and vp_perspective(" Resurser.") == "Resurs"
    assert VISION_PERSPECTIVES["medarbetare"] == "Medarbetarperspektiv"
    copy = tmp_path / "perspectives.tsv"
    copy.write_text(PERSPECTIVE_TABLE.read_text("utf-8") + "verksamhetsplan\tekonomi\tResurs\n", "utf-8")
    assert vp_perspective("Ekonomi") is None
    assert vp_perspective("Ekonomi", load_perspectives(copy)["verksamhetsplan"]) == "Resurs"
    bad = tmp_path / "bad.tsv"
    bad.write_text("budget\tekonomi\tResurs\n", "utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:1"):
        load_perspectives(bad)


UPPDRAG_REPORT = ("Återrapportering av uppdrag 2025\n\nBeredning för psykiatri erhåller i uppdrag att:\n\n"
                  "Nr 1. Utreda väntetiderna inom psykiatrin.\n\nKommentar: Arbetet pågår.\n\n"
                  "Uppdrag 7: Införa digitala vårdmöten\nLäge: Genomfört\n")


def _uppdrag_numbers(text: str) -> dict[str, str]:
    """sg:number → status notation (or "") of each uppdrag the extractor finds."""
    from rdflib import RDF

    from graph.namespaces import SG, local_name
    from tests.extract_helpers import make_doc, mini_thesaurus

    g = extract_document(make_doc(text), mini_thesaurus())
    out = {}
    for a in g.subjects(RDF.type, SG.Assignment):
        rep = g.value(predicate=SG.reportsOn, object=a)
        st = g.value(rep, SG.status) if rep is not None else None
        out[str(g.value(a, SG.number))] = local_name(st) if st is not None else ""
    return out


def test_assignment_words_are_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A commission phrase and a status label added to a copy of assignment_words.tsv are read without code."""
    table = assignment_patterns.WORDS_TABLE
    assert set(assignment_patterns.WORD_KINDS) == {ln.split("\t")[0] for ln in table.read_text("utf-8").splitlines()
                                                   if ln.strip() and not ln.startswith("#")}
    assert _uppdrag_numbers(UPPDRAG_REPORT) == {}
    copy = tmp_path / "assignment_words.tsv"
    copy.write_text(table.read_text("utf-8") + "commission\terhåller\\s+i\\s+uppdrag\nstatus-label\tLäge\n", "utf-8")
    monkeypatch.setattr(assignment_patterns, "WORDS_TABLE", copy)
    assert _uppdrag_numbers(UPPDRAG_REPORT) == {"1": "pagar", "7": "genomfort"}
    bad = tmp_path / "bad.tsv"
    bad.write_text("uppdragsord\tfår\n", "utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:1"):
        assignment_patterns.build(bad)
