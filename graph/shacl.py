"""SHACL validation of Styrgraf data against ontology/shapes.ttl (pyshacl).

The data is validated together with the ontology (so that sg:Committee counts as sg:Organ via
rdfs:subClassOf, without running a reasoner) and, by default, the thesaurus (so that facts pointing
to thesaurus organs and concepts see their types). Named graphs are flattened into one graph first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pyshacl import validate as _pyshacl_validate
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import RDF

from graph.namespaces import SH
from ontology import ONTOLOGY_PATH, SHAPES_PATH, THESAURUS_PATH


@dataclass(frozen=True)
class Violation:
    focus: str           # IRI (or blank-node id) of the offending node
    path: str | None     # property path IRI, None for node-level constraints
    message: str
    severity: str        # "Violation" | "Warning" | "Info"
    value: str | None = None


@dataclass
class ValidationResult:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    @property
    def focus_nodes(self) -> set[str]:
        return {v.focus for v in self.violations if v.severity == "Violation"}

    def summary(self, limit: int = 20) -> str:
        lines = [f"{v.severity}: <{v.focus}> {v.path or ''}: {v.message}" for v in self.violations[:limit]]
        more = len(self.violations) - limit
        return "\n".join(lines + ([f"... {more} more"] if more > 0 else []))


@lru_cache(maxsize=8)
def _parsed(path: str) -> Graph:
    g = Graph()
    g.parse(path, format="turtle")
    return g


def _as_path(p: Path | str | None, default: Path) -> str:
    return str(Path(p) if p is not None else default)


def _flatten(data: Graph) -> Graph:
    """A fresh plain Graph with all triples (of every named graph, for a Dataset)."""
    out = Graph()
    if isinstance(data, Dataset | ConjunctiveGraph):
        for s, p, o, _ in data.quads((None, None, None, None)):
            out.add((s, p, o))
    else:
        for t in data:
            out.add(t)
    return out


def validate(data: Graph, shapes_path: Path | str | None = None,
             ontology: Path | str | Graph | None = ONTOLOGY_PATH,
             thesaurus: Path | str | Graph | None = THESAURUS_PATH,
             inference: str = "none") -> ValidationResult:
    """Validate `data` (a Graph or Dataset) against the SHACL shapes.

    `ontology` and `thesaurus` (paths or graphs, None to leave out) are merged into a copy of the
    data before validation. `inference` is passed to pyshacl ("none" is fast; "rdfs" also infers
    types from domains/ranges, which hides missing-type errors, so it is not the default).
    """
    work = _flatten(data)
    for extra in (ontology, thesaurus):
        if extra is None:
            continue
        work += extra if isinstance(extra, Graph) else _parsed(str(extra))
    shapes = _parsed(_as_path(shapes_path, SHAPES_PATH))
    conforms, report, _text = _pyshacl_validate(
        work, shacl_graph=shapes, inference=inference, abort_on_first=False, allow_warnings=True,
        advanced=False, inplace=True, meta_shacl=False)
    return ValidationResult(bool(conforms), _violations(report))


def _violations(report: Graph) -> list[Violation]:
    out: list[Violation] = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(r, SH.focusNode)
        path = report.value(r, SH.resultPath)
        message = report.value(r, SH.resultMessage)
        severity = report.value(r, SH.resultSeverity)
        value = report.value(r, SH.value)
        out.append(Violation(
            focus=str(focus),
            path=str(path) if isinstance(path, URIRef) else None,
            message=str(message) if isinstance(message, Literal) else "",
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            value=str(value) if value is not None else None))
    out.sort(key=lambda v: (v.severity, v.focus, v.path or "", v.message))
    return out


__all__ = ["ValidationResult", "Violation", "validate"]
