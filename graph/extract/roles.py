"""Learned line roles: a small multinomial logistic regression that says what a line of a document is
(decision, proposal, presenter, status, indicator, furniture, background) where the rules say nothing.

The rules (decision_phrases.tsv, the presenter phrases, status_phrases.tsv, the furniture finder) stay the
extractor; this model only flags lines they did not turn into a fact, for `styrgraf check`'s coverage report
(graph/coverage.py), so staff see a decision or a presenter line the wording files do not know yet. It is
trained by `bench/train_roles.py` on the labels of `bench/role_labels.py` (the extractor's facts on the
development documents, whose gold it matches) and shipped as `role_model.npz` + `role_model.json` (label
names, feature spec, training-set hash, held-out scores). Runtime is numpy only.

Two text representations exist (the sidecar names the shipped one): the bundled embedder's vector of the
line (an `encode` callable passed in by the caller, the same `Encoder` the status fallback uses:
graph/extract/status_nearest.py), or hashed word and character n-grams (no model at all). Both get the same
layout features: what the line looks like (a table row, a list item, a "Label:" field, a heading-like short
line), its length, numbering, capitals, its place in the document and in its section, and the first words
of the line above (a decision often follows a "Beslut" label).
"""

from __future__ import annotations

import itertools
import json
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).resolve().parent / "role_model.npz"
ROLES = ("background", "decision", "proposal", "presenter", "status", "indicator", "furniture")
#: hashed n-gram dimensions of the no-embedder variant, and of the previous line's first words
HASH_DIM = 2048
PREV_DIM = 64

Encode = Callable[[Sequence[str]], np.ndarray]

_LABEL = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ /()-]{1,40}:")
_NUMBER = re.compile(r"^(?:§\s*)?(\d{1,3}(?:\.\d{1,2}){0,3})[.):]?\s")
_BULLET = re.compile(r"^(?:[•\-–*]|[a-z]\))\s")
_DATE = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b|\b\d{1,2} (?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)")
_NAME = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé]+\b")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Line:
    """A non-empty line with the context its layout features need."""

    text: str
    start: int = 0          # character span in the text it came from
    end: int = 0
    blank_before: bool = False
    blank_after: bool = False
    rel_pos: float = 0.0    # 0..1 in the document
    in_section: int = 0     # lines since the last heading-like line
    prev: str = ""          # the line above


def heading_like(text: str, blank_before: bool, blank_after: bool) -> bool:
    t = text.strip()
    return (len(t.split()) <= 10 and not t.endswith((".", ",", ";")) and " | " not in t
            and (blank_before or blank_after or bool(_NUMBER.match(t + " "))))


def lines_of(text: str) -> list[Line]:
    """The non-empty lines of a text (form feeds count as blank lines) with their layout context."""
    spans = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n\f]+", text)]
    raw = [(a, b, s) for a, b, s in spans if s.strip()]
    n = max(len(raw), 1)
    out: list[Line] = []
    since = 0
    for i, (a, b, s) in enumerate(raw):
        before = i == 0 or bool(re.search(r"\n\s*\n|\f", text[raw[i - 1][1]:a + 1]))
        after = i == len(raw) - 1 or bool(re.search(r"\n\s*\n|\f", text[b - 1:raw[i + 1][0]]))
        line = Line(s.strip(), a, b, before, after, i / n, since, raw[i - 1][2].strip() if i else "")
        since = 0 if heading_like(line.text, before, after) else since + 1
        out.append(line)
    return out


def _hash(token: str, dim: int) -> int:
    return zlib.crc32(token.encode("utf-8")) % dim


def layout_features(line: Line) -> np.ndarray:
    t = line.text
    words = t.split()
    letters = [c for c in t if c.isalpha()]
    num = _NUMBER.match(t + " ")
    f = [
        1.0,
        float(" | " in t), float(bool(_BULLET.match(t + " "))), float(bool(_LABEL.match(t))),
        float(heading_like(t, line.blank_before, line.blank_after)),
        float(num is not None), (num.group(1).count(".") + 1) / 4 if num else 0.0, float(t.startswith("§")),
        np.log1p(len(t)) / 5, min(len(words), 40) / 40,
        float(t.endswith(".")), float(t.endswith(":")), float(t[:1].islower()),
        sum(c.isupper() for c in letters) / max(len(letters), 1), float(t.isupper() and len(letters) > 2),
        sum(c.isdigit() for c in t) / max(len(t), 1), float("%" in t), float(bool(_DATE.search(t))),
        float(bool(_NAME.search(t))), float(t.lower().startswith("att ")),
        float(line.blank_before), float(line.blank_after), line.rel_pos, min(line.in_section, 20) / 20,
        float(line.rel_pos < 0.05), float(line.rel_pos > 0.95),
    ]
    prev = np.zeros(PREV_DIM)
    for w in _WORD.findall(line.prev.lower())[:2]:
        prev[_hash("p:" + w, PREV_DIM)] = 1.0
    prev[_hash("p:" + str(bool(_LABEL.match(line.prev))), PREV_DIM)] += 1.0
    return np.concatenate([np.asarray(f), prev])


