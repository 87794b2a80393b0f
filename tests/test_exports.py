"""Output files: complete or absent (never half-written), spreadsheet-friendly, counted in run.json."""

from __future__ import annotations

import csv
import json

import pytest

from pipeline import PIPELINE_VERSION
from pipeline.article import Article, ReadError
from pipeline.exports import TIMELINE_COLUMNS, atomic_write, cell, event_columns, export_all, write_csv, write_jsonl
from pipeline.schema import event_errors
from pipeline.store import Store


def full_event(art: Article, n: int, **fields) -> dict:
    record = {
        "event_id": f"{art.id}-{n}", "article_id": art.id, "source": art.source, "url": "https://x.example/1",
        "title": "T", "outlet": "Wire", "published": "2022-05", "status": "asserted",
        "restriction": "international_barring", "country": "CN", "province": "Henan", "province_code": "CN-HA",
        "city": None, "date_start": "2022-05-07", "date_precision": "day", "date_announced": None, "date_end": None,
        "date_text": ["May 7"], "actors": [{"name": "Henan Mobile", "kind": "carrier"}, {"name": "Police", "kind": "police"}],
        "services": ["international_sms", "international_calls"], "platforms": [], "targets": ["users"],
        "remedies": ["id_verification", "registration"], "remedy_text": ["present an ID card"], "justification": ["fraud"],
        "duration": None,
        "evidence": [{"text": "Calls were barred.", "start": 0, "end": 18}, {"text": "Bring an ID.", "start": 19, "end": 31}],
        "field_spans": [], "confidence": 0.8, "reviewed": False, "pipeline_version": PIPELINE_VERSION,
    }
    record.update(fields)
    assert event_errors(record) == []
    return record


@pytest.fixture
def filled(tmp_path):
    out = tmp_path / "out"
    store = Store(out)
    run = store.begin_run({"pipeline_version": PIPELINE_VERSION})
    a, b = Article(text="A text.", source="a.txt"), Article(text="B text.", source="b.txt")
    events = [
        (a, [full_event(a, 0, date_start=None, date_precision=None, province="Zhejiang", province_code="CN-ZJ"),
             full_event(a, 1, date_start="2021-08", date_precision="month")]),
        (b, [full_event(b, 0), full_event(b, 1, date_start="2021", date_precision="year", status="negated")]),
    ]
    store.commit_batch(run, events, [Article(text="Sport.", source="s.txt")], [ReadError("bad.jsonl", "malformed JSON", 4)])
    yield store, out
    store.close()


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_export_all_writes_every_file_and_no_temp_files(filled):
    store, out = filled
    (out / ".cutoff-tmp-events.jsonl.abc123").write_text("left by a killed run")
    export_all(store, out, {"versions": {"pipeline": PIPELINE_VERSION}, "wall_time_s": 1.5, "counts": {"inputs": 4}})
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("cutoff.sqlite"))
    assert names == [
        "canonical_events.csv", "canonical_events.jsonl", "errors.jsonl", "events.csv", "events.jsonl", "run.json", "timeline.csv",
    ]


def test_events_jsonl_has_every_field_unchanged(filled):
    store, out = filled
    export_all(store, out, {})
    lines = (out / "events.jsonl").read_text("utf-8").splitlines()
    written = [json.loads(line) for line in lines]
    assert [{k: v for k, v in e.items() if k != "canonical_id"} for e in written] == list(store.iter_events())
    assert [e["canonical_id"] is None for e in written] == [e["status"] != "asserted" for e in written]
    assert all(event_errors(json.loads(line)) == [] for line in lines)


def test_events_csv_joins_lists(filled):
    store, out = filled
    export_all(store, out, {})
    rows = read_csv(out / "events.csv")
    assert list(rows[0]) == event_columns()
    assert len(rows) == 4
    row = rows[-1]
    assert row["actors"] == "Henan Mobile (carrier); Police (police)"
    assert row["services"] == "international_sms; international_calls"
    assert row["evidence"] == "Calls were barred. | Bring an ID."
    assert row["platforms"] == "" and row["city"] == "" and row["canonical_id"] == ""
    assert row["confidence"] == "0.8"


def test_timeline_has_one_row_per_measure_sorted_with_undated_last(filled):
    store, out = filled
    export_all(store, out, {})
    rows = read_csv(out / "timeline.csv")
    assert tuple(rows[0]) == TIMELINE_COLUMNS
    assert [(r["date_start"], r["province"]) for r in rows] == [("2021-08", "Henan"), ("2022-05-07", "Henan"), ("", "Zhejiang")]
    assert rows[1]["evidence"] == "Calls were barred."  # one sentence per measure; the negated event is no measure
    assert rows[1]["remedies"] == "id_verification; registration"
    assert rows[1]["n_articles"] == "1" and rows[1]["canonical_id"].startswith("ce-")


