"""The extractive answer: 1–5 sentences of the sources, each cited (passage, document, date, span).

Every sentence is a span of `Document.text` cut by `corpus.sentences.sentence_spans` (the one splitter);
nothing is rephrased. Candidates are the sentences of the top retrieved passages and, for a question about
one entity, of the passages its timeline cites (uppdrag, status reports, meetings, decisions) and of every
passage its entity links say names it, in any year (the story is spread wider than the hits). A sentence
is scored by what the engine already knows (`sentence_score`):

* meaning: the query vector · the sentence vector (precomputed at build, `search/sentence_index.py`);
* words: the idf-weighted share of the query's terms (spelling-corrected, expanded) in the sentence;
* entities: the sentence names a linked entity (1), or stands in a passage about it (0.5);
* the passage: its fused score relative to the best hit;
* for a timeline: the sentence states a status (`graph/extract/status_phrases.tsv`) or a date.

Questions about change over time ("vad har hänt med …", `answer_cues.txt`, staff edit it) get the best
sentence of each date (and a second of that date when it is strong: a report often tells two steps),
at most five, oldest first; other questions the best sentence or two. Below a threshold measured
on the dev questions (`styrgraf eval tests/eval_answers.jsonl --split dev`) there is no answer, only a message.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from corpus.dates import find_dates
from corpus.sentences import sentence_spans
from corpus.slug import slugify
from graph.extract.status import classify
from search.index import SearchIndex
from search.linking import LinkedEntity
from search.models import Answer, AnswerSentence, DocumentRef, SearchResponse
from search.passages import PassageRow
from search.sentence_index import MIN_CHARS

CUES_FILE = Path(__file__).resolve().parent / "answer_cues.txt"
NO_ANSWER = "Inget säkert svar hittades – se träffarna nedan."
#: Weights of the features (normalised over the active ones: no entity feature without linked entities).
W_DENSE, W_WORDS, W_ENTITY, W_PASSAGE = 0.4, 0.3, 0.2, 0.1
#: Added for a timeline answer when the sentence states a status / a date.
B_STATUS, B_DATE = 0.15, 0.04
#: Subtracted for a timeline when the sentence is a title or list label (no final ".", "!" or "?").
P_TITLE = 0.05
#: Cosine of e5-small between unrelated Swedish texts sits near DENSE_FLOOR; DENSE_SPAN above it is "same topic".
DENSE_FLOOR, DENSE_SPAN = 0.80, 0.12
#: Least score of an answer's best sentence: below it, no answer (measured on the dev questions, see the
#: module docstring: at 0.60 every dev "none" question abstains and one answerable fact question is lost).
THRESHOLD = 0.60
#: Least score of a timeline's further sentences (one per date), once the best has passed THRESHOLD.
TIMELINE_MIN = 0.45
#: Timeline sentences are grouped by "date" (a full date when the source states one, else the year) or "year".
GROUP_BY = "date"
#: How many hits are read for sentences: a fact sits in the best few, a story may be spread wider.
FACT_PASSAGES, TIMELINE_PASSAGES = 5, 10
MAX_SENTENCES = 5
#: A timeline's second sentence of one date (a report often tells two steps of the story): only this strong.
SECOND_PER_DATE = 0.8
#: The passage prior of a passage the entity's timeline cites or that names it (a hit: its score / the best's).
TIMELINE_PRIOR = 0.8
#: A second fact sentence must come this close to the best one.
SECOND_MARGIN = 0.06
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@lru_cache(maxsize=4)
def load_cues(path: Path = CUES_FILE) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(phrase, pattern) per cue line, longest first. The pattern matches the phrase's words in the
    folded query (`slugify`: lower case, å/ä→a, ö→o, words joined by "-"); "…" stands for any words."""
    lines = (ln.strip() for ln in path.read_text(encoding="utf-8").splitlines())
    out = []
    for ln in sorted({ln for ln in lines if ln and not ln.startswith("#")}, key=len, reverse=True):
        parts = [slugify(x) for x in re.split(r"…|\.\.\.", ln) if slugify(x)]
        out.append((ln, re.compile("-" + "-(?:[a-z0-9]+-)*?".join(map(re.escape, parts)) + "-")))
    return tuple(out)


