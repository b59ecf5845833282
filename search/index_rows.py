"""What the index build computes per passage row besides its text: near-duplicate groups, the
entities a passage mentions (`concept_info`) and how salient each is in it (`entity_salience`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.namespaces import local_name
from graph.terms import resource_type
from graph.thesaurus import Thesaurus
from search.passages import EntityInfo, PassageRow

_WORD = re.compile(r"\w+")


def _shingles(text: str, n: int = 4) -> set[int]:
    w = _WORD.findall(text.lower())
    return {hash(tuple(w[i : i + n])) for i in range(max(len(w) - n + 1, 1))} if w else set()


def near_duplicates(texts: Sequence[str], groups: Sequence[str], jaccard: float = 0.75,
                    containment: float = 0.9) -> list[int | None]:
    """For each text, the index of an earlier near-identical text in the same group (document), or
    None. Near-identical: word 4-shingle Jaccard ≥ `jaccard` and the smaller text ≥ `containment`
    inside the larger (a kallelse repeats the same text in the agenda, the föredragnings-PM and the
    attachment). Candidates come from a shingle posting list per group, so the cost is linear in
    the shared shingles, not quadratic in the passages."""
    out: list[int | None] = [None] * len(texts)
    by_group: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        by_group.setdefault(g, []).append(i)
    for rows in by_group.values():
        post: dict[int, list[int]] = {}
        sh: dict[int, set[int]] = {}
        for i in rows:
            a = sh[i] = _shingles(texts[i])
            counts: dict[int, int] = {}
            for x in a:
                for j in post.get(x, ()):
                    counts[j] = counts.get(j, 0) + 1
            best: tuple[float, int] | None = None
            for j, inter in counts.items():
                b = sh[j]
                jac = inter / (len(a) + len(b) - inter)
                if jac >= jaccard and inter / min(len(a), len(b)) >= containment \
                        and (best is None or jac > best[0]):
                    best = (jac, j)
            if best is not None:
                j = best[1]
                out[i] = out[j] if out[j] is not None else j
            for x in a:
                post.setdefault(x, []).append(i)
    return out


def concept_info(thesaurus: Thesaurus, iri: str) -> EntityInfo:
    c = thesaurus.concepts.get(iri)
    label = (c.pref_label or local_name(iri)) if c is not None else local_name(iri)
    types = [str(t) for t in c.types] if c is not None else []
    return EntityInfo(iri=iri, label=label, type=resource_type(iri, types), types=types)


#: A mention this close to the start of a passage (its heading, its first sentence) makes the
#: entity what the passage is about.
SALIENT_PREFIX = 200


def entity_salience(p: PassageRow, ent: EntityInfo) -> float:
    """How much a passage is about an entity it mentions, in (0, 1]: 1 when the entity is named in
    the heading or near the start, or mentioned at least twice; 0.5 for a passing mention further in
    (lists of organs, a footnote). Spans missing (old indexes): 1."""
    spans = ent.get("spans") or []
    if not spans:
        return 1.0
    if len(spans) >= 2 or min(int(s[0]) for s in spans) < SALIENT_PREFIX:
        return 1.0
    label = str(ent.get("label") or "").lower()
    if label and label in (p.heading or "").lower():
        return 1.0
    return 0.5


__all__ = ["SALIENT_PREFIX", "concept_info", "entity_salience", "near_duplicates"]
