"""Report labels ("Kommentar:", "Svar:", "Ur delårsrapport:"): the editable list `report_labels.txt`, shared
by the passage splitter (`corpus/segment.py`) and the uppdrag extractor (`graph/extract/assignments.py`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

REPORT_LABELS_FILE = Path(__file__).resolve().parent / "report_labels.txt"


@lru_cache(maxsize=8)
def report_label_pattern(path: Path = REPORT_LABELS_FILE) -> str:
    """One regular expression (a non-capturing group) matching any label of the file, without the colon."""
    lines = (ln.strip() for ln in path.read_text(encoding="utf-8").splitlines())
    return "(?:" + "|".join(ln for ln in lines if ln and not ln.startswith("#")) + ")"


__all__ = ["REPORT_LABELS_FILE", "report_label_pattern"]
