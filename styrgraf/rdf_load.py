"""`styrgraf load`: outside RDF (a region's own vocabularies, a synthetic benchmark graph) into the store.

A loaded file is registered like an ingested original: a copy in the generation (`loaded/<name>`) and an entry
in `loaded.json` (its graphs, quad count, hash). Generations are immutable, so a load writes a new generation:
the current store checkpointed (`Store.backup`: hard links to RocksDB's immutable files) plus the file
(`bulk_load`), every other file of the current generation hard-linked, then the one atomic `current` swap.
A bad file fails the scan before anything is written. `carry_loaded()` is the build's half: a rebuilt store
gets every registered file again, in load order.

Graph semantics are those of the Graph Store Protocol's PUT, in both stores: a file's triples in the default
graph go to `--graph` (else `graph/loaded/<file name>`), and each graph a load writes replaces what an earlier
load wrote there. Styrgraf's own graphs (documents, ontology, thesaurus) are rebuilt from the corpus, so a load
into them is refused.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from api.workspace import Generation, Workspace
from corpus.errors import IngestError, NotBuilt
from corpus.slug import slugify
from graph.namespaces import GRAPH, ONTOLOGY_GRAPH, THESAURUS_GRAPH, document_graph
from styrgraf.rdf_remote import GraphWriter, Progress, put_file

LOADED = "loaded.json"
#: File suffix → (format, N-Triples-like media type for GSP). Quad formats may name graphs themselves.
FORMATS: dict[str, ox.RdfFormat] = {".nq": ox.RdfFormat.N_QUADS, ".nt": ox.RdfFormat.N_TRIPLES,
                                    ".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG}
_PROGRESS_EVERY_S = 2.0


@dataclass(frozen=True)
class Scan:
    """What a validating pass over a file found: its graphs (default graph mapped to the target) and size."""

    graphs: list[str]
    quads: int


class _Counting(io.RawIOBase):
    """A binary reader that reports how far into the file the parser is (bulk_load has no callback)."""

    def __init__(self, path: Path, label: str, progress: Progress | None) -> None:
        self._f = path.open("rb")
        self._size = max(path.stat().st_size, 1)
        self._done = 0
        self._label, self._progress = label, progress
        self._last = time.monotonic()

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        data = self._f.read(len(buf))
        buf[: len(data)] = data
        self._done += len(data)
        if self._progress and time.monotonic() - self._last > _PROGRESS_EVERY_S:
            self._last = time.monotonic()
            self._progress(f"{self._label}: {100 * self._done // self._size} % "
                           f"({self._done >> 20} av {self._size >> 20} MiB)")
        return len(data)

    def close(self) -> None:
        self._f.close()
        super().close()


def _reader(path: Path, label: str, progress: Progress | None) -> io.BufferedReader:
    return io.BufferedReader(_Counting(path, label, progress), buffer_size=1 << 20)


def rdf_format(path: Path) -> ox.RdfFormat:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise IngestError(f"{path}: okänt RDF-format '{path.suffix}'; använd {', '.join(FORMATS)}")
    return fmt


def target_graph(path: Path, graph: str | None) -> str:
    """The graph of the file's default-graph triples: `--graph`, else one named after the file."""
    if graph is None:
        return str(GRAPH[f"loaded/{slugify(path.stem) or 'fil'}"])
    if not graph.startswith(("http://", "https://", "urn:")):
        raise IngestError(f"--graph '{graph}': ange en absolut IRI (http://, https:// eller urn:)")
    try:
        return ox.NamedNode(graph).value
    except ValueError as e:
        raise IngestError(f"--graph '{graph}': ogiltig IRI ({e})") from e


def _refuse_reserved(graphs: list[str]) -> None:
    reserved = {str(ONTOLOGY_GRAPH), str(THESAURUS_GRAPH)}
    prefix = document_graph("")
    for g in graphs:
        if g in reserved or g.startswith(prefix):
            raise IngestError(f"grafen <{g}> byggs av Styrgraf från korpusen och kan inte läsas in över; "
                              "välj en annan graf med --graph")


def quads(path: Path, graph: str, progress: Progress | None = None) -> Iterator[ox.Quad]:
    """The file's quads, default-graph triples moved into `graph`; a syntax error becomes an IngestError."""
    target = ox.NamedNode(graph)
    fmt = rdf_format(path)
    with _reader(path, f"Läser {path.name}", progress) as f:
        try:
            for q in ox.parse(f, fmt):
                if isinstance(q.graph_name, ox.DefaultGraph):
                    yield ox.Quad(q.subject, q.predicate, q.object, target)
                else:
                    yield q
        except SyntaxError as e:
            raise IngestError(f"{path.name}: ogiltig RDF ({fmt.name}): {e}") from e


def scan(path: Path, graph: str, progress: Progress | None = None) -> Scan:
    """Validate the whole file (nothing is written before this passed) and list the graphs it fills."""
    if not path.is_file():
        raise IngestError(f"{path}: filen finns inte")
    graphs: set[str] = set()
    n = 0
    for q in quads(path, graph, progress):
        n += 1
        graphs.add(q.graph_name.value)  # type: ignore[union-attr]
    if n == 0:
        raise IngestError(f"{path.name}: filen innehåller inga tripler")
    found = sorted(graphs)
    _refuse_reserved(found)
    return Scan(found, n)


def registered(gen: Generation | None) -> list[dict[str, Any]]:
    """The loaded files of a generation, in load order."""
    if gen is None or not (gen.path / LOADED).exists():
        return []
    return list(json.loads((gen.path / LOADED).read_text("utf-8")))


