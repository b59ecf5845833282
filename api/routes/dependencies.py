"""GET /api/dependencies: the network målbild → effektmål → uppdrag → organ, with analysis."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from api.deps import SnapshotDep
from graph import dependencies as deps
from graph.namespaces import ID

router = APIRouter(tags=["beroenden"])

GOAL_IRI = str(ID["effect-goal/2025/8"])
MEDIA = {"graphml": "application/graphml+xml", "gexf": "application/gexf+xml"}


@router.get("/api/dependencies", summary="Mål- och uppdragsnätverket med analys",
            responses={200: {"description": "JSON (nodes, edges, report), GraphML or GEXF",
                             "content": {"application/json": {"example": {
                                 "nodes": [{"id": GOAL_IRI,
                                            "label": "Effektmål 8", "type": "EffectGoal"}],
                                 "edges": [{"source": str(ID["assignment/2025/nr-8"]),
                                            "target": GOAL_IRI,
                                            "predicate": "contributesTo"}],
                                 "report": {"year": 2025, "unserved_goals": [], "centrality": []}}},
                                 "application/graphml+xml": {}, "application/gexf+xml": {}}}})
async def dependencies(
    snap: SnapshotDep,
    year: Annotated[int | None, Query(ge=1900, le=2100, description="bara detta års mål och uppdrag")] = None,
    organ: Annotated[str | None, Query(description="bara uppdrag till detta organ (namn, id eller IRI)")] = None,
    format: Annotated[Literal["json", "graphml", "gexf"], Query(description="json (med analys), graphml eller gexf")]
    = "json",
) -> Response:
    """Goals (vision statements, effect goals, indicators) and the uppdrag/activities that contribute to them,
    the organs they are assigned to; the JSON answer adds the analysis (unserved goals, uppdrag without a
    goal or without a status report, centrality, load per organ). GraphML/GEXF open in Gephi, yEd, Cytoscape."""
    def work() -> Response:
        g = deps.dependency_graph(snap.store, year=year, organ=organ)
        if format == "graphml":
            return Response(deps.to_graphml(g), media_type=MEDIA["graphml"],
                            headers={"Content-Disposition": 'attachment; filename="styrgraf-beroenden.graphml"'})
        if format == "gexf":
            return Response(deps.to_gexf(g), media_type=MEDIA["gexf"],
                            headers={"Content-Disposition": 'attachment; filename="styrgraf-beroenden.gexf"'})
        body: dict[str, Any] = deps.to_json(g, deps.analyse(g))
        return JSONResponse(body)

    return await run_in_threadpool(work)
