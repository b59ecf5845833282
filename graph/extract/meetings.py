"""Meetings (sg:Meeting): from document headers ("Sammanträdesdatum: 2020-11-24", "När: 13 juni 2025"),
from sentences ("… vid sammanträde den 5 maj 2021", "Beredningen fick 5 mars 2020 en nulägesrapport",
"23 oktober 2020 genomfördes en workshop med …", lists "den 3 februari, 10 mars …") which also give
sg:discussedAt from the uppdrag the sentence reports on, and from schedules ("Sammanträdesdag Torsdag 28
januari …", "2025 mötesdatum 5/9 …"), which are marked `sg:planned true` (known from a plan of meetings,
not from a record that the meeting took place)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from corpus.dates import DATE_RE, MONTH_RE, WEEKDAYS, find_dates, iso, iso_sv
from corpus.metadata import MEETING_TYPES
from corpus.vocabulary import load_vocabulary
from graph import iri as I
from graph.extract.context import GENERIC_SELF, Ctx, sv
from graph.extract.headings import numbered_headings
from graph.extract.minutes import field_rules
from graph.extract.text import BULLETS, HEADER_CHARS, header_date
from graph.namespaces import SG

if TYPE_CHECKING:
    from graph.extract.assignments import Occurrence

# How far (characters of the view) each cue is looked for, and why that far:
#: a schedule's year is written on its trigger line or the line or two before it ("Sammanträdesplan 2021")
SCHEDULE_YEAR_LOOKBACK = 120
#: a schedule lists at most a year of dates; further on, dated lines are about something else
SCHEDULE_MAX_CHARS = 4000
#: "senast den 5 maj", "uppdaterad 3 mars", "justera protokollet den 20 maj": the words that make a date no
#: meeting stand right before it
NOT_MEETING_LOOKBACK = 32
#: "sammanträde … med <organ>": the co-host is named right after "med" (a quote or bracket may come between)
CO_HOST_MAX_GAP = 3

KEYWORD = re.compile(r"\b(?:sammanträde[tn]?|sammanträdena|möte[t]?|workshop(?:en)?|temadag(?:en)?|"
                     r"beredningssamverkan(?:en)?|protokoll(?:et)?|"
                     r"sammanträder|träffas|möts)\b", re.IGNORECASE)   # ("Därefter träffas gruppen 25 november")
# "Nästa möte: 22 oktober 2024", "kommande sammanträde den …": a meeting known from a plan
# ("Fullmäktiges kommande sammanträden: …"); a season's or year's meetings listed after it: "Fullmäktiges
# sammanträden hösten 2026: 28 september, …" (the year named there is the dates' year)
PLANNED = re.compile(r"\b(?:(?:nästa|kommande|planerat?|planerade)\s+(?:möte(?:n|na)?|sammanträde(?:n|na)?|"
                     r"chefsgrupp(?:smöte)?)\b|(?:sammanträden(?:a)?|möten(?:a)?|mötesdatum)\s+(?:(?:under|för)\s+)?"
                     r"(?:(?:hösten|våren|sommaren)\s+)?(?P<year>(?:19|20)\d\d)\s*:)", re.IGNORECASE)
REPORT_VERB = re.compile(r"\b(?:fick|fått|gavs|getts|informerades|genomfördes|genomförde|delgavs)\b", re.IGNORECASE)
# a protokoll is justerat days after its meeting: "… att justera protokollet den 20 maj", "Protokollet
# justeras den 20 maj" date the justering, and the word "protokollet" in them names no other meeting
NOT_MEETING_DATE = re.compile(r"\b(?:senast|från och med|t\.o\.m\.?|till|uppd\.?|uppdaterad|daterad"
                              r"|justera[st]?\s+protokollet|protokollet\s+justera[st]?)\s*(?:den\s+)?$",
                              re.IGNORECASE)
#: a sentence about the justering or the notice of the protokoll dates those, not a meeting ("att justeringen
#: sker i rådhuset måndagen den 20 oktober", "Justeringens plats och tid | …", "Protokollet justerades … och anslogs …",
#: an anslagsbevis: "Datum då anslaget sätts upp | …")
NOT_MEETING_SENTENCE = re.compile(r"\bjustering(?:en)?\s+(?:sker|äger\s+rum)\b|\bjusteringens\s+plats\b"
                                  r"|\bprotokollet\s+(?:justerades|justeras|anslogs)\b|\banslogs\b|^\s*justering\s*[:|]"
                                  r"|\banslaget\s+(?:sätts|sattes|tas|togs)\s+(?:upp|ned|ner)\b|\bgenom\s+anslag\b"
                                  r"|\banslagsbevis\b"
                                  # a meeting adjourned to its second day: the same meeting, not another one
                                  r"|\b(?:ajourner(?:as|ades)|återupptas|återupptogs)\b",
                                  re.IGNORECASE)
SCHEDULE = re.compile(r"(?m)^(?:[^\n]{0,40}\b)?(?:sammanträdesdag(?:ar)?|mötesdatum|mötesdagar|sammanträdesplan)\b",
                      re.IGNORECASE)
ENTRY = re.compile(rf"(?:(?m:^)(?:{WEEKDAYS}\s+)?|\b{WEEKDAYS}\s+)(?P<d>[0-3]?\d)\s+(?P<m>{MONTH_RE})(?!\s*\d)\b"
                   rf"|(?:(?m:^)|(?<=[\s)]))(?P<d2>[0-3]?\d)/(?P<m2>[01]?\d)(?=\s+[A-ZÅÄÖ])", re.IGNORECASE)


def organ_slug(organ_iri: str) -> str:
    return organ_iri.rstrip("/").rsplit("/", 1)[-1]


def header_meeting(ctx: Ctx) -> tuple[str, int, int] | None:
    """(ISO date, view start, view end) of the meeting a kallelse/protokoll/minnesanteckningar is about:
    the document's date (read from its header block by corpus/metadata.py, or a `--date` override,
    which wins), located in the header for provenance; else a labelled header date."""
    date = ctx.doc.date
    if date and ctx.doc.doc_type in MEETING_TYPES:
        # the header ends where the first "§ 12" heading starts: the same date further on (an anslagsbevis
        # "Sammanträdesdatum 2025-05-13" after the last §) would put the agenda's start after all its items
        heads = numbered_headings("agenda", [ln for ln in ctx.nt.lines() if ln[0] < HEADER_CHARS])
        s = ctx.nt.s[:heads[0][0] if heads else HEADER_CHARS]
        for a, b, iso_date, _explicit in sorted(find_dates(s, int(date[:4]))):
            if iso_date == date:
                return date, a, b
        first = s.find("\n")
        return date, 0, first if first > 0 else len(s)
    return header_date(ctx.nt.s)


def meeting_node(ctx: Ctx, organ: str, date: str, vstart: int, vend: int, planned: bool = False,
                 others: list[str] | None = None) -> URIRef:
    node = I.meeting_iri(organ_slug(organ), date)
    g = ctx.g
    g.add((node, RDF.type, SG.Meeting))
    g.add((node, DCTERMS.date, Literal(date, datatype=XSD.date)))
    g.add((node, SG.heldBy, URIRef(organ)))
    for o in others or []:   # a joint meeting: the co-host is recorded as a participant, heldBy stays single
        g.add((node, SG.participant, URIRef(o)))
    c = ctx.thesaurus.concepts.get(organ)
    name = getattr(c, "pref_label", None) or organ_slug(organ)
    g.add((node, RDFS.label, sv(f"{name} {date}")))
    if planned:
        g.add((node, SG.planned, Literal(True)))
    ctx.prov(node, vstart, vend)
    return node


def _schedules(ctx: Ctx) -> list[tuple[int, int]]:
    s = ctx.nt.s
    out: list[tuple[int, int]] = []
    triggers = list(SCHEDULE.finditer(s))
    for ti, m in enumerate(triggers):
        if out and m.start() < out[-1][1]:
            continue
        line_start = s.rfind("\n", 0, m.start()) + 1
        trigger_end = s.find("\n", m.start()) if "\n" in s[m.start():] else len(s)
        ctxt = s[max(0, line_start - SCHEDULE_YEAR_LOOKBACK):trigger_end]
        ym = list(re.finditer(r"\b((?:19|20)\d\d)\b", ctxt))
        year = int(ym[-1].group(1)) if ym else ctx.year_at(m.start())
        if year is None:
            continue
        lim = min(len(s), m.end() + SCHEDULE_MAX_CHARS, triggers[ti + 1].start() if ti + 1 < len(triggers) else len(s))
        stop = re.search(r"(?m)^(?:\d+\.\s+[A-ZÅÄÖ]|Förslag på|Deltagare\s*:|Närvarande\s*:)", s[m.end():lim])
        end = m.end() + stop.start() if stop else lim
        found = False
        for e in ENTRY.finditer(s, m.end(), end):
            d = iso_sv(year, e["m"], int(e["d"])) if e["d"] else iso(year, int(e["m2"]), int(e["d2"]))
            if not d or not ctx.organ:
                continue
            line_end = s.find("\n", e.end())
            line_end = len(s) if line_end < 0 else line_end
            wm = re.search(r"\bmed\s+", s[e.end():line_end])
            others = [o for o in ctx.organs_in(e.end() + wm.end(), line_end) if o != ctx.organ] if wm else []
            meeting_node(ctx, ctx.organ, d, e.start(), line_end, planned=True, others=others)
            found = True
        if found:
            out.append((m.start(), end))
    return out


#: "Nästa sammanträde" alone on its line (an HTML heading, a side column's label) over the line with its date,
#: or "Kommande sammanträden" over a list of them, one a bullet ("• Samhällsbyggnadsnämnden 10 november 2026")
PLANNED_LABEL = re.compile(rf"(?m)^[ \t]*{PLANNED.pattern}[ \t]*:?[ \t]*\n\s*(?P<v>[^\n]+(?:\n[{BULLETS}][^\n]+)*)",
                           re.IGNORECASE)


def _other_organ(ctx: Ctx, head: str) -> bool:
    """Does the text before a listed date name an organ other than the document's ("Kommunfullmäktige")?"""
    words = [w for w in re.findall(r"[\wåäöÅÄÖ-]+", head) if load_vocabulary().organ_suffix.search(w)]
    own = (ctx.doc.organ or "").lower()
    return any(w.lower() not in own for w in words)


