"""`styrgraf ingest PATH...`: add documents (.txt, .pdf, .docx, .html) and rebuild."""

from __future__ import annotations

import argparse
from pathlib import Path

from api.settings import Settings
from corpus.errors import IngestError
from corpus.model import DOC_TYPES
from styrgraf.commands import Subparsers


def register(sub: Subparsers) -> None:
    p = sub.add_parser("ingest", help="läs in nya dokument (.txt, .pdf, .docx, .html)",
                       description="Läs in dokument, rensa och dela upp dem i passager, och bygg om grafen "
                       "och indexet. Ett fel i någon fil ändrar ingenting.")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--id", help="dokument-id (endast med en fil)")
    p.add_argument("--title", help="titel (ersätter den som hittas i texten)")
    p.add_argument("--type", dest="doc_type", help="dokumenttyp, t.ex. kallelse, minnesanteckningar, aterrapportering")
    p.add_argument("--organ", help="organ, t.ex. 'Beredning för psykiatri'")
    p.add_argument("--organisation", help="region eller kommun som ger ut dokumentet, t.ex. 'Region Fjällmark' "
                   "(ersätter den som hittas i brevhuvudet; dess organ, möten och uppdrag får IRI:er under den)")
    p.add_argument("--date", help="datum YYYY-MM-DD")
    p.add_argument("--year", type=int, help="år som dokumentet avser")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here: the pipeline (graph, search index, embedders) at module top adds 0.46 s to `styrgraf --help`.
    from graph.organisations import check_organisation
    from styrgraf.pipeline import ingest

    if args.id and len(args.paths) > 1:
        raise IngestError("--id kan bara anges när en enda fil läses in")
    if args.doc_type and args.doc_type not in DOC_TYPES:
        raise IngestError(f"okänd dokumenttyp '{args.doc_type}'; välj en av: {', '.join(DOC_TYPES)}")
    # `is not None`: an empty --organisation "" is a mistake to report, not a flag to drop
    organisation = check_organisation(args.organisation) if args.organisation is not None else None
    overrides = {k: v for k, v in {"id": args.id, "title": args.title, "type": args.doc_type, "organ": args.organ,
                                   "organisation": organisation, "date": args.date, "year": args.year}.items() if v}
    docs, _gen = ingest(settings, args.paths, overrides=overrides)
    for d in docs:
        print(f"{d.id}\t{d.doc_type}\t{d.date or d.year or ''}\t{len(d.passages)} passager\t{d.title}")
    return 0
