"""Document structure the fact families share: plan *blocks* (an effektmål with its indicators and
uppdrag, an "Aktiviteter ..." list, a strategy slide, a numbered målsättning "3.1.2 Att ...") and the
perspective each block belongs to ("Perspektiv: Resurs", or a numbered heading "3.2 Process")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from graph.extract.context import Ctx
from graph.extract.headings import heading_words, numbered_headings
from graph.extract.plan_paragraphs import (
    ACTIVITY_LIST,
    BADGE_WORDS,
    FIELD_LINE,
    GOAL_REFERENCE,
    GOAL_WORDS,
    INDICATOR_LIST,
    LIST_LABEL,
    OUTLINE_GOAL,
    chapter_headings,
    fields_of_item,
    has_lists,
    heading_like,
    over_indicators,
    value_follows,
)
from graph.extract.text import BULLETS, clean

PERSPECTIVE_TABLE = Path(__file__).resolve().parent / "perspectives.tsv"
PERSPECTIVE_SCHEMES = ("verksamhetsplan", "malbild")


@lru_cache(maxsize=8)
def load_perspectives(path: Path = PERSPECTIVE_TABLE) -> dict[str, dict[str, str]]:
    """scheme → {written form (lower case) → perspective label}, from `perspectives.tsv`."""
    out: dict[str, dict[str, str]] = {scheme: {} for scheme in PERSPECTIVE_SCHEMES}
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] not in out:
            raise ValueError(f"{path}:{n}: expected '{'|'.join(PERSPECTIVE_SCHEMES)}<TAB>written form<TAB>label'")
        out[parts[0]][parts[1].strip().lower()] = parts[2].strip()
    return out


# written form → perspective label: verksamhetsplan perspectives, Målbild 2030 perspectives
VP_PERSPECTIVES = load_perspectives()["verksamhetsplan"]
VISION_PERSPECTIVES = load_perspectives()["malbild"]
GOAL_HEAD = re.compile(r"\(\s*effektmål\s+(\d+)\s*\)\s*\.?\s*$", re.IGNORECASE)
# "4.1 Title (mål 1)" on the first line of a list: the activities for a goal defined elsewhere (a goal grid)
_GOAL_WORDS = GOAL_WORDS
GOAL_REF_HEAD = re.compile(rf"(?m)^(?P<t>[^\n]{{3,200}}?)\s*\(\s*(?:{_GOAL_WORDS})\s+(?P<n>\d{{1,2}})"
                           r"\s*\)\s*:?\s*\n(?=(?:[-–•*]|1[.)]?)\s)", re.IGNORECASE)
# "Effektmål 3: Title" / "Effektmål 3 – Title" (the number before the title)
GOAL_PREFIX = re.compile(r"^effektmål\s+(?P<n>\d+)\s*[:.–-]\s*(?P<t>[A-ZÅÄÖ][^\n]*(?:\n[a-zåäö][^\n]*)*)$",
                         re.IGNORECASE)
# In a plan: "Mål 1: Title" (or "Effektmål 1: Title") on the first line of a paragraph whose next lines are
# the goal's labelled lists ("Indikatorer", "Aktiviteter") — the heading is that first line only
# the goal words come from heading_words.tsv ("Mål 1 Title" with or without punctuation after the number)
# the goal's labelled lists right under its heading line (next line or after one blank line)
_LISTS_BELOW = rf"(?=\n\n?(?:indikator|{INDICATOR_LIST}|{ACTIVITY_LIST})\b)"
PLAN_GOAL = re.compile(rf"^(?:\d{{1,2}}[.)]\s+)?(?:{_GOAL_WORDS})\s+(?P<n>\d{{1,2}})(?:\s*[:.–-]\s*|\s+)"
                       r"(?P<t>[A-ZÅÄÖ][^\n]{0,200})"
                       + _LISTS_BELOW, re.IGNORECASE)
# "1. Title" alone, its indicator table or list right under it (goals as numbered headings of a follow-up);
# a title of at least GOAL_MIN_WORDS words (goals are sentences, "5 Uppföljning" over a table is a section)
PLAN_GOAL_BARE = re.compile(r"^(?P<n>\d{1,2})[.)]\s+(?P<t>[A-ZÅÄÖ][^\n]{0,200})"
                            rf"(?=\n\n?(?:indikator|{INDICATOR_LIST})\b)", re.IGNORECASE)
GOAL_MIN_WORDS = 3
#: an outline's indicator line carries at least this many values (its outcomes and targets)
OUTLINE_VALUES = 3
# "2.1 Mål: Title" (the section's number, the goal word and a colon) over its indicator table or list: a goal
# numbered by its place among the plan's goals (an unnumbered "Mål: …" of a strategy page is none: such a plan
# numbers its effektmål elsewhere)
PLAN_GOAL_LABEL = re.compile(rf"^\d+(?:\.\d+)+\.?\s+(?:{_GOAL_WORDS})\s*:\s*(?P<t>[A-ZÅÄÖ][^\n]{{0,200}})"
                             + _LISTS_BELOW, re.IGNORECASE)
# "Målområde 1: Title" alone on its line, its indicators as such lines under it (a key-figure report)
GOAL_OVER_VALUES = re.compile(rf"^(?:{_GOAL_WORDS})\s+(?P<n>\d{{1,2}})\s*[:.–-]?\s+(?P<t>[A-ZÅÄÖ][^\n]{{0,200}})"
                              r"(?=\n\n?(?:[-–•]\s*)?[A-ZÅÄÖ][^\n]{3,250}?\((?:mål|målvärde)\b)", re.IGNORECASE)
# a paragraph that is only a goal's number ("Mål 2"), its title in the next paragraph
_BARE_GOAL_NUMBER = re.compile(rf"^(?:{_GOAL_WORDS})\s+(?P<n>\d{{1,2}})$", re.IGNORECASE)
# a heading "Mål 2 Title" / "Nämndmål 2: Title" (the goal word and its number before the title)
GOAL_NUMBERED = re.compile(rf"^(?:{_GOAL_WORDS})\s+(?P<n>\d{{1,2}})\s*[:.–-]?\s+(?P<t>[A-ZÅÄÖ][^\n]{{0,200}})$",
                           re.IGNORECASE)
# one labelled item a line ("Indikator: Andel …", "Aktivitet: Införa …"), the labels from heading_words.tsv
ITEM_LINE = re.compile(rf"^(?:{'|'.join(heading_words()['indicator-label'] + heading_words()['activity-label'])})"
                       r"\s*:\s*\S", re.IGNORECASE)
PLAN_TYPES = frozenset({"verksamhetsplan", "aktivitetsplan"})
#: reports whose goal headings stand alone (a delårsrapport on uppdrag and goals)
REPORT_GOAL_TYPES = frozenset({"aterrapportering"})
NUM_HEAD = re.compile(r"^(?P<n>\d+(?:\.\d+)+)\.?\s+(?P<t>[A-ZÅÄÖ].*)$")
TOP_HEAD = re.compile(r"^(?P<n>\d+)\.\s+(?P<t>[A-ZÅÄÖ][^.]{0,70})$")
# (also without the colon before a capitalised name, as a heading: "Målområde Jämlik hälsa")
# (a letter may label the area: "Målområde A Trygg och lärande uppväxt", "Målområde B: …"; the name is the rest)
PERSP_LINE = re.compile(rf"^(?:{'|'.join(heading_words()['perspective-label'])})(?:\s+(?-i:[A-ZÅÄÖ])\b\.?)?"
                        r"(?:\s*:\s*|\s+(?=[A-ZÅÄÖ][^\n.]*$))"
                        r"(?P<p>[^\n]+?)\s*$", re.IGNORECASE | re.MULTILINE)


def _area_name(label: str) -> str:
    """A perspective band's name as text: "TRYGG OCH VÄRDIG OMSORG" (a band set in capitals) → "Trygg och värdig
    omsorg"."""
    name = clean(label)
    return name[:1] + name[1:].lower() if name.isupper() and len(name) > 5 else name


