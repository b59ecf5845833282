"""A synthetic governance graph of about N triples, shaped like the one Styrgraf extracts, as N-Quads.

    python bench/synthetic_graph.py --triples 1000000 --out /tmp/syn-1m.nq

Each synthetic document is its own named graph (`graph/synthetic/<n>`) and holds what the extractor writes for a
document of its type, with the ontology's classes and properties (ontology/styrgraf.ttl) and the same shapes:
- every document: `sg:Document` with type, year, date, creator, and passages (`sg:Passage`: text, heading, ordinal,
  a position and a quote selector as blank nodes, `sg:mentions` of projects and organs, each with an `sg:Mention`);
- an återrapportering: uppdrag (`sg:Assignment`: number, year, text, assignedTo, issuedBy, contributesTo,
  concerns) and a status report on each (`sg:StatusReport` → a status of the thesaurus);
- a verksamhetsplan: effect goals (`sg:EffectGoal` partOf a perspective, with `sg:Indicator`s) and activities;
- a kallelse: a meeting (`sg:Meeting` heldBy an organ, dated), agenda items (concerning projects, presented
  by people), decisions (`sg:decidedAt`), and `sg:discussedAt` links from uppdrag of earlier years;
- every extracted resource: `prov:wasDerivedFrom` its passage and a qualified derivation with a selector.
Organs and projects (labels, types) are in `graph/synthetic/vocabulary`; their number grows with the graph, and
the real thesaurus's project `id:project/nara-vard` is among them, so the analyst queries find rows at every size.
Words for texts and labels come from the thesaurus's Swedish labels. Written streaming: memory stays flat.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.namespaces import BASE, GRAPH, ID, PREFIXES  # noqa: E402
from ontology import THESAURUS_PATH  # noqa: E402

DOC_TYPES = ("aterrapportering", "verksamhetsplan", "kallelse")
STATUSES = ("ej-paborjat", "startat", "pausat", "pagar", "genomfort", "flerarigt", "genomfort-for-aret", "ej-klart")
PERSPECTIVES = ("invanare-och-samhalle", "medarbetarperspektiv", "process", "ekonomi")
YEARS = range(2016, 2031)


def iri(prefix: str, local: str) -> str:
    return f"<{PREFIXES[prefix]}{local}>"


A = iri("rdf", "type")
XSD_INT, XSD_DATE = PREFIXES["xsd"] + "integer", PREFIXES["xsd"] + "date"


def lit(value: str, lang: str | None = "sv") -> str:
    return str(ox.Literal(value, language=lang)) if lang else str(ox.Literal(value))


def num(n: int) -> str:
    return f'"{n}"^^<{XSD_INT}>'


def thesaurus_words() -> list[str]:
    words = {w.strip(",.()").lower() for q in ox.parse(path=str(THESAURUS_PATH))
             if isinstance(q.object, ox.Literal) and q.object.language == "sv" for w in q.object.value.split()}
    return sorted(w for w in words if len(w) > 2 and w.isalpha())


class Writer:
    """Quads out, counted; blank-node labels unique over the file."""

    def __init__(self, out: TextIO, words: list[str], rng: random.Random) -> None:
        self.out, self.words, self.rng = out, words, rng
        self.n = 0
        self._bnodes = 0
        self.graph = ""

    def q(self, s: str, p: str, o: str) -> None:
        self.out.write(f"{s} {p} {o} {self.graph} .\n")
        self.n += 1

    def bnode(self) -> str:
        self._bnodes += 1
        return f"_:b{self._bnodes}"

    def text(self, lo: int, hi: int) -> str:
        return " ".join(self.rng.choice(self.words) for _ in range(self.rng.randint(lo, hi))).capitalize()

    def selector(self, node: str, start: int, end: int) -> None:
        sel = self.bnode()
        self.q(node, iri("oa", "hasSelector"), sel)
        self.q(sel, A, iri("oa", "TextPositionSelector"))
        self.q(sel, iri("oa", "start"), num(start))
        self.q(sel, iri("oa", "end"), num(end))

    def derived(self, node: str, passage: str, start: int) -> None:
        self.q(node, iri("prov", "wasDerivedFrom"), passage)
        d = self.bnode()
        self.q(node, iri("prov", "qualifiedDerivation"), d)
        self.q(d, A, iri("prov", "Derivation"))
        self.q(d, iri("prov", "entity"), passage)
        self.selector(d, start, start + 80)


class Graph:
    """The synthetic graph's entities (indices into growing pools) and one document after another."""

    def __init__(self, w: Writer, target: int) -> None:
        self.w, self.rng = w, w.rng
        docs = max(target // 900, 3)  # a document with its passages and facts is about 900 triples
        self.organs = max(20, docs // 40)
        self.projects = max(30, docs // 15)
        self.people = max(40, docs // 10)
        self.years: list[int] = []  # of each document so far (about 11k at 10M triples)

    def organ(self, i: int | None = None) -> str:
        return f"<{ID}organ/syn-{self.rng.randrange(self.organs) if i is None else i}>"

    def project(self) -> str:
        i = self.rng.randrange(self.projects)
        return f"<{ID}project/nara-vard>" if i == 0 else f"<{ID}project/syn-{i}>"

    def date(self, year: int) -> str:
        return f'"{year}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"^^<{XSD_DATE}>'

    def vocabulary(self) -> None:
        w = self.w
        w.graph = f"<{GRAPH}synthetic/vocabulary>"
        for i in range(self.organs):
            o = self.organ(i)
            w.q(o, A, iri("sg", ("Board", "Committee", "ManagementGroup", "Administration")[i % 4]))
            w.q(o, iri("skos", "prefLabel"), lit(f"{w.text(2, 4)} {i}"))
        for i in range(1, self.projects):
            p = f"<{ID}project/syn-{i}>"
            w.q(p, A, iri("sg", "Project"))
            w.q(p, iri("skos", "prefLabel"), lit(f"{w.text(1, 3)} {i}"))

    def document(self, k: int) -> None:
        w, rng = self.w, self.rng
        kind, year = DOC_TYPES[k % 3], rng.choice(YEARS)
        self.years.append(year)
        w.graph = f"<{GRAPH}synthetic/{k}>"
        doc = f"<{ID}document/syn-{k}>"
        w.q(doc, A, iri("sg", "Document"))
        w.q(doc, iri("dcterms", "title"), lit(f"{kind.capitalize()} {year}, {w.text(2, 5)}"))
        w.q(doc, iri("dcterms", "type"), f"<{ID}doctype/{kind}>")
        w.q(doc, iri("sg", "year"), num(year))
        w.q(doc, iri("dcterms", "date"), self.date(year))
        w.q(doc, iri("dcterms", "creator"), self.organ())
        passages = [self.passage(doc, k, i) for i in range(rng.randint(12, 24))]
        getattr(self, kind)(k, year, passages)

    def passage(self, doc: str, k: int, i: int) -> str:
        w = self.w
        p = f"<{ID}passage/syn-{k}.{i}>"
        text = w.text(20, 60)
        w.q(doc, iri("sg", "hasPassage"), p)
        w.q(p, A, iri("sg", "Passage"))
        w.q(p, iri("dcterms", "isPartOf"), doc)
        w.q(p, iri("oa", "hasSource"), doc)
        w.q(p, iri("sg", "text"), lit(text, None))
        w.q(p, iri("sg", "heading"), lit(f"Nr {i + 1}.", None))
        w.q(p, iri("sg", "ordinal"), num(i))
        w.selector(p, i * 400, i * 400 + len(text))
        quote = w.bnode()
        w.q(p, iri("oa", "hasSelector"), quote)
        w.q(quote, A, iri("oa", "TextQuoteSelector"))
        w.q(quote, iri("oa", "exact"), lit(text[:120], None))
        for j in range(self.rng.randint(1, 3)):
            concept = self.project() if j % 2 == 0 else self.organ()
            w.q(p, iri("sg", "mentions"), concept)
            m = f"<{ID}mention/syn-{k}.{i}.{j}>"
            w.q(m, A, iri("sg", "Mention"))
            w.q(m, iri("sg", "inPassage"), p)
            w.q(m, iri("sg", "mentionOf"), concept)
            w.q(m, iri("oa", "start"), num(10 * j))
            w.q(m, iri("oa", "end"), num(10 * j + 8))
            w.q(m, iri("oa", "exact"), lit(w.text(1, 2), None))
        return p

    def aterrapportering(self, k: int, year: int, passages: list[str]) -> None:
        w, rng = self.w, self.rng
        for i, p in enumerate(passages):
            a = f"<{ID}assignment/{year}/syn-{k}-{i}>"
            w.q(a, A, iri("sg", "Assignment"))
            w.q(a, iri("sg", "number"), lit(str(i + 1), None))
            w.q(a, iri("sg", "year"), num(year))
            w.q(a, iri("sg", "text"), lit(w.text(8, 25)))
            w.q(a, iri("sg", "assignedTo"), self.organ())
            w.q(a, iri("sg", "issuedBy"), self.organ())
            w.q(a, iri("sg", "concerns"), self.project())
            w.q(a, iri("sg", "contributesTo"), f"<{ID}effect-goal/syn-{rng.randrange(1 + k // 3)}-0>")
            w.derived(a, p, 0)
            r = f"<{ID}status-report/{year}/syn-{k}-{i}>"
            w.q(r, A, iri("sg", "StatusReport"))
            w.q(r, iri("sg", "reportsOn"), a)
            w.q(r, iri("sg", "year"), num(year))
            w.q(r, iri("sg", "status"), f"<{ID}status/{rng.choice(STATUSES)}>")
            w.q(r, iri("sg", "statusText"), lit(w.text(6, 15)))
            w.q(r, iri("sg", "reportedIn"), f"<{ID}document/syn-{k}>")
            w.derived(r, p, 100)

    def verksamhetsplan(self, k: int, year: int, passages: list[str]) -> None:
        w, rng = self.w, self.rng
        for g in range(max(len(passages) // 4, 1)):
            goal = f"<{ID}effect-goal/syn-{k // 3}-{g}>"
            w.q(goal, A, iri("sg", "EffectGoal"))
            w.q(goal, iri("skos", "prefLabel"), lit(w.text(4, 10)))
            w.q(goal, iri("sg", "number"), lit(f"{g + 1}.{rng.randint(1, 5)}", None))
            w.q(goal, iri("sg", "year"), num(year))
            w.q(goal, iri("sg", "partOf"), f"<{ID}perspective/{rng.choice(PERSPECTIVES)}>")
            w.derived(goal, passages[g], 0)
            for j in range(3):
                ind = f"<{ID}indicator/{year}/syn-{k}-{g}-{j}>"
                w.q(goal, iri("sg", "hasIndicator"), ind)
                w.q(ind, A, iri("sg", "Indicator"))
                w.q(ind, iri("sg", "partOf"), goal)
                w.q(ind, iri("sg", "text"), lit(w.text(5, 12)))
                w.q(ind, iri("sg", "ordinal"), num(j))
            act = f"<{ID}activity/{year}/syn-{k}-{g}>"
            w.q(act, A, iri("sg", "Activity"))
            w.q(act, iri("skos", "prefLabel"), lit(w.text(3, 8)))
            w.q(act, iri("sg", "assignedTo"), self.organ())
            w.q(act, iri("sg", "contributesTo"), goal)
            w.q(act, iri("sg", "year"), num(year))
            w.derived(act, passages[g], 200)

    def kallelse(self, k: int, year: int, passages: list[str]) -> None:
        w, rng = self.w, self.rng
        meeting = f"<{ID}meeting/syn-{k}>"
        w.q(meeting, A, iri("sg", "Meeting"))
        w.q(meeting, iri("dcterms", "date"), self.date(year))
        w.q(meeting, iri("sg", "heldBy"), self.organ())
        w.q(meeting, iri("rdfs", "label"), lit(f"Sammanträde {k}"))
        w.derived(meeting, passages[0], 0)
        for i, p in enumerate(passages[1:], 1):
            item = f"<{ID}agenda-item/syn-{k}-{i}>"
            w.q(item, A, iri("sg", "AgendaItem"))
            w.q(item, iri("sg", "partOf"), meeting)
            w.q(item, iri("dcterms", "title"), lit(w.text(2, 6)))
            w.q(item, iri("sg", "number"), lit(str(i), None))
            w.q(item, iri("sg", "concerns"), self.project())
            w.q(item, iri("sg", "presenter"), f"<{ID}person/syn-{rng.randrange(self.people)}>")
            w.derived(item, p, 0)
            if i % 3 == 0:
                d = f"<{ID}decision/syn-{k}-{i}>"
                w.q(d, A, iri("sg", "Decision"))
                w.q(d, iri("sg", "partOf"), item)
                w.q(d, iri("sg", "decidedAt"), meeting)
                w.q(d, iri("sg", "text"), lit("att " + w.text(6, 14).lower()))
                w.derived(d, p, 50)
            if i % 4 == 0 and k >= 3:
                j = rng.randrange(k // 3) * 3  # an earlier återrapportering and its first uppdrag
                earlier = f"<{ID}assignment/{self.years[j]}/syn-{j}-0>"
                w.q(earlier, iri("sg", "discussedAt"), meeting)


def generate(out: TextIO, target: int, seed: int = 1) -> Iterator[int]:
    """Write about `target` quads (whole documents: a little over); yields the count after each document."""
    w = Writer(out, thesaurus_words(), random.Random(seed))
    g = Graph(w, target)
    g.vocabulary()
    k = 0
    while w.n < target:
        g.document(k)
        k += 1
        yield w.n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=float, default=1e6, help="about this many quads (e.g. 1e6, 1e7)")
    ap.add_argument("--out", type=Path, required=True, help="N-Quads file to write")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    t0, last = time.monotonic(), 0.0
    n = 0
    with args.out.open("w", encoding="utf-8", buffering=1 << 20) as f:
        for n in generate(f, int(args.triples), args.seed):
            if time.monotonic() - last > 5:
                last = time.monotonic()
                print(f"{n:,} quads, {time.monotonic() - t0:.0f} s", file=sys.stderr)
    print(f"{n:,} quads in {args.out} ({args.out.stat().st_size >> 20} MiB, {time.monotonic() - t0:.0f} s);"
          f" IRIs under {BASE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
