"""`cutoff evaluate`: score predicted events against hand-coded gold (spec section 5)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="score predicted events against gold annotations",
        description="Score predicted events against gold annotations (event, slot and per-field "
        "precision/recall/F1). Only articles in the gold are scored.",
    )
    parser.add_argument("--gold", action="append", required=True, type=Path, metavar="GOLD.jsonl",
                        help="gold annotations, one article per line (repeat to concatenate files)")
    parser.add_argument("pred", type=Path, metavar="PRED", help="events.jsonl, or an output folder holding one")
    parser.add_argument("--json", action="store_true", help="print the report as JSON (errors included)")
    parser.add_argument("--errors", action="store_true", help="list every missed and spurious slot per article")
    parser.add_argument("--pipeline", action="store_true",
                        help="score the pipeline's own events from the output folder's store, not the reviewed ones "
                        "(with gold from `cutoff review --export-gold`: the pipeline measured on your own corpus)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pipeline import evaluate, evaluate_report
    from pipeline.cli import EXIT_OK, UsageError

    for path in args.gold:
        if not path.is_file():
            raise UsageError(f"gold file not found: {path}")
    try:
        report = evaluate.evaluate(evaluate.load_gold(args.gold), _predictions(args))
    except ValueError as exc:  # malformed line or repeated gold id, named in the message
        raise UsageError(str(exc)) from None

    if args.json:
        print(json.dumps(evaluate_report.report_json(report), ensure_ascii=False, indent=2))
    else:
        print(evaluate_report.render_table(report))
        if args.errors:
            print()
            print(evaluate_report.render_errors(report))
    return EXIT_OK


def _predictions(args: argparse.Namespace) -> list[dict]:
    """The events to score: PRED's events.jsonl (reviewed events where they exist), or with
    --pipeline the pipeline's own events in PRED's store, whatever the reviews say."""
    from pipeline import evaluate
    from pipeline.cli import UsageError
    from pipeline.store import Store, store_path

    if args.pipeline:
        if not store_path(args.pred).is_file():
            raise UsageError(f"--pipeline needs an output folder with a Cutoff store, not {args.pred}")
        with Store(args.pred) as store:
            return list(store.iter_pipeline_events())
    events_file = evaluate.predictions_file(args.pred)
    if not events_file.is_file():
        raise UsageError(f"predictions not found: {events_file}")
    return evaluate.load_predictions(events_file)
