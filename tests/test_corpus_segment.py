"""Segmentation of the seed documents: structural passages, exact spans, stable ids."""

from __future__ import annotations

import pytest

from corpus.bundled import load_bundled
from corpus.model import Document, content_hash
from corpus.segment import TARGET_CHARS, segment, split_span


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    return {d.id: d for d in load_bundled()}


def test_spans_exact_and_ordered(docs: dict[str, Document]) -> None:
    for doc in docs.values():
        assert doc.passages
        prev_end = 0
        for i, p in enumerate(doc.passages):
            assert p.text == doc.text[p.start : p.end]
            assert p.text == p.text.strip() and p.ordinal == i and p.start >= prev_end
            assert p.content_hash == content_hash(p.text) and p.id.startswith(f"{doc.id}.{p.content_hash[:12]}")
            assert p.kind in {"uppdrag", "effektmal", "agenda", "heading", "section", "list"}
            prev_end = p.end
        assert len({p.id for p in doc.passages}) == len(doc.passages)


def test_no_text_lost_between_passages(docs: dict[str, Document]) -> None:
    for doc in docs.values():
        gaps = [doc.text[a.end : b.start] for a, b in zip(doc.passages, doc.passages[1:], strict=False)]
        assert all(not g.strip() for g in gaps)


def test_ids_stable_across_runs(docs: dict[str, Document]) -> None:
    again = {d.id: [p.id for p in d.passages] for d in load_bundled()}
    assert again == {k: [p.id for p in d.passages] for k, d in docs.items()}


def test_passage_size(docs: dict[str, Document]) -> None:
    for doc in docs.values():
        for p in doc.passages:
            assert len(p.text) <= TARGET_CHARS * 1.5, (doc.id, p.heading)


def test_2025_report_one_passage_per_uppdrag(docs: dict[str, Document]) -> None:
    doc = docs["2025-aterrapportering-beredning-psykiatri"]
    starts = {p.heading: p.text for p in doc.passages if p.kind == "uppdrag" and p.text.startswith(p.heading)}
    for label in ("Nr 8.", "Nr 11.", "Ber nr 1.", "Ber nr 2.", "Ber nr 3.", "Ber nr 4."):
        assert label in starts, label
    assert "Nr 11." not in starts["Nr 8."] and "Ber nr 2." not in starts["Ber nr 1."]
    assert [p.heading for p in doc.passages if p.kind == "heading"] == [
        "1. Inledning", "2. Återrapportering av uppdrag", "3. Avslutning"]


def test_2021_report_numbered_uppdrag(docs: dict[str, Document]) -> None:
    doc = docs["2021-aterrapportering-beredning-narsjukvard"]
    firsts = [p for p in doc.passages if p.kind == "uppdrag" and p.text[:3].rstrip(". ").isdigit()]
    assert [p.heading for p in firsts] == [f"Nr {n}." for n in (1, 2, 3, 4, 5, 6, 7, 10, 11, 12)]
    assert firsts[0].text.startswith("1. beakta målbild 2030")


def test_verksamhetsplan_effektmal_and_bullet_uppdrag(docs: dict[str, Document]) -> None:
    doc = docs["2023-verksamhetsplan-omrade-psykiatri"]
    headings = [p.heading for p in doc.passages]
    for n in (1, 2, 6, 7, 8, 9, 10):
        assert f"Effektmål {n}" in headings and f"Effektmål {n}, aktiviteter" in headings
    nr12 = next(p for p in doc.passages if p.heading == "Nr 12.")
    assert nr12.kind == "uppdrag" and "samsjuklighetsutredningen" in nr12.text


def test_minnesanteckningar_agenda_items(docs: dict[str, Document]) -> None:
    doc = docs["2025-06-13-minnesanteckningar-chefsgrupp-samverkan"]
    agenda = [p for p in doc.passages if p.kind == "agenda"]
    assert sorted({int(p.heading.split()[1]) for p in agenda}) == list(range(1, 16))
    p10 = next(p for p in agenda if p.heading == "Punkt 10")
    assert p10.text.startswith("10 Michael Söderlund")
    assert next(p for p in agenda if p.heading == "Punkt 4").text.startswith("4. Rapport från AU")


def test_kallelse_agenda_and_numbered_headings(docs: dict[str, Document]) -> None:
    doc = docs["2020-11-24-kallelse-beredning-somatisk-specialistvard"]
    agenda = [p.heading for p in doc.passages if p.kind == "agenda"]
    assert [h for i, h in enumerate(agenda) if i == 0 or agenda[i - 1] != h] == [f"Punkt {n}" for n in range(1, 9)]
    assert any(p.heading.startswith("3.1.3 Att förbättra") for p in doc.passages)


def test_long_unit_split_at_sentence_not_mid_sentence() -> None:
    text = " ".join(f"Mening nummer {i} handlar om vården." for i in range(200)) + "\n"
    pieces = split_span(text, 0, len(text), 500)
    assert len(pieces) > 5
    for s, e in pieces:
        assert text[s:e].endswith(".") and text[s].isupper() and e - s <= 520


def test_repeated_text_gets_suffixed_ids() -> None:
    text = "Nr 1. Samma text om uppdraget.\n\nNr 1. Samma text om uppdraget.\n"
    ps = segment(text, "doc")
    assert [p.id for p in ps] == [f"doc.{ps[0].content_hash[:12]}", f"doc.{ps[0].content_hash[:12]}-2"]
