"""The extraction context: one document, its normalised view, the thesaurus, the output graph and the
helpers every extractor shares (provenance, organ resolution, document-level year/organ inference)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV, XSD

from corpus.model import Document, Passage
from graph import iri as I
from graph.extract.status import read_legend
from graph.extract.text import NText, clean, header_date
from graph.namespaces import ID, OA, SG


class MentionLike(Protocol):
    concept_iri: str
    start: int
    end: int
    surface: str


class ThesaurusLike(Protocol):
    """What the extractors need from `graph.thesaurus.Thesaurus`."""

    concepts: dict[str, Any]

    def find_mentions(self, text: str) -> list[Any]: ...

    def by_label(self, label: str) -> Any: ...


class EmptyThesaurus:
    """Stand-in when no thesaurus is available: nothing is linked, organs are minted from names."""

    concepts: dict[str, Any] = {}  # noqa: RUF012

    def find_mentions(self, text: str) -> list[Any]:
        return []

    def by_label(self, label: str) -> Any:
        return None


ORGAN_TYPES = {str(SG.Organ), str(SG.Board), str(SG.Committee), str(SG.ManagementGroup), str(SG.Administration)}
# Generic references to "the organ this document is about": "Beredningen fick ...", "Chefsgruppen beslutar"
GENERIC_SELF = re.compile(r"\b(?:beredningen|beredningens|nämnden|nämndens|chefsgruppen|styrgruppen|"
                          r"ledningsgruppen|gruppen)\b", re.IGNORECASE)
ALL_COMMITTEES = re.compile(r"\b(?:(?:hälso-\s*och\s*sjukvårdsnämndens\s+)?beredningar(?:na)?|"
                            r"beredningarna)\b(?!\s+för)", re.IGNORECASE)
_YEAR_CUE = re.compile(
    # "uppdrag för 2021", "uppdrag från X 2020", "uppdrag i Mål och budget 2023"; never a date ("uppdrag\n2024-02-14")
    r"\buppdrag(?:en)?\s+(?:(?:för|från|i)\s+(?:[^.\n]|\n(?!\n)){0,80}?)?(?:år\s+)?(?P<y1>(?:19|20)\d\d)\b(?!-\d)"
    r"|\bverksamhetsplan(?:en)?\s+(?:med\s+budget\s+)?(?:för\s+)?(?:år\s+)?(?P<y2>(?:19|20)\d\d)\b",
    re.IGNORECASE)


@dataclass
class Ctx:
    doc: Document
    thesaurus: ThesaurusLike
    g: Graph
    nt: NText = field(init=False)
    mentions: list[Any] = field(init=False)
    _pstarts: list[int] = field(init=False)
    _passages: list[Passage] = field(init=False)
    _year_cues: list[tuple[int, int, str | None]] = field(init=False)
    doc_iri: URIRef = field(init=False)

    def __post_init__(self) -> None:
        self.nt = NText.of(self.doc.text)
        self._passages = sorted(self.doc.passages, key=lambda p: (p.start, p.end))
        self._pstarts = [p.start for p in self._passages]
        self.mentions = sorted(self.thesaurus.find_mentions(self.doc.text), key=lambda m: (m.start, m.end))
        self._mstarts = [m.start for m in self.mentions]
        self.doc_iri = I.document_iri(self.doc.id)
        self._year_cues = self._find_year_cues()
        self.organ = self._doc_organ()

    @cached_property
    def status_legend(self) -> dict[str, str]:
        """The document's status legend ("Grön = genomfört": key → wording), read once per document."""
        return read_legend(self.nt.s)

    # ---- spans, passages, provenance --------------------------------------------------------------
    def passage_at(self, start: int, end: int) -> Passage | None:
        """The passage whose span contains [start, end); else the one overlapping it most."""
        i = bisect.bisect_right(self._pstarts, start) - 1
        if i >= 0 and self._passages[i].end >= end:
            return self._passages[i]
        best, best_ov = None, 0
        j = max(i, 0)
        while j < len(self._passages) and self._passages[j].start < end:
            p = self._passages[j]
            ov = min(p.end, end) - max(p.start, start)
            if ov > best_ov:
                best, best_ov = p, ov
            j += 1
        return best

    def prov(self, node: URIRef, vstart: int, vend: int) -> None:
        """prov:wasDerivedFrom + qualified derivation with a TextPositionSelector (view span → text span)."""
        start, end = self.nt.span(vstart, vend)
        self.prov_orig(node, start, end)

    def prov_orig(self, node: URIRef, start: int, end: int) -> None:
        p = self.passage_at(start, end)
        src = I.passage_iri(p.id) if p is not None else self.doc_iri
        g = self.g
        g.add((node, PROV.wasDerivedFrom, src))
        d = BNode()
        sel = BNode()
        g.add((node, PROV.qualifiedDerivation, d))
        g.add((d, RDF.type, PROV.Derivation))
        g.add((d, PROV.entity, src))
        g.add((d, OA.hasSelector, sel))
        g.add((sel, RDF.type, OA.TextPositionSelector))
        g.add((sel, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
        g.add((sel, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))

    def text(self, vstart: int, vend: int) -> str:
        return clean(self.nt.s[vstart:vend])

    # ---- thesaurus ----------------------------------------------------------------------------------
    def mentions_in(self, vstart: int, vend: int) -> list[Any]:
        """Thesaurus mentions inside a view span (matched once on the whole document text)."""
        start, end = self.nt.span(vstart, vend)
        i = bisect.bisect_left(self._mstarts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def is_organ(self, iri: str) -> bool:
        c = self.thesaurus.concepts.get(iri)
        if c is not None and ORGAN_TYPES.intersection(getattr(c, "types", [])):
            return True
        return "/id/organ/" in iri

    def is_committee(self, iri: str) -> bool:
        c = self.thesaurus.concepts.get(iri)
        if c is not None and str(SG.Committee) in getattr(c, "types", []):
            return True
        return "/id/organ/beredning" in iri

    def is_board(self, iri: str) -> bool:
        c = self.thesaurus.concepts.get(iri)
        if c is not None and str(SG.Board) in getattr(c, "types", []):
            return True
        return bool(re.search(r"/id/organ/[^/]*(namnd|fullmaktige|styrelse)", iri))

    def organs_in(self, vstart: int, vend: int) -> list[str]:
        seen: list[str] = []
        for m in self.mentions_in(vstart, vend):
            if self.is_organ(m.concept_iri) and m.concept_iri not in seen:
                seen.append(m.concept_iri)
        return seen

    def topics_in(self, vstart: int, vend: int) -> list[str]:
        """Non-organ concepts (projects, programmes, topics) mentioned in a view span."""
        seen: list[str] = []
        for m in self.mentions_in(vstart, vend):
            if not self.is_organ(m.concept_iri) and m.concept_iri not in seen:
                seen.append(m.concept_iri)
        return seen

    def committees(self) -> list[str]:
        """'Hälso- och sjukvårdsnämndens beredningar': the committees this document mentions (+ its own)."""
        out = sorted({m.concept_iri for m in self.mentions if self.is_committee(m.concept_iri)})
        if self.organ and self.is_committee(self.organ) and self.organ not in out:
            out.append(self.organ)
        return sorted(out)

    def resolve_organs(self, vstart: int, vend: int) -> list[str]:
        """Organs named in a subject phrase; generic self-references resolve to the document's organ,
        'beredningarna' to every committee."""
        phrase = self.nt.s[vstart:vend]
        if ALL_COMMITTEES.search(phrase):
            return self.committees()
        ms = [m for m in self.mentions_in(vstart, vend) if self.is_organ(m.concept_iri)]
        found: list[str] = []
        for i, m in enumerate(ms):
            # "Hälso- och sjukvårdsnämndens beredning för psykiatri": the genitive owner is not the subject
            if (i + 1 < len(ms) and m.surface.endswith("s") and ms[i + 1].start - m.end <= 3):
                continue
            if m.concept_iri not in found:
                found.append(str(m.concept_iri))
        if not found and GENERIC_SELF.search(phrase) and self.organ:
            return [self.organ]
        return found

    # ---- document-level inference -------------------------------------------------------------------
    def _doc_organ(self) -> str | None:
        if self.doc.organ:
            c = self.thesaurus.by_label(self.doc.organ)
            if c is not None:
                return str(c.iri)
            return str(I.organ_iri(self.doc.organ))
        s = self.nt.s
        for pat in (r"Sammanträde med:\s*(?P<o>[^\n]+)", r"Minnesanteckningar\s+(?P<o>[^\n]+(?:\n[a-zåäö][^\n]*)?)",
                    r"\bOrgan\s*\n(?P<o>[^\n]+)"):
            m = re.search(pat, s[:3000])
            if m:
                orgs = self.organs_in(m.start("o"), m.end("o"))
                if orgs:
                    return orgs[0]
        for m in self.mentions:
            if m.start > 1500:
                break
            if self.is_organ(m.concept_iri):
                return str(m.concept_iri)
        return None

    def _find_year_cues(self) -> list[tuple[int, int, str | None]]:
        """(view position, year, issuing board) of statements like 'verksamhetsplan med budget för 2025',
        'uppdrag för 2021', 'Uppdrag från hälso- och sjukvårdsnämnden 2020'. Inspel to a coming plan is no cue."""
        out: list[tuple[int, int, str | None]] = []
        s = self.nt.s
        for m in _YEAR_CUE.finditer(s):
            y = int(m["y1"] or m["y2"])
            a = max(s.rfind(". ", 0, m.start()), s.rfind("\n\n", 0, m.start()), s.rfind(":", 0, m.start()), 0)
            a = max(a, m.start() - 250)
            sent = s[a:m.end()]
            if re.search(r"\b(inspel|inför)\b", sent, re.IGNORECASE):
                continue
            tail = s[m.end():m.end() + 100]
            stop = min([i for i in (tail.find(". "), tail.find("\n\n")) if i >= 0], default=len(tail))
            boards = [o for o in self.organs_in(a, m.end() + stop) if self.is_board(o)]
            out.append((m.start(), y, boards[0] if boards else None))
        return out

    def year_at(self, vpos: int) -> int | None:
        """The year in force at a view position: nearest preceding cue, else the document's year."""
        best = None
        for pos, y, _b in self._year_cues:
            if pos <= vpos:
                best = y
        if best is not None:
            return best
        return self.doc_year()

    def issuer_at(self, vpos: int) -> str | None:
        best = None
        for pos, _y, b in self._year_cues:
            if pos <= vpos and b:
                best = b
        if best is None:
            for _pos, _y, b in self._year_cues:
                if b:
                    return b
        return best

    def doc_year(self) -> int | None:
        if self.doc.year:
            return self.doc.year
        if self._year_cues:
            return self._year_cues[0][1]
        d = self.doc_date()
        return int(d[:4]) if d else None

    def doc_date(self) -> str | None:
        if self.doc.date:
            return self.doc.date
        hm = header_date(self.nt.s)
        return hm[0] if hm else None

    # ---- graph helpers --------------------------------------------------------------------------------
    def add(self, s: URIRef, p: URIRef, o: Any) -> None:
        self.g.add((s, p, o))

    def label(self, s: URIRef, text: str) -> None:
        self.g.add((s, RDFS.label, Literal(text, lang="sv")))


def year_lit(y: int) -> Literal:
    return Literal(y, datatype=XSD.integer)


def str_lit(s: str) -> Literal:
    return Literal(s)


def sv(s: str) -> Literal:
    return Literal(s, lang="sv")


__all__ = ["ID", "Ctx", "EmptyThesaurus", "ThesaurusLike", "str_lit", "sv", "year_lit"]
