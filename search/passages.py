"""The passage table, kept lean: what a query needs for every row lives in compact numpy arrays; what
a hit shows (text, heading, spans, entity lists) is read from SQLite for the top-k rows only.

Measured at 1M synthetic passages (bench/RESULTS.md, `bench/run.py --full-engine`): the table held
as Python objects (`PassageRow`s with their entity dicts) cost several GB of RSS; these arrays cost
tens of MB and a hit is one indexed read (~0.05 ms).

On disk, in the index directory:
    passages.sqlite   table `passage` (row = FAISS/BM25 row, id, doc_id, ordinal, start, end, text,
                      heading, kind, entities JSON, dup_of), unique index on id; written once by the
                      build, opened read-only (`immutable=1`: a generation's directory never changes)
    rows.npz          per-row arrays: `doc` (int32, position in documents.json), `group` (int32,
                      near-duplicate group = row of its first passage), entity postings as CSR
                      (`ent_ptr`, `ent_rows` int32, `ent_sal` float32 salience)
    entities.json     the entities of the postings, in posting order ({iri, label, type, types})
"""

from __future__ import annotations

import json
import sqlite3
import threading
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NotRequired, TypedDict, overload

import numpy as np

PASSAGES_DB = "passages.sqlite"
ROWS_FILE = "rows.npz"
ENTITIES_FILE = "entities.json"
_COLS = ("id", "doc_id", "ordinal", "start", "end", "text", "heading", "kind", "entities", "dup_of")


class EntityInfo(TypedDict):
    """An entity a passage mentions, as the index stores it (the thesaurus concept's label and types)."""
    iri: str
    label: str
    type: str | None        # primary type (graph's rule), local name
    types: list[str]        # class IRIs
    spans: NotRequired[list[list[int]]]  # [start, end] of each mention in the passage text (rows only)


@dataclass
class PassageRow:
    id: str
    doc_id: str
    ordinal: int
    start: int
    end: int
    text: str
    heading: str = ""
    kind: str = "section"
    entities: list[EntityInfo] = field(default_factory=list)
    dup_of: str | None = None  # id of an earlier near-identical passage of the same document

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


# ---- per-row arrays -------------------------------------------------------------------------------
@dataclass
class RowArrays:
    doc: np.ndarray       # int32 (n,)  document position
    group: np.ndarray     # int32 (n,)  near-duplicate group (row of the group's first passage)
    ent_info: list[EntityInfo]
    ent_ptr: np.ndarray   # int64 (m+1,) postings of entity j: ent_rows[ent_ptr[j]:ent_ptr[j+1]]
    ent_rows: np.ndarray  # int32
    ent_sal: np.ndarray   # float32, salience of the entity in that row

    def save(self, d: Path) -> None:
        with (d / ROWS_FILE).open("wb") as f:
            np.savez(f, doc=self.doc, group=self.group, ent_ptr=self.ent_ptr, ent_rows=self.ent_rows,
                     ent_sal=self.ent_sal)
        (d / ENTITIES_FILE).write_text(json.dumps(self.ent_info, ensure_ascii=False))

    @classmethod
    def load(cls, d: Path) -> RowArrays:
        with np.load(d / ROWS_FILE) as z:
            arrays = {k: z[k] for k in z.files}
        info = json.loads((d / ENTITIES_FILE).read_text(encoding="utf-8"))
        return cls(arrays["doc"], arrays["group"], info, arrays["ent_ptr"], arrays["ent_rows"], arrays["ent_sal"])

    def postings(self) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], dict[str, EntityInfo]]:
        """(iri → rows int64, iri → salience float32, iri → info), views into the CSR arrays."""
        rows: dict[str, np.ndarray] = {}
        sal: dict[str, np.ndarray] = {}
        info: dict[str, EntityInfo] = {}
        for j, e in enumerate(self.ent_info):
            a, b = int(self.ent_ptr[j]), int(self.ent_ptr[j + 1])
            rows[e["iri"]] = self.ent_rows[a:b].astype(np.int64)
            sal[e["iri"]] = self.ent_sal[a:b]
            info[e["iri"]] = e
        return rows, sal, info


class RowArraysBuilder:
    """Collects the arrays while rows stream past, in row order."""

    def __init__(self, salience: Callable[[PassageRow, EntityInfo], float]) -> None:
        self._salience = salience
        self._doc: list[int] = []
        self._group: list[int] = []
        self._row_of: dict[str, int] = {}
        self._post: dict[str, list[int]] = {}
        self._sal: dict[str, list[float]] = {}
        self._info: dict[str, EntityInfo] = {}

    def add(self, p: PassageRow, doc_pos: int, dup_row: int | None = None) -> None:
        i = len(self._doc)
        self._doc.append(doc_pos)
        if dup_row is None and p.dup_of is not None:
            dup_row = self._row_of.get(p.dup_of)
        self._group.append(self._group[dup_row] if dup_row is not None and dup_row < i else i)
        if p.dup_of is None:  # only group roots are ever pointed at
            self._row_of[p.id] = i
        for e in p.entities:
            iri = e["iri"]
            self._post.setdefault(iri, []).append(i)
            self._sal.setdefault(iri, []).append(self._salience(p, e))
            self._info.setdefault(iri, EntityInfo(iri=iri, label=e["label"], type=e["type"], types=e["types"]))

    def finish(self) -> RowArrays:
        iris = list(self._info)
        ptr = np.zeros(len(iris) + 1, dtype=np.int64)
        ptr[1:] = np.cumsum([len(self._post[i]) for i in iris]) if iris else []
        rows = np.array([r for i in iris for r in self._post[i]], dtype=np.int32)
        sal = np.array([s for i in iris for s in self._sal[i]], dtype=np.float32)
        return RowArrays(np.array(self._doc, dtype=np.int32), np.array(self._group, dtype=np.int32),
                         [self._info[i] for i in iris], ptr, rows, sal)


