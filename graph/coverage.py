"""Coverage report of `styrgraf check`: passages that look like an uppdrag, a decision or a goal (cue words
from graph/extract/coverage_cues.tsv) but from which no fact of that kind was extracted, and the organs the
extractor did not know (typed sg:Organ with sg:candidate true), so staff see what was missed and what to
add to the thesaurus or the wording files."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, Dataset, URIRef
from rdflib.namespace import PROV, SKOS

from corpus.model import Document
from graph import iri as I
from graph.namespaces import GRAPH, SG
from graph.role_lines import Flag

CUES_PATH = Path(__file__).resolve().parent / "extract" / "coverage_cues.tsv"
#: the classes whose nodes count as "a fact of that kind" for a cue kind
KIND_CLASSES: dict[str, tuple[URIRef, ...]] = {
    "uppdrag": (SG.Assignment, SG.StatusReport),
    "beslut": (SG.Decision,),
    "mål": (SG.EffectGoal, SG.Indicator, SG.Activity),
}
FIRST_WORDS = 10


def load_cues(path: Path = CUES_PATH) -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, rx = line.split("\t")[:2]
        if kind not in KIND_CLASSES:
            raise ValueError(f"{path.name}: okänd typ {kind!r} (tillåtna: {', '.join(KIND_CLASSES)})")
        out.append((kind, re.compile(rx, re.IGNORECASE | re.MULTILINE)))
    return out


@dataclass(frozen=True)
class Miss:
    doc: str
    passage: str
    kind: str
    first_words: str


def _derived(ds: Dataset, doc_id: str) -> dict[str, set[str]]:
    """passage IRI → the cue kinds that have a fact derived from it (prov:wasDerivedFrom)."""
    g = ds.graph(URIRef(str(GRAPH) + "document/" + doc_id))
    out: dict[str, set[str]] = {}
    for kind, classes in KIND_CLASSES.items():
        for cls in classes:
            for node in g.subjects(RDF.type, cls):
                for src in g.objects(node, PROV.wasDerivedFrom):
                    out.setdefault(str(src), set()).add(kind)
                # a decision is derived from its agenda item's passage; a status report from its uppdrag's
                for other in g.objects(node, SG.reportsOn):
                    for src in g.objects(other, PROV.wasDerivedFrom):
                        out.setdefault(str(src), set()).add(kind)
    return out


def misses(ds: Dataset, docs: list[Document], cues: list[tuple[str, re.Pattern[str]]] | None = None) -> list[Miss]:
    cues = load_cues() if cues is None else cues
    out = []
    for d in docs:
        derived = _derived(ds, d.id)
        for p in d.passages:
            got = derived.get(str(I.passage_iri(p.id)), set())
            for kind in dict.fromkeys(k for k, rx in cues if rx.search(p.text)):
                if kind not in got:
                    words = " ".join(p.text.split()[:FIRST_WORDS])
                    out.append(Miss(d.id, p.id, kind, words))
    return out


def candidate_organs(ds: Dataset) -> dict[str, tuple[str, set[str]]]:
    """organ IRI → (label, documents) for every organ the extractor typed as a candidate."""
    out: dict[str, tuple[str, set[str]]] = {}
    prefix = str(GRAPH) + "document/"
    for g in ds.graphs():
        gid = str(g.identifier)
        if not gid.startswith(prefix):
            continue
        for organ in g.subjects(RDF.type, SG.Organ):
            if (organ, SG.candidate, None) in g:
                label = str(g.value(organ, SKOS.prefLabel) or str(organ).rsplit("/", 1)[-1])
                out.setdefault(str(organ), (label, set()))[1].add(gid[len(prefix):])
    return out


def format_report(ds: Dataset, docs: list[Document], limit: int = 40, flags: Sequence[Flag] = ()) -> str:
    """`flags`: lines the learned role model (graph/role_lines.py) gives a role the rules did not."""
    found = misses(ds, docs)
    lines = [f"Täckning: {len(found)} passager ser ut som uppdrag, beslut eller mål men gav ingen sådan fakta"]
    by_doc: dict[str, list[Miss]] = {}
    for m in found:
        by_doc.setdefault(m.doc, []).append(m)
    shown = 0
    for doc, ms in by_doc.items():
        if shown >= limit:
            break
        lines.append(f"  {doc}")
        for m in ms[: max(0, limit - shown)]:
            lines.append(f"    [{m.kind}] {m.passage}: {m.first_words} …")
            shown += 1
    if flags:
        lines.append(f"Inlärda roller: {len(flags)} rader ser ut som beslut, förslag, föredragande, status eller "
                     "indikator men reglerna gav dem ingen roll (modellens sannolikhet)")
        for f in list(flags)[:limit]:
            lines.append(f"  [{f.role} {f.prob:.2f}] {f.doc}: {' '.join(f.text.split()[:FIRST_WORDS])} …")
    organs = candidate_organs(ds)
    if organs:
        lines.append(f"Kandidatorgan att granska ({len(organs)}; okända för tesaurusen):")
        for iri, (label, ds_) in sorted(organs.items()):
            lines.append(f"  {label}  <{iri}>  [{', '.join(sorted(ds_))}]")
    return "\n".join(lines)


__all__ = ["CUES_PATH", "Miss", "candidate_organs", "format_report", "load_cues", "misses"]
