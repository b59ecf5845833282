"""A small pool of killable SPARQL worker processes.

pyoxigraph has no query timeout, so queries run in child processes that open the generation's store
read-only (`api/sparql/worker.py`). Each worker is a fresh interpreter started with `subprocess` and
spoken to through a socketpair wrapped in a `multiprocessing.connection.Connection` (so nothing
depends on how the parent's `__main__` was started). `WorkerPool.run(task, timeout_s)` takes an idle
worker, sends the task and waits on the socket for at most `timeout_s`; a worker that runs past it is
killed (SIGKILL), a fresh one is started in the background and `QueryTimeout` (503) is raised. The
other workers keep serving other users meanwhile. Tasks carry the store directory, so a worker
reopens its store when a new generation is being served.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import socket
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection

from api.sparql.worker import SparqlResult, SparqlTask
from corpus.errors import QueryError, QueryTimeout, StyrgrafError

log = logging.getLogger(__name__)


class SparqlBusy(StyrgrafError):
    status = 503
    title = "SPARQL-tjänsten är upptagen"


class SparqlFailed(StyrgrafError):
    status = 500
    title = "SPARQL-frågan misslyckades"


class _Worker:
    def __init__(self) -> None:
        parent, child = socket.socketpair()
        fd = child.fileno()
        self.process = subprocess.Popen(
            [sys.executable, "-c", f"from api.sparql.worker import serve_fd; serve_fd({fd})"],
            pass_fds=(fd,), stdin=subprocess.DEVNULL, close_fds=True,
        )
        child.close()
        self.conn: Connection = Connection(parent.detach())

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.wait(timeout=5)
        finally:
            self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=2)
        self.conn.close()


class WorkerPool:
    def __init__(self, size: int = 3) -> None:
        self.size = size
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()
        self.killed = 0  # runaway queries killed since start (for /api/status and tests)
        for _ in range(size):
            self._spawn()

    def _spawn(self) -> None:
        w = _Worker()
        with self._lock:
            if self._closed:
                w.stop()
                return
            self._all.add(w)
        self._idle.put(w)

    def _replace(self, dead: _Worker) -> None:
        with self._lock:
            self._all.discard(dead)
        threading.Thread(target=self._spawn, daemon=True, name="styrgraf-sparql-spawn").start()

    def pids(self) -> list[int]:
        with self._lock:
            return [w.pid for w in self._all if w.pid is not None]

    def run(self, task: SparqlTask, timeout_s: float) -> SparqlResult:
        if self._closed:
            raise SparqlBusy("tjänsten stängs")
        deadline = time.monotonic() + timeout_s
        try:
            w = self._idle.get(timeout=timeout_s)
        except queue.Empty:
            raise SparqlBusy(f"alla {self.size} SPARQL-arbetare är upptagna; försök igen om en stund") from None
        if not w.alive():
            self._replace(w)
            return self.run(task, max(0.1, deadline - time.monotonic()))
        try:
            w.conn.send(task)
            remaining = max(0.0, deadline - time.monotonic())
            if not w.conn.poll(remaining):
                log.warning("SPARQL query ran past %.1f s; killing worker %s", timeout_s, w.pid)
                w.kill()
                self.killed += 1
                self._replace(w)
                raise QueryTimeout(
                    f"frågan avbröts efter {timeout_s:g} s (gräns: sparql_timeout_s); begränsa den med LIMIT, "
                    "fler villkor eller färre korsprodukter")
            status, payload = w.conn.recv()
        except (EOFError, OSError, BrokenPipeError) as e:
            w.kill()
            self._replace(w)
            raise SparqlFailed(f"SPARQL-arbetaren avslutades oväntat ({type(e).__name__})") from e
        except BaseException:
            if w.alive() and not w.conn.closed:
                # interrupted while waiting (e.g. server shutdown): the worker's state is unknown
                w.kill()
                self._replace(w)
            raise
        self._idle.put(w)
        if status == "ok":
            result: SparqlResult = payload
            return result
        if status == "syntax":
            raise QueryError(f"syntaxfel: {payload}")
        msg = str(payload).split("\n", 1)[0]
        raise SparqlFailed(msg)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.stop()
