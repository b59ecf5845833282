"""`styrgraf load`: outside RDF into the embedded store as a new generation, kept by later builds; bad files
change nothing; PUT semantics per graph. The remote half runs against a real `oxigraph serve`."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest
from workspace_support import add_fixture_generation

from api.settings import Settings
from api.workspace import Workspace
from corpus.errors import IngestError
from graph.namespaces import GRAPH
from styrgraf.cli import main
from styrgraf.rdf_load import load_file, registered

VOC = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://example.org/voc/a> a skos:Concept ; skos:prefLabel "Första begreppet"@sv .
<https://example.org/voc/b> a skos:Concept ; skos:prefLabel "Andra begreppet"@sv ; skos:broader [ skos:prefLabel "x" ] .
"""
QUADS = """<https://example.org/s1> <https://example.org/p> "ett" <https://example.org/g1> .
<https://example.org/s2> <https://example.org/p> "två" <https://example.org/g2> .
<https://example.org/s3> <https://example.org/p> "tre" .
"""


def _ws(tmp_path: Path) -> Workspace:
    ws = Workspace(tmp_path / "data")
    add_fixture_generation(ws)
    return ws


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, "utf-8")
    return p


def _graph_count(ws: Workspace, graph: str) -> int:
    gen = ws.current()
    assert gen is not None
    return len(list(gen.open_store().quads_for_pattern(None, None, None, ox.NamedNode(graph))))


def test_turtle_becomes_a_new_generation_and_the_old_one_is_untouched(tmp_path: Path) -> None:
    ws = _ws(tmp_path)
    old = ws.current()
    assert old is not None
    old_len = len(old.open_store())
    entry = load_file(ws, _write(tmp_path, "Regionens vokabulär.ttl", VOC))
    new = ws.current()
    assert new is not None and new.id != old.id
    graph = str(GRAPH["loaded/regionens-vokabular"])
    assert entry["graphs"] == [graph] and entry["quads"] == 6
    assert _graph_count(ws, graph) == 6
    assert len(new.open_store()) == old_len + 6 == new.meta["triples"]
    assert len(old.open_store()) == old_len  # generations are immutable
    # The rest of the generation is shared, not copied; the file itself is kept beside the store.
    assert os.stat(new.documents_file).st_ino == os.stat(old.documents_file).st_ino
    assert (new.path / "loaded" / entry["stored_as"]).read_text("utf-8") == VOC
    assert [e["sha256"] for e in registered(new)] == [entry["sha256"]]


def test_nquads_keep_their_graphs_and_default_triples_go_to_the_given_graph(tmp_path: Path) -> None:
    ws = _ws(tmp_path)
    entry = load_file(ws, _write(tmp_path, "d.nq", QUADS), "https://example.org/default")
    assert entry["graphs"] == ["https://example.org/default", "https://example.org/g1", "https://example.org/g2"]
    assert [_graph_count(ws, g) for g in entry["graphs"]] == [1, 1, 1]


def test_a_later_load_into_the_same_graph_replaces_the_earlier_one(tmp_path: Path) -> None:
    ws = _ws(tmp_path)
    load_file(ws, _write(tmp_path, "d.nq", QUADS))
    second = "<https://example.org/s9> <https://example.org/p> \"nio\" <https://example.org/g1> .\n"
    load_file(ws, _write(tmp_path, "e.nq", second))
    assert _graph_count(ws, "https://example.org/g1") == 1
    assert _graph_count(ws, "https://example.org/g2") == 0  # the replaced load's other graphs go too
    assert [e["source"].rsplit("/", 1)[-1] for e in registered(ws.current())] == ["e.nq"]


@pytest.mark.parametrize(("name", "text", "message"), [
    ("bad.ttl", "<https://example.org/a> <https://example.org/b> \"open .\n", "ogiltig RDF"),
    ("bad.nq", QUADS + "<https://example.org/x> <https://example.org/p> .\n", "ogiltig RDF"),
    ("empty.ttl", "# nothing\n", "inga tripler"),
    ("own.trig", "<https://w3id.org/styrgraf/graph/thesaurus> { <urn:a> <urn:b> <urn:c> }\n", "byggs av Styrgraf"),
    ("data.json", "{}", "okänt RDF-format"),
])
def test_a_bad_file_is_a_clear_error_and_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         name: str, text: str, message: str) -> None:
    ws = _ws(tmp_path)
    before = sorted(p.name for p in ws.generations_dir.iterdir())
    code = main(["--data-dir", str(ws.root), "load", str(_write(tmp_path, name, text))])
    assert code == 3
    assert message in capsys.readouterr().err
    assert sorted(p.name for p in ws.generations_dir.iterdir()) == before


def test_same_file_twice_and_bad_graph_iri_are_refused(tmp_path: Path) -> None:
    ws = _ws(tmp_path)
    path = _write(tmp_path, "v.ttl", VOC)
    load_file(ws, path)
    with pytest.raises(IngestError, match="redan inläst"):
        load_file(ws, path)
    with pytest.raises(IngestError, match="absolut IRI"):
        load_file(ws, path, "graf-utan-schema")


def test_load_needs_a_built_graph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "none"), "load", str(_write(tmp_path, "v.ttl", VOC))]) == 6
    assert "styrgraf build" in capsys.readouterr().err


def test_a_rebuild_keeps_the_loaded_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from search_support import make_doc

    from styrgraf.pipeline import build

    settings = Settings(data_dir=tmp_path / "data", embedder="hash", embedding_cache=tmp_path / "emb.sqlite")
    docs = [make_doc("liten", ["Uppdrag om nära vård i länet.", "Beredningen följer upp arbetet."])]
    build(settings, progress=None, show_bars=False, documents=docs)
    assert main(["--data-dir", str(settings.data_path), "load", str(_write(tmp_path, "v.ttl", VOC))]) == 0
    assert capsys.readouterr().out.strip() == f"<{GRAPH['loaded/v']}>"
    ws = Workspace(settings.data_path)
    gen = build(settings, progress=None, show_bars=False, documents=docs)
    assert _graph_count(ws, str(GRAPH["loaded/v"])) == 6
    assert len(registered(gen)) == 1 and gen.meta["triples"] == len(gen.open_store())


def test_remote_load_puts_each_graph_and_registers_the_file(tmp_path: Path) -> None:
    from server_support import sparql_server

    from graph.remote import RemoteStore

    ws = _ws(tmp_path)
    with sparql_server(tmp_path / "oxigraph") as server:
        remote = RemoteStore(server.config)
        try:
            remote.put_graph("https://example.org/g2", b"<urn:old> <urn:p> <urn:o> .\n", "application/n-triples")
            entry = load_file(ws, _write(tmp_path, "d.nq", QUADS), "https://example.org/default", remote=remote)
            rows = remote.select_rows("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
            counts = {r["g"].value: int(r["n"].value) for r in rows}  # type: ignore[union-attr]
            assert {g: counts.get(g) for g in entry["graphs"]} == dict.fromkeys(entry["graphs"], 1)  # g2: replaced
            with pytest.raises(IngestError):
                load_file(ws, _write(tmp_path, "bad.nq", QUADS + "<urn:x> .\n"), remote=remote)
            mine = 'SELECT * WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://example.org/")) }'
            assert len(list(remote.select_rows(mine))) == 3  # nothing PUT
        finally:
            remote.close()
    assert [e["stored_as"] for e in registered(ws.current())] == [entry["stored_as"]]
