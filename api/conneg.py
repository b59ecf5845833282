"""HTTP content negotiation (Accept header, q-values, wildcards)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=512)
def parse_accept(header: str | None) -> tuple[tuple[str, float], ...]:
    """[(media range, q)] in the client's order of preference (stable for equal q).

    Cached: clients send the same few Accept headers, and `best_match` asks once per offer."""
    if not header:
        return (("*/*", 1.0),)
    out: list[tuple[int, str, float]] = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        out.append((i, media, q))
    out.sort(key=lambda t: (-t[2], t[0]))
    return tuple((m, q) for _, m, q in out)


def _matches(rng: str, offer: str) -> bool:
    if rng in ("*/*", "*"):
        return True
    if rng.endswith("/*"):
        return offer.split("/", 1)[0] == rng[:-2]
    return rng == offer


def _specificity(rng: str) -> int:
    if rng in ("*/*", "*"):
        return 0
    return 1 if rng.endswith("/*") else 2


def quality(header: str | None, offer: str) -> tuple[float, int]:
    """(q, specificity) the client gives `offer`: the q of the most specific matching range."""
    found: tuple[float, int] = (0.0, -1)
    for rng, q in parse_accept(header):
        if _matches(rng, offer):
            spec = _specificity(rng)
            if spec > found[1]:
                found = (q, spec)
    return found


def best_match(header: str | None, offers: list[str]) -> str | None:
    """The offer the client accepts with the highest q (exact ranges outrank wildcards; the server's
    order of `offers` breaks ties). None when nothing is acceptable."""
    best: tuple[float, int, int] | None = None
    chosen: str | None = None
    for oi, offer in enumerate(offers):
        q, spec = quality(header, offer)
        if q <= 0:
            continue
        key = (q, spec, -oi)
        if best is None or key > best:
            best, chosen = key, offer
    return chosen
