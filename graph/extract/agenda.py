"""Agenda items (sg:AgendaItem) of the meeting a kallelse/minnesanteckningar/protokoll is about, their
presenters (sg:Person) and decisions (sg:Decision: "Förslag till beslut … beslutar att …", "Beslut fattas av
chefsgruppen enligt förslag", "Chefsgruppen beslutar i enlighet med förslag")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS

from corpus.blocks import CELL_SEP
from corpus.dates import MONTH_RE
from corpus.vocabulary import load_vocabulary
from graph import iri as I
from graph.extract import minutes
from graph.extract.agenda_lines import split_run_on
from graph.extract.agenda_names import NAME_TOK, is_name_line, split_names, trailing_presenters
from graph.extract.agenda_tables import table_proposals, table_rows
from graph.extract.context import Ctx, str_lit, sv, year_lit
from graph.extract.headings import heading_pattern, numbered_headings
from graph.extract.meetings import header_meeting, organ_slug
from graph.namespaces import SG

#: an agenda title is its first words: a longer line goes on into the notes column or the item's body
TITLE_MAX_WORDS = 14
#: a title the case number after it ends ("Svar på motion … station Dnr 2025/96") is whole up to this length
BOUNDED_TITLE_MAX_WORDS = 30
#: "§ 12" numbering counts as the agenda only with at least two items (one "§" is a cross-reference)
MIN_PARAGRAPH_ITEMS = 2
#: the last item keeps one following paragraph only when it is this short (attachments follow longer ones)
LAST_ITEM_TAIL_CHARS = 400
#: "Föredragande:" belongs to an item when it stands in the item's first lines
PRESENTER_LABEL_CHARS = 2000
#: a time-plan slot belongs to the item whose title has at least this share of the slot's words
SLOT_MIN_OVERLAP = 0.6

# "3. Title", "3 Title", "3) Title"; a sub-item "6a Title" under item 6
ITEM = re.compile(r"^(?P<n>\d{1,2})(?P<sub>[a-h](?=\s))?(?:[.)]\s+|\.(?=[A-ZÅÄÖa-zåäö])|\s+)(?=[A-ZÅÄÖa-zåäö])"
                  r"(?P<t>.*)$")
STOP = re.compile(r"^(?:Postadress|Tjänsteställe|Deltagare\s*:|\d{4}\s+mötesdatum|Sammanträdesdag)", re.IGNORECASE)
DECISION = re.compile(r"[^.\n]*\b(?:beslut\s+fatta(?:s|ts|des)\s+av\s+\w+|\w+\s+beslutar\s+i\s+enlighet\s+med)"
                      r"\s+(?:enligt\s+)?förslag(?:et)?[^.]*\.?", re.IGNORECASE)
# "Beslut: Ledningsgruppen ställer sig bakom förslaget." (protokoll/minnesanteckningar with a decision line)
DECISION_LINE = re.compile(r"(?m)^Beslut\s*:\s*(?P<t>\S[^\n]*)")
# "§ 12 Mötets öppnande" (protokoll numbering: continues over the year, so it rarely starts at 1)
# a time-plan slot "09:15-09:45 Aktuellt från verksamheten - Gustav Ekbäck" ("|" when it came from a table)
SLOT = re.compile(r"(?m)^\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\s*\|?\s*(?P<t>[^\n]+)$")
PROPOSAL = re.compile(r"Förslag till beslut\s*\n?(?P<who>[^\n]*?\bbeslutar)\s*"
                      r"(?P<t>att\b(?:.|\n)*?)(?=\n\n(?!att\b)|$)")


#: a background section's label on a line of its own ("Sammanfattning", "Ärendebeskrivning:")
_BACKGROUND = re.compile(rf"(?mi)^(?:{minutes._alt('background-label', minutes.field_rules())})[ \t]*:?[ \t]*$")
_TITLE_PRESENTER = re.compile(rf"\s*\((?:{minutes._alt('presenter-label', minutes.field_rules())})\s*:?\s*"
                              r"(?P<w>[^()]+)\)", re.IGNORECASE)


@dataclass
class Item:
    n: int
    start: int
    end: int
    title: str
    presenters: list[str]
    sub: str = ""      # a sub-item's letter: "6a" under "6 Motioner"

    @property
    def number(self) -> str:
        return f"{self.n}{self.sub}"


def short_title(text: str) -> str:
    """An agenda title: its first words, without a case number the text ran on into ("Taxa 2026 Dnr MN
    2025/152": the labels of corpus/metadata.toml [case_numbers]) or one standing first (no title words)."""
    vocab = load_vocabulary()
    m = vocab.case_number.search(text)
    # a case number after the title ends it: nothing of a notes column or the body follows, so the whole
    # title is kept (one wrapped onto two lines is long)
    max_words = BOUNDED_TITLE_MAX_WORDS if m and m.start() > 0 else TITLE_MAX_WORDS
    text = (text[:m.start()] if m.start() > 0 else text[m.end():]) if m else text
    # an unlabelled case number closing the title: a Dnr column run into the title ("Taxa 2026 MHN 2025/288"),
    # or opening it: the case-number column before the title ("KS 2026/112 Riktlinjer för medborgardialog")
    for fmt in vocab.case_formats:
        if (m := fmt.search(text)) and m.start() > 0 and not text[m.end():].strip(" .,"):
            text, max_words = text[:m.start()], BOUNDED_TITLE_MAX_WORDS
        elif m and m.start() == 0 and text[m.end():].strip():
            text = text[m.end():].strip()
    return " ".join(text.split()[:max_words]).strip(" :,|")


def _case_number_after(text: str) -> bool:
    """Does a case number (labelled, or of a known shape) follow words of a title in `text`?"""
    vocab = load_vocabulary()
    return any((m := p.search(text)) is not None and m.start() > 0 for p in (vocab.case_number, *vocab.case_formats))


def _paragraph_items(ctx: Ctx, lines: list[tuple[int, int, str]]) -> list[Item] | None:
    """Agenda items numbered "§ 12", "§ 13", … (increasing); None when the document has fewer than two."""
    out: list[Item] = []
    for a, m in numbered_headings("agenda", lines):   # "§ 12", "Punkt 3.", "Ärende 4" (heading_words.tsv)
        title, pres = trailing_presenters((m["t"] or "").strip())
        if not short_title(title):   # "§ 43" alone, "§ 45 Dnr RS 2025/123": the title is on the next line
            nxt = next((ln for x, _b, ln in lines if x > a), "")
            title, pres = ("", []) if heading_pattern("agenda").match(nxt) else trailing_presenters(nxt.strip())
        elif (cont := next((ln for x, _b, ln in lines if x > a), "")) and (c := _TITLE_CELL_GOES_ON.match(cont)):
            title = f"{title} {c['c']}"   # "1 § | Revisionsberättelse för år | Dnr …" over "| 2025"
        out.append(Item(int(m["n"]), a, 0, short_title(title), pres))
    # an extract of a protokoll ("Utdrag ur kommunstyrelsens protokoll") may hold one § alone
    least = 1 if _EXTRACT.match(ctx.nt.s.lstrip()[:200]) else MIN_PARAGRAPH_ITEMS
    return out if len(out) >= least else None


#: a PDF row whose only text is in the title's column: the title cell's wrapped line
_TITLE_CELL_GOES_ON = re.compile(r"^\|\s*(?P<c>[^|\s][^|]*?)\s*$")
_MONTH_WORD = re.compile(rf"^{MONTH_RE}\b", re.IGNORECASE)
_EXTRACT = re.compile(r"(?:protokolls)?utdrag\b", re.IGNORECASE)


def _numbered_run(lines: list[tuple[int, int, str]]) -> list[Item] | None:
    """A protokoll whose § signs the PDF text lost: lines "21 Val av justerare", "22 Godkännande …" that
    number on from the year's earlier meetings. The longest run of consecutive numbers (two at least) is the
    agenda; a wrapped date ("15 oktober …") or a count ("12 föreningar …") does not fit such a run."""
    cands = [(a, m) for a, _b, line in lines if (m := ITEM.match(line)) and not _MONTH_WORD.match(m["t"])
             and m["t"][:1].isupper() and not line.rstrip().endswith((".", ","))]
    best: list[tuple[int, re.Match[str]]] = []
    run: list[tuple[int, re.Match[str]]] = []
    for a, m in cands:
        run = [*run, (a, m)] if run and int(m["n"]) == int(run[-1][1]["n"]) + 1 else [(a, m)]
        if len(run) > len(best):
            best = run
    if len(best) < MIN_PARAGRAPH_ITEMS:
        return None
    out = []
    for a, m in best:
        title, pres = trailing_presenters(m["t"].strip())
        out.append(Item(int(m["n"]), a, 0, short_title(title), pres))
    return out


def items(ctx: Ctx, after: int) -> list[Item]:
    lines = split_run_on([ln for ln in ctx.nt.lines() if ln[0] >= after])   # "1. Upprop 2. Val av …"
    out: list[Item] = []
    para_items = _paragraph_items(ctx, lines) or [Item(n, a, 0, t, p) for n, a, t, p in table_rows(lines)] or None
    agenda_last, nested_last, nested_upper = 0, None, True
    agenda_style: bool | None = None   # the agenda's items end their number with "." (True) or not
    nested_style: bool | None = None
    stop_at = len(ctx.nt.s)
    for idx, (a, _b, line) in enumerate([] if para_items else lines):
        if out and STOP.match(line):
            stop_at = a
            break
        m = ITEM.match(line)
        if not m:
            continue
        n, t = int(m["n"]), m["t"]
        if m["sub"]:
            # "6a", "6b" under item 6: each letter in turn, while no later item has started
            if out and n == agenda_last and ord(m["sub"]) - ord(out[-1].sub or "`") == 1 and t[:1].isupper():
                out.append(Item(n, a, 0, "", [], m["sub"]))
                out[-1].title, out[-1].presenters = _title(lines, idx, t)
            continue
        upper = t[:1].isupper()
        style = line[len(m["n"]):len(m["n"]) + 1] in ".)"   # "3 Title" or "3. Title"
        # a list inside an item ("1. Utse …" "2. Justeringen …" under "2 Val av justerare") numbered in
        # another style than the agenda's own items: the agenda's next item in its own style ends the list
        own_style = nested_last is not None and agenda_style is not None and style == agenda_style != nested_style
        if own_style and n == agenda_last + 1:
            nested_last = None
        if nested_last is not None and n == nested_last + 1 and upper == nested_upper and n != agenda_last + 1:
            nested_last = n
            continue
        if nested_last is not None and n == nested_last + 1 and upper == nested_upper and not upper:
            nested_last = n
            continue
        if n == agenda_last + 1 and (nested_last is None or upper != nested_upper or n != nested_last + 1):
            agenda_last = n
            nested_last = None
            agenda_style = style if agenda_style is None else agenda_style
            out.append(Item(n, a, 0, "", []))
            out[-1].title, out[-1].presenters = _title(lines, idx, t)
            if not _case_number_after(t):   # a case number closes the title: no notes column before it
                out[-1].title = split_notes(ctx, out[-1].title)
            continue
        if nested_last is not None and n == nested_last + 1:
            nested_last = n
            continue
        if n == 1:
            nested_last, nested_upper, nested_style = 1, upper, style
    s = ctx.nt.s
    if not para_items and len(out) < MIN_PARAGRAPH_ITEMS:
        para_items = _numbered_run(lines)
    if para_items:
        out = para_items
        for a, _b, line in lines:
            if a > out[-1].start and STOP.match(line):
                stop_at = a
                break
    for i, it in enumerate(out):
        if i + 1 < len(out):
            it.end = out[i + 1].start
            continue
        if para_items:   # a protokoll's last § runs to the end (or to the signatures/attachments)
            it.end = stop_at
            continue
        # the last item: its heading paragraph and at most one short paragraph (attachments follow)
        p1 = s.find("\n\n", it.start)
        p1 = len(s) if p1 < 0 else p1
        p2 = s.find("\n\n", p1 + 2)
        p2 = len(s) if p2 < 0 else p2
        if minutes.label_alone(s[p1:p2]) and p2 < len(s):
            # that paragraph is a label alone ("Förslag till beslut"): the paragraph it labels comes with it
            p3 = s.find("\n\n", p2 + 2)
            p2 = len(s) if p3 < 0 else p3
        it.end = min(stop_at, p2 if p2 - p1 <= LAST_ITEM_TAIL_CHARS else p1)
    return out


_CAP_WORD = re.compile(r"(?<=\s)(?P<w>[A-ZÅÄÖ][a-zåäöé]+)(?=\s+[a-zåäö]|\s*$)")


def split_notes(ctx: Ctx, title: str) -> str:
    """The title of a two-column agenda row ("Dagordning Inga synpunkter", "Inledning Närvaro") without
    the notes column: Swedish capitalises mid-phrase only names, so a capitalised word after the first
    one starts the notes, unless it is part of a known name (thesaurus: "Färdplan Nära vård", "Region
    Örebro län") or a person/proper name pair ("Anna Berg")."""
    covered = [(m.start, m.end) for m in ctx.thesaurus.find_mentions(title)]
    for m in _CAP_WORD.finditer(title):
        if any(a <= m.start() < b for a, b in covered):
            continue
        prev = title[:m.start()].split()[-1]
        if prev.endswith(":"):
            continue   # "Remiss: Program för …": a capital after a colon starts the title's second part
        if prev[:1].isupper() and not prev.isupper() and m.start() - len(prev) - 1 > 0:
            continue   # two capitalised words in a row inside the title: a name
        if re.fullmatch(minutes._alt("name-preposition", minutes.field_rules()), prev, re.IGNORECASE):
            continue   # "… i Parkstråket": a place's name after a preposition
        return title[:m.start()].rstrip(" :–-")
    return title


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-zåäöé0-9]{4,}", text.lower())}


