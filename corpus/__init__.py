"""Corpus: source documents → cleaned text → structural passages (stage 1 of the pipeline)."""

from corpus.model import DOC_TYPES, Document, Passage, content_hash

__all__ = ["DOC_TYPES", "Document", "Passage", "content_hash"]
