"""Status of an uppdrag as a report words it: the phrase table `status_phrases.tsv` (staff extend it), and for
a status slot (a "Status:" field, a status table cell) whose wording no rule knows, the nearest labelled
examples of `status_examples.tsv` by the bundled embedder (`status_nearest.py`), kept with its confidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from graph.extract.status_nearest import Encoder, nearest
from graph.extract.text import BULLETS

STATUS_TABLE = Path(__file__).resolve().parent / "status_phrases.tsv"
STATUS_NOTATIONS = ("ej-paborjat", "startat", "pausat", "pagar", "genomfort", "flerarigt", "genomfort-for-aret",
                    "ej-klart", "delvis-genomfort", "kommer-inte-att-slutforas")


#: how a status was read (sg:statusMethod)
PHRASE_TABLE, NEAREST_EXAMPLE = "phrase-table", "nearest-example"
#: a slot value longer than this is prose, not a status value: it is never embedded
SLOT_CHARS = 200

_LABEL = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+){0,2}\s*:\s*")


@dataclass(frozen=True)
class StatusRule:
    notations: tuple[str, ...]
    pattern: re.Pattern[str]
    comment: str = ""


@lru_cache(maxsize=8)
def load_rules(path: Path = STATUS_TABLE) -> tuple[StatusRule, ...]:
    rules: list[StatusRule] = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            raise ValueError(f"{path}:{n}: expected 'notations<TAB>regex[<TAB>comment]'")
        notations = tuple(parts[0].split())
        unknown = [x for x in notations if x not in STATUS_NOTATIONS]
        if unknown:
            raise ValueError(f"{path}:{n}: unknown status notation(s) {unknown}")
        rules.append(StatusRule(notations, re.compile(parts[1], re.IGNORECASE), parts[2] if len(parts) > 2 else ""))
    return tuple(rules)


def classify(sentence: str, rules: tuple[StatusRule, ...] | None = None) -> list[str]:
    """Status notations a sentence states, in table order (empty if it states none)."""
    s = re.sub(r"\s+", " ", sentence).strip()
    # a report label in front of the sentence ("Status: Arbetet pågår.", "Kommentar: …") is not part of it
    s = _LABEL.sub("", s, count=1)
    s = _SYMBOL.sub("", s)   # a status symbol in front ("● Genomfört", "○ Ej påbörjat") is the legend's key
    taken: list[tuple[int, int]] = []
    out: list[str] = []
    for rule in rules if rules is not None else load_rules():
        for m in rule.pattern.finditer(s):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            out.extend(x for x in rule.notations if x not in out)
    return out


@dataclass(frozen=True)
class SlotStatus:
    notations: tuple[str, ...]
    method: str | None = None          # PHRASE_TABLE, NEAREST_EXAMPLE, or None when nothing was read
    confidence: float | None = None    # the nearest examples' vote share; None for the phrase table


#: the head of a slot: the words before its first comma, semicolon, dash or full stop
_SLOT_HEAD = re.compile(r"^\s*(?P<h>[^,;:.–—]{3,40}?)\s*(?:[,;.]|\s[–—-]\s)")


@lru_cache(maxsize=4096)
def classify_slot(value: str, encoder: Encoder | None = None) -> SlotStatus:
    """The status a status slot states: the phrase table first; for a wording it does not know, the nearest
    labelled examples (only above their measured threshold). Cached: a slot is read by the heading finder
    and again when its report is written."""
    got = classify(value)
    if got:
        return SlotStatus(tuple(got), PHRASE_TABLE)
    # a status word and a qualifier after it: "Försenat, blir inte klart under 2025", "Pågår – klart i maj"
    head = _SLOT_HEAD.match(value)
    if head and (got := classify(head["h"])):
        return SlotStatus(tuple(got), PHRASE_TABLE)
    if len(value) > SLOT_CHARS:
        return SlotStatus(())
    near = nearest(value, encoder)
    if near.notation is None:
        return SlotStatus(())
    return SlotStatus((near.notation,), NEAREST_EXAMPLE, near.confidence)


# a legend line "<Key> = <status wording>" / "<Key> – <status wording>": a colour or symbol word the document
# then uses as its status values ("Grön = genomfört", "Bedömning: Grön."); layout only, the keys are the
# document's own, so no colour is written here
# (also a legend table's row, "Grön | Uppdraget är genomfört.", or a list's item "• Grön = genomfört")
_LEGEND_LINE = re.compile(r"(?m)^[ \t]*(?:[•*-][ \t]+)?(?P<k>[A-ZÅÄÖa-zåäö]{2,20})[ \t]*(?:[ \t][=–]|\|)[ \t]+"
                          r"(?P<v>[^\n=|]{3,80}?)[ \t.]*$")
_LEGEND_KEY = re.compile(r"^\s*(?:(?P<k>[A-ZÅÄÖa-zåäö]{2,20})\s*(?:[.,;:]|$)|(?P<s>[^\w\s(\[\"'«»-]))")
#: a legend keyed by symbols, its entries perhaps run on in one paragraph: "● Genomfört = uppdraget är
#: slutfört. ◐ Pågår = arbetet pågår enligt plan." (the symbol is the key; the word after it is its name)
_LEGEND_SYMBOL = re.compile(r"(?P<k>[^\w\s(\[\"'«».,;:=–•-])[ \t]*[A-ZÅÄÖa-zåäö][^\n=]{0,30}?[ \t]+=[ \t]+"
                            r"(?P<v>[^\n=]{3,80}?)(?:\.(?=\s|$)|$)", re.MULTILINE)
_SYMBOL = re.compile(r"^[^\w\s(\[\"'«»]+\s*")
#: a legend line of symbols each followed by its wording ("Teckenförklaring: ● Genomfört | ◐ Pågår enligt plan",
#: "▲ Försenat, blir inte klart under året | ✕ Avslutas utan att genomföras"), after an optional label
_LEGEND_LABEL = re.compile(r"^\s*(?:teckenförklaring|förklaring|symbolförklaring|symboler)\s*:?\s*", re.IGNORECASE)
_MARK = r"[^\w\s(\[\"'«».,;:=|–—-]"
#: a list item's bullet before a legend entry ("• ● Genomfört": the page's list of the symbols)
_LIST_BULLET = re.compile(rf"^\s*[{BULLETS}-]\s+(?={_MARK})")
_LEGEND_ENTRY = re.compile(rf"(?:^|(?<=\s))(?P<k>{_MARK})[ \t\u00a0]*(?P<v>[A-ZÅÄÖ][^|\n]*?)"
                           rf"(?=[ \t\u00a0]*(?:\||$)|[ \t\u00a0]+{_MARK}[ \t\u00a0]*[A-ZÅÄÖ])")


def read_legend(text: str) -> dict[str, str]:
    """key (lower case) → the status wording a document's legend gives it; a legend is two or more such lines
    whose wordings the phrase table reads, so an abbreviation list ("HSN = hälso- och sjukvårdsnämnden")
    is none."""
    found = {m["k"].lower(): m["v"].strip() for m in _LEGEND_LINE.finditer(text) if classify(m["v"])}
    found |= {m["k"]: m["v"].strip() for m in _LEGEND_SYMBOL.finditer(text) if classify(m["v"])}
    found |= {k: v for k, v in _symbol_pairs(text).items() if k not in found}
    return found if len(found) >= 2 else {}


def _symbol_pairs(text: str) -> dict[str, str]:
    """symbol → wording of the legend lines that are nothing but "<symbol> <wording>" entries: a run of such
    lines (one or several entries each, a list's bullet in front perhaps: "• ● Genomfört") holding two entries
    at least that the phrase table reads."""
    out: dict[str, str] = {}
    run: list[re.Match[str]] = []
    for line in [*text.split("\n"), ""]:
        body = _LIST_BULLET.sub("", _LEGEND_LABEL.sub("", line, count=1), count=1)
        entries = list(_LEGEND_ENTRY.finditer(body))
        rest = _LEGEND_ENTRY.sub("", body).replace("|", "").strip()
        read = [m for m in entries if classify(m["v"])]   # ("Avbrutet" may be a word the table lacks)
        if read and not rest:
            run += read
            continue
        if len({m["k"] for m in run}) >= 2:   # two keys at least (a bulleted list of wordings has one)
            out |= {m["k"]: m["v"].strip() for m in run}
        run = []
    return out


def legend_key(value: str, legend: dict[str, str]) -> re.Match[str] | None:
    """The legend key a status slot starts with ("Grön. Enheten startade …" → "Grön"), if it is one."""
    m = _LEGEND_KEY.match(value) if legend else None
    if m and m["s"] and m["s"] in legend:   # a symbol key: read as the key group
        m = re.match(rf"^\s*(?P<k>{re.escape(m['s'])})", value)
    return m if m and m["k"] and m["k"].lower() in legend else None


__all__ = ["NEAREST_EXAMPLE", "PHRASE_TABLE", "SLOT_CHARS", "STATUS_NOTATIONS", "STATUS_TABLE", "SlotStatus",
           "StatusRule", "classify", "classify_slot", "legend_key", "load_rules", "read_legend"]
