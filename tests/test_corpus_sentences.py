"""One sentence splitter (corpus/sentences.py) with its abbreviation list as data (corpus/abbreviations.txt),
used by the passage splitter and the extractors."""

from __future__ import annotations

from pathlib import Path

from corpus import segment
from corpus.sentences import ABBREVIATIONS_FILE, Abbreviations, load_abbreviations, sentence_ends, sentence_spans
from graph.extract.text import NText


def _sentences(text: str, *, paragraphs: bool = True, abbreviations: Abbreviations | None = None) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, paragraphs=paragraphs, abbreviations=abbreviations)]


def test_every_abbreviation_in_the_data_file_keeps_the_sentence_whole() -> None:
    listed = [ln.strip() for ln in ABBREVIATIONS_FILE.read_text("utf-8").splitlines()
              if ln.strip() and not ln.startswith("#")]
    assert "t.ex." in listed and "bl.a." in listed and len(listed) >= 15
    for abbr in listed:
        for written in (abbr, abbr.capitalize()):
            text = f"Arbetet gäller {written} Region Örebro län. Nästa mening."
            assert _sentences(text) == [f"Arbetet gäller {written} Region Örebro län.", "Nästa mening."], written


def test_sentence_rules() -> None:
    text = "Mötet hölls kl. 9 med A. Berg. ”Bra!” sa hon. Vi ses (se s. 4.) Sedan\n\nny rad utan punkt"
    assert _sentences(text) == ["Mötet hölls kl. 9 med A. Berg.", "”Bra!” sa hon.", "Vi ses (se s. 4.)",
                                "Sedan", "ny rad utan punkt"]
    # without paragraph breaks (the passage splitter cuts at blank lines itself)
    assert _sentences("En. \n\nTvå", paragraphs=False) == ["En.", "Två"]
    assert _sentences("Slut på text 5 st. här") == ["Slut på text 5 st. här"]  # no upper case after: no end


def test_the_extractors_and_the_passage_splitter_share_the_splitter() -> None:
    text = "Uppdraget gäller bl.a. Region Örebro län. Arbetet pågår. Det ska t.ex. Beredningen följa."
    nt = NText.of(text)
    assert list(nt.sentences()) == list(sentence_spans(text))
    assert [text[a:b] for a, b in nt.sentences()] == [
        "Uppdraget gäller bl.a. Region Örebro län.", "Arbetet pågår.", "Det ska t.ex. Beredningen följa."]
    # the passage splitter cuts only where a sentence starts, never after "bl.a." / "t.ex."
    starts = segment._sentence_starts(text, 0, len(text))
    assert starts == [text.index("Arbetet"), text.index("Det ska")]


def test_an_abbreviation_added_to_a_copy_of_the_list_is_used(tmp_path: Path) -> None:
    text = "Vi ses kap. Tre handlar om annat."
    assert list(sentence_ends(text, abbreviations=load_abbreviations())) == [len("Vi ses kap.")]
    assert _sentences(text) == ["Vi ses kap.", "Tre handlar om annat."]
    copy = tmp_path / "abbreviations.txt"
    copy.write_text(ABBREVIATIONS_FILE.read_text("utf-8") + "kap.\n", "utf-8")
    mine = load_abbreviations(copy)
    assert _sentences(text, abbreviations=mine) == [text]
    assert mine.window >= len("fr.o.m.") + 1
