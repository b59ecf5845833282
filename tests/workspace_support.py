"""A workspace generation holding the entities fixture (tests/entities_fixtures/mini.trig), for tests of what
reads a generation (the CLI, the dependency map command, per-generation views) without a full build."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from api.workspace import Workspace

FIXTURE = Path(__file__).parent / "entities_fixtures" / "mini.trig"


def add_fixture_generation(ws: Workspace, *extra_trig: str) -> None:
    """A new current generation of `ws`: the fixture graph plus `extra_trig`, no documents, no index."""
    with ws.new_generation() as gen_dir:
        store = ox.Store(str(gen_dir / "store"))
        store.bulk_load(FIXTURE.read_bytes(), ox.RdfFormat.TRIG)
        for data in extra_trig:
            store.bulk_load(data.encode("utf-8"), ox.RdfFormat.TRIG)
        store.flush()
        del store
        (gen_dir / "meta.json").write_text("{}", "utf-8")
        (gen_dir / "documents.jsonl").write_text("", "utf-8")
