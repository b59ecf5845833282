"""A development corpus with gold facts (`styrgraf check --gold DIR`): the documents of a folder (txt, md,
html, docx, pdf, read through the real ingest with only their id given, so type, title, date and organ come
from the text) and its `gold*.jsonl` files, scored per genre.

A document's genre is named in a gold file's meta line (``{"meta": {"genres": {"<doc id>": "protokoll"}}}``);
a document without one gets the genre of its extracted type (`GENRE_OF_TYPE`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset

from corpus.model import Document
from graph.gold import GoldReport, evaluate, gold_files, gold_meta

#: the file kinds a development corpus may hold (README.md and the gold files are not documents)
DOC_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
#: genre order of the table, and the genre a document type falls back to
GENRES = ("protokoll", "kallelse/föredragningslista", "minnesanteckningar", "verksamhetsplan",
          "återrapportering/uppföljning", "nyckeltal")
GENRE_OF_TYPE = {"kallelse": "kallelse/föredragningslista", "minnesanteckningar": "minnesanteckningar",
                 "verksamhetsplan": "verksamhetsplan", "aktivitetsplan": "verksamhetsplan",
                 "malbild": "verksamhetsplan", "aterrapportering": "återrapportering/uppföljning"}


def doc_id(path: Path) -> str:
    return path.name.split(".", 1)[0]


def corpus_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in DOC_SUFFIXES
                  and p.name.lower() != "readme.md")


def load_corpus(folder: Path) -> list[Document]:
    from corpus.ingest import read_document

    return [read_document(p, {"id": doc_id(p)}) for p in corpus_files(folder)]


def genres(docs: list[Document], folder: Path) -> dict[str, str]:
    named: dict[str, str] = gold_meta(folder)["genres"] if gold_files(folder) else {}
    return {d.id: named.get(d.id) or GENRE_OF_TYPE.get(d.doc_type, "övrigt") for d in docs}


@dataclass
class GenreTable:
    overall: GoldReport
    per_genre: dict[str, tuple[int, GoldReport]]   # genre → (documents, report)

    def format(self) -> str:
        rows = [f"{'genre':<30} {'dok':>3}  {'P':>5}  {'R':>5}  {'guld':>4}"]
        for genre, (n, rep) in self.per_genre.items():
            rows.append(f"{genre:<30} {n:>3}  {rep.precision:.3f}  {rep.recall:.3f}  {len_gold(rep):>4}")
        n_all = sum(n for n, _ in self.per_genre.values())
        rows.append(f"{'totalt':<30} {n_all:>3}  {self.overall.precision:.3f}  {self.overall.recall:.3f}"
                    f"  {len_gold(self.overall):>4}")
        return "\n".join(rows)


def len_gold(rep: GoldReport) -> int:
    return sum(k.gold for k in rep.per_kind.values())


def score_by_genre(ds: Dataset, docs: list[Document], folder: Path) -> GenreTable:
    by_doc = genres(docs, folder)
    order = [g for g in GENRES if g in by_doc.values()] + sorted(set(by_doc.values()) - set(GENRES))
    per = {}
    for genre in order:
        ids = {d for d, g in by_doc.items() if g == genre}
        per[genre] = (len(ids), evaluate(ds, folder, docs=ids))
    return GenreTable(evaluate(ds, folder, docs=set(by_doc)), per)


__all__ = ["DOC_SUFFIXES", "GENRES", "GenreTable", "corpus_files", "genres", "load_corpus", "score_by_genre"]
