"""`styrgraf search "fråga"`: hybrid search over the passages of the current index."""

from __future__ import annotations

import argparse
import json
import textwrap
from typing import TYPE_CHECKING

from api.settings import Settings
from styrgraf.commands import Subparsers

if TYPE_CHECKING:
    from search.models import Answer


def register(sub: Subparsers) -> None:
    p = sub.add_parser("search", help="sök i dokumenten (hybrid: semantisk + ord + entiteter)",
                       description="Sök bland passagerna i styrdokumenten. Visar rangordnade passager "
                       "med dokument, datum, poäng och entiteter.")
    p.add_argument("query", help="frågan, t.ex. \"Hur går arbetet med SPOT?\"")
    p.add_argument("-k", type=int, default=10, help="antal träffar (1-100, standard 10)")
    p.add_argument("--year-from", type=int, help="bara dokument från detta år")
    p.add_argument("--year-to", type=int, help="bara dokument till och med detta år")
    p.add_argument("--type", dest="doc_type", help="dokumenttyp, t.ex. aterrapportering, kallelse")
    p.add_argument("--organ", help="organ (del av namnet), t.ex. 'psykiatri'")
    p.add_argument("--entity-type", help="bara passager som nämner en entitet av denna typ (t.ex. Project)")
    p.add_argument("--mode", choices=["hybrid", "bm25", "dense"], default="hybrid")
    p.add_argument("--index-dir", help="sökindexkatalog (standard: aktuell generation i datakatalogen)")
    p.add_argument("--json", action="store_true", help="skriv svaret som JSON")
    p.add_argument("--no-answer", dest="answer", action="store_false",
                   help="inget kort citerat svar före träffarna")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here: the search engine (FAISS, bm25s, the embedder) at module top adds 0.57 s to `styrgraf --help`.
    from styrgraf.engine import open_engine

    engine = open_engine(settings, index_dir=args.index_dir)
    resp = engine.search(args.query, k=args.k, year_from=args.year_from, year_to=args.year_to,
                         doc_type=args.doc_type, organ=args.organ, entity_type=args.entity_type, mode=args.mode,
                         answer=args.answer)
    if args.json:
        print(json.dumps(resp.model_dump(mode="json"), ensure_ascii=False, indent=2))
        return 0
    if resp.message:
        print(resp.message)
    if resp.answer is not None:
        print_answer(resp.answer)
    if resp.entities:
        print("Entiteter i frågan: " + ", ".join(f"{e.label} ({e.type})" for e in resp.entities))
    if resp.entity:
        print(f"Om {resp.entity.get('label', resp.entities[0].label if resp.entities else '')}:")
    for ev in resp.timeline:
        print(f"  {ev.date or '?':<10} {ev.kind:<11} {ev.label}")
    for h in resp.results:
        d = h.document
        date = d.date or (str(d.year) if d.year else "")
        print(f"\n{h.rank}. {d.title}  [{d.type}{', ' + date if date else ''}]  poäng {h.score:.4f}")
        if h.heading:
            print(f"   {h.heading}")
        body = " ".join(h.text.split())
        print(textwrap.indent(textwrap.fill(body[:600] + ("…" if len(body) > 600 else ""), 100), "   "))
        if h.entities:
            print("   Entiteter: " + ", ".join(e.label for e in h.entities[:8]))
        print(f"   ({h.passage_id})")
    return 0


def print_answer(answer: Answer) -> None:
    """The answer first: each sentence as the source words it, with its citation below it."""
    from corpus.dates import format_date

    print("Svar:" if answer.sentences else (answer.message or ""))
    for s in answer.sentences:
        print(textwrap.fill(" ".join(s.text.split()), 100, initial_indent="  » ", subsequent_indent="    "))
        when = format_date(s.date) if s.date and s.date not in s.document.title else ""
        print(f"      — {s.document.title}{', ' + when if when else ''} ({s.passage_id}, tecken {s.start}–{s.end})")
    print()
