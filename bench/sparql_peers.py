"""Styrgraf's `/sparql` beside its peers on the same data and query mix, on loopback.

    python bench/sparql_peers.py                      # builds the seed generation into a temp dir
    python bench/sparql_peers.py --data-dir DIR -n 50 --clients 4

Five servers, each a subprocess on 127.0.0.1:
- Styrgraf: `styrgraf serve --no-build` over the generation (the real command, its uvicorn settings: uvloop,
  httptools, access log on), as configured by default (no result cache);
- `styrgraf-cached`: the same with `STYRGRAF_SPARQL_RESULT_CACHE_BYTES` set (api/sparql/cache.py). The Oxigraph
  server caches nothing, so this row is for information; the ratios printed first are without the cache;
- Oxigraph server (PyPI `oxigraph`, the same engine as pyoxigraph): the generation's store dumped to N-Quads,
  `oxigraph load` into a fresh directory, `oxigraph serve-read-only --union-default-graph` (on disk, RocksDB);
- Oxigraph server in memory (`oxigraph-mem`): `oxigraph serve --union-default-graph` without a location, the
  same N-Quads POSTed to its /store. Styrgraf's workers hold a small generation in memory
  (`sparql_memory_max_bytes`), so this is the like-for-like peer for the engine; both ratios are printed;
- rdflib-endpoint (PyPI `rdflib-endpoint`): the same N-Quads in an rdflib Dataset with a union default graph.

The mix: the analyst queries of `api/web/queries/*.rq` plus a trivial ASK, a COUNT and a FILTER query. The
search-function query (`sgf:relevance`) only runs on Styrgraf; it is left out of the ratios. Each query is run
`-n` times on one keep-alive connection (sequential) and then `-n` times by each of `--clients` threads at once
(concurrent); the servers take turns request by request, so load from elsewhere on the machine falls on all
alike. Requests refused with 503 (Styrgraf's admission control) are counted, not timed. Printed: p50/p95 in ms
per query and server, and the geometric means of Styrgraf/Oxigraph (on disk and in memory). Every server gets
the same client (http.client, one keep-alive connection per client thread), the same warm-up (5 requests per
query) and the same number of timed requests.
Row counts of Styrgraf and Oxigraph are compared, so a faster wrong answer does not count.
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from measure import free_port, pct  # bench/measure.py (the script's folder is on sys.path)

ROOT = Path(__file__).resolve().parent.parent
EXTRA = {
    "ask": "ASK { ?s a <https://w3id.org/styrgraf/def/Passage> }",
    "count": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "filter": 'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n'
              'SELECT ?c ?l WHERE { ?c skos:prefLabel ?l FILTER(CONTAINS(LCASE(STR(?l)), "vård")) } ORDER BY ?l',
}
SEARCH_ONLY = "sgf:"  # a query that uses the search functions runs on Styrgraf only
PEERS = ("oxigraph", "oxigraph-mem")  # the ratios printed: Styrgraf / each of these


def query_mix() -> dict[str, str]:
    mix = {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "api/web/queries").glob("*.rq"))}
    return {**mix, **EXTRA}


def generation_dir(data_dir: Path) -> Path:
    env = {**os.environ, "STYRGRAF_DATA_DIR": str(data_dir)}
    current = data_dir / "current"
    if not current.exists():
        print(f"building the seed generation in {data_dir} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "styrgraf", "--data-dir", str(data_dir), "build"], env=env,
                       check=True, stdout=subprocess.DEVNULL)
    return current.resolve()


def dump_nquads(gen: Path, out: Path) -> None:
    import pyoxigraph as ox

    store = ox.Store.read_only(str(gen / "store"))
    store.dump(str(out), format=ox.RdfFormat.N_QUADS)


def get(conn: http.client.HTTPConnection, path: str, query: str) -> tuple[int, bytes]:
    conn.request("GET", f"{path}?{urlencode({'query': query})}",
                 headers={"Accept": "application/sparql-results+json"})
    r = conn.getresponse()
    return r.status, r.read()


def rows_of(body: bytes) -> int:
    data = json.loads(body)
    return 1 if "boolean" in data else len(data["results"]["bindings"])


def wait_ready(port: int, path: str, proc: subprocess.Popen[bytes], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server on port {port} exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            if get(conn, path, "ASK {}")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server on port {port} not ready after {seconds} s")


def start_servers(gen: Path, work: Path, data_dir: Path) -> dict[str, tuple[subprocess.Popen[bytes], int, str]]:
    nq = work / "dump.nq"
    dump_nquads(gen, nq)
    oxdir = work / "oxigraph"
    bin_dir = Path(sys.executable).parent
    subprocess.run([str(bin_dir / "oxigraph"), "load", "--location", str(oxdir), "--file", str(nq)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    servers: dict[str, tuple[subprocess.Popen[bytes], int, str]] = {}
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    env = {**os.environ, "STYRGRAF_DATA_DIR": str(data_dir)}
    for name, extra in (("styrgraf", {}), ("styrgraf-cached", {"STYRGRAF_SPARQL_RESULT_CACHE_BYTES": "32000000"})):
        p = free_port()
        servers[name] = (subprocess.Popen(
            [sys.executable, "-m", "styrgraf", "--data-dir", str(data_dir), "serve", "--no-build", "--host",
             "127.0.0.1", "--port", str(p)], env={**env, **extra}, cwd=ROOT, **quiet), p, "/sparql")
    p = free_port()
    servers["oxigraph"] = (subprocess.Popen(
        [str(bin_dir / "oxigraph"), "serve-read-only", "--location", str(oxdir), "--bind", f"127.0.0.1:{p}",
         "--union-default-graph"], **quiet), p, "/query")
    p = free_port()
    servers["oxigraph-mem"] = (subprocess.Popen(
        [str(bin_dir / "oxigraph"), "serve", "--bind", f"127.0.0.1:{p}", "--union-default-graph"], **quiet),
        p, "/query")
    wait_ready(p, "/query", servers["oxigraph-mem"][0])
    conn = http.client.HTTPConnection("127.0.0.1", p, timeout=120)
    conn.request("POST", "/store", body=nq.read_bytes(), headers={"Content-Type": "application/n-quads"})
    if conn.getresponse().status >= 300:
        raise SystemExit("could not load the N-Quads into the in-memory Oxigraph server")
    p = free_port()
    servers["rdflib-endpoint"] = (subprocess.Popen(
        [str(bin_dir / "rdflib-endpoint"), "serve", str(nq), "--host", "127.0.0.1", "--port", str(p)], **quiet),
        p, "/")
    for proc, port, path in servers.values():
        wait_ready(port, path, proc)
    return servers


def timed_get(conn: http.client.HTTPConnection, path: str, query: str) -> float | None:
    """Latency in ms of one request, None when it was not answered 200 (shed or failed)."""
    t0 = time.perf_counter()
    status, _body = get(conn, path, query)
    return (time.perf_counter() - t0) * 1000 if status == 200 else None


def measure(targets: dict[str, tuple[int, str, int]], query: str, clients: int) -> dict[str, dict[str, object]]:
    """Sequential and concurrent latencies (ms) of one query on each server ({name: (port, path, n)}).

    The servers take turns (one request each, round after round; concurrent rounds of a few requests per
    client), so a change in the machine's load during the run falls on all of them alike."""
    out: dict[str, dict[str, object]] = {}
    conns = {s: http.client.HTTPConnection("127.0.0.1", port, timeout=60) for s, (port, _p, _n) in targets.items()}
    for s, (_port, path, _n) in list(targets.items()):
        for _ in range(5):  # warm-up (caches, first store access)
            status, body = get(conns[s], path, query)
        if status != 200:
            out[s] = {"error": f"{status}: {body[:120]!r}"}
            del targets[s]
        else:
            out[s] = {"rows": rows_of(body), "seq": [], "conc": [], "shed": 0}
    n_max = max((n for _p, _pa, n in targets.values()), default=0)
    for i in range(n_max):
        for s, (_port, path, n) in targets.items():
            if i < n:
                t = timed_get(conns[s], path, query)
                if t is not None:
                    out[s]["seq"].append(t)  # type: ignore[attr-defined]
    per_round = 5
    lock = threading.Lock()
    for r in range(0, n_max, per_round):
        for s, (port, path, n) in targets.items():
            if r >= n:
                continue

            def client(port: int = port, path: str = path, k: int = min(per_round, n - r), s: str = s) -> None:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                mine = [timed_get(c, path, query) for _ in range(k)]
                with lock:
                    out[s]["conc"].extend(t for t in mine if t is not None)  # type: ignore[attr-defined]
                    out[s]["shed"] = int(out[s]["shed"]) + sum(t is None for t in mine)  # type: ignore[call-overload]

            threads = [threading.Thread(target=client) for _ in range(clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
    for s in targets:
        for mode in ("seq", "conc"):
            xs: list[float] = out[s][mode]  # type: ignore[assignment]
            out[s][mode] = (pct(xs, 50), pct(xs, 95)) if xs else None
    return out


def geomean(xs: list[float]) -> float:
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def report(results: dict[str, dict[str, dict[str, object]]], servers: list[str]) -> None:
    for mode, label in (("seq", "sequential"), ("conc", "concurrent")):
        print(f"\n{label}: p50 / p95 ms")
        print(f"| query | rows | {' | '.join(servers)} |")
        print("|---|---|" + "---|" * len(servers))
        ratios: dict[tuple[str, str, int], list[float]] = {}
        for q, per in results.items():
            cells = []
            for s in servers:
                r = per.get(s, {})
                cell = "—" if not r.get(mode) else "{:.1f} / {:.1f}".format(*r[mode])  # type: ignore[str-format]
                if mode == "conc" and r.get("shed"):
                    cell += f" ({r['shed']} × 503)"
                cells.append(cell)
            print(f"| {q} | {per['styrgraf'].get('rows', '?')} | {' | '.join(cells)} |")
            for ours in ("styrgraf", "styrgraf-cached"):
                for peer in PEERS:
                    sg, ox = per.get(ours, {}).get(mode), per.get(peer, {}).get(mode)
                    if sg and ox:
                        for i in (0, 1):
                            ratios.setdefault((ours, peer, i), []).append(sg[i] / ox[i])  # type: ignore[index]
        for ours in ("styrgraf", "styrgraf-cached"):
            for peer in PEERS:
                if (ours, peer, 0) in ratios:
                    print(f"geometric mean {ours}/{peer}: p50 {geomean(ratios[ours, peer, 0]):.2f}×, "
                          f"p95 {geomean(ratios[ours, peer, 1]):.2f}×")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=None, help="a Styrgraf data dir (built if it has no generation)")
    ap.add_argument("-n", type=int, default=40, help="runs per query and client")
    ap.add_argument("--clients", type=int, default=4, help="concurrent clients")
    ap.add_argument("--rdflib-n", type=int, default=5, help="runs per query on rdflib-endpoint (it is slow)")
    ap.add_argument("--skip", nargs="*", default=[], help="servers to leave out (e.g. rdflib-endpoint)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="sparql-peers-") as tmp:
        work = Path(tmp)
        data_dir = (args.data_dir or work / "data").resolve()
        gen = generation_dir(data_dir)
        servers = start_servers(gen, work, data_dir)
        names = [s for s in servers if s not in args.skip]
        try:
            results: dict[str, dict[str, dict[str, object]]] = {}
            for qname, text in query_mix().items():
                targets = {s: (servers[s][1], servers[s][2], args.rdflib_n if s == "rdflib-endpoint" else args.n)
                           for s in names if s.startswith("styrgraf") or SEARCH_ONLY not in text}
                results[qname] = measure(targets, text, args.clients)
                for s, r in results[qname].items():
                    if "error" in r:
                        print(f"{qname} on {s}: {r['error']}", file=sys.stderr)
                sg, ox = results[qname]["styrgraf"].get("rows"), results[qname].get("oxigraph", {}).get("rows")
                if ox is not None and sg != ox:
                    print(f"warning: {qname}: Styrgraf {sg} rows, Oxigraph {ox} rows", file=sys.stderr)
            report(results, names)
        finally:
            for proc, _port, _path in servers.values():
                proc.terminate()
            for proc, _port, _path in servers.values():
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
