"""Tables for downstream research: stable columns and types, Parquet/CSV/JSONL exports that round-trip."""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import tables
from pipeline.commands import export
from pipeline.schema import event_errors, event_schema

from conftest import make_event


def event(event_id: str, **fields) -> dict:
    return make_event(event_id, source=f"in/{event_id.split('#')[0]}.txt", **fields)


EVENTS = [
    event("xj-times#0", url="https://www.example-times.com/xinjiang", outlet="Example Times", published="2015-11-23",
          title="Xinjiang cuts phones of VPN users", date_start="2015-11", date_precision="month",
          date_text=["November"], actors=[{"name": "local police", "kind": "police"}], targets=["VPN users"],
          remedies=["police_station_visit"], remedy_text=["head over to a police station"], confidence=0.7,
          evidence=[{"text": "Residents of Xinjiang had their phone service cut off in November.", "start": 12, "end": 78}]),
    event("xj-vpnwatch#0", url="https://vpnwatch.example.org/x", outlet="VPN Watch", published="2015-11-25T08:30:00Z",
          date_start="2015-11-20", date_precision="day", actors=[{"name": "Local Police", "kind": "police"}],
          remedies=["waiting_period"], duration="P3D", confidence=1,
          evidence=[{"text": "On November 20 lines were suspended.", "start": 0, "end": 36},
                    {"text": "乌鲁木齐 users were told to visit the police.", "start": 37, "end": 80}]),
    event("henan#0", restriction="international_barring", province="Henan", province_code="CN-HA", city="Zhengzhou",
          title="=HYPERLINK(\"http://evil.example\",\"click\")", published="2022-05", date_start="2022-05-07",
          date_precision="day", date_announced="2022-05-06", services=["international_sms"],
          targets=["-accounts not linked to an ID"], justification=["fraud"],
          actors=[{"name": "Henan Mobile", "kind": "carrier"}], remedies=["id_verification", "registration"]),
    event("henan#1", status="negated", restriction="international_barring", province="Zhejiang",
          province_code="CN-ZJ", services=["international_calls"]),
]


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    (out / "events.jsonl").write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in EVENTS), "utf-8")
    return out


def test_fixture_events_are_valid():
    assert all(event_errors(e) == [] for e in EVENTS)


def test_event_columns_are_the_schema_fields():
    assert [name for name, _ in tables.COLUMNS["events"]] == list(event_schema()["properties"])


def test_load_output_columns_dtypes_and_lists(out_dir: Path):
    frames = tables.load_output(out_dir)
    assert set(frames) == {"events", "canonical_events", "sources"}
    for name, frame in frames.items():
        assert list(frame.columns) == [column for column, _ in tables.COLUMNS[name]]
    events, canonical, sources = frames["events"], frames["canonical_events"], frames["sources"]
    assert str(events["event_id"].dtype) == "string" and str(events["confidence"].dtype) == "float64"
    assert str(canonical["n_articles"].dtype) == "int64" and str(canonical["conflict"].dtype) == "bool"
    assert isinstance(events["actors"].iloc[0], list) and isinstance(events["date_text"].iloc[0], list)
    assert events["actors"].iloc[0] == [{"name": "local police", "kind": "police"}]
    assert pd.isna(events["outlet"].iloc[2])
    # the negated event has no canonical id; the two Xinjiang reports share one
    assert pd.isna(events["canonical_id"].iloc[3])
    assert events["canonical_id"].iloc[0] == events["canonical_id"].iloc[1]
    assert len(canonical) == 2 and len(sources) == 3
    assert set(sources["canonical_id"]) == set(canonical["canonical_id"])
    xinjiang = sources[sources["canonical_id"] == events["canonical_id"].iloc[0]]
    assert list(xinjiang["evidence"].iloc[1]) == ["On November 20 lines were suspended.",
                                                  "乌鲁木齐 users were told to visit the police."]


def test_empty_output_still_has_every_column(tmp_path: Path):
    (tmp_path / "events.jsonl").write_text("", "utf-8")
    frames = tables.load_output(tmp_path)
    assert all(len(frame) == 0 and len(frame.columns) == len(tables.COLUMNS[name]) for name, frame in frames.items())


