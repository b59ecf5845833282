"""SHACL shapes: the valid fixture conforms, the invalid one fails on exactly the expected nodes."""

from __future__ import annotations

from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF

from corpus.bundled import load_bundled
from graph.build import build_dataset
from graph.namespaces import ID, OA, SG
from graph.shacl import validate
from graph.thesaurus import Thesaurus
from ontology import SHAPES_PATH

FIXTURES = Path(__file__).parent / "ontology_fixtures"


def _load(name: str) -> Graph:
    return Graph().parse(FIXTURES / name, format="turtle")


def test_shapes_parse() -> None:
    assert len(Graph().parse(SHAPES_PATH, format="turtle")) > 100


def test_ontology_and_thesaurus_alone_conform() -> None:
    result = validate(Graph())
    assert result.conforms, result.summary()


def test_valid_fixture_conforms() -> None:
    result = validate(_load("valid.ttl"))
    assert result.conforms, result.summary()
    assert result.violations == []


def test_invalid_fixture_focus_nodes() -> None:
    result = validate(_load("invalid.ttl"))
    assert not result.conforms
    assert result.focus_nodes == {
        str(ID["assignment/2025/nr-1"]),                      # no provenance, year as string
        str(ID["status-report/d2/2025/nr-1"]),                # status not in the scheme
        str(ID["meeting/beredning-for-psykiatri/2025-01-01"]),  # two dates, held by a project
        str(ID["passage/d2.p2-sel"]),                          # start >= end
        str(ID["passage/d2.p3"]),                              # no document, no selector
    }
    paths = {(v.focus.rsplit("/", 1)[-1], v.path.rsplit("/", 1)[-1].rsplit("#", 1)[-1])
             for v in result.violations if v.path}
    assert ("nr-1", "year") in paths
    assert ("2025-01-01", "date") in paths and ("2025-01-01", "heldBy") in paths
    assert ("d2.p2-sel", "start") in paths


def test_dataset_with_named_graphs_is_flattened() -> None:
    ds = Dataset()
    g = ds.graph(URIRef("https://w3id.org/styrgraf/graph/document/d1"))
    for t in _load("valid.ttl"):
        g.add(t)
    assert validate(ds).conforms


def test_validation_is_fast_for_20k_triples() -> None:
    g = Graph()
    doc = ID["document/d"]
    g.add((doc, RDF.type, SG.Document))
    g.add((doc, DCTERMS.title, Literal("t")))
    g.add((doc, DCTERMS.type, ID["doctype/ovrigt"]))
    for i in range(800):
        p = ID[f"passage/d.{i}"]
        sel = BNode()
        for t in [(p, RDF.type, SG.Passage), (p, DCTERMS.isPartOf, doc), (p, OA.hasSource, doc),
                  (p, SG.text, Literal("x")), (p, OA.hasSelector, sel), (sel, RDF.type, OA.TextPositionSelector),
                  (sel, OA.start, Literal(i * 10)), (sel, OA.end, Literal(i * 10 + 5))]:
            g.add(t)
        a = ID[f"assignment/2025/nr-{i}"]
        for t in [(a, RDF.type, SG.Assignment), (a, SG.year, Literal(2025)), (a, SG.text, Literal("t")),
                  (a, PROV.wasDerivedFrom, p), (a, SG.assignedTo, ID["organ/beredning-for-psykiatri"])]:
            g.add(t)
        for k in range(2):
            m = ID[f"mention/d.{i}/{k}"]
            for t in [(m, RDF.type, SG.Mention), (m, SG.inPassage, p), (m, SG.mentionOf, ID["project/spot"]),
                      (m, OA.start, Literal(k)), (m, OA.end, Literal(k + 2)), (m, OA.exact, Literal("ab"))]:
                g.add(t)
    assert len(g) > 20_000
    result = validate(g)  # its speed is bench/'s to measure, not a unit test's
    assert result.conforms, result.summary()


def test_extracted_seed_corpus_conforms() -> None:
    """Integration: what graph/build.py extracts from the bundled documents satisfies the shapes."""
    result = validate(build_dataset(load_bundled(), Thesaurus.load()))
    assert result.conforms, result.summary()
