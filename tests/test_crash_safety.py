"""Crash safety with real processes: `python -m styrgraf ingest/build` killed with SIGKILL at each named point
of the pipeline (STYRGRAF_TEST_CRASH_AT, `api.workspace.crash_point`) and at timed moments. After every kill
the workspace holds no orphan (every original is registered by the generation that holds it, no documents/
folder outside a generation), the previous or the new generation serves completely, debris of a crash is
gone after the next run, and the next ingest succeeds. The fake `hash` embedder keeps a build at ~2 s."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from api.workspace import Workspace

#: (command, crash point, whether the kill comes after the `current` swap, i.e. the document is committed)
STEPS = [
    ("ingest", "documents-read", False),
    ("ingest", "originals-staged", False),
    ("ingest", "index-built", False),
    ("ingest", "generation-renamed", False),
    ("ingest", "current-swapped", True),
    ("build", "store-written", False),
]
#: Points inside the workspace's commit, exercised by a small script (no pipeline) to keep the test fast.
WORKSPACE_POINTS = ["generation-written", "generation-renamed", "current-swapped", "generation-doomed"]
_NEW_GENERATION = """
import sys
from api.workspace import Workspace
ws = Workspace(sys.argv[1])
with ws.lock():
    ws.recover()
    with ws.new_generation() as tmp:
        (tmp / "meta.json").write_text("{}")
"""


def _env(tmp: Path, crash_at: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STYRGRAF_")}
    env.update(STYRGRAF_EMBEDDER="hash", STYRGRAF_EMBEDDING_CACHE=str(tmp / "cache.sqlite"))
    if crash_at:
        env["STYRGRAF_TEST_CRASH_AT"] = crash_at
    return env


def _cmd(data: Path, command: str, *paths: Path) -> list[str]:
    return [sys.executable, "-m", "styrgraf", "--data-dir", str(data), command, *map(str, paths)]


def _note(tmp: Path, i: int) -> Path:
    p = tmp / f"anteckning-{i}.txt"
    p.write_text(f"Minnesanteckningar\n\nNär: {i + 1} mars 2026\n\n1. Inledning\nMöte nummer {i} om "
                 f"uppdraget kring vårdplatser öppnades.\n", "utf-8")
    return p


def _debris(ws: Workspace) -> set[str]:
    gens = ws.generations_dir
    current = ws.current_id()
    out = {p.name for p in ws.root.glob(".current-*")}
    if gens.is_dir():
        out |= {p.name for p in gens.iterdir() if p.name.startswith(".") or (current and p.name > current)}
    return out


def _served_ids(ws: Workspace) -> set[str]:
    gen = ws.current()
    assert gen is not None, "no generation serves after the crash"
    return {d.id for d in gen.documents()}


def check_invariants(ws: Workspace) -> None:
    """No orphan original anywhere; the current generation is complete and consistent with its registry."""
    assert not ws.legacy_documents_dir.exists(), "documents/ outside a generation"
    for gen_dir in (p for p in ws.generations_dir.iterdir() if not p.name.startswith(".")):
        reg_file = gen_dir / "registry.json"
        registry = json.loads(reg_file.read_text("utf-8")) if reg_file.exists() else []
        stored = {p.name for p in (gen_dir / "documents").iterdir()} if (gen_dir / "documents").exists() else set()
        assert stored == {e["stored_as"] for e in registry}, f"orphan or missing original in {gen_dir.name}"
        for e in registry:
            assert hashlib.sha256((gen_dir / "documents" / e["stored_as"]).read_bytes()).hexdigest() == e["sha256"]
    gen = ws.current()
    assert gen is not None and (gen.path / "meta.json").exists() and (gen.index_dir / "meta.json").exists()
    assert len(gen.open_store()) > 1000
    registered = {e["id"] for e in ws.registry()}
    assert registered <= _served_ids(ws), "a registered document that the current generation does not serve"


@pytest.fixture(scope="module")
def base_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One real build (bundled corpus, hash embedder); tests work on copies of it."""
    tmp = tmp_path_factory.mktemp("crash-base")
    subprocess.run(_cmd(tmp / "data", "build"), env=_env(tmp, None), check=True, capture_output=True, timeout=120)
    return tmp / "data"


