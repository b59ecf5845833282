"""The codes in front of an uppdrag's id that name who gave it ("KF 4/2025" → kommunfullmäktige, "RS 2025:2" →
regionstyrelsen), read from `issuer_codes.tsv` (data staff extend without code)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from graph.extract.candidates import organ_node
from graph.extract.context import Ctx

ISSUER_CODES = Path(__file__).resolve().parent / "issuer_codes.tsv"


@lru_cache(maxsize=4)
def issuer_codes(path: Path = ISSUER_CODES) -> dict[str, str]:
    """code → board name, from `issuer_codes.tsv`."""
    out: dict[str, str] = {}
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].strip() or not parts[1].strip():
            raise ValueError(f"{path}:{n}: expected 'code<TAB>board name[<TAB>comment]'")
        out[parts[0].strip()] = parts[1].strip()
    return out


#: the code right before the id's number ("KF 4/2025", "Uppdrag RS 2025:02", "KF-uppdrag 5")
_CODE = re.compile(r"(?:^|\s)(?P<c>[A-ZÅÄÖ]{1,4})(?:-[a-zåäö]+\s*|[-\s]?)(?=\d)")   # (also "KF-uppdrag 5")


def code_issuer(ctx: Ctx, uppdrag_id: str) -> str | None:
    """The board an id's code names as the uppdrag's giver ("KF 4/2025" → kommunfullmäktige), if it is known."""
    m = _CODE.search(uppdrag_id.strip())
    name = issuer_codes().get(m["c"]) if m else None
    return str(organ_node(ctx, name)) if name else None


__all__ = ["ISSUER_CODES", "code_issuer", "issuer_codes"]