def test_timeline_gives_the_end_date_and_the_blocked_platforms(tmp_path):
    store = Store(tmp_path / "out")
    run = store.begin_run({"pipeline_version": PIPELINE_VERSION})
    art = Article(text="Apps were blocked.", source="c.txt")
    blocked = full_event(art, 0, restriction="service_block", services=["platform"], platforms=["whatsapp", "telegram"],
                         date_end="2022-05-20", remedies=[])
    store.commit_batch(run, [(art, [blocked])], [], [])
    export_all(store, tmp_path / "out", {})
    store.close()
    rows = read_csv(tmp_path / "out" / "timeline.csv")
    assert [(r["date_start"], r["date_end"], r["platforms"], r["services"]) for r in rows] == [
        ("2022-05-07", "2022-05-20", "whatsapp; telegram", "platform")]
    assert list(rows[0])[:3] == ["date_start", "date_precision", "date_end"]


def test_errors_jsonl_and_run_json_counts(filled):
    store, out = filled
    info = {"versions": {"pipeline": PIPELINE_VERSION, "spacy": "3.8.0"}, "wall_time_s": 2.25, "counts": {"inputs": 4}}
    returned = export_all(store, out, info)
    assert [json.loads(l) for l in (out / "errors.jsonl").read_text("utf-8").splitlines()] == [
        {"source": "bad.jsonl", "line": 4, "reason": "malformed JSON"}
    ]
    run = json.loads((out / "run.json").read_text("utf-8"))
    assert run == returned
    assert run["counts"] == {
        "inputs": 4, "articles": 3, "articles_by_status": {"done": 2, "skipped": 1, "error": 0}, "events": 4, "errors": 1,
        "articles_reviewed": 0, "articles_in_review": 0, "articles_review_stale": 0, "events_reviewed": 0,
    }
    assert run["versions"]["spacy"] == "3.8.0" and run["wall_time_s"] == 2.25
    assert info["counts"] == {"inputs": 4}  # the caller's dict is not changed


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path):
    path = tmp_path / "events.jsonl"
    write_jsonl(path, [{"a": 1}])

    def rows():
        yield {"a": 2}
        raise RuntimeError("killed half-way")

    with pytest.raises(RuntimeError):
        write_jsonl(path, rows())
    assert path.read_text("utf-8") == '{"a": 1}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["events.jsonl"]


def test_atomic_write_replaces_only_when_complete(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("old")
    with atomic_write(path) as f:
        f.write("new")
        assert path.read_text() == "old"
    assert path.read_text() == "new"


def test_write_csv_is_reusable_for_other_rows(tmp_path):
    path = tmp_path / "canonical_events.csv"
    rows = [{"canonical_id": "c1", "sources": ["a.txt", "b.txt"], "extra": "ignored"}, {"canonical_id": "c2"}]
    assert write_csv(path, rows, ["canonical_id", "sources"]) == 2
    assert read_csv(path) == [{"canonical_id": "c1", "sources": "a.txt; b.txt"}, {"canonical_id": "c2", "sources": ""}]


def test_cells_handle_unicode_and_commas(tmp_path):
    path = tmp_path / "u.csv"
    write_csv(path, [{"title": "Zhèjiāng, \"quoted\"\nnext line"}], ["title"])
    assert read_csv(path) == [{"title": "Zhèjiāng, \"quoted\"\nnext line"}]
    assert cell("x", {"a": 1}) == '{"a": 1}'
    assert cell("x", 0) == "0"


def test_exports_merge_one_place_at_a_time_and_equal_merging_everything(filled, monkeypatch):
    """Memory stays flat: the merge sees one place's reports at a time, never the store,
    and the files equal those of merging all events at once."""
    import pipeline.exports as exports
    from pipeline.merge import canonicalize

    store, out = filled
    seen = []
    real = exports.canonical_events
    monkeypatch.setattr(exports, "canonical_events", lambda reports, options: seen.append(reports) or real(reports, options))
    export_all(store, out, {})
    assert sorted(sorted(e["province_code"] for e in group) for group in seen) == [["CN-HA", "CN-HA"], ["CN-ZJ"]]
    expected, mapping = canonicalize(store.iter_events())
    written = [json.loads(line) for line in (out / "canonical_events.jsonl").read_text("utf-8").splitlines()]
    assert [c["canonical_id"] for c in written] == [c["canonical_id"] for c in expected]
    assert {e["event_id"]: e["canonical_id"] for e in map(json.loads, (out / "events.jsonl").read_text("utf-8").splitlines())} == {
        e["event_id"]: mapping.get(e["event_id"]) for e in store.iter_events()
    }
