"""Segmentation: cleaned text → structural passages.

Each structural unit of the document starts a new passage:
- uppdrag: "Nr 8. ...", "Ber nr 1. ...", a numbered item answered by "Svar:"/"Kommentar:" in a report
  ("1. beakta ..."), a bullet ending in "(Nr 12)";
- effektmål blocks: a heading ending in "(effektmål 8)" and its "Aktiviteter ... (effektmål 8)" twin;
- agenda items of kallelser/minnesanteckningar: "4. Rapport från AU", "10 Michael Söderlund ...", "§ 4";
- numbered headings: "1. Inledning", "2.1 ...", "3.1.2 ...".
Weaker cues (an unnumbered short heading line, a paragraph "X får i uppdrag att ...") start a passage
only when the current one already has some body. Long units are split at paragraph, then line, then
sentence boundaries (never mid-sentence) to about `TARGET_CHARS`; small fragments join a neighbour.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from corpus.model import Passage, content_hash
from corpus.report_labels import report_label_pattern
from corpus.sentences import sentence_ends, strip_span

TARGET_CHARS = 1200
MIN_CHARS = 200        # smaller non-structural fragments join a neighbour
WEAK_SPLIT_MIN = 400   # a weak cue starts a passage only after this much body
MAX_AGENDA_GAP = 6000  # a numbered line further than this from the last agenda item is not one

STRONG_KINDS = frozenset({"uppdrag", "effektmal", "agenda"})

_UPPDRAG = re.compile(r"^(?P<ber>ber\.?\s+)?nr\.?\s*(?P<n>\d+)\s*[.:)]?(?:\s|$)", re.I)
_UPPDRAG_BULLET = re.compile(r"^[•\-–]\s.*\((?P<ber>ber\.?\s+)?nr\.?\s*(?P<n>\d+)\.?\)", re.I)
_EFFEKTMAL = re.compile(r"\(effektmål\s+(?P<n>\d+)\)\.?\s*$|^effektmål\s+(?P<m>\d+)\b", re.I)
_NUMBERED = re.compile(r"^(?P<n>\d{1,2})(?:\.(?!\d)\s*|\s+)(?P<rest>\S.*)$")  # "4. ..." / "10 ...", not "2.1"
_PARAGRAPH_SIGN = re.compile(r"^§\s*(?P<n>\d+)\b")
_NUMBERED_HEADING = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?P<title>[A-ZÅÄÖ].*)$")
_ANSWER_LABEL = re.compile(rf"^{report_label_pattern()}\s*:")  # corpus/report_labels.txt
_ASSIGNMENT_SENTENCE = re.compile(r"^[A-ZÅÄÖ].{0,120}\bfår i uppdrag att\b")
_LIST_LINE = re.compile(r"^(?:[•*\-–−]\s|\(?[a-zåäö]\)\s|\d{1,2}[.)]\s)")
_OPEN_END = frozenset([
        "och", "eller", "samt", "av", "för", "med", "till", "på", "i", "om", "att", "som", "den",
        "det", "en", "ett", "vid", "från",
    ])


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    kind: str
    heading: str
    strong: bool  # a structural unit: never absorbed into a neighbour


def segment(text: str, doc_id: str, *, agenda: bool = False, target: int = TARGET_CHARS) -> list[Passage]:
    """Passages of `text` (a cleaned Document.text). `agenda=True` for meeting documents (kallelse,
    minnesanteckningar, protokoll): their numbered top-level lines are agenda items."""
    units = _merge_small(_units(text, find_boundaries(text, agenda=agenda), len(text)), text)
    pieces: list[_Unit] = []
    context = ""
    for u in units:
        heading = u.heading or context
        context = heading
        # Structural units keep their kind; others are "list" or "section" by their body.
        kind = u.kind if u.strong else _body_kind(text[u.start : u.end])
        for s, e in split_span(text, u.start, u.end, target):
            pieces.append(_Unit(s, e, kind, heading, u.strong))
    return _passages(text, doc_id, pieces)


def find_boundaries(text: str, *, agenda: bool = False) -> list[_Unit]:
    """Every line that starts a structural unit, as a zero-length _Unit at the line start."""
    lines = _lines(text)
    out: list[_Unit] = []
    expected, nested, last_agenda, nested_titled = 1, 0, -1, False
    prev_blank = True
    for k, (pos, line) in enumerate(lines):
        if not line.strip():
            prev_blank = True
            continue
        b: _Unit | None = None
        if (m := _UPPDRAG.match(line)) or (m := _UPPDRAG_BULLET.match(line)):
            b = _Unit(pos, pos, "uppdrag", _nr_heading(m), True)
        elif (m := _EFFEKTMAL.search(line)) and len(line) <= 300:
            n = m.group("n") or m.group("m")
            label = f"Effektmål {n}, aktiviteter" if line.lower().startswith("aktivitet") else f"Effektmål {n}"
            b = _Unit(pos, pos, "effektmal", label, True)
        elif (m := _NUMBERED.match(line)) and _answered(lines, k):
            b = _Unit(pos, pos, "uppdrag", f"Nr {int(m.group('n'))}.", True)
        elif agenda and (m := _PARAGRAPH_SIGN.match(line)):
            b = _Unit(pos, pos, "agenda", f"§ {int(m.group('n'))}", True)
        elif agenda and (m := _NUMBERED.match(line)) and (last_agenda < 0 or pos - last_agenda <= MAX_AGENDA_GAP):
            n = int(m.group("n"))
            dotted = line[len(m.group("n"))] == "."
            titled = _heading_like(m.group("rest"), 100)
            # A numbered list inside an agenda item ("6. Information" → 1., 2., ...) continues unless
            # the line is the next agenda number and looks like a title where the list items do not.
            if nested and n == nested + 1 and not (n == expected and titled and not nested_titled):
                nested = n
            elif n == expected and (dotted or m.group("rest")[:1].isupper()):
                b = _Unit(pos, pos, "agenda", f"Punkt {n}", True)
                expected, nested, last_agenda = n + 1, 0, pos
            elif n == 1 and last_agenda >= 0:
                nested, nested_titled = 1, titled
        if b is None and (m := _NUMBERED_HEADING.match(line)) and _heading_like(m.group("title"), 100) \
                and not (agenda and last_agenda >= 0 and pos - last_agenda <= MAX_AGENDA_GAP):
            b = _Unit(pos, pos, "heading", line.strip(), True)
        if b is None and prev_blank and _heading_like(line, 80) and not _LIST_LINE.match(line) \
                and len(line.split()) <= 8 and _next_nonblank(lines, k):
            b = _Unit(pos, pos, "heading", line.strip(), False)
        if b is None and prev_blank and _ASSIGNMENT_SENTENCE.match(line) and not line.rstrip().endswith(":"):
            b = _Unit(pos, pos, "uppdrag", "", False)
        if b is not None:
            out.append(b)
        prev_blank = False
    return out


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _nr_heading(m: re.Match[str]) -> str:
    return f"Ber nr {int(m.group('n'))}." if m.group("ber") else f"Nr {int(m.group('n'))}."


def _answered(lines: list[tuple[int, str]], k: int) -> bool:
    """A numbered item followed (within 3 lines) by "Svar:"/"Kommentar:" is a reported uppdrag."""
    following = [ln for _, ln in lines[k + 1 : k + 8] if ln.strip()][:3]
    for ln in following:
        if _ANSWER_LABEL.match(ln):
            return True
        if _NUMBERED.match(ln) or _UPPDRAG.match(ln):
            return False
    return False


def _heading_like(line: str, max_len: int) -> bool:
    s = line.strip()
    last = s.rsplit(" ", 1)[-1].lower()
    return (len(s) <= max_len and s[:1].isupper() and s[-1] not in ".,;:!?–-" and len(s.split()) <= 12
            and last not in _OPEN_END)


def _next_nonblank(lines: list[tuple[int, str]], k: int) -> bool:
    return any(ln.strip() for _, ln in lines[k + 1 : k + 4])


def _units(text: str, bounds: list[_Unit], end: int) -> list[_Unit]:
    """Cut the text at strong boundaries, and at weak ones once the current unit has some body."""
    units: list[_Unit] = []
    cur = _Unit(0, 0, "section", "", False)
    for b in bounds:
        if b.start <= cur.start:
            cur = b if b.strong or not cur.strong else cur
            continue
        if not b.strong and len(text[cur.start : b.start].strip()) < WEAK_SPLIT_MIN:
            continue
        units.append(replace(cur, end=b.start))
        cur = b
    units.append(replace(cur, end=end))
    return [u for u in units if text[u.start : u.end].strip()]


def _merge_small(units: list[_Unit], text: str) -> list[_Unit]:
    """Small non-structural fragments: a heading joins the unit it introduces (when that is not
    structural), anything else the previous unit."""
    size = [len(text[u.start : u.end].strip()) for u in units]
    out: list[_Unit] = []
    carry: _Unit | None = None
    for i, (u, n) in enumerate(zip(units, size, strict=True)):
        if carry is not None:
            u = replace(u, start=carry.start, kind=carry.kind, heading=carry.heading)
            n += carry.end - carry.start
            carry = None
        if (not u.strong or u.kind == "heading") and n < MIN_CHARS:
            nxt = units[i + 1] if i + 1 < len(units) else None
            # "2. Återrapportering" directly followed by "2.1 ..." is one unit, titled by the first.
            if u.heading and nxt is not None and (not nxt.strong or u.kind == nxt.kind == "heading"):
                carry = u
                continue
            if out and not u.strong and (out[-1].end - out[-1].start) + n <= TARGET_CHARS:
                out[-1] = replace(out[-1], end=u.end)
                continue
        out.append(u)
    if carry is not None:
        out.append(carry)
    return out


def _body_kind(body: str) -> str:
    lines = [ln for ln in body.split("\n") if ln.strip()]
    items = sum(1 for ln in lines if _LIST_LINE.match(ln))
    return "list" if len(lines) >= 3 and items >= 0.6 * len(lines) else "section"


def split_span(text: str, start: int, end: int, target: int = TARGET_CHARS) -> list[tuple[int, int]]:
    """Trimmed pieces of text[start:end], each about ≤ target, cut at paragraph > line > sentence."""
    start, end = strip_span(text, start, end)
    pieces: list[tuple[int, int]] = []
    while end - start > target + MIN_CHARS // 2:
        cut = _best_cut(text, start, end, target)
        if cut is None:
            break
        s, e = strip_span(text, start, cut)
        if s < e:
            pieces.append((s, e))
        start, end = strip_span(text, cut, end)
    if start < end:
        pieces.append((start, end))
    return pieces


def _best_cut(text: str, start: int, end: int, target: int) -> int | None:
    lo, hi = start + MIN_CHARS, min(start + target, end - MIN_CHARS)
    body = text[start:end]
    for pattern in (r"\n\s*\n", r"\n"):
        cuts = [start + m.end() for m in re.finditer(pattern, body) if lo <= start + m.end() <= hi]
        if cuts:
            return cuts[-1]
    sentences = _sentence_starts(text, start, end)
    cuts = [c for c in sentences if lo <= c <= hi]
    if cuts:
        return cuts[-1]
    # No boundary inside the window: take the first sentence end after it (an oversized piece).
    later = [c for c in sentences if c > hi]
    return later[0] if later else None


def _sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Where each sentence of text[start:end] but the first begins (the whitespace after a sentence end skipped)."""
    out: list[int] = []
    for stop in sentence_ends(text, start, end, paragraphs=False):
        while stop < end and text[stop].isspace():
            stop += 1
        if stop < end:
            out.append(stop)
    return out


def _passages(text: str, doc_id: str, pieces: list[_Unit]) -> list[Passage]:
    seen: dict[str, int] = {}
    out: list[Passage] = []
    for p in pieces:
        body = text[p.start : p.end]
        h = content_hash(body)
        seen[h] = seen.get(h, 0) + 1
        pid = f"{doc_id}.{h[:12]}" + (f"-{seen[h]}" if seen[h] > 1 else "")
        out.append(Passage(id=pid, doc_id=doc_id, ordinal=len(out), start=p.start, end=p.end, text=body,
                           heading=p.heading, kind=p.kind, content_hash=h))
    return out
