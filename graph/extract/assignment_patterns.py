"""The regular expressions of the uppdrag extractor, built from editable words: `assignment_words.tsv`
(the commission phrase "får i uppdrag", "Nr", "Status", co-party and issuer wordings …), the `assignment`
heading word of `heading_words.tsv` ("Uppdrag 3: …") and `corpus/report_labels.txt` ("Kommentar:").

Only the layout (line starts, numbers, punctuation, table cells) is written here; every Swedish word comes
from a data file, so staff add a wording without touching code. `current()` builds the patterns from the
file `WORDS_TABLE` names (cached per path, so a test may point it at an edited copy)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from corpus.report_labels import report_label_pattern
from graph.extract.headings import heading_words
from graph.extract.minutes import load_table
from graph.extract.text import BULLETS

WORDS_TABLE = Path(__file__).resolve().parent / "assignment_words.tsv"
WORD_KINDS = ("commission", "list-to", "number-word", "series-ber", "att", "co-party", "bullet-end",
              "section-end", "report-mark", "status-label", "board-suffix", "issuer-verb", "issuer-from",
              "id-prefix", "reference-word", "issuer-column", "assignee-column")
_I = re.IGNORECASE

# layout only, no words: "1. beakta …", "9) Vidareutveckla …"; a bullet; a numbered section heading
NUM_ITEM = re.compile(r"(?m)^(?P<n>\d{1,3})[.)]\s+(?=\S)")
BUL_ITEM = re.compile(rf"(?m)^[{BULLETS}]\s*(?=\S)")
SECTION_HEAD = re.compile(r"(?m)^\d+(?:\.\d+)*\.?\s+[A-ZÅÄÖ][^\n]{0,80}$")
# Labels that start the report on an uppdrag ("Kommentar:", "Svar:", "Status:", "Ur delårsrapport:")
REPORT_LABEL = report_label_pattern()  # corpus/report_labels.txt
BODY_STOP = re.compile(rf"(?m)^{REPORT_LABEL}\s*:|\n\n|^_{{3,}}")


def words(kind: str, path: Path = WORDS_TABLE) -> str:
    """The alternatives of one kind of the words table as one non-capturing group."""
    table = load_table(path, WORD_KINDS)
    if not table[kind]:
        raise ValueError(f"{path}: no '{kind}' line")
    return "(?:" + "|".join(p.pattern for p in table[kind]) + ")"


@dataclass(frozen=True)
class Patterns:
    commission: re.Pattern[str]     # "får i uppdrag"
    list_colon: re.Pattern[str]     # what may stand between it and a list header's colon: " att …:"
    att_after: re.Pattern[str]      # " att " right after it: a commission sentence
    list_to: re.Pattern[str]        # "Uppdrag till X, Y och Z:"
    nr_item: re.Pattern[str]        # "Nr 8.", "Ber nr 1.", "Uppdrag nr 5:", "Nr 3)"
    trail_nr: re.Pattern[str]       # "(nr 12)" at the end of a bullet
    bullet_end: re.Pattern[str]     # the end of a bullet item
    att_start: re.Pattern[str]      # an unnumbered bullet uppdrag starts "Att …"
    report_mark: re.Pattern[str]    # text after an uppdrag that reports on it
    uppdrag_heading: re.Pattern[str]  # "3.2.4 Uppdrag i samverkan med …" over "Att …" sentences
    att_sentence: re.Pattern[str]
    co_party: re.Pattern[str]       # "i samverkan med": organs that take part, not assignees
    section_end: re.Pattern[str]    # "Avslutning", "Sammanfattning": the end of the last report body
    report_heading: re.Pattern[str]  # "Uppdrag 3: …", "Nr 3. …", "3. …", "3.1 Uppdrag 1 – …"
    status_field: re.Pattern[str]   # "Status: Pågår" (value on its line or the next)
    status_cell: re.Pattern[str]    # a table header cell "Status"
    row_number: re.Pattern[str]     # the first cell of an uppdrag row: "Uppdrag 4", "Nr 4", "4", "2024:4"
    issuer: re.Pattern[str]         # "Kommunfullmäktige gav … uppdrag", "Uppdrag från regionstyrelsen"
    board_line: re.Pattern[str]     # a line that is only a board's name ("Socialnämnden", "Teknik- och …nämnden")
    trailing_heading: re.Pattern[str]  # "Uppdrag från regionfullmäktige 2024, punkt 3" over the wording's line
    row_lead: re.Pattern[str]       # a first cell with its id and wording: "KF 2026:2 Införa …", "Uppdrag 1: Ta fram …"
    issuer_cell: re.Pattern[str]    # a table header cell "Givet av"
    assignee_cell: re.Pattern[str]  # a table header cell "Ansvarig nämnd"
    kv_number_key: re.Pattern[str]  # the key of an uppdrag's number in a key/value table: "Uppdrag nr", "Nr"
    kv_wording_key: re.Pattern[str]  # the key of its wording: "Uppdrag"
    id_prefix: re.Pattern[str]      # the code of an id that refers into the giver's own list: "RF", "KS"
    report_cell: re.Pattern[str]    # a table header cell naming the report column: "Återrapportering"
    goal_cell: re.Pattern[str]      # a table header cell naming a goal column: "Nämndmål" (heading_words.tsv)


@cache
def build(path: Path) -> Patterns:
    def w(kind: str) -> str:
        return words(kind, path)

    head = "(?:" + "|".join(heading_words()["assignment"]) + ")"   # "Uppdrag 3: …" (heading_words.tsv)
    # an id that carries the year the uppdrag was given: "2024:3" (layout only: a year, a colon, the number)
    year_id = r"(?:(?P<y>(?:19|20)\d\d)[:-])?"   # also "2026-04", a year and a serial number
    # … or after the number: "KF 4/2025" (a serial number, a slash, the year of the decision)
    year_after = r"(?:/(?P<y2>(?:19|20)\d\d))?"
    nr = w("number-word")
    board = rf"[A-ZÅÄÖa-zåäö][\wåäö-]*{w('board-suffix')}"
    # what stands before the number of an uppdrag row: "Uppdrag 4", "Nr 4", "U4", "KF 2026:2"
    # "KF-uppdrag 5": the giver's code joined to the heading word
    row_id = rf"(?:(?-i:{w('id-prefix')})-)?(?:{head}\s+(?:{nr}\.?\s*)?|{nr}\.?\s*|{w('id-prefix')}[-\s]?)"
    return Patterns(
        commission=re.compile(rf"\b{w('commission')}\b", _I),
        list_colon=re.compile(rf"(?:\s+(?i:{w('att')})\b[^.:]{{0,200}}?)?\s*:"),
        att_after=re.compile(rf"\s+(?i:{w('att')})\s"),
        list_to=re.compile(rf"(?m)^{w('list-to')}\s+(?P<o>[^:]{{3,300}}?):"),
        nr_item=re.compile(rf"(?m)^(?:{head}\s+)?(?P<ber>{w('series-ber')}\s+)?{nr}\.?\s*(?P<n>\d+)\s*[.:)]?\s+(?=\S)",
                           _I),
        trail_nr=re.compile(rf"\(\s*{nr}\.?\s*(?P<n>\d+)\s*\.?\s*\)\s*\.?\s*$", _I),
        bullet_end=re.compile(rf"\n(?:[{BULLETS}]|{w('bullet-end')}\b)|\n\n"),
        att_start=re.compile(rf"{w('att')}\b", _I),
        report_mark=re.compile(rf"(?m)^{REPORT_LABEL}\s*:|\b{w('report-mark')}\b", _I),
        # the heading word is capitalised: a wrapped line that starts with it in lower case is running text
        uppdrag_heading=re.compile(rf"(?m)^(?:\d+(?:\.\d+)*\.?\s+)?(?=[A-ZÅÄÖ])(?i:{head})\b[^\n.:]{{0,150}}$"),
        att_sentence=re.compile(rf"{w('att')}\b[ ,]"),
        co_party=re.compile(rf"\b{w('co-party')}\s+", _I),
        section_end=re.compile(rf"(?m)^{w('section-end')}\b"),
        report_heading=re.compile(rf"(?m)^(?:\d{{1,2}}(?:\.\d{{1,2}})+\.?\s+(?={head}|{nr}))?"
                                  rf"(?P<style>{head}\s+(?:{nr}\.?\s*|{w('id-prefix')}[-\s]?)?|{nr}\.?\s*"
                                  rf"|{w('id-prefix')}[-\s]?)?"
                                  rf"{year_id}(?P<n>\d{{1,3}}){year_after}"
                                  r"(?P<sep>\s*[.:)]|\s[–-]|(?=\s))\s+(?P<t>[A-ZÅÄÖ][^\n]*)$", _I),
        status_field=re.compile(rf"(?m)^{w('status-label')}\b\s*:?[ \t]*(?P<v>[^\n|]*)(?:\n(?P<next>[^\n]*))?",
                                _I),
        status_cell=re.compile(w("status-label"), _I),
        row_number=re.compile(rf"^{row_id}?{year_id}(?P<n>\d{{1,3}}){year_after}\.?$", _I),
        # also with the verb first, after a fronted phrase ("I budget 2025 gav kommunfullmäktige
        # utbildningsnämnden sex uppdrag"): then the giver is the board right after the verb, and only when
        # a second board (the receiver) follows it, so "Vi gav nämnden i uppdrag" names no giver
        # or a numbered section heading with the board in the genitive: "2. Regionfullmäktiges uppdrag" (its
        # section ends at the next heading of its depth, see stated_issuer)
        issuer=re.compile(rf"(?P<a>{board})\s+{w('issuer-verb')}\b[^.\n]{{0,100}}?\b{head}"
                          rf"|\b{w('issuer-from')}\s+(?P<b>{board})\b"
                          rf"|\b{w('issuer-verb')}\s+(?P<c>{board})\s+{board}\b[^.\n]{{0,100}}?\b{head}"
                          rf"|(?m:^)(?P<dn>\d+(?:\.\d+)*)\.?\s+(?P<d>{board})s\s+{head}(?:en|a)?\b[^\n.]{{0,60}}(?=\n|$)",
                          _I),
        trailing_heading=re.compile(rf"(?m)^(?=[A-ZÅÄÖ]){head}\b(?P<mid>[^\n]{{0,80}}?)[,\s]\s*"
                                    rf"(?:{nr}|{w('reference-word')})\.?\s*(?P<n>\d{{1,3}})"
                                    # the wording on the next line, or run on after it (an unwrapper joined them)
                                    r"(?:[ \t]*[:.–-]?[ \t]*\n|[ \t]*[:.–-]?[ \t]+)(?P<t>[A-ZÅÄÖ][^\n]*)$", _I),
        row_lead=re.compile(rf"^{row_id}{year_id}(?P<n>\d{{1,3}}){year_after}(?:\s*[.:)]|\s[–-])?\s+(?P<t>[A-ZÅÄÖ].*)$",
                            _I),
        issuer_cell=re.compile(w("issuer-column"), _I),
        assignee_cell=re.compile(w("assignee-column"), _I),
        kv_number_key=re.compile(rf"^(?:{head}\s*)?(?:{nr}|nummer)\.?$", _I),
        kv_wording_key=re.compile(rf"^{head}$", _I),
        id_prefix=re.compile(w("id-prefix")),
        report_cell=re.compile(rf"{REPORT_LABEL}(?:\s+\S+){{0,2}}", _I),
        goal_cell=re.compile("(?:" + "|".join(heading_words()["goal"]) + ")", _I),
        board_line=re.compile(rf"(?-i:[A-ZÅÄÖ])(?:[\wåäö]*-\s+(?:och|&)\s+)?[\wåäö-]*{w('board-suffix')}"
                              r"(?:s\s+[a-zåäö]+utskott)?", _I),
    )


def current() -> Patterns:
    """The patterns of the words table in use (`WORDS_TABLE`, read at call time)."""
    return build(WORDS_TABLE)


__all__ = ["BODY_STOP", "BUL_ITEM", "NUM_ITEM", "REPORT_LABEL", "SECTION_HEAD", "WORDS_TABLE", "WORD_KINDS",
           "Patterns", "build", "current", "words"]
