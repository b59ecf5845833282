"""The web pages through the real app (TestClient) over a real built generation of the bundled corpus."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings

HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
SMO_QUESTION = "vad har hänt med SMO-piloten?"


@pytest.fixture(scope="module")
def client(built_settings: Settings) -> Iterator[TestClient]:
    from api.app import create_app

    app = create_app(built_settings, reload_check_s=0)
    with TestClient(app) as c:
        yield c


def _ok(client: TestClient, url: str) -> str:
    r = client.get(url, headers=HTML)
    assert r.status_code == 200, (url, r.status_code, r.text[:500])
    assert r.headers["content-type"].startswith("text/html")
    return r.text


def test_start_page(client: TestClient) -> None:
    page = _ok(client, "/")
    assert '<html lang="sv">' in page
    assert 'role="search"' in page and 'name="q"' in page
    assert 'aria-controls="q-suggestions"' in page          # autocomplete listbox
    assert "/static/js/autocomplete.js" in page
    for example in ("vad har hänt med SMO-piloten?", "hur går införandet av SPOT?",
                    "vilka aktiviteter finns för effektmål 8?"):
        assert example in page
    for label in ("Sök", "Karta", "SPARQL", "Dokument", "Begrepp"):
        assert f">{label}</a>" in page
    assert "5 dokument" in page
    # what the corpus holds: documents with type and year, the most mentioned projects as chips
    assert 'class="corpus-doclist"' in page and 'href="/dokument/2025-aterrapportering-beredning-psykiatri"' in page
    assert "Återrapportering" in page and ">2023<" in page
    chips = re.findall(r'class="example-chip project-chip" href="/sok\?q=([^"]+)"', page)
    assert 3 <= len(chips) <= 10, chips


def test_results_page_smo(client: TestClient) -> None:
    page = _ok(client, "/sok?q=" + SMO_QUESTION)
    assert page.count('class="card result"') >= 3
    assert "<mark>" in page
    assert "Visa i dokumentet" in page
    links = re.findall(r'class="goto" href="/dokument/([^"#]+)#passage-([^"]+)"', page)
    assert links
    years = set(re.findall(r'<time datetime="(\d{4})', page)) | set(re.findall(r">(\d{4})</time>", page))
    docs = {d for d, _ in links}
    assert any(d.startswith("2020") for d in docs) and any(d.startswith("2021") for d in docs)
    assert any(d.startswith("2025") for d in docs), (docs, years)
    assert 'class="facet"' in page and "Dokumenttyp" in page
    assert 'class="entity-chip' in page and 'href="/entity/project/smo"' in page
    assert 'class="timeline"' in page                          # the question is about SMO
    assert "entity-card" in page


def test_results_facet_filters(client: TestClient) -> None:
    page = _ok(client, "/sok?q=SPOT&year_from=2025&year_to=2025")
    assert "År 2025" in page                                     # the active filter, removable
    docs = set(re.findall(r'class="goto" href="/dokument/([^"#]+)#passage-', page))
    assert docs and all(d.startswith("2025") for d in docs)
    page = _ok(client, "/sok?q=SPOT&type=minnesanteckningar")
    docs = set(re.findall(r'class="goto" href="/dokument/([^"#]+)#passage-', page))
    assert docs == {"2025-06-13-minnesanteckningar-chefsgrupp-samverkan"}


@pytest.mark.parametrize("url", ["/sok", "/sok?q=", "/sok?q=%20%20", "/sok?q=!!!", "/sok?q=SPOT&year_from=abc",
                                 "/sok?q=SPOT&year_from=2025&year_to=2020", "/sok?q=" + "x" * 5000])
def test_results_bad_queries_are_friendly(client: TestClient, url: str) -> None:
    r = client.get(url, headers=HTML)
    assert r.status_code in (200, 400), r.status_code
    assert r.headers["content-type"].startswith("text/html")
    assert "Traceback" not in r.text and "Error:" not in r.text
    assert 'role="search"' in r.text                            # the search box stays, to try again


def test_results_escape_html(client: TestClient) -> None:
    page = _ok(client, "/sok?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_entity_page(client: TestClient) -> None:
    page = _ok(client, "/entity/project/smo")
    assert "Samordnat medicinskt omhändertagande" in page
    assert "SMO" in page and 'class="badge t-project"' in page
    assert "Kopplingar" in page and 'href="/entity/assignment/' in page
    assert 'class="timeline"' in page
    assert re.search(r'href="/dokument/[^"#]+#passage-', page)


def test_entity_unknown_is_friendly_404(client: TestClient) -> None:
    r = client.get("/entity/project/finns-inte", headers=HTML)
    assert r.status_code == 404
    assert "Sidan hittades inte" in r.text and 'href="/"' in r.text
    # also for clients that do not ask for HTML explicitly: a page route answers with a page
    r = client.get("/entity/project/finns-inte")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")


def test_unknown_route_html_for_browsers_json_otherwise(client: TestClient) -> None:
    r = client.get("/finns/inte", headers=HTML)
    assert r.status_code == 404 and "Sidan hittades inte" in r.text
    r = client.get("/finns/inte", headers={"Accept": "application/json"})
    assert r.status_code == 404 and r.json()["error"]["status"] == 404


def test_documents_list_and_document(client: TestClient) -> None:
    page = _ok(client, "/dokument")
    assert page.count('class="card"') >= 5
    doc_id = "2025-aterrapportering-beredning-psykiatri"
    assert f'href="/dokument/{doc_id}"' in page
    page = _ok(client, f"/dokument/{doc_id}")
    anchors = re.findall(r'id="passage-([^"]+)"', page)
    assert len(anchors) >= 5
    assert all(a.startswith(doc_id) for a in anchors)
    assert 'class="entity-chip' in page                          # entities in the margin
    assert "Beredning för psykiatri" in page


def test_results_link_to_existing_passage_anchors(client: TestClient) -> None:
    page = _ok(client, "/sok?q=" + SMO_QUESTION)
    doc, anchor = re.findall(r'href="/dokument/([^"#]+)#passage-([^"]+)"', page)[0]
    assert f'id="passage-{anchor}"' in _ok(client, f"/dokument/{doc}")


def test_unknown_document_404(client: TestClient) -> None:
    r = client.get("/dokument/finns-inte", headers=HTML)
    assert r.status_code == 404 and "Sidan hittades inte" in r.text


def test_map_page(client: TestClient) -> None:
    page = _ok(client, "/karta")
    assert 'id="map-canvas"' in page and "/static/vendor/cytoscape/cytoscape.min.js" in page
    assert "mål utan uppdrag" in page and "uppdrag utan mål" in page  # legend, explained in plain Swedish
    assert "inte att arbetet saknar mål" in page or "inte står utskriven" in page
    # opens on the year with the most uppdrag→mål links (2023 in the seed corpus), not the latest (2025: none)
    selected = re.search(r'<option value="(\w+)" selected>', page)
    assert selected and selected.group(1) == "2023", selected
    assert 'data-best-year="2023"' in page
    assert "2025 · inga kopplingar" in page
    assert re.search(r'<option value="alla" selected>', _ok(client, "/karta?year=alla"))


def test_map_default_year_helpers() -> None:
    import networkx as nx

    from api.pages.dependencies import default_year
    from api.store_views import links_per_year

    g = nx.DiGraph()
    g.add_node("g1", type="EffectGoal", year=2021)
    for i, y in enumerate((2021, 2021, 2022)):
        g.add_node(f"a{i}", type="Assignment", year=y)
        g.add_edge("g1", f"a{i}", relation="contributesTo")
    g.add_node("o", type="Committee")
    g.add_edge("a2", "o", relation="assignedTo")
    links = links_per_year(g)
    assert links == {2021: 2, 2022: 1}
    assert default_year([2025, 2022, 2021], links) == "2021"
    assert default_year([2025, 2024], {}) == "alla"
    assert default_year([2024], {}) == "2024"


def test_ontology_page(client: TestClient) -> None:
    page = _ok(client, "/ontologi")
    for name in ("Assignment", "EffectGoal", "Committee", "assignedTo", "contributesTo", "year", "text"):
        assert f'id="{name}"' in page, name                     # every term anchored
    assert "Uppdrag" in page and 'lang="en">Assignment<' in page  # Swedish and English labels
    assert "Ett uppdrag som ett organ" in page                   # definitions
    assert 'href="#Organ"' in page                               # hierarchy: Committee ⊑ Organ
    assert "Domän (gäller för)" in page and "Värdemängd (pekar på)" in page
    assert re.search(r'<a href="#Assignment"><code>sg:Assignment</code></a> eller <a href="#Activity">', page)
    assert "/sparql-editor?query=" in page
    # /def and /def/{term} send browsers here, at the term's anchor
    r = client.get("/def/Assignment", headers=HTML, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/ontologi#Assignment"
    r = client.get("/def", headers=HTML, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/ontologi"


def test_ontology_example_queries_run(client: TestClient) -> None:
    from urllib.parse import parse_qs, unquote, urlparse

    page = _ok(client, "/ontologi")
    hrefs = re.findall(r'href="(/sparql-editor\?query=[^"]+)"', page)
    assert len(hrefs) >= 30
    import html as html_lib

    for href in (hrefs[0], hrefs[-1], next(h for h in hrefs if "assignedTo" in unquote(h))):
        query = parse_qs(urlparse(html_lib.unescape(href)).query)["query"][0]
        r = client.post("/sparql", data={"query": query}, headers={"Accept": "application/sparql-results+json"})
        assert r.status_code == 200, (query, r.text[:300])
    editor = _ok(client, html_lib.unescape(hrefs[0]))
    assert '"runOnLoad": true' in editor


def test_thesaurus_page(client: TestClient) -> None:
    page = _ok(client, "/begrepp")
    assert 'id="ProjectScheme"' in page and 'id="OrganScheme"' in page
    assert 'href="/entity/project/smo"' in page and ">SMO</abbr>" in page
    assert "Beredning för psykiatri" in page
    # candidate concepts (sg:candidate true, sg:CandidateScheme), marked for review, listed last
    assert 'id="CandidateScheme"' in page and "Att granska" in page
    assert page.index('id="CandidateScheme"') > page.index('id="ProjectScheme"')
    assert ">KASAM</abbr>" in page and 'href="/entity/concept/kandidat-kasam"' in page


def test_turtle_is_readable(client: TestClient) -> None:
    r = client.get("/id/project/smo", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    body = r.text
    assert "\\/" not in body                                    # no id:project\/smo
    assert "@prefix project: <https://w3id.org/styrgraf/id/project/>" in body
    assert body.split("\n@prefix")[-1].split("\n", 1)[1].startswith("project:smo ")  # its own block first
    r = client.get("/id/assignment/2025/nr-8", headers={"Accept": "text/turtle"})
    assert "\\/" not in r.text and "<https://w3id.org/styrgraf/id/assignment/2025/nr-8> a sg:Assignment" in r.text
    import rdflib

    g = rdflib.Graph().parse(data=r.text, format="turtle")
    assert (rdflib.URIRef("https://w3id.org/styrgraf/id/assignment/2025/nr-8"), None, None) in g
    assert client.get("/static/vendor/cytoscape/cytoscape.min.js").status_code == 200
    assert client.get("/static/js/map.js").status_code == 200


def test_sparql_page(client: TestClient) -> None:
    page = _ok(client, "/sparql-editor")
    assert "/static/vendor/yasgui/yasgui.min.js" in page and "/static/vendor/yasgui/yasgui.min.css" in page
    assert page.count("data-query-id=") >= 5
    assert "sgf:relevance" in page                               # the search-in-SPARQL example
    for path in ("/static/vendor/yasgui/yasgui.min.js", "/static/vendor/yasgui/yasgui.min.css",
                 "/static/vendor/yasgui/LICENSE", "/static/vendor/cytoscape/LICENSE"):
        assert client.get(path).status_code == 200, path
    r = client.get("/fraga", follow_redirects=False)
    assert r.status_code in (307, 308) and r.headers["location"] == "/sparql-editor"


def test_example_queries_run(client: TestClient) -> None:
    from api.pages.sparql import load_examples

    examples = load_examples()
    assert len(examples) >= 5
    rows_by_id: dict[str, int] = {}
    for ex in examples:
        r = client.post("/sparql", data={"query": ex.query}, headers={"Accept": "application/sparql-results+json"})
        assert r.status_code == 200, (ex.id, r.text[:300])
        rows_by_id[ex.id] = len(r.json()["results"]["bindings"])
    assert rows_by_id["01-uppdrag-med-status"] > 0
    assert rows_by_id["05-sok-i-sparql"] > 0


# -- stand-in data: escaping of what the engine returns ------------------------------------------

class _FakeEngine:
    def search(self, q: str, k: int = 10, **_: Any) -> dict[str, Any]:
        return {
            "query": q,
            "results": [{
                "passage_id": "doc-x.abc", "text": "<img src=x onerror=alert(1)> SMO",
                "highlight": "&lt;img src=x onerror=alert(1)&gt; <mark>SMO</mark><script>bad()</script>",
                "score": 1.0,
                "document": {"id": "doc-x", "title": "<b>Titel</b>", "type": "kallelse", "date": "2020-11-24"},
                "entities": [{"iri": "https://w3id.org/styrgraf/id/project/smo", "label": "<i>SMO</i>",
                              "type": "Project"}],
            }],
            "entities": [], "timeline": [],
        }


class _FakeSnapshot:
    documents: ClassVar[dict[str, Any]] = {}
    store = None

    def require_search(self) -> _FakeEngine:
        return _FakeEngine()


class _FakeResources:
    def current(self) -> _FakeSnapshot:
        return _FakeSnapshot()


def test_results_sanitise_engine_output(tmp_path: Any) -> None:
    from api.app import create_app

    app = create_app(Settings(data_dir=tmp_path), reload_check_s=0)
    with TestClient(app) as c:
        app.state.resources = _FakeResources()
        page = _ok(c, "/sok?q=SMO")
    assert "<img" not in page and "<script>bad()" not in page and "<b>Titel</b>" not in page
    assert "<i>SMO</i>" not in page
    assert "<mark>SMO</mark>" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_pages_without_a_built_graph(tmp_path: Any) -> None:
    from api.app import create_app

    app = create_app(Settings(data_dir=tmp_path), reload_check_s=0)
    with TestClient(app) as c:
        assert c.get("/", headers=HTML).status_code == 200
        r = c.get("/sok?q=SMO", headers=HTML)
        assert r.status_code == 503 and "Tjänsten är inte redo" in r.text
        assert c.get("/dokument", headers=HTML).status_code == 503
