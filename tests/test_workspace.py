"""The workspace swaps generations atomically; a failed build or a bad document changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import corpus.bundled
from api.settings import Settings
from api.workspace import Workspace
from corpus.errors import IngestError
from styrgraf import pipeline


def test_failed_generation_leaves_previous_current(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    with ws.new_generation() as gen_dir:
        (gen_dir / "meta.json").write_text("{}")
    first = ws.current()
    assert first is not None
    with pytest.raises(RuntimeError), ws.new_generation() as gen_dir:
        (gen_dir / "meta.json").write_text("{}")
        raise RuntimeError("crash halfway")
    assert ws.current() == first
    assert not [p for p in ws.generations_dir.iterdir() if p.name.startswith(".tmp-")]


def test_old_generations_are_collected(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    for _ in range(5):
        with ws.new_generation() as gen_dir:
            (gen_dir / "meta.json").write_text("{}")
    assert len(list(ws.generations_dir.iterdir())) == 3
    cur = ws.current()
    assert cur is not None and ws.current_id() == cur.id


def test_crash_during_index_build_keeps_last_good_graph(built_settings: Settings, monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    import shutil

    # A private copy of the built workspace, so other tests keep theirs.
    data = tmp_path / "data"
    shutil.copytree(built_settings.data_path, data, symlinks=True)
    settings = built_settings.model_copy(update={"data_dir": data})
    ws = Workspace(data)
    before = ws.current()
    assert before is not None

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated crash while indexing")

    monkeypatch.setattr(pipeline, "build_index", boom)
    with pytest.raises(RuntimeError):
        pipeline.build(settings, progress=None, show_bars=False)
    after = ws.current()
    assert after is not None and after.id == before.id
    store = after.open_store()
    assert len(store) > 1000


def test_bad_document_changes_nothing(built_settings: Settings, tmp_path: Path) -> None:

    ws = Workspace(built_settings.data_path)
    before = (ws.current_id(), ws.registry())
    empty = tmp_path / "tom.txt"
    empty.write_text("")
    good = tmp_path / "ok.txt"
    good.write_text("Minnesanteckningar\n\nNär: 3 mars 2026\n\n1. Inledning\nMötet öppnades.\n")
    with pytest.raises(IngestError):
        pipeline.ingest(built_settings, [good, empty], progress=None)
    with pytest.raises(IngestError):
        pipeline.ingest(built_settings, [Path(__file__).parent / "nope.pdf"], progress=None)
    bundled = Path(corpus.bundled.__file__).parent / "documents"
    with pytest.raises(IngestError, match="redan"):
        pipeline.ingest(built_settings, [next(bundled.glob("*.txt"))], progress=None)
    assert (ws.current_id(), ws.registry()) == before


def test_cli_exit_codes(built_settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from styrgraf.cli import main

    bad = tmp_path / "x.xyz"
    bad.write_bytes(b"\x00\x01\x02")
    code = main(["--data-dir", str(built_settings.data_path), "ingest", str(bad)])
    err = capsys.readouterr().err
    assert code == 3 and "x.xyz" in err and "Traceback" not in err
    code = main(["--data-dir", str(built_settings.data_path), "sparql", "SELEC nonsense"])
    assert code == 2 and "Ogiltig fråga" in capsys.readouterr().err
    code = main(["--data-dir", str(built_settings.data_path), "sparql", "-f", "json",
                 "SELECT (COUNT(*) AS ?n) WHERE { ?d a sg:Document }"])
    out = json.loads(capsys.readouterr().out)
    assert int(out["results"]["bindings"][0]["n"]["value"]) >= 5
