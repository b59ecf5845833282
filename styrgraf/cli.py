"""The `styrgraf` command line. Each subcommand lives in styrgraf/commands/<name>.py and exposes
`register(subparsers)`; errors derived from StyrgrafError become a message on stderr and an exit code."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from corpus.errors import StyrgrafError
from styrgraf import commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="styrgraf",
        description="Kunskapsgraf och semantisk sökning över styrdokument för hälso- och sjukvård.",
    )
    parser.add_argument("--data-dir", help="data directory (default: $STYRGRAF_DATA_DIR or ~/.local/share/styrgraf)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for mod in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"styrgraf.commands.{mod.name}")
        if hasattr(module, "register"):
            module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    if args.data_dir:
        import os

        from api.settings import get_settings

        os.environ["STYRGRAF_DATA_DIR"] = args.data_dir
        get_settings.cache_clear()
    try:
        return int(args.func(args) or 0)
    except StyrgrafError as e:
        print(f"styrgraf: {e.title}: {e.detail}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("styrgraf: avbrutet", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into e.g. `head`, which stopped reading: not an error.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
