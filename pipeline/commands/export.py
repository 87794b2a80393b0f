"""`cutoff export`: an output folder's events, canonical events and sources as CSV, JSONL or Parquet."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    from pipeline.merge import add_merge_arguments

    parser = subparsers.add_parser(
        "export",
        help="export events, canonical events and sources as csv, jsonl or parquet, or canonical events as STOP",
        description="Write the tables events, canonical_events and sources of an output folder in one "
        "format, for joining with other data (columns: docs/tables.md); or, with --format stop, one row per "
        "canonical event in the columns of Access Now's STOP dataset as stop.csv (docs/stop-export.md). "
        "Canonical events come from OUT/canonical_events.jsonl, else they are merged from OUT/events.jsonl.",
    )
    parser.add_argument("out", type=Path, metavar="OUT", help="output folder of `cutoff run`")
    parser.add_argument("--format", required=True, choices=("csv", "jsonl", "parquet", "stop"))
    parser.add_argument("--dest", type=Path, metavar="DIR", help="where to write (default OUT/export/)")
    parser.add_argument("--no-csv-safe", dest="csv_safe", action="store_false",
                        help="write CSV cells as they are, without neutralising leading = + - @")
    add_merge_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pipeline import tables
    from pipeline.cli import EXIT_OK, UsageError
    from pipeline.merge import merge_options

    if not (args.out / "events.jsonl").is_file():
        raise UsageError(f"no events.jsonl in {args.out}")
    dest = args.dest or args.out / "export"
    options = merge_options(args)
    try:
        if args.format == "csv":
            paths = tables.to_csv(args.out, dest, csv_safe=args.csv_safe, options=options)
        elif args.format == "stop":
            from pipeline.stop_export import to_stop

            paths = to_stop(args.out, dest, csv_safe=args.csv_safe, options=options)
        elif args.format == "jsonl":
            paths = tables.to_jsonl(args.out, dest, options=options)
        else:
            paths = tables.to_parquet(args.out, dest, options=options)
    except ValueError as exc:  # a malformed line, named in the message
        raise UsageError(str(exc)) from None
    for path in paths:
        print(path)
    return EXIT_OK
