"""The seed gold is package data beside the bundled corpus: a wheel carries it, an installed `styrgraf check`
scores against it, and a gold file that is not there is reported (never a silent skip)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import corpus
import graph.gold
from graph.gold import GOLD_PATH
from styrgraf.cli import main

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("corpus", "ontology", "graph", "search", "api", "styrgraf")
GOLD_IN_WHEEL = "corpus/gold/seed_facts.jsonl"


def test_gold_lies_in_the_corpus_package() -> None:
    assert GOLD_PATH.is_file()
    assert GOLD_PATH.is_relative_to(Path(corpus.__file__).resolve().parent)
    assert "tests" not in GOLD_PATH.relative_to(ROOT).parts


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of the working tree, unpacked as site-packages would hold it."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for package in PACKAGES:
        shutil.copytree(ROOT / package, src / package,
                        ignore=shutil.ignore_patterns("__pycache__", "node_modules", "*.egg-info"))
    wheels = tmp_path_factory.mktemp("wheels")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(wheels), str(src)], check=True, capture_output=True, timeout=300)
    (wheel,) = wheels.glob("styrgraf-*.whl")
    site = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as z:
        assert GOLD_IN_WHEEL in z.namelist()
        z.extractall(site)
    return site


@pytest.mark.slow
def test_installed_check_scores_against_the_packaged_gold(installed: Path, tmp_path: Path) -> None:
    # Only the unpacked wheel on the path (the working tree's editable finder comes after it).
    env = {**os.environ, "PYTHONPATH": str(installed), "STYRGRAF_DATA_DIR": str(tmp_path / "data")}
    where = subprocess.run([sys.executable, "-c", "import graph.gold as g; print(g.GOLD_PATH)"], cwd=tmp_path,
                           env=env, capture_output=True, text=True, check=True).stdout.strip()
    assert Path(where) == installed / GOLD_IN_WHEEL
    out = subprocess.run([sys.executable, "-m", "styrgraf", "check", "--rebuild"], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert f"Guld: {installed / GOLD_IN_WHEEL}" in out.stdout
    assert "gold: precision 1.000" in out.stdout


def test_check_reports_a_missing_gold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "seed_facts.jsonl"
    assert main(["check", "--rebuild", "--gold", str(missing)]) == 2
    assert f"{missing}: guldfilen finns inte" in capsys.readouterr().err
    monkeypatch.setattr(graph.gold, "GOLD_PATH", missing)  # an installation that lost its gold
    assert main(["check", "--rebuild"]) == 1
    captured = capsys.readouterr()
    assert f"Guld: guldfilen {missing} saknas" in captured.out and "gold: precision" not in captured.out
