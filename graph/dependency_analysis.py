"""Analysis of a dependency map (graph/dependencies.py): gaps and goal centrality.

`analyse()` reports gaps (goals no uppdrag/aktivitet serves, uppdrag and aktiviteter linked to no goal,
uppdrag without a status report for their year) and ranks goals by **PageRank on the support graph**:
the goal/work part of the map with edges reversed (work → goal → parent goal), so a goal scores high
when many uppdrag support it directly or through its sub-goals. PageRank (rather than in-degree)
credits indirect support, and (rather than betweenness) is meaningful on a tree-shaped hierarchy;
`support` (direct contributors) and `reach` (all contributing work items below) are given alongside
as plain counts. `gaps()` turns a report into the reasons per node the map shows.
"""

from __future__ import annotations

import networkx as nx
from pydantic import BaseModel, Field

GOAL_TYPES = ("Vision", "Perspective", "VisionStatement", "EffectGoal")
WORK_TYPES = ("Assignment", "Activity")
LEAF_GOALS = ("VisionStatement", "EffectGoal")   # reported unserved when nothing contributes directly


class NodeRef(BaseModel):
    iri: str
    label: str
    type: str
    year: int | None = None


class GoalCentrality(BaseModel):
    iri: str
    label: str
    type: str
    support: int          # uppdrag/aktiviteter contributing directly
    reach: int            # uppdrag/aktiviteter contributing directly or through sub-goals
    pagerank: float


class OrganLoad(BaseModel):
    iri: str
    label: str
    type: str
    assignments: int
    activities: int
    unreported: int


class DependencyReport(BaseModel):
    year: int | None = None
    organ: str | None = None
    counts: dict[str, int] = Field(default_factory=dict)
    unserved_goals: list[NodeRef] = Field(default_factory=list)
    unlinked_assignments: list[NodeRef] = Field(default_factory=list)
    unlinked_activities: list[NodeRef] = Field(default_factory=list)
    unreported_assignments: list[NodeRef] = Field(default_factory=list)
    centrality: list[GoalCentrality] = Field(default_factory=list)
    organ_load: list[OrganLoad] = Field(default_factory=list)
    method: str = ("Centralitet = PageRank (α=0,85) på stödgrafen: uppdrag/aktivitet → effektmål/målsättning → "
                   "perspektiv → målbild. support = direkta bidrag, reach = alla bidragande uppdrag/aktiviteter.")


def _ref(g: nx.DiGraph[str], n: str) -> NodeRef:
    d = g.nodes[n]
    return NodeRef(iri=n, label=d.get("label", n), type=d.get("type", ""), year=d.get("year"))


def _pagerank(h: nx.DiGraph[str], alpha: float = 0.85, iterations: int = 100, tol: float = 1e-10) -> dict[str, float]:
    """Plain power-iteration PageRank (no scipy needed); dangling mass spread uniformly."""
    nodes = list(h)
    if not nodes:
        return {}
    n = len(nodes)
    rank = dict.fromkeys(nodes, 1.0 / n)
    out_deg = {v: h.out_degree(v) for v in nodes}
    for _ in range(iterations):
        dangling = alpha * sum(rank[v] for v in nodes if out_deg[v] == 0) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for v in nodes:
            if out_deg[v]:
                share = alpha * rank[v] / out_deg[v]
                for w in h.successors(v):
                    new[w] += share
        if sum(abs(new[v] - rank[v]) for v in nodes) < tol * n:
            rank = new
            break
        rank = new
    return rank


def analyse(g: nx.DiGraph[str]) -> DependencyReport:
    types = {n: d.get("type") for n, d in g.nodes(data=True)}
    goals = [n for n, t in types.items() if t in GOAL_TYPES]
    work = [n for n, t in types.items() if t in WORK_TYPES]

    def contributors(n: str) -> list[str]:
        return [w for w in g.successors(n) if types.get(w) in WORK_TYPES
                and g.edges[n, w].get("relation") == "contributesTo"]

    # support graph: work → goal → parent goal
    h: nx.DiGraph[str] = nx.DiGraph()
    h.add_nodes_from(goals + work)
    for u, v, d in g.edges(data=True):
        if d.get("relation") in ("partOf", "contributesTo") and u in h and v in h:
            h.add_edge(v, u)
    pr = _pagerank(h)
    reach = {n: len([a for a in nx.ancestors(h, n) if types.get(a) in WORK_TYPES]) for n in goals}

    unserved = []
    for n in goals:
        served = bool(contributors(n)) if types[n] in LEAF_GOALS else reach[n] > 0
        if not served:
            unserved.append(_ref(g, n))
    order = {t: i for i, t in enumerate(GOAL_TYPES)}
    unserved.sort(key=lambda r: (order.get(r.type, 9), r.year or 0, r.label))

    unlinked = [n for n in work if not any(types.get(p) in GOAL_TYPES for p in g.predecessors(n))]
    unlinked_refs = sorted((_ref(g, n) for n in unlinked), key=lambda r: (r.year or 0, r.label))
    unreported = sorted((_ref(g, n) for n in work if types[n] == "Assignment" and not g.nodes[n].get("reported")),
                        key=lambda r: (r.year or 0, r.label))

    centrality = sorted(
        (GoalCentrality(iri=n, label=g.nodes[n].get("label", n), type=types[n] or "", support=len(contributors(n)),
                        reach=reach[n], pagerank=round(pr.get(n, 0.0), 6)) for n in goals),
        key=lambda c: (-c.pagerank, -c.reach, c.label))

    load: list[OrganLoad] = []
    for n in g:
        incoming = [u for u in g.predecessors(n) if g.edges[u, n].get("relation") == "assignedTo"]
        if not incoming:
            continue
        load.append(OrganLoad(
            iri=n, label=g.nodes[n].get("label", n), type=types.get(n) or "",
            assignments=sum(types.get(u) == "Assignment" for u in incoming),
            activities=sum(types.get(u) == "Activity" for u in incoming),
            unreported=sum(types.get(u) == "Assignment" and not g.nodes[u].get("reported") for u in incoming)))
    load.sort(key=lambda o: (-(o.assignments + o.activities), o.label))

    counts: dict[str, int] = {}
    for t in types.values():
        counts[t or ""] = counts.get(t or "", 0) + 1
    year = g.graph.get("year")
    return DependencyReport(
        year=year if isinstance(year, int) else None, organ=g.graph.get("organ") or None, counts=counts,
        unserved_goals=unserved,
        unlinked_assignments=[r for r in unlinked_refs if r.type == "Assignment"],
        unlinked_activities=[r for r in unlinked_refs if r.type == "Activity"],
        unreported_assignments=unreported, centrality=centrality, organ_load=load)


def gaps(g: nx.DiGraph[str], report: DependencyReport) -> dict[str, list[str]]:
    """node → reasons it is a gap: "unserved", "unlinked", "unreported"."""
    out: dict[str, list[str]] = {}
    for reason, refs in (("unserved", report.unserved_goals), ("unlinked", report.unlinked_assignments),
                         ("unlinked", report.unlinked_activities), ("unreported", report.unreported_assignments)):
        for r in refs:
            out.setdefault(r.iri, []).append(reason)
    return out


__all__ = ["GOAL_TYPES", "LEAF_GOALS", "WORK_TYPES", "DependencyReport", "GoalCentrality", "NodeRef", "OrganLoad",
           "analyse", "gaps"]