def timeline_cue(query: str, cues: Sequence[tuple[str, re.Pattern[str]]] | None = None) -> str | None:
    """The cue phrase of a question about change over time or status, else None."""
    q = f"-{slugify(query, max_length=1000)}-"
    return next((c for c, rx in (cues if cues is not None else load_cues()) if rx.search(q)), None)


@dataclass
class Candidate:
    row: PassageRow
    prior: float                 # the passage's fused score / the best hit's (or TIMELINE_PRIOR)
    date: str | None = None      # what the entity's timeline says about the passage ("2021", "2021-03-10")
    about: bool = False          # the passage is cited by the entity's timeline
    kinds: frozenset[str] = frozenset()  # the kinds of those events ("status", "beslut", "uppdrag", …)


@dataclass
class Scored:
    cand: Candidate
    start: int
    end: int
    text: str
    score: float
    date: str | None
    features: dict[str, float]   # what the score is made of (for `styrgraf eval` and tuning)


class Answerer:
    """Sentence choice over one index (the engine holds one; stateless per query)."""

    def __init__(self, index: SearchIndex) -> None:
        self.index = index
        self.analyzer = index.bm25.analyzer
        r = index.bm25.retriever
        self._vocab: dict[str, int] = dict(r.vocab_dict) if r is not None else {}
        self._df = np.diff(np.asarray(r.scores["indptr"])) if r is not None else np.zeros(0)
        self._n = max(index.bm25.n_docs, 1)
        self.max_idf = math.log(1 + (self._n + 0.5) / 0.5)  # a term no passage has

    def idf(self, term: str) -> float:
        j = self._vocab.get(term)
        if j is None or j >= len(self._df):
            return 0.0
        return math.log(1 + (self._n - self._df[j] + 0.5) / (self._df[j] + 0.5))

    # ---- candidates ---------------------------------------------------------------------------
    def candidates(self, resp: SearchResponse, timeline: bool, linked: Sequence[LinkedEntity] = ()
                   ) -> list[Candidate]:
        hits = resp.results[: TIMELINE_PASSAGES if timeline else FACT_PASSAGES]
        top = max((h.score for h in hits), default=0.0) or 1.0
        prior = {h.passage_id: max(h.score, 0.0) / top for h in hits}
        dates: dict[str, str] = {}
        kinds: dict[str, set[str]] = {}
        if timeline:
            for ev in resp.timeline:
                if ev.passage_id and ev.date:
                    kinds.setdefault(ev.passage_id, set()).add(ev.kind)
                    old = dates.get(ev.passage_id)  # the earliest event; a full date over its bare year
                    if old is None or ev.date[:4] < old[:4] or (ev.date[:4] == old[:4] and len(ev.date) > len(old)):
                        dates[ev.passage_id] = ev.date
        ids = list(dict.fromkeys([*prior, *dates]))
        row_of = self.index.row_of
        found = [r for pid in ids if (r := row_of.get(pid)) is not None]
        mention_rows: set[int] = set()
        if timeline:  # the story is spread over every year's passages that name the entity, not only the hits
            for e in linked:
                for iri in (e.iri, *e.related):
                    posting = self.index.entity_rows.get(iri)
                    mention_rows.update(posting.tolist() if posting is not None else ())
                mention_rows.update(r for pid in e.passages if (r := row_of.get(pid)) is not None)
        found += sorted(mention_rows - set(found))
        passages = self.index.passages.get_many(found)
        mentions = {p.id for r, p in zip(found, passages, strict=True) if r in mention_rows}
        # a passage the entity's timeline cites, or that the entity links say names it, is about it by the
        # graph's word, whatever its rank: its prior is that of a good hit, so the answer does not depend on
        # how many hits were asked for (dev questions: a lower prior for mentions, 0.4–0.6, loses coverage)
        return [Candidate(p, max(prior.get(pid, 0.0), TIMELINE_PRIOR if pid in dates else 0.0,
                                 TIMELINE_PRIOR if pid in mentions else 0.0), dates.get(pid),
                          pid in dates, frozenset(kinds.get(pid, ())))
                for p in passages for pid in (p.id,)]

    # ---- scoring -----------------------------------------------------------------------------
    def sentences(self, p: PassageRow) -> list[tuple[int, int, np.ndarray | None]]:
        """(start, end, vector) of each sentence of a passage, spans in Document.text: the build's table
        when the index has one, else the same splitter over the passage text (its boundaries depend on
        no character outside the passage) without vectors."""
        si, row = self.index.sentences, self.index.row_of.get(p.id)
        if si is not None and row is not None:
            return [(int(si.start[i]), int(si.end[i]), si.vec[i]) for i in si.of_row(row)]
        return [(a + p.start, b + p.start, None) for a, b in sentence_spans(p.text)]

    def term_groups(self, lexical: str, query_groups: list[tuple[list[str], float]], skip: set[str]
                    ) -> list[tuple[list[tuple[str, float]], float]]:
        """(term, idf) groups with their weight (≤ 1). The question's own words count even when the corpus
        lacks them (a word no document has, at the highest idf: a question about what the documents never
        mention must not look fully matched); a word with some known term ("SMO-piloten": smo, pilot)
        counts by those. Expansions (translation, synonyms) count by their known terms only."""
        main: list[tuple[str, float]] = []
        for tok in self.analyzer.tokens(lexical):
            if skip.intersection(tok.terms):
                continue
            known = [(t, self.idf(t)) for t in tok.terms if self.idf(t) > 0]
            main.extend(known or [("\0" + tok.surface, self.max_idf)])
        groups = [(list(dict.fromkeys(main)), 1.0)]
        for ts, w in query_groups[1:]:
            groups.append(([(t, self.idf(t)) for t in ts if t not in skip and self.idf(t) > 0], min(w, 1.0)))
        return [(ts, w) for ts, w in groups if ts]

    def score(self, groups: list[tuple[list[tuple[str, float]], float]], qv: np.ndarray,
              linked: list[LinkedEntity], cands: list[Candidate], timeline: bool) -> list[Scored]:
        iris = {i for e in linked for i in (e.iri, *e.related)}
        raw: list[tuple[Candidate, int, int, str, np.ndarray | None]] = []
        seen: set[str] = set()
        for c in cands:
            for a, b, v in self.sentences(c.row):
                text = c.row.text[a - c.row.start : b - c.row.start]
                key = " ".join(text.lower().split())
                if len(key) < MIN_CHARS or key in seen:  # a kallelse repeats its agenda in the PM
                    continue
                seen.add(key)
                raw.append((c, a, b, text, v))
        if not raw:
            return []
        if all(v is not None for *_x, v in raw):
            vecs = np.stack([np.asarray(v, dtype=np.float32) for *_x, v in raw])
        else:  # an index built without sentence vectors: embed the candidates now (slower, same scores)
            vecs = self.index.embedder.embed_passages([t for _c, _a, _b, t, _v in raw])
        cos = vecs @ np.asarray(qv, dtype=np.float32)
        out = []
        for (c, a, b, text, _v), cs in zip(raw, cos.tolist(), strict=True):
            terms = set(self.analyzer.analyze(text))
            # the best-covered group: the question as asked, its translation, or (weighted lower) synonyms
            words = max((w * sum(i for t, i in ts if t in terms) / sum(i for _t, i in ts) for ts, w in groups),
                        default=0.0)
            feats = [(W_DENSE, min(max((cs - DENSE_FLOOR) / DENSE_SPAN, 0.0), 1.0)), (W_WORDS, words),
                     (W_PASSAGE, c.prior)]
            if iris:
                feats.append((W_ENTITY, entity_feature(c, a, b, iris)))
            s = sum(w * f for w, f in feats) / sum(w for w, _f in feats)
            if s + B_STATUS + B_DATE < (TIMELINE_MIN if timeline else THRESHOLD):
                continue  # cannot qualify: spare the status and date regexes (most of the time spent here)
            date = sentence_date(c, text, self.index.documents[c.row.doc_id])
            if timeline:  # what happened: a stated status or date; a title (no full stop) names, not tells
                s += B_STATUS * bool(classify(text)) + B_DATE * bool(_YEAR.search(text) or find_dates(text, None))
                s -= P_TITLE * (text.rstrip("”\"»)")[-1:] not in ".!?")
            out.append(Scored(c, a, b, text, round(s, 4), date, {"cos": cs, "words": words, "passage": c.prior,
                                                                  "entity": feats[3][1] if iris else -1}))
        return out

    # ---- the answer --------------------------------------------------------------------------
    def answer(self, query: str, lexical: str, query_groups: list[tuple[list[str], float]], qv: np.ndarray,
               linked: list[LinkedEntity], resp: SearchResponse) -> Answer:
        """The answer to `query` (as asked; `lexical`: spelling-corrected, `query_groups`: its BM25 term
        groups, `qv`: its vector) from the hits and timeline of `resp`."""
        cue = timeline_cue(query)
        kind = "timeline" if cue else "fact"
        if not resp.results and not resp.timeline:
            return Answer(kind=kind, message=NO_ANSWER)
        timeline = kind == "timeline"
        skip = set(self.analyzer.query_terms(cue.replace("…", " "))) if cue else set()
        groups = self.term_groups(lexical, query_groups, skip)
        scored = self.score(groups, qv, linked, self.candidates(resp, timeline, linked), timeline)
        if timeline and linked:  # a story about an entity: only what is about it
            iris = {i for e in linked for i in (e.iri, *e.related)}
            scored = [s for s in scored if entity_feature(s.cand, s.start, s.end, iris) > 0]
        good = sorted((s for s in scored if s.score >= (TIMELINE_MIN if timeline else THRESHOLD)),
                      key=lambda s: -s.score)
        if not good or good[0].score < THRESHOLD:
            return Answer(kind=kind, message=NO_ANSWER)
        if timeline:
            by_date: dict[str, list[Scored]] = {}
            for s in good:  # best first: each date's best, then (when strong) its second
                by_date.setdefault((s.date or "") if GROUP_BY == "date" else (s.date or "")[:4], []).append(s)
            firsts = [g[0] for g in by_date.values()]
            seconds = [g[1] for g in by_date.values() if len(g) > 1 and g[1].score >= SECOND_PER_DATE]
            picked = sorted(firsts, key=lambda s: -s.score)[:MAX_SENTENCES]
            picked += sorted(seconds, key=lambda s: -s.score)[: MAX_SENTENCES - len(picked)]
            chosen = sorted(picked, key=lambda s: (s.date or "9999", s.start))
        else:
            chosen = [good[0], *[s for s in good[1:2] if s.score >= good[0].score - SECOND_MARGIN]]
        return Answer(kind=kind, sentences=[self._cite(s) for s in chosen])

    def _cite(self, s: Scored) -> AnswerSentence:
        d = self.index.documents[s.cand.row.doc_id]
        ref = DocumentRef(id=d["id"], title=d.get("title") or d["id"], type=d.get("type") or "ovrigt",
                          date=d.get("date"), year=d.get("year"), organ=d.get("organ"))
        return AnswerSentence(text=s.text, passage_id=s.cand.row.id, document=ref, start=s.start, end=s.end,
                              date=s.date, score=s.score)