def _link_tree(src: Path, dst: Path) -> None:
    """Hard links of `src` under `dst` (copies across file systems): the new generation shares the files."""
    if src.is_dir():
        shutil.copytree(src, dst, copy_function=_link_or_copy)
    else:
        _link_or_copy(str(src), str(dst))


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _write_json(path: Path, data: Any) -> None:
    # Never write through a hard link (it would change the older generation too): new file, then rename.
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    os.replace(tmp, path)


def stage_loaded(gen: Generation | None, gen_dir: Path, entries: list[dict[str, Any]],
                 new_file: tuple[str, Path] | None = None) -> None:
    """Write `entries` and their files into `gen_dir`: registered files linked from `gen`, the new one copied."""
    out = gen_dir / "loaded"
    out.mkdir(exist_ok=True)
    for e in entries:
        stored = str(e["stored_as"])
        if new_file and stored == new_file[0]:
            shutil.copyfile(new_file[1], out / stored)
        elif gen is not None:
            _link_or_copy(str(gen.path / "loaded" / stored), str(out / stored))
    _write_json(gen_dir / LOADED, entries)


def carry_loaded(gen: Generation | None, gen_dir: Path, store: ox.Store | None,
                 progress: Progress | None = None) -> int:
    """The build's step after `write_store`: register and load again every file `gen` had loaded.
    Returns the number of quads added (for the generation's triple count). With a remote store (`store`
    None) the files are only registered again: a rebuild PUTs document graphs and leaves loaded ones alone."""
    entries = registered(gen)
    if not entries:
        return 0
    stage_loaded(gen, gen_dir, entries)
    if store is None:
        return 0
    before = len(store)
    for e in entries:
        _load_into(store, gen_dir / "loaded" / str(e["stored_as"]), str(e["graph"]), progress)
    store.flush()
    return len(store) - before


def _load_into(store: ox.Store, path: Path, graph: str, progress: Progress | None) -> None:
    with _reader(path, f"Lägger in {path.name}", progress) as f:
        store.bulk_load(f, rdf_format(path), to_graph=ox.NamedNode(graph))


def _entry(path: Path, graph: str, found: Scan, previous: list[dict[str, Any]]) -> dict[str, Any]:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    digest = h.hexdigest()
    for e in previous:
        if e["sha256"] == digest:
            raise IngestError(f"{path}: samma fil är redan inläst (som '{e['stored_as']}')")
    stored = f"{len(previous) + 1:04d}-{slugify(path.stem) or 'fil'}{path.suffix.lower()}"
    return {"stored_as": stored, "sha256": digest, "source": str(path), "graph": graph, "graphs": found.graphs,
            "quads": found.quads, "loaded": time.strftime("%Y-%m-%dT%H:%M:%S%z")}


def _replaced(previous: list[dict[str, Any]], graphs: list[str]) -> tuple[list[dict[str, Any]], set[str]]:
    """Earlier loads that wrote one of `graphs` are replaced (PUT semantics): the entries kept, and every
    graph of a replaced entry (cleared, so a rebuild that replays the kept entries gives the same store)."""
    new = set(graphs)
    kept = [e for e in previous if not new & set(e["graphs"])]
    cleared = {g for e in previous if e not in kept for g in e["graphs"]}
    return kept, cleared | new


def load_file(ws: Workspace, path: Path, graph: str | None = None, *, progress: Progress | None = None,
              remote: GraphWriter | None = None) -> dict[str, Any]:
    """Load one RDF file into the current generation's store (or `remote`), writing a new generation that
    registers it. Returns the file's registry entry."""
    path = Path(path)
    target = target_graph(path, graph)
    rdf_format(path)
    with ws.lock():
        ws.recover()
        gen = ws.current()
        if gen is None:
            raise NotBuilt("ingen graf är byggd än: kör `styrgraf build` före `styrgraf load`")
        if remote is None and not gen.store_dir.exists():
            raise IngestError("generationen byggdes mot en fjärrdatabas: ange STYRGRAF_SPARQL_* som vid bygget")
        found = scan(path, target, progress)
        previous = registered(gen)
        entry = _entry(path, target, found, previous)
        kept, cleared = _replaced(previous, found.graphs)
        entries = [*kept, entry]
        if remote is not None:
            put_file(remote, quads(path, target, progress), cleared, progress)
        with ws.new_generation() as tmp:
            for child in gen.path.iterdir():
                if child.name not in {"store", "loaded", LOADED, "meta.json"} and not child.name.endswith(".tmp"):
                    _link_tree(child, tmp / child.name)
            stage_loaded(gen, tmp, entries, (entry["stored_as"], path))
            meta = dict(gen.meta)
            if remote is None and gen.store_dir.exists():
                triples = _embedded(gen, tmp / "store", path, target, cleared, progress)
                meta["triples"] = triples
            elif gen.store_dir.exists():
                _link_tree(gen.store_dir, tmp / "store")
            meta["loaded"] = [{"file": e["stored_as"], "graphs": len(e["graphs"]), "quads": e["quads"]}
                              for e in entries]
            _write_json(tmp / "meta.json", meta)
    return entry


def _embedded(gen: Generation, store_dir: Path, path: Path, graph: str, cleared: set[str],
              progress: Progress | None) -> int:
    """The current store plus the file, in `store_dir`; returns the new store's quad count."""
    gen.open_store(read_only=True).backup(str(store_dir))
    store = ox.Store(str(store_dir))
    for g in sorted(cleared):
        if store.contains_named_graph(ox.NamedNode(g)):
            store.remove_graph(ox.NamedNode(g))
    _load_into(store, path, graph, progress)
    store.flush()
    store.optimize()
    n = len(store)
    del store
    return n
