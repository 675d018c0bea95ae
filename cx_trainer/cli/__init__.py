"""The ``cx-trainer`` command: an argparse front with no logic of its own.

Each workspace's sub-commands live in a module of this package (:mod:`.audit`, :mod:`.policy`,
:mod:`.training`) that registers them (``register(subparsers)``); handlers return the exit code:
0 ok, 1 findings at or above ``--fail-on``, 2 bad usage or input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from cx_trainer import __version__
from cx_trainer.cli import audit, policy, training
from cx_trainer.errors import CxError

__all__ = ["build_parser", "main"]


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on bad usage already; keep its one-line style."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every registered sub-command."""
    parser = _Parser(
        prog="cx-trainer",
        description="Audit customer-facing text against your policies, and train your staff. "
        "Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"cx-trainer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in (audit, policy, training):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        from cx_trainer.ui.app import main as gui_main

        return gui_main([])
    parser = build_parser()
    args = parser.parse_args(args_list)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args))
    except CxError as exc:
        print(f"cx-trainer: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("cx-trainer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