def hashed_text(text: str) -> np.ndarray:
    """Word unigrams and bigrams and character trigrams, hashed and L2-normalised."""
    v = np.zeros(HASH_DIM)
    low = text.lower()
    words = _WORD.findall(low)
    toks = [f"w:{w}" for w in words] + [f"b:{a} {b}" for a, b in itertools.pairwise(words)]
    padded = f" {low} "
    toks += [f"c:{padded[i:i + 3]}" for i in range(len(padded) - 2)]
    for tok in toks:
        v[_hash(tok, HASH_DIM)] += 1.0
    norm = float(np.linalg.norm(v))
    return v / norm if norm else v


def features(lines: Sequence[Line], variant: str, encode: Encode | None = None,
             vectors: np.ndarray | None = None) -> np.ndarray:
    """One row per line: text part ("embed": the encoder's vectors, given or computed; "hash": n-grams;
    "embed+hash": both) followed by the layout part."""
    parts = [np.stack([layout_features(ln) for ln in lines]) if lines else np.zeros((0, 26 + PREV_DIM))]
    if "hash" in variant.split("+"):
        parts.insert(0, np.stack([hashed_text(ln.text) for ln in lines]) if lines else np.zeros((0, HASH_DIM)))
    if "embed" in variant.split("+"):
        if vectors is None:
            if encode is None:
                raise ValueError("the embed variant needs vectors or an encode callable")
            vectors = np.asarray(encode([ln.text for ln in lines]), dtype=np.float64)
        parts.insert(0, np.asarray(vectors, dtype=np.float64).reshape(len(lines), -1))
    return np.hstack(parts)


def softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    out: np.ndarray = e / e.sum(axis=1, keepdims=True)
    return out


@dataclass(frozen=True)
class RoleModel:
    labels: tuple[str, ...]
    variant: str           # "embed" | "hash" | "embed+hash"
    weights: np.ndarray    # (features, labels)
    bias: np.ndarray       # (labels,)
    meta: dict[str, object]

    def proba(self, x: np.ndarray) -> np.ndarray:
        return softmax(x @ self.weights + self.bias)

    def predict(self, lines: Sequence[Line], encode: Encode | None = None,
                vectors: np.ndarray | None = None) -> list[tuple[str, float]]:
        """(role, probability) per line."""
        if not lines:
            return []
        p = self.proba(features(lines, self.variant, encode, vectors))
        return [(self.labels[int(i)], float(p[r, i])) for r, i in enumerate(p.argmax(axis=1))]


def fit(x: np.ndarray, y: np.ndarray, n_labels: int, l2: float = 1e-2, steps: int = 400,
        lr: float = 0.1) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression by full-batch Adam from zeros (deterministic: no sampling), classes
    weighted by inverse frequency (background outnumbers every other role ten to one), on standardised
    features; the weights are returned for the raw features so prediction needs no scaler."""
    mu, sd = x.mean(axis=0), x.std(axis=0)
    sd[sd < 1e-9] = 1.0
    z = (x - mu) / sd
    counts = np.bincount(y, minlength=n_labels).astype(np.float64)
    cw = np.where(counts > 0, len(y) / np.maximum(counts, 1) / n_labels, 0.0)[y]
    onehot = np.eye(n_labels)[y]
    w, b = np.zeros((z.shape[1], n_labels)), np.zeros(n_labels)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    for t in range(1, steps + 1):
        g = (softmax(z @ w + b) - onehot) * cw[:, None] / cw.sum()
        gw, gb = z.T @ g + l2 * w, g.sum(axis=0)
        for m, v, grad, par in ((mw, vw, gw, w), (mb, vb, gb, b)):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad**2
            par -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    raw_w = w / sd[:, None]
    return raw_w, b - mu @ raw_w


def save_model(model: RoleModel, path: Path = MODEL_PATH) -> None:
    np.savez_compressed(path, weights=model.weights.astype(np.float32), bias=model.bias.astype(np.float32))
    meta = {"labels": list(model.labels), "variant": model.variant, **model.meta}
    path.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH) -> RoleModel | None:
    """The shipped model, or None when its files are missing (the coverage report then has no learned part)."""
    side = path.with_suffix(".json")
    if not path.is_file() or not side.is_file():
        return None
    meta = json.loads(side.read_text("utf-8"))
    with np.load(path) as z:
        w, b = z["weights"].astype(np.float64), z["bias"].astype(np.float64)
    labels = tuple(meta.pop("labels"))
    return RoleModel(labels, str(meta.pop("variant")), w, b, meta)


__all__ = ["MODEL_PATH", "ROLES", "Encode", "Line", "RoleModel", "features", "fit", "hashed_text", "heading_like",
           "layout_features", "lines_of", "load_model", "save_model", "softmax"]
