"""Ingest one source file: reader → clean → metadata → segment → `Document`.

The single entry point the CLI, the API upload and `bundled.py` use. Every failure a user can cause
(missing file, unsupported type, encrypted/scanned PDF, garbage, a file over the limits) is an
`IngestError` with a message naming the file (and the limit).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from corpus.limits import DEFAULT_LIMITS, IngestLimits
from corpus.metadata import build_document, slugify
from corpus.model import Document
from corpus.readers import HARD_LINE_SUFFIXES, SUPPORTED_SUFFIXES, parse_source, read_bytes
from corpus.source_titles import embedded_title

__all__ = ["SUPPORTED_SUFFIXES", "IngestLimits", "read_document", "slugify"]


def read_document(path: Path, overrides: dict[str, Any] | None = None,
                  limits: IngestLimits = DEFAULT_LIMITS) -> Document:
    """The cleaned, segmented Document of `path`. `overrides` are manifest keys (id, title, type, organ,
    date, year, dnr, source); the id is otherwise derived from date/year + type + organ, else the stem.
    `limits` bound the file size and the unpacking of .docx containers (`corpus.limits`)."""
    path = Path(path)
    data = read_bytes(path, limits)  # one read: the hash is of exactly the bytes that were parsed
    raw = parse_source(data, path, limits)
    sha = hashlib.sha256(data).hexdigest()
    ov = dict(overrides or {})
    return build_document(raw, ov.get("id"), ov.get("source", path.name), sha, ov,
                          hard_lines=path.suffix.lower() in HARD_LINE_SUFFIXES,
                          embedded_title=embedded_title(data, path))