def time_plan_presenters(ctx: Ctx, its: list[Item]) -> dict[str, list[str]]:
    """Presenters named in a kallelse's time plan ("09:15-09:45 Aktuellt från verksamheten - Gustav Ekbäck"),
    by agenda item: the item whose title shares most of the slot's words (at least 60 %), else the item
    the time plan itself is part of (a numbered "Preliminär tidplan"); slots matching neither are skipped."""
    out: dict[str, list[str]] = {}
    for m in SLOT.finditer(ctx.nt.s):
        title, names = trailing_presenters(m["t"].strip())
        names = [n for n in names if " " in n]
        if not names:
            continue
        words = _words(re.sub(r"^Beslut\s*:\s*", "", title))
        best, best_score = None, 0.0
        for it in its:
            score = len(words & _words(it.title)) / len(words) if words else 0.0
            if score > best_score:
                best, best_score = it, score
        if best is None or best_score < SLOT_MIN_OVERLAP:
            best = next((it for it in its if it.start <= m.start() < it.end), None)
        if best is not None:
            out.setdefault(best.number, []).extend(n for n in names if n not in out.get(best.number, []))
    return out


def _title(lines: list[tuple[int, int, str]], idx: int, first: str) -> tuple[str, list[str]]:
    parts = [first.strip()]
    j = idx + 1

    def cont(prev: str, nxt: str) -> bool:
        if re.match(r"^(?:[a-z]\)|Diarienummer|Föredragande|Förslag|Se ppt)", nxt):
            return False
        if prev.endswith(("-", ",")) or nxt[:1].islower():
            return True
        return bool(re.search(r",\s*[A-ZÅÄÖ][a-zåäö]+$", prev)) and NAME_TOK.match(nxt.split()[0]) is not None

    while j < len(lines) and cont(parts[-1], lines[j][2]) and not ITEM.match(lines[j][2]):
        parts.append(lines[j][2].strip())
        j += 1
    raw = re.sub(r"-\s+(?=[A-ZÅÄÖ])", "-", " ".join(parts))
    raw = re.sub(r"(\w)-\s+(?!och\b)([a-zåäö])", r"\1\2", raw)
    names, rest = split_names(raw)
    while not rest and j < len(lines):
        line = lines[j][2].strip()
        if is_name_line(line):
            more, _ = split_names(line)
            names += more
            j += 1
            continue
        tparts = [line]
        j += 1
        while j < len(lines) and cont(tparts[-1], lines[j][2]):
            tparts.append(lines[j][2].strip())
            j += 1
        rest = " ".join(tparts)
    rest, trailing = trailing_presenters(rest.strip())
    names += trailing
    title = short_title(rest)
    return title, [n for n in names if " " in n]


