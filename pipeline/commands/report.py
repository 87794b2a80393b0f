"""`cutoff report`: OUT/report.html, a self-contained page with a map, a timeline, counts and the evidence."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    from pipeline.merge import add_merge_arguments

    parser = subparsers.add_parser(
        "report",
        help="write OUT/report.html: map, timeline, counts and a filterable table of canonical events",
        description="Write OUT/report.html, one file that works offline (docs/report.md): a map of canonical "
        "events (countries and regions), a timeline by date and place, counts by country and restriction, and "
        "a table of dated and undated events filterable by text, country, restriction, platform, review state "
        "and date range, with each event's evidence sentences (field spans marked) and source links. Canonical "
        "events come from OUT/canonical_events.jsonl, else they are merged from OUT/events.jsonl.",
    )
    parser.add_argument("out", type=Path, metavar="OUT", help="output folder of `cutoff run`")
    add_merge_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.cli import EXIT_OK, UsageError
    from pipeline.merge import merge_options
    from pipeline.report import write_report

    if not (args.out / "events.jsonl").is_file():
        raise UsageError(f"no events.jsonl in {args.out}")
    try:
        path = write_report(args.out, options=merge_options(args))
    except ValueError as exc:  # a malformed line, named in the message
        raise UsageError(str(exc)) from None
    print(path)
    return EXIT_OK
