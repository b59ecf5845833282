"""Effektmål (sg:EffectGoal) with indicators, activities (sg:Activity), numbered målsättningar of a plan,
verksamhetsplan perspectives, and Målbild 2030 (sg:Vision, its sg:Perspective and sg:VisionStatement).

Modelling decision: the verksamhetsplan perspectives (Invånare och samhälle, Process, Resurs) and the
Målbild 2030 perspectives (invånar- och patientperspektiv, medarbetarperspektiv, organisationsperspektiv)
are both `sg:Perspective`, but only the latter are `sg:partOf` the vision `id/vision/malbild-2030`; a
plan's effektmål and målsättningar are `sg:partOf` the plan perspective their block names.
"""

from __future__ import annotations

import re

from rdflib import RDF, URIRef
from rdflib.namespace import DCTERMS, SKOS

from graph import iri as I
from graph.extract.context import Ctx, str_lit, sv, year_lit
from graph.extract.goal_tables import grid_goals, grouped_goals, kv_goals
from graph.extract.headings import heading_words
from graph.extract.plan_paragraphs import ACTIVITY_LIST, INDICATOR_LIST, OUTLINE_ITEM, VALUE_LINE, VALUE_PARA
from graph.extract.structure import VISION_PERSPECTIVES, Block, blocks
from graph.extract.text import BULLETS, DASH_MARKS, clean
from graph.namespaces import SG

VISION = I.vision_iri("malbild-2030")


def perspective_node(ctx: Ctx, label: str, vision: bool = False) -> URIRef:
    p = I.perspective_iri(label)
    ctx.add(p, RDF.type, SG.Perspective)
    ctx.add(p, SKOS.prefLabel, sv(label))
    if vision:
        ctx.add(p, SG.partOf, VISION)
    return p


def goal_iri(year: int, n: str) -> URIRef:
    return I.effect_goal_iri(year, n)