def _planned_labels(ctx: Ctx) -> None:
    """Planned meetings of this document's organ named under a label of their own."""
    if not ctx.organ:
        return
    for m in PLANNED_LABEL.finditer(ctx.nt.s):
        year = ctx.year_at(m.start("v"))
        for line in re.finditer(r"[^\n]+", m["v"]):   # each line's first date (a time or deadline may follow)
            dates = find_dates(line.group(), year)
            if dates:
                ds, de, date, _explicit = dates[0]
                a = m.start("v") + line.start()
                if _other_organ(ctx, line.group()[:ds]):
                    continue   # another organ's meeting in the list ("• Kommunfullmäktige 12 oktober")
                meeting_node(ctx, ctx.organ, date, a + ds, a + de, planned=True)


_DOC_LIST_WORDS = "|".join(p.pattern for p in field_rules()["document-list"])
_DOC_LIST = re.compile(rf"(?mi)^(?:{_DOC_LIST_WORDS})[ \t]*:?[ \t]*(?=\S|\n|$)")


def _document_lists(s: str) -> list[tuple[int, int]]:
    """The spans of lists of documents: a document-list label (field_labels.tsv) and the paragraph under it
    (or the rest of its line: "Beslutsunderlag: Tjänsteskrivelse 2026-09-02")."""
    out = []
    for m in _DOC_LIST.finditer(s):
        rest = s[m.end():]
        if rest[:1] not in ("\n", ""):   # the list on the label's own line
            out.append((m.start(), m.end() + (rest.find("\n") if "\n" in rest else len(rest))))
            continue
        body = re.match(r"\n*[^\n](?:[^\n]|\n(?!\n))*", rest)
        out.append((m.start(), m.end() + (body.end() if body else 0)))
    return out


