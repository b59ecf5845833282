"""Ontology terms as the code shows them: Swedish labels of classes and properties, subclasses, and the
primary type of a resource, the one rule every view (entity card, autocomplete, search chip, web page)
uses to pick the type it shows.

Labels and subclass axioms are data: they are read once from the ontology file (`ontology/styrgraf.ttl`,
which also labels the reused terms Styrgraf shows, such as skos:Concept, org:Organization, dcterms:title)
by `ontology_terms()`. The same file is loaded into the store as `graph/ontology` at build time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from graph.namespaces import ID, SG, local_name
from graph.thesaurus import Thesaurus
from ontology import ONTOLOGY_PATH, THESAURUS_PATH

ID_BASE = str(ID)
SG_BASE = str(SG)

#: The primary type of a resource is the first of these it has (local names; unknown classes come after,
#: alphabetically). Most specific and most informative first: an uppdrag also typed as an aktivitet is an
#: uppdrag, a nämnd is shown as "Nämnd" rather than "Organ", "Organisation" or "Begrepp" (skos:Concept is
#: on almost every thesaurus resource, so it comes last but one). The order is kept here rather than in the
#: ontology because it is a rule of the code, not a fact about the classes: the dependency map, display
#: labels ("Nr 8 (2025)") and timelines depend on it, and tests/test_resource_types.py checks that every
#: class of the ontology has a place in it.
TYPE_PRIORITY: tuple[str, ...] = (
    "Assignment", "StatusReport", "Activity", "EffectGoal", "Indicator", "VisionStatement", "Perspective",
    "Vision", "Board", "Committee", "ManagementGroup", "Administration", "Organ", "Meeting", "AgendaItem",
    "Decision", "Project", "Person", "Document", "Passage", "Mention", "ChangeEvent", "Organization",
    "Concept", "ConceptScheme",
)
_PRIORITY = {n: i for i, n in enumerate(TYPE_PRIORITY)}

#: `id/<segment>/...` → class local name: the IRI pattern of graph/iri.py implies a class, also for
#: resources whose rdf:type is missing (or only skos:Concept / org:Organization in the thesaurus).
PATH_TYPES: dict[str, str] = {
    "project": "Project", "organ": "Organ", "assignment": "Assignment", "status-report": "StatusReport",
    "meeting": "Meeting", "agenda-item": "AgendaItem", "decision": "Decision", "vision": "Vision",
    "perspective": "Perspective", "vision-statement": "VisionStatement", "effect-goal": "EffectGoal",
    "indicator": "Indicator", "activity": "Activity", "person": "Person", "document": "Document",
    "passage": "Passage", "mention": "Mention", "concept": "Concept", "organ-change": "ChangeEvent",
    "status": "Concept", "doctype": "Concept",
}

_CLASS_TYPES = (OWL.Class, RDFS.Class)


def _lang_rank(lit: Literal) -> int:
    """Swedish first, then untagged, then anything else."""
    return 0 if lit.language == "sv" else 1 if not lit.language else 2


@dataclass(frozen=True)
class OntologyTerms:
    """What the ontology says about its terms, indexed for display."""

    labels: Mapping[str, str]                  # term IRI → Swedish rdfs:label
    classes: Mapping[str, str]                 # class local name → class IRI (a Styrgraf class wins a clash)
    subclasses: Mapping[str, frozenset[str]]   # class local name → itself and its transitive subclasses

    @classmethod
    def from_graph(cls, g: Graph) -> OntologyTerms:
        best: dict[str, tuple[int, str]] = {}
        for s, o in g.subject_objects(RDFS.label):
            if isinstance(s, URIRef) and isinstance(o, Literal):
                rank = (_lang_rank(o), str(o))
                if str(s) not in best or rank < best[str(s)]:
                    best[str(s)] = rank
        direct: dict[str, set[str]] = {}
        class_iris: set[str] = set()
        for s, o in g.subject_objects(RDFS.subClassOf):
            if isinstance(s, URIRef) and isinstance(o, URIRef):
                direct.setdefault(str(o), set()).add(str(s))
                class_iris.update((str(s), str(o)))
        for t in _CLASS_TYPES:
            class_iris.update(str(s) for s in g.subjects(RDF.type, t) if isinstance(s, URIRef))
        classes: dict[str, str] = {}
        for iri in sorted(class_iris, key=lambda i: (not i.startswith(SG_BASE), i)):
            classes.setdefault(local_name(iri), iri)
        subclasses: dict[str, set[str]] = {}
        for sup in direct:
            below, stack = set(), list(direct[sup])
            while stack:
                sub = stack.pop()
                if sub not in below:
                    below.add(sub)
                    stack.extend(direct.get(sub, ()))
            # keyed by local name, as the views name classes; clashing names (sg:Project, schema:Project) merge
            subclasses.setdefault(local_name(sup), {local_name(sup)}).update(local_name(b) for b in below)
        return cls({i: r[1] for i, r in best.items()}, classes,
                   {k: frozenset(v) for k, v in subclasses.items()})

    @classmethod
    def load(cls, path: Path = ONTOLOGY_PATH) -> OntologyTerms:
        return cls.from_graph(Graph().parse(path, format="turtle"))

    def class_label(self, name: str) -> str:
        """Swedish label of a class given by local name ("Committee" → "Beredning"), else the name."""
        iri = self.classes.get(name)
        return self.labels.get(iri, name) if iri else name

    def predicate_label(self, iri: str) -> str:
        """Swedish label of a property IRI, else its local name."""
        return self.labels.get(iri) or local_name(iri)

    def class_labels(self) -> dict[str, str]:
        """Local name → Swedish label of every labelled class."""
        return {name: self.labels[iri] for name, iri in self.classes.items() if iri in self.labels}

    def subclasses_of(self, name: str) -> frozenset[str]:
        """`name` and the local names of all its subclasses."""
        return self.subclasses.get(name, frozenset()) | {name}


@cache
def ontology_terms() -> OntologyTerms:
    """The terms of the bundled ontology file, parsed at first use."""
    return OntologyTerms.load(ONTOLOGY_PATH)


@cache
def doc_type_labels(path: Path = THESAURUS_PATH) -> dict[str, str]:
    """Document type (`Document.doc_type`, the concept's skos:notation) → its Swedish skos:prefLabel in the
    thesaurus's `sg:DocumentTypeScheme`: the words facets and document lists show."""
    scheme = str(SG.DocumentTypeScheme)
    return {c.notation: c.pref_label for c in Thesaurus.load(path).concepts.values()
            if c.scheme == scheme and c.notation and c.pref_label}


def class_label(name: str) -> str:
    return ontology_terms().class_label(name)


def predicate_label(iri: str) -> str:
    return ontology_terms().predicate_label(iri)


# -- the primary type --------------------------------------------------------------------------------

def path_type(iri: str) -> str | None:
    """The class the IRI's path implies (`id/project/...` → "Project"), else None."""
    if not iri.startswith(ID_BASE):
        return None
    return PATH_TYPES.get(iri[len(ID_BASE):].split("/", 1)[0])


def primary_type(types: Iterable[str]) -> str | None:
    """Local name of the first of `types` (class IRIs or local names) in TYPE_PRIORITY; None if empty."""
    names = {local_name(t) for t in types if t}
    names.discard("")
    if not names:
        return None
    return min(names, key=lambda n: (_PRIORITY.get(n, len(_PRIORITY)), n))


def resource_types(iri: str, types: Iterable[str]) -> list[str]:
    """Local names of a resource's classes: its rdf:types (IRIs or local names) and the one its IRI implies."""
    names = list(dict.fromkeys(n for n in (local_name(t) for t in types if t) if n))
    pt = path_type(iri)
    if pt and pt not in names:
        names.append(pt)
    return names


def resource_type(iri: str, types: Iterable[str]) -> str | None:
    """The primary type of the resource `iri` with rdf:types `types`: what every view shows."""
    return primary_type(resource_types(iri, types))


__all__ = ["PATH_TYPES", "TYPE_PRIORITY", "OntologyTerms", "class_label", "doc_type_labels", "ontology_terms",
           "path_type", "predicate_label", "primary_type", "resource_type", "resource_types"]
