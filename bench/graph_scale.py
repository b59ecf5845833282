"""The analyst query mix over the seed graph and generated graphs of ~1M and ~10M triples, on three engines:
embedded pyoxigraph (what Styrgraf serves by default), the Oxigraph server and Virtuoso.

    nice python bench/graph_scale.py                          # seed + 1M, all engines
    nice python bench/graph_scale.py --sizes 1e7 -n 3 --queries count 03-projekt-flera-ar
    nice python bench/graph_scale.py --work /tmp/gs            # keep generated files between runs

Per size: the seed graph (the bundled corpus's extracted graph, ontology and thesaurus) plus a synthetic graph
(`bench/synthetic_graph.py`, cached as N-Quads in --work). Load time per engine:
- embedded: `styrgraf load` of the synthetic file into a generation holding the seed store (`load_file`: the
  validating scan, the store checkpoint and pyoxigraph's bulk loader; what a user runs);
- Oxigraph server: `oxigraph load` (its parallel bulk loader) of both files into a fresh directory, then
  `oxigraph serve-read-only --union-default-graph`;
- Virtuoso: its bulk loader (`ld_dir` + `rdf_loader_run()`, then a checkpoint) into a fresh database
  (`bench/virtuoso.py`); its default graph is the union of all graphs, Virtuoso's own system graphs included.
The mix is the one of `bench/sparql_peers.py` (the example queries plus ASK, COUNT and a FILTER) without the
search-function query. Each query: 2 warm-up runs, then `-n` timed runs, the engines taking turns run by run so
load from elsewhere on the machine falls on all alike; a run longer than --timeout is stopped and reported.
Servers are queried over HTTP on one keep-alive connection (JSON results, fully read); embedded runs iterate the
whole result in-process. Printed: p50/p95 ms per query and engine, and the geometric mean of each engine's p50
over embedded's, measured in the same run. Row counts that differ from embedded's are printed beside the time.
"""

from __future__ import annotations

import argparse
import http.client
import json
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox
from measure import free_port, pct  # bench/measure.py (the script's folder is on sys.path)
from sparql_peers import SEARCH_ONLY, geomean, query_mix, wait_ready

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import virtuoso  # noqa: E402  (bench/virtuoso.py)

Runner = Callable[[str], str]  # runs a query, returns its row count (and the value of a one-cell answer)


def seed_nquads(out: Path) -> int:
    """The seed graph as N-Quads (extracted without embedding anything: only the graph is needed)."""
    from corpus.bundled import load_bundled
    from graph.build import build_dataset
    from graph.thesaurus import Thesaurus

    if not out.exists():
        ds = build_dataset(load_bundled(), Thesaurus.load())
        out.write_bytes(ds.serialize(format="nquads", encoding="utf-8"))
    return sum(1 for _ in out.open("rb"))


def synthetic(work: Path, size: float) -> Path | None:
    if size == 0:
        return None
    out = work / f"synthetic-{int(size)}.nq"
    if not out.exists():
        subprocess.run([sys.executable, str(ROOT / "bench/synthetic_graph.py"), "--triples", str(int(size)), "--out",
                        str(out)], check=True)
    return out


def http_runner(port: int, path: str, timeout: float) -> Runner:
    conns = [http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)]

    def send(query: str) -> tuple[http.client.HTTPResponse, bytes]:
        conns[0].request("POST", path, body=urlencode({"query": query}),
                         headers={"Accept": "application/sparql-results+json",
                                  "Content-Type": "application/x-www-form-urlencoded"})
        r = conns[0].getresponse()
        return r, r.read()

    def run(query: str) -> str:
        for attempt in (0, 1):
            try:
                r, body = send(query)
                break
            except (OSError, http.client.HTTPException) as e:  # a broken connection is useless: a fresh one
                conns[0].close()
                conns[0] = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
                if "timed out" in str(e):
                    raise RuntimeError(f"no answer within {timeout:.0f} s") from e
                if attempt:  # the server closed an idle keep-alive connection: one more try on a new one
                    raise RuntimeError(f"{type(e).__name__}: {e}") from e
        if r.status != 200:
            raise RuntimeError(f"HTTP {r.status}: {body[:200]!r}")
        data = json.loads(body)
        if "boolean" in data:
            return str(data["boolean"]).lower()
        rows = data["results"]["bindings"]
        one = len(rows) == 1 and len(data["head"]["vars"]) == 1
        return f"1 ({next(iter(rows[0].values()))['value']})" if one and rows[0] else str(len(rows))
    return run


