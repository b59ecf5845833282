"""Gold-standard evaluation of the extracted graph.

The seed gold (`corpus/gold/seed_facts.jsonl`, package data beside the bundled corpus it describes, so an
installed `styrgraf check` finds it) holds hand-checked facts, one JSON object a line:
``{"kind": "assignment", "doc": "<doc_id>", "s": "id:assignment/2025/nr-8", "p": "sg:number", "o": "8"}``
(`s`/`p`/`o` use the prefixes id:, sg:, dcterms:, skos:, rdf:; any other `o` is a literal compared
by its whitespace-normalised lexical form). A first line ``{"meta": {"exhaustive": [kinds...]}}`` names the
kinds the gold lists *completely* for its documents: precision is computed over those kinds only.

A fact kind is a set of (subject class, predicates) in `KINDS`; `facts(graph)` enumerates every
extracted fact of every kind, per document named graph.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from corpus.bundled import CORPUS_DIR
from graph.namespaces import GRAPH, ID, SG
from graph.scope import unscope

GOLD_PATH = CORPUS_DIR / "gold" / "seed_facts.jsonl"
_PREFIXES = {"id:": str(ID), "sg:": str(SG), "dcterms:": str(DCTERMS), "skos:": str(SKOS), "rdf:": str(RDF)}

# kind → (class, predicates recorded for subjects of that class)
KINDS: dict[str, tuple[URIRef, tuple[URIRef, ...]]] = {
    "assignment": (SG.Assignment, (RDF.type, SG.number, SG.year, SG.assignedTo, SG.issuedBy, SG.contributesTo)),
    "status": (SG.StatusReport, (SG.reportsOn, SG.status, SG.year)),
    "meeting": (SG.Meeting, (RDF.type, DCTERMS.date, SG.heldBy, SG.planned)),
    "discussed": (SG.Assignment, (SG.discussedAt,)),
    "effect-goal": (SG.EffectGoal, (RDF.type, SG.number, SG.year, SG.partOf, DCTERMS.title)),
    "activity": (SG.Activity, (RDF.type, SKOS.prefLabel, SG.contributesTo)),
    "agenda": (SG.AgendaItem, (RDF.type, SG.number, SG.partOf)),
    "agenda-title": (SG.AgendaItem, (DCTERMS.title,)),
    "presenter": (SG.AgendaItem, (SG.presenter,)),
    "decision": (SG.Decision, (RDF.type, SG.partOf, SG.decidedAt)),
    "vision": (SG.VisionStatement, (RDF.type, SG.partOf)),
    "mention": (SG.Document, (SG.mentions,)),   # doc-level: a document mentions a concept in some passage
    "indicator": (SG.Indicator, (RDF.type, SG.partOf)),
    # the document's own metadata as read from its text (type, date, year, organ): no overrides in a gold corpus
    "document": (SG.Document, (DCTERMS.type, DCTERMS.date, SG.year, DCTERMS.creator)),
}
THRESHOLD = 0.95

Fact = tuple[str, str, str, str, str]   # kind, doc, s, p, o


def compact_term(term: object) -> str:
    if isinstance(term, URIRef):
        t = str(term)
        for p, ns in sorted(_PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if t.startswith(ns):
                return p + t[len(ns):]
        return t
    return norm_literal(str(term))


def norm_literal(s: str) -> str:
    return re.sub(r"\s+", " ", str(s)).strip()


def _doc_graphs(g: Graph | Dataset) -> list[tuple[str, Graph]]:
    if isinstance(g, Dataset):
        out = []
        prefix = str(GRAPH) + "document/"
        for ctx in g.graphs():
            gid = str(ctx.identifier)
            if gid.startswith(prefix):
                out.append((gid[len(prefix):], ctx))
        return sorted(out, key=lambda x: x[0])
    docs = [str(d) for d in g.subjects(RDF.type, SG.Document)]
    doc = docs[0].rsplit("/", 1)[-1] if len(docs) == 1 else "*"
    return [(doc, g)]


def facts(g: Graph | Dataset) -> set[Fact]:
    out: set[Fact] = set()
    for doc, dg in _doc_graphs(g):
        doc_iri = ID["document/" + doc]

        def compact(term: object, dg: Graph = dg, doc_iri: URIRef = doc_iri) -> str:
            # IRIs without the organisation segment (graph/scope.py): a gold fact names them per document
            return compact_term(unscope(term, dg, doc_iri) if isinstance(term, URIRef) else term)

        for kind, (cls, preds) in KINDS.items():
            if kind == "mention":
                for p in dg.objects(None, SG.hasPassage):
                    for c in dg.objects(p, SG.mentions):
                        if "/id/project/" in str(c):
                            out.add((kind, doc, compact(ID["document/" + doc]), "sg:mentions", compact(c)))
                continue
            for s in set(dg.subjects(RDF.type, cls)):
                for p in preds:
                    for o in dg.objects(s, p):
                        if isinstance(o, Literal) and o.language not in (None, "sv"):
                            continue
                        out.add((kind, doc, compact(s), compact(p), compact(o)))
    return out


@dataclass
class KindScore:
    gold: int
    extracted: int
    found: int
    correct: int
    exhaustive: bool

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float | None:
        if not self.exhaustive:
            return None
        return self.correct / self.extracted if self.extracted else 1.0


@dataclass
class GoldReport:
    precision: float
    recall: float
    per_kind: dict[str, KindScore] = field(default_factory=dict)
    missing: list[Fact] = field(default_factory=list)
    unexpected: list[Fact] = field(default_factory=list)

    def ok(self, threshold: float = THRESHOLD) -> bool:
        return self.precision >= threshold and self.recall >= threshold

    def summary(self) -> str:
        lines = [f"gold: precision {self.precision:.3f}  recall {self.recall:.3f}"]
        for k, sc in sorted(self.per_kind.items()):
            p = "   -  " if sc.precision is None else f"{sc.precision:.3f}"
            lines.append(f"  {k:<12} P {p}  R {sc.recall:.3f}  (gold {sc.gold}, extracted {sc.extracted})")
        return "\n".join(lines)


def gold_files(path: Path | str) -> list[Path]:
    """A gold file, or every `gold*.jsonl` of a development-corpus folder (one file per batch of documents)."""
    p = Path(path)
    return sorted(p.glob("gold*.jsonl")) if p.is_dir() else [p]


def gold_meta(path: Path | str) -> dict[str, Any]:
    """The merged `meta` objects of the gold file(s) (`exhaustive`, `genres`: doc id → genre, notes)."""
    out: dict[str, Any] = {"exhaustive": [], "genres": {}}
    for f in gold_files(path):
        for line in f.read_text("utf-8").splitlines():
            if line.strip().startswith('{"meta"'):
                m = json.loads(line)["meta"]
                out["exhaustive"] = sorted(set(out["exhaustive"]) | set(m.get("exhaustive", [])))
                out["genres"].update(m.get("genres", {}))
    return out


def load_gold(path: Path | str = GOLD_PATH) -> tuple[set[Fact], set[str]]:
    gold: set[Fact] = set()
    exhaustive: set[str] = set()
    lines = [ln for f in gold_files(path) for ln in f.read_text("utf-8").splitlines()]
    for line in lines:
        if not line.strip():
            continue
        d = json.loads(line)
        if "meta" in d:
            exhaustive |= set(d["meta"].get("exhaustive", []))
            continue
        o = d["o"]
        o = o if any(o.startswith(p) for p in _PREFIXES) else norm_literal(o)
        gold.add((d["kind"], d["doc"], d["s"], d["p"], o))
    return gold, exhaustive


def evaluate(graph_or_dataset: Graph | Dataset, gold_path: Path | str = GOLD_PATH,
             docs: set[str] | None = None) -> GoldReport:
    """Score against the gold file (or folder of gold files); `docs` restricts both sides to those documents
    (one genre's documents, for the per-genre table of `styrgraf check --gold DIR`)."""
    gold, exhaustive = load_gold(gold_path)
    got = facts(graph_or_dataset)
    if docs is not None:
        gold = {f for f in gold if f[1] in docs}
        got = {f for f in got if f[1] in docs}
    any_doc = {(k, s, p, o) for k, d, s, p, o in got if d == "*"}
    got_keys = {f for f in got if f[1] != "*"}

    def found(f: Fact) -> bool:
        return f in got_keys or (f[0], f[2], f[3], f[4]) in any_doc

    gold_docs = {f[1] for f in gold}
    gold_loose = {(k, s, p, o) for k, _d, s, p, o in gold}
    per: dict[str, KindScore] = {}
    by_kind: dict[str, list[Fact]] = defaultdict(list)
    for f in gold:
        by_kind[f[0]].append(f)
    missing = sorted(f for f in gold if not found(f))
    scope = [f for f in got if f[0] in exhaustive and (f[1] in gold_docs or f[1] == "*")]
    unexpected = sorted(f for f in scope
                        if (f not in gold if f[1] != "*" else (f[0], f[2], f[3], f[4]) not in gold_loose))
    for k in sorted(set(by_kind) | {f[0] for f in scope}):
        ext = [f for f in scope if f[0] == k]
        per[k] = KindScore(gold=len(by_kind[k]), extracted=len(ext) if k in exhaustive else len(
            [f for f in got if f[0] == k]), found=sum(1 for f in by_kind[k] if found(f)),
            correct=len(ext) - sum(1 for f in unexpected if f[0] == k), exhaustive=k in exhaustive)
    n_found = sum(1 for f in gold if found(f))
    recall = n_found / len(gold) if gold else 1.0
    precision = (len(scope) - len(unexpected)) / len(scope) if scope else 1.0
    return GoldReport(precision, recall, per, missing, unexpected)


__all__ = ["GOLD_PATH", "KINDS", "THRESHOLD", "GoldReport", "KindScore", "evaluate", "facts", "gold_files",
           "gold_meta", "load_gold"]
