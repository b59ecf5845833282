"""`styrgraf eval FILE.jsonl`: retrieval quality (MRR@10, hit@1, hit@5, nDCG@10) per search mode."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from api.settings import Settings
from corpus.errors import StyrgrafError
from styrgraf.commands import Subparsers


def register(sub: Subparsers) -> None:
    p = sub.add_parser("eval", help="mät sökkvalitet mot en frågefil (JSONL)",
                       description="Mät MRR@10, hit@1, hit@5 och nDCG@10 för bm25, dense och hybrid. "
                       "Varje rad: {\"q\": fråga, \"expect\": regex som en relevant passage matchar, "
                       "\"doc\": valfritt dokumentprefix, t.ex. \"000|001\"}.")
    p.add_argument("file", type=Path, help="frågefil (JSONL)")
    p.add_argument("--index-dir", help="sökindexkatalog (standard: aktuell generation)")
    p.add_argument("--modes", nargs="*", default=["bm25", "dense", "hybrid"])
    p.add_argument("--count-duplicates", action="store_true",
                   help="räkna nästan identiska passager i ett dokument som skilda svar (standard: ett svar)")
    p.add_argument("--split", help="bara frågor med detta värde i fältet \"split\" (t.ex. dev eller holdout)")
    p.add_argument("--verbose", "-v", action="store_true", help="visa frågor utan träff bland de fem första")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here: the search engine (FAISS, bm25s, the embedder) at module top adds 0.59 s to `styrgraf --help`.
    from search.eval import evaluate, format_strata, format_table, groups, load_questions, unanswerable
    from styrgraf.engine import open_engine

    if not args.file.exists():
        raise StyrgrafError(f"{args.file}: filen finns inte")
    from search.answer_eval import is_answer_file

    if is_answer_file(args.file):  # lines with "required": answer precision, coverage, abstention
        return _run_answers(args, settings)
    questions = load_questions(args.file)
    if args.split:
        questions = [q for q in questions if q.extra.get("split") == args.split]
        if not questions:
            raise StyrgrafError(f"{args.file}: inga frågor med split={args.split!r}")
    engine = open_engine(settings, index_dir=args.index_dir)
    res = evaluate(engine, questions, tuple(args.modes), group_duplicates=not args.count_duplicates)
    broken = unanswerable(engine, questions)
    if args.json:
        print(json.dumps({m: {"mrr@10": s.mrr10, "hit@1": s.hit1, "hit@5": s.hit5, "ndcg@10": s.ndcg10,
                              "ranks": s.ranks, "misses": s.misses,
                              "strata": {k: (lambda t: {"n": len(ix), "mrr@10": t.mrr10, "hit@1": t.hit1,
                                                        "hit@5": t.hit5, "ndcg@10": t.ndcg10})(s.subset(ix))
                                         for k, ix in groups(questions, "stratum").items()}}
                          for m, s in res.items()}
                         | {"n": len(questions), "no_relevant_passage": broken}, ensure_ascii=False, indent=2))
        return 0
    print(format_table(res, len(questions)))
    for key in ("stratum", "split"):  # per-stratum (and per-split) tables when the lines carry them
        if len(parts := groups(questions, key)) > 1 or (key == "stratum" and parts):
            print("\n" + format_strata(res, parts).replace("stratum", key.ljust(7), 1))
    if broken:
        print(f"\n{len(broken)} frågor har ingen relevant passage i indexet: " + "; ".join(broken))
    if args.verbose:
        for m, s in res.items():
            for q in s.misses:
                print(f"[{m}] inte bland de fem första: {q}")
    return 0


def _run_answers(args: argparse.Namespace, settings: Settings) -> int:
    from search.answer_eval import evaluate_answers, format_answer_table, load_answer_questions, summarise
    from styrgraf.engine import open_engine

    questions = load_answer_questions(args.file)
    if args.split:
        questions = [q for q in questions if q.split == args.split]
        if not questions:
            raise StyrgrafError(f"{args.file}: inga frågor med split={args.split!r}")
    summary = summarise(evaluate_answers(open_engine(settings, index_dir=args.index_dir), questions))
    print(json.dumps(summary, ensure_ascii=False, indent=2) if args.json else format_answer_table(summary))
    return 0
