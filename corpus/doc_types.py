"""The document's type from its own words: the cues of `metadata.toml` [types] in the heading lines at the top,
the running header's cells, the file's own title; and whether an annual or interim report reports on uppdrag
(an återrapportering) or follows up goals (stored with the plans). Split out of corpus/metadata.py, which reads
the other metadata (date, Dnr, organ, year) and builds the Document."""

from __future__ import annotations

import re

from corpus.blocks import CELL_SEP
from corpus.furniture import strip_page_number
from corpus.source_titles import title_parts
from corpus.vocabulary import MetadataVocabulary, load_vocabulary

#: a header line's cells: split where a reader drew a column ("|") or a PDF-to-text tool left a run of spaces
_HEADER_CELL_GAP = re.compile(rf"{re.escape(CELL_SEP.strip())}|\s{{3,}}|\s+[·•]\s+")   # (also "X · Minnesanteckningar")


def header_cells(line: str) -> list[str]:
    """The cells of a header line (letterhead, running header), its page number left out."""
    return _HEADER_CELL_GAP.split(strip_page_number(line))


#: an uppdrag reported on: a heading or table row that starts with the word, or a status/assessment label
_UPPDRAG_REPORTED = re.compile(r"(?im)^(?:\d+(?:\.\d+)*\.?\s+)?(?P<u>uppdrag)\b|^(?:status|bedömning)\s*:")
#: a table header row with an uppdrag column and a status column ("Uppdrag | Uppdragets innehåll | Status", a
#: dated "Status 2025-12")
_UPPDRAG_TABLE = re.compile(r"(?im)^(?=[^\n]*(?:^|\| )uppdrag(?:et)?\s*(?:\||$))"
                            r"(?=[^\n]*\| status(?:\s+[\w-]+)?\s*(?:\||$))")
#: a section of uppdrag ("3 Uppdrag från kommunfullmäktige", an introduction perhaps) over at least three numbered
#: paragraphs ("1. Utreda … [Pågår]"): a report that reports on the uppdrag it lists
_UPPDRAG_SECTION = re.compile(r"(?im)^(?:\d+(?:\.\d+)*\.?\s+)?uppdrag\b[^\n]{0,80}\n+"
                              r"(?:(?!\d{1,2}[.)]\s)[^\n]*\n+){0,3}"
                              r"(?:\d{1,2}[.)]\s[^\n]+(?:\n+|$)){3}")
#: "Delårsrapport …" on one of the first this many lines titles the document (further down, a § of a protokoll
#: may be titled so: there the cue counts only when nothing else names the type)
REPORT_TITLE_LINES = 2
#: the text's own first lines, looked at before the running header's cells
TITLE_TOP_LINES = 3
#: this many of them make an annual/interim report a report on uppdrag
REPORT_UPPDRAG_MIN = 3


def report_type(cleaned: str) -> str:
    """An annual or interim report: "aterrapportering" when it reports on uppdrag, else "verksamhetsplan"
    (a follow-up of goals and key figures is stored with the plans)."""
    if _UPPDRAG_TABLE.search(cleaned) or _UPPDRAG_SECTION.search(cleaned):   # a table or section of uppdrag
        return "aterrapportering"
    found = list(_UPPDRAG_REPORTED.finditer(cleaned))
    # status or assessment lines alone ("Bedömning: Uppfyllt" under each goal) report on goals: a report on
    # uppdrag names them ("Uppdrag 3 …", "Uppdrag från regionfullmäktige")
    uppdrag = any(m["u"] for m in found)
    return "aterrapportering" if uppdrag and len(found) >= REPORT_UPPDRAG_MIN else "verksamhetsplan"


def detect_type(heads: list[str], cleaned: str, vocabulary: MetadataVocabulary | None = None,
                raw_heads: list[str] | None = None, embedded_title: str | None = None) -> str:
    """The type a heading line states (cues in `metadata.toml` [types]); the raw header lines (running
    headers the cleaner removed: "Region X PROTOKOLL 1 (3)") are looked at when the text's own are silent,
    and the file's own title (`embedded_title`: an HTML <title>, PDF/DOCX metadata) last of all."""
    vocab = vocabulary or load_vocabulary()
    cues = vocab.type_cues
    # a title part that starts "Årsredovisning 2025" titles an annual report as its first line would (the
    # nämnd's web page opens with its name; a heading "Måluppfyllelse" further down must not make it a plan)
    parts = title_parts(embedded_title or "")
    if any(doc_type == "report" and cue.search(p) for p in parts for doc_type, cue in cues):
        return report_type(cleaned)
    # a running header drawn in columns ("Lindås kommun | FÖREDRAGNINGSLISTA") states its type in a cell;
    # a letterhead whose columns the text lost ("Region X  FÖREDRAGNINGSLISTA") states it after the
    # authority's name, so what follows a leading organisation name is looked at as a cell of its own
    # (plain text from a PDF-to-text tool draws the header's columns with runs of spaces)
    raw_cells = [c.strip() for ln in raw_heads or [] for c in header_cells(ln) if c.strip()]
    raw_cells += [c[m.end():].strip() for c in raw_cells if (m := vocab.organisation.match(c)) and c[m.end():].strip()]
    # a sentence ("Nämnden beslutar att anta verksamhetsplan 2026.") names a document, it does not title one
    titles = [ln for ln in heads if not ln.rstrip().endswith(".")]
    # the text's first lines, then the running header's cells, then the rest of the text's heading lines: a
    # header "KOMMUN | PROTOKOLL" on every page says more than an item titled "Verksamhetsplan för hemtjänsten"
    top, rest = titles[:TITLE_TOP_LINES], titles[TITLE_TOP_LINES:]
    for lines in (top, raw_cells, rest):
        for i, line in enumerate(lines):
            for doc_type, cue in cues:
                if cue.search(line) and (doc_type != "report" or (lines is top and i < REPORT_TITLE_LINES)):
                    return report_type(cleaned) if doc_type == "report" else doc_type
    # "Årsredovisning 2024" names the type only when nothing else does: a protokoll's § may be titled
    # "Delårsrapport januari–augusti" (its running header says PROTOKOLL)
    for lines in (titles, raw_cells):
        for line in lines:
            if any(doc_type == "report" and cue.search(line) for doc_type, cue in cues):
                return report_type(cleaned)
    if re.search(r"\(effektmål \d+\)", cleaned, re.I):
        return "verksamhetsplan"
    for doc_type, cue in cues:   # "Kallelse miljö- och byggnämnden" as the page's title, nothing in the text
        if doc_type != "report" and any(cue.search(p) for p in parts):
            return doc_type
    return "ovrigt"


__all__ = ["REPORT_TITLE_LINES", "REPORT_UPPDRAG_MIN", "TITLE_TOP_LINES", "detect_type", "header_cells", "report_type"]
