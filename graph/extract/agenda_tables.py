"""Agenda items written as rows of a table (a kallelse's "Nr | Ärende | Dnr | Föredragande", as the readers
give HTML, DOCX and PDF tables): columns found by their header cells, presenters from the presenter column
(labels and job titles from field_labels.tsv, through graph/extract/minutes.py)."""

from __future__ import annotations

import re

from graph.extract import minutes
from graph.extract.text import cell_spans

#: header cells of an agenda table: the number, title and presenter columns (field_labels.tsv)
TABLE_NUMBER = re.compile(rf"^{minutes._alt('table-number', minutes.field_rules())}$", re.IGNORECASE)
TABLE_TITLE = re.compile(rf"^{minutes._alt('table-title', minutes.field_rules())}$", re.IGNORECASE)
PRESENTER_LABEL = re.compile(rf"^{minutes._alt('presenter-label', minutes.field_rules())}$", re.IGNORECASE)


def table_rows(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str, list[str]]]:
    """Agenda items as rows of a table ("Nr | Ärende | Dnr | Föredragande", then "2 | Title | … | Ekonom
    Anna Berg"): the columns are found by their header cells, the numbering must run on from 1."""
    cols: tuple[int, int, int | None] | None = None
    head_cells: list[str] = []
    out: list[tuple[int, int, str, list[str]]] = []
    for a, _b, line in lines:
        cells = [c.strip() for c in line.split("|")]
        if cols is not None and len(cells) == 1 and out and (m := _MERGED.match(line.strip())):
            cells = [m["n"], *([""] * (cols[1] - cols[0] - 1)), m["t"]]   # "10 Övriga frågor": a narrow gap
        if len(cells) < 2:
            continue
        if cols is None:
            cols, head_cells = _header(cells), cells
            continue
        num_c, title_c, pres_c = cols
        if max(num_c, title_c) >= len(cells):
            continue
        if num_c == title_c and (mm := _MERGED.match(cells[num_c])):   # "Punkt | Anteckning": "3. Title" in one cell
            cells = [*cells[:num_c], mm["n"], mm["t"], *cells[num_c + 1:]]
            title_c += 1
            pres_c = pres_c + 1 if pres_c is not None and pres_c > num_c else pres_c
        if not cells[num_c] and cells[title_c] and out:   # the title wrapped in its cell: its next line
            n, start, title, who_names = out[-1]
            out[-1] = (n, start, f"{title} {cells[title_c]}", who_names)
            continue
        if not cells[num_c].rstrip(".").isdigit():
            continue
        n = int(cells[num_c].rstrip("."))
        # the numbering runs on from 1, or, in a "§" column, from the year's earlier meetings (§ 31, § 32 …)
        first = n == 1 or (not out and head_cells[num_c].strip().lower() in ("§", "paragraf"))
        if (n != out[-1][0] + 1 if out else not first) or not cells[title_c]:
            continue
        who = cells[pres_c] if pres_c is not None and pres_c < len(cells) else ""
        # a title cell that goes on with the item's notes ("Upphandlingsplan 2026. Nina Forsberg presenterade …")
        # or with its fields, a Word cell's paragraphs joined ("… 2027 Dnr HVN 2026/244 Förslag till beslut: …")
        title = _NOTES.split(_IN_CELL_FIELD.split(cells[title_c], maxsplit=1)[0], maxsplit=1)[0]
        out.append((n, a, title, minutes.person_names(who)))
    return out


