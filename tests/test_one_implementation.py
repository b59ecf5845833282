"""Each shared idea has one implementation in the lowest layer that needs it.

Read from the source (AST) of the production packages: a second `def local_name` or a second table of
Swedish month names in some module would let two views disagree again, so it fails here. Docstrings and
comments are not code and are not counted.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("corpus", "ontology", "graph", "search", "api", "styrgraf")

#: function → the one module that defines it
ONE_DEFINITION = {
    "local_name": "graph/namespaces.py",       # last path segment of an IRI
    "primary_type": "graph/terms.py",          # the type a resource is shown as
    "resource_type": "graph/terms.py",
    "class_label": "graph/terms.py",           # Swedish class labels, from the ontology
    "predicate_label": "graph/terms.py",
    "sentence_spans": "corpus/sentences.py",   # the sentence splitter
    "tokenize": "graph/analysis.py",           # the word front end of thesaurus and BM25
    "word_key": "graph/analysis.py",
    "build_engine": "search/wiring.py",        # a SearchEngine from its parts
    "parse_date": "corpus/dates.py",
}


def _trees() -> dict[str, ast.Module]:
    out = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "node_modules" not in path.parts:
                out[path.relative_to(ROOT).as_posix()] = ast.parse(path.read_text(encoding="utf-8"))
    return out


TREES = _trees()


def _module_level_defs() -> dict[str, list[str]]:
    """Function name → modules defining it at module level (methods are another namespace)."""
    found: dict[str, list[str]] = defaultdict(list)
    for rel, tree in TREES.items():
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                found[node.name].append(rel)
    return found


def _code_strings(tree: ast.Module) -> list[str]:
    """String constants of the code, docstrings left out."""
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]


@pytest.mark.parametrize(("name", "module"), sorted(ONE_DEFINITION.items()))
def test_one_definition(name: str, module: str) -> None:
    assert _module_level_defs().get(name) == [module]


def test_swedish_month_names_in_one_module() -> None:
    holders = sorted(rel for rel, tree in TREES.items() if any("januari" in s for s in _code_strings(tree)))
    assert holders == ["corpus/dates.py"]


def test_iris_minted_from_one_base() -> None:
    """Only graph/namespaces.py spells out the IRI base; everything else derives from its namespaces."""
    holders = sorted(rel for rel, tree in TREES.items()
                     if any("w3id.org/styrgraf" in s for s in _code_strings(tree)))
    assert holders == ["graph/namespaces.py"]


def test_the_engine_is_assembled_in_one_place() -> None:
    builders = sorted({rel for rel, tree in TREES.items() for n in ast.walk(tree)
                       if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "SearchEngine"})
    assert builders == ["search/wiring.py"]


def test_no_silent_import_fallbacks_for_own_modules() -> None:
    """`try: import graph.x / except ImportError` turns a broken module into a silently missing feature."""
    bad = []
    for rel, tree in TREES.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Try):
                continue
            catches = {ast.unparse(h.type) for h in node.handlers if h.type is not None}
            if not catches & {"ImportError", "ModuleNotFoundError"}:
                continue
            for stmt in ast.walk(ast.Module(body=node.body, type_ignores=[])):
                if isinstance(stmt, ast.ImportFrom) and (stmt.module or "").split(".")[0] in PACKAGES:
                    bad.append(f"{rel}:{stmt.lineno}")
                if isinstance(stmt, ast.Import) and any(a.name.split(".")[0] in PACKAGES for a in stmt.names):
                    bad.append(f"{rel}:{stmt.lineno}")
    assert not bad, bad
