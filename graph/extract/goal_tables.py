"""Goals laid out as a grid: a table whose header starts with the goal column and names an indicator column
("Mål | Indikator | Utfall 2024 | Målvärde 2026"), each goal's cell spanning the rows of its indicators, so
the rows under a goal leave the goal cell empty:

    Mål | Indikator | Utfall 2024 | Målvärde 2026
    1. Invånare får rätt hjälpmedel i rätt tid | Andel förskrivningar … | 88 % | minst 90 %
    | Genomsnittligt antal dagar … | 9,4 | högst 8

A row with a goal cell starts a goal (its number from the cell, "1." or "Mål 1:", else the goal's place in
the table); every row's indicator cell is an indicator of the goal above it. A plan that puts each goal on
ONE row lists its indicators in that cell, each after a bullet ("• Andel … – målvärde 30 % • Antal …", a
cell's lines joined), and may give the activities a column of their own ("Aktiviteter 2026": "– Bilda …
– Erbjuda …"): a cell that starts with a bullet holds one item per bullet; an activity cell without bullets holds one
activity per sentence (the PDF and HTML readers end each paragraph of a cell with a full stop), none when it
says "Inga nya aktiviteter …". A band row across the table ("Perspektiv: Medborgare") names the perspective
of the goals under it, and so does a first column headed by a perspective word ("Målområde | Nämndmål |
Indikator | …", its cell merged down over the area's goals). The column and band words are the
`goal`, `indicator-label`, `activity-label` and `perspective-label` words of heading_words.tsv.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from graph.extract.context import Ctx
from graph.extract.headings import heading_words
from graph.extract.structure import vp_perspective
from graph.extract.text import LIST_MARKS, NText, cell_spans, clean

_WORDS = heading_words()
_GOAL = "(?:" + "|".join(_WORDS["goal"]) + ")"
_INDICATOR = re.compile(r"(?i:" + "|".join(_WORDS["indicator-label"]) + r")\b")
_ACTIVITY = re.compile(r"(?i:" + "|".join(_WORDS["activity-label"]) + r")\b")
#: a band row across the table: "Perspektiv: Medborgare" (one cell)
_BAND = re.compile(r"^(?i:" + "|".join(_WORDS["perspective-label"]) + r")\s*:\s*(?P<p>[^|\n]*?\S)\s*$")
#: the header row: the goal word alone in the first cell, then more cells
_HEAD = re.compile(rf"(?mi)^{_GOAL}(?:\s+och\s+\w+)?\s*\|[^\n]*$")
#: a cell or row saying there is nothing: "Inga nya aktiviteter planeras 2026"
_NONE = re.compile(r"^(?:inga|ingen|inget)\b", re.IGNORECASE)
_PERSPECTIVE_COLUMN = re.compile(r"^(?i:" + "|".join(_WORDS["perspective-label"]) + r")$")
_GOAL_COLUMN = re.compile(rf"^{_GOAL}$", re.IGNORECASE)
#: a goal cell's own number: "1. Title", "1 Title", "Mål 1: Title"
_NUMBERED = re.compile(rf"^(?:{_GOAL}\s+)?(?P<n>\d{{1,2}})\s*[.:)–-]?\s+(?P<t>\S.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class GridGoal:
    number: str
    title: str
    span: tuple[int, int]                  # the goal cell
    indicators: tuple[tuple[int, int], ...]  # the indicator cells (or the items of one)
    activities: tuple[tuple[int, int], ...] = ()
    perspective: str | None = None


def cell_items(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """The items of the cell s[a:b]: one per bullet when it starts with one (the same mark again after a
    space and before a capital starts the next item, so "– målvärde 30 %" inside a "•" item stays in it);
    else the cell is one item."""
    if a >= b or s[a] not in LIST_MARKS or not s[a + 1:a + 2].isspace():
        return [(a, b)] if a < b else []
    mark = s[a]
    cuts = [m.start() for m in re.finditer(rf"(?<=\s){re.escape(mark)}\s+(?=[A-ZÅÄÖ0-9])", s[a:b])]
    out = []
    for x, y in zip([0, *cuts], [*cuts, b - a], strict=True):
        text = s[a + x:a + y]
        lead = len(text) - len(text.lstrip(mark + " "))
        if text.strip(mark + " "):
            out.append((a + x + lead, a + x + len(text.rstrip())))
    return out


def activity_items(nt: NText, a: int, b: int) -> list[tuple[int, int]]:
    """The activities of an activity cell s[a:b]: one per bullet, else one per sentence; none when the cell
    says there are none."""
    if _NONE.match(nt.s[a:b]):
        return []
    items = cell_items(nt.s, a, b)
    if len(items) != 1 or nt.s[a] in LIST_MARKS:
        return items
    # a sentence's full stop is no part of the activity's name
    return [(x, y - 1 if nt.s[y - 1] == "." else y) for x, y in nt.sentences(a, b) if y > x + 1]


def grid_goals(ctx: Ctx) -> Iterator[GridGoal]:
    s = ctx.nt.s
    for head in _HEAD.finditer(s):
        names = [c.strip() for c in head.group().split("|")]
        # "Målområde | Nämndmål | …": the areas' column before the goals'
        pcol = 0 if len(names) > 1 and _PERSPECTIVE_COLUMN.match(names[0]) and _GOAL_COLUMN.match(names[1]) \
            else None
        gcol = 0 if pcol is None else 1
        col = next((k for k, c in enumerate(names) if k > gcol and _INDICATOR.match(c)), None)
        if col is None:
            continue
        acol = next((k for k, c in enumerate(names) if k > gcol and k != col and _ACTIVITY.match(c)), None)
        pos, ordinal = head.end() + 1, 0
        number, title, span, persp, goal_persp = "", "", (0, 0), None, None
        inds: list[tuple[int, int]] = []
        acts: list[tuple[int, int]] = []
        while pos < len(s):
            end = s.find("\n", pos)
            end = len(s) if end < 0 else end
            line = s[pos:end]
            if "|" not in line:
                band = _BAND.match(line)
                if band is None:
                    break
                persp = vp_perspective(band["p"]) or clean(band["p"])
                pos = end + 1
                continue
            cells = cell_spans(line, pos)
            if pcol is not None and (area := clean(s[slice(*cells[pcol])])):
                persp = vp_perspective(area) or area
            first = s[slice(*cells[gcol])] if gcol < len(cells) else ""
            if first:
                if title:
                    yield GridGoal(number, title, span, tuple(inds), tuple(acts), goal_persp)
                ordinal += 1
                m = _NUMBERED.match(first)
                number, title = (m["n"], m["t"]) if m else (str(ordinal), first)
                title = title.rstrip(". ")
                span, inds, acts, goal_persp = cells[gcol], [], [], persp
            if title and col < len(cells):
                inds.extend(cell_items(s, *cells[col]))
            if title and acol is not None and acol < len(cells):
                acts.extend(activity_items(ctx.nt, *cells[acol]))
            pos = end + 1
        if title:
            yield GridGoal(number, title, span, tuple(inds), tuple(acts), goal_persp)


#: a goal's group header row inside an indicator table: "Mål 2: Title" (a row of one cell, or with a short
#: assessment beside it: "Nämndmål 1 – Title | | ● Gul")
_GROUP = re.compile(rf"^{_GOAL}\s+(?P<n>\d{{1,2}})\s*[:.–-]?\s+(?P<t>[A-ZÅÄÖ].*)$", re.IGNORECASE)
#: an indicator table's header: "Indikator | Utfall 2025 | …", or "Mål och indikatorer | Utfall | …"
_INDICATOR_HEAD = re.compile(rf"(?mi)^(?:{_GOAL}\s+och\s+)?{_INDICATOR.pattern}[^|\n]*\|[^\n]*$")
#: the lines of a header set on several lines (years under "Utfall"), skipped before the first group row
HEAD_LINES = 4
#: a cell beside a group's title of at most this many words is its assessment, not an indicator's value
ASSESSMENT_WORDS = 3
#: a cell of a header's later lines: a year, a period ("jan–aug", "aug 2025")
_HEAD_CELL = re.compile(r"^(?:(?:19|20)\d\d|[a-zåäö.–-]{2,12}(?:\s+(?:19|20)\d\d)?)$")
#: a table broken across pages says so: "(forts.)", "(fortsättning)"
_CONTINUED = re.compile(r"^\(?forts(?:\.|ättning|att)?\)?:?$", re.IGNORECASE)


def _group_row(line: str, pos: int) -> tuple[re.Match[str], int] | None:
    """The group header match of a line and the view offset of its text, if the line is a goal's group row."""
    cells = [(a, b) for a, b in cell_spans(line, pos) if b > a] if "|" in line else [(pos, pos + len(line))]
    if not cells:
        return None
    first = line[cells[0][0] - pos:cells[0][1] - pos]
    g = _GROUP.match(first)
    if g is None or any(len(line[a - pos:b - pos].split()) > ASSESSMENT_WORDS for a, b in cells[1:]):
        return None
    return g, cells[0][0]


