"""Cleaning: boilerplate out, Swedish suspended compounds kept, line-break hyphenation re-joined."""

from __future__ import annotations

import re
from pathlib import Path

from corpus.clean import clean_text, join_hyphenated, load_boilerplate, unwrap

FOOTER = ["Postadress", "Region Örebro län", "Box 1613, 701 16 Örebro",
          "E-post: regionen@regionorebrolan.se", "www.regionorebrolan.se"]


def test_letterhead_and_page_numbers_removed() -> None:
    raw = "\n".join(["Inledning", "Texten börjar här och fortsätter.", "", *FOOTER, "", "3", "",
                     "Tjänsteställe, handläggare Sammanträdesdatum FöredragningsPM",
                     "Staben Hälso- och sjukvård, Ted Rylander 2020-11-24 Dnr: 20RS10323", "",
                     "Sammanfattning", "Mer text."])
    text = clean_text(raw)
    for gone in ("Postadress", "Box 1613", "regionen@", "www.", "Tjänsteställe", "Rylander", "\n3\n"):
        assert gone not in text
    assert "Texten börjar här och fortsätter." in text and "Sammanfattning\nMer text." in text


def test_repeated_slogan_and_sandwiched_department_line() -> None:
    slogan = "SAMARBETE – UTVECKLING - PROFESSIONALISM"
    raw = "\n\n".join(f"Rubrik {i}\n\n{slogan}\n\nInnehåll {i}." for i in range(4))
    raw += "\n\nRegion Örebro län\n\nRegional utveckling\n\nBox 1613, 701 16 Örebro\n"
    text = clean_text(raw)
    assert slogan not in text and "Regional utveckling" not in text
    assert all(f"Innehåll {i}." in text for i in range(4))


def test_page_zone_headers_removed_when_pages_known() -> None:
    bodies = ["Inledningen beskriver målen.", "Effektmålen följs upp.", "Aktiviteterna listas.", "Slut."]
    pages = [f"Verksamhetsplan 2023 Område psykiatri\n{body}\nSida {i} av 4" for i, body in enumerate(bodies, 1)]
    text = clean_text("\f".join(pages))
    assert "Verksamhetsplan 2023 Område psykiatri" not in text and "Sida" not in text.replace("sida", "")
    assert all(body in text for body in bodies)


def test_hyphenation_rejoined_and_suspended_compounds_kept() -> None:
    lines = ["till hälso- och sjukvårds-", "nämndens förfogande", "Hälso-", "och sjukvårdsförvaltningen",
             "ett verksamhets-", "område med e-", "hälsa och SMO-", "piloten samt Marie-", "Louise"]
    joined = " ".join(join_hyphenated(lines))
    assert "hälso- och sjukvårdsnämndens förfogande" in joined
    assert "Hälso- och sjukvårdsförvaltningen" in joined
    assert "verksamhetsområde" in joined and "e-hälsa" in joined
    assert "SMO-piloten" in joined and "Marie-Louise" in joined


def test_unwrap_joins_wraps_but_keeps_structure() -> None:
    lines = ["Hälso- och sjukvårdsnämndens beredningar får i uppdrag att följa uppdragen inom",
             "respektive ansvarsområde:", "Nr 8. Att vidareutveckla samverkan mellan länets kommuner och Region",
             "Örebro läns hälso- och sjukvård i linje med omställningen mot nära vård.",
             "Kommentar: Beredningen har fått information.", "", "", "", "• Första punkten som är lång och",
             "fortsätter här", "• Andra punkten", "a) Delpunkt", "1. Inledning", "Text."]
    out = unwrap(lines)
    assert out[0].endswith("respektive ansvarsområde:")
    assert out[1].startswith("Nr 8.") and out[1].endswith("mot nära vård.")
    assert out[2].startswith("Kommentar:") and out[3] == ""
    assert out[4] == "• Första punkten som är lång och fortsätter här"
    assert out[5:] == ["• Andra punkten", "a) Delpunkt", "1. Inledning", "Text."]


def test_whitespace_normalised() -> None:
    text = clean_text("  Rad  med\u00a0 mellanslag  \n\n\n\n\nNästa\tstycke \n")
    assert text == "Rad med mellanslag\n\nNästa stycke\n"


def test_boilerplate_file_is_data(tmp_path: Path) -> None:
    custom = tmp_path / "bp.txt"
    custom.write_text("# egen lista\nkonfidentiellt\n", encoding="utf-8")
    pats = load_boilerplate(custom)
    assert clean_text("KONFIDENTIELLT\nText.\n", pats) == "Text.\n"
    assert all(isinstance(p, re.Pattern) for p in load_boilerplate())


def test_seed_documents_lose_their_letterhead() -> None:
    from corpus.bundled import load_bundled

    for doc in load_bundled():
        assert "SAMARBETE – UTVECKLING" not in doc.text
        assert "Box 1613" not in doc.text and "regionen@regionorebrolan.se" not in doc.text
        assert "\n\n\n" not in doc.text and not re.search(r"[ \t]$", doc.text, re.M)
        assert "hälso- och sjukvård" in doc.text.lower()
