"""Query entity linking through the SKOS thesaurus matcher (`graph/thesaurus.py`)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from graph.terms import resource_type
from search.analysis import STOPWORDS

log = logging.getLogger(__name__)

# Words that, around an entity name, still ask about the entity itself ("vad har hänt med X",
# "status för X", "hur går det för X", "läget i X", "X tidslinje").
_ENTITY_INTENT = frozenset(re.findall(r"\S+", """
status statusen läge läget lägesrapport hänt händer hända gå går gick arbetet arbete utveckling
utvecklingen senaste nytt nyheter tidslinje historik historiken info information berätta visa om
kring med för i på det vad hur har är var nu sedan idag
"""))


@dataclass(frozen=True)
class LinkedEntity:
    iri: str
    label: str
    type: str | None
    start: int
    end: int
    surface: str
    related: tuple[str, ...] = ()  # the same entity under other names (renamed organs)
    passages: tuple[str, ...] = ()  # passage ids the entity was read from (graph entities, not concepts)


class QueryLinker:
    def __init__(self, thesaurus: Any) -> None:
        self.thesaurus = thesaurus

    def link(self, text: str) -> list[LinkedEntity]:
        try:
            mentions = list(self.thesaurus.link_query(text))
        except Exception as e:
            log.warning("query linking failed: %s", e)
            return []
        out: dict[str, LinkedEntity] = {}
        concepts = getattr(self.thesaurus, "concepts", {})
        for m in mentions:
            iri = str(m.concept_iri)
            if iri in out:
                continue
            c = concepts.get(iri)
            label = str(getattr(c, "pref_label", "") or m.surface)
            types = [str(t) for t in getattr(c, "types", None) or []]
            related: tuple[str, ...] = ()
            lineage = getattr(self.thesaurus, "lineage", None)
            if lineage is not None:
                try:
                    related = tuple(x for x in lineage(iri) if x != iri)
                except Exception:
                    related = ()
            out[iri] = LinkedEntity(iri, label, resource_type(iri, types), int(m.start), int(m.end),
                                    str(m.surface), related)
        return list(out.values())


def is_entity_query(text: str, linked: list[LinkedEntity]) -> bool:
    """True when the query asks about exactly one entity: nothing but the name and intent words."""
    if len({e.iri for e in linked}) != 1:
        return False
    rest = text
    for e in sorted(linked, key=lambda e: -e.start):
        rest = rest[: e.start] + " " + rest[e.end :]
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", rest)]
    return all(w in _ENTITY_INTENT or w in STOPWORDS for w in words)
