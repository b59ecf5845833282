"""Line roles from the rules, and the learned model's flags where the rules gave none.

`rule_roles` reads a document's extracted facts back onto its lines through their provenance (the
TextPositionSelector every fact carries): lines inside a decision's span are `decision` (or `proposal`
when the decision is `sg:proposed`), lines of an agenda item that name its `sg:presenter` are `presenter`,
the line of a status report that states the status is `status`, an indicator's lines are `indicator`;
everything else is `background`. On the development documents, whose gold the extractor matches, these are
the training labels (bench/role_labels.py); at run time they say where the rules already spoke.

`learned_flags` runs the shipped model (graph/extract/roles.py) on the lines the rules left as background
and keeps those it gives another role with at least `min_prob`: the coverage report of `styrgraf check`
lists them for review. The caller passes the encoder (graph may not import search/).
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass

import numpy as np
from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS, Namespace
from rdflib.term import Node

from corpus.model import Document
from graph.extract.roles import Encode, Line, RoleModel, lines_of, load_model
from graph.extract.status_nearest import cache_dir
from graph.namespaces import SG, THESAURUS_GRAPH, document_graph

OA = Namespace("http://www.w3.org/ns/oa#")
#: which role wins when a line lies in the spans of two facts (a presenter named inside a proposal's span
#: is the presenter line)
PRIORITY = ("presenter", "decision", "proposal", "status", "indicator")
#: the least probability a learned flag needs to be listed: on the held-out documents (where the rules are
#: right) 5% of background lines are flagged at 0.8, 10% at 0.6 (bench/train_roles.py prints both)
MIN_PROB = 0.8


def spans(g: Graph, node: Node) -> list[tuple[int, int]]:
    out = []
    for d in g.objects(node, PROV.qualifiedDerivation):
        sel = g.value(d, OA.hasSelector)
        a, b = g.value(sel, OA.start), g.value(sel, OA.end)
        if isinstance(a, Literal) and isinstance(b, Literal):
            out.append((int(a), int(b)))
    return out


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def _names(g: Graph, person: URIRef) -> list[str]:
    return [_norm(str(o)) for o in g.objects(person, None) if isinstance(o, Literal) and len(str(o)) > 3]


def rule_roles(doc: Document, g: Graph, status_labels: dict[str, list[str]] | None = None) -> list[str]:
    """The rules' role of each line of `lines_of(doc.text)` (see module docstring). `status_labels`:
    status concept IRI → its labels (the thesaurus), to find the line that states the status."""
    lines = lines_of(doc.text)
    roles: list[set[str]] = [set() for _ in lines]

    def mark(a: int, b: int, role: str, pick: str | list[str] | None = None) -> list[int]:
        hit = [i for i, ln in enumerate(lines) if ln.start < b and a < ln.end]
        if isinstance(pick, list):
            hit = [i for i in hit if any(n and n in _norm(lines[i].text) for n in pick)]
        for i in hit:
            roles[i].add(role)
        return hit

    for node in g.subjects(RDF.type, SG.Decision):
        proposed = str(g.value(node, SG.proposed) or "").lower() == "true"
        said = _norm(str(g.value(node, SG.text) or ""))
        for a, b in spans(g, node):
            # a span may start at a label above the formula ("Föredragande / Henrik Strand / X föreslår …"):
            # only the lines that hold the decision's own words are the decision
            for i in [i for i, ln in enumerate(lines) if ln.start < b and a < ln.end]:
                t = _norm(lines[i].text)
                if len(t.split()) > 1 and (not said or t in said or said[:40] in t):
                    roles[i].add("proposal" if proposed else "decision")
    for item in g.subjects(RDF.type, SG.AgendaItem):
        names = [n for p in g.objects(item, SG.presenter) if isinstance(p, URIRef) for n in _names(g, p)]
        for a, b in spans(g, item):
            mark(a, b, "presenter", names or [""])
    for node in g.subjects(RDF.type, SG.StatusReport):
        labels = [_norm(x) for s in g.objects(node, SG.status) for x in (status_labels or {}).get(str(s), [])]
        for a, b in spans(g, node):
            if not mark(a, b, "status", [*labels, "status"]):
                first = [i for i, ln in enumerate(lines) if ln.start < b and a < ln.end][:1]
                for i in first:
                    roles[i].add("status")
    for node in g.subjects(RDF.type, SG.Indicator):
        for a, b in spans(g, node):
            mark(a, b, "indicator")
    return [next((r for r in PRIORITY if r in rs), "background") for rs in roles]


def cached_vectors(encode: Encode, texts: list[str]) -> np.ndarray:
    """The encoder's vectors of `texts`, kept in one .npz in the user cache (keyed by the encoder's
    `identity`), so a second `styrgraf check` embeds only new lines; uncached for an encoder without one."""
    ident = getattr(encode, "identity", None)
    if not texts or ident is None:
        return np.asarray(encode(texts)) if texts else np.zeros((0, 0))
    path = cache_dir() / f"role-vectors-{hashlib.sha256(str(ident).encode()).hexdigest()[:12]}.npz"
    try:
        with np.load(path) as z:
            have = dict(zip(z["keys"].tolist(), z["vecs"], strict=True))
    except (OSError, ValueError, KeyError):
        have = {}
    keys = [hashlib.sha256(t.encode()).hexdigest()[:20] for t in texts]
    todo = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in have))
    if todo:
        have.update(zip((hashlib.sha256(t.encode()).hexdigest()[:20] for t in todo), np.asarray(encode(todo)),
                        strict=True))
        try:   # a read-only home only costs the next run the embedding
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp.npz")
            np.savez(tmp, keys=np.array(list(have)), vecs=np.stack(list(have.values())))
            os.replace(tmp, path)
        except OSError:
            pass
    return np.stack([have[k] for k in keys])


@dataclass(frozen=True)
class Flag:
    doc: str
    role: str
    prob: float
    text: str


def learned_flags(docs: list[Document], ds: Dataset, encode: Encode | None,
                  model: RoleModel | None = None, min_prob: float = MIN_PROB) -> list[Flag]:
    """Lines the rules left as background that the model gives another role (not furniture: the cleaner
    already dropped what it found, and a flagged header line is no missed fact)."""
    model = model if model is not None else load_model()
    if model is None or ("embed" in model.variant and encode is None):
        return []
    th = ds.graph(URIRef(str(THESAURUS_GRAPH)))
    status = {str(c): [str(o) for p in (SKOS.prefLabel, SKOS.altLabel) for o in th.objects(c, p)]
              for c in set(th.subjects(SKOS.prefLabel, None)) if "/status/" in str(c)}
    out: list[Flag] = []
    for d in docs:
        lines = lines_of(d.text)
        rules = rule_roles(d, ds.graph(URIRef(document_graph(d.id))), status)
        todo: list[Line] = [ln for ln, r in zip(lines, rules, strict=True) if r == "background"]
        vecs = cached_vectors(encode, [ln.text for ln in todo]) if "embed" in model.variant and encode else None
        for ln, (role, p) in zip(todo, model.predict(todo, encode, vecs), strict=True):
            if role not in ("background", "furniture") and p >= min_prob:
                out.append(Flag(d.id, role, round(p, 3), ln.text))
    return out


__all__ = ["MIN_PROB", "PRIORITY", "Flag", "cached_vectors", "learned_flags", "rule_roles", "spans"]