def _copy(base: Path, tmp: Path) -> Path:
    shutil.copytree(base, tmp / "data", symlinks=True)
    return tmp / "data"


@pytest.mark.slow
def test_kill_at_every_point_leaves_no_orphan(base_workspace: Path, tmp_path: Path) -> None:
    data = _copy(base_workspace, tmp_path)
    ws = Workspace(data)
    committed: set[str] = set()
    previous_debris: set[str] = set()
    for i, (command, point, commits) in enumerate(STEPS):
        before_id, before_reg = ws.current_id(), ws.registry()
        args = [_note(tmp_path, i)] if command == "ingest" else []
        run = subprocess.run(_cmd(data, command, *args), env=_env(tmp_path, point), capture_output=True,
                             text=True, timeout=120)
        where = f"step {i} ({command} killed at {point})"
        if point is None:
            assert run.returncode == 0, run.stderr
        else:
            assert run.returncode == -signal.SIGKILL, f"{where}: rc {run.returncode}\n{run.stderr}"
        check_invariants(ws)
        assert not (previous_debris & _debris(ws)), f"{where}: the last crash's debris is still there"
        previous_debris = _debris(ws)
        new_ids = {e["id"] for e in ws.registry()} - {e["id"] for e in before_reg}
        if command == "ingest" and commits:
            assert len(new_ids) == 1 and ws.current_id() != before_id, where
            committed |= new_ids
        else:
            assert not new_ids and ws.current_id() == before_id, f"{where}: the crash changed what is served"
    assert committed <= _served_ids(ws)
    final = subprocess.run(_cmd(data, "ingest", _note(tmp_path, 99)), env=_env(tmp_path, None),
                           capture_output=True, text=True, timeout=120)
    assert final.returncode == 0, final.stderr
    check_invariants(ws)
    assert not _debris(ws)
    assert len(ws.registry()) == len(committed) + 1
    assert len(list(ws.generations_dir.iterdir())) <= 3


def test_kill_inside_the_generation_commit(tmp_path: Path) -> None:
    """Each point of `new_generation`'s commit (and of the garbage collection after it): the workspace
    serves the old or the new generation whole, and the next run removes the debris."""
    ws = Workspace(tmp_path / "data")
    script = [sys.executable, "-c", _NEW_GENERATION, str(ws.root)]
    for _ in range(3):  # three generations, so the next commit collects one
        subprocess.run(script, env=_env(tmp_path, None), check=True, timeout=60)
    for point in WORKSPACE_POINTS:
        before = ws.current_id()
        run = subprocess.run(script, env=_env(tmp_path, point), capture_output=True, timeout=60)
        assert run.returncode == -signal.SIGKILL, point
        gen = ws.current()
        assert gen is not None and (gen.path / "meta.json").exists(), point
        moved = ws.current_id() != before
        assert moved == (point in ("current-swapped", "generation-doomed")), point
        debris = _debris(ws)
        assert debris or moved, f"{point}: expected a leftover to recover from"
        subprocess.run(script, env=_env(tmp_path, None), check=True, timeout=60)
        assert not (debris & _debris(ws)) and not _debris(ws), point
        assert len([p for p in ws.generations_dir.iterdir()]) <= 3, point


@pytest.mark.slow
def test_timed_kill_of_a_running_ingest(base_workspace: Path, tmp_path: Path) -> None:
    data = _copy(base_workspace, tmp_path)
    ws = Workspace(data)
    delay_s = 1.2
    before = ws.current_id()
    proc = subprocess.Popen(_cmd(data, "ingest", _note(tmp_path, 1)), env=_env(tmp_path, None),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay_s)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    check_invariants(ws)
    assert ws.current_id() == before or len(ws.registry()) == 1  # either not yet committed, or fully
    again = subprocess.run(_cmd(data, "ingest", _note(tmp_path, 2)), env=_env(tmp_path, None),
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    check_invariants(ws)
    assert not _debris(ws)
