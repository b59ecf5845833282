"""CLI subcommands, one module each. Every module exposes `register(subparsers)`, which adds its parser and
sets `func` to a `Command`: called with the parsed arguments and the settings of this run (the environment,
STYRGRAF_*, with `--data-dir` over it), returning the exit code.

The command modules import our heavy modules (graph, search, the app) inside `run()`: `styrgraf --help`
imports every command module, and each comment there gives what the import at module top would cost it."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TypeAlias

from api.settings import Settings
from api.workspace import Generation, Workspace
from corpus.errors import NotBuilt

#: What `add_subparsers()` returns (generic only to the type checker, hence the string).
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
Command: TypeAlias = Callable[[argparse.Namespace, Settings], int]


def current_generation(settings: Settings) -> Generation:
    """The generation the data directory serves, or NotBuilt (exit code 6)."""
    gen = Workspace(settings.data_path).current()
    if gen is None:
        raise NotBuilt("ingen graf är byggd än: kör `styrgraf build`")
    return gen
