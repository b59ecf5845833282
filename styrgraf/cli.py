"""The `styrgraf` command line. Each subcommand lives in styrgraf/commands/<name>.py (listed in `COMMANDS`)
and exposes `register(subparsers)`; errors derived from StyrgrafError become a message on stderr and an exit code.

The settings of a run are made here, once, from the environment and the arguments (`--data-dir`), and passed
to the command: nothing is written to `os.environ`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from api.settings import Settings
from corpus.errors import StyrgrafError
from styrgraf.commands import Command, build, check, deps, entity, ingest, load, search, serve, sparql
from styrgraf.commands import eval as eval_

#: The subcommands, in the order `styrgraf --help` lists them.
COMMANDS = (build, check, deps, entity, eval_, ingest, load, search, serve, sparql)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="styrgraf",
        description="Kunskapsgraf och semantisk sökning över styrdokument för hälso- och sjukvård.",
    )
    parser.add_argument("--data-dir", help="data directory (default: $STYRGRAF_DATA_DIR or ~/.local/share/styrgraf)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def settings_from(args: argparse.Namespace) -> Settings:
    """The environment's settings (STYRGRAF_*, .env) with the command line's over them."""
    return Settings(data_dir=Path(args.data_dir)) if args.data_dir else Settings()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Command | None = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    try:
        return int(func(args, settings_from(args)) or 0)
    except StyrgrafError as e:
        print(f"styrgraf: {e.title}: {e.detail}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("styrgraf: avbrutet", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into e.g. `head`, which stopped reading: not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