def extract(ctx: Ctx) -> None:
    hm = header_meeting(ctx)
    if not hm or not ctx.organ:
        return
    date = hm[0]
    mlocal = I.meeting_local(organ_slug(ctx.organ), date)
    meeting = I.meeting_iri(organ_slug(ctx.organ), date)
    g = ctx.g
    s = ctx.nt.s
    its = items(ctx, hm[2])
    slot_presenters = time_plan_presenters(ctx, its)
    # a table's proposal column: each row's proposal, where the row's own line is the item's title line
    row_proposals = table_proposals([ln for ln in ctx.nt.lines() if ln[0] >= hm[2]])
    # past-tense decisions ("Dagordningen godkändes.") count in an item without a decision label when such
    # labels are the exception in these minutes; where most items label theirs, the prose is an account
    labelled = [minutes.labels_decisions(ctx, it.start, it.end) for it in its]
    prose_ok = 2 * sum(labelled) < len(its)
    for it, has_label in zip(its, labelled, strict=True):
        pres = list(it.presenters)
        # "Ekonomisk uppföljning (Föredrogs av Jakob Sund)": the presenter in parentheses after the title
        if it.title and (pm := _TITLE_PRESENTER.search(it.title)):
            pres += [n for n in minutes.person_names(pm["w"]) if n not in pres]
            it = Item(it.n, it.start, it.end, it.title[:pm.start()].rstrip(" –-:"), it.presenters, it.sub)
        node = I.agenda_item_iri(mlocal, it.number)
        g.add((node, RDF.type, SG.AgendaItem))
        g.add((node, SG.number, str_lit(it.number)))
        g.add((node, SG.ordinal, year_lit(it.n)))
        g.add((node, SG.partOf, meeting))
        if it.title:
            g.add((node, DCTERMS.title, sv(it.title)))
        g.add((node, RDFS.label, sv(f"{it.number}. {it.title}" if it.title else f"Punkt {it.number}")))
        ctx.prov(node, it.start, it.end)
        pres += minutes.presenters(ctx, it.start, min(it.end, it.start + PRESENTER_LABEL_CHARS))
        for m in _BACKGROUND.finditer(s, it.start, it.end):   # an item that opens with its decision box
            pres += minutes.presenters(ctx, m.end(), min(it.end, m.end() + PRESENTER_LABEL_CHARS))
        pres += [p for p in slot_presenters.get(it.number, []) if p not in pres]
        for p in dict.fromkeys(pres):
            person = I.person_iri(p)
            g.add((person, RDF.type, SG.Person))
            g.add((person, RDFS.label, Literal(p)))
            g.add((node, SG.presenter, person))
            ctx.prov(person, it.start, it.end)
        for c in ctx.topics_in(it.start, it.end):
            g.add((node, SG.concerns, URIRef(c)))
        found: list[tuple[int, int, bool]] = []
        if not it.sub and (cell := row_proposals.get(it.n)) and it.start <= cell[0] < it.end:
            found.append(cell)
        for m in PROPOSAL.finditer(s, it.start, it.end):
            found.append((m.start("t"), m.end("t"), True))
        for m in DECISION.finditer(s, it.start, it.end):
            found.append((m.start(), m.end(), False))
        for m in DECISION_LINE.finditer(s, it.start, it.end):
            if not any(a <= m.start("t") < b for a, b, _p in found):
                found.append((m.start("t"), m.end("t"), False))
        body = s.find("\n", it.start, it.end)   # decisions stand under the item's title line …
        line = s[it.start:body if body > 0 else it.end]
        if CELL_SEP in line and it.title and (t := line.find(it.title)) >= 0:
            # … or, in a table row, in the cells after its title ("1 | Title | Noteringar och beslut | …")
            after = line.find(CELL_SEP, t + len(it.title))
            body = it.start + after if after >= 0 else body
        found += minutes.decisions(ctx, body if body > 0 else it.end, it.end, [(a, b) for a, b, _p in found],
                                   prose=prose_ok and not has_label, labelled_only=has_label)
        for k, (a, b, proposed) in enumerate(sorted(found), 1):
            dec = I.decision_iri(f"{mlocal}/{it.number}-{k}")
            g.add((dec, RDF.type, SG.Decision))
            g.add((dec, SG.text, sv(ctx.text(a, b))))
            g.add((dec, SG.partOf, node))
            g.add((dec, SG.decidedAt, meeting))
            if proposed:
                g.add((dec, SG.proposed, Literal(True)))
            for c in ctx.topics_in(a, b):
                g.add((dec, SG.concerns, URIRef(c)))
            ctx.prov(dec, a, b)


__all__ = ["Item", "extract", "items", "split_names"]
