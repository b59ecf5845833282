"""Metadata of the five seed documents (from the text; the manifest only adds ids/titles), plus the
general rules on small examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.bundled import DOCUMENTS_DIR, load_bundled, manifest_entries
from corpus.errors import IngestError
from corpus.ingest import read_document
from corpus.metadata import build_document, parse_date, slugify

EXPECTED = {
    "2025-aterrapportering-beredning-psykiatri": ("aterrapportering", "Beredning för psykiatri", None, 2025, []),
    "2021-aterrapportering-beredning-narsjukvard": ("aterrapportering", "Beredning för närsjukvård", None, 2021, []),
    "2023-verksamhetsplan-omrade-psykiatri": ("verksamhetsplan", "Område psykiatri", None, 2023, ["22RS3420"]),
    "2025-06-13-minnesanteckningar-chefsgrupp-samverkan": (
        "minnesanteckningar", "Chefsgrupp för samverkan social välfärd samt vård och omsorg", "2025-06-13", 2025, []),
    "2020-11-24-kallelse-beredning-somatisk-specialistvard": (
        "kallelse", "Beredning för somatisk specialistvård och högspecialiserad vård", "2020-11-24", 2020,
        ["20RS10323", "20RS11121"]),
}


@pytest.mark.parametrize("entry", manifest_entries(), ids=lambda e: e["id"])
def test_seed_metadata_from_text_alone(entry: dict[str, str]) -> None:
    # No overrides at all: everything below comes from the text.
    doc = read_document(DOCUMENTS_DIR / entry["file"])
    assert (doc.doc_type, doc.organ, doc.date, doc.year, doc.dnr) == EXPECTED[entry["id"]]
    assert doc.title and doc.source == entry["file"] and len(doc.source_sha256) == 64


def test_manifest_overrides_win() -> None:
    docs = load_bundled()
    assert [d.id for d in docs] == [e["id"] for e in manifest_entries()]
    assert docs[0].title == manifest_entries()[0]["title"] and docs[0].source == manifest_entries()[0]["source"]


def test_derived_ids() -> None:
    ids = {read_document(DOCUMENTS_DIR / e["file"]).id for e in manifest_entries()}
    assert "2025-aterrapportering-beredning-psykiatri" in ids
    assert "2020-11-24-kallelse-beredning-somatisk-specialistvard" in ids


def test_dates_in_swedish_and_iso() -> None:
    assert parse_date("När: 13 juni 2025, fredag") == "2025-06-13"
    assert parse_date("den 1:a januari 2026") == "2026-01-01"
    assert parse_date("Sammanträdesdatum: 2020-11-24") == "2020-11-24"
    assert parse_date("2020-13-45 och 5 okt. 2021") == "2021-10-05"
    assert parse_date("inget datum") is None


def test_general_rules_on_a_new_document() -> None:
    raw = ("Protokoll Hälso- och sjukvårdsnämnden\nSammanträdesdatum: 2024-02-20\nDnr: 24RS55\n\n"
           "§ 1 Val av justerare\nText om justering.\n\n§ 2 Verksamhetsplan med budget för 2024\nBeslut.\n")
    doc = build_document(raw, None, "prot.txt", "0" * 64, {})
    assert (doc.doc_type, doc.organ, doc.date, doc.year, doc.dnr) == (
        "minnesanteckningar", "Hälso- och sjukvårdsnämnden", "2024-02-20", 2024, ["24RS55"])
    assert [p.heading for p in doc.passages if p.kind == "agenda"] == ["§ 1", "§ 2"]
    assert doc.id == "2024-02-20-minnesanteckningar-halso-sjukvardsnamnden"


def test_overrides_validated(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="dokumenttyp"):
        build_document("Text.\n", "x", "x.txt", "", {"type": "roman"})
    with pytest.raises(IngestError, match="datum"):
        build_document("Text.\n", "x", "x.txt", "", {"date": "2024-02-30"})
    doc = build_document("Text om något.\n", None, "Mitt Dokument.txt", "", {"dnr": "21RS1", "year": 2021})
    assert doc.id == "mitt-dokument" and doc.dnr == ["21RS1"] and doc.year == 2021


def test_slugify() -> None:
    assert slugify("Område Örebro – Nära vård, 2025!") == "omrade-orebro-nara-vard-2025"
