"""The corpus data model: what every later stage (graph, search, api) reads.

A `Document` is one source file after cleaning; its `text` is the cleaned text that every
character span in Styrgraf refers to. A `Passage` is a structural unit of that text (an uppdrag,
an effektmål block, an agenda item, a section of a few paragraphs).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

#: Document types, as SKOS notations in ontology/thesaurus.ttl (styrgraf doctype scheme).
DOC_TYPES = (
    "aterrapportering",   # återrapportering / redovisning av uppdrag
    "verksamhetsplan",    # verksamhetsplan, aktivitetsplan på områdesnivå, uppföljning
    "aktivitetsplan",     # a beredning's aktivitetsplan
    "kallelse",           # kallelse with its attachments (föredragnings-PM, bilagor)
    "minnesanteckningar", # minnesanteckningar / protokoll
    "malbild",            # visionsdokument (Målbild 2030)
    "ovrigt",
)


def content_hash(text: str) -> str:
    """sha256 of the passage text: part of the passage id. (The embedding cache keys on the hash of the exact
    string embedded, the text with its document/heading context; see search/index.py.)"""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Passage:
    id: str            # stable: f"{doc_id}.{content_hash[:12]}" (+ "-2", "-3" for repeats within a doc)
    doc_id: str
    ordinal: int       # 0-based position in the document
    start: int         # character span in Document.text: text == doc.text[start:end]
    end: int
    text: str
    heading: str = ""  # the structural label: "Nr 8.", "Ber nr 1.", "3.1.2 ...", "Effektmål 8", "§ 4 ..."
    kind: str = "section"  # uppdrag | effektmal | agenda | heading | section | list | table
    content_hash: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Passage:
        return cls(**d)


@dataclass
class Document:
    id: str                    # slug, e.g. "2025-aterrapportering-beredning-psykiatri"
    title: str
    doc_type: str              # one of DOC_TYPES
    text: str                  # cleaned text; all spans refer to it
    organ: str | None = None   # name of the issuing/holding organ as written, e.g. "Beredning för psykiatri"
    date: str | None = None    # ISO date (YYYY-MM-DD) the document states (sammanträdesdatum, mötesdatum)
    year: int | None = None    # the year the document is about (verksamhetsplan/uppdrag year)
    dnr: list[str] = field(default_factory=list)  # diarienummer, e.g. ["20RS10323"]
    source: str = ""           # original file name or URL
    source_sha256: str = ""    # hash of the source bytes (detects the same document ingested twice)
    passages: list[Passage] = field(default_factory=list)
    # the publishing region or municipality as written ("Ekby kommun"); None: the text names none
    organisation: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["passages"] = [p.to_dict() for p in self.passages]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        d = dict(d)
        d["passages"] = [Passage.from_dict(p) for p in d.get("passages", [])]
        return cls(**d)
