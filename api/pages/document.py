"""Documents: `/dokument` (all documents) and `/dokument/{id}` (the cleaned text as passages, with anchors
`#passage-<id>` and the entities each passage mentions in a margin column). `?markera=START-END` highlights
that character span of Document.text (the sentence an answer cites)."""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from api.deps import SnapshotDep
from api.iris import check_segment
from api.pages._common import (
    ID_BASE,
    doc_type_label,
    document_href,
    entity_view,
    passage_anchor,
    render,
)
from api.pages.errors import error_page
from corpus.errors import QueryError, StyrgrafError
from corpus.model import Document
from graph.store import GraphStore, select
from graph.terms import resource_type

log = logging.getLogger(__name__)
_NUMBERED_TITLE = re.compile(r"\d+(?:\.\d+)*\.?\s+[A-ZÅÄÖ][^.:]{1,70}")
router = APIRouter()

#: Resources read from a passage that deserve a chip beside it (besides the concepts it mentions).
DERIVED_TYPES = ("Assignment", "EffectGoal", "Activity", "Indicator", "Meeting", "AgendaItem", "Decision",
                 "VisionStatement", "Perspective")

MENTIONS_QUERY = """
SELECT ?p ?e ?label ?type ?how WHERE {
  { ?p dcterms:isPartOf ?doc ; sg:mentions ?e . BIND("mentions" AS ?how) }
  UNION
  { ?p dcterms:isPartOf ?doc . ?e prov:wasDerivedFrom ?p . BIND("derived" AS ?how) }
  OPTIONAL { ?e skos:prefLabel ?label }
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e a ?type }
}
"""


def passage_entities(store: GraphStore, doc_id: str) -> dict[str, list[dict[str, Any]]]:
    """passage id → entity chips (derived resources first, then mentioned concepts)."""
    try:
        rows = select(store, MENTIONS_QUERY, doc=ID_BASE + "document/" + doc_id)
    except Exception:  # a page without chips is better than no page
        log.exception("entity chips for %s failed", doc_id)
        return {}
    labels: dict[str, str] = {}
    types: dict[str, set[str]] = defaultdict(set)
    per_passage: dict[str, dict[str, str]] = defaultdict(dict)
    for r in rows:
        p, e = str(r.get("p") or ""), str(r.get("e") or "")
        if not p.startswith(ID_BASE + "passage/") or not e.startswith(ID_BASE):
            continue
        if r.get("label") and (e not in labels or len(str(r["label"])) < len(labels[e])):
            labels[e] = str(r["label"])
        if r.get("type"):
            types[e].add(str(r["type"]))
        how = str(r.get("how"))
        pid = p[len(ID_BASE + "passage/"):]
        if per_passage[pid].get(e) != "derived":
            per_passage[pid][e] = how
    out: dict[str, list[dict[str, Any]]] = {}
    for pid, ents in per_passage.items():
        chips = []
        for e, how in ents.items():
            t = resource_type(e, types.get(e, ()))
            if how == "derived" and t not in DERIVED_TYPES:
                continue
            if any(e.startswith(ID_BASE + x) for x in ("passage/", "mention/", "document/", "status-report/")):
                continue
            chip = entity_view(e, labels.get(e), t)
            chip["derived"] = how == "derived"
            chips.append(chip)
        chips.sort(key=lambda c: (not c["derived"], c["label"].lower()))
        out[pid] = chips
    return out


def _doc_summary(d: Document) -> dict[str, Any]:
    return {
        "id": d.id,
        "title": d.title,
        "type": doc_type_label(d.doc_type),
        "type_key": d.doc_type,
        "organ": d.organ or "",
        "date": d.date or "",
        "year": d.year,
        "passages": len(d.passages),
        "href": document_href(d.id),
    }


@router.get("/dokument", response_class=HTMLResponse, include_in_schema=False)
def documents_page(request: Request, snap: SnapshotDep) -> HTMLResponse:
    docs = [_doc_summary(d) for d in snap.documents.values()]
    docs.sort(key=lambda d: (str(d["date"] or d["year"] or ""), d["title"]), reverse=True)
    return render(request, "documents.html", {"nav": "dokument", "documents": docs})


@router.get("/dokument/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
def document_page(request: Request, doc_id: str, snap: SnapshotDep, markera: str | None = None) -> HTMLResponse:
    check_segment(doc_id, "dokumentets id")  # 400 for characters no id holds, before the store sees it
    try:
        doc = snap.document(doc_id)
        mark = parse_span(markera, len(doc.text))
    except StyrgrafError as e:
        return error_page(request, e)
    chips = passage_entities(snap.store, doc.id)
    passages = []
    for p in sorted(doc.passages, key=lambda p: p.ordinal):
        text = p.text
        heading = p.heading.strip() if p.heading else ""
        first_line, _, rest = text.lstrip().partition("\n")
        if heading and first_line.strip() == heading and rest.strip():
            text = rest.lstrip("\n")           # the heading line is shown as the heading
        elif not heading and rest.strip() and _NUMBERED_TITLE.fullmatch(first_line.strip()):
            heading, text = first_line.strip(), rest.lstrip("\n")   # a numbered title line ("3. Avslutning")
        elif heading and text.lstrip().startswith(heading):
            heading = ""
        passages.append({
            "id": p.id,
            "anchor": "passage-" + passage_anchor(p.id),
            "heading": heading,
            # `text` is a suffix of p.text (a heading line taken off the front): offsets shift by the cut
            "text": mark_span(text, p.start + len(p.text) - len(text), mark) if mark else text,
            "marked": bool(mark and p.start <= mark[0] < p.end),
            "kind": p.kind,
            "entities": chips.get(p.id, []),
        })
    return render(request, "document.html", {
        "nav": "dokument",
        "doc": _doc_summary(doc),
        "dnr": doc.dnr,
        "source": doc.source,
        "passages": passages,
    })


def parse_span(value: str | None, limit: int) -> tuple[int, int] | None:
    """`markera=START-END` (character offsets in Document.text, as an answer cites them) → (start, end)."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{1,9})-(\d{1,9})", value.strip())
    if not m or not int(m[1]) < int(m[2]) <= limit:
        raise QueryError(f"markera={value!r}: ange ett teckenintervall START-END inom dokumentet (0–{limit})")
    return int(m[1]), int(m[2])


def mark_span(text: str, offset: int, span: tuple[int, int]) -> str | Markup:
    """`text` (which starts at `offset` in Document.text) with the part inside `span` in <mark>, escaped."""
    a, b = max(span[0] - offset, 0), min(span[1] - offset, len(text))
    if a >= b:
        return text
    return Markup(f'{escape(text[:a])}<mark class="answer-span" id="markerat">{escape(text[a:b])}</mark>'
                  f"{escape(text[b:])}")
