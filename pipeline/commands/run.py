"""`cutoff run INPUT... --out DIR`: articles in, the event table out."""

from __future__ import annotations

import argparse

from pipeline import DEFAULT_MODEL
from pipeline.merge import add_merge_arguments, merge_options


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("run", help="extract events from files and folders of articles")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt/.md/.html/.json/.jsonl files or folders (recursive)")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (holds the store and the exports)")
    p.add_argument("--model", default=DEFAULT_MODEL, help=f"installed spaCy pipeline to use (default {DEFAULT_MODEL})")
    p.add_argument("--workers", type=_positive, default=1, metavar="N", help="processes to use (default 1)")
    p.add_argument("--engine", choices=("local", "dask"), default="local", help="local processes or a Dask cluster")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="Dask scheduler to use (default: start a LocalCluster)")
    p.add_argument("--batch-size", type=_positive, default=64, metavar="N", help="articles per batch and per commit")
    p.add_argument("--reprocess", action="store_true", help="analyse every article again, even unchanged ones")
    p.add_argument("--no-triage", dest="triage", action="store_false", help="parse every article, even off-topic ones")
    p.add_argument("--full-parse", action="store_true", help="parse every sentence (default: only the passages that can hold or complete an event)")
    p.add_argument("--max-size", type=_positive_mb, default=50, metavar="MB", help="skip files (or JSONL lines) larger than this (default 50)")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.add_argument("--no-csv-safe", dest="csv_safe", action="store_false", help="write CSV cells raw (no formula neutralising)")
    add_merge_arguments(p)
    p.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    from pipeline.run import RunOptions, run

    if args.scheduler and args.engine != "dask":
        args.engine = "dask"
    options = RunOptions(
        model=args.model, workers=args.workers, engine=args.engine, scheduler=args.scheduler,
        batch_size=args.batch_size, reprocess=args.reprocess, triage=args.triage, full_parse=args.full_parse,
        max_bytes=round(args.max_size * 2**20), quiet=args.quiet,
        merge=merge_options(args), csv_safe=args.csv_safe,
    )
    report = run(args.inputs, args.out, options)
    if report["status"] == "interrupted":
        return 130
    return 3 if report["counts"].get("errors") else 0


def _positive_mb(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = 0.0
    if not 0 < number < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a size in MB above 0, not {value!r}")
    return number


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number
