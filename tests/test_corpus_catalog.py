"""corpus/README.md's catalogue is what metadata extraction gives for the bundled documents."""

from __future__ import annotations

from pathlib import Path

from corpus.bundled import load_bundled, manifest_entries

README = Path(__file__).resolve().parents[1] / "corpus" / "README.md"


def _catalogue() -> dict[str, list[str]]:
    rows = {}
    for line in README.read_text("utf-8").splitlines():
        if line.startswith("| `"):
            cells = [c.strip().strip("`") for c in line.strip("|").split("|")]
            rows[cells[0]] = cells[1:]
    return rows


def test_catalogue_matches_extraction() -> None:
    rows = _catalogue()
    sources = {e["id"]: e.get("source", "") for e in manifest_entries()}
    docs = load_bundled()
    assert set(rows) == {d.id for d in docs}
    for d in docs:
        expected = [d.doc_type, d.organ or "–", d.date or "–", str(d.year or "–"), ", ".join(d.dnr) or "–",
                    sources[d.id]]
        assert rows[d.id] == expected, d.id


def test_manifest_only_overrides_what_the_text_does_not_say() -> None:
    # Dates, organs, Dnr and years come from the text, not from the manifest.
    for entry in manifest_entries():
        assert not {"organ", "date", "dnr", "year"} & set(entry), entry["id"]
