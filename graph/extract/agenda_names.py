"""Person names around an agenda title: the presenters a row starts with ("Anna Mann, Karin Brage
Vaccinationsprocess i samverkan"), a line of names under a title, names after a title's dash ("Uppföljning
av SPOT i länet – Sara Ekström") or in a presenter column. Names are told from title words by shape: capitalised
tokens that do not end like Swedish nouns (`NOUNISH`), the last one often ending like a surname (`SURNAME`)."""

from __future__ import annotations

import re

from corpus.blocks import CELL_SEP
from graph.extract import minutes

#: a line of presenters under a title: 2–4 name words ("Anna Berg", "Anna Berg, Per Ek")
NAME_LINE_WORDS = (2, 4)
#: one person's name after a title's dash: first name and one or two surnames ("Sara Ekström Berg")
PERSON_NAME_WORDS = (2, 3)

NOUNISH = re.compile(r"(?:ning|ering|tion|het|ande|ende|else|skap|ord|plan|rapport|process|vård|arbete|grupp|"
                     r"grupper|frågor|möte|ppt|AU)$", re.IGNORECASE)
SURNAME = re.compile(r"(?:son|sson|berg|ström|lund|gren|qvist|kvist|dal|blom|holm|man|in|ius|er|ér|ell|ling|"
                     r"ander|and|ek|bäck|land|ing)$")
NAME_TOK = re.compile(r"^[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?$")
# the presenters after a dash at the end of a title: "Uppföljning av SPOT i länet – Sara Ekström"
TRAILING_NAMES = re.compile(r"\s+[–-]\s+(?P<names>[A-ZÅÄÖÉ][^\n–]*)$")

def is_name_line(line: str) -> bool:
    toks = [t.strip(",") for t in line.replace(",", ", ").split()]
    lo, hi = NAME_LINE_WORDS
    return lo <= len(toks) <= hi and all(NAME_TOK.match(t) and not NOUNISH.search(t) for t in toks)


def split_names(text: str) -> tuple[list[str], str]:
    """Leading person names of a table row ("Anna Mann, Karin Brage Vaccinationsprocess i samverkan")."""
    toks = text.split()
    names: list[str] = []
    cur: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        bare = t.rstrip(",")
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if not NAME_TOK.match(bare) or NOUNISH.search(bare):
            break
        if not t.endswith(",") and nxt and not NAME_TOK.match(nxt.rstrip(",")) and cur == []:
            break  # "Kort utvärdering": capitalised word followed by a lower-case word starts the title
        if not t.endswith(",") and nxt and not NAME_TOK.match(nxt.rstrip(",")):
            break
        if len(cur) >= 2 and not SURNAME.search(bare):
            break
        cur.append(bare)
        i += 1
        if t.endswith(",") or len(cur) >= 3 or (len(cur) == 2 and i < len(toks) and NAME_TOK.match(toks[i].rstrip(","))
                                                and i + 1 < len(toks) and NAME_TOK.match(toks[i + 1].rstrip(","))
                                                and not SURNAME.search(toks[i].rstrip(","))):
            names.append(" ".join(cur))
            cur = []
    if cur:
        names.append(" ".join(cur))
    if i >= len(toks) and len(toks) == 1:
        return [], text
    return names, " ".join(toks[i:])


def trailing_presenters(title: str) -> tuple[str, list[str]]:
    """Split "Title – Anna Berg, Per Ek" into ("Title", ["Anna Berg", "Per Ek"]); titles with a dash that
    is not followed by person names ("Nära vård – lägesrapport") are returned unchanged."""
    if CELL_SEP in title:   # a row drawn in columns (PDF layout, a table): the title is the first cell
        first, *rest = (c.strip() for c in title.split(CELL_SEP))
        return first, [n for c in rest for n in minutes.person_names(c)]
    # "Information från Energi AB. Föredragande: vd Anna Berg": a presenter label after the title's sentence
    label = "|".join(p.pattern for p in minutes.field_rules()["presenter-label"])
    m = re.search(rf"[.;]\s+(?i:{label})\s*:\s*(?P<v>\S[^\n]*)$", title)
    if m and (names := minutes.person_names(m["v"])):
        return title[:m.start()].rstrip(), names
    m = TRAILING_NAMES.search(title)
    if not m:
        return title, []
    parts = [p.strip() for p in re.split(r",|/|\boch\b", m["names"]) if p.strip()]
    lo, hi = PERSON_NAME_WORDS
    if parts and all(lo <= len(p.split()) <= hi and all(NAME_TOK.match(t) and not NOUNISH.search(t) for t in p.split())
                     for p in parts):
        return title[:m.start()].rstrip(" :"), parts
    return title, []

__all__ = ["NAME_TOK", "NOUNISH", "is_name_line", "split_names", "trailing_presenters"]
