"""Numbered headings in general forms, driven by `heading_words.tsv` (staff add a heading word without code):
"§ 5 Title", "Punkt 3. Title", "Ärende 4: Title", "Mål 1 Title", "Uppdrag 2 – Title". `numbered_headings`
keeps only siblings: the headings of the word used most often, in increasing order."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

WORDS_PATH = Path(__file__).with_name("heading_words.tsv")


@cache
def heading_words() -> dict[str, list[str]]:
    """kind → regexes of the words that start a numbered heading of that kind."""
    out: dict[str, list[str]] = {}
    for raw in WORDS_PATH.read_text("utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("\t")
        out.setdefault(parts[0].strip(), []).append(parts[1].strip())
    return out


@cache
def heading_pattern(kind: str) -> re.Pattern[str]:
    """'<word> <n>[.:)–-] <Title>' for the words of `kind`, or '<n> <word> <Title>' for its `<kind>-after`
    words ("12 § Val av justerare"); groups `w` or `wa` (the word), `n`, `t` (the title). The number is
    whole ("§ 43" is never § 4 titled "3"), and the title may be missing: a protokoll set with the § on a
    line of its own has its title on the next line (`t` is then None; the caller reads on). A PDF row may
    put the title in a column of its own ("1 § | Title")."""
    words = "|".join(f"(?:{w})" for w in heading_words().get(kind, []))
    after = "|".join(f"(?:{w})" for w in heading_words().get(f"{kind}-after", [])) or "(?!)"
    # (a time slot may follow the number: "Ärende 4 kl. 09.15", its title on the next line)
    return re.compile(rf"^(?:(?P<w>{words})\s*)?(?P<n>\d{{1,3}})(?!\d)(?(w)|\s*(?P<wa>{after}))\s*[.:)]?\s*"
                      rf"(?:kl\.?\s*\d{{1,2}}[.:]\d{{2}}\s*)?(?:\|\s*)?(?:(?:[–-]\s+)?(?P<t>[A-ZÅÄÖ\d].*))?$",
                      re.IGNORECASE)


def numbered_headings(kind: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, re.Match[str]]]:
    """(offset, match) of the heading lines of `kind` that fit their siblings' numbering: one heading word
    (the most frequent), numbers increasing."""
    pat = heading_pattern(kind)
    found = [(a, m) for a, _b, line in lines if (m := pat.match(line.strip()))]
    if not found:
        return []
    word = Counter((m["w"] or m["wa"]).lower() for _a, m in found).most_common(1)[0][0]
    out: list[tuple[int, re.Match[str]]] = []
    for a, m in found:
        if (m["w"] or m["wa"]).lower() == word and (not out or int(m["n"]) > int(out[-1][1]["n"])):
            out.append((a, m))
    return out


__all__ = ["heading_pattern", "heading_words", "numbered_headings"]
