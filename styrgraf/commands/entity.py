"""`styrgraf entity TEXT`: what the graph knows about one entity (label, acronym, local id or IRI)."""

from __future__ import annotations

import argparse
import json
import textwrap
from typing import TYPE_CHECKING

from api.settings import Settings
from corpus.errors import NotFound
from styrgraf.commands import Subparsers, current_generation

if TYPE_CHECKING:
    from graph.entities import EntityCard


def register(sub: Subparsers) -> None:
    p = sub.add_parser("entity", help="visa vad grafen vet om en entitet (projekt, organ, uppdrag, ...)",
                       description="Visa typer, benämningar, relationer, tidslinje och källpassager för en "
                       "entitet. TEXT kan vara en benämning ('Samordnat medicinskt omhändertagande'), en "
                       "förkortning ('SMO'), ett lokalt id ('project/smo') eller en IRI.")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--format", "-f", choices=["text", "json"], default="text")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here: the entity card (rdflib) at module top adds 0.07 s (a third) to `styrgraf --help`.
    from graph.entities import entity_card
    from graph.labels import LabelIndex

    store = current_generation(settings).open_graph(settings.remote_store)
    index = LabelIndex.from_store(store)
    text = args.text.strip()
    iri = index.resolve(text)
    if iri is None and text.startswith(("http://", "https://")):
        iri = text   # an IRI without labels (a passage, a status report) still has a card
    card = entity_card(store, iri) if iri else None
    if card is None:
        hits = index.search(text, limit=5)
        hint = "; menade du: " + ", ".join(f"{h.label} ({h.id})" for h in hits) if hits else ""
        raise NotFound(f"ingen entitet matchar '{text}'{hint}")
    if args.format == "json":
        print(json.dumps(card.model_dump(), ensure_ascii=False, indent=2))
        return 0
    print(render_card(card))
    return 0


def _wrap(s: str, indent: str = "    ") -> str:
    return textwrap.fill(s, width=110, initial_indent=indent, subsequent_indent=indent)


def render_card(card: EntityCard) -> str:
    lines: list[str] = []
    type_labels = ", ".join(t.label for t in card.types) or "okänd typ"
    lines.append(f"{card.label}  [{type_labels}]")
    lines.append(f"  id:  {card.id}")
    lines.append(f"  IRI: {card.iri}")
    if card.acronyms:
        lines.append(f"  Förkortning: {', '.join(card.acronyms)}")
    if card.alt_labels:
        lines.append(f"  Även kallad: {'; '.join(card.alt_labels)}")
    if card.definition:
        lines.append("  Definition:")
        lines.append(_wrap(card.definition))
    if card.properties:
        lines.append("\nEgenskaper")
        for p in card.properties:
            value = str(p.value)
            lines.append(f"  {p.predicate_label}: {value if len(value) < 200 else value[:200] + '…'}")
    if card.relations_out or card.relations_in:
        lines.append("\nRelationer")
        for r in card.relations_out:
            lines.append(f"  → {r.predicate_label}: {r.label}  ({r.id})")
        for r in card.relations_in:
            lines.append(f"  ← {r.predicate_label}: {r.label}  ({r.id})")
    if card.timeline:
        lines.append("\nTidslinje")
        for e in card.timeline:
            src = f"  [{e.passage_id}]" if e.passage_id else ""
            lines.append(f"  {e.date:<10}  {e.kind:<10}  {e.label}{src}")
    for title, refs in (("Omnämnanden", card.mentioned_in), ("Källor (härlett från)", card.derived_from)):
        if not refs:
            continue
        lines.append(f"\n{title}")
        for ref in refs:
            doc = ref.document_title or ref.document_id or "okänt dokument"
            lines.append(f"  {ref.document_date or '????'}  {doc}")
            lines.append(f"    passage {ref.passage_id}" + (f" – {ref.heading}" if ref.heading else ""))
            if ref.snippet:
                lines.append(_wrap(f"”{ref.snippet}”", "    "))
    return "\n".join(lines)