# ---- the table ------------------------------------------------------------------------------------
class PassageTable(Sequence[PassageRow]):
    """Rows by FAISS/BM25 row number; `row_of` maps a passage id back to its row."""

    row_of: Mapping[str, int]

    @overload
    def __getitem__(self, i: int) -> PassageRow: ...
    @overload
    def __getitem__(self, i: slice) -> list[PassageRow]: ...

    def __getitem__(self, i: int | slice) -> PassageRow | list[PassageRow]:
        if isinstance(i, slice):
            return self.get_many(range(*i.indices(len(self))))
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        return self.get_many([i])[0]

    def get_many(self, rows: Sequence[int]) -> list[PassageRow]:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def close(self) -> None:
        pass


class ListPassages(PassageTable):
    """In memory (indexes written before passages.sqlite, and small hand-made indexes)."""

    def __init__(self, rows: Iterable[PassageRow]) -> None:
        self._rows = list(rows)
        self.row_of = {p.id: i for i, p in enumerate(self._rows)}

    def __len__(self) -> int:
        return len(self._rows)

    def get_many(self, rows: Sequence[int]) -> list[PassageRow]:
        return [self._rows[int(r)] for r in rows]

    def __iter__(self) -> Iterator[PassageRow]:
        return iter(self._rows)


class _SqliteRowOf(Mapping[str, int]):
    def __init__(self, table: SqlitePassages) -> None:
        self._t = table

    def __getitem__(self, pid: str) -> int:
        r = self._t._one("SELECT row FROM passage WHERE id = ?", (pid,))
        if r is None:
            raise KeyError(pid)
        return int(r[0])

    def __len__(self) -> int:
        return len(self._t)

    def __iter__(self) -> Iterator[str]:
        for (pid,) in self._t._all("SELECT id FROM passage ORDER BY row"):
            yield pid


def _row(r: Sequence[Any]) -> PassageRow:
    return PassageRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7] or "section",
                      json.loads(r[8]) if r[8] else [], r[9])


class SqlitePassages(PassageTable):
    """Read-only view of passages.sqlite; one connection shared by the threads of the process."""

    def __init__(self, path: Path, n: int | None = None) -> None:
        self.path = Path(path)
        uri = "file:" + urllib.parse.quote(str(self.path.resolve())) + "?mode=ro&immutable=1"
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._n = n if n is not None else int(self._one("SELECT count(*) FROM passage")[0])
        self.row_of = _SqliteRowOf(self)

    def _one(self, sql: str, args: Sequence[Any] = ()) -> Any:
        with self._lock:
            return self._db.execute(sql, args).fetchone()

    def _all(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def __len__(self) -> int:
        return self._n

    def get_many(self, rows: Sequence[int]) -> list[PassageRow]:
        want = [int(r) for r in rows]
        found: dict[int, PassageRow] = {}
        cols = ", ".join(f'"{c}"' for c in _COLS)
        for i in range(0, len(want), 500):
            chunk = want[i : i + 500]
            q = ",".join("?" * len(chunk))
            for r in self._all(f"SELECT row, {cols} FROM passage WHERE row IN ({q})", chunk):
                found[int(r[0])] = _row(r[1:])
        missing = [r for r in want if r not in found]
        if missing:
            raise IndexError(f"passage rows {missing[:5]} missing from {self.path}")
        return [found[r] for r in want]

    def __iter__(self) -> Iterator[PassageRow]:
        cols = ", ".join(f'"{c}"' for c in _COLS)
        step = 2000
        for lo in range(0, self._n, step):
            for r in self._all(f"SELECT {cols} FROM passage WHERE row >= ? AND row < ? ORDER BY row",
                               (lo, lo + step)):
                yield _row(r)

    def close(self) -> None:
        with self._lock:
            self._db.close()


def write_passages(path: Path, rows: Iterable[PassageRow], chunk: int = 5000) -> int:
    """Write passages.sqlite (rows numbered 0.. in order); returns the count. A leftover file from
    an interrupted build is replaced; the journal is off (the build writes into a fresh directory
    that is swapped in only when complete)."""
    path = Path(path)
    path.unlink(missing_ok=True)
    db = sqlite3.connect(str(path))
    try:
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.execute('CREATE TABLE passage (row INTEGER PRIMARY KEY, id TEXT NOT NULL, doc_id TEXT NOT NULL, '
                   'ordinal INTEGER, start INTEGER, "end" INTEGER, text TEXT NOT NULL, heading TEXT, kind TEXT, '
                   'entities TEXT, dup_of TEXT)')
        cols = ", ".join(f'"{c}"' for c in _COLS)
        sql = f"INSERT INTO passage (row, {cols}) VALUES ({', '.join(['?'] * (len(_COLS) + 1))})"
        n = 0
        buf: list[tuple[Any, ...]] = []
        for p in rows:
            buf.append((n, p.id, p.doc_id, p.ordinal, p.start, p.end, p.text, p.heading, p.kind,
                        json.dumps(p.entities, ensure_ascii=False) if p.entities else None, p.dup_of))
            n += 1
            if len(buf) >= chunk:
                db.executemany(sql, buf)
                buf.clear()
        if buf:
            db.executemany(sql, buf)
        db.execute("CREATE UNIQUE INDEX passage_id ON passage (id)")
        db.commit()
    finally:
        db.close()
    return n
