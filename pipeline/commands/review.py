"""`cutoff review OUT`: check and correct a store's events in a local web page; `--export-gold`."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "review",
        help="check and correct the events of an output folder in a local web page",
        description="Serve a local web page (127.0.0.1, a token in the printed address) to check and correct "
        "the events of OUT article by article: accept, correct, delete, add, or mark an article as reporting "
        "no event. Corrections are kept in OUT's store; every export uses them (reviewed: true) and no rerun "
        "overwrites them. Nothing is opened: click the printed address. With --export-gold FILE, write the "
        "reviewed articles as gold JSONL for `cutoff evaluate --gold FILE` and stop.",
    )
    parser.add_argument("out", type=Path, metavar="OUT", help="output folder of `cutoff run`")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8765, help="first port to try (default 8765; 0: any free port)")
    parser.add_argument("--export-gold", type=Path, metavar="FILE", help="write the reviewed articles as gold JSONL and exit")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.cli import EXIT_OK, UsageError
    from pipeline.store import Store, store_path

    if not store_path(args.out).is_file():
        raise UsageError(f"no Cutoff store in {args.out} (run `cutoff run ... --out {args.out}` first)")
    if args.export_gold:
        from pipeline.review.gold import export_gold

        if args.export_gold.is_dir():
            raise UsageError(f"--export-gold {args.export_gold} is a folder; give a file name")
        args.export_gold.parent.mkdir(parents=True, exist_ok=True)
        with Store(args.out) as store:
            articles, events = export_gold(store, args.export_gold)
        print(f"{articles} reviewed article{'s' * (articles != 1)} ({events} asserted event{'s' * (events != 1)}) "
              f"written to {args.export_gold}")
        return EXIT_OK
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port} is not a port number")
    from pipeline.review.server import serve

    serve(args.out, args.host, args.port)
    return EXIT_OK
