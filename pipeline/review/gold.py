"""What reviews give back: gold annotations (spec section 5) and rebuilt exports.

`gold_lines` turns every reviewed article (all events checked, text unchanged since) into a
gold line: its asserted events with their place, start date, actors (one acceptable name
each), services, platforms and remedies; an article reviewed as reporting no event becomes a
line with no events. `cutoff evaluate --gold FILE OUT` then scores any output folder on the
researcher's own corpus: OUT itself (its reviewed events score 1.0, a check of the round
trip), or a fresh run of the pipeline on the same articles, which measures the pipeline.

`refresh_exports` rebuilds OUT's files from the store after reviewing, with the options and
versions of the last run (read back from run.json).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

from pipeline.review.corrections import REVIEWED, review_events, review_state
from pipeline.store import Store


def gold_event(event: dict[str, Any]) -> dict[str, Any]:
    return {
        "restriction": event["restriction"], "country": event["country"], "province_code": event["province_code"],
        "province": event["province"], "city": event["city"], "date_start": event["date_start"], "date_alternates": [],
        "actors": [[actor["name"]] for actor in event["actors"]], "services": list(event["services"]),
        "platforms": list(event["platforms"]), "remedies": list(event["remedies"]), "optional": False,
    }


def gold_lines(store: Store) -> Iterator[dict[str, Any]]:
    """One gold line per reviewed article, by source; an article id met twice is written once
    (the gold format keys articles by id) and the others are named on stderr."""
    seen: dict[str, str] = {}
    keys = store.db.execute("SELECT article_key FROM reviews ORDER BY article_key").fetchall()
    for (key,) in keys:
        state, updated = review_state(store, key)
        if state != REVIEWED:
            continue
        events = review_events(store, key)
        article_id = store.db.execute("SELECT article_id FROM articles WHERE key = ?", (key,)).fetchone()[0]
        if article_id in seen:
            print(f"cutoff review: {key} has the id {article_id!r} of {seen[article_id]}: not written to the gold", file=sys.stderr)
            continue
        seen[article_id] = key
        yield {
            "article_id": article_id, "source": key, "reviewed_at": updated,
            "events": [gold_event(e) for e in events if e["status"] == "asserted"],
        }


def export_gold(store: Store, path: str | Path) -> tuple[int, int]:
    """Write the gold file atomically; returns (articles, events) written."""
    from pipeline.exports import write_jsonl

    lines = list(gold_lines(store))
    write_jsonl(path, lines)
    return len(lines), sum(len(line["events"]) for line in lines)


def refresh_exports(out_dir: str | Path) -> dict[str, Any]:
    """Rebuild events.jsonl, the canonical events, timeline and run.json from the store, so they
    hold the reviewed events; the last run's merge and CSV options are kept."""
    from pipeline.exports import export_all
    from pipeline.merge import MergeOptions

    out = Path(out_dir)
    try:
        info = json.loads((out / "run.json").read_text("utf-8"))
    except (OSError, ValueError):
        info = {}
    options = info.get("options") or {}
    known = {f.name for f in fields(MergeOptions)}
    merge = MergeOptions(**{k: v for k, v in (options.get("merge") or {}).items() if k in known})
    with Store(out) as store:
        return export_all(store, out, info, merge=merge, csv_safe=options.get("csv_safe", True))
