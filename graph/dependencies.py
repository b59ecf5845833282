"""Dependency map: Målbild → perspektiv/målsättning → effektmål → uppdrag/aktivitet → organ/projekt.

`dependency_graph()` builds a `networkx.DiGraph` whose edges point *down* the steering chain:

    Vision ─partOf→ Perspective ─partOf→ VisionStatement        (edge whole → part; RDF: part sg:partOf whole)
    Perspective ─partOf→ EffectGoal
    goal ─contributesTo→ Assignment | Activity                   (RDF: work sg:contributesTo goal)
    Assignment | Activity ─assignedTo→ Organ                     (same direction as RDF)
    Assignment | Activity ─concerns→ Project / concept           (same direction as RDF)

Edge attribute `relation` is the RDF predicate's local name and `inverse` is True where the edge runs
against the RDF triple; `inferred` is True on the one kind of edge not stated in the graph: a perspective
without sg:partOf is hung under the Målbild when the graph holds exactly one. Node keys are IRIs; node
attributes: iri, label, type (class local name), year (int or absent), and for uppdrag `reported` (a
status report exists for the uppdrag's year) and `status`.

`analyse()` reports gaps (goals no uppdrag/aktivitet serves, uppdrag and aktiviteter linked to no goal,
uppdrag without a status report for their year) and ranks goals by **PageRank on the support graph**:
the goal/work part of the map with edges reversed (work → goal → parent goal), so a goal scores high
when many uppdrag support it directly or through its sub-goals. PageRank (rather than in-degree)
credits indirect support, and (rather than betweenness) is meaningful on a tree-shaped hierarchy;
`support` (direct contributors) and `reach` (all contributing work items below) are given alongside
as plain counts.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from pydantic import BaseModel, Field

from corpus.errors import NotFound
from graph._nodes import iri_values, node_info, plain_query
from graph.labels import LabelIndex
from graph.namespaces import local_name
from graph.store import GraphStore
from graph.terms import primary_type

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


_GOALS = """
SELECT ?n ?type ?year ?parent WHERE {
  VALUES ?type { sg:Vision sg:Perspective sg:VisionStatement sg:EffectGoal }
  ?n a ?type .
  OPTIONAL { ?n sg:year ?year }
  OPTIONAL { ?n sg:partOf ?parent }
}
"""

_WORK = """
SELECT ?n ?type ?year ?docYear ?p ?o WHERE {
  VALUES ?type { sg:Assignment sg:Activity }
  ?n a ?type .
  OPTIONAL { ?n sg:year ?year }
  OPTIONAL { ?n prov:wasDerivedFrom/dcterms:isPartOf/sg:year ?docYear }
  OPTIONAL { VALUES ?p { sg:contributesTo sg:assignedTo sg:concerns } ?n ?p ?o . FILTER(isIRI(?o)) }
}
"""

_STATUS = """
SELECT ?a ?year ?docYear ?status ?statusLabel WHERE {
  ?r sg:reportsOn ?a .
  OPTIONAL { ?r sg:year ?year }
  OPTIONAL { ?r sg:reportedIn/sg:year ?docYear }
  OPTIONAL { ?r sg:status ?status . OPTIONAL { ?status skos:prefLabel ?statusLabel FILTER(lang(?statusLabel) = "sv") } }
}
"""

_RENAMED = """
SELECT DISTINCT ?o WHERE {
  %s
  { ?x (dcterms:replaces|dcterms:isReplacedBy|^dcterms:replaces|^dcterms:isReplacedBy)+ ?o }
  UNION { ?e a org:ChangeEvent ; org:originalOrganization|org:resultingOrganization ?x ;
             org:originalOrganization|org:resultingOrganization ?o }
}
"""


def _resolve_organ(store: GraphStore, organ: str) -> set[str]:
    if organ.startswith(("http://", "https://")):
        iri: str | None = organ
    else:
        index = LabelIndex.from_store(store)
        iri = index.resolve(organ) if organ.startswith("organ/") else None
        if iri is None:
            hits = index.search(organ, type="Organ", limit=1)
            iri = hits[0].iri if hits and hits[0].match != "fuzzy" else None
    if iri is None:
        raise NotFound(f"inget organ matchar '{organ}'")
    organs = {iri}
    for row in plain_query(store, _RENAMED % iri_values("x", [iri])):
        organs.add(str(row["o"]))
    return organs


def dependency_graph(store: GraphStore, year: int | None = None, organ: str | None = None) -> nx.DiGraph[str]:
    """The steering chain as a DiGraph (see the module docstring).

    `year` keeps the uppdrag/aktiviteter of that year and the effektmål of that year (plus any goal a kept
    work item contributes to); Målbild, perspektiv and målsättningar are timeless and always kept.
    `organ` (IRI, local id "organ/<slug>", label or acronym) keeps the work items assigned to that organ or
    to one of its earlier/later names (dcterms:replaces, org:ChangeEvent); raises NotFound if unknown.
    """
    g: nx.DiGraph[str] = nx.DiGraph(year=year if year is not None else "", organ=organ or "")
    organs = _resolve_organ(store, organ) if organ else None

    goal_rows = plain_query(store, _GOALS)
    goal_type: dict[str, str] = {}
    goal_year: dict[str, int | None] = {}
    parents: dict[str, set[str]] = {}
    for r in goal_rows:
        n = str(r["n"])
        # typed twice: the primary type (EffectGoal over VisionStatement over Perspective over Vision)
        goal_type[n] = primary_type([goal_type.get(n, ""), str(r["type"])]) or ""
        if isinstance(r["year"], int):
            goal_year[n] = r["year"]
        goal_year.setdefault(n, None)
        if r["parent"]:
            parents.setdefault(n, set()).add(str(r["parent"]))

    work: dict[str, dict[str, Any]] = {}
    for r in plain_query(store, _WORK):
        n = str(r["n"])
        w = work.setdefault(n, {"type": local_name(str(r["type"])), "year": None, "contributesTo": set(),
                                "assignedTo": set(), "concerns": set()})
        w["type"] = primary_type([w["type"], str(r["type"])])   # typed twice: Assignment over Activity
        if isinstance(r["year"], int):
            w["year"] = r["year"]
        elif w["year"] is None and isinstance(r["docYear"], int) and w["type"] == "Activity":
            w["year"] = r["docYear"]
        if r["p"]:
            w[local_name(str(r["p"]))].add(str(r["o"]))

    kept = {n: w for n, w in work.items()
            if (year is None or w["year"] == year) and (organs is None or w["assignedTo"] & organs)}

    reports: dict[str, list[tuple[int | None, str | None]]] = {}
    for r in plain_query(store, _STATUS):
        y = r["year"] if isinstance(r["year"], int) else r["docYear"] if isinstance(r["docYear"], int) else None
        label = r["statusLabel"] or (local_name(str(r["status"])) if r["status"] else None)
        reports.setdefault(str(r["a"]), []).append((y, label))

    targets = {gl for w in kept.values() for gl in w["contributesTo"] if gl in goal_type}
    goals = {n for n, t in goal_type.items()
             if t != "EffectGoal" or year is None or goal_year.get(n) in (None, year) or n in targets}
    # keep the ancestors of kept goals, so the chain up to the Målbild is complete
    stack = list(goals)
    while stack:
        for p in parents.get(stack.pop(), ()):
            if p in goal_type and p not in goals:
                goals.add(p)
                stack.append(p)

    others = {o for w in kept.values() for o in w["assignedTo"] | w["concerns"]}
    info = node_info(store, [*goals, *kept, *others])

    for n in goals:
        _add_node(g, n, info[n].display(), goal_type[n], goal_year.get(n))
    for n in goals:
        for p in parents.get(n, ()):
            if p in goals:
                g.add_edge(p, n, relation="partOf", inverse=True)
    # Perspectives stated without their Målbild (thesaurus concepts): hang them under the only Målbild.
    visions = [n for n in goals if goal_type[n] == "Vision"]
    if len(visions) == 1:
        for n in goals:
            if goal_type[n] == "Perspective" and not any(p in goals for p in parents.get(n, ())):
                g.add_edge(visions[0], n, relation="partOf", inverse=True, inferred=True)
    for n, w in kept.items():
        reps = reports.get(n, [])
        own = [lab for y, lab in reps if w["year"] is None or y is None or y == w["year"]]
        attrs: dict[str, Any] = {}
        if w["type"] == "Assignment":
            attrs = {"reported": bool(own), "status": next((s for s in own if s), "")}
        _add_node(g, n, info[n].display(), w["type"], w["year"], **attrs)
        for gl in w["contributesTo"]:
            if gl in goals:
                g.add_edge(gl, n, relation="contributesTo", inverse=True)
        for rel in ("assignedTo", "concerns"):
            for o in w[rel]:
                if o not in g:
                    oi = info[o]
                    _add_node(g, o, oi.display(), oi.type or "Concept", oi.year)
                g.add_edge(n, o, relation=rel, inverse=False)
    return g


def _add_node(g: nx.DiGraph[str], iri: str, label: str, type_: str, year: int | None, **extra: Any) -> None:
    attrs: dict[str, Any] = {"iri": iri, "label": label, "type": type_, **extra}
    if year is not None:
        attrs["year"] = year
    g.add_node(iri, **attrs)


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


__all__ = ["DependencyReport", "GoalCentrality", "NodeRef", "OrganLoad", "analyse", "dependency_graph", "gaps",
           "to_gexf", "to_graphml", "to_json"]
