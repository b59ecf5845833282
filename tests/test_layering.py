"""The layers depend one way: corpus → graph → search → api → styrgraf (the application).

Every import statement of the production packages is read from the source (AST, so imports inside
functions and under `TYPE_CHECKING` count too) and checked against the layer order. `ontology` is a
data package (Turtle files and their paths) on the lowest rung beside `corpus`; neither imports the other.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Rank of each package: a module may import its own package and packages of a lower rank.
LAYERS: dict[str, int] = {"corpus": 0, "ontology": 0, "graph": 1, "search": 2, "api": 3, "styrgraf": 4}


def _modules() -> list[tuple[str, Path]]:
    out = []
    for package in LAYERS:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "node_modules" in path.parts:
                continue
            rel = path.relative_to(ROOT).with_suffix("")
            parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
            out.append((".".join(parts), path))
    return out


def _imported(module: str, path: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in the file, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            found.append((node.lineno, name))
    return found


def _violations() -> list[str]:
    bad = []
    for module, path in _modules():
        own = module.split(".")[0]
        for line, name in _imported(module, path):
            target = name.split(".")[0]
            if target not in LAYERS or target == own:
                continue
            if LAYERS[target] >= LAYERS[own]:
                bad.append(f"{path.relative_to(ROOT)}:{line}: {module} imports {name} "
                           f"({own} may import only {', '.join(p for p, r in LAYERS.items() if r < LAYERS[own])})")
    return bad


def test_every_package_is_scanned() -> None:
    names = {m for m, _ in _modules()}
    assert {"corpus.model", "graph.build", "search.engine", "api.app", "styrgraf.cli"} <= names


def test_imports_follow_the_layers() -> None:
    bad = _violations()
    assert not bad, "wrong-way imports:\n" + "\n".join(bad)


def test_the_checker_reads_every_kind_of_import(tmp_path: Path) -> None:
    """Guard against a checker that silently finds nothing: top-level, in-function and relative imports."""
    f = tmp_path / "engine.py"
    f.write_text("import api.app\nfrom . import bm25\ndef f():\n    from ..graph import store\n")
    names = [n for _, n in _imported("search.engine", f)]
    assert sorted(names) == ["api.app", "graph", "search"]


def test_no_symlinks_in_the_repository() -> None:
    links = [p for p in ROOT.rglob("*") if p.is_symlink() and ".venv" not in p.parts and "node_modules" not in p.parts]
    assert not links, links
