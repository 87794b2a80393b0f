"""`cutoff status OUT`: what an output folder's store holds, without rerunning anything."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pipeline.cli import UsageError


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser("status", help="show what an output folder holds: articles, events, errors, runs")
    parser.add_argument("out", metavar="OUT", help="output folder of `cutoff run`")
    parser.add_argument("--events", action="store_true", help="also list the asserted events, by date")
    parser.set_defaults(func=status)


def status(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from pipeline.store import Store, store_path

    out = Path(args.out)
    if not store_path(out).is_file():
        raise UsageError(f"no Cutoff store in {out} (run `cutoff run ... --out {out}` first)")
    with Store(out) as store:
        summary = store.summary()
        events = [e for e in store.iter_events(by_date=True) if e["status"] == "asserted"] if args.events else []

    console = Console()
    if not console.is_terminal:
        console = Console(width=160)  # logs and pipes: wide rows beat folded cells
    totals = Table(title=f"Cutoff store in {out}", show_header=False)
    for name, count in summary["articles"].items():
        totals.add_row(f"articles {name}", str(count))
    totals.add_row("events", str(summary["events"]))
    totals.add_row("errors", str(summary["errors"]))
    reviews = summary["reviews"]  # `cutoff review`: articles whose events a researcher checked
    totals.add_row("reviewed articles", str(reviews["articles_reviewed"]))
    if reviews["articles_in_review"] or reviews["articles_review_stale"]:
        totals.add_row("reviews in progress", str(reviews["articles_in_review"]))
        totals.add_row("reviews stale (text changed)", str(reviews["articles_review_stale"]))
    totals.add_row("reviewed events", str(reviews["events_reviewed"]))
    console.print(totals)

    runs = Table(title="last runs")
    for column in ("run", "started (UTC)", "ended (UTC)"):
        runs.add_column(column, no_wrap=True)
    runs.add_column("counts")
    runs.add_column("status", no_wrap=True)
    for run in summary["runs"]:
        counts = ", ".join(f"{k} {v}" for k, v in run["counts"].items() if not isinstance(v, dict))
        runs.add_row(str(run["run_id"]), _when(run["started"]), _when(run["ended"]), counts, run["status"])
    console.print(runs)
    if args.events:
        console.print(event_table(events))
    return 0


def event_table(events: list[dict]) -> Any:
    """The asserted events as a researcher scans them: when, where, what, who, how back."""
    from rich.table import Table

    table = Table(title=f"{len(events)} asserted events, by start date")
    for column in ("date", "place", "restriction", "services / platforms", "actors", "remedies", "article"):
        table.add_column(column, overflow="fold")
    for e in events:
        place = ", ".join(x for x in (e["city"], e["province"], e["country"]) if x) or "-"
        cut = ", ".join(e["services"] + e["platforms"])
        actors = ", ".join(a["name"] for a in e["actors"])
        table.add_row(e["date_start"] or "-", place, e["restriction"], cut, actors, ", ".join(e["remedies"]), article_label(e))
    return table


def article_label(event: dict) -> str:
    """The article as its reader knows it: its title, else its file (an id may be a hash)."""
    return event.get("title") or Path(event["source"]).name


def _when(stamp: str | None) -> str:
    """`2024-05-07 10:31:02` from the stored UTC ISO time: the offset only eats table width."""
    return stamp[:19].replace("T", " ") if stamp else ""
