"""`cutoff validate FILE`: check an events.jsonl (or an output folder's) against the schema.

It checks event files only (events.jsonl, one event per line); merged canonical events
have columns of their own (docs/tables.md), so such a file is refused with that answer
rather than hundreds of messages about fields it was never meant to have."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("validate", help="check an events file (events.jsonl) against the event schema")
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
    if _is_canonical(path):
        raise UsageError(f"{path} holds merged canonical events; validate checks event files (events.jsonl, or an output folder holding one)")
    print(f"checking {path} against the event schema (`cutoff schema`)")
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


def _is_canonical(path: Path) -> bool:
    """Merged events: the exports' file name, or a first record with a canonical_id."""
    if path.name.startswith("canonical_events"):
        return True
    with path.open(encoding="utf-8") as f:
        first = next((line for line in f if line.strip()), "")
    try:
        record = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(record, dict) and "canonical_id" in record and "event_id" not in record
