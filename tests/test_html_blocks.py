"""HTML in the block model (corpus/html_blocks.py): real HTML files through the real ingest. Headings with
their level, <ol>/<ul> items with the numbers a browser draws, tables as rows of cells, paragraphs, and the
page's menus, banners and scripts dropped; then the extractors read a kallelse written as an HTML table and
a protokoll whose paragraphs are <h2>§ 1 …</h2> headings."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, RDFS, Graph
from rdflib.namespace import DCTERMS
from selectolax.lexbor import LexborHTMLParser

from corpus.blocks import Block
from corpus.html_blocks import drop_furniture, html_blocks
from corpus.ingest import read_document
from corpus.readers import read_source
from graph.build import build_document_graph
from graph.namespaces import SG
from graph.thesaurus import Thesaurus

PAGE = """<!DOCTYPE html><html lang="sv"><head><title>Sida</title><script>var meny = 1;</script>
<style>h1 {color: red}</style></head><body>
<header><a href="/">Startsida</a> <span>Sök på webbplatsen</span></header>
<nav><ul><li>Politik</li><li>Kontakt</li></ul></nav>
<div role="navigation">Du är här: Start / Politik</div>
<main><article><header><h1>Verksamhetsplan 2026</h1></header>
<h2>Mål 1 Trygg omsorg</h2>
<p>Nämnden ska   erbjuda<br>en trygg omsorg.</p>
<p>Aktiviteter</p>
<ol start="3"><li>Införa tillsyn</li><li value="7">Utbilda personal<ul><li>chefer</li></ul></li></ol>
<ol type="a"><li>Första</li><li>Andra</li></ol>
<dl><dt>Status</dt><dd>Pågår</dd></dl>
<table><tr><th>Nr</th><th>Ärende</th><th>Dnr</th></tr>
<tr><td>1</td><td><p>Val av justerare</p></td><td></td></tr></table>
</article></main>
<div hidden>Dold text</div><footer>Kontakta oss · Cookies</footer></body></html>"""


def _blocks(html: str) -> list[Block]:
    tree = LexborHTMLParser(html)
    drop_furniture(tree)
    assert tree.body is not None
    return html_blocks(tree.body)


def test_blocks_of_a_page_with_furniture() -> None:
    blocks = _blocks(PAGE)
    assert blocks == [
        Block("heading", "Verksamhetsplan 2026", level=1),     # the article's own <header> is content
        Block("heading", "Mål 1 Trygg omsorg", level=2),
        Block("paragraph", "Nämnden ska erbjuda\nen trygg omsorg."),
        Block("field", "Aktiviteter"),                         # a short line above a list labels it
        Block("list_item", "Införa tillsyn", number="3."),
        Block("list_item", "Utbilda personal", number="7."),
        Block("list_item", "chefer", level=1, number="•"),
        Block("list_item", "Första", number="a)"),
        Block("list_item", "Andra", number="b)"),
        Block("field", "Status"),
        Block("list_item", "Pågår"),
        Block("table_row", cells=("Nr", "Ärende", "Dnr")),
        Block("table_row", cells=("1", "Val av justerare", "")),   # an empty cell keeps its column
    ]


def test_a_layout_table_is_read_as_containers() -> None:
    html = ("<body><table><tr><td><h1>Protokoll</h1><p>Socialnämnden</p></td>"
            "<td><table><tr><td>Datum</td><td>2025-06-10</td></tr></table></td></tr></table></body>")
    assert _blocks(html) == [Block("heading", "Protokoll", level=1), Block("paragraph", "Socialnämnden"),
                             Block("table_row", cells=("Datum", "2025-06-10"))]


def test_reader_renders_blocks_and_drops_chrome(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text(PAGE, "utf-8")
    text = read_source(path)
    for gone in ("meny", "color", "Startsida", "Politik", "Du är här", "Dold text", "Cookies"):
        assert gone not in text
    assert text.startswith("Verksamhetsplan 2026\n\nMål 1 Trygg omsorg\n\nNämnden ska erbjuda\nen trygg omsorg.\n\n")
    assert "Aktiviteter\n3. Införa tillsyn\n7. Utbilda personal\n• chefer" in text
    assert "Nr | Ärende | Dnr\n1 | Val av justerare |" in text


KALLELSE = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Kallelse</title></head><body>
<nav><a href="/">Start</a> <a href="/moten">Möten och protokoll</a></nav>
<h1>Kallelse</h1>
<p>Tekniska nämnden</p>
<p>Sammanträde onsdagen den 12 mars 2025 kl. 13.00 i Rådhuset, sal Linden.</p>
<h2>Föredragningslista</h2>
<table>
<thead><tr><th>Nr</th><th>Ärende</th><th>Dnr</th><th>Föredragande</th></tr></thead>
<tbody>
<tr><td>1</td><td>Val av justerare</td><td></td><td></td></tr>
<tr><td>2</td><td>Budgetuppföljning februari 2025</td><td>TN 2025/14</td><td>Controller Lena Ahl</td></tr>
<tr><td>3</td><td>Gatubelysning i Norrdalen</td><td>TN 2025/9</td><td>Gatuchef Per Brandt</td></tr>
</tbody></table>
<footer>Telefon växel · Om webbplatsen</footer></body></html>"""

