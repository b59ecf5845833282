"""`styrgraf serve`: the web service (JSON API, SPARQL endpoint, linked data, web pages) with uvicorn.

Builds the graph and the index first when the data directory has no generation yet. `--get PATH` runs one
request in-process (no server, datasette-style) and prints the body; the exit code is 1 for status >= 400.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from api.settings import Settings
from api.workspace import Workspace
from styrgraf.commands import Subparsers


def register(sub: Subparsers) -> None:
    p = sub.add_parser("serve", help="starta webbtjänsten (API, SPARQL, länkade data, webbsidor)",
                       description="Starta webbtjänsten med uvicorn. Finns ingen byggd graf i datakatalogen byggs "
                       "den först. Tjänsten upptäcker nya generationer (efter `styrgraf build`/`ingest` i en annan "
                       "process) och byter till dem när de är kompletta.")
    p.add_argument("--host", help="adress att lyssna på (standard: $STYRGRAF_HOST eller 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (standard: $STYRGRAF_PORT eller 8000)")
    p.add_argument("--reload-check-s", type=float, default=2.0, metavar="N",
                   help="hur ofta (sekunder) tjänsten letar efter en ny generation; 0 = bara vid anrop")
    p.add_argument("--get", metavar="PATH", help="kör en GET-begäran i processen (utan server) och skriv ut svaret, "
                   "t.ex. --get '/api/search?q=SMO'")
    p.add_argument("--accept", default=None, help="Accept-huvud för --get")
    p.add_argument("--no-build", action="store_true", help="bygg inte grafen om den saknas")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here: the app, the pipeline, the test client and uvicorn at module top add 1.13 s to
    # `styrgraf --help`.
    import uvicorn
    from fastapi.testclient import TestClient

    from api.app import create_app
    from styrgraf.pipeline import PipelineBuilder, build

    if args.host:
        settings = settings.model_copy(update={"host": args.host})
    if args.port:
        settings = settings.model_copy(update={"port": args.port})
    if not args.no_build and Workspace(settings.data_path).current() is None:
        quiet = bool(args.get)
        say: Callable[[str], None] = (lambda _m: None) if quiet else (lambda m: print(m, file=sys.stderr, flush=True))
        say(f"Ingen graf i {settings.data_path}: bygger den första generationen ...")
        build(settings, progress=say, show_bars=not quiet)
    if args.get:
        app = create_app(settings, reload_check_s=0, builder=PipelineBuilder(settings))
        headers = {"Accept": args.accept} if args.accept else {}
        with TestClient(app, follow_redirects=False) as client:
            response = client.get(args.get, headers=headers)
        sys.stdout.buffer.write(response.content)
        if response.content and not response.content.endswith(b"\n"):
            sys.stdout.buffer.write(b"\n")
        sys.stdout.flush()
        if response.status_code >= 300:
            loc = response.headers.get("location")
            print(f"HTTP {response.status_code}" + (f" → {loc}" if loc else ""), file=sys.stderr)
        return 1 if response.status_code >= 400 else 0
    app = create_app(settings, reload_check_s=args.reload_check_s, builder=PipelineBuilder(settings))
    print(f"Styrgraf på http://{settings.host}:{settings.port}/  (API-dokumentation: /docs, SPARQL: /sparql)",
          file=sys.stderr, flush=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="info")
    return 0
