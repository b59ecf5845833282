"""Organisation scoping at the edges: the organisation a user names at ingest, and where an old IRI went.

`graph/scope.py` mints a non-default organisation's organs, meetings, agenda items, decisions, uppdrag,
effektmål and indicators under the organisation (`id/meeting/region-fjallmark/regionstyrelsen/2025-03-11`).
Two things around it live here:

* `check_organisation`: the ingest override `organisation` (`styrgraf ingest --organisation`, the admin
  upload's form field) is written into IRIs through its slug, so a name that slugs to nothing, holds control
  characters or runs to a paragraph is refused before anything is read (`IngestError`, 400 / exit 3).
* `scoped_candidates`: an IRI published before a document's organisation was known (the unscoped
  `id/meeting/regionstyrelsen/2025-03-11`) is looked for under every publishing organisation in one SPARQL
  query, so `/id/...` can redirect. Explicit `GRAPH ?g` patterns, not the union default graph, so the query
  means the same on the embedded store and on a remote SPARQL server whatever its union setting.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pyoxigraph as ox

from corpus.errors import IngestError
from corpus.slug import slugify
from graph.iri import SCOPED_KINDS
from graph.namespaces import ID
from graph.store import GraphStore

#: the longest organisation name accepted ("Västra Götalandsregionen", "Region Jämtland Härjedalen" are far
#: shorter); a longer value is a mistake (a pasted paragraph), and its slug would be cut anyway
MAX_ORGANISATION_CHARS = 100
#: more candidates than this are not listed (an unscoped IRI matches at most one per publishing organisation)
MAX_CANDIDATES = 50

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def check_organisation(value: str) -> str:
    """The organisation name as it will be used (white space collapsed), or `IngestError` saying why not."""
    name = " ".join(value.split())
    if not name:
        raise IngestError("organisationen är tom; ange ett namn, t.ex. --organisation \"Region Fjällmark\"")
    if _CONTROL.search(value.replace("\n", " ").replace("\t", " ").replace("\r", " ")):
        raise IngestError("organisationens namn innehåller styrtecken; ange ett vanligt namn, t.ex. \"Ekby kommun\"")
    if len(name) > MAX_ORGANISATION_CHARS:
        raise IngestError(f"organisationens namn är {len(name)} tecken långt; högst {MAX_ORGANISATION_CHARS} "
                          "tecken tas emot (t.ex. \"Region Fjällmark\")")
    if not slugify(name):
        raise IngestError(f"organisationens namn {name!r} saknar bokstäver och siffror; det behövs för "
                          "organisationens IRI (t.ex. \"Region Fjällmark\" → id/organ/region-fjallmark)")
    return name


class Candidate(NamedTuple):
    """A scoped IRI an unscoped one may have become, and the name of its organisation (its label, else slug)."""
    iri: str
    organisation: str


#: Publishing organisations (`dcterms:publisher`, `id/organ/<slug>`, one segment) × the kind and rest of the
#: unscoped IRI → the scoped IRIs that some named graph mentions (as subject or object), with the
#: organisation's label where the graph has one.
_CANDIDATES = """
SELECT DISTINCT ?c ?slug ?label WHERE {
  VALUES (?organs ?base ?rest) { (%s %s %s) }
  { SELECT DISTINCT ?org WHERE { GRAPH ?pg { ?doc <http://purl.org/dc/terms/publisher> ?org } } }
  BIND(STRAFTER(STR(?org), ?organs) AS ?slug)
  FILTER(STRLEN(?slug) > 0 && !CONTAINS(?slug, "/"))
  BIND(IRI(CONCAT(?base, ?slug, "/", ?rest)) AS ?c)
  FILTER EXISTS { { GRAPH ?g { ?c ?p ?o } } UNION { GRAPH ?g2 { ?s ?q ?c } } }
  OPTIONAL { GRAPH ?lg { ?org <http://www.w3.org/2000/01/rdf-schema#label> ?label } }
}
ORDER BY ?c
LIMIT %d
"""


def scoped_candidates(store: GraphStore, iri: str) -> list[Candidate]:
    """The IRIs `iri` (an unscoped `id/<kind>/<rest>` of a scoped kind) became under the organisations that
    publish documents: `id/<kind>/<org-slug>/<rest>` that the store mentions, sorted. Empty for an IRI of
    another kind or outside `id/`. One query; the caller has already found `iri` itself absent."""
    kind, _sep, rest = iri[len(ID):].partition("/") if iri.startswith(str(ID)) else ("", "", "")
    if kind not in SCOPED_KINDS or not rest:
        return []
    literals = (ox.Literal(str(ID) + "organ/"), ox.Literal(f"{ID}{kind}/"), ox.Literal(rest))
    result = store.query(_CANDIDATES % (*(str(t) for t in literals), MAX_CANDIDATES))
    if not isinstance(result, ox.QuerySolutions):
        return []
    found: dict[str, str] = {}   # one row per label: the first names the organisation
    for sol in result:
        c, slug, label = sol["c"], sol["slug"], sol["label"]
        if isinstance(c, ox.NamedNode) and c.value not in found:
            found[c.value] = label.value if label is not None else getattr(slug, "value", "")
    return [Candidate(c, org) for c, org in found.items()]


__all__ = ["MAX_ORGANISATION_CHARS", "Candidate", "check_organisation", "scoped_candidates"]
