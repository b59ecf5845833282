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

The analysis (gaps, PageRank centrality) is graph/dependency_analysis.py, the exports (JSON, GraphML,
GEXF) graph/dependency_export.py; both are re-exported here.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from corpus.errors import NotFound
from graph._nodes import iri_values, node_info, select_many
from graph.dependency_analysis import (
    GOAL_TYPES,
    LEAF_GOALS,
    WORK_TYPES,
    DependencyReport,
    GoalCentrality,
    NodeRef,
    OrganLoad,
    analyse,
    gaps,
)
from graph.dependency_export import to_gexf, to_graphml, to_json
from graph.labels import LabelIndex
from graph.namespaces import local_name
from graph.store import GraphStore
from graph.terms import primary_type

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

#: Ordered: an uppdrag reported twice shows the same status on every engine (row order is unspecified).
_STATUS = """
SELECT ?a ?year ?docYear ?status ?statusLabel WHERE {
  ?r sg:reportsOn ?a .
  OPTIONAL { ?r sg:year ?year }
  OPTIONAL { ?r sg:reportedIn/sg:year ?docYear }
  OPTIONAL { ?r sg:status ?status . OPTIONAL { ?status skos:prefLabel ?statusLabel FILTER(lang(?statusLabel) = "sv") } }
}
ORDER BY ?a ?r ?status
"""

_RENAMED = """
SELECT DISTINCT ?o WHERE {
  %s
  { ?x (dcterms:replaces|dcterms:isReplacedBy|^dcterms:replaces|^dcterms:isReplacedBy)+ ?o }
  UNION { ?e a org:ChangeEvent ; org:originalOrganization|org:resultingOrganization ?x ;
             org:originalOrganization|org:resultingOrganization ?o }
}
"""


def _organ_iri(store: GraphStore, organ: str) -> str:
    """The IRI `organ` names: an IRI as given, a local id "organ/<slug>", else the best non-fuzzy organ
    label hit; NotFound if none."""
    if organ.startswith(("http://", "https://")):
        return organ
    index = LabelIndex.from_store(store)
    iri = index.resolve(organ) if organ.startswith("organ/") else None
    if iri is None:
        hits = index.search(organ, type="Organ", limit=1)
        iri = hits[0].iri if hits and hits[0].match != "fuzzy" else None
    if iri is None:
        raise NotFound(f"inget organ matchar '{organ}'")
    return iri


def dependency_graph(store: GraphStore, year: int | None = None, organ: str | None = None) -> nx.DiGraph[str]:
    """The steering chain as a DiGraph (see the module docstring).

    `year` keeps the uppdrag/aktiviteter of that year and the effektmål of that year (plus any goal a kept
    work item contributes to); Målbild, perspektiv and målsättningar are timeless and always kept.
    `organ` (IRI, local id "organ/<slug>", label or acronym) keeps the work items assigned to that organ or
    to one of its earlier/later names (dcterms:replaces, org:ChangeEvent); raises NotFound if unknown.
    """
    g: nx.DiGraph[str] = nx.DiGraph(year=year if year is not None else "", organ=organ or "")
    # the four reads depend on nothing but the organ's IRI: one round trip to a remote store
    selects = [_GOALS, _WORK, _STATUS]
    organ_iri = _organ_iri(store, organ) if organ else None
    if organ_iri is not None:
        selects.append(_RENAMED % iri_values("x", [organ_iri]))
    goal_rows, work_rows, status_rows, *renamed = select_many(store, selects)
    organs = {organ_iri, *(str(row["o"]) for row in renamed[0])} if organ_iri is not None else None

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
    for r in work_rows:
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
    for r in status_rows:
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

    # Sorted wherever a set is walked: the map's node and edge order must not depend on the process's hash
    # seed, so replicas (and two runs) return the same JSON/GraphML byte for byte.
    ordered_goals = sorted(goals)
    for n in ordered_goals:
        _add_node(g, n, info[n].display(), goal_type[n], goal_year.get(n))
    for n in ordered_goals:
        for p in sorted(parents.get(n, ())):
            if p in goals:
                g.add_edge(p, n, relation="partOf", inverse=True)
    # Perspectives stated without their Målbild (thesaurus concepts): hang them under the only Målbild.
    visions = [n for n in ordered_goals if goal_type[n] == "Vision"]
    if len(visions) == 1:
        for n in ordered_goals:
            if goal_type[n] == "Perspective" and not any(p in goals for p in parents.get(n, ())):
                g.add_edge(visions[0], n, relation="partOf", inverse=True, inferred=True)
    for n, w in sorted(kept.items()):
        reps = reports.get(n, [])
        own = [lab for y, lab in reps if w["year"] is None or y is None or y == w["year"]]
        attrs: dict[str, Any] = {}
        if w["type"] == "Assignment":
            attrs = {"reported": bool(own), "status": next((s for s in own if s), "")}
        _add_node(g, n, info[n].display(), w["type"], w["year"], **attrs)
        for gl in sorted(w["contributesTo"]):
            if gl in goals:
                g.add_edge(gl, n, relation="contributesTo", inverse=True)
        for rel in ("assignedTo", "concerns"):
            for o in sorted(w[rel]):
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


__all__ = ["GOAL_TYPES", "LEAF_GOALS", "WORK_TYPES", "DependencyReport", "GoalCentrality", "NodeRef", "OrganLoad",
           "analyse", "dependency_graph", "gaps", "to_gexf", "to_graphml", "to_json"]
