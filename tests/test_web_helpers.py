"""Unit tests of the page helpers: safe highlights, excerpts, links, timeline grouping."""

from __future__ import annotations

from api.pages._common import (
    entity_href,
    highlight_excerpt,
    passage_href,
    safe_highlight,
    type_label,
    url_with,
)
from api.pages.views import timeline_years


def test_safe_highlight_keeps_only_marks() -> None:
    out = str(safe_highlight("a <mark>SMO</mark> &lt;b&gt; <script>x()</script> <MARK>b</MARK>"))
    assert out == "a <mark>SMO</mark> &lt;b&gt; &lt;script&gt;x()&lt;/script&gt; <mark>b</mark>"


def test_safe_highlight_balances_marks_and_falls_back() -> None:
    assert str(safe_highlight("<mark>open")) == "<mark>open</mark>"
    assert str(safe_highlight("</mark>x")) == "x"
    assert str(safe_highlight("", "<b>raw</b>")) == "&lt;b&gt;raw&lt;/b&gt;"
    assert str(safe_highlight("A &amp;amp; B")) == "A &amp;amp; B"   # a literal '&amp;' in the text survives


def test_excerpt_centres_on_first_mark() -> None:
    text = "Inledning. " + "ord " * 200 + "Här står <mark>SMO</mark> i texten. " + "mer " * 200
    ex = highlight_excerpt(text)
    assert ex is not None
    assert "<mark>SMO</mark>" in str(ex) and str(ex).startswith("…") and str(ex).endswith("…")
    assert len(str(ex)) < 700
    assert highlight_excerpt("kort <mark>text</mark>") is None


def test_links() -> None:
    assert entity_href("https://w3id.org/styrgraf/id/project/smo") == "/entity/project/smo"
    assert entity_href("https://w3id.org/styrgraf/id/document/2021-x") == "/dokument/2021-x"
    assert entity_href("https://w3id.org/styrgraf/id/passage/2021-x.abc123") == "/dokument/2021-x#passage-2021-x.abc123"
    assert entity_href("http://example.org/other") is None
    assert passage_href("2025-doc.0123456789ab-2") == "/dokument/2025-doc#passage-2025-doc.0123456789ab-2"
    assert url_with("/sok", {"q": "a b", "type": "kallelse"}, type=None, year_from=2020) == "/sok?q=a+b&year_from=2020"
    assert type_label("https://w3id.org/styrgraf/def/EffectGoal") == "Effektmål"
    assert type_label("sg:Committee") == "Beredning"


def test_timeline_grouped_by_year() -> None:
    years = timeline_years([
        {"date": "2020-11-24", "kind": "möte", "label": "Möte", "passage_id": "d1.aaa"},
        {"date": "2021", "kind": "uppdrag", "label": "Nr 4", "passage_id": "d2.bbb", "document_id": "d2"},
        {"date": "2021-03-10", "kind": "beslut", "label": "Beslut", "iri": "https://w3id.org/styrgraf/id/decision/x"},
    ])
    assert [y["year"] for y in years] == ["2020", "2021"]
    assert years[0]["events"][0]["date_label"] == "24 november 2020"
    assert years[1]["events"][0]["href"] == "/dokument/d2#passage-d2.bbb"
    assert years[1]["events"][1]["href"] == "/entity/decision/x"
