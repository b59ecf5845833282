"""Members of the meeting a protokoll records, read from its header block ("Beslutande", "Ledamöter",
"Utses att justera", "Sekreterare: Hanna Vik"), as persons with their roles and party.

Modelling (schema.org's Role pattern, no new ontology terms): the meeting `schema:attendee` a
`schema:Role` node; the node has `schema:attendee` the sg:Person, `schema:roleName` each role
("ordförande", "justerare"; wordings in `member_roles.tsv`) and `schema:affiliation` the party ("S").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Literal, URIRef

from graph import iri as I
from graph.extract.context import Ctx, sv
from graph.extract.meetings import header_meeting, organ_slug
from graph.extract.minutes import PARTY, PERSON
from graph.namespaces import SCHEMA, SG

ROLE_TABLE = Path(__file__).resolve().parent / "member_roles.tsv"
#: the header block ends at the first agenda item; members are listed well before this many characters
HEADER_BLOCK_CHARS = 3000
_ITEM = re.compile(r"(?m)^(?:§\s*)?\d{1,3}\.?\s+[A-ZÅÄÖ]")
_MEMBER = re.compile(rf"^(?P<name>{PERSON})\s*(?:{PARTY})?\s*,?\s*(?P<rest>[^\n]*)$")
# "Beslutande", "Ledamöter", "Närvarande": lines that head a list of members (no role of their own)
_LIST_HEAD = re.compile(r"^(?:beslutande|ledamöter|närvarande(?:\s+ledamöter)?|övriga\s+närvarande|"
                        r"närvarande\s+ersättare)\s*:?$", re.IGNORECASE)


@lru_cache(maxsize=4)
def role_rules(path: Path = ROLE_TABLE) -> tuple[tuple[str, re.Pattern[str]], ...]:
    out: list[tuple[str, re.Pattern[str]]] = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            raise ValueError(f"{path}:{n}: expected 'role<TAB>regex[<TAB>comment]'")
        out.append((parts[0].strip(), re.compile(parts[1], re.IGNORECASE)))
    return tuple(out)


def roles_in(text: str) -> list[str]:
    """Roles a text names, earlier table rows hiding the later ones they overlap."""
    taken: list[tuple[int, int]] = []
    out: list[str] = []
    for role, pat in role_rules():
        for m in pat.finditer(text):
            if not any(m.start() < b and a < m.end() for a, b in taken):
                taken.append((m.start(), m.end()))
                if role not in out:
                    out.append(role)
    return out


def members(view: str) -> list[tuple[str, str | None, list[str], int, int]]:
    """(name, party, roles, start, end) of the members listed in a header block."""
    first = _ITEM.search(view, 0, HEADER_BLOCK_CHARS)
    block_end = first.start() if first else min(len(view), HEADER_BLOCK_CHARS)
    out: dict[str, tuple[str, str | None, list[str], int, int]] = {}
    context: list[str] | None = None   # the roles of the list the lines belong to (None: no list)
    for m in re.finditer(r"[^\n]+", view[:block_end]):
        line = m.group().strip()
        label = re.match(r"^(?P<l>[A-ZÅÄÖ][^:]{2,40}):\s*(?P<v>.*)$", line)
        if _LIST_HEAD.match(line):
            context = []
            continue
        if label and roles_in(label["l"]) and not label["v"]:
            context = roles_in(label["l"])
            continue
        value, roles = line, list(context or [])
        if label and roles_in(label["l"]):
            value, roles = label["v"], roles_in(label["l"])
        elif not _MEMBER.match(line) and roles_in(line) and len(line.split()) <= 5:
            context = roles_in(line)   # "Utses att justera", "Justerare" alone on its line
            continue
        mm = _MEMBER.match(value)
        if not mm or (mm["rest"] and not roles_in(mm["rest"])):
            if not mm:
                context = None if label else context
            continue
        roles += [r for r in roles_in(mm["rest"] or "") if r not in roles]
        if context is None and not roles and not mm["party"]:
            continue   # a name alone outside any member list: not known to be a member
        name = mm["name"]
        prev = out.get(name)
        party = mm["party"] or (prev[1] if prev else None)
        merged = (prev[2] if prev else []) + [r for r in roles if not prev or r not in prev[2]]
        out[name] = (name, party, merged, prev[3] if prev else m.start(), m.end())
    return list(out.values())


def extract(ctx: Ctx) -> None:
    hm = header_meeting(ctx)
    if not hm or not ctx.organ:
        return
    meeting = I.meeting_iri(organ_slug(ctx.organ), hm[0])
    g = ctx.g
    for name, party, roles, a, b in members(ctx.nt.s):
        person = I.person_iri(name)
        g.add((person, RDF.type, SG.Person))
        g.add((person, RDFS.label, Literal(name)))
        ctx.prov(person, a, b)
        role: URIRef | BNode = BNode()
        g.add((meeting, SCHEMA.attendee, role))
        g.add((role, RDF.type, SCHEMA.Role))
        g.add((role, SCHEMA.attendee, person))
        for r in roles:
            g.add((role, SCHEMA.roleName, sv(r)))
        if party:
            g.add((role, SCHEMA.affiliation, Literal(party)))


__all__ = ["extract", "members", "role_rules", "roles_in"]