PROTOKOLL = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"></head><body>
<h1>Protokoll</h1>
<p>Kultur- och fritidsnämnden</p>
<p>Sammanträdesdatum: 2025-04-08</p>
<h2>§ 1 Val av justerare</h2>
<p>Kultur- och fritidsnämnden beslutar att utse Eva Lund att justera protokollet.</p>
<h2>§ 2 Bidrag till föreningar 2025</h2>
<p>Föredragande: Fritidschef Omar Said</p>
<p>Kultur- och fritidsnämnden beslutar att fördela bidragen enligt förvaltningens förslag.</p>
<h2>§ 3 Informationsärenden</h2>
<p>Informationen läggs till handlingarna.</p>
</body></html>"""


def _graph(tmp_path: Path, name: str, html: str) -> Graph:
    path = tmp_path / name
    path.write_text(html, "utf-8")
    doc = read_document(path, {"id": path.stem})
    return build_document_graph(doc, Thesaurus.load())


def _titles(g: Graph) -> list[str]:
    items = sorted(g.subjects(RDF.type, SG.AgendaItem), key=lambda s: int(str(g.value(s, SG.number))))
    return [str(g.value(s, DCTERMS.title)) for s in items]


def test_a_kallelse_as_an_html_table(tmp_path: Path) -> None:
    g = _graph(tmp_path, "kallelse.html", KALLELSE)
    assert _titles(g) == ["Val av justerare", "Budgetuppföljning februari 2025", "Gatubelysning i Norrdalen"]
    names = {str(g.value(p, RDFS.label)) for p in g.subjects(RDF.type, SG.Person)}
    assert {"Lena Ahl", "Per Brandt"} <= names
    meeting = next(g.subjects(RDF.type, SG.Meeting))
    assert str(g.value(meeting, DCTERMS.date)) == "2025-03-12"


def test_a_protokoll_with_section_headings(tmp_path: Path) -> None:
    g = _graph(tmp_path, "protokoll.html", PROTOKOLL)
    assert _titles(g) == ["Val av justerare", "Bidrag till föreningar 2025", "Informationsärenden"]
    decisions = [str(g.value(d, SG.text)) for d in g.subjects(RDF.type, SG.Decision)]
    assert any("fördela bidragen enligt förvaltningens förslag" in d for d in decisions), decisions
    assert any("läggs till handlingarna" in d for d in decisions), decisions


def test_a_banner_that_names_the_municipality_is_its_letterhead(tmp_path: Path) -> None:
    html = ("<body><header><p>Bergsjö kommun</p><a href='/'>Meny</a> <a href='/sok'>Sök</a></header>"
            "<h1>Kallelse</h1><p>Socialnämnden</p><p>Sammanträde den 3 juni 2025</p></body>")
    path = tmp_path / "kallelse.html"
    path.write_text(html, "utf-8")
    text = read_source(path)
    assert text.startswith("Bergsjö kommun\n\nKallelse\n\n") and "Meny" not in text
    doc = read_document(path, {"id": "k"})
    assert (doc.organisation, doc.organ, doc.doc_type) == ("Bergsjö kommun", "Socialnämnden", "kallelse")
