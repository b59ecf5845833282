"""What an agenda item of a protokoll/kallelse says: who presents it and what is decided or proposed.

The wordings are data: `decision_phrases.tsv` (decision and proposal formulas, field labels such as
"Beslut" and "Förslag till beslut") and `field_labels.tsv` (presenter labels and verbs, job titles).
A decision is a whole sentence of the normalised view, so it stays complete across line breaks and
keeps its att-satser ("Regionstyrelsen beslutar\\natt godkänna …, samt\\natt uppdra …").
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from pathlib import Path

from corpus.blocks import CELL_SEP
from graph.extract.context import Ctx
from graph.extract.text import BULLETS

HERE = Path(__file__).resolve().parent
DECISION_TABLE = HERE / "decision_phrases.tsv"
FIELD_TABLE = HERE / "field_labels.tsv"
DECISION_KINDS = ("label-decision", "label-proposal", "decision", "proposal", "past-decision", "exclude", "none")
FIELD_KINDS = ("presenter-label", "presenter-verb", "background-label", "title", "name-preposition", "table-number",
               "table-title", "document-list")

_NAME = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
#: a person's name: first name and one or two surnames
PERSON = rf"{_NAME}(?:[ \t]+{_NAME}){{1,2}}"
#: a party after a name ("Anna Holm (M)", "Per Wik (KD)", "Lisa Ek (Mp)"): group `party`
PARTY = r"\((?P<party>[A-ZÅÄÖ]{1,3}[a-zåäö]?)\)"


def load_table(path: Path, kinds: tuple[str, ...]) -> dict[str, list[re.Pattern[str]]]:
    """kind → compiled regexes of a `kind<TAB>regex<TAB>comment` file ('#' comments)."""
    out: dict[str, list[re.Pattern[str]]] = {k: [] for k in kinds}
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or parts[0] not in out:
            raise ValueError(f"{path}:{n}: expected '{'|'.join(kinds)}<TAB>regex[<TAB>comment]'")
        out[parts[0]].append(re.compile(parts[1], re.IGNORECASE))
    return out


@lru_cache(maxsize=4)
def decision_rules(path: Path = DECISION_TABLE) -> dict[str, list[re.Pattern[str]]]:
    return load_table(path, DECISION_KINDS)


@lru_cache(maxsize=4)
def field_rules(path: Path = FIELD_TABLE) -> dict[str, list[re.Pattern[str]]]:
    return load_table(path, FIELD_KINDS)


def _alt(kind: str, table: dict[str, list[re.Pattern[str]]]) -> str:
    return "(?:" + "|".join(p.pattern for p in table[kind]) + ")"


# ---- presenters -------------------------------------------------------------------------------------
def _is_title(word: str) -> bool:
    """Does the word end in a job title ("ekonomichefen", "regiondirektör")?"""
    return bool(re.search(rf"{_alt('title', field_rules())}$", word, re.IGNORECASE))


def person_names(value: str) -> list[str]:
    """Names in a presenter field: "förvaltningschef Nils Ågren och Anna Berg" → both names, titles off."""
    out = []
    for part in re.split(r"/|,|\boch\b|;", value):
        part = re.sub(rf"\s*{PARTY}", "", part)   # "regionråd Johanna Björk (KD)": the party after the name
        words = [w for w in part.split() if not _is_title(w.lower())]
        m = re.search(rf"{PERSON}$", " ".join(words).strip(" .:"))
        if m:
            out.append(m.group())
    return out


#: a role in apposition between a presenter's name and verb: lower-case words, no sentence or clause end; or
#: a role's abbreviation ("Lena Strid, MAS, informerade"); or the company a consultant comes from ("…, Vattenbyrån
#: AB, presenterade")
_APPOSITION = r"(?:[a-zåäö][a-zåäö -]{2,60}?|[A-ZÅÄÖ]{2,6}|[A-ZÅÄÖ][\wåäö-]{1,40}(?: [A-ZÅÄÖ][\wåäö-]{1,40})? AB)"


def presenters(ctx: Ctx, start: int, end: int) -> list[str]:
    """Presenters of the item in view span [start, end): after a presenter label (same line or the next
    line) and in running prose ("Ekonomidirektör Marcus Holm föredrar ärendet")."""
    s = ctx.nt.s[start:end]
    rules = field_rules()
    label = _alt("presenter-label", rules)
    out: list[str] = []
    # (also a sentence of its own inside a paragraph: "… i nivå med budget. Föredras av regionråd Alm (KD).")
    for m in re.finditer(rf"(?im)(?:^|(?<=[.!?] )){label}\s*:?[ \t]*(?P<v>[^\n]*)(?:\n(?P<next>[^\n]*))?", s):
        value = m["v"].strip()
        names = person_names(value) if value else person_names(m["next"] or "")
        out += [n for n in names if n not in out]
    verb = _alt("presenter-verb", rules)
    # an elected presenter is written with the party between name and verb ("Tomas Ek (S) föredrar ärendet"),
    # an official with the role in apposition ("Lina Berg, handläggare vid X-enheten, informerade om …")
    for m in re.finditer(rf"(?:^|(?<=[\s(]))(?P<p>{PERSON})(?:\s+{PARTY})?(?:,\s+{_APPOSITION},)?\s+{verb}\b", s):
        found = [m["p"]]
        # the subject may name several ("HR-strateg Sofia Lindén och förvaltningschef Anders Vik informerar")
        pos = m.start()
        while pm := _CO_SUBJECT.search(s, 0, pos):
            found.insert(0, pm["q"])
            pos = pm.start()
        for person in found:
            words = person.split()
            if _is_title(words[0].lower()):
                words = words[1:]
            name = " ".join(words)
            if len(words) >= 2 and name not in out:
                out.append(name)
    return out


#: a name before "och"/"," and an optional job title, right before the next name of a presenter sentence
_CO_SUBJECT = re.compile(rf"(?:^|(?<=[\s(]))(?P<q>{PERSON})(?:\s+{PARTY})?\s*(?:,|\boch)\s+(?:[a-zåäö-]+\s+)?$")


# ---- decisions ----------------------------------------------------------------------------------------
#: arrows that mark a field in minutes written as notes ("→ Beslut: …")
_ARROWS = "→⇒►▶➔"
_ARROW = rf"(?:[{_ARROWS}][ \t]*)"


def _label_at(text: str) -> tuple[str, int] | None:
    """("decision"|"proposal", length of the label incl. colon) when `text` starts with a field label
    that stands alone on its line, ends in a colon or stands in a margin column of its own ("Beslut | …":
    a protokoll set with its paragraph labels in a left column, the text in the right one)."""
    rules = decision_rules()
    cell = re.escape(CELL_SEP.strip())
    for kind in ("label-proposal", "label-decision"):
        m = re.match(rf"{_ARROW}?{_alt(kind, rules)}[ \t]*(?::[ \t]*|{cell}[ \t]*|\n|$)", text, re.IGNORECASE)
        if m:
            return ("proposal" if kind == "label-proposal" else "decision"), m.end()
    return None


def _at_labels(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """A sentence cut where a line starts with a decision or proposal label: "Föredragande: Anna Berg" has
    no full stop, so the "Förslag till beslut: …" on its next line would otherwise be part of it."""
    cuts = [a] + [i + 1 for i in range(a, b) if s[i] == "\n" and _label_at(s[i + 1:b])]
    # an arrow marks a field also inside a line ("… med överskott. → Beslut: …", a wrapped e-mail)
    cuts += [i for i in range(a + 1, b) if s[i] in _ARROWS and s[i - 1] != "\n" and _label_at(s[i:b])]
    cuts = [*sorted(set(cuts)), b]
    return [(x, y) for x, y in itertools.pairwise(cuts) if y > x]


_POINT = re.compile(r"[ \t]*(?P<n>\d{1,2})[.)][ \t]+\S")


def _points_end(s: str, a: int, b: int, end: int) -> int:
    """The end of the numbered points a decision sentence [a, b) runs on into: "… föreslår regionfullmäktige
    besluta\n1. …\n2. …", or a label followed by "1. …" (a = the point). The sentence splitter ends a
    sentence at "1.", but the points are parts of the one decision, as att-satser are. Point 1 must start a
    line inside the sentence, after an unfinished formula (no full stop before it); points number on
    1, 2, …, and a line in lower case continues the point above it. `b` when no points follow."""
    starts = [x for x in range(a, min(b + 1, end)) if (x == 0 or s[x - 1] == "\n")]
    # point 1, or the next point after a formula ending in a colon: a box of two formulas numbers its points
    # on ("… föreslår regionstyrelsen besluta följande: 1. …" / "… beslutar för egen del följande: 2. …")
    p = next((x for x in starts if (m := _POINT.match(s, x))
              and (m["n"] == "1" or s[a:x].rstrip().endswith(":"))), None)
    if p is None or s[a:p].rstrip().endswith((".", "!", "?")):
        return b
    m = _POINT.match(s, p)
    last, k, pos = b, int(m["n"]) if m else 1, p
    while pos < end:
        line_end = s.find("\n", pos, end)
        line_end = end if line_end < 0 else line_end
        m = _POINT.match(s, pos)
        if m and int(m["n"]) == k:
            k += 1
        elif m or not s[pos:line_end].strip()[:1].islower():
            break
        if nxt := _NEXT_FORMULA.search(s, pos, line_end):
            return max(b, nxt.start())   # the point ends where the next formula starts on its line
        last, pos = line_end, line_end + 1
    return max(b, last)


#: a formula over points of its own, run on after a point's full stop ("… 2026. Nämnden beslutar för egen
#: del följande:")
_NEXT_FORMULA = re.compile(r"(?<=[.!?])[ \t]+(?=[A-ZÅÄÖ][^.\n]{0,120}\b(?:beslutar|föreslår)\b[^.\n]*:[ \t]*$)",
                           re.MULTILINE)


def label_alone(text: str) -> bool:
    """Is `text` a decision or proposal label and nothing else ("Förslag till beslut", "Beslut:")?"""
    t = text.strip()
    lab = _label_at(t)
    return lab is not None and not t[lab[1]:].strip(" \n.:")


@lru_cache(maxsize=8)
def _labels_decisions(s: str) -> bool:
    """Does the text mark its decisions with a field label ("Beslut:", "Beslut" alone on its line)? A proposal's
    label ("Förvaltningens förslag:") marks none: the decision may follow it in prose ("Nämnden beslutar i
    enlighet med förvaltningens förslag.")."""
    return any((lab := _label_at(s[i:i + 200])) is not None and lab[0] == "decision"
               for i in (0, *(k + 1 for k, c in enumerate(s) if c == "\n")))


def labels_decisions(ctx: Ctx, start: int, end: int) -> bool:
    """Does the item [start, end) mark its decision with a field label ("Beslut:", "Beslut" on its line)?"""
    return _labels_decisions(ctx.nt.s[start:end])


_TASK = re.compile(rf"^{PERSON}\s+[a-zåäö]")


def _no_decision(text: str, rules: dict[str, list[re.Pattern[str]]], formulas: list[re.Pattern[str]]) -> bool:
    """Does the text under a decision label record none: "Inget beslut.", or a task given to a person ("Karolina
    Eng skickar ut lägesrapporten", under "Beslut/åtgärd:") without a decision formula?"""
    if any(p.search(text) for p in rules["none"]):
        return True
    return bool(_TASK.match(text)) and not any(f.search(text) for f in formulas)


def decisions(ctx: Ctx, start: int, end: int, taken: list[tuple[int, int]],
              prose: bool | None = None, labelled_only: bool = False) -> list[tuple[int, int, bool]]:
    """(view start, view end, proposed) of the decisions and proposals in [start, end) that overlap no
    span in `taken` (found by other rules). `prose`: whether past-tense formulas record decisions here
    (default: when the whole text labels none); `labelled_only`: only what stands under a label counts."""
    s = ctx.nt.s
    rules = decision_rules()
    # a past-tense formula ("… lades till handlingarna", "Gruppen beslutade att …") is a decision only in
    # minutes that record their decisions in prose; where decisions stand under a label, such a sentence in
    # an item without one is the minutes' account of the meeting (the caller decides per item: agenda.py)
    if prose is None:
        prose = not _labels_decisions(s)
    formulas = rules["decision"] + (rules["past-decision"] if prose else [])
    sents = [piece for a, b in ctx.nt.sentences(start, end) for piece in _at_labels(s, a, b)]
    out: list[tuple[int, int, bool]] = []
    pending: str | None = None   # a label alone as its own sentence governs the next one
    i = 0
    while i < len(sents):
        a, b = sents[i]
        i += 1
        while a < b and s[a].isspace():
            a += 1
        kind = pending
        pending = None
        lab = _label_at(s[a:b])
        if lab:
            kind, skip = lab
            if not s[a + skip:b].strip(" \n.:"):
                pending = kind
                continue
            a += skip
        if kind == "decision" and _no_decision(s[a:b].strip(), rules, formulas):
            continue
        if kind is None:
            text = s[a:b]
            # an item whose decision stands under a label: the sentences around it are its background
            # ("Kommunstyrelsen ska utse en ledamot att justera …", "X yrkar att förslaget avslås")
            if labelled_only:
                continue
            if any(p.search(text) for p in rules["exclude"]):
                continue
            if any(p.search(text) for p in rules["proposal"]):
                kind = "proposal"
            elif any(p.search(text) for p in formulas):
                kind = "decision"
            else:
                continue
        # att-satser written as sentences of their own belong to the decision they follow
        while i < len(sents) and re.match(rf"\s*(?:[{BULLETS}-]\s*)?att\b", s[sents[i][0]:sents[i][1]]):
            b = sents[i][1]
            i += 1
        b = _points_end(s, a, b, end)   # so do numbered points ("besluta\n1. …\n2. …")
        if _NEXT_FORMULA.match(s, b):
            # the box's second formula ("… beslutar för egen del följande:") is a decision of its own
            pending = "proposal" if any(p.search(s[b:s.find(":", b)]) for p in rules["proposal"]) else "decision"
        while i < len(sents) and sents[i][0] < b:
            i += 1
        while b > a and s[b - 1].isspace():
            b -= 1
        if any(x < b and a < y for x, y in taken):
            continue
        out.append((a, b, kind == "proposal"))
    return out


__all__ = ["PARTY", "PERSON", "decision_rules", "decisions", "field_rules", "label_alone", "labels_decisions",
           "load_table",
           "person_names", "presenters"]