def vp_perspective(label: str, table: dict[str, str] | None = None) -> str | None:
    """The verksamhetsplan perspective a heading names ("Perspektiv: Resurser" → "Resurs"), else None."""
    return (VP_PERSPECTIVES if table is None else table).get(re.sub(r"\s+", " ", label).strip(" .:").lower())


@dataclass
class Block:
    start: int
    end: int
    kind: str                 # effektmal | aktiviteter | malsattning | section
    heading: str
    goal: str | None = None   # effektmål number ("8") or målsättning number ("3.1.2")
    perspective: str | None = None
    heading_end: int = 0


def blocks(ctx: Ctx) -> list[Block]:
    cached: list[Block] | None = getattr(ctx, "_blocks", None)
    if cached is not None:
        return cached
    s = ctx.nt.s
    out: list[Block] = []
    cur_persp: str | None = None
    # a standalone "Perspektiv: Resurs" paragraph heads the goals after it (until the next one)
    running: dict[int, str] = {}
    persp_now: str | None = None
    # a report on uppdrag that also follows up goals: "Mål 1 – Title" headings of their own, numbered as
    # siblings (heading_words.tsv), whatever stands under them (an indicator table, or an assessment only)
    report_goals = {a: g for a, g in numbered_headings("goal", list(ctx.nt.lines()))
                    if g["t"] and len(g["t"].split()) >= GOAL_MIN_WORDS} \
        if ctx.doc.doc_type in REPORT_GOAL_TYPES else {}
    labelled_goals = 0
    chapters = chapter_headings(s)   # "3 Uppdrag från kommunfullmäktige": a chapter ends the goal above it

    def add(kind: str, start: int, title: str, n: str | None, heading_end: int) -> None:
        """A goal or activity block; the standalone perspective line above it (if any) is its perspective."""
        out.append(Block(start, 0, kind, title, n, heading_end=heading_end))
        if persp_now:
            running[start] = persp_now

    # paragraphs
    prev_para, para = "", ""
    seen: set[str] = set()
    for m in re.finditer(r"[^\n](?:[^\n]|\n(?!\n))*", s):
        prev_para, para = para, m.group()
        first = para.split("\n", 1)[0]
        ahead = s[m.start():m.start() + 600]   # a goal heading's lookahead reads into the next paragraph
        pl = PERSP_LINE.fullmatch(re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", para))   # also a chapter "2 Perspektiv: …"
        if pl:
            persp_now = vp_perspective(pl["p"]) or _area_name(pl["p"])
            if out and out[-1].kind == "effektmal" and out[-1].start in running \
                    and has_lists(s[out[-1].heading_end:m.start()]):
                # under a goal whose lists are done, and which a line above it already placed, it heads the
                # next goals: the goal's block ends here (a goal with no perspective yet owns the line under its
                # lists: "… (effektmål 1)", "Indikatorer …", "Perspektiv: Invånare och samhälle")
                out.append(Block(m.start(), 0, "section", clean(para), perspective=persp_now, heading_end=m.end()))
            continue
        if out and out[-1].kind == "effektmal" and para in seen:
            continue   # a table's header row repeated after a page break: the goal's table goes on
        seen.add(para)
        if out and out[-1].kind == "effektmal" and out[-1].goal and re.match(rf"{out[-1].goal}\.\d{{1,2}}\s", first) \
                and len(re.findall(r"(?<![\w.])\d[\d,]*(?![\w.])", first)) >= OUTLINE_VALUES:
            continue   # the goal's next indicators ("3.2 Väntetid … 52 47 39 ≤ 40") after a page break stay in it
        if out and GOAL_REFERENCE.match(para) and "\n" not in para.strip():
            continue   # "Bidrar till KF-mål 1": the goal above links to another's, no heading
        lg = PLAN_GOAL_LABEL.match(ahead) if ctx.doc.doc_type in PLAN_TYPES else None
        if lg:
            labelled_goals += 1
            add("effektmal", m.start(), clean(lg["t"]).rstrip("."), str(labelled_goals), m.start() + lg.end("t"))
            continue
        if ctx.doc.doc_type in PLAN_TYPES and "\n" in para:
            # goals listed one after another in one paragraph (an HTML plan's nested lists): each line that
            # heads its own indicator/activity list starts a goal block; a "Målområde: …" line before them names
            # their perspective
            starts = [m.start()] + [m.start() + k + 1 for k, c in enumerate(para) if c == "\n"]
            if any(PLAN_GOAL.match(s[x:x + 600]) for x in starts[1:]):
                for x in starts:
                    line = s[x:s.find("\n", x) if "\n" in s[x:m.end()] else m.end()]
                    if pl := PERSP_LINE.fullmatch(re.sub(r"^\d{1,2}[.)]\s+", "", line)):   # (an <ol> item)
                        persp_now = vp_perspective(pl["p"]) or clean(pl["p"])
                    elif g := PLAN_GOAL.match(s[x:x + 600]):
                        out.append(Block(x, 0, "effektmal", clean(g["t"]).rstrip("."), g["n"], perspective=persp_now,
                                         heading_end=x + g.end()))
                continue
        if out and out[-1].kind == "effektmal" and " | " in first:
            continue   # a table of indicators under a goal (its rows are paragraphs of their own) stays in it
        if out and out[-1].kind == "effektmal" and not s[out[-1].heading_end:m.start()].strip() \
                and len(para.split()) <= BADGE_WORDS and ":" not in para and "\n" not in para:
            continue   # an assessment badge right under the goal's heading ("Delvis uppfyllt") stays in it
        if out and out[-1].kind == "effektmal" and "\n" not in prev_para and LIST_LABEL.match(prev_para):
            continue   # the list right under its label ("Indikatorer", "1. Antal besök …"), however it is numbered
        if out and out[-1].kind == "effektmal" and LIST_LABEL.match(first):
            continue   # a bare "Aktiviteter"/"Indikatorer" label and its list, a paragraph of its own, stay in it
        if out and out[-1].kind == "effektmal" and ITEM_LINE.match(first):
            continue   # "Indikator: …" lines, each a paragraph of its own (a DOCX Normal paragraph), stay in it
        # the goal's label line may stand in the next paragraph ("Mål 1. …", blank line, "Nyckeltal | …")
        pg = PLAN_GOAL.match(ahead) if ctx.doc.doc_type in PLAN_TYPES else None
        if pg is None and ctx.doc.doc_type in PLAN_TYPES:
            pg = PLAN_GOAL_BARE.match(ahead)
            pg = pg if pg and len(pg["t"].split()) >= GOAL_MIN_WORDS else None
        if pg:
            add("effektmal", m.start(), clean(pg["t"]).rstrip("."), pg["n"], m.start() + pg.end())
            continue
        og = OUTLINE_GOAL.match(para) if ctx.doc.doc_type in PLAN_TYPES else None
        if og and len(og["t"].split()) >= GOAL_MIN_WORDS:
            # "1 Title" over "1.1 Andel … 86 % …": a key-figure outline; its perspective is the band above it
            # (the block runs on over the next band line, which heads the goals after it, not this one)
            out.append(Block(m.start(), 0, "effektmal", clean(og["t"]).rstrip("."), og["n"], perspective=persp_now,
                             heading_end=m.start() + og.end("t")))
            continue
        if m.start() in report_goals and "\n" not in para.strip():
            rg = report_goals[m.start()]
            add("effektmal", m.start(), clean(rg["t"]).rstrip("."), rg["n"], m.start() + len(para))
            continue
        gv = GOAL_OVER_VALUES.match(ahead) if ctx.doc.doc_type in PLAN_TYPES else None
        if gv:   # (its first indicator line may follow without a blank line)
            add("effektmal", m.start(), clean(gv["t"]).rstrip("."), gv["n"], m.start() + len(first))
            continue
        gp = GOAL_PREFIX.match(para)
        if gp and len(para) < 400:
            add("effektmal", m.start(), clean(gp["t"]).rstrip("."), gp["n"], m.end())
            continue
        gm = GOAL_HEAD.search(para)
        if gm and len(para) < 400:
            kind = "aktiviteter" if para.lower().startswith("aktiviteter") else "effektmal"
            title = para[:gm.start()]
            if kind == "aktiviteter":
                title = re.sub(r"^aktiviteter\s+[^–-]*[–-]\s*", "", title, flags=re.IGNORECASE)
            add(kind, m.start(), clean(title), gm.group(1), m.end())
            continue
        if para.lower().startswith("aktiviteter"):
            # the heading ends where its bullet list starts (no blank line needed between them)
            bm = re.search(rf"\n(?=[{BULLETS}])", para)
            head = para[:bm.start()] if bm else para
            if len(head) < 300:
                hg = GOAL_HEAD.search(head)
                title = re.sub(r"^aktiviteter\s+[^–-]*[–-]\s*", "", head[:hg.start()] if hg else head,
                               flags=re.IGNORECASE)
                add("aktiviteter", m.start(), clean(title), hg.group(1) if hg else None, m.start() + len(head))
                continue
        refs = [rm for rm in GOAL_REF_HEAD.finditer(para) if not GOAL_HEAD.search(rm["t"] + ")")]
        if refs:   # each such line heads its list, also when the lines run on in one paragraph
            for rm in refs:
                title = re.sub(r"^(?:\d+(?:\.\d+)*\.?\s+|aktiviteter\s+[^–-]*[–-]\s*)", "", rm["t"],
                               flags=re.IGNORECASE)
                add("aktiviteter", m.start() + rm.start(), clean(title), rm["n"], m.start() + rm.end() - 1)
            continue
        nm = NUM_HEAD.match(first)
        if nm:
            title = nm["t"]
            rest = para.split("\n")[1:]
            if rest and rest[0][:1].islower():
                title += " " + rest[0]
            vp = vp_perspective(title)
            if vp:
                cur_persp = vp
                out.append(Block(m.start(), 0, "section", clean(title), perspective=vp,
                                 heading_end=m.start() + len(first)))
                continue
            kind = "malsattning" if title.startswith("Att ") and cur_persp else "section"
            out.append(Block(m.start(), 0, kind, clean(title), nm["n"] if kind == "malsattning" else None,
                             cur_persp, heading_end=m.start() + len(first)))
            continue
        if (TOP_HEAD.match(first) and len(para) < 120) or m.start() in chapters:
            cur_persp = None
            out.append(Block(m.start(), 0, "section", clean(first), heading_end=m.end()))
            continue
        if out and out[-1].kind == "effektmal" and value_follows(s, m.end()) \
                and has_lists(s[out[-1].heading_end:m.start()]) and not over_indicators(s, m.end()):
            continue   # an indicator's name over its values ("89 %", "Målvärde 2025: 88 %"): an item of the goal
        if out and out[-1].kind == "effektmal" and fields_of_item(para) and not GOAL_NUMBERED.match(first):
            continue   # "Bedömning: Uppfyllt" under a goal, or an indicator over its values ("Utfall 2025: 88 %")
        head_lines = para.split("\n")
        if ctx.doc.doc_type in PLAN_TYPES | REPORT_GOAL_TYPES and 2 <= len(head_lines) <= 3 \
                and (bare := _BARE_GOAL_NUMBER.match(head_lines[0])) and heading_like(" ".join(head_lines[1:])) \
                and over_indicators(s, m.end()):
            # "Mål 1" over its title in one paragraph, the goal's indicators a few paragraphs below
            add("effektmal", m.start(), clean(" ".join(head_lines[1:])).rstrip("."), bare["n"], m.end())
            continue
        if heading_like(para):
            # an unnumbered heading over a goal's indicators ("Barn och unga som behöver stöd får det tidigt",
            # "Bedömning: …", "Indikatorer"): a goal, numbered below by its place when the document numbers
            # no goal of its own
            # (its assessment may stand on the line under it: "Mål 1: Title" / "Bedömning: Uppfyllt")
            head_line, *under = para.split("\n")
            own = GOAL_NUMBERED.match(head_line)
            unnumbered = ctx.doc.doc_type in PLAN_TYPES | REPORT_GOAL_TYPES \
                and all(FIELD_LINE.match(x) for x in under) and (own is not None or not under) \
                and len(head_line.split()) >= GOAL_MIN_WORDS and (own or not FIELD_LINE.match(head_line)) \
                and over_indicators(s, m.end())
            if unnumbered:
                # "Mål 2 Title" with an assessment between it and its indicators keeps its own number, as does a
                # title under a bare "Mål 2" paragraph
                bare = _BARE_GOAL_NUMBER.match(prev_para)
                number = own["n"] if own else bare["n"] if bare else None
                add("effektmal", m.start(), clean(own["t"] if own else para).rstrip("."), number,
                    m.start() + len(head_line) if under else m.end())
            else:
                out.append(Block(m.start(), 0, "section", clean(para), heading_end=m.end()))
    _number_by_place(out)
    for i, b in enumerate(out):
        b.end = out[i + 1].start if i + 1 < len(out) else len(s)
        if b.perspective is None:
            pm = PERSP_LINE.search(s, b.start, b.end)
            if pm:
                b.perspective = vp_perspective(pm["p"]) or clean(pm["p"])
            elif b.start in running:
                b.perspective = running[b.start]
    ctx._blocks = out  # type: ignore[attr-defined]
    return out


def _number_by_place(out: list[Block]) -> None:
    """Unnumbered goal blocks get their place among them (1, 2, …); in a document that numbers goals of its
    own they are sections (the numbers would clash, and the numbered goals are the plan's)."""
    unnumbered = [b for b in out if b.kind == "effektmal" and b.goal is None]
    numbered = any(b.kind == "effektmal" and b.goal is not None for b in out)
    for k, b in enumerate(unnumbered, 1):
        if numbered:
            b.kind = "section"
        else:
            b.goal = str(k)


def block_at(ctx: Ctx, vpos: int) -> Block | None:
    found = None
    for b in blocks(ctx):
        if b.start <= vpos < b.end:
            found = b
        if b.start > vpos:
            break
    return found


__all__ = ["PERSPECTIVE_TABLE", "VISION_PERSPECTIVES", "VP_PERSPECTIVES", "Block", "block_at", "blocks",
           "load_perspectives", "vp_perspective"]
