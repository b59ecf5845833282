"""`styrgraf check`: build (or load) the graph, validate it with SHACL, print statistics and gold scores."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="kontrollera grafen: SHACL, statistik, guldstandard",
                       description="Bygger grafen från den medföljande korpusen (eller läser arbetsytans aktuella "
                       "generation), validerar mot SHACL-formerna, skriver tripler per dokument, antal per klass, "
                       "precision/täckning mot guldfilen och kandidatbegrepp att granska.")
    p.add_argument("--gold", type=Path, help="guldfil (standard: tests/gold/seed_facts.jsonl om den finns)")
    p.add_argument("--fail-on-violation", action="store_true", help="avsluta med kod 1 vid SHACL-brott")
    p.add_argument("--threshold", type=float, default=0.95, help="lägsta precision och täckning (standard 0.95)")
    p.add_argument("--rebuild", action="store_true", help="bygg från korpusen även om en generation finns")
    p.set_defaults(func=run)


def _load(rebuild: bool) -> tuple[object, list, str]:
    from corpus.bundled import load_bundled
    from graph.build import build_dataset
    from graph.thesaurus import Thesaurus

    if not rebuild:
        try:
            from api.settings import get_settings
            from api.workspace import Workspace

            gen = Workspace(get_settings().data_path).current()
            if gen is not None:
                docs = gen.documents()
                full = gen.meta.get("build_seconds")
                note = f", hela generationen byggdes på {full} s med inbäddning och index" if full else ""
                return build_dataset(docs, Thesaurus.load()), docs, f"generation {gen.id} (omextraherad{note})"
        except ImportError:
            pass
    docs = load_bundled()
    return build_dataset(docs, Thesaurus.load()), docs, "medföljande korpus"


def run(args: argparse.Namespace) -> int:
    from graph.gold import GOLD_PATH, evaluate
    from graph.stats import format_stats

    t0 = time.perf_counter()
    ds, docs, source = _load(args.rebuild)
    build_s = time.perf_counter() - t0
    print(f"Källa: {source}; {len(docs)} dokument; extraktion {build_s:.2f} s")
    print(format_stats(ds))  # type: ignore[arg-type]
    failed = False
    try:
        from graph.shacl import validate

        res = validate(ds)  # type: ignore[arg-type]
        bad = [v for v in res.violations if v.severity == "Violation"]
        print(f"SHACL: {'OK' if res.conforms else f'{len(bad)} brott'}")
        for v in bad[:20]:
            print(f"  {v.focus} {v.path or ''}: {v.message}")
        if not res.conforms and args.fail_on_violation:
            failed = True
    except ImportError as e:
        print(f"SHACL: hoppas över ({e})")
    gold = args.gold or (GOLD_PATH if GOLD_PATH.exists() else None)
    if gold:
        rep = evaluate(ds, gold)  # type: ignore[arg-type]
        print(rep.summary())
        for f in rep.missing[:20]:
            print("  saknas:   ", " ".join(f))
        for f in rep.unexpected[:20]:
            print("  oväntat:  ", " ".join(f))
        if not rep.ok(args.threshold):
            print(f"Guld under tröskeln {args.threshold}", file=sys.stderr)
            failed = True
    try:
        from graph.acronyms import unknown_candidates
        from graph.thesaurus import Thesaurus

        th = Thesaurus.load()
        cands: dict[str, tuple[str, list[str]]] = {}
        for d in docs:
            for c in unknown_candidates(d.text, th):
                cands.setdefault(c.acronym, (c.expansion, []))[1].append(d.id)
        if cands:
            print(f"Kandidatbegrepp att granska ({len(cands)}; för in dem i ontology/thesaurus.ttl):")
            for acronym, (expansion, doc_ids) in list(cands.items())[:30]:
                print(f"  {acronym:8} {expansion}  [{', '.join(sorted(set(doc_ids)))}]")
    except ImportError:
        pass
    return 1 if failed else 0
