"""Shared pieces of the web pages: the Jinja2 environment, Swedish labels, links, safe highlights.

Pages read the data through the API's typed dependencies (`api.deps.SnapshotDep`: a `Snapshot` with
the store, the documents, the search engine and shared views of the store) and the graph functions of the
entities colleague (`graph.entities`, `graph.timeline`). Errors are `StyrgrafError`s;
each page handler turns them into an HTML error page with `render_error` (never a stack trace).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from corpus.dates import format_date
from graph.namespaces import BASE, local_name
from graph.terms import class_label, doc_type_labels, ontology_terms

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
TEMPLATES_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"
QUERIES_DIR = WEB_DIR / "queries"

ID_BASE = BASE + "id/"
DEF_BASE = BASE + "def/"

templates = Jinja2Templates(directory=str(TEMPLATES_DIR))


def _static_version() -> str:
    """A short token that changes when our CSS/JS change (cache busting for ?v=)."""
    newest = 0.0
    for sub in ("css", "js"):
        d = STATIC_DIR / sub
        if d.is_dir():
            for f in d.iterdir():
                newest = max(newest, f.stat().st_mtime)
    return str(int(newest))


_STATIC_V = _static_version()


def static_url(path: str) -> str:
    path = path.lstrip("/")
    if path.startswith("vendor/"):
        return f"/static/{path}"
    return f"/static/{path}?v={_STATIC_V}"


templates.env.globals["static"] = static_url
# for the scripts (api/web/static/js), in base.html: the resource IRI base and the Swedish class labels
templates.env.globals["id_base"] = ID_BASE
templates.env.globals["class_labels"] = lambda: ontology_terms().class_labels()


# -- Swedish labels ------------------------------------------------------------------------------
# Class labels are the ontology's (graph/terms.py); a chip's type is the shared primary type
# (graph.terms.resource_type), so a chip, a card and the autocomplete show the same one.

TIMELINE_KIND_LABELS: dict[str, str] = {
    "uppdrag": "Uppdrag",
    "aktivitet": "Aktivitet",
    "status": "Status",
    "möte": "Möte",
    "beslut": "Beslut",
    "namnbyte": "Namnbyte",
    "omnämnande": "Omnämnt",
}

def type_name(t: str | None) -> str:
    """'Project' from 'Project', 'sg:Project' or the full class IRI."""
    if not t:
        return ""
    return local_name(t.split(":", 1)[1] if t.startswith("sg:") else t)


def type_key(t: str | None) -> str:
    """The css class of a type chip: the class local name in lower case."""
    return type_name(t).lower() or "concept"


def type_label(t: str | None) -> str:
    """The ontology's Swedish label of a class (local name, `sg:` name or IRI); no type reads as a concept."""
    return class_label(type_name(t) or "Concept")


def doc_type_label(t: str | None) -> str:
    if not t:
        return "Dokument"
    key = local_name(t)
    return doc_type_labels().get(key, key.capitalize())


def date_label(date: str | None) -> str:
    """'2025-06-13' → '13 juni 2025'; '2025' → '2025' (Swedish months: corpus/dates.py)."""
    return format_date(date)


templates.env.filters["date_label"] = date_label
templates.env.filters["doc_type_label"] = doc_type_label


# -- links ----------------------------------------------------------------------------------------

def entity_path(iri: str) -> str | None:
    """The part of a resource IRI after `id/`, or None for IRIs outside Styrgraf's namespace."""
    if iri.startswith(ID_BASE):
        return iri[len(ID_BASE):]
    return None


def entity_href(iri: str | None) -> str | None:
    if not iri:
        return None
    path = entity_path(iri)
    if path is None:
        return None
    if path.startswith("document/"):
        return "/dokument/" + quote(path[len("document/"):], safe="")
    if path.startswith("passage/"):
        pid = path[len("passage/"):]
        return passage_href(pid)
    return "/entity/" + quote(path, safe="/:")


def document_href(doc_id: str) -> str:
    return "/dokument/" + quote(doc_id, safe="")


def doc_id_of_passage(passage_id: str) -> str:
    """Passage ids are `<doc_id>.<hash12>` (+ `-2` for repeats)."""
    return passage_id.rsplit(".", 1)[0] if "." in passage_id else passage_id


