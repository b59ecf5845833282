"""Questions that name a goal or an assignment by number are linked to the graph entity (year-aware)."""

from __future__ import annotations

from typing import Any

import pytest

from graph.numbered import numbered_mentions
from styrgraf.engine import open_engine

ID = "https://w3id.org/styrgraf/id/"


@pytest.fixture(scope="module")
def store(built_generation: Any) -> Any:
    return built_generation.open_store()


@pytest.mark.parametrize(("question", "expected"), [
    ("vilka aktiviteter finns för effektmål 8?", "effect-goal/2023/8"),
    ("Effektmålet nr 2", "effect-goal/2023/2"),
    ("uppdrag nr 11", "assignment/2025/nr-11"),            # the most recent year with that number
    ("hur gick uppdrag nr 11 under 2021?", "assignment/2021/nr-11"),  # the year asked for
    ("status för Ber nr 2", "assignment/2025/ber-nr-2"),
    ("Nr 8 2023", "assignment/2023/nr-8"),
])
def test_numbered_mentions_resolve(store: Any, question: str, expected: str) -> None:
    found = numbered_mentions(store, question)
    assert [m.iri for m in found] == [ID + expected]
    assert found[0].passages, "the entity's source passages come along for the boost"
    assert question[found[0].start:found[0].end] == found[0].surface


@pytest.mark.parametrize("question", ["effektmål 99", "uppdrag nr 11 1999", "hur många medborgardialoger 2025?",
                                      "SMO-piloten"])
def test_no_false_links(store: Any, question: str) -> None:
    assert numbered_mentions(store, question) == []


def test_search_answers_with_the_entity_card_and_timeline(built_settings: Any) -> None:
    engine = open_engine(built_settings)
    resp = engine.search("vad har hänt med uppdrag nr 11?", k=3)
    assert resp.entities and resp.entities[0].iri == ID + "assignment/2025/nr-11"
    assert resp.timeline and {t.kind for t in resp.timeline} >= {"uppdrag", "status"}
    assert resp.results[0].heading.startswith("Nr 11")
    both = engine.search("SPOT uppdrag nr 11", k=3)
    assert {e.iri for e in both.entities} == {ID + "project/spot", ID + "assignment/2025/nr-11"}
