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
* for a timeline: the sentence states a status (`graph/extract/status_phrases.tsv`) or a date; a sentence
  of a status report or decision about the entity scores at least CONTEXT of its passage's best sentence
  (the report names the uppdrag once, then tells what happened without naming it).

Questions about change over time ("vad har hänt med …", `answer_cues.txt`, staff edit it) get the best
sentence of each date (a month the sentence names is its date: `sentence_date`; a second of that date when
strong), at most five, oldest first; other questions the best sentence or two. Below a threshold (and, for a
fact, a cosine) measured on the dev questions (`styrgraf eval tests/eval_answers.jsonl --split dev`) there is
no answer, only a message.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

import numpy as np

from corpus.dates import find_dates
from corpus.sentences import sentence_spans
from graph.extract.status import classify
from search.answer_parts import (
    Candidate,
    Scored,
    entity_feature,
    lift_reports,
    load_cues,
    reports,
    sentence_date,
    timeline_cue,
)
from search.highlight import term_spans
from search.index import SearchIndex
from search.linking import LinkedEntity
from search.models import Answer, AnswerSentence, DocumentRef, SearchResponse
from search.passages import PassageRow
from search.sentence_index import MIN_CHARS

NO_ANSWER = "Inget säkert svar hittades – se träffarna nedan."
#: Weights of the features (normalised over the active ones: no entity feature without linked entities).
W_DENSE, W_WORDS, W_ENTITY, W_PASSAGE = 0.4, 0.3, 0.2, 0.1
#: Added for a timeline answer when the sentence states a status / a date.
B_STATUS, B_DATE = 0.15, 0.04
#: Subtracted for a timeline when the sentence is a title or list label (no final ".", "!" or "?"): it names a
#: topic, and tells no step of the story (dev questions: 0.05 → 0.15 raised precision 0.886 → 0.907).
P_TITLE = 0.15
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
#: … or this strong in the passage of that date's best sentence (a report tells the next step next; another
#: passage is often another story). Dev: 0.62 → P 0.878, C 0.559; 0.65 → 0.872, 0.542; off → 0.907, 0.525.
SECOND_SAME_PASSAGE = 0.62
#: The passage prior of a passage the entity's timeline cites or that names it (a hit: its score / the best's).
TIMELINE_PRIOR = 0.8
#: At most this many passages that merely mention the entity are read for a timeline answer, spread over the
#: years (round robin, oldest first): at 300k passages one answer scored ~4,900 sentences (5.5 s) without it.
MAX_MENTION_PASSAGES = 120
#: A second fact sentence must come this close to the best one.
SECOND_MARGIN = 0.06
#: A sentence of a status report or decision about the entity scores at least this share of its passage's best
#: (`lift_reports`). Dev: off or 0.6 → P 0.880, C 0.559; 0.7 or 0.8 → 0.882, 0.576.
CONTEXT = 0.7
#: Least query · sentence cosine (e5-small) of a cited fact sentence: on the dev questions every unanswerable
#: one's best sentence is ≤ 0.86, every correct fact answer ≥ 0.88 (entity and word features can lift an
#: off-topic sentence past THRESHOLD: a question naming USÖ).
FACT_MIN_COS = 0.87
#: A timeline about an entity cites sentences about it (`entity_feature` > 0) or with every word of the question
#: (a link the graph missed). Dev: C 0.610 → 0.627, P 0.887 → 0.889.
UNLINKED_WORDS = 0.99
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


