"""Answer quality over a JSONL question file (`styrgraf eval tests/eval_answers.jsonl`).

Each line: {"q": question, "kind": "timeline" | "fact" | "none", "required": [regex a good answer must
contain a sentence for], "relevant": [regex of further acceptable sentences], "split": "dev" | "holdout"}.

* precision: cited sentences that match a required or relevant regex / all cited sentences;
* coverage: required regexes matched by some cited sentence / all required regexes;
* abstention: "none" questions answered with no sentence / all "none" questions (and, beside it, how
  many answerable questions got no answer);
* latency: what the answer step adds to a query (median of the per-question differences, answer on − off).
"""

from __future__ import annotations

import json
import re
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.errors import StyrgrafError
from search.engine import SearchEngine
from search.eval import question_lines
from search.models import Answer


@dataclass
class AnswerQuestion:
    q: str
    kind: str
    required: list[str]
    relevant: list[str]
    split: str = ""


def is_answer_file(path: Path | str) -> bool:
    """Whether the question lines carry "required" (answer questions) rather than only "expect"."""
    for _, line in question_lines(path):
        try:
            return "required" in json.loads(line)
        except ValueError:
            return False
    return False


def load_answer_questions(path: Path | str) -> list[AnswerQuestion]:
    out = []
    for n, line in question_lines(path):
        try:
            d = json.loads(line)
            q = AnswerQuestion(d["q"], d["kind"], list(d.get("required") or []), list(d.get("relevant") or []),
                               str(d.get("split") or ""))
            for rx in (*q.required, *q.relevant):
                re.compile(rx)
        except (ValueError, KeyError, TypeError, re.error) as e:
            raise StyrgrafError(f"{path}:{n}: not an answer question line ({e})") from e
        if q.kind not in ("timeline", "fact", "none"):
            raise StyrgrafError(f"{path}:{n}: kind must be timeline, fact or none, not {q.kind!r}")
        out.append(q)
    return out


@dataclass
class Outcome:
    question: AnswerQuestion
    answer: Answer | None
    cited: int = 0
    good: int = 0        # cited sentences matching a required or relevant regex
    covered: int = 0     # required regexes matched by some cited sentence
    added_ms: float = 0.0


def judge(q: AnswerQuestion, answer: Answer | None) -> Outcome:
    texts = [s.text for s in answer.sentences] if answer is not None else []
    pats = [re.compile(x) for x in (*q.required, *q.relevant)]
    good = sum(1 for t in texts if any(p.search(t) for p in pats))
    covered = sum(1 for x in q.required if any(re.search(x, t) for t in texts))
    return Outcome(q, answer, len(texts), good, covered)


@dataclass
class Scores:
    n: int = 0
    cited: int = 0
    good: int = 0
    required: int = 0
    covered: int = 0
    none_total: int = 0
    none_ok: int = 0
    unanswered: int = 0   # answerable questions without an answer
    kind_ok: int = 0      # answerable questions whose answer kind (timeline/fact) is the question's
    added_ms: list[float] = field(default_factory=list)

    def add(self, o: Outcome) -> None:
        self.n += 1
        self.added_ms.append(o.added_ms)
        if o.question.kind == "none":
            self.none_total += 1
            self.none_ok += o.cited == 0
            self.cited += o.cited  # a sentence cited for an unanswerable question is never relevant
            return
        self.cited += o.cited
        self.good += o.good
        self.required += len(o.question.required)
        self.covered += o.covered
        self.unanswered += o.cited == 0
        self.kind_ok += o.answer is not None and o.answer.kind == o.question.kind

    def as_dict(self) -> dict[str, Any]:
        return {"n": self.n, "precision": _ratio(self.good, self.cited),
                "coverage": _ratio(self.covered, self.required),
                "abstention": _ratio(self.none_ok, self.none_total), "unanswered": self.unanswered,
                "cited": self.cited, "kind_detected": _ratio(self.kind_ok, self.n - self.none_total),
                "added_ms_median": round(statistics.median(self.added_ms), 2) if self.added_ms else None}


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def _timed(engine: SearchEngine, q: str, answer: bool) -> tuple[float, Any]:
    t = time.perf_counter()
    r = engine.search(q, k=10, answer=answer)
    return (time.perf_counter() - t) * 1000, r


def evaluate_answers(engine: SearchEngine, questions: list[AnswerQuestion]) -> list[Outcome]:
    out = []
    for q in questions:
        engine.search(q.q, k=10, answer=True)  # warm (spelling and term caches)
        offs = [_timed(engine, q.q, False)[0] for _ in range(2)]
        ons = [_timed(engine, q.q, True) for _ in range(2)]
        o = judge(q, ons[-1][1].answer)
        o.added_ms = min(t for t, _r in ons) - min(offs)
        out.append(o)
    return out


def summarise(outcomes: list[Outcome]) -> dict[str, dict[str, Any]]:
    """Scores for "all", each split, each kind and each split/kind."""
    groups: dict[str, Scores] = {}
    for o in outcomes:
        q = o.question
        for key in ("all", q.split, q.kind, f"{q.split}/{q.kind}"):
            if key and key != "/":
                groups.setdefault(key, Scores()).add(o)
    return {k: v.as_dict() for k, v in groups.items()}


def format_answer_table(summary: dict[str, dict[str, Any]]) -> str:
    def f(v: Any) -> str:
        return "–" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))

    head = f"{'grupp':<18} {'n':>3} {'precision':>9} {'täckning':>9} {'avstår':>7} {'utan svar':>9} " \
           f"{'rätt typ':>8} {'+ms':>7}"
    rows = [head, "-" * len(head)]
    for k in sorted(summary, key=lambda k: (k != "all", "/" in k, k)):
        s = summary[k]
        rows.append(f"{k:<18} {s['n']:>3} {f(s['precision']):>9} {f(s['coverage']):>9} {f(s['abstention']):>7} "
                    f"{s['unanswered']:>9} {f(s['kind_detected']):>8} {f(s['added_ms_median']):>7}")
    rows.append("precision: citerade meningar som är relevanta; täckning: nödvändiga meningar som citeras; "
                "avstår: frågor utan svar i dokumenten som inte fick något svar; +ms: svarets tillägg per fråga "
                "(median)")
    return "\n".join(rows)


__all__ = ["AnswerQuestion", "Outcome", "evaluate_answers", "format_answer_table", "is_answer_file", "judge",
           "load_answer_questions", "summarise"]
