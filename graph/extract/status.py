"""Status of an uppdrag as a report words it: the phrase table `status_phrases.tsv` (staff extend it)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

STATUS_TABLE = Path(__file__).resolve().parent / "status_phrases.tsv"
STATUS_NOTATIONS = ("ej-paborjat", "startat", "pausat", "pagar", "genomfort", "flerarigt", "genomfort-for-aret",
                    "ej-klart", "delvis-genomfort", "kommer-inte-att-slutforas")


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
    taken: list[tuple[int, int]] = []
    out: list[str] = []
    for rule in rules if rules is not None else load_rules():
        for m in rule.pattern.finditer(s):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            out.extend(x for x in rule.notations if x not in out)
    return out


__all__ = ["STATUS_NOTATIONS", "STATUS_TABLE", "StatusRule", "classify", "load_rules"]
