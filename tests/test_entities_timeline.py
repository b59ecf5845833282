"""Timelines on the TriG fixture, and SMO across the real build of the seed corpus."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from corpus.bundled import load_bundled
from graph.build import build_dataset
from graph.entities import LabelIndex, entity_card
from graph.store import write_store
from graph.thesaurus import Thesaurus
from graph.timeline import KINDS, TimelineEvent, timeline

FIXTURE = Path(__file__).parent / "entities_fixtures" / "mini.trig"
ID = "https://w3id.org/styrgraf/id/"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    s = ox.Store(str(tmp_path_factory.mktemp("timeline-store")))
    s.bulk_load(FIXTURE.read_bytes(), ox.RdfFormat.TRIG)
    return s


def _check_order(events: list[TimelineEvent]) -> None:
    assert events == sorted(events, key=TimelineEvent.sort_key)
    assert all(e.kind in KINDS for e in events)
    keys = [(e.kind, e.iri, e.date) for e in events]
    assert len(keys) == len(set(keys)), "events are deduplicated"


def test_sort_convention_year_only_before_dated_same_year() -> None:
    evs = [TimelineEvent(date="2021-03-10", kind="möte", label="b"),
           TimelineEvent(date="2021", kind="status", label="c"),
           TimelineEvent(date="2020-11-24", kind="omnämnande", label="d"),
           TimelineEvent(date="2021", kind="uppdrag", label="a")]
    assert [e.label for e in sorted(evs, key=TimelineEvent.sort_key)] == ["d", "a", "c", "b"]
    assert evs[0].year == 2021


def test_project_timeline_spans_years_with_all_kinds(store: ox.Store) -> None:
    events = timeline(store, ID + "project/smo")
    _check_order(events)
    assert {e.date[:4] for e in events} == {"2020", "2021", "2025"}
    assert [(e.date, e.kind) for e in events] == [
        ("2020-11-24", "omnämnande"),
        ("2021", "uppdrag"), ("2021", "status"), ("2021", "omnämnande"), ("2021-03-10", "möte"),
        ("2025", "uppdrag"), ("2025", "status"), ("2025", "omnämnande"),
    ]
    status = next(e for e in events if e.kind == "status" and e.date == "2021")
    assert "startat men ej klart" in status.label
    assert status.iri == ID + "status-report/2021-aterrapportering-beredning-narsjukvard/2021/nr-4"
    assert all(e.passage_id and e.document_id for e in events), "every event cites its passage"
    meeting = next(e for e in events if e.kind == "möte")
    assert meeting.iri == ID + "meeting/beredning-for-narsjukvard/2021-03-10"
    assert meeting.passage_id == "2021-aterrapportering-beredning-narsjukvard.7a8b9c0d1e2f"


def test_concept_timeline_has_decision_via_agenda_and_direct(store: ox.Store) -> None:
    events = timeline(store, ID + "concept/nara-vard")
    _check_order(events)
    kinds = [(e.date, e.kind) for e in events]
    assert ("2020-11-24", "beslut") in kinds and ("2020-11-24", "möte") in kinds
    assert [e.kind for e in events].count("uppdrag") == 2       # 2025 nr 8 and ber nr 4 concern it
    decision = next(e for e in events if e.kind == "beslut")
    assert decision.passage_id == "2020-11-24-kallelse-beredning-somatisk-specialistvard.5a1c9e0b2f44"


def test_organ_timeline_meetings_uppdrag_and_renames(store: ox.Store) -> None:
    events = timeline(store, ID + "organ/beredning-for-psykiatri")
    _check_order(events)
    assert events[0].kind == "namnbyte" and events[0].date == "2023-01-01"
    assert "blir Beredning för psykiatri" in events[0].label
    assert [e.kind for e in events].count("uppdrag") == 3
    assert ("2025-09-25", "möte") in [(e.date, e.kind) for e in events]
    old = timeline(store, ID + "organ/beredning-for-psykiatri-habilitering-och-hjalpmedel")
    assert [e.kind for e in old] == ["uppdrag", "namnbyte"]   # 2021 nr 4, then the 2023 rename


def test_assignment_timeline(store: ox.Store) -> None:
    events = timeline(store, ID + "assignment/2021/nr-3")
    assert [(e.date, e.kind) for e in events] == [("2021", "uppdrag"), ("2021", "status"), ("2021-05-05", "möte")]


def test_meeting_timeline_and_unknown(store: ox.Store) -> None:
    m = ID + "meeting/beredning-for-somatisk-specialistvard-och-hogspecialiserad-vard/2020-11-24"
    assert [e.kind for e in timeline(store, m)] == ["möte", "beslut"]
    assert timeline(store, ID + "project/finns-inte") == []


# -- integration with the real build of the seed corpus ----------------------------------------------

@pytest.fixture(scope="module")
def real_store(tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    ds = build_dataset(load_bundled(), Thesaurus.load())
    return write_store(tmp_path_factory.mktemp("real-store") / "store", ds)


def test_smo_timeline_spans_2020_2021_2025_in_the_seed_corpus(real_store: ox.Store) -> None:
    iri = LabelIndex.from_store(real_store).resolve("SMO")
    assert iri == ID + "project/smo"
    events = timeline(real_store, iri)
    _check_order(events)
    assert {"2020", "2021", "2025"} <= {e.date[:4] for e in events}
    assert {"uppdrag", "status", "möte", "omnämnande"} <= {e.kind for e in events}
    assert all(e.passage_id for e in events)
    card = entity_card(real_store, iri)
    assert card is not None and card.acronyms == ["SMO"] and len(card.mentioned_in) >= 3
