"""Dependency map, gap analysis and exports on the TriG fixture; the deps/entity CLI on a built workspace."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest

from corpus.errors import NotFound
from graph.dependencies import analyse, dependency_graph, to_gexf, to_graphml, to_json
from tests.workspace_support import add_fixture_generation

FIXTURE = Path(__file__).parent / "entities_fixtures" / "mini.trig"
ID = "https://w3id.org/styrgraf/id/"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    s = ox.Store(str(tmp_path_factory.mktemp("deps-store")))
    s.bulk_load(FIXTURE.read_bytes(), ox.RdfFormat.TRIG)
    return s


@pytest.fixture(scope="module")
def graph(store: ox.Store) -> nx.DiGraph:
    return dependency_graph(store)


def _ids(refs: list[Any]) -> list[str]:
    return [r.iri.removeprefix(ID) for r in refs]


def test_graph_follows_the_steering_chain(graph: nx.DiGraph) -> None:
    rel = {(u.removeprefix(ID), v.removeprefix(ID)): d["relation"] for u, v, d in graph.edges(data=True)}
    assert rel[("vision/malbild-2030", "perspective/process")] == "partOf"
    assert rel[("perspective/invanare-och-samhalle", "effect-goal/2023/8")] == "partOf"
    assert rel[("effect-goal/2023/8", "assignment/2025/nr-11")] == "contributesTo"
    assert rel[("effect-goal/2023/8", "activity/2023-verksamhetsplan-omrade-psykiatri/spot-i-hela-lanet")] \
        == "contributesTo"
    assert rel[("assignment/2025/nr-11", "organ/beredning-for-psykiatri")] == "assignedTo"
    assert rel[("assignment/2025/nr-11", "project/spot")] == "concerns"
    node = graph.nodes[ID + "assignment/2021/nr-4"]
    assert node["type"] == "Assignment" and node["year"] == 2021 and node["reported"] is True
    assert node["status"] == "startat men ej klart vid årets slut"
    assert graph.nodes[ID + "effect-goal/2023/9"]["label"].startswith("Effektmål 9")
    assert nx.is_directed_acyclic_graph(graph)


def test_gaps(graph: nx.DiGraph) -> None:
    r = analyse(graph)
    assert _ids(r.unserved_goals) == ["effect-goal/2023/9"]
    assert _ids(r.unlinked_assignments) == ["assignment/2021/nr-1", "assignment/2025/ber-nr-4"]
    assert r.unlinked_activities == []
    assert _ids(r.unreported_assignments) == ["assignment/2021/nr-1", "assignment/2025/nr-11"]
    assert r.counts["Assignment"] == 6 and r.counts["Activity"] == 1


def test_centrality_pagerank_on_support_graph(graph: nx.DiGraph) -> None:
    r = analyse(graph)
    by = {c.iri.removeprefix(ID): c for c in r.centrality}
    assert r.centrality[0].iri == ID + "vision/malbild-2030"          # everything flows up to the Målbild
    assert by["effect-goal/2023/8"].support == 2 and by["effect-goal/2023/8"].reach == 2
    assert by["perspective/invanare-och-samhalle"].reach == 3
    assert by["effect-goal/2023/8"].pagerank > by["effect-goal/2023/9"].pagerank
    assert by["perspective/invanare-och-samhalle"].pagerank > by["perspective/process"].pagerank
    assert r.centrality == sorted(r.centrality, key=lambda c: -c.pagerank)
    load = {o.iri.removeprefix(ID): o for o in r.organ_load}
    assert load["organ/beredning-for-psykiatri"].assignments == 3
    assert load["organ/beredning-for-psykiatri"].unreported == 1
    assert load["organ/omrade-psykiatri"].activities == 1


def test_year_filter(store: ox.Store) -> None:
    g = dependency_graph(store, year=2025)
    work = sorted(n.removeprefix(ID) for n, d in g.nodes(data=True) if d["type"] in ("Assignment", "Activity"))
    assert work == ["assignment/2025/ber-nr-4", "assignment/2025/nr-11", "assignment/2025/nr-8"]
    # an effektmål of another year stays when a kept uppdrag contributes to it
    assert ID + "effect-goal/2023/8" in g and ID + "effect-goal/2023/9" not in g
    r = analyse(g)
    assert r.year == 2025
    assert _ids(r.unserved_goals) == ["vision-statement/jag-far-vard-som-haller-hog-kvalitet"]


def test_organ_filter_follows_renames(store: ox.Store) -> None:
    g = dependency_graph(store, organ="Beredning för psykiatri")
    work = {n.removeprefix(ID) for n, d in g.nodes(data=True) if d["type"] == "Assignment"}
    # 2021 nr 4 was given to the committee under its earlier name
    assert work == {"assignment/2025/nr-8", "assignment/2025/nr-11", "assignment/2025/ber-nr-4",
                    "assignment/2021/nr-4"}
    assert analyse(g).organ == "Beredning för psykiatri"
    g2 = dependency_graph(store, organ=ID + "organ/beredning-for-narsjukvard")
    assert {n.removeprefix(ID) for n, d in g2.nodes(data=True) if d["type"] == "Assignment"} == {
        "assignment/2021/nr-1", "assignment/2021/nr-3", "assignment/2021/nr-4"}
    with pytest.raises(NotFound):
        dependency_graph(store, organ="Ingen sådan nämnd xyz")


def test_json_export_flags_gaps(graph: nx.DiGraph) -> None:
    data = to_json(graph)
    json.dumps(data)   # serialisable
    nodes = {n["id"].removeprefix(ID): n for n in data["nodes"]}
    assert nodes["effect-goal/2023/9"]["gap"] is True and nodes["effect-goal/2023/9"]["gaps"] == ["unserved"]
    assert nodes["assignment/2021/nr-1"]["gaps"] == ["unlinked", "unreported"]
    assert nodes["assignment/2021/nr-4"]["gap"] is False
    assert {"source", "target", "relation"} <= set(data["edges"][0])
    assert len(data["edges"]) == graph.number_of_edges()
    assert data["report"]["unserved_goals"][0]["iri"] == ID + "effect-goal/2023/9"


def test_graphml_and_gexf_parse_back(graph: nx.DiGraph) -> None:
    gml = nx.read_graphml(io.StringIO(to_graphml(graph)))
    assert gml.number_of_nodes() == graph.number_of_nodes()
    assert gml.number_of_edges() == graph.number_of_edges()
    assert gml.nodes[ID + "assignment/2021/nr-4"]["label"].startswith("Nr 4.")
    assert gml.nodes[ID + "assignment/2021/nr-4"]["year"] == 2021
    gexf = nx.read_gexf(io.BytesIO(to_gexf(graph).encode("utf-8")))
    assert gexf.number_of_nodes() == graph.number_of_nodes()
    assert gexf.number_of_edges() == graph.number_of_edges()


# -- CLI on a workspace whose current generation holds the fixture ---------------------------------------

@pytest.fixture()
def workspace_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from api.settings import get_settings
    from api.workspace import Workspace

    ws = Workspace(tmp_path / "data")
    add_fixture_generation(ws)
    monkeypatch.setenv("STYRGRAF_DATA_DIR", str(ws.root))
    get_settings.cache_clear()
    yield ws.root
    get_settings.cache_clear()


def test_cli_entity_and_deps(workspace_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from styrgraf.cli import main

    assert main(["entity", "SMO"]) == 0
    out = capsys.readouterr().out
    assert "Samordnat medicinskt omhändertagande" in out and "Tidslinje" in out
    assert "2021-03-10" in out and "Återrapportering av uppdrag 2025" in out

    assert main(["entity", "project/smo", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["acronyms"] == ["SMO"]

    assert main(["entity", "samordant"]) == 4          # NotFound, with suggestions
    err = capsys.readouterr().err
    assert "menade du" in err and "project/smo" in err

    assert main(["deps"]) == 0
    out = capsys.readouterr().out
    assert "Effektmål 9" in out and "PageRank" in out
    assert main(["deps", "--year", "2025", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["report"]["year"] == 2025
    assert main(["deps", "--format", "graphml"]) == 0
    assert nx.read_graphml(io.StringIO(capsys.readouterr().out)).number_of_nodes() > 0


def test_cli_not_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from api.settings import get_settings
    from styrgraf.cli import main

    monkeypatch.setenv("STYRGRAF_DATA_DIR", str(tmp_path / "empty"))
    get_settings.cache_clear()
    try:
        assert main(["entity", "SMO"]) == 6
        assert main(["deps"]) == 6
    finally:
        get_settings.cache_clear()


def test_map_is_the_same_whatever_the_hash_seed() -> None:
    """Replicas must answer byte for byte alike: no set order may leak into the map's node or edge order."""
    import subprocess
    import sys
    script = ("import pyoxigraph as ox, sys, json; from graph.dependencies import dependency_graph, to_json;"
              "s = ox.Store(); s.bulk_load(open(sys.argv[1], 'rb').read(), ox.RdfFormat.TRIG);"
              "print(json.dumps(to_json(dependency_graph(s))))")
    outs = {subprocess.run([sys.executable, "-c", script, str(FIXTURE)], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout
            for seed in (1, 2, 3, 4)}
    assert len(outs) == 1
