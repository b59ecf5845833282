"""Embedding cache, analyzer, dense index, index build/load."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from corpus.errors import NotBuilt
from search.analysis import Analyzer
from search.bm25 import BM25Index
from search.cache import EmbeddingCache, embed_with_cache
from search.dense import DenseIndex, recall_at_k, synthetic_vectors
from search.embedders.hashing import HashingEmbedder
from search.index import (
    IndexMismatch,
    PassageRow,
    SearchIndex,
    build_index,
    embedding_text,
    entity_salience,
    near_duplicates,
    short_label,
)
from tests.search_support import make_doc


class CountingEmbedder(HashingEmbedder):
    def __init__(self) -> None:
        super().__init__(dim=64)
        self.embedded = 0

    def embed_passages(self, texts, progress=None):  # type: ignore[no-untyped-def]
        self.embedded += len(texts)
        return super().embed_passages(texts, progress)


DOCS = [
    make_doc("a", ["Trombektomiverksamheten ska starta under hösten.", "Ekonomi i balans är ett mål."], year=2020),
    make_doc("b", ["SMO-piloten utvärderas av beredningen.", "Samägda vårdplatser med kommunerna."], year=2023),
]


# ---- cache ---------------------------------------------------------------------------------------
def test_cache_embeds_each_text_once(tmp_path: Path) -> None:
    # passages only (sentence vectors, cached the same way, are counted in meta.sentences_embedded)
    emb = CountingEmbedder()
    with EmbeddingCache(tmp_path / "e.sqlite") as cache:
        m1 = build_index(DOCS, emb, cache, tmp_path / "i1", thesaurus=None, sentences=False)
        assert m1.embedded == emb.embedded == 4
        m2 = build_index(DOCS, emb, cache, tmp_path / "i2", thesaurus=None, sentences=False)
        assert m2.embedded == 0 and emb.embedded == 4
        new = make_doc("c", ["Ett helt nytt stycke om suicidprevention.", "Och ett till om SPOT:s team."])
        m3 = build_index([*DOCS, new], emb, cache, tmp_path / "i3", thesaurus=None, sentences=False)
        assert m3.embedded == 2 and emb.embedded == 6
        assert cache.count(emb.identity) == 6
    # vectors from the cache are the ones the model gives
    with EmbeddingCache(tmp_path / "e.sqlite") as cache:
        strings = [embedding_text(DOCS[0].title, p.heading, p.text, short=short_label(DOCS[0]))
                   for p in DOCS[0].passages]
        vecs, n = embed_with_cache(strings, emb, cache)
        assert n == 0
        np.testing.assert_allclose(vecs, emb.embed_passages(strings), atol=1e-6)


def test_cache_key_is_the_exact_embedded_string(tmp_path: Path) -> None:
    emb = CountingEmbedder()
    with EmbeddingCache(tmp_path / "e.sqlite") as cache:
        m1 = build_index(DOCS, emb, cache, tmp_path / "i1", thesaurus=None, embed_format="ctx1", sentences=False)
        assert m1.embedded == 4 and m1.embed_format == "ctx1"
        # the title is part of the embedded string: renaming document a re-embeds its passages only
        renamed = [make_doc("a", [p.text for p in DOCS[0].passages], year=2020), DOCS[1]]
        renamed[0].title = "Ny titel"
        m2 = build_index(renamed, emb, cache, tmp_path / "i2", thesaurus=None, embed_format="ctx1", sentences=False)
        assert m2.embedded == 2 and emb.embedded == 6
        # the bare format shares nothing with the contextual one, and is cached on its own
        m3 = build_index(DOCS, emb, cache, tmp_path / "i3", thesaurus=None, embed_format="bare", sentences=False)
        assert m3.embedded == 4
        m4 = build_index(DOCS, emb, cache, tmp_path / "i4", thesaurus=None, embed_format="bare", sentences=False)
        assert m4.embedded == 0
        s = embedding_text("Titel a", "", DOCS[0].passages[0].text, "ctx1")
        _, n = embed_with_cache([s], emb, cache)
        assert n == 0


def test_embedding_text_formats() -> None:
    assert embedding_text("T", "Nr 8.", "Nr 8. Att göra", "ctx1") == "T\nNr 8. Att göra"  # heading in text
    assert embedding_text("T", "Effektmål 1", "Länets invånare", "ctx1") == "T · Effektmål 1\nLänets invånare"
    assert embedding_text("T", "Effektmål 1", "Länets invånare", "bare") == "Länets invånare"
    assert embedding_text("T", "Effektmål 1", "Text", "ctx2", "Område psykiatri 2023") == \
        "Område psykiatri 2023 · Effektmål 1\nText"
    with pytest.raises(ValueError):
        embedding_text("T", "", "x", "nope")


def test_near_duplicates_within_a_document() -> None:
    base = ("Hälso- och sjukvårdsnämnden har i sin verksamhetsplan för 2020 lämnat ett antal uppdrag till "
            "de olika beredningarna om framtidens vårdavdelning och trombektomi")
    texts = [base, "Något helt annat om ekonomi i balans och vårdplatser i länet under året", base + " 2020.",
             base]
    assert near_duplicates(texts, ["d", "d", "d", "e"]) == [None, None, 0, None]  # not across documents
    assert near_duplicates([], []) == []


def test_entity_salience() -> None:
    row = PassageRow("p", "d", 0, 0, 900, "x" * 900, heading="SPOT")
    assert entity_salience(row, {"label": "SPOT", "spans": [[500, 504]]}) == 1.0   # in the heading
    assert entity_salience(row, {"label": "SMO", "spans": [[10, 13]]}) == 1.0     # near the start
    assert entity_salience(row, {"label": "SMO", "spans": [[500, 503], [600, 603]]}) == 1.0
    assert entity_salience(row, {"label": "SMO", "spans": [[500, 503]]}) == 0.5   # in passing


def test_cache_is_keyed_by_identity(tmp_path: Path) -> None:
    with EmbeddingCache(tmp_path / "e.sqlite") as cache:
        a, b = HashingEmbedder(32), HashingEmbedder(48)
        embed_with_cache(DOCS[0].passages, a, cache)
        _, n = embed_with_cache(DOCS[0].passages, b, cache)
        assert n == 2  # another vector space is never served from the cache


# ---- analyzer ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(["trombektomi", "verksamheten", "vårdplatser", "samägda", "situationen", "pilot",
                     "planen", "verksamhet"])


def test_analyzer_hyphens_genitive_and_linebreaks(analyzer: Analyzer) -> None:
    t = analyzer.tokens("SMO-piloten")[0].terms
    assert {"smo", "pilot", "smo-pilot"} <= set(t)
    assert analyzer.analyze("SPOT:s") == ["spot"]
    assert analyzer.analyze("sjukvårds-\nnämndens") == analyzer.analyze("sjukvårdsnämndens")[:1] + \
        analyzer.analyze("sjukvårdsnämndens")[1:]
    assert analyzer.analyze("hälso- och sjukvård") == ["hälso", "sjukvård"] or "hälso" in analyzer.analyze(
        "hälso- och sjukvård")


def test_analyzer_stopwords_and_stemming(analyzer: Analyzer) -> None:
    assert analyzer.analyze("Vad är det och hur går det när, vilka?") == []
    assert analyzer.query_terms("vårdplatser") == analyzer.query_terms("vårdplatserna")[:1] + \
        analyzer.query_terms("vårdplatserna")[1:]


def test_analyzer_compounds(analyzer: Analyzer) -> None:
    assert "trombektomi" in analyzer.analyze("trombektomiverksamheten")
    assert set(analyzer.analyze("vårdplatssituationen")) >= {analyzer.stem("vårdplatser")}


def test_bm25_finds_compound_parts_and_inflections() -> None:
    texts = ["Trombektomiverksamheten startar.", "Samägda vårdplatser med kommunerna.",
             "Vårdplatssituationen är ansträngd.", "Helt annat om ekonomi."]
    bm = BM25Index.build(texts)
    assert int(np.argmax(bm.scores("trombektomi"))) == 0
    s = bm.scores("vårdplatserna")
    assert s[1] > 0 and s[2] > 0 and s[3] == 0
    assert not bm.scores("xyzzy").any()


# ---- dense -------------------------------------------------------------------------------------
def test_dense_approximate_recall_against_flat() -> None:
    x = synthetic_vectors(20_000, dim=64, n_clusters=64, seed=3)
    rng = np.random.default_rng(0)
    q = x[rng.choice(len(x), 100, replace=False)] + rng.standard_normal((100, 64)).astype(np.float32) * 0.02
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    ids = [f"p{i}" for i in range(len(x))]
    flat = DenseIndex.build(x, ids, kind="flat")
    exact = np.stack([flat.search(v, 10)[0] for v in q])
    for kind in ("ivf", "hnsw"):
        approx = DenseIndex.build(x, ids, kind=kind)
        rows = np.stack([approx.search(v, 10)[0] for v in q])
        r = recall_at_k(rows, exact)
        print(f"{kind} recall@10 vs flat: {r:.3f}")
        assert r >= 0.9, (kind, r)


def test_dense_auto_kind_and_persistence(tmp_path: Path) -> None:
    x = synthetic_vectors(3000, dim=32, n_clusters=16)
    ids = [f"p{i}" for i in range(3000)]
    assert DenseIndex.build(x, ids).kind == "flat"
    approx = DenseIndex.build(x, ids, flat_max=1000)
    assert approx.kind == "ivf" and approx.params["nlist"] > 0 and approx.params["nprobe"] > 0
    approx.save(tmp_path / "d")
    loaded = DenseIndex.load(tmp_path / "d")
    assert loaded.ids == ids and loaded.params == approx.params
    r1, _ = approx.search(x[5], 5)
    r2, _ = loaded.search(x[5], 5)
    assert r1.tolist() == r2.tolist() and r1[0] == 5
    allowed = np.arange(100, 200)
    rows, _ = loaded.search(x[5], 10, allowed_rows=allowed)
    assert len(rows) == 10 and set(rows.tolist()) <= set(allowed.tolist())
    assert len(loaded.search(x[5], 10, allowed_rows=np.array([], dtype=np.int64))[0]) == 0


# ---- index directory -----------------------------------------------------------------------------
def test_index_load_refuses_another_embedder(tmp_path: Path) -> None:
    build_index(DOCS, HashingEmbedder(64), None, tmp_path / "i", thesaurus=None)
    idx = SearchIndex.load(tmp_path / "i", HashingEmbedder(64))
    assert len(idx.passages) == 4 and idx.documents["a"]["year"] == 2020
    assert (tmp_path / "i" / "dense" / "ids.json").exists()
    msg = r"index built with hash:v1;dim=64.*configured hash:v1;dim=32.*styrgraf build"
    with pytest.raises(IndexMismatch, match=msg):
        SearchIndex.load(tmp_path / "i", HashingEmbedder(32))
    with pytest.raises(NotBuilt):
        SearchIndex.load(tmp_path / "nothing", HashingEmbedder(64))


def test_index_of_no_documents(tmp_path: Path) -> None:
    meta = build_index([], HashingEmbedder(16), None, tmp_path / "i", thesaurus=None)
    assert meta.n_passages == 0
    idx = SearchIndex.load(tmp_path / "i", HashingEmbedder(16))
    assert idx.passages == []


# ---- passage table on disk (passages.sqlite + rows.npz) -------------------------------------------
class _Concept:
    def __init__(self, iri: str, label: str, types: list[str]) -> None:
        self.iri, self.pref_label, self.types = iri, label, types


class TinyThesaurus:
    """Mentions of a few labels, found by plain substring search."""

    PROJECT = "https://w3id.org/styrgraf/def/Project"
    COMMITTEE = "https://w3id.org/styrgraf/def/Committee"

    def __init__(self) -> None:
        self.concepts = {
            "id:smo": _Concept("id:smo", "SMO", [self.PROJECT]),
            "id:beredningen": _Concept("id:beredningen", "beredningen", [self.COMMITTEE]),
        }

    def find_mentions(self, text: str) -> list[object]:
        import re
        from types import SimpleNamespace

        out = []
        for iri, c in self.concepts.items():
            for m in re.finditer(re.escape(c.pref_label), text):
                out.append(SimpleNamespace(concept_iri=iri, start=m.start(), end=m.end(), surface=m.group()))
        return out

    def link_query(self, text: str) -> list[object]:
        return self.find_mentions(text)


STORE_DOCS = [
    make_doc("a", ["Trombektomiverksamheten ska starta under hösten.", "Ekonomi i balans är ett mål.",
                   "SMO-piloten utvärderas av beredningen och SMO fortsätter."], year=2020, doc_type="protokoll",
             organ="Beredning för psykiatri"),
    make_doc("b", ["SMO-piloten utvärderas av beredningen.", "Samägda vårdplatser med kommunerna i länet.",
                   "Samägda vårdplatser med kommunerna i länet 2023."], year=2023, doc_type="kallelse",
             organ="Hälso- och sjukvårdsnämnden"),
    make_doc("c", ["Vårdplatser och ekonomi i balans under året."], doc_type="ovrigt"),
]


def test_passage_table_round_trip(tmp_path: Path) -> None:
    from search.passages import ListPassages, SqlitePassages

    out = tmp_path / "i"
    build_index(STORE_DOCS, HashingEmbedder(64), None, out, thesaurus=TinyThesaurus())
    assert {"passages.sqlite", "rows.npz", "entities.json", "meta.json"} <= {p.name for p in out.iterdir()}
    assert not (out / "passages.jsonl").exists() and not list(out.glob("*-journal"))
    idx = SearchIndex.load(out, HashingEmbedder(64))
    assert isinstance(idx.passages, SqlitePassages) and idx.meta.format == 2
    built = [p for d in STORE_DOCS for p in d.passages]
    assert len(idx.passages) == len(built) == idx.meta.n_passages
    for i, p in enumerate(built):
        row = idx.passages[i]
        assert (row.id, row.doc_id, row.ordinal, row.start, row.end, row.text, row.heading, row.kind) == \
            (p.id, p.doc_id, p.ordinal, p.start, p.end, p.text, p.heading, p.kind)
        assert idx.row_of[p.id] == i and idx.doc(i)["id"] == p.doc_id
    assert [r.id for r in idx.passages] == [p.id for p in built]            # iteration, in row order
    assert [r.id for r in idx.passages[1:3]] == [built[1].id, built[2].id]  # slices
    assert [r.id for r in idx.passages.get_many([4, 0, 4])] == [built[4].id, built[0].id, built[4].id]
    assert idx.passages[-1].id == built[-1].id
    with pytest.raises(IndexError):
        idx.passages[len(built)]
    with pytest.raises(KeyError):
        idx.row_of["nope"]
    # entities with their spans, as built
    smo = idx.passages[2].entities
    assert [e["iri"] for e in smo] == ["id:smo", "id:beredningen"]
    second = built[2].text.index("SMO", 1)
    assert smo[0]["spans"] == [[0, 3], [second, second + 3]]
    assert smo[0]["type"] == "Project" and smo[0]["label"] == "SMO"
    assert idx.passages[0].entities == []
    # the in-memory arrays
    assert idx.doc_of_row.tolist() == [0, 0, 0, 1, 1, 1, 2]
    assert idx.group_of.tolist() == [0, 1, 2, 3, 4, 4, 6]  # b's two vårdplatser passages are one group
    assert idx.passages[5].dup_of == built[4].id
    assert idx.entity_rows["id:smo"].tolist() == [2, 3] and idx.entity_rows["id:beredningen"].tolist() == [2, 3]
    assert idx.entity_info["id:beredningen"]["type"] == "Committee"
    # the same index read the old way (format 1: passages.jsonl, in memory) gives the same answers
    old = tmp_path / "old"
    import json
    import shutil

    shutil.copytree(out, old)
    with (old / "passages.jsonl").open("w") as f:
        for r in idx.passages:
            f.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
    for name in ("passages.sqlite", "rows.npz", "entities.json"):
        (old / name).unlink()
    meta = json.loads((old / "meta.json").read_text())
    (old / "meta.json").write_text(json.dumps({**meta, "format": 1}))
    idx1 = SearchIndex.load(old, HashingEmbedder(64))
    assert isinstance(idx1.passages, ListPassages) and idx1.passages == list(idx.passages)
    assert idx1.group_of.tolist() == idx.group_of.tolist() and idx1.doc_of_row.tolist() == idx.doc_of_row.tolist()
    assert {k: v.tolist() for k, v in idx1.entity_rows.items()} == {k: v.tolist() for k, v in idx.entity_rows.items()}
    # a rebuild into the same directory replaces the table
    build_index(STORE_DOCS[:1], HashingEmbedder(64), None, out, thesaurus=None)
    assert len(SearchIndex.load(out, HashingEmbedder(64)).passages) == 3


def test_filters_and_highlight_on_the_stored_table(tmp_path: Path) -> None:
    from search.engine import SearchEngine

    build_index(STORE_DOCS, HashingEmbedder(64), None, tmp_path / "i", thesaurus=TinyThesaurus())
    idx = SearchIndex.load(tmp_path / "i", HashingEmbedder(64))
    eng = SearchEngine(idx, thesaurus=TinyThesaurus())

    def docs(**kw: object) -> set[str]:
        return {h.document.id for h in eng.search("vårdplatser ekonomi SMO trombektomi", k=20, **kw).results}

    assert docs() == {"a", "b", "c"}
    assert docs(year_from=2021) == {"b"} and docs(year_to=2020) == {"a"}    # c has no year: filtered out
    assert docs(year_from=2020, year_to=2023) == {"a", "b"}
    assert docs(doc_type="Protokoll") == {"a"} and docs(doc_type="kallelse") == {"b"}
    assert docs(organ="psykiatri") == {"a"} and docs(organ="titel c") == {"c"}  # organ or title
    assert docs(entity_type="Committee") == {"a", "b"} and docs(entity_type="project", year_from=2021) == {"b"}
    r = eng.search("ekonomi", doc_type="saknas")
    assert r.results == [] and r.message and "filtren" in r.message
    # highlight: the query word (inflected), and the linked entity's stored spans
    r = eng.search("SMO utvärderas", k=3, mode="bm25")
    top = r.results[0]
    assert top.text.startswith("SMO-piloten")
    assert top.highlight.startswith("<mark>SMO-piloten</mark> <mark>utvärderas</mark>")
    assert {e.iri for e in top.entities} == {"id:smo", "id:beredningen"}
    r = eng.search("vad gäller SMO?", k=1)
    assert "<mark>SMO</mark>" in r.results[0].highlight or "<mark>SMO-piloten</mark>" in r.results[0].highlight
    # one hit per near-duplicate group
    ids = [h.passage_id for h in eng.search("samägda vårdplatser kommunerna", k=10).results]
    assert not {STORE_DOCS[1].passages[1].id, STORE_DOCS[1].passages[2].id} <= set(ids)


def test_dense_ids_are_read_on_demand(tmp_path: Path) -> None:
    x = synthetic_vectors(50, dim=16, n_clusters=4)
    DenseIndex.build(x, [f"p{i}" for i in range(50)]).save(tmp_path / "d")
    d = DenseIndex.load(tmp_path / "d")
    assert d._ids is None and len(d) == 50
    assert d.ids[7] == "p7"
