"""bench/passage_scale.py's BM25 child: the synthetic texts of bench/run.py indexed chunk by chunk.

`chunked` (the default) feeds `BM25Index.build_to` (search/bm25_chunked.py) one chunk of generated texts at
a time, so neither the texts nor the index are ever all in memory; `bm25s` collects every text and runs the
in-memory `BM25Index.build`, the builder before, for comparison. The 3-word query texts of the serve step are
picked up while the chunks go by (the same draws as before, when they were taken from the full list).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from measure import peak_mb  # bench/measure.py (the script's folder is on sys.path)
from run import synthetic_text_chunks

from search.analysis import Analyzer
from search.bm25 import BM25Index
from search.bm25_chunked import CHUNK


def _query_picks(n: int, nq: int) -> list[tuple[int, np.ndarray]]:
    """(passage, word positions) of the 3-word query texts: the draws of the original
    `rng.choice(texts[rng.integers(n)].split(), 3)` (every text has 40 words), without the texts."""
    rng = np.random.default_rng(3)
    return [(int(rng.integers(n)), rng.choice(np.arange(40), 3)) for _ in range(nq)]


def child_build_bm25(work: Path, n: int, nq: int, builder: str = "chunked") -> dict[str, Any]:
    """`chunked`: `BM25Index.build_to` fed chunk by chunk (never all n texts at once); `bm25s`: the
    in-memory `BM25Index.build` over all texts (the old builder, for comparison)."""
    picks = _query_picks(n, nq)
    want: dict[int, list[int]] = {}
    for qi, (p, _) in enumerate(picks):
        want.setdefault(p, []).append(qi)
    qtexts = [""] * nq
    gen_s = gen_cpu = 0.0

    def chunks() -> Iterator[list[str]]:  # the texts, chunk by chunk; the query texts picked up on the way
        nonlocal gen_s, gen_cpu
        first = 0
        t, c0 = time.perf_counter(), time.process_time()
        for c in synthetic_text_chunks(n, CHUNK):
            for p in range(first, first + len(c)):
                for qi in want.get(p, ()):
                    qtexts[qi] = " ".join(np.array(c[p - first].split())[picks[qi][1]])
            first += len(c)
            gen_s += time.perf_counter() - t
            gen_cpu += time.process_time() - c0
            yield c
            t, c0 = time.perf_counter(), time.process_time()

    t, c0 = time.perf_counter(), time.process_time()
    if builder == "chunked":
        BM25Index.build_to(chunks(), Analyzer(), work / "bm25")
    else:
        texts = [x for c in chunks() for x in c]
        BM25Index.build(texts, Analyzer()).save(work / "bm25")
    total, cpu = time.perf_counter() - t, time.process_time() - c0
    (work / "qtexts.json").write_text(json.dumps(qtexts, ensure_ascii=False))
    return {"builder": builder, "text_gen_s": round(gen_s, 1), "build_s": round(total - gen_s, 1),
            "build_cpu_s": round(cpu - gen_cpu, 1),  # CPU seconds: what the machine's load does not change
            "build_peak_rss_mb": round(peak_mb())}  # disk: the parent measures it
