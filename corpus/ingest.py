"""Ingest one source file: reader → clean → metadata → segment → `Document`.

The single entry point the CLI, the API upload and `bundled.py` use. Every failure a user can cause
(missing file, unsupported type, encrypted/scanned PDF, garbage) is an `IngestError` with a message
naming the file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from corpus.errors import IngestError
from corpus.metadata import build_document, slugify
from corpus.model import Document
from corpus.readers import HARD_LINE_SUFFIXES, SUPPORTED_SUFFIXES, read_source

__all__ = ["SUPPORTED_SUFFIXES", "read_document", "slugify"]


def read_document(path: Path, overrides: dict[str, Any] | None = None) -> Document:
    """The cleaned, segmented Document of `path`. `overrides` are manifest keys (id, title, type, organ,
    date, year, dnr, source); the id is otherwise derived from date/year + type + organ, else the stem."""
    path = Path(path)
    raw = read_source(path)
    try:
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as e:  # the file vanished between the two reads
        raise IngestError(f"{path.name} kunde inte läsas: {e.strerror or e}.") from e
    ov = dict(overrides or {})
    return build_document(raw, ov.get("id"), ov.get("source", path.name), sha, ov,
                          hard_lines=path.suffix.lower() in HARD_LINE_SUFFIXES)
