"""`cutoff validate FILE`: check an events.jsonl (or an output folder's) against the schema."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("validate", help="check an events file against the schema")
    p.add_argument("file", metavar="FILE", help="events.jsonl, or an output folder holding one")
    p.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    from pipeline.cli import UsageError
    from pipeline.schema import event_errors

    path = Path(args.file)
    if path.is_dir():
        path = path / "events.jsonl"
    if not path.is_file():
        raise UsageError(f"no events file at {path}")
    bad = total = 0
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            total += 1
            try:
                problems = event_errors(json.loads(line))
            except json.JSONDecodeError as exc:
                problems = [f"not JSON: {exc.msg}"]
            for message in problems:
                print(f"{path}:{n}: {message}")
            bad += bool(problems)
    print(f"{total - bad} of {total} events valid")
    return 1 if bad else 0
