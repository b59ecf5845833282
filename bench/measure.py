"""Measuring helpers shared by the bench scripts (run as `python bench/<script>.py`)."""

from __future__ import annotations

import resource
import socket

import numpy as np


def rss_mb(key: str = "VmRSS") -> float:
    """Resident memory of this process now, in MB. `key="RssAnon"`: without file-backed pages (a
    memory-mapped index's pages are reclaimable page cache, counted in VmRSS while mapped)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB. VmHWM, not ru_maxrss: getrusage keeps the
    parent's peak across fork + exec, so a child started by a big parent would report the parent's."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(xs: list[float], p: float) -> float:
    return float(np.percentile(np.array(xs), p)) if xs else float("nan")


def free_port() -> int:
    """A loopback port the OS says is free now (the benchmarks start their servers on it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