def extract(ctx: Ctx, occurrences: list[Occurrence] | None = None) -> None:
    s = ctx.nt.s
    doc_lists = _document_lists(s)
    hm = header_meeting(ctx)
    if hm and ctx.organ:
        meeting_node(ctx, ctx.organ, hm[0], hm[1], hm[2])
    sched = _schedules(ctx)
    _planned_labels(ctx)
    occs = occurrences or []
    for a, b in ctx.nt.sentences():
        if any(x <= a < y for x, y in sched) or any(x <= a < y for x, y in doc_lists):
            continue   # (a date in a list of documents dates a document)
        sent = s[a:b]
        kw = KEYWORD.search(sent)
        verb = REPORT_VERB.search(sent)
        if not kw and not verb:
            continue
        if re.search(r"sammanträdesdatum|sammanträdesdag", sent, re.IGNORECASE) and not DATE_RE.search(sent):
            continue
        if NOT_MEETING_SENTENCE.search(sent):
            continue
        season = PLANNED.search(sent)
        dates = find_dates(sent, int(season["year"]) if season and season["year"] else ctx.year_at(a))
        dates = [d for d in dates if not NOT_MEETING_DATE.search(sent[max(0, d[0] - NOT_MEETING_LOOKBACK):d[0]])]
        if not dates:
            continue
        for ds, de, date, explicit in dates:
            # a meeting dated after the document is one it plans: it cannot have been held yet
            planned = bool(PLANNED.search(sent[:ds])) or bool(explicit and ctx.doc.date and date > ctx.doc.date)
            if not explicit and not planned and ctx.doc.date and date > ctx.doc.date:
                # "från mötet den 20 november" in minutes of January: a day and month without a year that
                # the text recalls is the last such day before the document, not one later in its year
                date = f"{int(date[:4]) - 1}{date[4:]}"
            organ = None
            # nearest organ (or "beredningen"/"nämnden" = this document's organ) before the date
            before = [m for m in ctx.mentions_in(a, a + ds) if ctx.is_organ(m.concept_iri)]
            gen = list(GENERIC_SELF.finditer(sent[:ds]))
            last_org_pos = ctx.nt.span(a, a)[0]
            if before:
                organ, last_org_pos = str(before[-1].concept_iri), before[-1].start
            gen_pos = ctx.nt.span(a + gen[-1].start(), a + gen[-1].end())[0] if gen else -1
            if gen and ctx.organ and (organ is None or gen_pos > last_org_pos):
                organ = ctx.organ
            if organ is None and kw:
                organ = ctx.organ
            if organ is None:
                continue
            if not kw and not (verb and (before or gen)):
                continue
            others: list[str] = []
            wm = re.search(r"\b(?:tillsammans\s+)?med\s+", sent[de:])
            if kw and wm:
                others = [str(m.concept_iri) for m in ctx.mentions_in(a + de + wm.end(), b)
                          if ctx.is_organ(m.concept_iri) and m.concept_iri != organ
                          and m.start - ctx.nt.span(a + de + wm.end(), a + de + wm.end())[0] <= CO_HOST_MAX_GAP][:1]
            node = meeting_node(ctx, organ, date, a, b, others=others, planned=planned)
            for o in occs:
                if o.iri is not None and o.start <= a < max(o.body_end, o.end):
                    ctx.g.add((o.iri, SG.discussedAt, node))


__all__ = ["extract", "header_meeting", "meeting_node", "organ_slug"]
