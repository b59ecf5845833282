"""Load run on loopback: `styrgraf serve` (a uvicorn subprocess) over a built data dir, searched by 1, 8, 32 and
128 concurrent keep-alive clients for a fixed time each; prints throughput, p50/p95/p99 and the requests shed
(503 from admission control). Then the same with slow SPARQL queries running at the same time.

    python bench/load.py --data-dir /tmp/data [--seconds 10] [--levels 1,8,32,128] [--sparql 3]

The client is a minimal asyncio HTTP/1.1 client (one connection per simulated user) so that the load generator,
on the same cores, costs less than the server; latency is measured per answered search (200) from write to full body;
a shed user (503) waits 0.1 s before its next request.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from measure import free_port  # bench/measure.py (the script's folder is on sys.path)

QUERIES = ["SMO-piloten", "uppdrag till beredningen för psykiatri", "effektmål 8", "återrapportering 2025",
           "psykisk hälsa barn och unga", "nära vård", "kallelse sammanträde", "kompetensförsörjning"]
SLOW_SPARQL = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?b ?q ?c . ?c ?r ?d }"


async def one_user(port: int, stop: float, latencies: list[float], codes: dict[int, int], offset: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i = offset
    try:
        while time.perf_counter() < stop:
            q = urllib.parse.quote(QUERIES[i % len(QUERIES)])
            i += 1
            t0 = time.perf_counter()
            writer.write(f"GET /api/search?q={q}&k=10 HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\n\r\n".encode())
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            close = False
            for line in head.split(b"\r\n")[1:]:
                k, _, v = line.partition(b":")
                if k.lower() == b"content-length":
                    length = int(v)
                elif k.lower() == b"connection" and v.strip().lower() == b"close":
                    close = True
            await reader.readexactly(length)
            if status == 200:
                latencies.append(time.perf_counter() - t0)
            codes[status] = codes.get(status, 0) + 1
            if status == 503:
                await asyncio.sleep(0.1)  # a shed user tries again shortly (not in a tight loop)
            if close:
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
    finally:
        writer.close()


async def level(port: int, users: int, seconds: float) -> tuple[list[float], dict[int, int]]:
    latencies: list[float] = []
    codes: dict[int, int] = {}
    stop = time.perf_counter() + seconds
    await asyncio.gather(*(one_user(port, stop, latencies, codes, n) for n in range(users)))
    return latencies, codes


def pct(xs: list[float], p: float) -> float:
    return sorted(xs)[min(len(xs) - 1, int(p * len(xs)))] * 1000 if xs else float("nan")


def sparql_load(port: int, stop: threading.Event, counts: dict[str, int]) -> None:
    url = f"http://127.0.0.1:{port}/sparql"
    while not stop.is_set():
        req = urllib.request.Request(url, data=SLOW_SPARQL.encode(),
                                     headers={"Content-Type": "application/sparql-query"})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                r.read()
                counts["ok"] = counts.get("ok", 0) + 1
        except Exception as e:  # 503 (busy/timeout) is expected under this load
            key = str(getattr(e, "code", type(e).__name__))
            counts[key] = counts.get(key, 0) + 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, required=True)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--levels", default="1,8,32,128")
    ap.add_argument("--sparql", type=int, default=3, help="concurrent slow SPARQL clients in the second run")
    args = ap.parse_args()
    port = free_port()
    env = {**os.environ, "STYRGRAF_DATA_DIR": str(args.data_dir)}
    server = subprocess.Popen([sys.executable, "-m", "styrgraf.cli", "serve", "--no-build", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?q=warmup", timeout=30).read()
                break
            except Exception:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("server did not start") from None
                time.sleep(0.5)
        for with_sparql in (False, True):
            stop = threading.Event()
            counts: dict[str, int] = {}
            threads = [threading.Thread(target=sparql_load, args=(port, stop, counts), daemon=True)
                       for _ in range(args.sparql if with_sparql else 0)]
            for t in threads:
                t.start()
            title = f"with {args.sparql} slow SPARQL clients" if with_sparql else "search only"
            print(f"\n## {title} ({args.seconds:.0f} s per level)\n")
            print("| clients | answered/s | p50 ms | p95 ms | p99 ms | max ms | shed (503) | other errors |")
            print("|---:|---:|---:|---:|---:|---:|---:|---:|")
            for users in (int(x) for x in args.levels.split(",")):
                lat, codes = asyncio.run(level(port, users, args.seconds))
                ok = lat  # latencies of the searches answered (200); shed ones are counted apart
                other = sum(n for c, n in codes.items() if c not in (200, 503))
                print(f"| {users} | {len(lat) / args.seconds:.0f} | {pct(ok, .5):.1f} | {pct(ok, .95):.1f} | "
                      f"{pct(ok, .99):.1f} | {max(ok) * 1000 if ok else 0:.0f} | {codes.get(503, 0)} | {other} |",
                      flush=True)
            stop.set()
            for t in threads:
                t.join(70)
            if with_sparql:
                print(f"\nSPARQL answers during the run: {counts}")
        print(f"\n(median of all search latencies: {statistics.median(lat) * 1000:.1f} ms at the last level)")
    finally:
        server.terminate()
        server.wait(30)


if __name__ == "__main__":
    main()
