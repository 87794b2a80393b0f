"""An output folder as three tables researchers can join with their own: events, canonical events, sources.

Column names and types are fixed here, once, for pandas, Parquet, CSV and JSONL alike
(documented in docs/tables.md), so a script written against one run keeps working on the next.
"""

from __future__ import annotations

import csv
import json
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.exports import cell
from pipeline.merge import MergeOptions, canonicalize

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

TABLES = ("events", "canonical_events", "sources")

# Column kinds: "string" never null, "string?" nullable, "float64", "int64", "bool",
# "list<string>", "actors" (list of {name, kind}), "evidence" (list of {text, start, end}),
# "field_spans" (list of {field, value, start, end}).
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "events": (
        ("event_id", "string"), ("article_id", "string"), ("source", "string"), ("url", "string?"),
        ("title", "string?"), ("outlet", "string?"), ("published", "string?"), ("status", "string"),
        ("restriction", "string"), ("country", "string?"), ("province", "string?"), ("province_code", "string?"),
        ("city", "string?"), ("date_start", "string?"), ("date_precision", "string?"),
        ("date_announced", "string?"), ("date_end", "string?"), ("date_text", "list<string>"),
        ("actors", "actors"), ("services", "list<string>"), ("platforms", "list<string>"),
        ("targets", "list<string>"), ("remedies", "list<string>"), ("remedy_text", "list<string>"),
        ("justification", "list<string>"), ("duration", "string?"), ("evidence", "evidence"),
        ("field_spans", "field_spans"), ("confidence", "float64"), ("reviewed", "bool"), ("pipeline_version", "string"), ("canonical_id", "string?"),
    ),
    "canonical_events": (
        ("canonical_id", "string"), ("restriction", "string"), ("country", "string?"), ("province", "string?"),
        ("province_code", "string?"), ("city", "string?"), ("date_start", "string?"),
        ("date_precision", "string?"), ("date_end", "string?"), ("date_conflicts", "list<string>"),
        ("conflict", "bool"), ("actors", "actors"), ("services", "list<string>"), ("platforms", "list<string>"),
        ("targets", "list<string>"), ("remedies", "list<string>"), ("justification", "list<string>"),
        ("n_articles", "int64"), ("n_outlets", "int64"), ("first_reported", "string?"), ("confidence", "float64"),
    ),
    "sources": (
        ("canonical_id", "string"), ("article_id", "string"), ("event_id", "string"), ("url", "string?"),
        ("title", "string?"), ("outlet", "string?"), ("published", "string?"), ("date_start", "string?"),
        ("date_end", "string?"), ("evidence", "list<string>"),
    ),
}
_LIST_KINDS = {"list<string>", "actors", "evidence", "field_spans"}


def load_records(out_dir: Path | str, options: MergeOptions = MergeOptions()) -> dict[str, list[dict]]:
    """The three tables as lists of plain dicts with exactly the documented columns.

    Canonical events come from `canonical_events.jsonl` when the run wrote one, else they are
    merged here from `events.jsonl` with `options`.
    """
    events = read_jsonl(Path(out_dir) / "events.jsonl")
    canonical = load_canonical(out_dir, options, events)
    mapping = {s["event_id"]: c["canonical_id"] for c in canonical for s in c.get("sources") or []}
    events = [e | {"canonical_id": mapping.get(e["event_id"], e.get("canonical_id"))} for e in events]
    sources = [s | {"canonical_id": c["canonical_id"]} for c in canonical for s in c.get("sources") or []]
    return {name: [_project(name, row) for row in rows]
            for name, rows in (("events", events), ("canonical_events", canonical), ("sources", sources))}


def load_canonical(out_dir: Path | str, options: MergeOptions = MergeOptions(),
                   events: list[dict] | None = None) -> list[dict]:
    """Canonical event records (sources nested): the run's canonical_events.jsonl, else merged from events."""
    canonical_file = Path(out_dir) / "canonical_events.jsonl"
    if canonical_file.is_file():
        return read_jsonl(canonical_file)
    return canonicalize(events if events is not None else read_jsonl(Path(out_dir) / "events.jsonl"), options)[0]


