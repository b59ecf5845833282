"""The title a file carries besides its text: an HTML page's <title>, a PDF's document information /Title,
a DOCX's core property dc:title.

It often names what the body does not: a municipality's web page "Barn- och familjenämnden – Årsredovisning
2025 – Norrlida kommun" opens with the nämnd's name as <h1> and never says "årsredovisning" again. It is
not part of the text (inserted there it would be read as the letterhead, and an organ such as
"Landsbygdsnämnden 14 april 2026" would come of it); `corpus.metadata` looks at it for the document's type
only. Authoring tools fill it with junk ("untitled", "Microsoft Word - dok1.docx"); junk names no type,
so it is harmless there.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from pathlib import Path

from pypdf import PdfReader

#: a title longer than this is no title (a CMS that put the ingress there)
TITLE_MAX = 200
#: how far into an HTML file the <title> is looked for (it stands in the <head>)
HTML_HEAD_BYTES = 65536
#: the largest docProps/core.xml read (a normal one is under 2 kB)
CORE_XML_MAX = 1 << 20

_HTML_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_CORE_TITLE = re.compile(r"<dc:title\b[^>]*>(.*?)</dc:title\s*>", re.S)
_TAG = re.compile(r"<[^>]*>")
#: the separators a page or file title puts between its parts ("X – Årsredovisning 2025 – Y", "X | Y")
_PART_SEP = re.compile(r"\s+[–—|-]\s+")


def embedded_title(data: bytes, path: Path) -> str | None:
    """The title `data` (the bytes of `path`) carries as metadata, whitespace collapsed, or None. Never
    raises: a file whose metadata cannot be read has none (its text is read, and judged, elsewhere)."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".html", ".htm"):
            head = data[:HTML_HEAD_BYTES]
            try:
                page = head.decode("utf-8")
            except UnicodeDecodeError as e:   # cut inside a character at the end, or a cp1252 page
                page = head.decode("utf-8" if e.start >= len(head) - 3 else "cp1252", "ignore")
            m = _HTML_TITLE.search(page)
            raw = html.unescape(_TAG.sub("", m.group(1))) if m else ""
        elif suffix == ".pdf":
            info = PdfReader(io.BytesIO(data)).metadata
            raw = str(info.title or "") if info is not None else ""
        elif suffix == ".docx":
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                info_ = zf.getinfo("docProps/core.xml")
                if info_.file_size > CORE_XML_MAX:
                    return None
                xml = zf.read(info_).decode("utf-8", "replace")
            m = _CORE_TITLE.search(xml)
            raw = html.unescape(m.group(1)) if m else ""
        else:
            return None
    except Exception:  # pypdf, zipfile and decoding raise many types on damaged files: no title then
        return None
    text = " ".join(raw.split())
    return text if 0 < len(text) <= TITLE_MAX else None


def title_parts(title: str) -> list[str]:
    """The parts of a title: "Barn- och familjenämnden – Årsredovisning 2025 – Norrlida kommun" → three."""
    return [p.strip() for p in _PART_SEP.split(title) if p.strip()]


__all__ = ["embedded_title", "title_parts"]
