"""What the `SearchEngine` hands back beyond scores: a hit built from a passage row (highlighted,
with its document and entities), and the graph extras of one query (entity card, timeline, numbered
entities such as "effektmål 8"). The graph is an extra: a failing graph call is logged and the search
stands without it.

A mixin so `SearchEngine` keeps these as its own methods; the attributes below are set by its constructor.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from graph.timeline import TimelineEvent
from search.analysis import Analyzer
from search.highlight import highlight
from search.index import SearchIndex
from search.linking import LinkedEntity
from search.models import DocumentRef, EntityRef, SearchHit, TimelineItem
from search.passages import PassageRow

log = logging.getLogger("search.engine")  # the engine's logger, as before the split

TimelineFn = Callable[[str], list[TimelineEvent]]  # iri → its events, oldest first (graph.timeline.timeline)
EntityFn = Callable[[str], dict[str, Any]]         # iri → chip summary (graph.entities.entity_summary)
ResolveFn = Callable[[str], list[LinkedEntity]]  # query → graph entities it names by number


class EngineOutput:
    """Hit and graph-extra methods of `SearchEngine`."""

    index: SearchIndex
    analyzer: Analyzer
    timeline_fn: TimelineFn | None
    entity_fn: EntityFn | None
    resolve_fn: ResolveFn | None

    def highlight(self, text: str, q: str, extra_spans: list[tuple[int, int]] = ()) -> str:  # type: ignore[assignment]
        """`text` HTML-escaped with the query's words and `extra_spans` marked (search/highlight.py)."""
        return highlight(self.analyzer, text, q, extra_spans)

    def _hit(self, p: PassageRow, score: float, parts: dict[str, float], q: str, rank: int,
             linked: list[LinkedEntity]) -> SearchHit:
        d = self.index.documents[p.doc_id]
        linked_iris = {i for e in linked for i in (e.iri, *e.related)}
        spans = [(int(s), int(e)) for ent in p.entities if ent["iri"] in linked_iris
                 for s, e in ent.get("spans", [])]
        return SearchHit(
            passage_id=p.id, text=p.text, highlight=self.highlight(p.text, q, spans), score=round(score, 6),
            document=DocumentRef(id=d["id"], title=d.get("title") or d["id"], type=d.get("type") or "ovrigt",
                                 date=d.get("date"), year=d.get("year"), organ=d.get("organ")),
            entities=[EntityRef(iri=e["iri"], label=e.get("label") or e["iri"], type=e.get("type"))
                      for e in p.entities],
            heading=p.heading or None, rank=rank, signals={k: round(v, 6) for k, v in parts.items()},
        )

    def _entity_extras(self, iri: str) -> tuple[dict[str, Any] | None, list[TimelineItem]]:
        card, events = None, []
        if self.entity_fn is not None:
            try:
                card = self.entity_fn(iri)
            except Exception as e:
                log.warning("entity card for %s failed: %s", iri, e)
        if self.timeline_fn is not None:
            try:
                events += [TimelineItem(date=ev.date, kind=ev.kind, label=ev.label, passage_id=ev.passage_id,
                                        iri=ev.iri, document_id=ev.document_id) for ev in self.timeline_fn(iri)]
            except Exception as e:
                log.warning("timeline for %s failed: %s", iri, e)
        return card, events

    def _resolve_numbered(self, query: str, linked: list[LinkedEntity]) -> list[LinkedEntity]:
        if self.resolve_fn is None:
            return []
        try:
            found = self.resolve_fn(query)
        except Exception as e:  # the graph is an extra: search works without it
            log.warning("resolving numbered entities failed: %s", e)
            return []
        taken = [(e.start, e.end) for e in linked]
        return [e for e in found if not any(s < e.end and e.start < t for s, t in taken)]
