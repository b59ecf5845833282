"""The bundled seed corpus (corpus/documents + corpus/manifest.toml), read through the real ingest
pipeline (`ingest.read_document`) with the manifest entries as overrides."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from corpus.ingest import read_document
from corpus.model import Document

CORPUS_DIR = Path(__file__).resolve().parent
DOCUMENTS_DIR = CORPUS_DIR / "documents"
MANIFEST = CORPUS_DIR / "manifest.toml"


def manifest_entries(manifest: Path = MANIFEST) -> list[dict[str, Any]]:
    with manifest.open("rb") as f:
        return list(tomllib.load(f).get("document", []))


def load_bundled() -> list[Document]:
    """All bundled documents, cleaned and segmented, in manifest order."""
    return [read_document(DOCUMENTS_DIR / e["file"], e) for e in manifest_entries()]