def grouped_goals(ctx: Ctx) -> Iterator[GridGoal]:
    """Goals as group header rows of one indicator table ("Indikator | Utfall 2025 | …", then "Mål 2: Title"
    on a row of its own, then that goal's indicator rows): each group header starts a goal, the first filled
    cell of each row under it is an indicator (a row of one cell under an indicator row is its name wrapped).
    A table broken across pages repeats its header and the goal's row ("(forts.)"): one goal, its indicators
    in order."""
    s = ctx.nt.s
    goals: dict[str, GridGoal] = {}
    inds: dict[str, list[tuple[int, int]]] = {}
    read_to = 0   # a header repeated after a page break was read with the table it continues
    for head in _INDICATOR_HEAD.finditer(s):
        if head.start() < read_to:
            continue
        pos, skipped, number, prev_row = head.end() + 1, 0, "", False
        while pos < len(s):
            end = s.find("\n", pos)
            end = len(s) if end < 0 else end
            line = s[pos:end]
            filled = [(a, b) for a, b in cell_spans(line, pos) if b > a] if "|" in line else []
            if number and _INDICATOR_HEAD.fullmatch(line):
                pos, skipped, prev_row = end + 1, 0, False   # the header again, over the table's next part
                continue
            if group := _group_row(line, pos):
                g, at = group
                number = g["n"]
                title = g["t"].split("|")[0].strip().rstrip(".")
                if number not in goals:
                    goals[number] = GridGoal(number, title, (at + g.start("t"), at + g.start("t") + len(title)), ())
                    inds[number] = []
                prev_row = False
            elif not number:
                # the header's other lines ("2024 | jan–aug | 2025", "2025"), before the first group
                skipped += 1
                if skipped > HEAD_LINES or not all(_HEAD_CELL.match(c.strip()) for c in line.split("|") if c.strip()):
                    break
            elif not line.strip() or _CONTINUED.match(line.strip()):
                pass           # a page break inside the table
            elif filled and (len(filled) > 1 or not prev_row):
                inds[number].append(filled[0])
                prev_row = True
            elif not filled:
                break
            pos = end + 1
        read_to = pos
    for number, goal in goals.items():
        yield GridGoal(goal.number, goal.title, goal.span, tuple(inds[number]))


