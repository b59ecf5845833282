"""Metadata from the text itself (date, Dnr, organ, year, type, title) and the Document builder.

General rules for Swedish governance documents, no per-file code. Labelled values ("Sammanträdesdatum:",
"Diarienummer:", "Sammanträde med:", "Organ") are read from the RAW text, because the cleaner removes
letterhead blocks that carry them; headings and running text are read from the cleaned text. A
manifest (or CLI) only overrides what the text does not state, via `build_document(..., overrides)`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from corpus.clean import clean_text, normalise_chars
from corpus.dates import ISO_DATE_RE, MONTH_RE, iso_fullmatch, parse_date
from corpus.doc_types import detect_type, header_cells
from corpus.errors import IngestError
from corpus.furniture import strip_page_number
from corpus.model import DOC_TYPES, Document
from corpus.segment import segment
from corpus.slug import slugify
from corpus.vocabulary import MetadataVocabulary, load_vocabulary

# An unlabelled organ is looked for in the first 1500 characters (title page, letterhead, first paragraph):
# further down, documents name other organs they report to or work with.
ORGAN_SEARCH_CHARS = 1500
_TITLE_WORDS = (r"(?:minnesanteckningar|(?:sammanträdes)?protokoll|kallelse|kungörelse|föredragningslista|"
                r"ärendelista|mötesanteckningar|sammanträdesanteckningar)")
# "Kallelse och föredragningslista", "Protokoll/minnesanteckningar": a title of title words only
_TITLE_PHRASE = rf"{_TITLE_WORDS}(?:\s*(?:och|/|samt)\s*{_TITLE_WORDS})*"
# a date glued to an organ name on a header line ("Beredning för nära vård 2026-03-04")
#: a date glued to an organ's name: "… 2026-03-04", "… 4 mars 2026", "… 27 maj" (a subject line's day and month)
_GLUED_DATE = re.compile(rf"\s*[,–-]?\s*(?:\d{{4}}-\d\d-\d\d|\d{{1,2}}\s+[a-zåäö]+\s+\d{{4}}"
                         rf"|\d{{1,2}}\s+{MONTH_RE})\s*$", re.I)
#: a plan's or report's title words before the organ it belongs to ("Verksamhetsplan 2027 för …")
_PLAN_TITLE = re.compile(r"^(?:verksamhetsplan|aktivitetsplan|årsredovisning|delårsrapport|verksamhetsberättelse|"
                         r"måluppföljning|uppföljning|nyckeltal)(?:\s+med\s+budget)?(?:\s+(?:19|20)\d\d(?:[–-]\d{2,4})?)?"
                         r"\s*(?:för|,|–|·|•)\s+", re.I)
#: the header block of a protokoll/kallelse: its organ line stands among the first lines of the text
HEADER_LINES = 12
#: a line of running text (a sentence of at least this many words) ends the header block: an organ's name on a
#: line further down is a field's value ("Givet av" / "Kommunfullmäktige"), not the document's organ
SENTENCE_WORDS = 8
_YEAR_PATTERNS = (
    # the year reported on, before a later date of the report: "Årsredovisning 2023", "Verksamhetsberättelse 2024"
    re.compile(r"\b(?:årsredovisning|verksamhetsberättelse|årsrapport)(?:en)?(?: för)?(?: år)? (20\d\d)\b", re.I),
    re.compile(r"(?:redovisning|rapportering|uppföljning) av (?:beredningens |nämndens |\w+a )?uppdrag "
               r"(?:för |från \D{0,60}?|i budget(?:en)? )?(?:år )?(20\d\d)", re.I),
    re.compile(r"verksamhetsplan(?:en)?(?: med budget)?(?: för)?(?: år)? (20\d\d)", re.I),
    re.compile(r"aktivitetsplan(?: för)? (20\d\d)", re.I),
    # a follow-up of goals names the year it follows up: "Nyckeltal 2026", "Måluppföljning 2025"
    re.compile(r"\b(?:nyckeltal(?:srapport)?|måluppföljning|delårsrapport)(?:en)?(?: för)?(?: år)? (20\d\d)\b", re.I),
)
MEETING_TYPES = frozenset({"kallelse", "minnesanteckningar"})
TYPE_LABELS = {
    "aterrapportering": "Återrapportering av uppdrag", "verksamhetsplan": "Verksamhetsplan",
    "aktivitetsplan": "Aktivitetsplan", "kallelse": "Kallelse", "minnesanteckningar": "Minnesanteckningar",
    "malbild": "Målbild",
}


@dataclass
class Metadata:
    doc_type: str = "ovrigt"
    organ: str | None = None
    date: str | None = None
    year: int | None = None
    dnr: list[str] = field(default_factory=list)
    title: str = ""
    organisation: str | None = None


def extract_metadata(raw: str, cleaned: str, vocabulary: MetadataVocabulary | None = None,
                     embedded_title: str | None = None) -> Metadata:
    """Everything the text says about itself. `raw` is the reader's output, `cleaned` clean_text(raw);
    `vocabulary` defaults to the bundled `metadata.toml`; `embedded_title` is the file's own title
    (corpus/source_titles.py), looked at for the type only."""
    vocab = vocabulary or load_vocabulary()
    cleaned = without_mail_header(cleaned, vocab)
    raw_lines = [" ".join(ln.split()) for ln in normalise_chars(raw).replace("\f", "\n").split("\n")]
    raw_lines = [ln for ln in raw_lines if ln]
    flat_raw = " ".join(raw_lines)
    heads = [ln for ln in cleaned.split("\n")[:60] if ln.strip() and len(ln) <= 100][:20]
    # the header lines with their spacing: a PDF-to-text tool draws a letterhead's columns with spaces
    spaced = [ln.strip() for ln in normalise_chars(raw).replace("\f", "\n").split("\n") if ln.strip()]
    meta = Metadata(doc_type=detect_type(heads, cleaned, vocab, spaced[:HEADER_LINES], embedded_title),
                    date=find_date(raw_lines, vocab),
                    dnr=find_dnr(flat_raw, vocab), organ=find_organ(raw_lines, cleaned, vocab, spaced))
    if meta.doc_type in MEETING_TYPES and (meta.date is None or meta.organ is None):
        # the page furniture the cleaner removed (a running footer "Arbetsgruppen för skolnärvaro ·
        # Minnesanteckningar 2026-02-19  Sida 1 (2)") may be the only place that names a meeting's organ and date
        kept = {" ".join(ln.split()) for ln in cleaned.split("\n")}
        furniture = [c.strip() for ln in raw_lines if ln not in kept for c in header_cells(ln) if c.strip()]
        meta.date = meta.date or next((d for c in furniture if (d := parse_date(c))), None)
        meta.organ = meta.organ or next((_tidy_organ(c, cleaned, vocab) for c in furniture
                                         if _organ_name_line(_GLUED_DATE.sub("", c).strip(), vocab)), None)
    meta.year = find_year(" ".join(cleaned.split()), meta.doc_type, meta.date, embedded_title)
    meta.organisation = find_organisation(raw_lines, vocab)
    meta.title = compose_title(meta, heads)
    return meta


def without_mail_header(cleaned: str, vocab: MetadataVocabulary) -> str:
    """The text as its metadata is read: an e-mail's header lines at the top left out, its subject as the
    title line ("Ämne: Minnesanteckningar …" → "Minnesanteckningar …")."""
    lines = cleaned.split("\n")
    k = 0
    while k < len(lines) and (vocab.mail_header.match(lines[k]) or vocab.mail_subject.match(lines[k])):
        k += 1
    if k < 2:   # one "Till:"-like line is not an e-mail header
        return cleaned
    subject = [vocab.mail_subject.sub("", ln, count=1) for ln in lines[:k] if vocab.mail_subject.match(ln)]
    return "\n".join(subject + lines[k:])


def find_date(lines: list[str], vocabulary: MetadataVocabulary | None = None) -> str | None:
    """The labelled document date (strongest label first), else a date in the first lines."""
    for pat in (vocabulary or load_vocabulary()).date_labels:
        for i, line in enumerate(lines):
            if (m := pat.match(line)) and (d := parse_date(next((g for g in m.groups() if g), ""))
                                           or parse_date(" ".join(lines[i + 1 : i + 2]))):
                return d
    return parse_date(" ".join(lines[:6]))


def find_dnr(flat: str, vocabulary: MetadataVocabulary | None = None) -> list[str]:
    """Case numbers: labelled ones ("Dnr: …", "Dnr KS 2025/31") and any of a known shape, in text order."""
    vocab = vocabulary or load_vocabulary()
    hits = [(m.start(1), m[1]) for m in vocab.case_number.finditer(flat)]
    hits += [(m.start(), m[0]) for fmt in vocab.case_formats for m in fmt.finditer(flat)]
    out: list[str] = []
    for _, value in sorted(hits):
        value = value.rstrip(".:-/").upper()
        if value not in out and not ISO_DATE_RE.fullmatch(value):
            out.append(value)
    return out


#: "fört vid X:s sammanträde", "över Xs möte": X in the genitive before the meeting word
_HELD_BY_GENITIVE = re.compile(r"(?:(?:fört|hållet|hållen)\s+)?(?:vid|från|över)\s+(?P<organ>[^\n]{3,80}?)(?::s|s)\s+"
                               r"(?:extra\s+|ordinarie\s+)?(?:sammanträde|möte)\b", re.I)


#: a title naming the organ in the genitive before "protokoll" ("Utdrag ur kommunstyrelsens protokoll")
_GENITIVE_PROTOKOLL = re.compile(r"^(?:(?:protokolls)?utdrag\s+(?:ur|från)\s+)?(?P<organ>[^\n]{3,80}?)(?::s|s)\s+"
                                 r"(?:sammanträdes)?protokoll\b", re.I)


def find_organ(raw_lines: list[str], cleaned: str, vocabulary: MetadataVocabulary | None = None,
               spaced: list[str] | None = None) -> str | None:
    """Organ from "Sammanträde med:"/"Organ" labels, a "Minnesanteckningar <organ>" title, else the
    first named beredning/chefsgrupp/område near the top, else a nämnd."""
    vocab = vocabulary or load_vocabulary()
    for i, line in enumerate(raw_lines[:-1]):
        if m := vocab.organ_label.match(line):
            value = next((g for g in m.groups() if g), "").strip(" |") or raw_lines[i + 1]   # ("Organ | | X")
            if 3 <= len(value) <= 120:
                return _tidy_organ(value, cleaned, vocab)
    lines = [ln for ln in cleaned.split("\n") if ln.strip()]
    # "Fastställd av närsjukvårdsnämnden 2025-11-20, § 88": the organ that adopted the plan or report
    for line in lines[:HEADER_LINES]:
        # ("Beslutad av nämnden": the bare noun refers to an organ named elsewhere)
        if (m := vocab.adopted_by.match(line)) and _organ_name_line(name := m["o"][:1].upper() + m["o"][1:], vocab) \
                and not vocab.organ_suffix.fullmatch(name):
            return _tidy_organ(name, cleaned, vocab)
    # "Utdrag ur kommunstyrelsens protokoll", "Socialnämndens protokoll 2026-05-12": the organ in the genitive
    if lines and (g := _GENITIVE_PROTOKOLL.match(lines[0])):
        return _tidy_organ(g["organ"], cleaned, vocab)
    # "Kallelse till sammanträde" names no organ: the title words alone, like "Kallelse"
    title_only = rf"{_TITLE_PHRASE}(?:\s+till\s+(?:sammanträde|möte)t?)?"
    # "Kallelse till sammanträde med socialnämndens arbetsutskott": the organ after the meeting words
    meeting_words = r"(?:till\s+(?:sammanträde|möte)t?\s+)?(?:från |för |med )?"
    if lines and (m := re.match(rf"^{_TITLE_PHRASE}\s+{meeting_words}(.+)$", lines[0], re.I)) \
            and not re.fullmatch(title_only, lines[0].strip(), re.I):
        # "Protokoll fört vid social- och omsorgsnämndens sammanträde den 12 mars 2026": the organ in the
        # genitive before the meeting word, in its base form
        if g := _HELD_BY_GENITIVE.match(m[1]):
            return _tidy_organ(g["organ"], cleaned, vocab)
        return _tidy_organ(m[1], cleaned, vocab)
    # The title words alone on the title line, the organ on the next ("Hälso- och sjukvårdens ledningsgrupp")
    if len(lines) > 1 and re.fullmatch(title_only, lines[0].strip(), re.I) and _organ_line(lines[1], vocab):
        return _tidy_organ(lines[1], cleaned, vocab)
    # A sentence that convenes the organ ("Välfärdsnämnden kallas till sammanträde."; "Ledamöterna i X
    # kallas …" convenes X), before the header block, whose agenda rows may end in an organ's name too
    for line in lines[:HEADER_LINES]:
        if m := vocab.convened.match(line):
            name = re.split(r"\s+i\s+", m["o"])[-1]
            if _organ_name_line(name := name[:1].upper() + name[1:], vocab):
                return _tidy_organ(name, cleaned, vocab)
    # The header block: a line that is only an organ's name ("Vårdutskottet", "Kommunstyrelsen"), also
    # when it is a running header with a page number ("Vårdutskottet Sida 1 av 2").
    # A header drawn in columns ("Fritidsnämnden | 2025-10-15 | 1/2") is looked at cell by cell.
    # (`spaced`: the same lines with their spacing, whose runs of spaces are column gaps)
    for line in (spaced or raw_lines)[:HEADER_LINES]:
        if line.rstrip().endswith(".") and len(line.split()) >= SENTENCE_WORDS:
            break
        if re.match(r"^\d{1,3}\.?\s*\|", line):
            continue   # a numbered row of an agenda table ("4 | Budget … för välfärdsnämnden"), no header
        for cell in header_cells(line):
            name = _GLUED_DATE.sub("", cell.strip()).strip(" ,")
            name = re.sub(rf"^{_TITLE_PHRASE}[\s,:–-]+", "", name, flags=re.I)   # "Protokoll, Kommunstyrelsen"
            # a plan's title naming its organ: "Verksamhetsplan 2027 för förskole- och grundskolenämnden"
            if pm := _PLAN_TITLE.match(name):
                name = name[pm.end():][:1].upper() + name[pm.end():][1:]
            name = vocab.without_authority(name)   # "Kommunstyrelsens arbetsutskott, Storbergs kommun"
            if "," not in name and _organ_name_line(name, vocab):
                return _tidy_organ(name, cleaned, vocab)
    top = cleaned[:ORGAN_SEARCH_CHARS]
    if m := vocab.group_organ.search(top):
        return _tidy_organ(m[1] or m[2], cleaned, vocab)
    if m := vocab.board.search(top):
        return m[1]
    return None


#: a letterhead line is the organisation's name and at most this many words more ("PROTOKOLL", "1 (3)")
LETTERHEAD_EXTRA_WORDS = 3


def find_organisation(raw_lines: list[str], vocabulary: MetadataVocabulary | None = None) -> str | None:
    """The publishing region or municipality: the name most letterhead lines start with ("Ekby kommun
    PROTOKOLL", a running header repeated on every page), else the first one named in the header lines."""
    pat = (vocabulary or load_vocabulary()).organisation
    heads: Counter[str] = Counter()
    for line in raw_lines:
        m = pat.match(line)
        rest = line[m.end():].split() if m else []
        if m and len(rest) <= LETTERHEAD_EXTRA_WORDS and not line.endswith("."):
            heads[_organisation_name(m[0])] += 1
    if heads:
        return heads.most_common(1)[0][0]   # ties: the first seen (Counter keeps insertion order)
    for line in raw_lines[:HEADER_LINES]:
        if m := pat.search(line):
            return _organisation_name(m[0])
    return None


def _organisation_name(name: str) -> str:
    """"Region Örebro läns" (a genitive in running text) → "Region Örebro län"."""
    return re.sub(r" läns$", " län", name.strip())


def _organ_line(line: str, vocab: MetadataVocabulary) -> bool:
    """A short line that names an organ ("Hälso- och sjukvårdens ledningsgrupp"), not a label or sentence."""
    s = line.strip()
    return 3 <= len(s) <= 100 and ":" not in s and not s.endswith(".") and bool(vocab.organ_word.search(s))


def _organ_name_line(line: str, vocab: MetadataVocabulary) -> bool:
    """A header line that is nothing but an organ's name: capitalised, at most six words, the last one
    ending in an organ noun ("Kommunstyrelsen", "Vårdutskottet") or a "<Head> för <name>" group."""
    words = line.split()
    return (1 <= len(words) <= 6 and line[:1].isupper() and ":" not in line and not line.endswith(".")
            and ((bool(vocab.organ_suffix.search(words[-1])) and not vocab.name_break.search(line))
                 or bool(vocab.group_organ.fullmatch(line))))


def _tidy_organ(name: str, text: str, vocab: MetadataVocabulary) -> str:
    name = _GLUED_DATE.sub("", strip_page_number(re.sub(r"\s+", " ", name)))
    name = name.strip(" .,:;")
    name = vocab.without_authority(name)
    name = vocab.definite_head.sub(r"\1", name[:1].upper() + name[1:])
    # Genitive "Område psykiatris verksamhet": drop the s when the base form occurs in the text.
    if (m := re.fullmatch(r"(Område \S+?)s", name)) and re.search(rf"\b{re.escape(m[1])}\b(?!s)", text):
        name = m[1]
    return name


def find_year(flat: str, doc_type: str, date: str | None, embedded_title: str | None = None) -> int | None:
    if doc_type in MEETING_TYPES and date:
        return int(date[:4])
    # the earliest naming wins: the title comes before a link to last year's report further down the page;
    # the file's own title ("… – Årsredovisning 2025 – …") when the text names none (before the date: an
    # annual report is adopted the year after the one it reports on)
    for text in (flat, embedded_title or ""):
        hits = [m for pat in _YEAR_PATTERNS if (m := pat.search(text))]
        if hits:
            return int(min(hits, key=lambda m: m.start())[1])
    return int(date[:4]) if date else None


def compose_title(meta: Metadata, heads: list[str]) -> str:
    label = TYPE_LABELS.get(meta.doc_type)
    if label is None:
        return heads[0][:120] if heads else "Namnlöst dokument"
    parts = [label + (f" {meta.year}" if meta.year and meta.doc_type not in MEETING_TYPES else "")]
    if meta.organ:
        parts.append(meta.organ)
    if meta.date and meta.doc_type in MEETING_TYPES:
        parts.append(meta.date)
    return ", ".join(parts)


_SLUG_STOP = frozenset({"for", "och", "samt", "i", "av", "med", "till"})


def make_doc_id(meta: Metadata, fallback: str) -> str:
    """"<date or year>-<type>-<first three words of the organ>", else the slug of `fallback`."""
    when = meta.date if meta.doc_type in MEETING_TYPES and meta.date else (str(meta.year) if meta.year else "")
    organ_words = [w for w in slugify(meta.organ or "").split("-") if w and w not in _SLUG_STOP][:3]
    if not when or meta.doc_type == "ovrigt":
        return slugify(fallback) or "dokument"
    return "-".join([when, meta.doc_type, *organ_words])


def build_document(raw_text: str, doc_id: str | None, source: str, source_sha256: str,
                   overrides: dict[str, Any] | None = None, *, hard_lines: bool = False,
                   embedded_title: str | None = None) -> Document:
    """Clean, extract, apply `overrides` (manifest keys: id, title, type, organ, organisation, date, year,
    dnr, source) and segment. `doc_id` None/"" derives the id from the metadata (or `source`).
    `hard_lines`: the reader's line breaks are real (DOCX, HTML), see `clean_text`; `embedded_title` the
    file's own title (corpus/source_titles.py)."""
    ov = dict(overrides or {})
    text = clean_text(raw_text, hard_lines=hard_lines)
    if not text.strip():
        raise IngestError(f"{source}: ingen text kvar efter rensning (bara sidhuvuden/sidfötter?).")
    meta = extract_metadata(raw_text, text, embedded_title=embedded_title)
    if "type" in ov:
        if ov["type"] not in DOC_TYPES:
            raise IngestError(f"{source}: okänd dokumenttyp '{ov['type']}'. Tillåtna: {', '.join(DOC_TYPES)}.")
        meta.doc_type = ov["type"]
    if ov.get("date"):
        meta.date = _iso_or_error(str(ov["date"]), source)
    meta.organ = ov.get("organ", meta.organ)
    meta.organisation = ov.get("organisation") or meta.organisation
    if "year" in ov:
        meta.year = int(ov["year"])
    if "dnr" in ov:
        meta.dnr = [ov["dnr"]] if isinstance(ov["dnr"], str) else list(ov["dnr"])
    # Recompose after the overrides (an overridden organ belongs in the title too).
    title = ov.get("title") or (compose_title(meta, []) if meta.doc_type in TYPE_LABELS else meta.title)
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", source)
    final_id = slugify(str(ov.get("id") or doc_id or "")) or make_doc_id(meta, stem)
    return Document(
        id=final_id, title=title, doc_type=meta.doc_type, text=text, organ=meta.organ, date=meta.date,
        year=meta.year, dnr=meta.dnr, source=ov.get("source", source), source_sha256=source_sha256,
        passages=segment(text, final_id, agenda=meta.doc_type in MEETING_TYPES), organisation=meta.organisation,
    )


def _iso_or_error(value: str, source: str) -> str:
    iso = iso_fullmatch(value.strip())
    if iso is None:
        raise IngestError(f"{source}: datumet '{value}' är inte ett giltigt datum (ÅÅÅÅ-MM-DD).")
    return iso


__all__ = ["MEETING_TYPES", "TYPE_LABELS", "Metadata", "build_document", "compose_title",
           "extract_metadata", "find_date", "find_dnr", "find_organ", "find_organisation", "find_year", "make_doc_id",
           "parse_date", "slugify"]