def load_output(out_dir: Path | str, options: MergeOptions = MergeOptions()) -> dict[str, pd.DataFrame]:
    """An output folder as pandas DataFrames keyed "events", "canonical_events", "sources".

    Strings use pandas' nullable "string" dtype, list columns hold Python lists.
    """
    return {name: to_frame(name, rows) for name, rows in load_records(out_dir, options).items()}


def to_frame(table: str, rows: list[dict]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({name: pd.Series([row[name] for row in rows], dtype=_pandas_dtype(kind))
                         for name, kind in COLUMNS[table]})


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        rows = []
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        return rows


def to_jsonl(out_dir: Path | str, dest: Path | str, *, options: MergeOptions = MergeOptions()) -> list[Path]:
    """Write the three tables as DEST/NAME.jsonl, one row per line."""
    def write(path: Path, table: str, rows: list[dict]) -> None:
        with path.open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)

    return _export(out_dir, dest, "jsonl", write, options)


def to_csv(out_dir: Path | str, dest: Path | str, *, csv_safe: bool = True,
           options: MergeOptions = MergeOptions()) -> list[Path]:
    """Write the three tables as DEST/NAME.csv: lists joined with "; ", actors as "name (kind)",
    evidence sentences joined with " | " (as in the run's events.csv).

    With `csv_safe`, text cells a spreadsheet could run as a formula are neutralised (see csvsafe).
    """
    def write(path: Path, table: str, rows: list[dict]) -> None:
        columns = COLUMNS[table]
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([name for name, _ in columns])
            writer.writerows([cell(name, row[name], csv_safe=csv_safe) for name, _ in columns] for row in rows)

    return _export(out_dir, dest, "csv", write, options)


def to_parquet(out_dir: Path | str, dest: Path | str, *, options: MergeOptions = MergeOptions()) -> list[Path]:
    """Write the three tables as DEST/NAME.parquet with the explicit Arrow schema of `arrow_schema`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    def write(path: Path, table: str, rows: list[dict]) -> None:
        pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema(table)), path)

    return _export(out_dir, dest, "parquet", write, options)


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of a table, mirroring the event JSON Schema (required fields are non-nullable)."""
    import pyarrow as pa

    types = {
        "string": pa.string(), "string?": pa.string(), "float64": pa.float64(), "int64": pa.int64(),
        "bool": pa.bool_(), "list<string>": pa.list_(pa.string()),
        "actors": pa.list_(pa.struct([pa.field("name", pa.string(), False), pa.field("kind", pa.string(), False)])),
        "evidence": pa.list_(pa.struct([pa.field("text", pa.string(), False), pa.field("start", pa.int64(), False),
                                        pa.field("end", pa.int64(), False)])),
        "field_spans": pa.list_(pa.struct([pa.field("field", pa.string(), False), pa.field("value", pa.string(), False),
                                           pa.field("start", pa.int64(), False), pa.field("end", pa.int64(), False)])),
    }
    return pa.schema([pa.field(name, types[kind], nullable=kind == "string?") for name, kind in COLUMNS[table]])


def write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file in the same folder, then rename: readers never see half a file."""
    # the prefix of exports.py's temp files; created by `write` itself so the umask applies, unlike mkstemp's 0600
    tmp = path.with_name(f".cutoff-tmp-{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _export(out_dir: Path | str, dest: Path | str, suffix: str,
            write: Callable[[Path, str, list[dict]], None], options: MergeOptions) -> list[Path]:
    records = load_records(out_dir, options)
    folder = Path(dest)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in TABLES:
        path = folder / f"{name}.{suffix}"
        write_atomic(path, lambda tmp, name=name: write(tmp, name, records[name]))
        paths.append(path)
    return paths


def _project(table: str, row: dict) -> dict:
    """Exactly the table's columns: missing lists become [], missing scalars null."""
    out = {}
    for name, kind in COLUMNS[table]:
        value = row.get(name)
        if kind in _LIST_KINDS:
            value = list(value or [])
        elif kind == "float64" and value is not None:
            value = float(value)
        elif kind == "bool":
            value = bool(value)  # events of older runs have no `reviewed`: not reviewed
        out[name] = value
    return out


def _pandas_dtype(kind: str) -> str:
    return "object" if kind in _LIST_KINDS else "string" if kind.startswith("string") else kind
