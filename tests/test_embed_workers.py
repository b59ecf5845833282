"""Multi-process batch embedding (`embed_with_cache(..., workers=N)`): same vectors as one process, and
a run killed with SIGKILL midway resumes from the embedding cache with nothing re-embedded."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from embed_support import CountingEmbedder, logged_texts

from search.cache import EmbeddingCache, embed_with_cache, text_key
from search.embedders.hashing import HashingEmbedder

TESTS = Path(__file__).resolve().parent
TEXTS = [f"passage {i} om vårdplatser och {i % 7} kommuner" for i in range(96)]


def test_workers_give_the_vectors_of_one_process(tmp_path: Path) -> None:
    one = CountingEmbedder(str(tmp_path / "one.log"))
    v1, n1 = embed_with_cache([*TEXTS[:40], TEXTS[0]], one, None, batch=8)
    factory = functools.partial(CountingEmbedder, str(tmp_path / "many.log"))
    with EmbeddingCache(tmp_path / "c.sqlite") as cache:
        done: list[int] = []
        v2, n2 = embed_with_cache([*TEXTS[:40], TEXTS[0]], factory(), cache, lambda d, _t: done.append(d),
                                  workers=2, factory=factory, batch=8)
        assert cache.count() == 40
    assert n1 == n2 == 40  # the repeated text embedded once
    np.testing.assert_array_equal(v1, v2)  # rows in input order whatever order the workers finish in
    assert done[-1] == 40
    pids = {line.split("\t")[0] for line in (tmp_path / "many.log").read_text().splitlines()}
    assert os.getpid() not in {int(p) for p in pids}  # embedded in the workers, not here


KILLED_RUN = """
import functools, sys
sys.path.insert(0, sys.argv[1])
from embed_support import CountingEmbedder
from search.cache import EmbeddingCache, embed_with_cache
texts = [l for l in open(sys.argv[2], encoding="utf-8").read().split("\\n") if l]
factory = functools.partial(CountingEmbedder, sys.argv[3], 0.4)
with EmbeddingCache(sys.argv[4]) as cache:
    embed_with_cache(texts, factory(), cache, workers=2, factory=factory, batch=4)
print("finished")
"""


def test_sigkill_midway_then_resume_embeds_only_what_is_missing(tmp_path: Path) -> None:
    (tmp_path / "texts.txt").write_text("\n".join(TEXTS), encoding="utf-8")
    first_log, cache_file = tmp_path / "first.log", tmp_path / "emb.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(TESTS), str(tmp_path / "texts.txt"),
                             str(first_log), str(cache_file)], start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    identity = HashingEmbedder(dim=16).identity
    deadline = time.monotonic() + 90
    try:
        while time.monotonic() < deadline:  # kill once a few batches are cached, long before the end
            if cache_file.exists():
                with EmbeddingCache(cache_file) as c:
                    if c.count(identity) >= 12:
                        break
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.05)
        else:
            raise AssertionError("the embedding run cached nothing in 90 s")
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the run and its worker processes, no clean-up
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with EmbeddingCache(cache_file) as cache:
        cached = set(cache.get_many(identity, [text_key(t) for t in TEXTS]))
        assert 12 <= len(cached) < len(TEXTS)  # killed midway
        assert len(logged_texts(first_log)) < len(TEXTS)
        again = tmp_path / "again.log"
        factory = functools.partial(CountingEmbedder, str(again))
        vecs, embedded = embed_with_cache(TEXTS, factory(), cache, workers=2, factory=factory, batch=4)
        reembedded = logged_texts(again)
        assert embedded == len(reembedded) == len(TEXTS) - len(cached)
        assert not {text_key(t) for t in reembedded} & cached  # nothing cached was embedded again
        assert sorted(reembedded + [t for t in TEXTS if text_key(t) in cached]) == sorted(TEXTS)
        assert cache.count(identity) == len(TEXTS)
    np.testing.assert_array_equal(vecs, HashingEmbedder(dim=16).embed_passages(TEXTS))


def _broken_factory() -> CountingEmbedder:
    raise RuntimeError("no model here")


def test_a_worker_that_cannot_load_the_embedder_fails_the_run(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="no model here"):
        embed_with_cache(TEXTS[:20], CountingEmbedder(str(tmp_path / "x.log")), None, workers=2,
                         factory=_broken_factory, batch=4)
