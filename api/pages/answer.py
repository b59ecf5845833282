"""The answer block of the results page: the engine's cited sentences (`SearchResponse.answer`) → what
`results.html` shows, each sentence linked to its passage in the document view with its character span
highlighted (`/dokument/{id}?markera=START-END#passage-…`, see api/pages/document.py)."""

from __future__ import annotations

from typing import Any

from api.pages._common import doc_type_label, document_href, passage_anchor
from corpus.dates import format_date

#: Shown above the sentences of each answer kind.
HEADINGS = {"timeline": "Så har det utvecklats", "fact": "Svar"}


def sentence_href(doc_id: str, passage_id: str, start: int, end: int) -> str:
    """The document view at the passage, the sentence (span in Document.text) highlighted."""
    return f"{document_href(doc_id)}?markera={int(start)}-{int(end)}#passage-{passage_anchor(passage_id)}"


def answer_view(answer: Any) -> dict[str, Any] | None:
    """None when no answer was asked for; else kind, heading, message and the cited sentences."""
    if answer is None:
        return None
    a = answer if isinstance(answer, dict) else answer.model_dump()
    sentences = []
    for s in a.get("sentences") or []:
        d = s["document"]
        sentences.append({
            "text": s["text"],
            "href": sentence_href(d["id"], s["passage_id"], s["start"], s["end"]),
            "title": d.get("title") or d["id"],
            "doc_type": doc_type_label(d.get("type") or "ovrigt"),
            "date": s.get("date") or "",
            "date_label": format_date(s.get("date")),
            "passage_id": s["passage_id"],
        })
    return {"kind": a.get("kind") or "fact", "heading": HEADINGS.get(a.get("kind") or "", "Svar"),
            "message": a.get("message"), "sentences": sentences}