def test_parquet_round_trip_matches_events_jsonl(out_dir: Path, tmp_path: Path):
    paths = tables.to_parquet(out_dir, tmp_path / "export")
    assert [p.name for p in paths] == ["events.parquet", "canonical_events.parquet", "sources.parquet"]
    frame = pd.read_parquet(tmp_path / "export" / "events.parquet", dtype_backend="pyarrow")
    rows = frame.to_dict("records")
    assert len(rows) == len(EVENTS)
    for original, row in zip(EVENTS, rows, strict=True):
        for field, value in original.items():
            assert row[field] == value, field
            if isinstance(value, list):
                assert isinstance(row[field], list), field
        assert set(row) == set(original) | {"canonical_id"}


def required(name: str, type_: pa.DataType) -> pa.Field:
    return pa.field(name, type_, nullable=False)


def test_parquet_schema_mirrors_the_json_schema(out_dir: Path, tmp_path: Path):
    tables.to_parquet(out_dir, tmp_path)
    schema = pq.read_schema(tmp_path / "events.parquet")
    assert schema.field("services").type.value_type == pa.string()
    assert schema.field("actors").type.value_type == pa.struct([required("name", pa.string()),
                                                                required("kind", pa.string())])
    assert schema.field("evidence").type.value_type == pa.struct(
        [required("text", pa.string()), required("start", pa.int64()), required("end", pa.int64())])
    assert schema.field("confidence").type == pa.float64()
    assert schema.field("province_code").nullable and not schema.field("event_id").nullable
    assert pq.read_schema(tmp_path / "canonical_events.parquet").field("n_outlets").type == pa.int64()
    canonical = pd.read_parquet(tmp_path / "canonical_events.parquet", dtype_backend="pyarrow").to_dict("records")
    assert canonical == tables.load_records(out_dir)["canonical_events"]


def test_jsonl_export_round_trips(out_dir: Path, tmp_path: Path):
    tables.to_jsonl(out_dir, tmp_path)
    records = tables.load_records(out_dir)
    for name in tables.TABLES:
        assert tables.read_jsonl(tmp_path / f"{name}.jsonl") == records[name]


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_export_is_safe_by_default(out_dir: Path, tmp_path: Path):
    tables.to_csv(out_dir, tmp_path / "safe")
    henan = next(r for r in read_csv(tmp_path / "safe" / "events.csv") if r["event_id"] == "henan#0")
    assert henan["title"] == "'=HYPERLINK(\"http://evil.example\",\"click\")"
    assert henan["targets"] == "'-accounts not linked to an ID"
    assert henan["remedies"] == "id_verification; registration"
    assert henan["actors"] == "Henan Mobile (carrier)"
    assert henan["confidence"] == "0.8" and henan["outlet"] == ""
    vpnwatch = next(r for r in read_csv(tmp_path / "safe" / "sources.csv") if r["event_id"] == "xj-vpnwatch#0")
    assert vpnwatch["evidence"] == "On November 20 lines were suspended. | 乌鲁木齐 users were told to visit the police."
    tables.to_csv(out_dir, tmp_path / "raw", csv_safe=False)
    raw = next(r for r in read_csv(tmp_path / "raw" / "events.csv") if r["event_id"] == "henan#0")
    assert raw["title"].startswith("=HYPERLINK")


def run_export(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    export.add_parser(parser.add_subparsers())
    args = parser.parse_args(["export", *argv])
    return args.func(args)


def test_export_command_writes_every_table_atomically(out_dir: Path, capsys):
    assert run_export([str(out_dir), "--format", "parquet"]) == 0
    written = sorted(p.name for p in (out_dir / "export").iterdir())
    assert written == ["canonical_events.parquet", "events.parquet", "sources.parquet"]  # no temp files left
    assert "events.parquet" in capsys.readouterr().out


def test_export_uses_the_runs_canonical_events_when_present(out_dir: Path, tmp_path: Path):
    canonical = json.loads(json.dumps(tables.load_canonical(out_dir)))
    canonical[0]["canonical_id"] = "ce-from-run"
    (out_dir / "canonical_events.jsonl").write_text("".join(json.dumps(c) + "\n" for c in canonical), "utf-8")
    assert run_export([str(out_dir), "--format", "csv", "--dest", str(tmp_path / "csv"), "--no-csv-safe"]) == 0
    assert "ce-from-run" in {r["canonical_id"] for r in read_csv(tmp_path / "csv" / "canonical_events.csv")}
    assert "ce-from-run" in {r["canonical_id"] for r in read_csv(tmp_path / "csv" / "events.csv")}


def test_export_of_a_folder_without_events_is_a_usage_error(tmp_path: Path):
    from pipeline.cli import UsageError

    with pytest.raises(UsageError, match="no events.jsonl"):
        run_export([str(tmp_path), "--format", "jsonl"])
