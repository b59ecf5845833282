"""Line-role labels of the development documents (issue 7, learned roles): `python bench/role_labels.py`
writes tests/role_labels.jsonl, which bench/train_roles.py trains on and tests/test_role_classifier.py reads.

Every document is read through the real ingest and built with the real thesaurus; its lines get the roles
the extractor's facts give them (graph/role_lines.py `rule_roles`), and the lines the cleaner drops as page
furniture (corpus/clean.py `boilerplate_mask`, read from the raw reader text) are added as `furniture`.
These are gold labels only where the extractor matches the hand-written gold facts, so each document's
fact precision and recall against its gold are recorded in the meta line, and `trusted` is true only for
documents at 1.000/1.000 (the trainer and the test use trusted documents only).

Sets, by document (never by line, so no document is both trained on and tested on):
  train    tests/heldout_docs/general/ minus HELDOUT
  heldout  HELDOUT: about a third of general/, across genres, fixed here
  heldout5 the five documents at the top of tests/heldout_docs/
  seed     the bundled seed corpus (corpus/documents, corpus/gold/seed_facts.jsonl)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.clean import _normalise_line, boilerplate_mask, load_boilerplate, normalise_chars  # noqa: E402
from corpus.model import Document  # noqa: E402
from corpus.readers import parse_source, read_bytes  # noqa: E402
from graph.extract.roles import Line, lines_of  # noqa: E402

OUT = ROOT / "tests" / "role_labels.jsonl"
GENERAL = ROOT / "tests" / "heldout_docs" / "general"
#: a third of general/, every genre represented (protokoll, kallelse/föredragningslista, minnesanteckningar,
#: uppföljning, verksamhetsplan, nyckeltal; txt, pdf, docx and html)
HELDOUT = (
    "2025-01-28-protokoll-kommunstyrelsen",
    "2025-06-10-protokoll-socialnamnden",
    "2025-12-03-protokoll-miljonamnden",
    "2025-05-20-kallelse-kommunstyrelsens-arbetsutskott",
    "2025-06-05-kallelse-gymnasienamnden",
    "2025-10-15-foredragningslista-fritidsnamnden",
    "2025-11-04-minnesanteckningar-arbetsgruppen-for-suicidprevention",
    "2023-arsredovisning-uppdrag-tekniska-namnden",
    "2025-uppfoljning-kultur-och-fritidsnamnden",
    "2026-verksamhetsplan-kulturnamnden",
    "2025-nyckeltal-vard-och-omsorgsnamnden",
)


def furniture_lines(path: Path) -> list[Line]:
    """The raw reader lines the cleaner drops (page furniture, letterhead), with their context on the page."""
    raw = normalise_chars(parse_source(read_bytes(path), path))
    pages = [[_normalise_line(x) for x in page.split("\n")] for page in raw.split("\f")]
    mask = boilerplate_mask(pages, load_boilerplate())
    flat = [drop for page, pm in zip(pages, mask, strict=True) for x, drop in zip(page, pm, strict=True) if x.strip()]
    lines = lines_of("\f".join("\n".join(p) for p in pages))
    return [ln for ln, drop in zip(lines, flat, strict=True) if drop]


def status_labels() -> dict[str, list[str]]:
    from graph.thesaurus import Thesaurus

    return {iri: [c.pref_label, *c.alt_labels] for iri, c in Thesaurus.load().concepts.items() if "/status/" in iri}


def records(doc: Document, path: Path | None, split: str,
            gold: Path) -> tuple[list[dict[str, object]], dict[str, object]]:
    from rdflib import URIRef

    from graph.build import build_dataset
    from graph.gold import evaluate
    from graph.namespaces import document_graph
    from graph.role_lines import rule_roles
    from graph.thesaurus import Thesaurus

    ds = build_dataset([doc], Thesaurus.load())
    rep = evaluate(ds, gold, docs={doc.id})
    roles = rule_roles(doc, ds.graph(URIRef(document_graph(doc.id))), status_labels())
    units = list(zip(lines_of(doc.text), roles, strict=True))
    if path is not None and path.suffix.lower() == ".pdf":
        units += [(ln, "furniture") for ln in furniture_lines(path)]
    out = [{"doc": doc.id, "set": split, "role": role, "text": ln.text, "bb": ln.blank_before, "ba": ln.blank_after,
            "pos": round(ln.rel_pos, 4), "sec": ln.in_section, "prev": ln.prev} for ln, role in units]
    meta = {"set": split, "precision": round(rep.precision, 3), "recall": round(rep.recall, 3),
            "trusted": rep.precision >= 0.999 and rep.recall >= 0.999}
    return out, meta


def collect() -> tuple[list[dict[str, object]], dict[str, dict[str, object]]]:
    from corpus.bundled import load_bundled
    from corpus.ingest import read_document
    from graph.gold import GOLD_PATH
    from graph.gold_corpus import corpus_files, doc_id
    from tests.heldout_docs.loader import GOLD, load_heldout, source_files

    rows: list[dict[str, object]] = []
    docs: dict[str, dict[str, object]] = {}

    def add(doc: Document, path: Path | None, split: str, gold: Path) -> None:
        out, meta = records(doc, path, split, gold)
        rows.extend(out)
        docs[doc.id] = meta
        print(f"{split:8} {doc.id:70} P {meta['precision']:.3f} R {meta['recall']:.3f} lines {len(out)}", flush=True)

    for p in corpus_files(GENERAL):
        add(read_document(p, {"id": doc_id(p)}), p, "heldout" if doc_id(p) in HELDOUT else "train", GENERAL)
    with tempfile.TemporaryDirectory() as tmp:
        for d, p in zip(load_heldout(Path(tmp)), source_files(Path(tmp)), strict=True):
            add(d, p, "heldout5", GOLD)
    from corpus.bundled import DOCUMENTS_DIR

    for d in load_bundled():
        add(d, DOCUMENTS_DIR / d.source if (DOCUMENTS_DIR / d.source).is_file() else None, "seed", GOLD_PATH)
    return rows, docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows, docs = collect()
    with args.out.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"meta": {"heldout": list(HELDOUT), "docs": docs,
                                     "note": "written by bench/role_labels.py; do not edit by hand"}},
                           ensure_ascii=False) + "\n")
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} lines of {len(docs)} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
