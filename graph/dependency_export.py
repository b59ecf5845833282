"""Exports of a dependency map (graph/dependencies.py): JSON for the web map, GraphML and GEXF.

GraphML and GEXF carry only scalar attributes; the JSON keeps lists (a node's gap reasons) and adds the
analysis report (graph/dependency_analysis.py), computed here when the caller has none.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from graph.dependency_analysis import DependencyReport, analyse, gaps


def to_json(g: nx.DiGraph[str], report: DependencyReport | None = None) -> dict[str, Any]:
    """{"nodes": [{id, iri, label, type, year, gap, gaps, ...}], "edges": [{source, target, relation}],
    "report": {...}} for the web map; `gap` is True for unserved goals and unlinked/unreported work."""
    report = report or analyse(g)
    reasons = gaps(g, report)
    pr = {c.iri: c.pagerank for c in report.centrality}
    nodes = []
    for n, d in g.nodes(data=True):
        node = {"id": n, "iri": d.get("iri", n), "label": d.get("label", n), "type": d.get("type"),
                "year": d.get("year"), "gap": n in reasons, "gaps": reasons.get(n, [])}
        for k in ("reported", "status"):
            if k in d:
                node[k] = d[k]
        if n in pr:
            node["pagerank"] = pr[n]
        nodes.append(node)
    edges = [{"source": u, "target": v, "relation": d.get("relation"), "inverse": bool(d.get("inverse"))}
             for u, v, d in g.edges(data=True)]
    return {"nodes": nodes, "edges": edges, "report": report.model_dump()}


def _exportable(g: nx.DiGraph[str]) -> nx.DiGraph[str]:
    """A copy with only str/int/float/bool attributes (GraphML and GEXF reject None and lists)."""
    h: nx.DiGraph[str] = nx.DiGraph()
    h.graph.update({k: v for k, v in g.graph.items() if isinstance(v, str | int | float | bool)})
    for n, d in g.nodes(data=True):
        h.add_node(n, **{k: v for k, v in d.items() if isinstance(v, str | int | float | bool)})
    for u, v, d in g.edges(data=True):
        h.add_edge(u, v, **{k: x for k, x in d.items() if isinstance(x, str | int | float | bool)})
    return h


def to_graphml(g: nx.DiGraph[str]) -> str:
    return "\n".join(nx.generate_graphml(_exportable(g))) + "\n"


def to_gexf(g: nx.DiGraph[str]) -> str:
    return "\n".join(nx.generate_gexf(_exportable(g))) + "\n"


__all__ = ["to_gexf", "to_graphml", "to_json"]
