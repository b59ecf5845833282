"""`styrgraf check`: build (or load) the graph, validate it with SHACL, print statistics and gold scores.

The graph always holds the bundled corpus (a generation is the bundled corpus plus the ingested documents),
so it is always scored against a gold: `--gold`, else the seed gold shipped with the corpus
(`graph.gold.GOLD_PATH`); a gold file that is not there is reported and fails the check.

`--gold DIR` scores a development corpus instead: the documents of DIR (read with only their id given) against
DIR's gold*.jsonl, with precision and recall per genre (graph/gold_corpus.py). Either way the check lists the
passages that look like uppdrag, decisions or goals but gave no fact, and the candidate organs
(graph/coverage.py)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from api.settings import Settings
from api.workspace import Generation, Workspace
from corpus.errors import StyrgrafError
from styrgraf.commands import Subparsers

if TYPE_CHECKING:
    from rdflib import Dataset

    from corpus.model import Document
    from graph.role_lines import Flag


def register(sub: Subparsers) -> None:
    p = sub.add_parser("check", help="kontrollera grafen: SHACL, statistik, guldstandard",
                       description="Bygger grafen från den medföljande korpusen (eller läser arbetsytans aktuella "
                       "generation), validerar mot SHACL-formerna, skriver tripler per dokument, antal per klass, "
                       "precision/täckning mot guldfilen och kandidatbegrepp att granska.")
    p.add_argument("--gold", type=Path, help="guldfil (standard: korpusens guld, corpus/gold/seed_facts.jsonl), "
                   "eller en mapp med dokument och gold*.jsonl (utvecklingskorpus, poäng per genre)")
    p.add_argument("--fail-on-violation", action="store_true", help="avsluta med kod 1 vid SHACL-brott")
    p.add_argument("--threshold", type=float, default=0.95, help="lägsta precision och täckning (standard 0.95)")
    p.add_argument("--rebuild", action="store_true", help="bygg från korpusen även om en generation finns")
    p.add_argument("--learned-roles", action="store_true",
                   help="lista även rader som den inlärda rollmodellen (graph/extract/roles.py) ser som beslut, "
                   "förslag, föredragande, status eller indikator där reglerna inte gav någon fakta (bäddar in "
                   "raderna med den medföljande modellen: långsammare första gången)")
    p.set_defaults(func=run)


def _source(gen: Generation | None) -> str:
    if gen is None:
        return "medföljande korpus"
    full = gen.meta.get("build_seconds")
    note = f", hela generationen byggdes på {full} s med inbäddning och index" if full else ""
    return f"generation {gen.id} (omextraherad{note})"


def run(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here: extraction, SHACL (pyshacl) and the gold at module top add 0.33 s to `styrgraf --help`.
    from corpus.bundled import load_bundled
    from graph.acronyms import unknown_candidates
    from graph.build import build_dataset
    from graph.gold import GOLD_PATH, evaluate
    from graph.shacl import validate
    from graph.stats import format_stats
    from graph.thesaurus import Thesaurus

    learned = bool(getattr(args, "learned_roles", False))
    if args.gold is not None and args.gold.is_dir():
        return _run_corpus(args.gold, args.threshold, learned)
    if args.gold is not None and not args.gold.is_file():
        raise StyrgrafError(f"{args.gold}: guldfilen finns inte")
    thesaurus = Thesaurus.load()
    t0 = time.perf_counter()
    gen = None if args.rebuild else Workspace(settings.data_path).current()
    docs = gen.documents() if gen is not None else load_bundled()
    ds = build_dataset(docs, thesaurus)
    build_s = time.perf_counter() - t0
    print(f"Källa: {_source(gen)}; {len(docs)} dokument; extraktion {build_s:.2f} s")
    print(format_stats(ds))
    failed = False
    res = validate(ds)
    bad = [v for v in res.violations if v.severity == "Violation"]
    print(f"SHACL: {'OK' if res.conforms else f'{len(bad)} brott'}")
    for v in bad[:20]:
        print(f"  {v.focus} {v.path or ''}: {v.message}")
    if not res.conforms and args.fail_on_violation:
        failed = True
    gold: Path = args.gold or GOLD_PATH
    if not gold.is_file():
        # The seed gold ships with the corpus: without it the check cannot say whether extraction still works.
        print(f"Guld: guldfilen {gold} saknas, ingen guldkontroll gjord")
        print(f"Guldfilen {gold} saknas", file=sys.stderr)
        failed = True
    else:
        print(f"Guld: {gold}")
        rep = evaluate(ds, gold)
        print(rep.summary())
        for f in rep.missing[:20]:
            print("  saknas:   ", " ".join(f))
        for f in rep.unexpected[:20]:
            print("  oväntat:  ", " ".join(f))
        if not rep.ok(args.threshold):
            print(f"Guld under tröskeln {args.threshold}", file=sys.stderr)
            failed = True
    from graph.coverage import format_report

    print(format_report(ds, docs, flags=_role_flags(ds, docs) if learned else ()))
    cands: dict[str, tuple[str, list[str]]] = {}
    for d in docs:
        for c in unknown_candidates(d.text, thesaurus):
            cands.setdefault(c.acronym, (c.expansion, []))[1].append(d.id)
    if cands:
        print(f"Kandidatbegrepp att granska ({len(cands)}; för in dem i ontology/thesaurus.ttl):")
        for acronym, (expansion, doc_ids) in list(cands.items())[:30]:
            print(f"  {acronym:8} {expansion}  [{', '.join(sorted(set(doc_ids)))}]")
    return 1 if failed else 0


def _role_flags(ds: Dataset, docs: list[Document]) -> list[Flag]:
    """Lines the learned role model flags where the rules gave no role (graph/role_lines.py), embedded with
    the bundled encoder the status fallback uses; none without the embedder."""
    from graph.extract.status_nearest import default_encoder
    from graph.role_lines import learned_flags

    return learned_flags(docs, ds, default_encoder())


def _run_corpus(folder: Path, threshold: float, learned: bool = False) -> int:
    """`--gold DIR`: build the folder's documents alone and score them against its gold, per genre."""
    from graph.build import build_dataset
    from graph.coverage import format_report
    from graph.gold import gold_files
    from graph.gold_corpus import load_corpus, score_by_genre
    from graph.thesaurus import Thesaurus

    if not gold_files(folder):
        raise StyrgrafError(f"{folder}: mappen har ingen guldfil (gold*.jsonl)")
    docs = load_corpus(folder)
    t0 = time.perf_counter()
    ds = build_dataset(docs, Thesaurus.load())
    print(f"Utvecklingskorpus: {folder}; {len(docs)} dokument; extraktion {time.perf_counter() - t0:.2f} s")
    table = score_by_genre(ds, docs, folder)
    print(table.format())
    rep = table.overall
    print(rep.summary())
    for f in rep.missing[:30]:
        print("  saknas:   ", " ".join(f))
    for f in rep.unexpected[:30]:
        print("  oväntat:  ", " ".join(f))
    print(format_report(ds, docs, flags=_role_flags(ds, docs) if learned else ()))
    if not rep.ok(threshold):
        print(f"Guld under tröskeln {threshold}", file=sys.stderr)
        return 1
    return 0
