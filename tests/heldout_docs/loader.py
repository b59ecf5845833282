"""Held-out documents (tests/heldout_docs): read through the real ingest pipeline and built into one
dataset with the real thesaurus. The DOCX document is generated from its `.docx.md` source with
python-docx ("# " Heading 1, "## " Heading 2, "### " Heading 3, "- " List Bullet, else Normal), so the
DOCX reader is exercised on a real Word file."""

from __future__ import annotations

from pathlib import Path

from corpus.model import Document

HELDOUT_DIR = Path(__file__).resolve().parent
GOLD = HELDOUT_DIR / "gold.jsonl"
SOURCES = sorted(p for p in HELDOUT_DIR.iterdir() if p.suffix in (".txt", ".html", ".md") and p.name != "README.md")


def write_docx(md: Path, out: Path) -> Path:
    import docx

    d = docx.Document()
    for block in md.read_text("utf-8").split("\n"):
        line = block.rstrip()
        if not line:
            continue
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            d.add_heading(line[level:].strip(), level=level)
        elif line.startswith("- "):
            d.add_paragraph(line[2:], style="List Bullet")
        else:
            d.add_paragraph(line)
    d.save(str(out))
    return out


def source_files(tmp: Path) -> list[Path]:
    """The held-out files as a user would ingest them (the DOCX written into `tmp`)."""
    out = []
    for p in SOURCES:
        if p.name.endswith(".docx.md"):
            out.append(write_docx(p, tmp / p.name[: -len(".md")]))
        else:
            out.append(p)
    return out


def doc_id(path: Path) -> str:
    return path.name.split(".", 1)[0]


def load_heldout(tmp: Path) -> list[Document]:
    """Every held-out document through `read_document`; only the id is given (metadata comes from the text)."""
    from corpus.ingest import read_document

    return [read_document(p, {"id": doc_id(p)}) for p in source_files(tmp)]
