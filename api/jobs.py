"""Background jobs of the admin API: one upload or rebuild at a time, in one worker thread.

The service cannot build a generation itself (the pipeline sits in the layer above, `styrgraf/`), so
`create_app(builder=...)` is handed a `Builder`; `styrgraf serve` passes `styrgraf.pipeline.PipelineBuilder`.
Jobs run one after another (a build holds the workspace's build lock anyway, and two embedding runs at
once would only share the CPU); their state lives in memory and is polled through `GET /api/admin/jobs/{id}`.
A job's error is a `StyrgrafError`'s JSON shape; anything unexpected is logged and reported without a
stack trace.
"""

from __future__ import annotations

import logging
import queue
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from corpus.errors import StyrgrafError

log = logging.getLogger(__name__)

#: progress(fraction 0..1, message of the stage)
StepProgress = Callable[[float, str], None]
JobState = Literal["queued", "running", "done", "failed"]
#: Finished jobs remembered for polling (the oldest are forgotten first).
KEEP_JOBS = 200


class Builder(Protocol):
    """What the admin API needs from the build pipeline; each returns a JSON-able result."""

    def ingest(self, paths: Sequence[Path], progress: StepProgress,
               overrides: dict[str, Any] | None = None) -> dict[str, Any]: ...

    def rebuild(self, progress: StepProgress) -> dict[str, Any]: ...


@dataclass
class Job:
    id: str
    kind: Literal["ingest", "rebuild"]
    state: JobState = "queued"
    progress: float = 0.0
    stage: str = "I kö"
    created: float = field(default_factory=time.time)
    finished: float | None = None
    result: dict[str, Any] | None = None
    error: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "state": self.state, "progress": round(self.progress, 3),
                "stage": self.stage, "created": self.created, "finished": self.finished,
                "result": self.result, "error": self.error}


class JobRunner:
    """A queue of jobs worked off by one daemon thread (started with the first job)."""

    def __init__(self, builder: Builder) -> None:
        self.builder = builder
        self._jobs: dict[str, Job] = {}
        self._queue: queue.Queue[tuple[Job, Callable[[StepProgress], dict[str, Any]], Path | None]] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def submit_ingest(self, paths: Sequence[Path], cleanup: Path | None = None,
                      overrides: dict[str, Any] | None = None) -> Job:
        """Ingest `paths` (with the ingest `overrides`, e.g. the organisation); `cleanup` (the uploads'
        temporary folder) is removed when the job ends."""
        return self._submit("ingest", lambda p: self.builder.ingest(list(paths), p, overrides), cleanup)

    def submit_rebuild(self) -> Job:
        return self._submit("rebuild", self.builder.rebuild, None)

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def _submit(self, kind: Literal["ingest", "rebuild"], work: Callable[[StepProgress], dict[str, Any]],
                cleanup: Path | None) -> Job:
        job = Job(id=uuid.uuid4().hex[:12], kind=kind)
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEEP_JOBS:
                self._jobs.pop(next(iter(self._jobs)))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="styrgraf-admin-jobs", daemon=True)
                self._thread.start()
        self._queue.put((job, work, cleanup))
        return job

    def _work(self) -> None:
        while True:
            job, work, cleanup = self._queue.get()
            job.state, job.stage = "running", "Startar"

            def step(fraction: float, message: str, job: Job = job) -> None:
                job.progress, job.stage = max(job.progress, fraction), message

            try:
                job.result = work(step)
                job.state, job.progress, job.stage = "done", 1.0, "Klart"
            except StyrgrafError as e:
                job.error = {"status": e.status, "title": e.title, "detail": e.detail}
                job.state, job.stage = "failed", "Misslyckades"
            except Exception as e:  # a bug must not kill the worker thread: report it, keep serving
                log.exception("admin job %s failed", job.id)
                job.error = {"status": 500, "title": "Internt fel", "detail": f"{type(e).__name__}: {e}"}
                job.state, job.stage = "failed", "Misslyckades"
            finally:
                job.finished = time.time()
                if cleanup is not None:
                    shutil.rmtree(cleanup, ignore_errors=True)
                self._queue.task_done()
