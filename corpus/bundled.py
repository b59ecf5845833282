"""The bundled seed corpus (corpus/documents + corpus/manifest.toml).

INTERIM implementation: naive cleaning and blank-line segmentation, so that the later stages can be
developed against real passages. The corpus work replaces `_naive_document` with the real reader,
cleaner, metadata extractor and structural segmenter, keeping `load_bundled()`'s signature.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path
from typing import Any

from styrgraf.corpus.model import Document, Passage, content_hash

CORPUS_DIR = Path(__file__).resolve().parent
DOCUMENTS_DIR = CORPUS_DIR / "documents"
MANIFEST = CORPUS_DIR / "manifest.toml"


def manifest_entries(manifest: Path = MANIFEST) -> list[dict[str, Any]]:
    with manifest.open("rb") as f:
        return list(tomllib.load(f).get("document", []))


def load_bundled() -> list[Document]:
    """All bundled documents, cleaned and segmented, in manifest order."""
    return [_naive_document(DOCUMENTS_DIR / e["file"], e) for e in manifest_entries()]


def _naive_document(path: Path, entry: dict[str, Any]) -> Document:
    raw = path.read_bytes()
    text = re.sub(r"[ \t]+\n", "\n", raw.decode("utf-8")).strip() + "\n"
    doc_id = entry["id"]
    passages: list[Passage] = []
    seen: dict[str, int] = {}
    buf_start, buf_end = None, None
    for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text):
        if buf_start is None:
            buf_start = m.start()
        buf_end = m.end()
        if buf_end - buf_start >= 700:
            _emit(passages, seen, doc_id, text, buf_start, buf_end)
            buf_start = None
    if buf_start is not None and buf_end is not None:
        _emit(passages, seen, doc_id, text, buf_start, buf_end)
    return Document(
        id=doc_id, title=entry.get("title", doc_id), doc_type=entry.get("type", "ovrigt"), text=text,
        organ=entry.get("organ"), date=entry.get("date"), year=entry.get("year"), dnr=entry.get("dnr", []),
        source=entry.get("source", path.name), source_sha256=hashlib.sha256(raw).hexdigest(), passages=passages,
    )


def _emit(out: list[Passage], seen: dict[str, int], doc_id: str, text: str, start: int, end: int) -> None:
    body = text[start:end]
    h = content_hash(body)
    n = seen.get(h, 0) + 1
    seen[h] = n
    pid = f"{doc_id}.{h[:12]}" + (f"-{n}" if n > 1 else "")
    out.append(Passage(id=pid, doc_id=doc_id, ordinal=len(out), start=start, end=end, text=body,
                       content_hash=h))
