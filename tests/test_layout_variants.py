"""The same document as txt, as a real PDF (reportlab: running header on every page, "Sida N av M" footer,
lines wrapped to the page) and as a real DOCX (python-docx) gives the same facts and metadata; furniture
generated at random positions (hypothesis) never reaches the text. Real readers, cleaner and extractors."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.clean import clean_text
from corpus.ingest import read_document
from corpus.model import Document
from graph.build import build_document_graph
from graph.gold import facts
from graph.thesaurus import Thesaurus
from tests.layout_render import write_docx, write_pdf

ROOT = Path(__file__).resolve().parents[1]
SEED_MINUTES = ROOT / "corpus" / "documents" / "2025-06-13-minnesanteckningar-chefsgrupp-samverkan.txt"
DEV_PROTOKOLL = ROOT / "tests" / "heldout_docs" / "general" / "2025-03-11-protokoll-regionstyrelsen.txt"


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


def _facts(doc: Document, th: Thesaurus) -> set[tuple[str, str, str, str, str]]:
    return {f for f in facts(build_document_graph(doc, th)) if f[0] != "mention"}


def _meta(d: Document) -> tuple[str, str | None, str | None, str]:
    return d.doc_type, d.organ, d.date, d.title


@pytest.mark.parametrize("source", [SEED_MINUTES, DEV_PROTOKOLL], ids=["seed-minutes", "dev-protokoll"])
def test_txt_pdf_docx_give_the_same_facts(source: Path, tmp_path: Path, thesaurus: Thesaurus) -> None:
    txt = read_document(source, {"id": "variant"})
    base = _facts(txt, thesaurus)
    assert len(base) > 30   # the document has structure to lose
    pdf = read_document(write_pdf(source.read_text("utf-8"), tmp_path / "variant.pdf", header=txt.title),
                        {"id": "variant"})
    docx = read_document(write_docx(txt.text, tmp_path / "variant.docx"), {"id": "variant"})
    for variant in (pdf, docx):
        assert _meta(variant) == _meta(txt)
        got = _facts(variant, thesaurus)
        assert got == base, f"missing {sorted(base - got)[:5]}, extra {sorted(got - base)[:5]}"
    # the running header and the footer never land inside the text
    assert txt.title not in pdf.text and "Sida 1 av" not in pdf.text


def test_pdf_keeps_every_meeting_of_the_minutes(tmp_path: Path) -> None:
    """The unwrapper compares line with line: a heading after a full line is not glued into it."""
    txt = read_document(SEED_MINUTES, {"id": "v"})
    pdf = read_document(write_pdf(SEED_MINUTES.read_text("utf-8"), tmp_path / "v.pdf", header="Sidhuvud"),
                        {"id": "v"})
    assert [p.heading for p in pdf.passages] == [p.heading for p in txt.passages]


_BODY = ["§ 1 Mötets öppnande", "Ordföranden öppnar mötet och hälsar alla välkomna till dagens sammanträde.",
         "§ 2 Val av justerare", "Nämnden beslutar att utse Eva Strand att justera protokollet.",
         "§ 3 Budgetuppföljning", "Controller Omar Said föredrar ärendet.", "Informationen läggs till handlingarna."]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=st.sampled_from(["Region Västby PROTOKOLL", "Kommunen Norrå | Sammanträdesprotokoll",
                               "Miljönämnden – protokoll"]),
       footer=st.sampled_from(["Sida {n} av {m}", "{n} ({m})", "- {n} -", "{n}/{m}"]),
       breaks=st.lists(st.integers(min_value=1, max_value=len(_BODY) - 1), min_size=1, max_size=3, unique=True))
def test_furniture_at_random_page_breaks_never_reaches_the_text(header: str, footer: str, breaks: list[int]) -> None:
    cuts = [0, *sorted(breaks), len(_BODY)]
    pages = [[header, *_BODY[a:b], footer.format(n=i + 1, m=len(cuts) - 1)] for i, (a, b) in
             enumerate(itertools.pairwise(cuts))]
    text = clean_text("\f".join("\n".join(p) for p in pages))
    assert [ln for ln in text.split("\n") if ln] == _BODY   # a page break may leave a paragraph break


def test_lost_paragraph_signs_give_the_same_agenda(tmp_path: Path, thesaurus: Thesaurus) -> None:
    """PDF text often loses the § glyph: "21 Val av justerare" numbers on like "§ 21" did."""
    plain = tmp_path / "utan-paragraftecken.txt"
    plain.write_text(DEV_PROTOKOLL.read_text("utf-8").replace("§ ", ""), "utf-8")
    assert _facts(read_document(plain, {"id": "v"}), thesaurus) == _facts(read_document(DEV_PROTOKOLL, {"id": "v"}),
                                                                          thesaurus)
