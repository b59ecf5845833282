"""Graph statistics: triples per document named graph and instance counts per ontology class."""

from __future__ import annotations

from collections import Counter

from rdflib import RDF, Dataset, Graph

from graph.namespaces import GRAPH, SG


def triples_per_graph(ds: Dataset | Graph) -> dict[str, int]:
    if not isinstance(ds, Dataset):
        return {"default": len(ds)}
    out = {}
    for g in ds.graphs():
        gid = str(g.identifier)
        if len(g):
            out[gid.replace(str(GRAPH), "graph/")] = len(g)
    return dict(sorted(out.items()))


def class_counts(ds: Dataset | Graph) -> dict[str, int]:
    """Distinct instances per sg: class over all document graphs."""
    seen: dict[str, set[str]] = {}
    graphs = [g for g in ds.graphs() if str(g.identifier).startswith(str(GRAPH) + "document/")] \
        if isinstance(ds, Dataset) else [ds]
    for g in graphs:
        for s, o in g.subject_objects(RDF.type):
            if str(o).startswith(str(SG)):
                seen.setdefault("sg:" + str(o)[len(str(SG)):], set()).add(str(s))
    return dict(sorted(Counter({k: len(v) for k, v in seen.items()}).items()))


def format_stats(ds: Dataset | Graph) -> str:
    lines = ["Tripler per graf:"]
    lines += [f"  {k:<70} {v:>7}" for k, v in triples_per_graph(ds).items()]
    lines.append("Instanser per klass:")
    lines += [f"  {k:<30} {v:>6}" for k, v in class_counts(ds).items()]
    return "\n".join(lines)


__all__ = ["class_counts", "format_stats", "triples_per_graph"]
