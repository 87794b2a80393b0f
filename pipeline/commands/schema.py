"""`cutoff schema`: print the JSON Schema every written event is checked against."""

from __future__ import annotations

import argparse
import json


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("schema", help="print the event JSON Schema (Draft 2020-12)")
    p.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    from pipeline.schema import event_schema

    print(json.dumps(event_schema(), indent=2))
    return 0
