"""The command line makes its settings from the environment and its arguments and passes them to the command:
`--data-dir` wins over STYRGRAF_DATA_DIR and nothing is written to `os.environ`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from api.workspace import Workspace
from styrgraf.cli import build_parser, main, settings_from
from tests.workspace_support import add_fixture_generation


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    """A data directory whose current generation holds the entities fixture."""
    ws = Workspace(tmp_path / "data")
    add_fixture_generation(ws)
    return ws.root


def test_data_dir_argument_leaves_the_environment_alone(data_dir: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    before = dict(os.environ)
    assert main(["--data-dir", str(data_dir), "entity", "SMO"]) == 0
    assert "Samordnat medicinskt omhändertagande" in capsys.readouterr().out
    # the argument, not the environment, decides: an empty data directory has nothing built
    assert main(["--data-dir", str(tmp_path / "empty"), "entity", "SMO"]) == 6
    assert "ingen graf är byggd" in capsys.readouterr().err
    assert dict(os.environ) == before


def test_settings_from_arguments_over_the_environment(tmp_path: Path) -> None:
    parser = build_parser()
    given = settings_from(parser.parse_args(["--data-dir", str(tmp_path), "build"]))
    assert given.data_path == tmp_path.resolve()
    default = settings_from(parser.parse_args(["build"]))
    env = os.environ.get("STYRGRAF_DATA_DIR")
    assert default.data_path == (Path(env) if env else Path("~/.local/share/styrgraf")).expanduser().resolve()