def _header(cells: list[str]) -> tuple[int, int, int | None] | None:
    """(number, title, presenter) columns of a header row; "Nr Ärende" in one cell (drawn too close
    for a column gap) is the number column followed by the title column."""
    num = next((j for j, c in enumerate(cells) if TABLE_NUMBER.match(c)), None)
    # ("Punkt" names either: the number column when a title column follows, "Punkt | Ämne")
    title = next((j for j, c in enumerate(cells) if TABLE_TITLE.match(c) and j != num), None)
    pres = next((j for j, c in enumerate(cells) if PRESENTER_LABEL.match(c)), None)
    both = next((j for j, c in enumerate(cells) if (m := _MERGED_HEADER.match(c))
                 and TABLE_NUMBER.match(m[1]) and TABLE_TITLE.match(m[2])), None)
    if num is not None and title is None and both is None and TABLE_TITLE.match(cells[num]):
        title = num   # "Punkt | Anteckning": the column holds the number and the title ("3. Budget 2027")
    if num is None and title is None and both is not None:
        num, title = both, both + 1
        if pres is not None and pres > both and cells[both + 1]:   # no empty cell kept the title's column
            pres += 1
    return (num, title, pres) if num is not None and title is not None else None


def table_proposals(lines: list[tuple[int, int, str]]) -> dict[int, tuple[int, int, bool]]:
    """Item number → (view span, proposed) of its cell in the table's proposal or decision column ("Nr |
    Ärende | … | Förslag till beslut", "Punkt | Ämne | Beslut/åtgärd": each row's proposal or decision stands
    in its row, not under its title; the header is a `label-proposal` or `label-decision` of
    decision_phrases.tsv). An empty cell or a dash proposes nothing; a decision cell counts when it states a
    decision (a formula of decision_phrases.tsv)."""
    rules = minutes.decision_rules()
    label = re.compile(rf"^{minutes._alt('label-proposal', rules)}$", re.IGNORECASE)
    decided = re.compile(rf"^{minutes._alt('label-decision', rules)}$", re.IGNORECASE)
    formulas = rules["decision"] + rules["past-decision"]
    cols: tuple[int, int, int | None] | None = None
    col: int | None = None
    proposed = True
    out: dict[int, tuple[int, int, bool]] = {}
    for a, _b, line in lines:
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 2:
            continue
        if cols is None:
            cols = _header(cells)
            col = next((j for j, c in enumerate(cells) if label.match(c) or decided.match(c)), None) if cols else None
            proposed = col is not None and bool(label.match(cells[col]))
            continue
        num = cells[cols[0]].rstrip(".") if cols[0] < len(cells) else ""
        if col is None and num.isdigit() and cols[1] < len(cells) and (pm := _CELL_PROPOSAL.search(cells[cols[1]])):
            # no proposal column: "Förslag till beslut: …" inside the title cell (a Word cell's paragraphs)
            x, _y = cell_spans(line, a)[cols[1]]
            out.setdefault(int(num), (x + pm.start("t"), x + pm.end("t"), True))
            continue
        if col is None or col >= len(cells) or not num.isdigit() or not re.search(r"\w", cells[col]):
            continue
        if not proposed and not any(f.search(cells[col]) for f in formulas):
            continue   # a decision column's action ("… tar fram ett förslag") states no decision
        x, y = cell_spans(line, a)[col]
        out.setdefault(int(num), (x, y, proposed))
    return out


_NOTES = re.compile(r"(?<=[a-zåäö0-9])\.\s+(?=[A-ZÅÄÖ])")
_PROPOSAL_LABEL = minutes._alt("label-proposal", minutes.decision_rules())
#: a field inside a title cell: its case number or its proposal ("… Dnr HVN 2026/301 Förslag till beslut: …")
_IN_CELL_FIELD = re.compile(rf"\s+(?:(?:dnr|diarienummer)\b\.?:?\s|{_PROPOSAL_LABEL}\s*:)", re.IGNORECASE)
_CELL_PROPOSAL = re.compile(rf"(?:^|\s){_PROPOSAL_LABEL}\s*:\s*(?P<t>\S.*?)\s*$", re.IGNORECASE)
_MERGED = re.compile(r"^(?P<n>\d{1,2})\.?\s+(?P<t>[A-ZÅÄÖ].*)$")
_MERGED_HEADER = re.compile(r"^(\S+)\s+(\S+)$")


__all__ = ["table_proposals", "table_rows"]