class Answerer:
    """Sentence choice over one index (the engine holds one; stateless per query)."""

    def __init__(self, index: SearchIndex) -> None:
        self.index = index
        self.analyzer = index.bm25.analyzer
        r = index.bm25.retriever
        self._vocab: dict[str, int] = dict(r.vocab_dict) if r is not None else {}
        # document frequencies as Python ints: one is read per query term, and a NumPy scalar read is slow
        self._df: list[int] = np.diff(np.asarray(r.scores["indptr"])).tolist() if r is not None else []
        self._n = max(index.bm25.n_docs, 1)
        self.max_idf = math.log(1 + (self._n + 0.5) / 0.5)  # a term no passage has

    def idf(self, term: str) -> float:
        j = self._vocab.get(term)
        if j is None or j >= len(self._df):
            return 0.0
        return math.log(1 + (self._n - self._df[j] + 0.5) / (self._df[j] + 0.5))

    # ---- candidates ---------------------------------------------------------------------------
    def candidates(self, resp: SearchResponse, timeline: bool, linked: Sequence[LinkedEntity] = (),
                   known: Mapping[str, tuple[int, PassageRow]] | None = None) -> list[Candidate]:
        """The passages to read sentences from (see the module docstring); `known`: passage id → (row,
        passage) of those the engine has already read (its hits), so they are not looked up again."""
        known = known or {}
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
        found = [r for pid in ids if (r := known[pid][0] if pid in known else row_of.get(pid)) is not None]
        mention_rows: set[int] = set()
        if timeline:  # the story is spread over every year's passages that name the entity, not only the hits
            for e in linked:
                for iri in (e.iri, *e.related):
                    posting = self.index.entity_rows.get(iri)
                    mention_rows.update(posting.tolist() if posting is not None else ())
                mention_rows.update(r for pid in e.passages if (r := row_of.get(pid)) is not None)
        found += self._spread(sorted(mention_rows - set(found)), MAX_MENTION_PASSAGES)
        have = {r: p for r, p in known.values()}
        fetched = iter(self.index.passages.get_many([r for r in found if r not in have]))
        passages = [have[r] if r in have else next(fetched) for r in found]
        mentions = {p.id for r, p in zip(found, passages, strict=True) if r in mention_rows}
        # a passage the entity's timeline cites, or that the entity links say names it, is about it by the
        # graph's word, whatever its rank: its prior is that of a good hit, so the answer does not depend on
        # how many hits were asked for (dev questions: a lower prior for mentions, 0.4–0.6, loses coverage)
        return [Candidate(p, max(prior.get(pid, 0.0), TIMELINE_PRIOR if pid in dates else 0.0,
                                 TIMELINE_PRIOR if pid in mentions else 0.0), dates.get(pid),
                          pid in dates, frozenset(kinds.get(pid, ())), r)
                for r, p in zip(found, passages, strict=True) for pid in (p.id,)]

    def _spread(self, rows: list[int], limit: int) -> list[int]:
        """`rows` if there are at most `limit`, else `limit` of them taken a year at a time (round robin, oldest
        year first, passage order within a year), so every year of the story keeps its passages."""
        if len(rows) <= limit:
            return rows
        by_year: dict[int, list[int]] = {}
        for r in rows:
            by_year.setdefault(int(self.index.doc_year[int(self.index.doc_of_row[r])]), []).append(r)
        queues = [by_year[y] for y in sorted(by_year)]
        out: list[int] = []
        i = 0
        while len(out) < limit:
            for q in queues:
                if i < len(q) and len(out) < limit:
                    out.append(q[i])
            i += 1
        return sorted(out)

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
        si, row_of = self.index.sentences, self.index.row_of
        raw: list[tuple[Candidate, int, int, str]] = []
        picked: list[int] = []  # each raw sentence's row in the sentence table (-1: the index has none)
        seen: set[str] = set()
        for c in cands:
            row = (c.index_row if c.index_row is not None else row_of.get(c.row.id)) if si is not None else None
            if si is not None and row is not None:  # the build's spans, read as one slice per passage
                lo, hi = int(si.ptr[row]), int(si.ptr[row + 1])
                spans = zip(range(lo, hi), si.start[lo:hi].tolist(), si.end[lo:hi].tolist(), strict=True)
            else:
                spans = ((-1, a, b) for a, b, _v in self.sentences(c.row))  # type: ignore[assignment]
            for i, a, b in spans:
                text = c.row.text[a - c.row.start : b - c.row.start]
                key = " ".join(text.lower().split())
                if len(key) < MIN_CHARS or key in seen:  # a kallelse repeats its agenda in the PM
                    continue
                seen.add(key)
                raw.append((c, a, b, text))
                picked.append(i)
        if not raw:
            return []
        if si is not None and min(picked) >= 0:  # one gather, not a memory-mapped read per sentence
            vecs = si.vectors(np.asarray(picked, dtype=np.int64))
        else:  # an index built without sentence vectors: embed the candidates now (slower, same scores)
            vecs = self.index.embedder.embed_passages([t for _c, _a, _b, t in raw])
        cos = vecs @ np.asarray(qv, dtype=np.float32)
        least = TIMELINE_MIN if timeline else THRESHOLD
        bonus = B_STATUS + B_DATE if timeline else 0.0  # the most a sentence can still gain (timeline only)
        totals = [(ts, w, sum(i for _t, i in ts)) for ts, w in groups]
        # the weighted mean of the features dense, words, passage (and entity), summed in that order
        wsum = W_DENSE + W_WORDS + W_PASSAGE + (W_ENTITY if iris else 0.0)
        out = []
        for (c, a, b, text), cs in zip(raw, cos.tolist(), strict=True):
            dense = min(max((cs - DENSE_FLOOR) / DENSE_SPAN, 0.0), 1.0)
            ent = entity_feature(c, a, b, iris) if iris else -1.0
            rest = W_ENTITY * ent if iris else 0.0
            lifted = timeline and CONTEXT > 0 and reports(c)  # may score by its passage's best
            # the score with every query word present bounds the real one from above: a sentence that cannot
            # qualify even so is dropped before the look-up of its words
            if not lifted and (W_DENSE * dense + W_WORDS + W_PASSAGE * c.prior + rest) / wsum + bonus < least - 1e-9:
                continue
            terms = term_spans(self.analyzer, text)  # its index terms (kept per text, shared with highlighting)
            # the best-covered group: the question as asked, its translation, or (weighted lower) synonyms
            words = max((w * sum(i for t, i in ts if t in terms) / total for ts, w, total in totals), default=0.0)
            s = (W_DENSE * dense + W_WORDS * words + W_PASSAGE * c.prior + rest) / wsum
            if not lifted and s + bonus < least:
                continue  # cannot qualify: spare the status and date regexes
            date = sentence_date(c, text, self.index.documents[c.row.doc_id])
            if timeline:  # what happened: a stated status or date; a title (no full stop) names, not tells
                s += B_STATUS * bool(classify(text)) + B_DATE * bool(_YEAR.search(text) or find_dates(text, None))
                s -= P_TITLE * (text.rstrip("”\"»)")[-1:] not in ".!?")
            out.append(Scored(c, a, b, text, round(s, 4), date, {"cos": cs, "words": words, "passage": c.prior,
                                                                  "entity": ent}))
        return lift_reports(out, CONTEXT) if timeline else out

    # ---- the answer --------------------------------------------------------------------------
    def answer(self, query: str, lexical: str, query_groups: list[tuple[list[str], float]], qv: np.ndarray,
               linked: list[LinkedEntity], resp: SearchResponse,
               known: Mapping[str, tuple[int, PassageRow]] | None = None) -> Answer:
        """The answer to `query` (as asked; `lexical`: spelling-corrected, `query_groups`: its BM25 term
        groups, `qv`: its vector) from the hits and timeline of `resp` (`known`: see `candidates`)."""
        cue = timeline_cue(query)
        kind = "timeline" if cue else "fact"
        if not resp.results and not resp.timeline:
            return Answer(kind=kind, message=NO_ANSWER)
        timeline = kind == "timeline"
        skip = set(self.analyzer.query_terms(cue.replace("…", " "))) if cue else set()
        groups = self.term_groups(lexical, query_groups, skip)
        scored = self.score(groups, qv, linked, self.candidates(resp, timeline, linked, known), timeline)
        if timeline and linked:  # a story about an entity: only what is about it (`entity_feature` > 0)
            scored = [s for s in scored if s.features["entity"] > 0 or s.features["words"] >= UNLINKED_WORDS]
        good = sorted((s for s in scored if s.score >= (TIMELINE_MIN if timeline else THRESHOLD)
                       and (timeline or s.features["cos"] >= FACT_MIN_COS)), key=lambda s: -s.score)
        if not good or good[0].score < THRESHOLD:
            return Answer(kind=kind, message=NO_ANSWER)
        if timeline:
            by_date: dict[str, list[Scored]] = {}
            for s in good:  # best first: each date's best, then (when strong) its second
                by_date.setdefault((s.date or "") if GROUP_BY == "date" else (s.date or "")[:4], []).append(s)
            firsts = [g[0] for g in by_date.values()]
            seconds = [x for g in by_date.values() if (x := next((y for y in g[1:] if _second(g[0], y)), None))]
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


def _second(first: Scored, s: Scored) -> bool:
    """Whether `s` may follow `first` as the second sentence of its date (SECOND_PER_DATE, SECOND_SAME_PASSAGE)."""
    return s.score >= SECOND_PER_DATE or (s.cand.row.id == first.cand.row.id and s.score >= SECOND_SAME_PASSAGE)


__all__ = ["NO_ANSWER", "THRESHOLD", "Answerer", "load_cues", "timeline_cue"]
