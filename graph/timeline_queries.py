"""The SPARQL reads of a timeline (graph/timeline.py), and the uppdrag/aktiviteter an entity is about.

Each query text has one `%s` for a VALUES clause (`iri_values`): the IRIs it is asked about. They
depend on nothing but those IRIs, so several can go to the store in one `select_many` round trip.
"""

from __future__ import annotations

from graph._nodes import iri_values, plain_query
from graph.store import GraphStore

# uppdrag/aktiviteter that concern ?x, or whose source passage mentions ?x (?exact: the mention's wording);
# the patterns start from ?x: starting from prov:wasDerivedFrom made Oxigraph scan every derivation (20x slower)
WORK_ABOUT = """
SELECT DISTINCT ?a ?direct ?text ?exact WHERE {
  %s
  { ?a sg:concerns ?x BIND(true AS ?direct) }
  UNION { ?p sg:mentions ?x . ?a prov:wasDerivedFrom ?p
          OPTIONAL { ?m sg:mentionOf ?x ; sg:inPassage ?p ; oa:exact ?exact } }
  UNION { ?m sg:mentionOf ?x ; sg:inPassage ?p . ?a prov:wasDerivedFrom ?p . OPTIONAL { ?m oa:exact ?exact } }
  { ?a a sg:Assignment } UNION { ?a a sg:Activity }
  OPTIONAL { ?a sg:text ?text }
}
"""

ASSIGNED_TO = """
SELECT DISTINCT ?a WHERE { %s ?a sg:assignedTo ?x . }
"""

DERIVED = """
SELECT ?x ?p WHERE { %s ?x prov:wasDerivedFrom ?p . }
"""

#: Ordered: a report with two statuses must give the same label on every engine (row order is unspecified).
STATUS = """
SELECT ?r ?a ?year ?status ?statusLabel ?doc WHERE {
  %s
  ?r sg:reportsOn ?a .
  OPTIONAL { ?r sg:year ?year }
  OPTIONAL { ?r sg:status ?status . OPTIONAL { ?status skos:prefLabel ?statusLabel FILTER(lang(?statusLabel) = "sv") } }
  OPTIONAL { ?r sg:reportedIn ?doc }
}
ORDER BY ?r ?status ?statusLabel ?doc
"""

DISCUSSED = """
SELECT DISTINCT ?s ?m WHERE {
  %s
  { ?s sg:discussedAt ?m }
  UNION { ?ai sg:concerns ?s ; sg:partOf ?m . ?m a sg:Meeting }
}
"""

HELD = """
SELECT DISTINCT ?m WHERE { %s ?m sg:heldBy ?x . }
"""

DECISIONS = """
SELECT DISTINCT ?s ?d ?m WHERE {
  %s
  ?d a sg:Decision .
  { ?d sg:concerns ?s } UNION { ?d sg:partOf ?ai . ?ai sg:concerns ?s }
  OPTIONAL { ?d sg:decidedAt ?m }
}
"""

DECIDED_AT = """
SELECT DISTINCT ?d WHERE { %s ?d sg:decidedAt ?x . }
"""

MENTIONS = """
SELECT DISTINCT ?p WHERE {
  %s
  { ?p sg:mentions ?x } UNION { ?m sg:mentionOf ?x ; sg:inPassage ?p }
}
"""

RENAMES = """
SELECT DISTINCT ?e ?label ?from ?to ?date ?year ?p WHERE {
  %s
  ?e a org:ChangeEvent .
  { ?e org:originalOrganization ?x } UNION { ?e org:resultingOrganization ?x }
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e org:originalOrganization ?from }
  OPTIONAL { ?e org:resultingOrganization ?to }
  OPTIONAL { ?e dcterms:date|prov:atTime|prov:startedAtTime ?date }
  OPTIONAL { ?e sg:year ?year }
  OPTIONAL { ?e prov:wasDerivedFrom ?p }
}
"""


def work_about(store: GraphStore, iri: str) -> list[str]:
    """Uppdrag/aktiviteter about `iri`: those that concern it, and those whose source passage mentions it
    where the mention's wording occurs in the uppdrag's own text (a passage often holds several uppdrag,
    or an uppdrag plus its status report; without a known wording or text the passage decides)."""
    rows = plain_query(store, WORK_ABOUT % iri_values("x", [iri]))
    direct = {str(r["a"]) for r in rows if r["direct"]}
    texts: dict[str, str] = {}
    exacts: dict[str, set[str]] = {}
    for r in rows:
        a = str(r["a"])
        if r["text"]:
            texts[a] = " ".join(str(r["text"]).split()).casefold()
        exacts.setdefault(a, set())
        if r["exact"]:
            exacts[a].add(" ".join(str(r["exact"]).split()).casefold())
    keep = []
    for a in dict.fromkeys(str(r["a"]) for r in rows):
        if a in direct or a not in texts or not exacts[a] or any(e in texts[a] for e in exacts[a]):
            keep.append(a)
    return keep


def assigned_to(store: GraphStore, organ: str) -> list[str]:
    """The uppdrag/aktiviteter given to `organ`."""
    return [str(r["a"]) for r in plain_query(store, ASSIGNED_TO % iri_values("x", [organ])) if r.get("a")]