#: a key/value row of a goal's own small table: "Nr | 1", "Mål | Title", "Indikator | …", "Aktivitet | …"
_KV_ROW = re.compile(r"^(?P<k>[^|\n]{1,30}?)\s*\|\s*(?P<v>\S[^|\n]*?)\s*$")
_KV_NUMBER = re.compile(r"^(?:nr|nummer|mål\s*nr)\.?$", re.IGNORECASE)
_KV_GOAL = re.compile(rf"^{_GOAL}$", re.IGNORECASE)


def kv_goals(ctx: Ctx) -> Iterator[GridGoal]:
    """Goals as key/value tables, one small table per goal (a Word table of label cells: "Nr | 1", "Mål |
    Title", then "Indikator | …", "Målvärde 2026 | …", "Aktivitet | …" rows): a goal starts at its number row
    followed by its goal row; its indicator and activity rows are its lists; a "Målområde: X" line above names
    its perspective (the band words of the grid tables, `_BAND`)."""
    persp: str | None = None
    goal: GridGoal | None = None
    inds: list[tuple[int, int]] = []
    acts: list[tuple[int, int]] = []
    number = ""
    for a, _b, line in ctx.nt.lines():
        kv = _KV_ROW.match(line)
        starts = kv is not None and _KV_NUMBER.match(kv["k"].strip()) is not None and kv["v"].isdigit()
        if goal is not None and (kv is None or starts):
            yield replace(goal, indicators=tuple(inds), activities=tuple(acts))
            goal, number = None, ""
        if kv is None:
            if pm := _BAND.match(line.strip()):
                persp = vp_perspective(pm["p"]) or clean(pm["p"])
            continue
        key, span = kv["k"].strip(), (a + kv.start("v"), a + kv.end("v"))
        if starts:
            number = kv["v"]
        elif number and goal is None and _KV_GOAL.match(key):
            goal, inds, acts = GridGoal(number, kv["v"].rstrip("."), span, (), (), persp), [], []
        elif goal is not None and _INDICATOR.match(key):
            inds.append(span)
        elif goal is not None and _ACTIVITY.match(key) and not _NONE.match(kv["v"]):
            acts.append(span)   # ("Inga nya aktiviteter planeras 2026" lists none)
    if goal is not None:
        yield replace(goal, indicators=tuple(inds), activities=tuple(acts))


__all__ = ["GridGoal", "activity_items", "cell_items", "grid_goals", "grouped_goals", "kv_goals"]
