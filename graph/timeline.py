"""Timelines of an entity: when it was given as uppdrag, reported on, discussed, decided, mentioned.

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

from typing import Any

from pydantic import BaseModel

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


def timeline(store: Any, iri: str) -> list[TimelineEvent]:
    """Events about `iri`, oldest first (see module docstring for the conventions)."""
    raise NotImplementedError


__all__ = ["KINDS", "KIND_ORDER", "TimelineEvent", "timeline"]
