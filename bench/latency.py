"""Query latency: what the engine and the HTTP path add to the bare query embedding (issue 9).

    python bench/latency.py                       # builds the seed corpus into a temp dir (cached vectors)
    python bench/latency.py --data ~/.local/share/styrgraf --reps 10 --json out.json

Prints p50/p95 of
  - the bare query embedding (`embedder.embed_query`),
  - `SearchEngine.search` (hybrid, k=10; answer off, and on where the engine has the flag),
  - GET /api/search through a real uvicorn on loopback (one keep-alive connection),
and the overhead ratios (engine / embed, HTTP / embed). Embedding and the measured call are interleaved
query by query, so a change in machine load hits both alike. Then the embedder's threads per query
(1 vs 2) at concurrency 1 and 8: per-call p50/p95 and queries per second (threads are set per call, so
one process measures both). Results are recorded in bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import http.client
import inspect
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from measure import free_port, pct  # bench/measure.py (the script's folder is on sys.path)
from run import SEED_QUERIES, machine

from api.resources import Resources
from api.settings import Settings


def stats(xs: list[float]) -> dict[str, float]:
    return {"p50_ms": round(pct(xs, 50), 2), "p95_ms": round(pct(xs, 95), 2)}


Timed = tuple[list[float], list[float], float, float]


def paired(reps: int, base: Callable[[str], object], other: Callable[[str], object],
           other_cpu: Callable[[], float] = time.thread_time) -> Timed:
    """Per query: time `base(q)`, then `other(q)`; after one warm-up round. Also the CPU seconds of each
    side (this thread's, which with one embedding thread is all the work; `other_cpu` may read another
    process): on a shared machine wall times move with the load, CPU time much less."""
    a: list[float] = []
    b: list[float] = []
    cpu_a = cpu_b = 0.0
    for r in range(reps + 1):
        for q in SEED_QUERIES:
            c0 = time.thread_time()
            t = time.perf_counter()
            base(q)
            t1 = time.perf_counter()
            c1, o1 = time.thread_time(), other_cpu()
            other(q)
            t2 = time.perf_counter()
            o2 = other_cpu()
            if r:
                a.append((t1 - t) * 1000)
                b.append((t2 - t1) * 1000)
                cpu_a += c1 - c0
                cpu_b += o2 - o1
    return a, b, cpu_a, cpu_b


def report(name: str, timed: Timed, out: dict[str, Any]) -> None:
    embed, other, cpu_e, cpu_o = timed
    e, o = stats(embed), stats(other)
    ratio = {k: round(o[k] / e[k] - 1, 3) for k in ("p50_ms", "p95_ms")}
    ratio["cpu"] = round(cpu_o / cpu_e - 1, 3) if cpu_e > 0 else float("nan")
    out[name] = {"embed": e, name: o, "overhead": ratio,
                 "cpu_ms_per_query": {"embed": round(cpu_e * 1000 / len(embed), 2),
                                      name: round(cpu_o * 1000 / len(other), 2)}}
    print(f"{name:<26} p50 {o['p50_ms']:7.2f} ms  p95 {o['p95_ms']:7.2f} ms   | embed p50 {e['p50_ms']:6.2f} "
          f"p95 {e['p95_ms']:6.2f}   | overhead p50 {ratio['p50_ms']:+.0%}  p95 {ratio['p95_ms']:+.0%}  "
          f"CPU {ratio['cpu']:+.0%}", flush=True)


def ensure_built(data: Path | None, cache: Path) -> Settings:
    if data is not None and (data / "current").exists():
        return Settings(data_dir=data, embedding_cache=cache)
    from styrgraf.pipeline import build  # bench may use the application layer

    settings = Settings(data_dir=data or Path(tempfile.mkdtemp(prefix="styrgraf-latency-")), embedding_cache=cache)
    build(settings, progress=None, show_bars=False)
    return settings


class Server:
    """`uvicorn --factory api.app:create_app` in a child process on loopback."""

    def __init__(self, settings: Settings, threads: int | None) -> None:
        self.port = free_port()
        env = {**os.environ, "STYRGRAF_DATA_DIR": str(settings.data_path),
               "STYRGRAF_EMBEDDING_CACHE": str(settings.embedding_cache_path)}
        if threads:
            env["STYRGRAF_EMBEDDER_THREADS"] = str(threads)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", "api.app:create_app", "--host", "127.0.0.1",
             "--port", str(self.port), "--log-level", "warning", "--no-access-log"], env=env)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if self.get("/api/status")[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        self.close()
        raise RuntimeError("uvicorn did not start")

    def connection(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)

    def get(self, path: str, conn: http.client.HTTPConnection | None = None) -> tuple[int, bytes]:
        c = conn or self.connection()
        c.request("GET", path)
        r = c.getresponse()
        body = r.read()
        if conn is None:
            c.close()
        return r.status, body

    def cpu(self) -> float:
        """CPU seconds the server process has used (all its threads), from /proc."""
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def concurrent(fn: Callable[[str], object], concurrency: int, per_thread: int) -> dict[str, float]:
    """`concurrency` threads each calling `fn` on `per_thread` queries: per-call latency and throughput."""
    lat: list[float] = []
    lock = threading.Lock()

    def worker(i: int) -> None:
        mine = []
        for j in range(per_thread):
            q = SEED_QUERIES[(i * 7 + j) % len(SEED_QUERIES)]
            t = time.perf_counter()
            fn(q)
            mine.append((time.perf_counter() - t) * 1000)
        with lock:
            lat.extend(mine)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(concurrency)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    return {**stats(lat), "qps": round(len(lat) / wall, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, help="a data dir with a built generation (default: build the seed corpus)")
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get(
        "STYRGRAF_EMBEDDING_CACHE", Path(tempfile.gettempdir()) / "styrgraf-bench-emb.sqlite")))
    ap.add_argument("--reps", type=int, default=5, help="rounds over the 20 seed queries")
    ap.add_argument("--threads", type=int, nargs="*", default=[1, 2], help="query threads to compare")
    ap.add_argument("--concurrency", type=int, nargs="*", default=[1, 8])
    ap.add_argument("--query-threads", type=int,
                    help="threads per query for the latency runs, here and in the server (default: the embedder's)")
    ap.add_argument("--skip-http", action="store_true")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    print(f"machine: {machine()}", flush=True)
    settings = ensure_built(a.data, a.cache)
    res = Resources(settings, reload_check_s=0)
    res.start()
    engine = res.current().require_search()
    emb: Any = engine.index.embedder
    if a.query_threads and hasattr(emb, "query_threads"):
        emb.query_threads = a.query_threads
    out: dict[str, Any] = {"machine": machine(), "query_threads": getattr(emb, "query_threads", None)}
    print(f"embedder {emb.identity}, query threads {out['query_threads']}", flush=True)

    if "answer" in inspect.signature(engine.search).parameters:
        report("engine.search answer=off",
               paired(a.reps, emb.embed_query, lambda q: engine.search(q, k=10, answer=False)), out)
        report("engine.search answer=on",
               paired(a.reps, emb.embed_query, lambda q: engine.search(q, k=10, answer=True)), out)
    else:
        report("engine.search", paired(a.reps, emb.embed_query, lambda q: engine.search(q, k=10)), out)
    if not a.skip_http:
        server = Server(settings, a.query_threads)
        try:
            conn = server.connection()

            def http_search(q: str) -> None:
                status, body = server.get("/api/search?" + urlencode({"q": q, "k": 10}), conn)
                assert status == 200, (status, body[:200])

            report("http /api/search", paired(a.reps, emb.embed_query, http_search,
                                              lambda: server.cpu() + time.thread_time()), out)
            conc = max(a.concurrency)
            per = max(2, a.reps * len(SEED_QUERIES) // conc)

            def http_fresh(q: str) -> None:
                assert server.get("/api/search?" + urlencode({"q": q, "k": 10}))[0] == 200

            out[f"http_c{conc}"] = concurrent(http_fresh, conc, per)
            print(f"http /api/search at concurrency {conc}: {out[f'http_c{conc}']}", flush=True)
        finally:
            server.close()

    if hasattr(emb, "query_threads"):
        sweep: dict[str, Any] = {}
        for n in a.threads:
            emb.query_threads = n
            for c in a.concurrency:
                r = concurrent(emb.embed_query, c, max(2, a.reps * len(SEED_QUERIES) // c))
                sweep[f"threads={n},concurrency={c}"] = r
                print(f"embed_query threads {n} concurrency {c}: p50 {r['p50_ms']:.2f} ms  p95 {r['p95_ms']:.2f} ms"
                      f"  {r['qps']:.1f} q/s", flush=True)
        out["threads"] = sweep
    res.close()
    if a.json:
        a.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
