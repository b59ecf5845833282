"""Timeline events and their assembly: `TimelineEvent`, and `TimelineBuilder`, which reads the events of
each kind in batches (labels, dates and source passages of many resources per query).

Conventions
-----------
* `TimelineEvent.date` is a string: `"YYYY-MM-DD"` when the source states a full date (meetings,
  dated documents) and `"YYYY"` when only the year is known (uppdrag of a year's plan, status reports
  of a year, undated documents about a year). Sorting is chronological by year; within one year the
  year-only events come *before* the dated ones (a plan's uppdrag precedes its meetings), then dated
  events by date, then by kind (`KIND_ORDER`), then label.
* `kind` is one of `KINDS`: "uppdrag" (an uppdrag given), "aktivitet" (an activity in a plan),
  "status" (a status report for a year), "möte" (a meeting where it was discussed or, for an organ,
  held), "beslut" (a decision), "namnbyte" (an organ renamed), "omnämnande" (a document that mentions it,
  one event per document).
* Every event cites the passage it was read from (`passage_id`, the `<passage_id>` of
  `id/passage/<passage_id>`) and its document (`document_id`) where the graph knows one; `iri` is the
  resource the event is about (the uppdrag, status report, meeting, decision, document).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from graph import timeline_queries as q
from graph._nodes import (
    NodeInfo,
    PassageInfo,
    document_id,
    iri_values,
    node_info,
    passage_info,
    plain_query,
    rows_with_passages,
    select_many,
)
from graph.store import GraphStore

KINDS = ("uppdrag", "aktivitet", "status", "möte", "beslut", "namnbyte", "omnämnande")
KIND_ORDER = {k: i for i, k in enumerate(KINDS)}


class TimelineEvent(BaseModel):
    date: str                       # "YYYY" or "YYYY-MM-DD"
    kind: str                       # one of KINDS
    label: str
    passage_id: str | None = None
    iri: str | None = None
    document_id: str | None = None

    @property
    def year(self) -> int:
        return int(self.date[:4])

    def sort_key(self) -> tuple[int, int, str, int, str]:
        return (self.year, 0 if len(self.date) == 4 else 1, self.date, KIND_ORDER.get(self.kind, 99), self.label)


class TimelineBuilder:
    """Collects events; looks up labels, dates and source passages in batches."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.events: dict[tuple[str, str, str], TimelineEvent] = {}
        self._info: dict[str, NodeInfo] = {}
        self._derived: dict[str, list[str]] = {}
        self._passages: dict[str, PassageInfo] = {}
        self._rows: dict[str, list[dict[str, Any]]] = {}   # query text → rows fetched ahead (`prefetch`)

    def prefetch(self, items: list[str], subjects: list[str]) -> None:
        """Fetch the rows `statuses(items)`, `meetings(subjects)` and `decisions(subjects)` will ask for in
        one query (they depend on nothing else): on a remote store one round trip instead of three."""
        queries = [*([q.STATUS % iri_values("a", items)] if items else []),
                   q.DISCUSSED % iri_values("s", subjects), q.DECISIONS % iri_values("s", subjects)]
        self._rows.update(zip(queries, select_many(self.store, queries), strict=True))

    def query(self, query: str) -> list[dict[str, Any]]:
        """The rows of `query`: fetched ahead, else asked now."""
        return self._rows.pop(query) if query in self._rows else plain_query(self.store, query)

    # -- lookups ---------------------------------------------------------------------------------
    def info(self, iris: Iterable[str]) -> dict[str, NodeInfo]:
        missing = [i for i in iris if i not in self._info]
        if missing:
            self._info.update(node_info(self.store, missing))
        return self._info

    def derived(self, iris: Iterable[str]) -> dict[str, list[str]]:
        missing = [i for i in dict.fromkeys(iris) if i not in self._derived]
        if missing:
            for i in missing:
                self._derived[i] = []
            rows, passages = rows_with_passages(self.store, q.DERIVED % iri_values("x", missing))
            for row in rows:
                self._derived[str(row["x"])].append(str(row["p"]))
            self.keep_passages(passages)
        return self._derived

    def passages(self, iris: Iterable[str]) -> dict[str, PassageInfo]:
        missing = [i for i in dict.fromkeys(iris) if i not in self._passages]
        if missing:
            self._passages.update(passage_info(self.store, missing))
        return self._passages

    def keep_passages(self, found: dict[str, PassageInfo]) -> dict[str, PassageInfo]:
        """Add passages read along with another query (those known already stay as they are)."""
        for p, info in found.items():
            self._passages.setdefault(p, info)
        return self._passages

    def first_passage(self, *candidates: Iterable[str]) -> PassageInfo | None:
        """The first passage (lowest ordinal) of the first non-empty candidate list."""
        for cands in candidates:
            infos = [self._passages[p] for p in cands if p in self._passages]
            if infos:
                return min(infos, key=lambda i: (i.document_id or "", i.ordinal if i.ordinal is not None else 1 << 30))
        return None

    def add(self, date: str | None, kind: str, label: str, iri: str | None,
            passage: PassageInfo | None = None, doc: str | None = None) -> None:
        if not date or not date[:4].isdigit():
            return
        date = date[:10] if len(date) >= 10 else date[:4]
        key = (kind, iri or label, date)
        if key in self.events:
            return
        doc_id = document_id(doc) if doc else (passage.document_id if passage else None)
        self.events[key] = TimelineEvent(date=date, kind=kind, label=label, iri=iri,
                                         passage_id=passage.id if passage else None, document_id=doc_id)

    def result(self) -> list[TimelineEvent]:
        return sorted(self.events.values(), key=TimelineEvent.sort_key)

    # -- event kinds ---------------------------------------------------------------------------
    def work_items(self, items: list[str]) -> None:
        if not items:
            return
        info = self.info(items)
        derived = self.derived(items)
        for a in items:
            i = info[a]
            p = self.first_passage(derived.get(a, []))
            year = str(i.year) if i.year else (p.when[:4] if p and p.when else None)
            kind = "aktivitet" if i.type == "Activity" else "uppdrag"
            self.add(year, kind, i.display(), a, p)

    def statuses(self, items: list[str]) -> None:
        if not items:
            return
        rows = self.query(q.STATUS % iri_values("a", items))
        reports = [str(r["r"]) for r in rows]
        derived = self.derived(reports)
        docs = [str(r["doc"]) for r in rows if r["doc"]]
        info = self.info([*items, *docs])
        for r in rows:
            rep, a = str(r["r"]), str(r["a"])
            p = self.first_passage(derived.get(rep, []))
            year = r["year"]
            if not isinstance(year, int):
                doc_info = info.get(str(r["doc"])) if r["doc"] else None
                year = doc_info.year if doc_info and doc_info.year else (int(p.when[:4]) if p and p.when else None)
            if year is None:
                continue
            status = r["statusLabel"] or (str(r["status"]).rsplit("/", 1)[-1] if r["status"] else "okänd status")
            label = f"Status {year}: {status} – {info[a].display()}"
            self.add(str(year), "status", label, rep, p, doc=str(r["doc"]) if r["doc"] else None)

    def _meeting_events(self, pairs: list[tuple[str, str]], subject: str | None) -> None:
        meetings = [m for _, m in pairs]
        info = self.info([*meetings, *(s for s, _ in pairs)])
        derived = self.derived([*meetings, *(s for s, _ in pairs)])
        for s, m in pairs:
            mi = info[m]
            shared = [p for p in derived.get(m, []) if p in derived.get(s, [])]
            p = self.first_passage(shared, derived.get(m, []), derived.get(s, []))
            label = mi.display()
            if subject is not None and s != subject:
                label = f"{label}: {info[s].display()}"
            self.add(mi.date or (p.when if p else None), "möte", label, m, p)

    def meetings(self, subjects: list[str], subject: str | None) -> None:
        rows = self.query(q.DISCUSSED % iri_values("s", subjects))
        # the entity's own discussions first, so a meeting that discussed both is labelled without detour
        rows.sort(key=lambda r: str(r["s"]) != subject)
        self._meeting_events([(str(r["s"]), str(r["m"])) for r in rows], subject)

    def held_meetings(self, organ: str) -> None:
        rows = plain_query(self.store, q.HELD % iri_values("x", [organ]))
        self._meeting_events([(organ, str(r["m"])) for r in rows], organ)

    def decisions(self, subjects: list[str], subject: str | None) -> None:
        rows = self.query(q.DECISIONS % iri_values("s", subjects))
        self._decision_events([(str(r["s"]), str(r["d"]), str(r["m"]) if r["m"] else None) for r in rows], subject)

    def _decision_events(self, triples: list[tuple[str, str, str | None]], subject: str | None) -> None:
        iris = [x for t in triples for x in t if x]
        info = self.info(iris)
        derived = self.derived(d for _, d, _ in triples)
        for s, d, m in triples:
            p = self.first_passage(derived.get(d, []))
            date = (info[m].date if m else None) or (p.when if p else None)
            label = info[d].display()
            if subject is not None and s != subject:
                label = f"{label} ({info[s].display()})"
            self.add(date, "beslut", label, d, p)

    def meeting_itself(self, meeting: str) -> None:
        self._meeting_events([(meeting, meeting)], meeting)
        rows = plain_query(self.store, q.DECIDED_AT % iri_values("x", [meeting]))
        self._decision_events([(meeting, str(r["d"]), meeting) for r in rows], meeting)

    def mentions(self, iri: str) -> None:
        rows, found = rows_with_passages(self.store, q.MENTIONS % iri_values("x", [iri]))
        passages = self.keep_passages(found)
        by_doc: dict[str, list[str]] = {}
        for r in rows:
            p = passages.get(str(r["p"]))
            if p and p.document:
                by_doc.setdefault(p.document, []).append(p.iri)
        for doc, ps in by_doc.items():
            p = self.first_passage(ps)
            if p is None:
                continue
            self.add(p.when, "omnämnande", f"Nämns i {p.title or p.document_id}", doc, p, doc=doc)

    def renames(self, organ: str) -> None:
        rows = plain_query(self.store, q.RENAMES % iri_values("x", [organ]))
        info = self.info([str(r[k]) for r in rows for k in ("from", "to") if r[k]])
        self.passages(str(r["p"]) for r in rows if r["p"])
        for r in rows:
            date = str(r["date"])[:10] if r["date"] else (str(r["year"]) if r["year"] else None)
            label = r["label"]
            if not label:
                a = info[str(r["from"])].display() if r["from"] else "?"
                b = info[str(r["to"])].display() if r["to"] else "?"
                label = f"{a} blir {b}"
            p = self.first_passage([str(r["p"])] if r["p"] else [])
            self.add(date, "namnbyte", str(label), str(r["e"]), p)


__all__ = ["KINDS", "KIND_ORDER", "TimelineBuilder", "TimelineEvent"]
