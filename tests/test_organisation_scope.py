"""Organisation scoping (graph/scope.py): two regions' protokoll, each of its Regionstyrelsen, read through the
real ingest and the real thesaurus, give two organs under their own region, with their own meetings and
uppdrag; Region Örebro län (the default organisation) keeps the IRIs it had before scoping; an ingest
override `organisation` wins over the letterhead. SHACL validates the result."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, URIRef
from rdflib.namespace import DCTERMS, ORG

from corpus.bundled import load_bundled
from corpus.ingest import read_document
from corpus.metadata import find_organisation
from corpus.model import Document
from graph.build import build_dataset
from graph.namespaces import ID, SG
from graph.shacl import validate
from graph.thesaurus import Thesaurus

PROTOKOLL = """{org}                                   PROTOKOLL
Regionstyrelsen
Sammanträdesdatum: 2025-03-11

§ 1 Val av justerare
Regionstyrelsen beslutar att utse Anna Berg att justera protokollet.

§ 2 Uppdrag om tillgänglighet
Regionstyrelsen får i uppdrag att utreda tillgängligheten i vården under 2025.
Regionstyrelsen beslutar att lägga informationen till handlingarna.
"""


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


def _doc(tmp_path: Path, name: str, org: str, overrides: dict[str, str] | None = None) -> Document:
    path = tmp_path / f"{name}.txt"
    path.write_text(PROTOKOLL.format(org=org), "utf-8")
    return read_document(path, {"id": name, **(overrides or {})})


def _value(ds: Dataset, s: URIRef, p: URIRef) -> object:
    """The object of (s, p) in any named graph of the dataset."""
    return next((q[2] for q in ds.quads((s, p, None, None))), None)


def _has(ds: Dataset, s: URIRef, p: URIRef, o: URIRef) -> bool:
    return any(ds.quads((s, p, o, None)))


def _held_by(ds: Dataset, doc: Document) -> URIRef:
    g = ds.graph(URIRef(f"https://w3id.org/styrgraf/graph/document/{doc.id}"))
    meetings = list(g.subjects(RDF.type, SG.Meeting))
    assert len(meetings) == 1, meetings
    organ = g.value(meetings[0], SG.heldBy)
    assert isinstance(organ, URIRef)
    return organ


def test_two_regions_regionstyrelsen_are_two_organs(tmp_path: Path, thesaurus: Thesaurus) -> None:
    a = _doc(tmp_path, "protokoll-a", "Region Fjällmark")
    b = _doc(tmp_path, "protokoll-b", "Region Kustlandet")
    assert (a.organisation, b.organisation) == ("Region Fjällmark", "Region Kustlandet")
    ds = build_dataset([a, b], thesaurus)
    rs_a, rs_b = _held_by(ds, a), _held_by(ds, b)
    assert rs_a == ID["organ/region-fjallmark/regionstyrelsen"]
    assert rs_b == ID["organ/region-kustlandet/regionstyrelsen"]
    for organ, region, label in ((rs_a, "region-fjallmark", "Region Fjällmark"),
                                 (rs_b, "region-kustlandet", "Region Kustlandet")):
        parent = ID[f"organ/{region}"]
        assert _value(ds, organ, ORG.subOrganizationOf) == parent
        assert _has(ds, organ, RDF.type, SG.Board) and _value(ds, organ, RDFS.label) is not None
        assert _has(ds, parent, RDF.type, ORG.Organization) and str(_value(ds, parent, RDFS.label)) == label
    # meetings, agenda items and uppdrag of the same date and number stay apart too
    assert _has(ds, ID["meeting/region-fjallmark/regionstyrelsen/2025-03-11"], RDF.type, SG.Meeting)
    assert _has(ds, ID["meeting/region-kustlandet/regionstyrelsen/2025-03-11"], RDF.type, SG.Meeting)
    uppdrag = sorted({str(q[0]) for q in ds.quads((None, RDF.type, SG.Assignment, None))})
    assert len(uppdrag) == 2 and uppdrag[0].startswith(str(ID["assignment/region-fjallmark/2025/u-"]))
    assert uppdrag[1].startswith(str(ID["assignment/region-kustlandet/2025/u-"]))
    # the thesaurus's global concepts are not copied: no document mints the Örebro Regionstyrelsen
    in_docs = [q for q in ds.quads((ID["organ/regionstyrelsen"], None, None, None)) if "/document/" in str(q[3])]
    in_docs += [q for q in ds.quads((None, None, ID["organ/regionstyrelsen"], None)) if "/document/" in str(q[3])]
    assert not in_docs
    assert validate(ds).conforms, validate(ds).violations


def test_orebro_iris_are_unchanged_and_the_default(tmp_path: Path, thesaurus: Thesaurus) -> None:
    orebro = _doc(tmp_path, "protokoll-orebro", "Region Örebro län")
    unnamed = _doc(tmp_path, "protokoll-utan", "")
    assert unnamed.organisation is None
    ds = build_dataset([orebro, unnamed], thesaurus)
    assert _held_by(ds, orebro) == _held_by(ds, unnamed) == ID["organ/regionstyrelsen"]
    assert _has(ds, ID["meeting/regionstyrelsen/2025-03-11"], RDF.type, SG.Meeting)
    assert _value(ds, ID["document/protokoll-utan"], DCTERMS.publisher) == ID["organ/region-orebro-lan"]
    # the bundled corpus: every resource IRI as before scoping (no organisation segment anywhere)
    seed = build_dataset(load_bundled(), thesaurus)
    assert not any("/region-orebro-lan/" in str(t) for q in seed.quads((None, None, None, None)) for t in q[:3])
    assert _has(seed, ID["meeting/beredning-for-somatisk-specialistvard-och-hogspecialiserad-vard/2020-11-24"],
                RDF.type, SG.Meeting)


def test_an_override_wins_and_letterheads_decide(tmp_path: Path, thesaurus: Thesaurus) -> None:
    doc = _doc(tmp_path, "protokoll-c", "Region Fjällmark", {"organisation": "Ekby kommun"})
    assert doc.organisation == "Ekby kommun"
    assert _held_by(build_dataset([doc], thesaurus), doc) == ID["organ/ekby-kommun/regionstyrelsen"]
    # the name most letterhead lines start with, not one named in passing
    lines = ["Kallelse", "Samverkan med Askersunds kommun om hemsjukvård.", "Region Örebro län",
             "Örebro kommun", "Region Örebro läns", "Sida 2 av 3"]
    assert find_organisation(lines) == "Region Örebro län"
    assert find_organisation(["Protokoll", "Primärvården i Region Fjällmark"]) == "Region Fjällmark"
    assert find_organisation(["Protokoll", "Socialnämnden"]) is None