def _bullets(ctx: Ctx, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of bullet items (a bullet char, text up to the next bullet or blank line) in a view span."""
    s = ctx.nt.s
    out = []
    # a bullet glyph, or a dash or star list ("- Andel besök …", "* Utökade …") as plain text and Markdown
    # write lists
    # or a numbered list as Word's automatic numbering renders it ("1. Införa …", "a) …")
    # (or without its dot, as a PDF draws a numbered list: "1 Införa …"; the run-on check below keeps "12 av …" out)
    mark = rf"(?:[{BULLETS}]|[{DASH_MARKS}*](?=\s)|\d{{1,2}}[.)]?(?=\s)|[a-zåäö]\)(?=\s))"
    last = ""   # the number of the previous numbered item: a numbered item must run on from it
    for m in re.finditer(rf"(?m)^{mark}\s*(?P<t>(?:[^\n{BULLETS}]|\n(?!\n|{mark}))+)", s[start:end]):
        num = m.group()[:2].rstrip(".) ")
        if num.isalnum():
            expected = ("1" if not last else str(int(last) + 1)) if num.isdigit() else \
                ("a" if not last or last.isdigit() else chr(ord(last) + 1))
            if num != expected:   # "4. Sammanträdesplan" after a list is the next section, not an item
                continue
            last = num
        a, b = start + m.start("t"), start + m.end("t")
        # stop at a "Perspektiv:" or "Hälso- ... får i uppdrag" line (or the next list's label) inside the item
        cut = re.search(rf"\n(?:Perspektiv|(?i:{INDICATOR_LIST})|(?i:{ACTIVITY_LIST})\s*:?\s*(?:\n|$)"
                        rf"|[^\n]*får i uppdrag)", s[a:b])
        if cut:
            b = a + cut.start()
        out.append((a, b))
    return out


_LABELS = heading_words()   # indicator-label / activity-label: the words of a goal's lists (heading_words.tsv)


def _label(kind: str) -> str:
    return "(?i:" + "|".join(_LABELS[kind]) + ")"


_PERSP_LABEL = _label("perspective-label")


#: what may stand between a table's header row and its first row: blank lines and lines of years only
_HEAD_REST = re.compile(r"(?:\n[ \t|]*(?:(?:19|20)\d\d[ \t|]*)*(?=\n))*")


def _table_rows(ctx: Ctx, start: int, end: int, kind: str) -> list[tuple[int, int]]:
    """A table whose header row starts with the label ("Nyckeltal | Utfall 2024 | Målvärde", "Aktivitet |
    Ansvarig | Tidplan"): the first cell of each following row (up to the table's end) is an item."""
    s = ctx.nt.s
    head = re.search(rf"(?m)^{_label(kind)}\s*\|[^\n]*$", s[start:end])
    if not head:
        return []
    out = []
    # the rows right under the header, up to the table's end (an activity table may follow under the goal); the
    # header's second line ("2025" under "Mål") may stand apart, between blank lines, as a PDF reader gives it
    top = start + head.end()
    if gap := _HEAD_REST.match(s, top, end):
        top = gap.end()
    body = re.match(r"(?:\n[^\n]*\|[^\n]*)*", s[top:end])
    rows = body.group() if body else ""
    for row in re.finditer(r"(?m)^(?P<c>[^|\n]*?\S)\s*\|[^\n]*$", rows):
        a = top + row.start("c")
        out.append((a, a + len(row["c"])))
    return out


def _item_lines(ctx: Ctx, start: int, end: int, kind: str) -> list[tuple[int, int]]:
    """One labelled item a line, no list label above them: "Indikator: Andel … (målvärde 2026: 78 %)"."""
    s = ctx.nt.s
    return [(start + m.start("t"), start + m.end("t"))
            for m in re.finditer(rf"(?m)^{_label(kind)}\s*:[ \t]*(?P<t>\S[^\n]*?)\s*$", s[start:end])]


def _outline_items(ctx: Ctx, blk: Block) -> list[tuple[int, int]]:
    """A key-figure outline's indicators: "1.1 Andel … 86 % …" under goal "1", each its name up to its values."""
    if not blk.goal or not blk.goal.isdigit():
        return []
    rx = re.compile(OUTLINE_ITEM.format(n=blk.goal))
    return [(m.start("t"), m.end("t")) for m in rx.finditer(ctx.nt.s, blk.heading_end, blk.end)]


def _indicator_spans(ctx: Ctx, blk: Block) -> list[tuple[int, int]]:
    s = ctx.nt.s
    m = re.search(rf"(?m)^(?i:{INDICATOR_LIST})\s*:?\s*$", s[blk.start:blk.end])
    if not m:
        return _table_rows(ctx, blk.start, blk.end, "indicator-label") or \
            _item_lines(ctx, blk.start, blk.end, "indicator-label") or _outline_items(ctx, blk) or \
            [(v.start("t"), v.end("t")) for v in VALUE_LINE.finditer(s, blk.heading_end, blk.end)]
    a = blk.start + m.end()
    # (a "Målområde: X" line under the last goal heads the next goals)
    stop = re.search(rf"(?m)^(?:Perspektiv\b|(?i:{ACTIVITY_LIST})\b|{_PERSP_LABEL}\s*:|[^\n]{{0,120}}får i uppdrag)",
                     s[a:blk.end])
    b = a + stop.start() if stop else blk.end
    # the label over a table of its own ("Indikatorer" over "Indikator | Utgångsläge 2024 | 2026 | …")
    items = _bullets(ctx, a, b) or _table_rows(ctx, a, b, "indicator-label")
    if items:
        return items
    paras = [(a + pm.start(), a + pm.end()) for pm in re.finditer(r"[^\n](?:[^\n]|\n(?!\n))*", s[a:b])]
    if any(VALUE_PARA.match(s[x:y]) for x, y in paras):
        # each name over its values ("Antal …", "89 %", "Målvärde 2025: 88 %"): a name is the first paragraph
        # after values (a note under it, "Mäts vid årets slut", is none)
        return [(x, y) for k, (x, y) in enumerate(paras) if not VALUE_PARA.match(s[x:y])
                and (k == 0 or VALUE_PARA.match(s[paras[k - 1][0]:paras[k - 1][1]]))]
    out = []
    for sm in re.finditer(r"[^\n](?:[^\n]|\n(?!\n))*?(?:\.(?=\s)|(?=\n\n)|$)", s[a:b]):
        t = sm.group().strip()
        if len(t) > 15:
            out.append((a + sm.start(), a + sm.start() + len(sm.group().rstrip())))
    return out


def extract(ctx: Ctx) -> None:
    g = ctx.g
    for blk in blocks(ctx):
        year = ctx.year_at(blk.start)
        if blk.kind in ("effektmal", "malsattning") and blk.goal and year:
            goal = _goal(ctx, year, blk.goal, blk.heading, blk.start, blk.heading_end, _indicator_spans(ctx, blk))
            if blk.perspective:
                g.add((goal, SG.partOf, perspective_node(ctx, blk.perspective)))
            for a, b in _listed_activities(ctx, blk):
                _activity(ctx, a, b, goal, [ctx.organ] if ctx.organ else [], year)
        elif blk.kind == "aktiviteter":
            target: URIRef | None = None
            if blk.goal and year:
                target = goal_iri(year, blk.goal)
            elif blk.perspective:
                target = perspective_node(ctx, blk.perspective)
            head = ctx.nt.s[blk.start:blk.heading_end]
            area_m = re.match(r"aktiviteter\s+(?P<a>[^–-]+?)\s*[–-]\s", head, re.IGNORECASE)
            area_end = blk.start + area_m.end("a") if area_m else blk.heading_end
            area = ctx.organs_in(blk.start, area_end) or ([ctx.organ] if ctx.organ else [])
            for a, b in _bullets(ctx, blk.heading_end, blk.end):
                _activity(ctx, a, b, target, area, year)
    for grid in [*grid_goals(ctx), *grouped_goals(ctx), *kv_goals(ctx)]:
        year = ctx.year_at(grid.span[0])
        if year:
            goal = _goal(ctx, year, grid.number, grid.title, *grid.span, list(grid.indicators))
            if grid.perspective:
                g.add((goal, SG.partOf, perspective_node(ctx, grid.perspective)))
            for a, b in grid.activities:
                _activity(ctx, a, b, goal, [ctx.organ] if ctx.organ else [], year)
    extract_vision(ctx)


def _goal(ctx: Ctx, year: int, n: str, title: str, a: int, b: int, indicators: list[tuple[int, int]]) -> URIRef:
    """The effektmål number `n` of `year` titled `title` (at [a, b)), with the indicators at the given spans."""
    g = ctx.g
    goal = goal_iri(year, n)
    g.add((goal, RDF.type, SG.EffectGoal))
    g.add((goal, SG.number, str_lit(n)))
    g.add((goal, SG.year, year_lit(year)))
    g.add((goal, DCTERMS.title, sv(title)))
    g.add((goal, SKOS.prefLabel, sv(title)))
    ctx.prov(goal, a, b)
    for k, (ia, ib) in enumerate(indicators, 1):
        ind = I.indicator_iri(year, n, k)
        g.add((ind, RDF.type, SG.Indicator))
        g.add((ind, SG.text, sv(ctx.text(ia, ib))))
        g.add((ind, SG.partOf, goal))
        g.add((ind, SG.ordinal, year_lit(k)))
        g.add((goal, SG.hasIndicator, ind))
        ctx.prov(ind, ia, ib)
    return goal


def _listed_activities(ctx: Ctx, blk: Block) -> list[tuple[int, int]]:
    """The list under an "Aktiviteter" label line inside a goal's block (activities listed per goal)."""
    s = ctx.nt.s
    # the label may name the plan's year ("Aktiviteter 2026")
    m = re.search(rf"(?m)^(?i:{ACTIVITY_LIST})(?:\s+(?:för\s+)?20\d\d)?\s*:?\s*$", s[blk.heading_end:blk.end])
    if not m:
        # no list label: a table "Aktivitet | Ansvarig | …" or "Aktivitet: …" lines under the goal
        return _table_rows(ctx, blk.heading_end, blk.end, "activity-label") or \
            _item_lines(ctx, blk.heading_end, blk.end, "activity-label")
    a = blk.heading_end + m.end()
    a += len(s[a:blk.end]) - len(s[a:blk.end].lstrip())   # the label may stand a blank line above its list
    stop = re.search(rf"(?m)^(?:(?i:{INDICATOR_LIST})|Perspektiv)\b|\n\n", s[a:blk.end])
    # the list may be a table whose header names its column ("Aktivitet | Ansvarig | Tidplan")
    return _bullets(ctx, a, a + stop.start() if stop else blk.end) or \
        _table_rows(ctx, a, a + stop.start() if stop else blk.end, "activity-label")


def _activity(ctx: Ctx, a: int, b: int, target: URIRef | None, area: list[str], year: int | None) -> None:
    g = ctx.g
    label = ctx.text(a, b)
    if not label:
        return
    act = I.activity_iri(ctx.doc.id, label)
    g.add((act, RDF.type, SG.Activity))
    g.add((act, SKOS.prefLabel, sv(label)))
    if year:
        g.add((act, SG.year, year_lit(year)))
    if target is not None:
        g.add((act, SG.contributesTo, target))
    for o in area:
        g.add((act, SG.assignedTo, URIRef(o)))
    for c in ctx.topics_in(a, b):
        g.add((act, SG.concerns, URIRef(c)))
    ctx.prov(act, a, b)


_STATEMENT = re.compile(rf"(?m)^(?P<b>[{BULLETS}]\s*)?(?P<t>(?:Jag|Vi)\s[^\n]*(?:\n(?![{BULLETS}])[a-zåäö][^\n]*)*)")


def extract_vision(ctx: Ctx) -> None:
    """Målbild 2030: its perspectives (heading lines) and the 'Jag …'/'Vi …' statements under them."""
    s = ctx.nt.s
    if not re.search(r"målbild(?:en)?\s+(?:för\s+[^\n]{0,60})?2030", s, re.IGNORECASE):
        return
    # (position, perspective, trailing): a label right after a "Målbild … 2030" footer line labels the
    # statement *before* it (slide footers); other labels head the statements after them.
    heads: list[tuple[int, str, bool]] = []
    for m in re.finditer(r"(?m)^[^\n]{3,40}$", s):
        canon = VISION_PERSPECTIVES.get(m.group().strip(" :").lower())
        if canon:
            prev_line = s[s.rfind("\n", 0, max(0, m.start() - 1)) + 1:m.start()].strip().lower()
            heads.append((m.start(), canon, prev_line.startswith("målbild") and "2030" in prev_line))
    if not heads:
        return
    g = ctx.g
    g.add((VISION, RDF.type, SG.Vision))
    g.add((VISION, SKOS.prefLabel, sv("Målbild 2030")))
    seen: set[str] = set()
    stmts = list(_STATEMENT.finditer(s))
    for i, m in enumerate(stmts):
        text = m["t"]
        words = text.split()
        if len(words) > 25 or re.search(r"[.!?]\s", text) or re.search(r"[,;]$", text.strip()):
            continue
        if not m["b"] and (text.rstrip().endswith(".") or not re.match(r"\n\s*[A-ZÅÄÖ]", s[m.end():m.end() + 3])):
            continue
        label = clean(text).rstrip(".")
        nxt_start = stmts[i + 1].start() if i + 1 < len(stmts) else len(s)
        trailing = [h for h in heads if h[2] and m.end() < h[0] < min(nxt_start, m.end() + 1500)]
        prev = [h for h in heads if h[0] < m.start() and not h[2]]
        if trailing:
            persp_label = trailing[0][1]
        elif prev and m.start() - prev[-1][0] <= 3000:
            persp_label = prev[-1][1]
        else:
            after = [h for h in heads if m.end() < h[0] < min(nxt_start, m.end() + 1500)]
            if not after:
                continue
            persp_label = after[0][1]
        key = label
        node = I.vision_statement_iri(key)
        if key not in seen:
            seen.add(key)
            persp = perspective_node(ctx, persp_label, vision=True)
            g.add((node, RDF.type, SG.VisionStatement))
            g.add((node, SKOS.prefLabel, sv(label)))
            g.add((node, SG.partOf, persp))
        ctx.prov(node, m.start("t"), m.end("t"))


__all__ = ["VISION", "extract", "extract_vision", "perspective_node"]
