"""`styrgraf load FILE [--graph IRI]`: bulk-load outside RDF (.nq, .nt, .ttl, .trig) into the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from api.settings import Settings
from styrgraf.commands import Subparsers


def register(sub: Subparsers) -> None:
    p = sub.add_parser("load", help="läs in RDF utifrån (.nq, .nt, .ttl, .trig) i grafdatabasen",
                       description="Läs in en RDF-fil (t.ex. en regions egna vokabulärer eller en syntetisk "
                       "testgraf) i grafdatabasen. Filen registreras och läses in igen vid varje `styrgraf build`. "
                       "Varje graf som filen fyller ersätter det en tidigare inläsning skrev där. "
                       "En felaktig fil ändrar ingenting.")
    p.add_argument("path", type=Path, metavar="FILE")
    p.add_argument("--graph", help="graf för filens tripler utan namngiven graf "
                   "(standard: Styrgrafs graf .../graph/loaded/<filnamn>)")
    p.set_defaults(func=run)


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def run(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here: pyoxigraph and the workspace at module top add to every `styrgraf --help`.
    from api.workspace import Workspace
    from graph.remote import RemoteStore
    from styrgraf.rdf_load import load_file

    config = settings.remote_store
    remote = RemoteStore(config) if config is not None else None
    try:
        entry = load_file(Workspace(settings.data_path), args.path, args.graph, progress=_say, remote=remote)
    finally:
        if remote is not None:
            remote.close()
    for g in entry["graphs"]:
        print(f"<{g}>")
    print(f"{entry['quads']} tripler i {len(entry['graphs'])} graf(er) från {args.path.name}", file=sys.stderr)
    return 0
