"""`cutoff` command line: parses arguments and hands over to one module per subcommand.

Each module in `pipeline.commands` defines `add_parser(subparsers)`, which registers
its arguments and sets `func(args) -> int`. Heavy imports stay inside those functions
so `cutoff --help` is instant.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

import pipeline
from pipeline import __version__

COMMANDS = ("run", "evaluate", "schema", "validate", "status", "report", "export", "review")

EXIT_OK, EXIT_FATAL, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


class UsageError(Exception):
    """Bad arguments or paths given by the user: exit 2 with a one-line message."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cutoff", description=pipeline.__doc__)
    parser.add_argument("--version", action="version", version=f"cutoff {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"pipeline.commands.{name}").add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    if not (sys.argv[1:] if argv is None else argv):  # bare `cutoff`: what it can do
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # `cutoff schema | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except UsageError as exc:
        print(f"cutoff {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("cutoff: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the one place a crash becomes a message
        if args.debug:
            raise
        print(f"cutoff {args.command}: error: {exc} (rerun with --debug for a traceback)", file=sys.stderr)
        return EXIT_FATAL


if __name__ == "__main__":
    sys.exit(main())
