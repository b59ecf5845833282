"""The parts of the extractive answer (`search/answer.py`) that read one sentence or one question: the cue
phrases of a question about change over time (`answer_cues.txt`, staff edit it), a candidate passage and a
scored sentence, the entity feature of a sentence and the date it speaks for, and the lift of a status
report's sentences to a share of its best one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.dates import MONTH_NAMES, MONTHS, find_dates
from corpus.slug import slugify
from search.passages import PassageRow

CUES_FILE = Path(__file__).resolve().parent / "answer_cues.txt"
_MONTH_YEAR = re.compile(rf"\b({'|'.join(MONTH_NAMES)})\s+((?:19|20)\d\d)\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_cues(path: Path = CUES_FILE) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(phrase, pattern) per cue line, longest first. The pattern matches the phrase's words in the
    folded query (`slugify`: lower case, å/ä→a, ö→o, words joined by "-"); "…" stands for any words."""
    lines = (ln.strip() for ln in path.read_text(encoding="utf-8").splitlines())
    out = []
    for ln in sorted({ln for ln in lines if ln and not ln.startswith("#")}, key=len, reverse=True):
        parts = [slugify(x) for x in re.split(r"…|\.\.\.", ln) if slugify(x)]
        out.append((ln, re.compile("-" + "-(?:[a-z0-9]+-)*?".join(map(re.escape, parts)) + "-")))
    return tuple(out)


def timeline_cue(query: str, cues: Sequence[tuple[str, re.Pattern[str]]] | None = None) -> str | None:
    """The cue phrase of a question about change over time or status, else None."""
    q = f"-{slugify(query, max_length=1000)}-"
    return next((c for c, rx in (cues if cues is not None else load_cues()) if rx.search(q)), None)


@dataclass
class Candidate:
    row: PassageRow
    prior: float                 # the passage's fused score / the best hit's (or TIMELINE_PRIOR)
    date: str | None = None      # what the entity's timeline says about the passage ("2021", "2021-03-10")
    about: bool = False          # the passage is cited by the entity's timeline
    kinds: frozenset[str] = frozenset()  # the kinds of those events ("status", "beslut", "uppdrag", …)
    index_row: int | None = None # the passage's row in the index (known here: no second look-up per sentence)


@dataclass
class Scored:
    cand: Candidate
    start: int
    end: int
    text: str
    score: float
    date: str | None
    features: dict[str, float]   # what the score is made of (for `styrgraf eval` and tuning)


def entity_feature(c: Candidate, a: int, b: int, iris: set[str]) -> float:
    """1 when the sentence (span a:b in Document.text) names a linked entity or stands in a status report
    or decision about it (the report's sentences say what happened to it without naming it again), 0.5
    when its passage is otherwise about one (cited by its timeline, or naming it elsewhere), else 0."""
    if c.kinds & {"status", "beslut"}:
        return 1.0
    near = c.about
    for e in c.row.entities:
        if e["iri"] not in iris:
            continue
        near = True
        if any(a <= c.row.start + int(s) and c.row.start + int(t) <= b for s, t in e.get("spans", [])):
            return 1.0
    return 0.5 if near else 0.0


def sentence_date(c: Candidate, text: str, doc: dict[str, object]) -> str | None:
    """The date a sentence speaks for: the timeline's date of its passage, else the document's date or
    year; a full date the sentence itself states in that year is more precise and wins over a bare year, and
    a month of that year it names ("inleddes i mars 2021": "2021-03") over a year or another month's date."""
    base = c.date or (str(doc["date"]) if doc.get("date") else None) or (str(doc["year"]) if doc.get("year") else None)
    if base:
        year = int(base[:4])
        stated = [d for _s, _e, d, _y in find_dates(text, year) if d.startswith(base[:4])]
        if stated and len(base) == 4:
            return stated[0]
        # "inleddes i mars 2021" in the 2021 report: that step is of March, not of the report's year
        months = [f"{y}-{MONTHS[m.lower()]:02d}" for m, y in _MONTH_YEAR.findall(text) if y == base[:4]]
        if months and not base.startswith(months[0]):  # (a meeting's date keeps a step of another month apart)
            return months[0]
    return base


#: The timeline event kinds of a passage that reports on the entity (`lift_reports`).
REPORT_KINDS = frozenset({"status", "beslut"})


def reports(c: Candidate) -> bool:
    """Whether the passage is a status report or decision about the entity (by its timeline's events)."""
    return bool(c.kinds & REPORT_KINDS)


def lift_reports(scored: list[Scored], share: float) -> list[Scored]:
    """Each sentence of a status report or decision scores at least `share` of its passage's best sentence:
    the report names the uppdrag once, in its heading, and tells what happened to it in the next sentences
    without naming it again (`search/answer.py`, CONTEXT)."""
    best: dict[str, float] = {}
    for x in scored:
        best[x.cand.row.id] = max(best.get(x.cand.row.id, 0.0), x.score)
    for x in scored:
        if reports(x.cand) and x.score < share * best[x.cand.row.id]:
            x.score = round(share * best[x.cand.row.id], 4)
            x.features["context"] = 1.0
    return scored


__all__ = ["CUES_FILE", "Candidate", "Scored", "entity_feature", "lift_reports", "load_cues", "reports",
           "sentence_date", "timeline_cue"]
