"""A throwaway Virtuoso (Debian's `virtuoso-opensource`) on loopback, for the graph benchmark and for running
the remote-store tests against it.

    python bench/virtuoso.py DIR          # start in DIR, print the STYRGRAF_* settings, wait for Ctrl-C

What it sets up in a fresh database (DIR/virtuoso.ini, ports on 127.0.0.1 only):
- the SPARQL endpoint `/sparql` (queries; and updates, once the anonymous `SPARQL` user has the
  `SPARQL_UPDATE` role, granted here: loopback only, a test server);
- the Graph Store Protocol at `/sparql-graph-crud` (anonymous, the same role) and `/sparql-graph-crud-auth`
  (HTTP digest, user `dba`, password `dba`);
- `DirsAllowed` including DIR, so `ld_dir` + `rdf_loader_run()` (Virtuoso's bulk loader) can read files there.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from measure import free_port  # bench/measure.py (the script's folder is on sys.path)

BINARY = "virtuoso-t"
ISQL = "isql-vt"
VSP = Path("/var/lib/virtuoso-opensource-7/vsp")

INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {d}, /usr/share/virtuoso-opensource-7/vad
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
MaxQueryMem = 1G
ThreadsPerQuery = 2
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {vsp}
ServerThreads = 10
MaxClientConnections = 10
KeepAliveTimeout = 10
Charset = UTF-8
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 120
DefaultQuery = SELECT * WHERE {{ ?s ?p ?o }} LIMIT 10
"""

#: Run once in a fresh database: anonymous SPARQL updates and GSP writes (a loopback test server only).
GRANTS = ["GRANT SPARQL_UPDATE TO \"SPARQL\";",
          "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);",
          "GRANT SPARQL_UPDATE TO \"dba\";"]


def available() -> bool:
    return shutil.which(BINARY) is not None and shutil.which(ISQL) is not None


@dataclass
class Virtuoso:
    dir: Path
    sql_port: int
    http_port: int
    proc: subprocess.Popen[bytes]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    def env(self) -> dict[str, str]:
        """The settings that point Styrgraf (and tests/test_remote_store.py) at this server."""
        return {"STYRGRAF_SPARQL_QUERY_URL": f"{self.base}/sparql",
                "STYRGRAF_SPARQL_UPDATE_URL": f"{self.base}/sparql",
                "STYRGRAF_SPARQL_GSP_URL": f"{self.base}/sparql-graph-crud"}

    def isql(self, *statements: str, timeout: float = 3600) -> str:
        """Run SQL statements through isql (as dba); raises with Virtuoso's message on an error."""
        script = "\n".join(statements) + "\n"
        r = subprocess.run([ISQL, str(self.sql_port), "dba", "dba"], input=script.encode(), capture_output=True,
                           timeout=timeout)
        out = r.stdout.decode(errors="replace")
        if r.returncode != 0 or "*** Error" in out:
            raise RuntimeError(f"isql failed: {out[-800:]} {r.stderr.decode(errors='replace')[-400:]}")
        return out

    def bulk_load(self, path: Path, graph: str = "urn:styrgraf:bench:default") -> None:
        """Virtuoso's bulk loader (ld_dir + rdf_loader_run): N-Quads keep their graphs, triples go to `graph`."""
        path = path.resolve()
        if not path.is_relative_to(self.dir):
            raise ValueError(f"{path}: the bulk loader reads only under {self.dir} (DirsAllowed)")
        self.isql(f"ld_dir('{path.parent}', '{path.name}', '{graph}');", "rdf_loader_run();", "checkpoint;")

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
            self.isql("shutdown;", timeout=60)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def start(work: Path, *, buffers: int = 170_000, seconds: float = 120) -> Virtuoso:
    """Virtuoso in `work` (a fresh database), ready to answer /sparql; buffers × 8 KiB is its page cache."""
    work = work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    sql, http = free_port(), free_port()
    (work / "virtuoso.ini").write_text(INI.format(d=work, sql=sql, http=http, vsp=VSP, buffers=buffers,
                                                  dirty=buffers * 3 // 4), "utf-8")
    proc = subprocess.Popen([BINARY, "+foreground", "+configfile", str(work / "virtuoso.ini")], cwd=work,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    v = Virtuoso(work, sql, http, proc)
    deadline = time.monotonic() + seconds
    query = urllib.parse.urlencode({"query": "ASK {}"})
    while True:
        if proc.poll() is not None:
            log_file = work / "virtuoso.log"
            log = log_file.read_text(errors="replace")[-1500:] if log_file.exists() else ""
            raise RuntimeError(f"virtuoso exited with {proc.returncode}: {log}")
        try:
            with urllib.request.urlopen(f"{v.base}/sparql?{query}", timeout=5) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if time.monotonic() > deadline:
            v.stop()
            raise RuntimeError(f"virtuoso not ready after {seconds} s")
        time.sleep(0.5)
    v.isql(*GRANTS)
    return v


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", nargs="?", type=Path, default=Path("virtuoso-db"), help="database directory (fresh)")
    args = ap.parse_args()
    if not available():
        print("virtuoso-t / isql-vt not found: apt-get install virtuoso-opensource", file=sys.stderr)
        return 1
    v = start(args.dir)
    for k, val in v.env().items():  # the service's settings, and the same for tests/test_remote_store.py
        print(f"export {k}={val}\nexport {k.replace('STYRGRAF_', 'STYRGRAF_TEST_')}={val}")
    print("export STYRGRAF_SPARQL_UNION_DEFAULT_GRAPH=native STYRGRAF_TEST_SPARQL_UNION=native", flush=True)
    try:
        v.proc.wait()
    except KeyboardInterrupt:
        v.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
