"""Cleaning: raw extracted text → the canonical `Document.text` that all spans index into.

Pure functions. The steps, in order:
1. `normalise_chars`: Unicode NFC, odd spaces, soft hyphens, ligatures, Wingdings bullets → "•".
2. `boilerplate_mask`: letterhead, page headers/footers and page numbers. Three general rules:
   regexes from `boilerplate.txt` (editable data), page furniture found by structure (`furniture.py`:
   lines repeated in the top/bottom band of the pages "\f" separates, page-number shapes), and
   letterhead-like lines (ALL CAPS, URLs, e-mail) that repeat throughout a text without page breaks.
   Short lines sandwiched between letterhead lines go too.
3. `join_hyphenated`: "sjukvårds-\nnämndens" → "sjukvårdsnämndens", but "Hälso-\noch" → "Hälso- och",
   "SMO-\npiloten" → "SMO-piloten", "e-\nhälsa" → "e-hälsa".
4. `unwrap`: hard-wrapped lines of one paragraph become one line; list items, numbered items, labels
   ("Kommentar:") and headings keep their own lines; at most one blank line between paragraphs. Before
   the lines lose their indentation, a line set further left than an indented list item above it (a label
   back at the margin after a `pdftotext -layout` bullet list) is marked a paragraph of its own
   (`_outdent_breaks`): no wrapped line of an item starts left of the item's own bullet.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from corpus.furniture import furniture_mask

BOILERPLATE_FILE = Path(__file__).resolve().parent / "boilerplate.txt"

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl"}
# Bullet glyphs at line start. U+F0xx are Symbol/Wingdings glyphs that PDF and Word exports leak.
_BULLET_START = re.compile(r"^[\uf000-\uf0ff▪●◦○■□➢►‣∙·]\s*")
_LONE_NUMBER = re.compile(r"^\d{1,3}$|^[_=~*.·-]{5,}$")
_LETTERHEADISH = re.compile(r"@|www\.|https?://|\b\d{3} ?\d{2} [A-ZÅÄÖ]")
# Words after which a line-end hyphen is a Swedish "suspended" compound: "hälso- och sjukvård".
_SUSPENDED_NEXT = frozenset({"och", "eller", "samt", "respektive", "resp", "resp.", "men", "till", "som"})
# Words a wrapped line often ends with: the sentence obviously goes on.
_CONTINUING_END = frozenset(
    [
        "och", "eller", "samt", "men", "att", "av", "för", "med", "till", "på", "om", "i", "som",
        "den", "det", "de", "en", "ett", "vid", "från", "inom", "under", "mellan", "utifrån",
        "enligt", "både",
    ]
)
_STRUCTURAL_START = re.compile(
    r"""^(?:
        [•*\-–−]\s                               # bullet
      | \(?[a-zåäö]\)\s                          # a) item
      | \d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s+\S      # 1. / 2.1 / 3.1.2 numbered item or heading
      | \d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\s  # time slot "09:00-09:15 ..." in a kallelse
      | (?:[Bb]er\.?\s+)?[Nn]r\.?\s*\d+          # Nr 8. / Ber nr 1.
      | §\s*\d+                                 # § 12 (protokoll paragraph)
      | Uppdrag\s+\d+\s*[:.]                     # Uppdrag 3: (report heading)
      | [A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s[\wåäöÅÄÖ-]+){0,2}:(?:\s|$)   # label: "Kommentar:", "Ur delårsrapport:"
    )""",
    re.X,
)
_ITEM_START = re.compile(r"^(?:[•*\-–−]\s|\(?[a-zåäö]\)\s)")  # list items, even lower-case "a) ..."
# a raw line's list mark (before bullets are normalised) and the indentation that makes a list "indented"
_LIST_MARK = re.compile(r"^(?:[•*\-–−\uf000-\uf0ff▪●◦○■□➢►‣∙·]\s|\d{1,2}[.)]\s|\(?[a-zåäö]\)\s)")
MIN_LIST_INDENT = 2
# A numbered item's heading: "Punkt 1. Title", "§ 12 Title", "3. Title", "Ärende 4 Title" (one optional
# capitalised word before the number, so no list of item words is needed), its title not punctuated.
_ITEM_HEADING = re.compile(
    r"^(?:[A-ZÅÄÖ][a-zåäö]+\s+)?(?:§\s*)?\d{1,3}(?:\.\d{1,2}){0,3}[.):]?\s+(?:[–-]\s+)?"
    r"(?P<title>[A-ZÅÄÖ].*[^.,;:!?])$")   # ("Punkt 2 – Budget 2028": a dash after the number)
_NUMBERED_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+[A-ZÅÄÖ]")


def clean_text(raw: str, patterns: Sequence[re.Pattern[str]] | None = None, *, hard_lines: bool = False) -> str:
    """The cleaned text of a raw extraction (see module docstring). Ends with one newline.

    `hard_lines=True` for sources whose line breaks are real (Word paragraphs, HTML blocks and <br>):
    their lines are never soft wraps, so nothing is re-joined (steps 3 and 4 only collapse blank lines)."""
    pats = load_boilerplate() if patterns is None else patterns
    pages = [[_normalise_line(line) for line in _outdent_breaks(page.split("\n"))]
             for page in normalise_chars(raw).split("\f")]
    mask = boilerplate_mask(pages, pats)
    lines = ["" if drop else line for page, pmask in zip(pages, mask, strict=True)
             for line, drop in zip(page, pmask, strict=True)]
    lines = collapse_blank(lines) if hard_lines else unwrap(join_hyphenated(lines))
    text = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text) + "\n" if text else ""


def _outdent_breaks(lines: list[str]) -> list[str]:
    """The raw lines with a blank line put before each line that starts left of the indented list item
    above it (the item's bullet indented, its wrapped lines further in): that line ends the list."""
    out: list[str] = []
    item_indent: int | None = None   # the indentation of the list item the last lines belong to
    for line in lines:
        body = line.lstrip(" \t")
        indent = len(line) - len(body)
        if not body:
            item_indent = None
        elif _LIST_MARK.match(body) and indent >= MIN_LIST_INDENT:
            item_indent = indent
        elif item_indent is not None and indent < item_indent:
            out.append("")
            item_indent = None
        out.append(line)
    return out


@lru_cache(maxsize=4)
def _load_patterns(path: str) -> tuple[re.Pattern[str], ...]:
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(re.compile(line))
    return tuple(out)


def load_boilerplate(path: Path = BOILERPLATE_FILE) -> tuple[re.Pattern[str], ...]:
    """The boilerplate regexes of `path` (one per line; '#' comments)."""
    return _load_patterns(str(path))


def normalise_chars(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    for lig, rep in _LIGATURES.items():
        text = text.replace(lig, rep)
    return text


def _normalise_line(line: str) -> str:
    line = _SPACES.sub(" ", line).strip()
    line = _BULLET_START.sub("• ", line)
    return re.sub(r"^•(?=\S)", "• ", line)


def _key(line: str) -> str:
    """Comparison key of a line: lower-case, digits masked (page numbers and dates vary per page)."""
    return re.sub(r"\d+", "#", line.lower())


def boilerplate_mask(pages: list[list[str]], patterns: Sequence[re.Pattern[str]]) -> list[list[bool]]:
    """For each line of each page: True if it is letterhead/header/footer/page-number boilerplate."""
    mask = [[bool(line) and any(p.fullmatch(line.lower()) for p in patterns) for line in page]
            for page in pages]
    # Without page breaks: a letterhead-like line (ALL CAPS slogan, address, URL) repeated 3+ times.
    counts = Counter(_key(ln) for page in pages for ln in page if ln)
    for page, pmask in zip(pages, mask, strict=True):
        for i, line in enumerate(page):
            if line and counts[_key(line)] >= 3 and len(line) <= 120 and _letterhead_like(line):
                pmask[i] = True
    for page, pmask in zip(pages, mask, strict=True):
        _drop_sandwiched(page, pmask)
    # Running headers/footers and page numbers, found by page structure (corpus/furniture.py); after the
    # sandwich rule, which is about letterhead blocks: a short § heading between header and footer stays.
    for pmask, fmask in zip(mask, furniture_mask(pages), strict=True):
        for i, drop in enumerate(fmask):
            pmask[i] = pmask[i] or drop
    return mask


def _letterhead_like(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    all_caps = len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    return all_caps or bool(_LETTERHEADISH.search(line))


def _drop_sandwiched(page: list[str], pmask: list[bool]) -> None:
    """Drop a short line whose nearest non-blank neighbours are both letterhead (e.g. the department
    line "Regional utveckling" between "Region Örebro län" and "Box 1613, ...")."""
    idx = [i for i, ln in enumerate(page) if ln]
    for k in range(1, len(idx) - 1):
        prev_i, i, next_i = idx[k - 1], idx[k], idx[k + 1]
        if pmask[i] or len(page[i]) > 40 or page[i][-1] in ".:!?" or next_i - prev_i > 4:
            continue
        if all(pmask[j] and not _LONE_NUMBER.match(page[j]) for j in (prev_i, next_i)):
            pmask[i] = True


def join_hyphenated(lines: list[str]) -> list[str]:
    """Re-join words hyphenated across a line break (at most one blank line between the halves)."""
    out = list(lines)
    i = 0
    while i < len(out):
        line = out[i]
        m = re.search(r"(?:^|\s)(\S*?)([A-Za-zÅÄÖåäöÉéÜü])-$", line)
        j = i + 1 if i + 1 < len(out) and out[i + 1] else i + 2
        if m and not line.startswith("- ") and j < len(out) and out[j] and j - i <= 2:
            nxt = out[j]
            frag = m.group(1) + m.group(2)
            first_word = nxt.split()[0]
            if not nxt[0].isalnum() or (_STRUCTURAL_START.match(nxt) and not nxt[0].islower()):
                i += 1
                continue
            if first_word.lower() in _SUSPENDED_NEXT:
                joined = line + " " + nxt  # "Hälso- och sjukvård"
            elif len(frag) == 1 or not nxt[0].islower() or any(c.isupper() for c in frag[1:]):
                joined = line + nxt  # "e-hälsa", "Marie-Louise", "Covid-19", "SMO-piloten", "ViSam-modellen"
            else:
                joined = line[:-1] + nxt  # "sjukvårds-" + "nämndens"
            out[i] = joined
            del out[i + 1 : j + 1]
            continue  # the joined line may itself end with a hyphen
        i += 1
    return out


def _line_width(lines: list[str]) -> int:
    lengths = sorted(len(ln) for ln in lines if len(ln) >= 20)
    if len(lengths) < 5:
        return 80
    # at least 60: a short text's longest lines are ragged paragraph ends, not the page width
    return max(60, lengths[int(0.9 * (len(lengths) - 1))])


def _is_wrap(prev: str, line: str, width: int, sentence_follows: bool = False) -> bool:
    """Is the break between two adjacent non-blank lines a soft wrap inside one paragraph?
    `sentence_follows`: `line` and the lines wrapped onto it end in a full stop before the paragraph ends."""
    if _ITEM_START.match(line) or (_STRUCTURAL_START.match(line) and not line[0].islower()):
        return False
    if "|" in (prev[-1:], line[:1]) or " | " in prev or " | " in line:
        return False   # a table row (cells joined by " | ") or a wrapped cell's next line: rows stay lines
    if prev.endswith(":"):
        return False
    if line[0].islower() or line[0] in "(,;)":
        return True
    last = prev.rsplit(" ", 1)[-1].lower()
    if prev[-1] in ",;–-" or last in _CONTINUING_END:
        return True
    if _NUMBERED_HEADING.match(prev):
        return False
    if sentence_follows and (m := _ITEM_HEADING.match(prev)) and not m["title"].startswith("Att ") \
            and (not prev.rsplit(" ", 1)[-1][:1].isupper() or prev.endswith(")")):
        # Swedish item titles are noun phrases in sentence case without a full stop: a capitalised line
        # after one that runs to a full stop is the item's body ("Punkt 1. Genomgång av … / Anteckningarna
        # läggs till handlingarna."), however long the title line is. An "Att …" text is an uppdrag's
        # sentence, and a line ending in a capitalised word breaks inside a name ("… och Region / Örebro
        # läns …"): those still join, unless a closing parenthesis ends it ("… (Föredrogs av Sam Lind)").
        return False
    if prev[-1] in ".!?" and _heading_like(line, width):
        return False   # a short unpunctuated line after a finished sentence: a heading or label
    if re.fullmatch(r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*", line):
        return False   # one capitalised word on its own line ("Status", "Beslut"): a label
    return len(prev) >= 0.7 * width


def _ends_sentence(lines: list[str], k: int) -> bool:
    """Does the run of lines from `k` (up to a blank or structural line) end with a full stop?"""
    j = k
    while j + 1 < len(lines) and lines[j + 1] and not _STRUCTURAL_START.match(lines[j + 1]):
        j += 1
    return lines[j].rstrip()[-1:] in (".", "!", "?")


def _heading_like(line: str, width: int) -> bool:
    return len(line) < 0.5 * width and line[-1] not in ".,;:!?" and len(line.split()) <= 6


def _continues_across_blank(prev: str, line: str) -> bool:
    """A blank line inside a sentence (double-spaced extraction, removed footer): join it."""
    return line[0].islower() and prev[-1] not in ".!?:;" and not _ITEM_START.match(line)


def unwrap(lines: list[str]) -> list[str]:
    """Join soft-wrapped lines into paragraph lines; collapse blank-line runs to one."""
    width = _line_width(lines)
    soft = _soft_blanks(lines)
    out: list[str] = []
    last = ""   # the previous SOURCE line: a wrap is decided line against line, never against the
    #             paragraph joined so far (which is always long, so every short line would look wrapped)
    for k, line in enumerate(lines):
        if not line:
            if out and out[-1] and k not in soft:
                out.append("")
            continue
        if not out:
            out.append(line)
        elif not out[-1]:
            if len(out) >= 2 and _continues_across_blank(last, line):
                out.pop()
                out[-1] = out[-1] + " " + line
            else:
                out.append(line)
        elif _is_wrap(last, line, width, _ends_sentence(lines, k)):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
        last = line
    return out


def collapse_blank(lines: list[str]) -> list[str]:
    """Lines as they are, with runs of blank lines collapsed to one (hard-line sources)."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return out


def _soft_blanks(lines: list[str]) -> set[int]:
    """Blank lines inside double-spaced runs (every line its own "paragraph", as some PDF extractors
    emit tables and slides). There a blank line is only a line break, and the wrap rules decide."""
    def isolated(i: int) -> bool:
        return bool(lines[i]) and (i == 0 or not lines[i - 1]) and (i + 1 >= len(lines) or not lines[i + 1])

    return {k for k in range(1, len(lines) - 1)
            if not lines[k] and isolated(k - 1) and isolated(k + 1)
            and (k < 3 or isolated(k - 3)) and (k + 3 >= len(lines) or isolated(k + 3))}
