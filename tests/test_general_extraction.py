"""Generality guard on documents of OTHER regions and municipalities, written in their layouts for this
purpose (tests/heldout_docs/general: the development set, 93 documents; the three blind sets, each scored
once before any rule was changed for it, are part of it now), with gold facts written by hand before the
rules were changed. Real ingest, thesaurus, extractors and SHACL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import RDF, Dataset, URIRef
from rdflib.namespace import SKOS

from corpus.clean import clean_text
from corpus.ingest import read_document
from corpus.model import Document
from graph.build import build_dataset, build_document_graph
from graph.extract.status import classify
from graph.gold import evaluate, gold_files
from graph.gold_corpus import load_corpus
from graph.namespaces import ID, SCHEMA, SG
from graph.shacl import validate
from graph.thesaurus import Thesaurus

HERE = Path(__file__).resolve().parent / "heldout_docs"
DEV = HERE / "general"
# measured after the generalisation work: dev 1.000/1.000 (before: P 0.000, R 0.000); with the former blind
# set promoted (sixth batch): 1.000/1.000 (before its fixes: P 0.994, R 0.973); with the second blind set
# (seventh batch, scored blind at P 0.761 R 0.520): 1.000/1.000
MIN_DEV = 0.95


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


@pytest.fixture(scope="module")
def dev(thesaurus: Thesaurus) -> tuple[list[Document], Dataset]:
    docs = load_corpus(DEV)   # every document of the folder (txt, html, docx, pdf), scored on every gold file
    return docs, build_dataset(docs, thesaurus)


def test_dev_documents_precision_recall(dev: tuple[list[Document], Dataset]) -> None:
    assert len(dev[0]) == 101
    report = evaluate(dev[1], DEV)
    assert report.precision >= MIN_DEV, report.summary() + f"\nunexpected: {report.unexpected[:8]}"
    assert report.recall >= MIN_DEV, report.summary() + f"\nmissing: {report.missing[:8]}"
    for kind, score in report.per_kind.items():
        assert score.recall >= 0.85, f"{kind}: {report.summary()}"


def test_metadata_comes_from_the_header_block(dev: tuple[list[Document], Dataset]) -> None:
    meta = {d.id: (d.doc_type, d.organ, d.date) for d in dev[0]}
    assert meta["2025-03-11-protokoll-regionstyrelsen"] == ("minnesanteckningar", "Regionstyrelsen", "2025-03-11")
    # the organ is read from a running header with a page number; the justering date is not the meeting's
    assert meta["2025-02-04-protokoll-vardutskottet"] == ("minnesanteckningar", "Vårdutskottet", "2025-02-04")
    assert meta["2025-04-22-kallelse-folkhalsonamnden"] == ("kallelse", "Folkhälsonämnden", "2025-04-22")
    # no date glued to the organ, no date twice in the title
    d = next(d for d in dev[0] if d.id.startswith("2025-05-14"))
    assert d.organ == "Samverkansgrupp för barn och unga" and d.title.count("2025-05-14") == 1
    assert meta["2024-uppfoljning-socialnamnden"][0] == "aterrapportering"


def test_every_graph_conforms_and_unknown_organs_are_candidates(dev: tuple[list[Document], Dataset],
                                                               thesaurus: Thesaurus) -> None:
    for doc in dev[0]:
        g = build_document_graph(doc, thesaurus)
        assert validate(g).conforms, doc.id
    # an organ of another region is minted under it (graph/scope.py)
    organ = ID["organ/region-kustlandet/vardutskottet"]
    g = dev[1].graph(URIRef(str(ID).replace("/id/", "/graph/") + "document/2025-02-04-protokoll-vardutskottet"))
    assert (organ, RDF.type, SG.Organ) in g and (organ, SG.candidate, None) in g


def test_members_are_persons_with_roles_and_party(dev: tuple[list[Document], Dataset]) -> None:
    ds = dev[1]
    meeting = ID["meeting/region-fjallmark/regionstyrelsen/2025-03-11"]
    roles = {}
    for g in ds.graphs():
        for r in g.objects(meeting, SCHEMA.attendee):
            person = g.value(r, SCHEMA.attendee)
            roles[str(person).rsplit("/", 1)[-1]] = ({str(x) for x in g.objects(r, SCHEMA.roleName)},
                                                     str(g.value(r, SCHEMA.affiliation)))
            assert (person, RDF.type, SG.Person) in g
    assert roles["karin-lindqvist"] == ({"ordförande"}, "S")
    assert roles["johan-berglund"] == ({"vice ordförande", "justerare"}, "M")
    assert roles["elin-sandberg"][0] == {"sekreterare"}


def test_decisions_are_complete_across_line_breaks(dev: tuple[list[Document], Dataset]) -> None:
    text = {str(o) for g in dev[1].graphs() for s in g.subjects(RDF.type, SG.Decision) for o in g.objects(s, SG.text)}
    assert any(t.startswith("Regionstyrelsen beslutar att godkänna") and t.endswith("för ambulanssjukvården i maj.")
               for t in text)
    proposed = {str(s) for g in dev[1].graphs() for s in g.subjects(SG.proposed, None)}
    assert str(ID["decision/region-kustlandet/vardutskottet/2025-02-04/3-1"]) in proposed
    assert str(ID["decision/region-kustlandet/vardutskottet/2025-02-04/3-2"]) not in proposed


def test_indicators_listed_under_each_goal(dev: tuple[list[Document], Dataset]) -> None:
    inds = {str(g_): len(list(g.objects(g_, SG.hasIndicator))) for g in dev[1].graphs()
            for g_ in g.subjects(RDF.type, SG.EffectGoal)}
    assert inds[str(ID["effect-goal/region-fjallmark/2025/1"])] == 2
    assert inds[str(ID["effect-goal/region-fjallmark/2025/2"])] == 2


def test_overrides_win_for_the_meeting_too(thesaurus: Thesaurus) -> None:
    src = DEV / "2025-03-11-protokoll-regionstyrelsen.txt"
    doc = read_document(src, {"id": "ov", "organ": "Regionala utvecklingsnämnden", "date": "2025-03-12"})
    g = build_document_graph(doc, thesaurus)
    meeting = ID["meeting/region-fjallmark/regionala-utvecklingsnamnden/2025-03-12"]
    assert (meeting, SG.heldBy, ID["organ/region-fjallmark/regionala-utvecklingsnamnden"]) in g
    assert not any(g.subjects(SG.heldBy, ID["organ/region-fjallmark/regionstyrelsen"]))
    assert validate(g).conforms


def test_new_statuses_are_concepts_of_the_scheme(thesaurus: Thesaurus) -> None:
    assert classify("Status: Delvis genomfört") == ["delvis-genomfort"]
    assert classify("Kommer inte att slutföras") == ["kommer-inte-att-slutforas"]
    assert classify("Ej påbörjat") == ["ej-paborjat"]
    for n in ("delvis-genomfort", "kommer-inte-att-slutforas"):
        c = thesaurus.concepts[str(ID[f"status/{n}"])]
        assert c is not None
    from rdflib import Graph

    from ontology import THESAURUS_PATH
    t = Graph().parse(THESAURUS_PATH)
    assert (ID["status/delvis-genomfort"], SKOS.inScheme, SG.StatusScheme) in t


def test_a_wrapped_date_never_starts_an_uppdrag(dev: tuple[list[Document], Dataset]) -> None:
    # "15 oktober" and "2024-09-15" open lines of that report's status texts
    g = dev[1].graph(URIRef(str(ID).replace("/id/", "/graph/") + "document/2024-uppfoljning-socialnamnden"))
    nums = {str(o) for s in g.subjects(RDF.type, SG.Assignment) for o in g.objects(s, SG.number)}
    assert nums == {"1", "2", "3", "4"}


def test_multi_page_text_sharing_one_line_is_not_empty() -> None:
    raw = "\f".join([f"Styrgruppen för digitalisering\nSida {n} av 6" for n in range(1, 7)])
    assert clean_text(raw).strip() == "Styrgruppen för digitalisering"


def test_gold_files_are_hand_written_facts() -> None:
    for f in gold_files(DEV):
        lines = f.read_text("utf-8").splitlines()
        assert "exhaustive" in json.loads(lines[0])["meta"] and len(lines) > 40, f.name
