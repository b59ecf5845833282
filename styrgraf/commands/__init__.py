"""CLI subcommands, one module each; every module exposes `register(subparsers)` and sets `func`."""
