"""The SKOS thesaurus (ontology/thesaurus.ttl) and a fast entity matcher over Swedish text.

Matching is token based. Every label is tokenised and each token reduced to a *key* (Swedish
Snowball stem plus a light extra step for definite forms that Snowball leaves: basplattan/basplatta,
psykiatrin/psykiatri, projektet/projekt), so "Beredningen för nära vård", "beredningens för nära vård"
and "Beredning för nära vård" all give the same key sequence. Acronyms (`sg:acronym`) are matched
case-sensitively on the token itself ("SIP" but not "sip", "SMO" but not "SMOG"), with an optional
genitive or hyphen suffix ("SPOT:s", "SMO-piloten", "SPOT-teamen"). Line-break hyphenation remnants
("sjukvårds-\\nnämnden") are joined before matching. Among overlapping candidates the longest wins.
Tokens and keys come from `graph/analysis.py` (shared with BM25).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from graph.analysis import Token, tokenize, word_key
from graph.namespaces import SG
from ontology import THESAURUS_PATH


@dataclass
class Concept:
    iri: str
    pref_label: str
    alt_labels: list[str] = field(default_factory=list)   # skos:altLabel + skos:hiddenLabel
    acronyms: list[str] = field(default_factory=list)     # sg:acronym (case-sensitive)
    types: list[str] = field(default_factory=list)        # rdf:type IRIs (ontology classes, skos:Concept)
    scheme: str | None = None
    broader: list[str] = field(default_factory=list)
    definition: str = ""
    notation: str | None = None
    replaces: list[str] = field(default_factory=list)      # dcterms:replaces (earlier organ names)
    replaced_by: list[str] = field(default_factory=list)   # dcterms:isReplacedBy (later organ names)
    auto_link: bool = True                                 # false: never matched in running text

    @property
    def labels(self) -> list[str]:
        return [self.pref_label, *self.alt_labels]


@dataclass(frozen=True)
class Mention:
    concept_iri: str
    start: int
    end: int
    surface: str


def _literals(g: Graph, s: URIRef, p: URIRef) -> list[str]:
    vals = [o for o in g.objects(s, p) if isinstance(o, Literal)]
    sv = [str(o) for o in vals if o.language in (None, "sv")]
    return sorted(sv) if sv else sorted(str(o) for o in vals)


class Thesaurus:
    def __init__(self, concepts: dict[str, Concept]):
        self.concepts = concepts
        self._phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._acronyms: dict[str, str] = {}
        self._acronyms_folded: dict[str, str] = {}
        self._by_key: dict[tuple[str, ...], str] = {}
        self._compile()

    # ---- loading -------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | str | None = None) -> Thesaurus:
        g = Graph()
        g.parse(str(path or THESAURUS_PATH), format="turtle")
        return cls.from_graph(g)

    @classmethod
    def from_graph(cls, g: Graph) -> Thesaurus:
        no_link_schemes = {s for s in g.subjects(SG.autoLink, Literal(False))}
        concepts: dict[str, Concept] = {}
        for s in set(g.subjects(RDF.type, SKOS.Concept)):
            if not isinstance(s, URIRef):
                continue
            prefs = _literals(g, s, SKOS.prefLabel)
            if not prefs:
                continue
            scheme = min((str(o) for o in g.objects(s, SKOS.inScheme)), default=None)
            flag = g.value(s, SG.autoLink)
            auto = bool(flag.toPython()) if isinstance(flag, Literal) else URIRef(scheme or "") not in no_link_schemes
            notation = g.value(s, SKOS.notation)
            definition = _literals(g, s, SKOS.definition)
            concepts[str(s)] = Concept(
                iri=str(s), pref_label=prefs[0],
                alt_labels=_literals(g, s, SKOS.altLabel) + _literals(g, s, SKOS.hiddenLabel),
                acronyms=sorted(str(o) for o in g.objects(s, SG.acronym)),
                types=sorted(str(o) for o in g.objects(s, RDF.type)),
                scheme=scheme,
                broader=sorted(str(o) for o in g.objects(s, SKOS.broader)),
                definition=definition[0] if definition else "",
                notation=str(notation) if notation is not None else None,
                replaces=sorted(str(o) for o in g.objects(s, DCTERMS.replaces)),
                replaced_by=sorted(str(o) for o in g.objects(s, DCTERMS.isReplacedBy)),
                auto_link=auto)
        return cls(concepts)

    # ---- compilation ---------------------------------------------------------------------------
    def _compile(self) -> None:
        for c in sorted(self.concepts.values(), key=lambda c: c.iri):
            for label in c.labels:
                if label in c.acronyms:  # an acronym used as label stays case-sensitive
                    continue
                keys = tuple(t.key for t in tokenize(label))
                if not keys:
                    continue
                self._by_key.setdefault(keys, c.iri)
                if c.auto_link:
                    self._phrases.setdefault(keys[0], []).append((keys, c.iri))
            for acr in c.acronyms:
                self._by_key.setdefault((word_key(acr),), c.iri)
                if c.auto_link:
                    self._acronyms.setdefault(acr, c.iri)
                    self._acronyms_folded.setdefault(acr.lower(), c.iri)
        for cands in self._phrases.values():
            cands.sort(key=lambda kc: -len(kc[0]))

    # ---- matching ------------------------------------------------------------------------------
    def _candidates(self, text: str, fold_acronyms: bool) -> Iterable[tuple[int, int, str]]:
        """(first token, one past last token, concept) for every label/acronym occurrence."""
        tokens = tokenize(text)
        keys = [t.key for t in tokens]
        n = len(tokens)
        for i, tok in enumerate(tokens):
            for phrase, iri in self._phrases.get(keys[i], ()):
                k = len(phrase)
                if i + k <= n and tuple(keys[i:i + k]) == phrase:
                    yield i, i + k, iri
            word = tok.text.split(":")[0]
            iri_a = self._acronyms.get(word)
            if iri_a is None and fold_acronyms:
                iri_a = self._acronyms_folded.get(word.lower())
            if iri_a is not None and not tok.hyphen_before:
                j = i + 1
                # hyphen suffix: "SMO-piloten", "SPOT-teamen" (lower-case continuation only)
                if j < n and tokens[j].hyphen_before and tokens[j].text[0].islower():
                    j += 1
                yield i, j, iri_a

    def _select(self, text: str, fold_acronyms: bool) -> list[Mention]:
        tokens = tokenize(text)
        cands = sorted(self._candidates(text, fold_acronyms),
                       key=lambda c: (-(tokens[c[1] - 1].end - tokens[c[0]].start), c[0]))
        taken = [False] * len(tokens)
        out: list[Mention] = []
        for i, j, iri in cands:
            if any(taken[i:j]):
                continue
            taken[i:j] = [True] * (j - i)
            start, end = tokens[i].start, tokens[j - 1].end
            out.append(Mention(iri, start, end, text[start:end]))
        return sorted(out, key=lambda m: m.start)

    def find_mentions(self, text: str) -> list[Mention]:
        """Non-overlapping mentions of thesaurus concepts in running text, in text order."""
        return self._select(text, fold_acronyms=False)

    def link_query(self, text: str) -> list[Mention]:
        """Like `find_mentions`, for a search query: acronyms also match in lower case ("spot")."""
        return self._select(text, fold_acronyms=True)

    def by_label(self, label: str) -> Concept | None:
        """The concept one of whose labels or acronyms is `label` (any inflection/case), else None."""
        stripped = label.strip()
        for c in self.concepts.values():
            if stripped in c.acronyms:
                return c
        iri = self._by_key.get(tuple(t.key for t in tokenize(stripped)))
        return self.concepts.get(iri) if iri else None

    def lineage(self, iri: str) -> list[str]:
        """The concept and all its predecessors/successors (renamed organs), sorted."""
        seen, todo = {iri}, [iri]
        while todo:
            c = self.concepts.get(todo.pop())
            for other in (c.replaces + c.replaced_by) if c else []:
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        return sorted(seen)

    def in_scheme(self, scheme_iri: str) -> list[Concept]:
        return sorted((c for c in self.concepts.values() if c.scheme == scheme_iri), key=lambda c: c.iri)


__all__ = ["Concept", "Mention", "Thesaurus", "Token", "tokenize", "word_key"]