def entity_feature(c: Candidate, a: int, b: int, iris: set[str]) -> float:
    """1 when the sentence (span a:b in Document.text) names a linked entity or stands in a status report
    or decision about it (the report's sentences say what happened to it without naming it again), 0.5
    when its passage is otherwise about one (cited by its timeline, or naming it elsewhere), else 0."""
    if c.kinds & {"status", "beslut"}:
        return 1.0
    near = c.about
    for e in c.row.entities:
        if e["iri"] not in iris:
            continue
        near = True
        if any(a <= c.row.start + int(s) and c.row.start + int(t) <= b for s, t in e.get("spans", [])):
            return 1.0
    return 0.5 if near else 0.0


def sentence_date(c: Candidate, text: str, doc: dict[str, object]) -> str | None:
    """The date a sentence speaks for: the timeline's date of its passage, else the document's date or
    year; a full date the sentence itself states in that year is more precise and wins."""
    base = c.date or (str(doc["date"]) if doc.get("date") else None) or (str(doc["year"]) if doc.get("year") else None)
    if base:
        year = int(base[:4])
        stated = [d for _s, _e, d, _y in find_dates(text, year) if d.startswith(base[:4])]
        if stated and len(base) == 4:
            return stated[0]
    return base


__all__ = ["NO_ANSWER", "THRESHOLD", "Answerer", "load_cues", "timeline_cue"]
