"""Timelines of an entity: when it was given as uppdrag, reported on, discussed, decided, mentioned.

`timeline(store, iri)` picks the event kinds that fit the entity's type and has a `TimelineBuilder`
read them. The conventions of an event (date strings, kinds, order, citations) are those of
graph/timeline_events.py; the SPARQL reads are in graph/timeline_queries.py.
"""

from __future__ import annotations

from graph._nodes import NodeInfo, node_info
from graph.namespaces import ID
from graph.store import GraphStore
from graph.terms import ontology_terms
from graph.timeline_events import KIND_ORDER, KINDS, TimelineBuilder, TimelineEvent
from graph.timeline_queries import assigned_to, work_about

_ORGAN_PREFIX = str(ID["organ/"])


def timeline(store: GraphStore, iri: str, info: NodeInfo | None = None) -> list[TimelineEvent]:
    """Events about `iri`, oldest first (see graph/timeline_events.py for the conventions); `info`: its
    `node_info` when the caller has it already (one round trip less on a remote store).

    * concept/project (anything not below): uppdrag and aktiviteter that concern it or whose source
      passage mentions it, their status reports, meetings where it or they were discussed (directly or as
      an agenda item), decisions about it or them, and one "omnämnande" per document that mentions it;
    * organ: meetings it held, uppdrag/aktiviteter given to it, renames (org:ChangeEvent);
    * uppdrag/aktivitet: given, status reports, meetings where discussed, decisions about it;
    * meeting: the meeting itself and the decisions taken at it.
    """
    if info is None or info.iri != iri:
        info = node_info(store, [iri]).get(iri)
    if info is None:
        return []
    t = info.type_names
    b = TimelineBuilder(store)
    if {"Assignment", "Activity"} & set(t):
        b.prefetch([iri], [iri])
        b.work_items([iri])
        b.statuses([iri])
        b.meetings([iri], subject=iri)
        b.decisions([iri], subject=iri)
    elif ontology_terms().subclasses_of("Organization") & set(t) or info.iri.startswith(_ORGAN_PREFIX):
        b.held_meetings(iri)
        b.work_items(assigned_to(store, iri))
        b.renames(iri)
    elif "Meeting" in t:
        b.meeting_itself(iri)
    else:
        items = work_about(store, iri)
        b.prefetch(items, [iri, *items])
        b.work_items(items)
        b.statuses(items)
        b.meetings([iri, *items], subject=iri)
        b.decisions([iri, *items], subject=iri)
        b.mentions(iri)
    return b.result()


__all__ = ["KINDS", "KIND_ORDER", "TimelineEvent", "timeline"]
