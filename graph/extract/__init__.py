"""Rule-based extraction of Styrgraf facts from one document, one module per fact family:

* `documents`   – sg:Document, sg:Passage (+ selectors), sg:Mention / sg:mentions
* `assignments` – sg:Assignment, sg:StatusReport (status phrases in `status_phrases.tsv`)
* `goals`       – sg:EffectGoal, sg:Indicator, sg:Activity, sg:Perspective, sg:Vision, sg:VisionStatement
* `meetings`    – sg:Meeting (headers, sentences, schedules) and sg:discussedAt
* `agenda`      – sg:AgendaItem, sg:Person (presenters), sg:Decision (wordings in `minutes`)
* `members`     – the members of a protokoll's meeting with roles and party (schema:Role)
* `candidates`  – acronyms defined in the text but unknown to the thesaurus, as candidate concepts

All rules read `Document.text` (through the normalised view in `text.NText`) and record provenance to
the passage whose span contains the fact, so a different segmentation only changes provenance links.
"""

from __future__ import annotations

from rdflib import Graph

from corpus.model import Document
from graph.extract import agenda, assignments, candidates, documents, goals, meetings, members
from graph.extract.context import Ctx, EmptyThesaurus, ThesaurusLike


def extract_document(doc: Document, thesaurus: ThesaurusLike | None, graph: Graph | None = None) -> Graph:
    """All facts of one document, added to `graph` (a new Graph if None)."""
    g = graph if graph is not None else Graph()
    ctx = Ctx(doc, thesaurus if thesaurus is not None else EmptyThesaurus(), g)
    documents.extract(ctx)
    goals.extract(ctx)
    occs = assignments.extract(ctx)
    meetings.extract(ctx, occs)
    agenda.extract(ctx)
    members.extract(ctx)
    candidates.extract(ctx)
    return g


__all__ = ["Ctx", "EmptyThesaurus", "ThesaurusLike", "extract_document"]
