"""Dependency map: Målbild → perspektiv/målsättning → effektmål → uppdrag/aktivitet → organ/projekt."""

from __future__ import annotations

from typing import Any

import networkx as nx
from pydantic import BaseModel, Field


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
    pagerank: float


class DependencyReport(BaseModel):
    year: int | None = None
    organ: str | None = None
    counts: dict[str, int] = Field(default_factory=dict)
    unserved_goals: list[NodeRef] = Field(default_factory=list)
    unlinked_assignments: list[NodeRef] = Field(default_factory=list)
    unreported_assignments: list[NodeRef] = Field(default_factory=list)
    centrality: list[GoalCentrality] = Field(default_factory=list)
    organ_load: list[tuple[NodeRef, int]] = Field(default_factory=list)
    method: str = ""


def dependency_graph(store: Any, year: int | None = None, organ: str | None = None) -> nx.DiGraph:
    raise NotImplementedError


def analyse(g: nx.DiGraph) -> DependencyReport:
    raise NotImplementedError


def to_json(g: nx.DiGraph, report: DependencyReport | None = None) -> dict[str, Any]:
    raise NotImplementedError


def to_graphml(g: nx.DiGraph) -> str:
    raise NotImplementedError


def to_gexf(g: nx.DiGraph) -> str:
    raise NotImplementedError