def passage_href(passage_id: str, doc_id: str | None = None) -> str:
    doc = doc_id or doc_id_of_passage(passage_id)
    return f"{document_href(doc)}#passage-{passage_anchor(passage_id)}"


def passage_anchor(passage_id: str) -> str:
    """The fragment-safe form of a passage id (ids are slugs with dots; keep them readable)."""
    return re.sub(r"[^A-Za-z0-9._-]", "-", passage_id)


def url_with(base: str, params: Mapping[str, Any], **changes: Any) -> str:
    """`base?params` with `changes` applied (None removes a parameter); empty values are dropped."""
    merged = {k: v for k, v in params.items() if v not in (None, "")}
    for k, v in changes.items():
        if v is None or v == "":
            merged.pop(k, None)
        else:
            merged[k] = v
    return base + ("?" + urlencode(merged) if merged else "")


# -- safe HTML ------------------------------------------------------------------------------------

_MARK = re.compile(r"<\s*(/?)\s*mark\s*>", re.IGNORECASE)


def safe_highlight(highlight: str | None, fallback: str = "") -> Markup:
    """The engine's highlight as safe HTML: only balanced `<mark>`/`</mark>` survive, all else is escaped.

    The engine escapes the text itself; unescaping then escaping again makes this correct whether or not
    it did (a literal '<script>' in the text can never become a tag).
    """
    if not highlight:
        return Markup(html.escape(fallback))
    out: list[str] = []
    depth = 0
    pos = 0
    for m in _MARK.finditer(highlight):
        out.append(html.escape(html.unescape(highlight[pos:m.start()])))
        if m.group(1):
            if depth > 0:
                out.append("</mark>")
                depth -= 1
        else:
            if depth == 0:
                out.append("<mark>")
                depth += 1
        pos = m.end()
    out.append(html.escape(html.unescape(highlight[pos:])))
    out.extend("</mark>" for _ in range(depth))
    return Markup("".join(out))


def highlight_excerpt(highlight: str | None, fallback: str = "", max_chars: int = 480) -> Markup | None:
    """A window of about `max_chars` characters of the highlight around its first `<mark>`, or None when
    the passage is short enough to show whole. Cuts at word boundaries and adds '…'."""
    full = str(safe_highlight(highlight, fallback))
    segments: list[tuple[str, bool]] = []
    pos, marked = 0, False
    for m in re.finditer(r"</?mark>", full):
        segments.append((html.unescape(full[pos:m.start()]), marked))
        marked = m.group() == "<mark>"
        pos = m.end()
    segments.append((html.unescape(full[pos:]), marked))
    plain = "".join(t for t, _ in segments)
    if len(plain) <= max_chars + 80:
        return None
    first = 0
    offset = 0
    for t, mk in segments:
        if mk:
            first = offset
            break
        offset += len(t)
    start = max(0, first - max_chars // 4)
    if start > 0:
        sentence = max(plain.rfind(". ", 0, first), plain.rfind("\n", 0, first))
        start = sentence + 2 if sentence >= start - 80 and sentence + 2 <= first else plain.find(" ", start) + 1
    end = min(len(plain), start + max_chars)
    if end < len(plain):
        cut = plain.rfind(" ", start, end)
        end = cut if cut > start else end
    out: list[str] = []
    offset = 0
    for t, mk in segments:
        a, b = max(start, offset), min(end, offset + len(t))
        if a < b:
            piece = html.escape(t[a - offset:b - offset])
            out.append(f"<mark>{piece}</mark>" if mk else piece)
        offset += len(t)
    return Markup(("… " if start > 0 else "") + "".join(out).strip() + (" …" if end < len(plain) else ""))


# -- rendering ------------------------------------------------------------------------------------

def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200,
           headers: Mapping[str, str] | None = None) -> HTMLResponse:
    ctx = {"request": request, "nav": None, **context}
    response = templates.TemplateResponse(request, name, ctx, status_code=status_code,
                                          headers=dict(headers) if headers else None)
    return response


def entity_view(iri: str, label: str | None = None, type_: str | None = None) -> dict[str, Any]:
    """What an entity chip needs."""
    return {
        "iri": iri,
        "label": label or local_name(iri),
        "type_key": type_key(type_),
        "type_label": type_label(type_),
        "href": entity_href(iri) or "#",
    }
