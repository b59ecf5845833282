"""Minting of resource IRIs (the patterns in docs/ARCHITECTURE.md, "IRI patterns").

Every helper returns an `rdflib.URIRef` in the `ID` namespace. Identity is stable across rebuilds:
the same input always gives the same IRI, so re-extracting a document never creates duplicates.
"""

from __future__ import annotations

import hashlib
import re

from rdflib import URIRef

from corpus.slug import slugify
from graph.namespaces import ID


def normalise_text(text: str) -> str:
    """Whitespace-collapsed, lower-cased text: the input of `text_hash` (layout changes keep the hash)."""
    return re.sub(r"\s+", " ", text).strip().lower()


def text_hash(text: str, length: int = 8) -> str:
    """First `length` hex digits of sha256 of the normalised text (unnumbered assignments)."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:length]


def _iri(*parts: str | int) -> URIRef:
    return URIRef(ID + "/".join(str(p) for p in parts))


def document_iri(doc_id: str) -> URIRef:
    return _iri("document", doc_id)


def passage_iri(passage_id: str) -> URIRef:
    return _iri("passage", passage_id)


def mention_iri(passage_id: str, start: int) -> URIRef:
    return _iri("mention", passage_id, start)


def assignment_local(year: int, number: str | None = None, series: str = "nr", text: str = "") -> str:
    """`<year>/<series>-<number>` ("2025/nr-8", "2025/ber-nr-1"), or `<year>/u-<hash8>` if unnumbered."""
    if number:
        return f"{year}/{slugify(series)}-{slugify(number)}"
    return f"{year}/u-{text_hash(text)}"


def assignment_iri(year: int, number: str | None = None, series: str = "nr", text: str = "") -> URIRef:
    return _iri("assignment", assignment_local(year, number, series, text))


def status_report_iri(doc_id: str, assignment_local_part: str) -> URIRef:
    return _iri("status-report", doc_id, assignment_local_part)


def meeting_local(organ_name_or_slug: str, date: str) -> str:
    return f"{slugify(organ_name_or_slug)}/{date}"


def meeting_iri(organ_name_or_slug: str, date: str) -> URIRef:
    """`id/meeting/<organ-slug>/<YYYY-MM-DD>`."""
    return _iri("meeting", meeting_local(organ_name_or_slug, date))


def agenda_item_iri(meeting_local_part: str, n: str | int) -> URIRef:
    return _iri("agenda-item", meeting_local_part, slugify(str(n)))


def decision_iri(local_part: str) -> URIRef:
    return _iri("decision", local_part)


def vision_iri(slug: str = "malbild-2030") -> URIRef:
    return _iri("vision", slug)


def perspective_iri(label: str) -> URIRef:
    return _iri("perspective", slugify(label))


def vision_statement_iri(label: str) -> URIRef:
    return _iri("vision-statement", slugify(label))


def effect_goal_iri(year: int, n: str | int) -> URIRef:
    return _iri("effect-goal", year, n)


def indicator_iri(year: int, goal_n: str | int, k: str | int) -> URIRef:
    return _iri("indicator", year, goal_n, k)


def activity_iri(doc_id: str, label: str) -> URIRef:
    return _iri("activity", doc_id, slugify(label))


def person_iri(name: str) -> URIRef:
    return _iri("person", slugify(name))


def project_iri(name: str) -> URIRef:
    return _iri("project", slugify(name))


def organ_iri(name: str) -> URIRef:
    return _iri("organ", slugify(name))


def organisation_iri(name: str) -> URIRef:
    """`id/organ/<slug>`: a region or municipality ("Region Örebro län" → id/organ/region-orebro-lan, the
    thesaurus's own IRI of it), never scoped: it is what its organs are scoped by."""
    return organ_iri(name)


#: the kinds of resource that are local to one organisation: two regions' Regionstyrelsen, their meetings,
#: agenda items, decisions and uppdrag Nr 8 of 2024 are different resources, and so are their plans'
#: effektmål 1 of 2025 and its indicators
SCOPED_KINDS = ("organ", "meeting", "agenda-item", "decision", "assignment", "effect-goal", "indicator")


def scoped_iri(iri: str, organisation_slug: str) -> URIRef:
    """`id/<kind>/<rest>` → `id/<kind>/<organisation>/<rest>` for a kind in `SCOPED_KINDS`; else unchanged."""
    kind, sep, rest = iri[len(ID):].partition("/") if iri.startswith(ID) else ("", "", "")
    if kind in SCOPED_KINDS and sep and rest and not rest.startswith(organisation_slug + "/"):
        return _iri(kind, organisation_slug, rest)
    return URIRef(iri)


def unscoped_iri(iri: str, organisation_slug: str) -> URIRef:
    """The inverse of `scoped_iri`: the IRI without its organisation segment (gold facts are per document)."""
    kind, _sep, rest = iri[len(ID):].partition("/") if iri.startswith(ID) else ("", "", "")
    if kind in SCOPED_KINDS and rest.startswith(organisation_slug + "/"):
        return _iri(kind, rest[len(organisation_slug) + 1:])
    return URIRef(iri)


def concept_iri(name: str) -> URIRef:
    return _iri("concept", slugify(name))


def status_iri(notation: str) -> URIRef:
    return _iri("status", notation)


def doctype_iri(doc_type: str) -> URIRef:
    return _iri("doctype", doc_type)


__all__ = [
    "SCOPED_KINDS", "activity_iri", "agenda_item_iri", "assignment_iri", "assignment_local", "concept_iri",
    "decision_iri", "doctype_iri", "document_iri", "effect_goal_iri", "indicator_iri", "meeting_iri",
    "meeting_local", "mention_iri", "normalise_text", "organ_iri", "organisation_iri", "passage_iri", "person_iri",
    "perspective_iri", "project_iri", "scoped_iri", "slugify", "status_iri", "status_report_iri", "text_hash",
    "unscoped_iri", "vision_iri", "vision_statement_iri",
]
