"""thesaurus.ttl: parses, round-trips, has the schemes and renames the rest of Styrgraf relies on."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, SKOS

from corpus.bundled import load_bundled
from corpus.model import DOC_TYPES
from graph.acronyms import candidate_acronyms, unknown_candidates
from graph.iri import slugify
from graph.namespaces import ID, SG
from graph.thesaurus import Thesaurus
from ontology import THESAURUS_PATH

ORG = "http://www.w3.org/ns/org#"
STATUSES = ["ej-paborjat", "startat", "pausat", "pagar", "genomfort", "flerarigt", "genomfort-for-aret", "ej-klart"]


def _graph() -> Graph:
    return Graph().parse(THESAURUS_PATH, format="turtle")


def test_round_trip_is_isomorphic() -> None:
    g = _graph()
    again = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert isomorphic(g, again)


def test_status_and_doctype_schemes_complete() -> None:
    g = _graph()
    for n in STATUSES:
        c = ID[f"status/{n}"]
        assert (c, SKOS.inScheme, SG.StatusScheme) in g
        assert str(g.value(c, SKOS.notation)) == n
    for t in DOC_TYPES:
        assert (ID[f"doctype/{t}"], SKOS.inScheme, SG.DocumentTypeScheme) in g


def test_every_concept_has_swedish_pref_label_and_scheme() -> None:
    g = _graph()
    for c in g.subjects(RDF.type, SKOS.Concept):
        assert any(getattr(o, "language", None) == "sv" for o in g.objects(c, SKOS.prefLabel)), c
        assert g.value(c, SKOS.inScheme) is not None, c


def test_organ_iris_follow_slugify() -> None:
    th = Thesaurus.load()
    for c in th.concepts.values():
        if c.iri.startswith(str(ID["organ/"])) and "Organization" not in " ".join(c.types):
            assert c.iri == str(ID[f"organ/{slugify(c.pref_label)}"]), c.iri


def test_renamed_committees_change_events() -> None:
    g = _graph()
    q = f"""SELECT ?old ?new ?date WHERE {{ ?e a <{ORG}ChangeEvent> ; <{ORG}originalOrganization> ?old ;
             <{ORG}resultingOrganization> ?new ; <http://purl.org/dc/terms/date> ?date }}"""
    pairs = {(str(r[0]).rsplit("/", 1)[-1], str(r[1]).rsplit("/", 1)[-1]) for r in g.query(q)}  # type: ignore[index]
    assert ("beredning-for-narsjukvard", "beredning-for-nara-vard") in pairs
    assert ("beredning-for-psykiatri-habilitering-och-hjalpmedel", "beredning-for-psykiatri") in pairs
    # the shortcut path works for "the same committee under all its names"
    new = URIRef(ID["organ/beredning-for-nara-vard"])
    olds = set(g.transitive_subjects(URIRef("http://purl.org/dc/terms/isReplacedBy"), new))
    assert URIRef(ID["organ/beredning-for-narsjukvard"]) in olds


def test_acronym_candidates_on_seed_documents() -> None:
    found: dict[str, str] = {}
    for d in load_bundled():
        for c in candidate_acronyms(d.text):
            found.setdefault(c.acronym, c.expansion)
            assert d.text[c.start:c.end].count("(") <= 1
    assert found["SPOT"] == "specialpsykiatriska omvårdnadsteam"
    assert found["SMO"] == "samordnat medicinskt omhändertagande"
    assert found["SKOP"] == "Samverkan i nära vård för individer med komplex problematik"
    assert found["USÖ"] == "Universitetssjukhuset i Örebro"
    assert found["BEON"] == "bästa effektiva omhändertagandenivå"
    assert found["TSI"] == "tidigt samordnade insatser"
    assert "KD" not in found and "Mentimeter" not in found


def test_candidate_patterns_and_unknown() -> None:
    text = ("Vi inför Mobil akutenhet för äldre (MAÄ). KASAM (Känsla av sammanhang) är centralt. "
            "Arbetet med tidigt samordnade insatser, TSI. Ewa Sundkvist (KD), ordförande.")
    cands = candidate_acronyms(text)
    assert [(c.acronym, c.expansion) for c in cands] == [
        ("MAÄ", "Mobil akutenhet för äldre"), ("KASAM", "Känsla av sammanhang"),
        ("TSI", "tidigt samordnade insatser")]
    unknown = unknown_candidates(text, Thesaurus.load())
    assert [c.acronym for c in unknown] == ["MAÄ", "KASAM"]
