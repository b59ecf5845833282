"""A small pool of killable SPARQL worker processes, driven from the event loop.

pyoxigraph has no query timeout, so queries are parsed and evaluated in child processes that open the
generation's store read-only (`api/sparql/worker.py`). Each worker is a fresh interpreter started with
`subprocess` and spoken to through a socketpair (the lean framing described in worker.py), so nothing depends
on how the parent's `__main__` was started.

`await WorkerPool.run(task, timeout_s)` takes an idle worker, writes the task and reads the answer with the
event loop's own socket calls (no thread-pool hop). Admission is bounded: when every worker is busy the
request waits at most `busy_wait_s` (100 ms) and then gets `SparqlBusy` (503 + Retry-After), instead of queueing
for the whole timeout. A worker that runs past `timeout_s` is killed (SIGKILL), a fresh one is started (and
warmed up on the last store) in a background thread, and `QueryTimeout` (503) is raised; the other workers
keep serving meanwhile. Tasks carry the store directory, so a worker reopens its store for a new generation;
that opening (a copy into memory for a small store) is a step of its own, bounded by `OPEN_TIMEOUT_S` and not
by the query's timeout.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import logging
import socket
import subprocess
import sys
import threading
import time

from api.sparql.worker import RESULT_HEAD, TASK_HEAD, SparqlResult, SparqlTask
from corpus.errors import QueryError, QueryTimeout, StyrgrafError

log = logging.getLogger(__name__)
BUSY_WAIT_S = 0.1
POLL_S = 0.003
FIRST_READ = 256 * 1024
OPEN_TIMEOUT_S = 60.0  # opening a generation's store in a worker (a copy into memory of up to 64 MB on disk)


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
        self.sock = parent
        self.store_dir: str | None = None  # the store this worker has open (known once a task ran)

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def warm(self, opening: SparqlTask, timeout_s: float = 30.0) -> None:
        """Open the store of `opening` (a task without a query) before the first query (blocking; called in
        the spawning thread)."""
        store_dir = opening.get("store_dir")
        self.sock.settimeout(timeout_s)
        try:
            payload = json.dumps(opening).encode()
            self.sock.sendall(TASK_HEAD.pack(len(payload)) + payload)
            head = _recv_blocking(self.sock, RESULT_HEAD.size)
            h_len, b_len = RESULT_HEAD.unpack(head)
            header = json.loads(_recv_blocking(self.sock, h_len + b_len)[:h_len])
            if header.get("status") == "ok":
                self.store_dir = store_dir
        finally:
            self.sock.setblocking(False)

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.process.kill()
        self.sock.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.setblocking(True)
            self.sock.sendall(TASK_HEAD.pack(0))
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=2)
        self.sock.close()


def _opening(task: SparqlTask) -> SparqlTask:
    """The part of `task` that says which store to open and how (what a fresh worker is warmed up with)."""
    opening: SparqlTask = {"has_dataset": False, "default_graphs": [], "named_graphs": [], "scores": {},
                           "max_rows": 0, "solutions_format": "json", "graph_format": "turtle"}
    for key in ("store_dir", "memory_max_bytes"):
        if key in task:
            opening[key] = task[key]
    return opening


def _recv_blocking(sock: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise EOFError("worker closed the socket")
        buf += chunk
    return bytes(buf)


async def _exchange(loop: asyncio.AbstractEventLoop, sock: socket.socket, task: SparqlTask) -> tuple[int, bytes]:
    """Send one task and read its answer: (header length, header + body)."""
    payload = json.dumps(task).encode("utf-8")
    await loop.sock_sendall(sock, TASK_HEAD.pack(len(payload)) + payload)
    # One read usually holds the whole answer (the worker writes it at once); read on only for a large one.
    first = await loop.sock_recv(sock, FIRST_READ)
    while len(first) < RESULT_HEAD.size:
        more = await loop.sock_recv(sock, FIRST_READ)
        if not more:
            raise EOFError("worker closed the socket")
        first += more
    h_len, b_len = RESULT_HEAD.unpack_from(first)
    data = first[RESULT_HEAD.size:]
    if len(data) < h_len + b_len:
        data += await _recv_exactly(loop, sock, h_len + b_len - len(data))
    return h_len, data


async def _recv_exactly(loop: asyncio.AbstractEventLoop, sock: socket.socket, n: int) -> bytes:
    buf = bytearray(n)
    view = memoryview(buf)
    got = 0
    while got < n:
        k = await loop.sock_recv_into(sock, view[got:])
        if k == 0:
            raise EOFError("worker closed the socket")
        got += k
    return bytes(buf)


class WorkerPool:
    def __init__(self, size: int = 3, *, busy_wait_s: float = BUSY_WAIT_S) -> None:
        self.size = size
        self.busy_wait_s = busy_wait_s
        # LIFO: the worker that just answered is taken next (its store cache and CPU caches are warm). deque's
        # append/pop are atomic, so the spawning threads and the event loop share it without a lock.
        self._idle: collections.deque[_Worker] = collections.deque()
        self._closed = False
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()
        self._opening: SparqlTask | None = None  # the last store asked for: replacements open it before serving
        self.killed = 0  # runaway queries killed since start (for /api/status and tests)
        self.busy = 0    # requests refused because every worker was busy
        for _ in range(size):
            self._spawn()

    def _spawn(self) -> None:
        w = _Worker()
        opening = self._opening
        if opening is not None:
            try:
                w.warm(opening)
            except (OSError, EOFError, ValueError):
                log.warning("SPARQL worker %s could not open %s before serving", w.pid, opening.get("store_dir"))
        else:
            w.sock.setblocking(False)
        with self._lock:
            if self._closed:
                w.stop()
                return
            self._all.add(w)
        self._idle.append(w)

    def _replace(self, dead: _Worker) -> None:
        dead.kill()
        with self._lock:
            self._all.discard(dead)

        def reap_and_spawn() -> None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                dead.process.wait(timeout=5)
            self._spawn()

        threading.Thread(target=reap_and_spawn, daemon=True, name="styrgraf-sparql-spawn").start()

    def pids(self) -> list[int]:
        with self._lock:
            return [w.pid for w in self._all]

    async def _acquire(self, wait_s: float) -> _Worker:
        deadline = time.monotonic() + wait_s
        while True:
            if self._closed:
                raise SparqlBusy("tjänsten stängs")
            try:
                w = self._idle.pop()
            except IndexError:
                if time.monotonic() >= deadline:
                    self.busy += 1
                    raise SparqlBusy(f"alla {self.size} SPARQL-arbetare är upptagna; försök igen om en stund") \
                        from None
                await asyncio.sleep(POLL_S)
                continue
            if w.alive():
                return w
            self._replace(w)

    async def run(self, task: SparqlTask, timeout_s: float) -> SparqlResult:
        """Evaluate `task` in a worker within `timeout_s` seconds."""
        w = await self._acquire(min(self.busy_wait_s, timeout_s))
        store_dir = task.get("store_dir")
        if store_dir is not None and (self._opening is None or self._opening.get("store_dir") != store_dir):
            self._opening = _opening(task)
        loop = asyncio.get_running_loop()
        opening = False
        try:
            if store_dir is not None and w.store_dir != store_dir:
                # Opening a generation's store (and copying it into memory) is the service's work, not the
                # query's: it has its own bound, so a short `timeout=` is not spent on it.
                opening = True
                async with asyncio.timeout(OPEN_TIMEOUT_S):
                    h_len, data = await _exchange(loop, w.sock, _opening(task))
                if json.loads(data[:h_len]).get("status") == "ok":
                    w.store_dir = store_dir
                opening = False
            async with asyncio.timeout(timeout_s):
                h_len, data = await _exchange(loop, w.sock, task)
        except TimeoutError:
            self._replace(w)
            if opening:
                raise StyrgrafError(f"SPARQL-arbetaren kunde inte öppna grafen inom {OPEN_TIMEOUT_S:g} s",
                                    status=503) from None
            log.warning("SPARQL query ran past %.1f s; killing worker %s", timeout_s, w.pid)
            self.killed += 1
            raise QueryTimeout(
                f"frågan avbröts efter {timeout_s:g} s (gräns: sparql_timeout_s); begränsa den med LIMIT, "
                "fler villkor eller färre korsprodukter") from None
        except (EOFError, OSError) as e:
            self._replace(w)
            raise SparqlFailed(f"SPARQL-arbetaren avslutades oväntat ({type(e).__name__})") from e
        except BaseException:
            self._replace(w)  # cancelled while waiting (client gone, shutdown): the worker's state is unknown
            raise
        w.store_dir = store_dir
        self._idle.append(w)
        header = json.loads(data[:h_len])
        status = header.pop("status")
        if status == "ok":
            header["body"] = data[h_len:]
            result: SparqlResult = header
            return result
        if status == "syntax":
            raise QueryError(f"syntaxfel: {header['message']}")
        raise SparqlFailed(str(header.get("message", "")).split("\n", 1)[0])

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.stop()
