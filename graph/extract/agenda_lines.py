"""The lines an agenda is read from, with run-on items cut apart.

A PDF-to-text tool often loses the line structure of an agenda: "1. Upprop 2. Val av justerare 3. …" on one
line (a list set in two columns, or items drawn close together), or a protokoll's next § glued to the end of
the previous decision ("… justera protokollet. § 62 Verksamhetsplan 2026"). Items are cut where the NEXT
number of the run starts, so a number inside a title ("Budget 2025", "läsåret 2025/26") never cuts: only the
number that continues the sequence does, and a § in the middle of a line only after a finished sentence
(a cross-reference "enligt 5 kap. § 3" does not follow a full stop).
"""

from __future__ import annotations

import re

from corpus.dates import MONTH_RE

Line = tuple[int, int, str]

# an item number where an item may start: at the start of the line or after whitespace, "§ 62", "4." or "4"
_MARK = re.compile(r"(?:^|(?<=\s))(?P<sec>§\s*)?(?P<n>\d{1,3})(?:\.\s+|\s+)(?=[A-ZÅÄÖ])")
_START = re.compile(r"^\s*(?:§\s*)?(?P<n>\d{1,3})(?:\.\s+|\s+)(?=[A-ZÅÄÖ])")
_MONTH_WORD = re.compile(rf"^{MONTH_RE}\b", re.IGNORECASE)


def split_run_on(lines: list[Line]) -> list[Line]:
    """`lines` with every run-on item on a line of its own (offsets stay those of the view)."""
    out: list[Line] = []
    cur: int | None = None   # the number of the last item seen
    active = False           # the previous line held a run of items (a lower-case next line goes on with it)
    for a, _b, line in lines:
        m0 = _START.match(line)
        if m0:
            cur = int(m0["n"])
        cuts: list[int] = []
        for m in _MARK.finditer(line):
            if cur is None or m.start() == 0 or int(m["n"]) != cur + 1 or _MONTH_WORD.match(line[m.end():]):
                continue
            if m["sec"] and not line[:m.start()].rstrip().endswith((".", "!", "?")):
                continue   # a § mid-line starts an item only after a finished sentence
            if not m["sec"] and not (m0 or active or cuts):
                continue   # a plain number cuts only a line that is itself part of the agenda
            cuts.append(m.start())
            cur += 1
        active = bool(cuts) or (active and not m0 and line[:1].islower())
        for x, y in zip([0, *cuts], [*cuts, len(line)], strict=True):
            piece = line[x:y].rstrip()
            if piece.strip():
                out.append((a + x, a + x + len(piece), piece))
    return out


__all__ = ["Line", "split_run_on"]
