"""Numbered entities named in a question: "effektmål 8", "uppdrag nr 11", "Ber nr 2 2025".

The thesaurus links named concepts (SMO, Beredning för psykiatri); numbered goals and assignments exist
only in the graph, and their numbers repeat across years (Nr 8 of 2023 is not Nr 8 of 2025). A year in
the question picks the year; without one the most recent year that has that number is meant, which is
what staff usually ask about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyoxigraph as ox

from graph.namespaces import ID, SG
from graph.store import GraphStore, select

_GOAL = re.compile(r"\beffektmål(?:et)?\s+(?:nr\.?\s*)?(?P<n>\d{1,2})\b", re.IGNORECASE)
# "uppdrag nr 11", "uppdraget nr 11", "uppdrag 11", "nr 11", "Ber nr 2", "uppdrag Ber nr 2", "beredningsuppdrag 2"
_ASSIGNMENT = re.compile(r"\b(?:uppdrag(?:et)?\s+)?(?:(?P<ber>ber(?:edningsuppdrag)?\.?)\s*(?:nr\.?\s*)?|nr\.?\s*|"
                         r"(?<=uppdrag )|(?<=uppdraget ))(?P<n>\d{1,3})\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?P<y>(?:19|20)\d\d)\b")

# The class and number are pasted as quoted terms (pyoxigraph's own serialisation), not as raw text.
_QUERY = """
SELECT ?x ?year (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT STR(?p); separator=" ") AS ?passages) WHERE {{
  ?x a {cls} ; sg:number {number} ; sg:year ?year .
  OPTIONAL {{ ?x skos:prefLabel|rdfs:label|sg:text ?l }}
  OPTIONAL {{ ?x prov:wasDerivedFrom ?p }}
}} GROUP BY ?x ?year ORDER BY DESC(?year)
"""


@dataclass(frozen=True)
class NumberedMention:
    iri: str
    label: str
    type: str  # "EffectGoal" | "Assignment"
    start: int
    end: int
    surface: str
    passages: tuple[str, ...] = ()  # passage ids the entity was read from


def numbered_mentions(store: GraphStore, text: str) -> list[NumberedMention]:
    """Graph entities the question names by number, resolved against `store`."""
    years = {int(m.group("y")) for m in _YEAR.finditer(text)}
    out: list[NumberedMention] = []
    for m in _GOAL.finditer(text):
        out += _resolve(store, "EffectGoal", m.group("n"), years, m, "Effektmål")
    for m in _ASSIGNMENT.finditer(text):
        if _GOAL.search(text[max(0, m.start() - 12): m.end()]):
            continue  # "effektmål nr 8" is a goal, already taken
        number = f"Ber {m.group('n')}" if m.group("ber") else m.group("n")
        out += _resolve(store, "Assignment", number, years, m, "Uppdrag")
    return out


def _resolve(store: GraphStore, cls: str, number: str, years: set[int], m: re.Match[str], kind: str
             ) -> list[NumberedMention]:
    query = _QUERY.format(cls=ox.NamedNode(str(SG[cls])), number=ox.Literal(number))
    rows = select(store, query)
    if years:
        rows = [r for r in rows if r["year"] in years]
    if not rows:
        return []
    best = rows[0]  # the most recent year (or the year asked for)
    label = str(best.get("label") or "")
    name = number if number.startswith("Ber") or cls == "EffectGoal" else f"Nr {number}"
    short = f"{kind} {name} ({best['year']})"
    full = f"{short}: {label}" if label else short
    prefix = str(ID["passage/"])
    passages = tuple(p[len(prefix):] for p in str(best.get("passages") or "").split() if p.startswith(prefix))
    return [NumberedMention(best["x"], full[:160], cls, m.start(), m.end(), m.group(0), passages)]
