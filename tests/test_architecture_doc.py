"""docs/ARCHITECTURE.md names every module of the production packages, and nothing that is gone.

A module added without a line in the architecture document fails here; so does a line about a
module that was removed or renamed. Modules are written as paths (`graph/build.py`); a package's
`__init__.py` counts as described when its folder is.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "ARCHITECTURE.md"
PACKAGES = ("corpus", "ontology", "graph", "search", "api", "styrgraf")


def _modules() -> set[str]:
    out = set()
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "node_modules" in path.parts:
                continue
            out.add(path.relative_to(ROOT).as_posix())
    return out


def _documented() -> set[str]:
    text = DOC.read_text(encoding="utf-8")
    packages = "|".join(PACKAGES)
    return set(re.findall(rf"`((?:{packages})/[\w/]+\.py)`", text))


def test_every_module_has_a_line() -> None:
    missing = sorted(m for m in _modules() - _documented()
                     if not (m.endswith("/__init__.py") and f"`{m.rsplit('/', 1)[0]}/`" in DOC.read_text()))
    assert not missing, "modules without a line in docs/ARCHITECTURE.md:\n" + "\n".join(missing)


def test_no_line_about_a_module_that_is_gone() -> None:
    gone = sorted(_documented() - _modules())
    assert not gone, "docs/ARCHITECTURE.md describes modules that do not exist:\n" + "\n".join(gone)


def test_every_package_folder_has_a_section() -> None:
    text = DOC.read_text(encoding="utf-8")
    for package in PACKAGES:
        assert re.search(rf"^#+ .*`{package}/`", text, re.M), f"no section for {package}/"
