"""`styrgraf load` into a remote SPARQL 1.1 server: one Graph Store Protocol PUT per graph of the file.

The file is split by graph into N-Triples spool files on disk first (bounded memory for any file size; the
validating scan has already passed), then each graph is PUT, which replaces it on the server: a graph is never
half-written. Graphs an earlier load wrote and this one replaces without filling are deleted. A failure
half-way leaves the graphs PUT so far on the server and the workspace unchanged; loading the file again
replaces them (PUT is idempotent).

Blank nodes: each PUT is its own document to the server, so a blank node shared by two graphs of one file
becomes two nodes there (the embedded store keeps it one); docs/remote-stores.md lists this.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Protocol

import pyoxigraph as ox

Progress = Callable[[str], None]
NTRIPLES = "application/n-triples"
#: Spool files kept open at once; beyond it a graph's file is closed and reopened for appending.
_OPEN_FILES = 64


class GraphWriter(Protocol):
    """The Graph Store Protocol writes a load needs (`graph.remote.RemoteStore` has them)."""

    def put_graph(self, graph_iri: str, data: bytes, media_type: str) -> None: ...

    def delete_graph(self, graph_iri: str) -> None: ...


def _spool(quads: Iterator[ox.Quad], folder: Path) -> dict[str, Path]:
    """Write each graph's triples to its own N-Triples file; returns graph IRI → file."""
    files: dict[str, Path] = {}
    handles: dict[str, IO[str]] = {}
    for q in quads:
        g = q.graph_name.value  # type: ignore[union-attr]
        f = handles.get(g)
        if f is None:
            if len(handles) >= _OPEN_FILES:
                handles.pop(next(iter(handles))).close()
            path = files.setdefault(g, folder / f"{len(files):06d}.nt")
            f = handles[g] = path.open("a", encoding="utf-8")
        f.write(f"{q.subject} {q.predicate} {q.object} .\n")
    for f in handles.values():
        f.close()
    return files


def put_file(remote: GraphWriter, quads: Iterator[ox.Quad], cleared: set[str],
             progress: Progress | None = None) -> list[str]:
    """PUT each graph of `quads` to `remote`; delete the `cleared` graphs it does not fill. Returns the graphs."""
    with tempfile.TemporaryDirectory(prefix="styrgraf-load-") as tmp:
        files = _spool(quads, Path(tmp))
        for i, (graph, path) in enumerate(sorted(files.items())):
            if progress:
                progress(f"PUT <{graph}> ({i + 1}/{len(files)}, {path.stat().st_size >> 10} KiB)")
            remote.put_graph(graph, path.read_bytes(), NTRIPLES)
        for graph in sorted(cleared - files.keys()):
            remote.delete_graph(graph)
        return sorted(files)