def embedded(work: Path, seed: Path, syn: Path | None) -> tuple[Runner, float]:
    """A Styrgraf generation holding the seed store, then `styrgraf load` of the synthetic file."""
    from api.workspace import Workspace
    from styrgraf.rdf_load import load_file

    ws = Workspace(work / "styrgraf-data")
    with ws.new_generation() as gen_dir:
        store = ox.Store(str(gen_dir / "store"))
        store.bulk_load(path=str(seed), format=ox.RdfFormat.N_QUADS)
        store.flush()
        del store
        (gen_dir / "meta.json").write_text("{}", "utf-8")
    t0 = time.perf_counter()
    if syn is not None:
        load_file(ws, syn, progress=lambda m: print(f"  {m}", file=sys.stderr))
    seconds = time.perf_counter() - t0
    gen = ws.current()
    assert gen is not None
    store = gen.open_store()

    def run(query: str) -> int:
        result = store.query(query, use_default_graph_as_union=True)
        if isinstance(result, ox.QueryBoolean):
            return str(bool(result)).lower()
        assert isinstance(result, ox.QuerySolutions)
        width = len(result.variables)
        rows = list(result)
        return f"1 ({rows[0][0].value})" if len(rows) == 1 and width == 1 and rows[0][0] else str(len(rows))
    return run, seconds


