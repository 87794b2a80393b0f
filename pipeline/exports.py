"""The files researchers open (events.jsonl/.csv, timeline.csv, errors.jsonl, run.json), rebuilt
from the store after each run.

Every file is written to a temporary file in the same folder and renamed into place, so a
reader (or a run killed half-way) sees the old complete file or the new complete one, never
half of one. Rows are streamed from the store, so memory stays flat however large the corpus.
`write_csv` and `write_jsonl` are the reusable pieces for other row sets (canonical events).
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from contextlib import contextmanager
from itertools import groupby
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Sequence

from pipeline.csvsafe import safe_cell
from pipeline.merge import MergeOptions, canonical_events, place_key, report_order, timeline_key
from pipeline.schema import event_schema
from pipeline.store import Store

TIMELINE_COLUMNS = (
    "date_start", "date_precision", "date_end", "country", "province", "restriction", "services", "platforms",
    "actors", "remedies", "n_articles", "outlet", "url", "evidence", "canonical_id",
)
CANONICAL_COLUMNS = (
    "canonical_id", "restriction", "country", "province", "province_code", "city", "date_start",
    "date_precision", "date_end", "date_conflicts", "conflict", "actors", "services", "platforms",
    "targets", "remedies", "justification", "n_articles", "n_outlets", "first_reported", "confidence",
)
TEMP_PREFIX = ".cutoff-tmp-"


def event_columns() -> list[str]:
    """The event fields in schema order (canonical_id last, empty until merging has run)."""
    return list(event_schema()["properties"])


@contextmanager
def atomic_write(path: str | Path) -> Iterator[IO[str]]:
    """A text file handle whose content replaces `path` only once it is complete and flushed."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{TEMP_PREFIX}{path.name}.")
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp's 0600 would hide the outputs from a shared group
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_jsonl(path: str | Path, records: Iterable[dict[str, Any]]) -> int:
    """Write one JSON object per line, atomically; returns the number of lines."""
    count = 0
    with atomic_write(path) as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def write_csv(path: str | Path, rows: Iterable[dict[str, Any]], columns: Sequence[str], *, csv_safe: bool = True) -> int:
    """Write `columns` of each row as CSV with a header, atomically; returns the number of rows.

    Cells are flattened by `cell` so any event-like row set (canonical events too) reads the same.
    """
    count = 0
    with atomic_write(path) as f:
        writer = csv.writer(f)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(column, row.get(column), csv_safe=csv_safe) for column in columns])
            count += 1
    return count


def cell(column: str, value: Any, *, csv_safe: bool = True) -> str:
    """A field as spreadsheet text: lists joined with "; ", actors as "name (kind)",
    evidence as its sentences joined with " | ", empty for null; text that a spreadsheet
    would run as a formula is neutralised unless `csv_safe` is off."""
    if value is None or isinstance(value, (bool, int, float)):
        return "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
    text = _text(column, value)
    return safe_cell(text) if csv_safe else text


def _text(column: str, value: Any) -> str:
    if column == "evidence" and isinstance(value, list):
        return " | ".join(item["text"] if isinstance(item, dict) else str(item) for item in value)
    if isinstance(value, list):
        return "; ".join(_item(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _item(item: Any) -> str:
    if isinstance(item, dict) and "name" in item and "kind" in item:
        return f"{item['name']} ({item['kind']})"
    if isinstance(item, dict):
        return json.dumps(item, ensure_ascii=False)
    return str(item)


HEAVY_FIELDS = ("evidence", "remedy_text", "date_text")


def _light(event: dict[str, Any]) -> dict[str, Any]:
    """An event without its text-heavy fields, which merging does not read."""
    return {k: v for k, v in event.items() if k not in HEAVY_FIELDS}


def timeline_row(canonical: dict[str, Any]) -> dict[str, Any]:
    """One measure on the timeline: its merged fields, where it was reported, one sentence."""
    sources = canonical["sources"]
    return {
        **canonical,
        "outlet": list(dict.fromkeys(s["outlet"] for s in sources if s.get("outlet"))),
        "url": next((s["url"] for s in sources if s.get("url")), None),
        "evidence": next((s["evidence"][0] for s in sources if s.get("evidence")), None),
    }


def stage_canonical_events(store: Store, options: MergeOptions) -> None:
    """Merge the stored reports place by place into the store's staging tables. Only an index
    of (place, event id) covers the whole store; one place's reports are loaded at a time,
    so memory stays flat however many articles the store holds."""
    index: dict[str, tuple] = {}
    for event in store.iter_events():
        if event["status"] == "asserted":
            key = (place_key(event), report_order(event))
            index[event["event_id"]] = min(key, index.get(event["event_id"], key))
    by_place = sorted((place, order, event_id) for event_id, (place, order) in index.items())
    for _, group in groupby(by_place, key=lambda item: item[0]):
        reports = {event_id: store.event(event_id) for _, _, event_id in group}
        for record in canonical_events([_light(e) for e in reports.values()], options):
            for source in record["sources"]:  # merging read no sentences: they join the record only now
                source["evidence"] = [e["text"] for e in reports[source["event_id"]]["evidence"]]
            store.stage_canonical(record, "\x01".join(str(part) for part in timeline_key(record)))


def export_all(
    store: Store, out_dir: str | Path, run_info: dict[str, Any], *, merge: MergeOptions = MergeOptions(), csv_safe: bool = True,
) -> dict[str, Any]:
    """Rebuild every output file in `out_dir` from `store`; returns what run.json says.

    run.json is `run_info` (versions, wall time, and this run's own counts such as `inputs`)
    with `counts` completed by what the written files hold: articles, events, errors.
    """
    out = Path(out_dir)
    for stale in out.glob(f"{TEMP_PREFIX}*"):  # left behind by a run killed mid-write
        stale.unlink(missing_ok=True)
    with store.staging():
        stage_canonical_events(store, merge)
    events = write_jsonl(out / "events.jsonl", store.iter_events_with_canonical_ids())
    write_csv(out / "events.csv", store.iter_events_with_canonical_ids(), event_columns(), csv_safe=csv_safe)
    write_jsonl(out / "canonical_events.jsonl", store.iter_canonical())
    write_csv(out / "canonical_events.csv", store.iter_canonical(), CANONICAL_COLUMNS, csv_safe=csv_safe)
    write_csv(out / "timeline.csv", map(timeline_row, store.iter_canonical()), TIMELINE_COLUMNS, csv_safe=csv_safe)
    errors = write_jsonl(out / "errors.jsonl", store.iter_errors())
    articles = store.summary(last_runs=0)["articles"]
    run = dict(run_info)
    run["counts"] = {
        **run_info.get("counts", {}),
        "articles": sum(articles.values()),
        "articles_by_status": articles,
        "events": events,
        "errors": errors,
        **store.review_counts(),  # articles and events a researcher checked in `cutoff review`
    }
    with atomic_write(out / "run.json") as f:
        json.dump(run, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return run
