"""Retrieval evaluation: MRR@10, hit@1, hit@5, nDCG@10 per mode over a JSONL question file.

Each line: {"q": question, "expect": regex a relevant passage's text matches, "doc": optional
"|"-separated prefixes of the source document (matched against the document id and its `source`
file name, e.g. "000" → 000_80b5670a5c15d0ea.txt)}.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.errors import StyrgrafError
from search.engine import MODES, SearchEngine


@dataclass
class Question:
    q: str
    expect: str
    doc: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def question_lines(path: Path | str) -> Iterator[tuple[int, str]]:
    """(line number, line) of a JSONL question file, skipping blank lines and `#` comments."""
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield n, line


def load_questions(path: Path | str) -> list[Question]:
    out = []
    for n, line in question_lines(path):
        try:
            d = json.loads(line)
            out.append(Question(d["q"], d["expect"], d.get("doc"), {k: v for k, v in d.items()
                                                                    if k not in ("q", "expect", "doc")}))
            re.compile(d["expect"])
        except (ValueError, KeyError, re.error) as e:
            raise StyrgrafError(f"{path}:{n}: not a question line ({e})") from e
    return out


def doc_matches(spec: str | None, doc: dict[str, Any]) -> bool:
    if not spec:
        return True
    source = Path(doc.get("source") or "").name
    return any(source.startswith(p) or doc["id"].startswith(p) for p in spec.split("|") if p)


def relevant_rows(engine: SearchEngine, question: Question) -> set[int]:
    rx = re.compile(question.expect)
    idx = engine.index
    return {i for i, p in enumerate(idx.passages)
            if rx.search(p.text) and doc_matches(question.doc, idx.documents[p.doc_id])}


@dataclass
class ModeScores:
    mrr10: float = 0.0
    hit1: float = 0.0
    hit5: float = 0.0
    ndcg10: float = 0.0
    misses: list[str] = field(default_factory=list)   # questions with no relevant passage in the top 5
    ranks: list[int | None] = field(default_factory=list)
    ndcgs: list[float] = field(default_factory=list)  # per question, for per-stratum tables

    def subset(self, idx: list[int]) -> ModeScores:
        """The same scores over the questions `idx` only (a stratum, a split)."""
        ranks = [self.ranks[i] for i in idx]
        n = max(len(idx), 1)
        return ModeScores(mrr10=sum(1 / r for r in ranks if r is not None and r <= 10) / n,
                          hit1=sum(1 for r in ranks if r == 1) / n,
                          hit5=sum(1 for r in ranks if r is not None and r <= 5) / n,
                          ndcg10=sum(self.ndcgs[i] for i in idx) / n, ranks=ranks,
                          ndcgs=[self.ndcgs[i] for i in idx])


def evaluate(engine: SearchEngine, questions: list[Question], modes: tuple[str, ...] = MODES,
             k: int = 10, group_duplicates: bool = True) -> dict[str, ModeScores]:
    """Scores per mode. With `group_duplicates`, near-identical passages of a document (the index's
    duplicate groups) are one answer: the ideal ranking counts each relevant group once and a
    result repeating an already-credited group earns nothing, whether or not the engine dedupes."""
    res: dict[str, ModeScores] = {}
    group = engine.index.group_of if group_duplicates else None
    rel = [relevant_rows(engine, q) for q in questions]
    if group is not None:
        rel = [{int(group[x]) for x in r} for r in rel]
    for mode in modes:
        ms = ModeScores()
        for q, r in zip(questions, rel, strict=True):
            rows = [engine.index.row_of[h.passage_id] for h in engine.search(q.q, k=k, mode=mode, answer=False).results]
            if group is not None:
                credited: set[int] = set()
                flags = []
                for row in rows:
                    g = int(group[row])
                    flags.append(g in r and g not in credited)
                    credited.add(g)
            else:
                flags = [row in r for row in rows]
            first = next((i for i, f in enumerate(flags) if f), None)
            ms.ranks.append(None if first is None else first + 1)
            ms.mrr10 += 0 if first is None else 1 / (first + 1)
            ms.hit1 += 1 if first == 0 else 0
            ms.hit5 += 1 if first is not None and first < 5 else 0
            dcg = sum(1 / math.log2(i + 2) for i, f in enumerate(flags[:k]) if f)
            idcg = sum(1 / math.log2(i + 2) for i in range(min(len(r), k)))
            ms.ndcg10 += dcg / idcg if idcg else 0.0
            ms.ndcgs.append(dcg / idcg if idcg else 0.0)
            if first is None or first >= 5:
                ms.misses.append(q.q)
        n = max(len(questions), 1)
        ms.mrr10, ms.hit1, ms.hit5, ms.ndcg10 = ms.mrr10 / n, ms.hit1 / n, ms.hit5 / n, ms.ndcg10 / n
        res[mode] = ms
    return res


def unanswerable(engine: SearchEngine, questions: list[Question]) -> list[str]:
    """Questions whose `expect`/`doc` match no passage at all (a broken line, not a ranking miss)."""
    return [q.q for q in questions if not relevant_rows(engine, q)]


def groups(questions: list[Question], key: str) -> dict[str, list[int]]:
    """Question indices by the value of an extra field ("stratum", "split"); {} when no line has it."""
    out: dict[str, list[int]] = {}
    for i, q in enumerate(questions):
        v = q.extra.get(key)
        if v is not None:
            out.setdefault(str(v), []).append(i)
    return dict(sorted(out.items()))


def format_strata(results: dict[str, ModeScores], strata: dict[str, list[int]]) -> str:
    """One line per stratum and mode: MRR@10, hit@1, hit@5, nDCG@10 (the issue's per-stratum report)."""
    lines = [f"{'stratum':<11} {'mode':<7} {'n':>3} {'MRR@10':>7} {'hit@1':>6} {'hit@5':>6} {'nDCG@10':>8}"]
    for name, idx in strata.items():
        for mode, s in results.items():
            t = s.subset(idx)
            lines.append(f"{name:<11} {mode:<7} {len(idx):>3} {t.mrr10:>7.3f} {t.hit1:>6.3f} {t.hit5:>6.3f} "
                         f"{t.ndcg10:>8.3f}")
    return "\n".join(lines)


def format_table(results: dict[str, ModeScores], n: int) -> str:
    lines = [f"{'mode':<8} {'MRR@10':>7} {'hit@1':>6} {'hit@5':>6} {'nDCG@10':>8}   (n={n})"]
    for mode, s in results.items():
        lines.append(f"{mode:<8} {s.mrr10:>7.3f} {s.hit1:>6.3f} {s.hit5:>6.3f} {s.ndcg10:>8.3f}")
    return "\n".join(lines)