def oxigraph_server(work: Path, files: list[Path], timeout: float,
                    procs: list[subprocess.Popen[bytes]]) -> tuple[Runner, float]:
    binary = str(Path(sys.executable).with_name("oxigraph"))
    location = work / "oxigraph"
    t0 = time.perf_counter()
    subprocess.run([binary, "load", "--location", str(location), "--file", *map(str, files)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - t0
    port = free_port()
    proc = subprocess.Popen([binary, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    procs.append(proc)
    wait_ready(port, "/query", proc)
    return http_runner(port, "/query", timeout), seconds


def virtuoso_server(work: Path, files: list[Path], timeout: float, servers: list[virtuoso.Virtuoso],
                    ) -> tuple[Runner, float]:
    v = virtuoso.start(work / "virtuoso")
    servers.append(v)
    t0 = time.perf_counter()
    for f in files:
        local = v.dir / f.name
        if not local.exists():
            local.hardlink_to(f)
        v.bulk_load(local)
    seconds = time.perf_counter() - t0
    return http_runner(v.http_port, "/sparql", timeout), seconds


def measure(runners: dict[str, Runner], query: str, n: int, timeout: float) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    live = dict(runners)
    for name, run in list(live.items()):
        try:
            t0 = time.perf_counter()
            rows = run(query)
            if time.perf_counter() - t0 > timeout:
                raise TimeoutError(f"first run took {time.perf_counter() - t0:.0f} s")
            run(query)
            out[name] = {"rows": rows, "ms": []}
        except (OSError, RuntimeError) as e:
            out[name] = {"error": f"{type(e).__name__}: {str(e)[:160]}"}
            del live[name]
    for _ in range(n):
        for name, run in list(live.items()):
            t0 = time.perf_counter()
            try:
                run(query)
            except (OSError, RuntimeError) as e:
                out[name] = {"error": f"{type(e).__name__}: {str(e)[:160]}"}
                del live[name]
                continue
            out[name]["ms"].append((time.perf_counter() - t0) * 1000)  # type: ignore[attr-defined]
    for name in live:
        xs: list[float] = out[name]["ms"]  # type: ignore[assignment]
        out[name]["p"] = (pct(xs, 50), pct(xs, 95))
    return out


def report(label: str, triples: int, loads: dict[str, float], results: dict[str, dict[str, dict[str, object]]],
           engines: list[str]) -> None:
    print(f"\n### {label}: {triples:,} quads\n")
    print("load: " + ", ".join(f"{e} {s:.1f} s" for e, s in loads.items()))
    print(f"\n| query | rows | {' | '.join(f'{e} p50 / p95 ms' for e in engines)} |")
    print("|---|---|" + "---|" * len(engines))
    ratios: dict[str, list[float]] = {e: [] for e in engines}
    for q, per in results.items():
        base = per.get("embedded", {})
        cells = []
        for e in engines:
            r = per.get(e, {})
            if "p" not in r:
                cells.append(f"— ({r.get('error', 'not run')})")
                continue
            p50, p95 = r["p"]  # type: ignore[misc]
            cell = f"{p50:.1f} / {p95:.1f}"
            if "rows" in base and r["rows"] != base["rows"]:
                cell += f" ({r['rows']} rows)"
            cells.append(cell)
            if "p" in base:
                ratios[e].append(p50 / base["p"][0])  # type: ignore[index]
        print(f"| {q} | {base.get('rows', '?')} | {' | '.join(cells)} |")
    print("\ngeometric mean of p50 / embedded p50: "
          + ", ".join(f"{e} {geomean(r):.2f}×" for e, r in ratios.items() if r and e != "embedded"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", nargs="+", type=float, default=[0, 1e6], help="synthetic quads (0 = the seed only)")
    ap.add_argument("--engines", nargs="+", default=["embedded", "oxigraph", "virtuoso"])
    ap.add_argument("-n", type=int, default=20, help="timed runs per query and engine")
    ap.add_argument("--queries", nargs="*", help="run only these queries of the mix (names as printed)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds one query may take")
    ap.add_argument("--work", type=Path, help="folder for generated files (kept); default a temp dir")
    args = ap.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that `finally` stops the servers
    if "virtuoso" in args.engines and not virtuoso.available():
        print("virtuoso-t not installed: leaving Virtuoso out", file=sys.stderr)
        args.engines.remove("virtuoso")
    mix = {k: v for k, v in query_mix().items() if SEARCH_ONLY not in v and (not args.queries or k in args.queries)}
    base_dir = args.work or Path(tempfile.mkdtemp(prefix="graph-scale-"))
    base_dir.mkdir(parents=True, exist_ok=True)
    seed = base_dir / "seed.nq"
    seed_quads = seed_nquads(seed)
    for size in args.sizes:
        syn = synthetic(base_dir, size)
        files = [seed] + ([syn] if syn else [])
        quads = seed_quads + (sum(1 for _ in syn.open("rb")) if syn else 0)
        work = base_dir / f"run-{int(size)}"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        procs: list[subprocess.Popen[bytes]] = []
        servers: list[virtuoso.Virtuoso] = []
        runners: dict[str, Runner] = {}
        loads: dict[str, float] = {}
        try:
            for engine in args.engines:
                print(f"{int(size):,}: loading into {engine} ...", file=sys.stderr)
                if engine == "embedded":
                    runners[engine], loads[engine] = embedded(work, seed, syn)
                elif engine == "oxigraph":
                    runners[engine], loads[engine] = oxigraph_server(work, files, args.timeout, procs)
                elif engine == "virtuoso":
                    runners[engine], loads[engine] = virtuoso_server(work, files, args.timeout, servers)
                print(f"  {loads[engine]:.1f} s", file=sys.stderr)
            results = {}
            for name, text in mix.items():
                results[name] = measure(runners, text, args.n, args.timeout)
                print(f"  {name}: " + ", ".join(f"{e} {r.get('p') or r.get('error')} rows {r.get('rows')}"
                                                for e, r in results[name].items()), file=sys.stderr, flush=True)
            report("seed graph" if size == 0 else f"seed + synthetic {size:.0e}", quads, loads, results,
                   args.engines)
        finally:
            for p in procs:
                p.terminate()
                p.wait(timeout=30)
            for v in servers:
                v.stop()
            if args.work is None or size >= 1e7:
                shutil.rmtree(work, ignore_errors=True)
    if args.work is None:
        shutil.rmtree(base_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
