"""The store is the source of truth: batches are all-or-nothing, reruns replace rather than add."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import PIPELINE_VERSION
from pipeline.article import Article, ReadError
from pipeline.store import Store

ROOT = Path(__file__).resolve().parents[1]


def article(source: str = "a.txt", text: str = "Mobile lines were cut.", **kw) -> Article:
    return Article(text=text, source=source, **kw)


def event(art: Article, n: int, **fields) -> dict:
    return {"event_id": f"{art.id}-{n}", "article_id": art.id, "source": art.source, "restriction": "other",
            "actors": [{"name": "Carrier", "kind": "carrier"}], "confidence": 0.5, **fields}


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "out") as s:
        yield s


def test_store_creates_folder_and_wal_database(tmp_path):
    with Store(tmp_path / "new" / "out") as store:
        assert store.path == tmp_path / "new" / "out" / "cutoff.sqlite"
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(tmp_path / "new" / "out") as again:  # reopening keeps the schema and data
        assert again.summary()["events"] == 0


def test_commit_and_read_back_unchanged(store):
    a, b = article("a.txt"), article("b.txt", "Other text.")
    run = store.begin_run({"pipeline_version": PIPELINE_VERSION})
    events_a = [event(a, 0, evidence=[{"text": "Mobile lines were cut.", "start": 0, "end": 22}]), event(a, 1)]
    store.commit_batch(run, [(b, [event(b, 0)]), (a, events_a)], [], [])
    assert list(store.iter_events()) == events_a + [event(b, 0)]  # by article key, then position


def test_rerun_replaces_events_instead_of_adding(store):
    a = article()
    run = store.begin_run({})
    store.commit_batch(run, [(a, [event(a, 0), event(a, 1), event(a, 2)])], [], [])
    store.commit_batch(run, [(a, [event(a, 0, restriction="throttling")])], [], [])
    assert [e["restriction"] for e in store.iter_events()] == ["throttling"]
    store.commit_batch(run, [], [a], [])  # now triage rejects it: no events left
    assert list(store.iter_events()) == []
    assert store.summary()["articles"] == {"done": 0, "skipped": 1, "error": 0}


def test_the_same_source_twice_in_a_batch_keeps_the_last(store):
    a = article()
    store.commit_batch(store.begin_run({}), [(a, [event(a, 0), event(a, 1)]), (a, [event(a, 2)])], [], [])
    assert [e["event_id"] for e in store.iter_events()] == [f"{a.id}-2"]


def test_needs_processing(store):
    a = article()
    assert store.needs_processing(a, PIPELINE_VERSION)
    run = store.begin_run({"pipeline_version": PIPELINE_VERSION})
    store.commit_batch(run, [(a, [])], [], [])
    assert not store.needs_processing(a, PIPELINE_VERSION)
    assert not store.needs_processing(article(), PIPELINE_VERSION)  # same content read again
    assert store.needs_processing(article(text="Changed text."), PIPELINE_VERSION)
    assert store.needs_processing(article(title="New title"), PIPELINE_VERSION)
    assert store.needs_processing(a, "cutoff-9.9")
    skipped = article("s.txt", "Sports results.")
    store.commit_batch(run, [], [skipped], [])
    assert not store.needs_processing(skipped, PIPELINE_VERSION)


def test_a_failed_article_is_retried_and_loses_its_stale_events(store):
    a = article()
    run = store.begin_run({})
    store.commit_batch(run, [(a, [event(a, 0)])], [], [])
    store.commit_batch(run, [], [], [ReadError(a.source, "processing failed: boom")])
    assert store.needs_processing(a, PIPELINE_VERSION)
    assert list(store.iter_events()) == []
    assert store.summary()["articles"]["error"] == 1


def test_errors_are_not_duplicated_and_cleared_when_fixed(store):
    run = store.begin_run({})
    errors = [ReadError("bad.txt", "empty file (0 bytes)"), ReadError("n.jsonl", "malformed JSON", 3)]
    store.commit_batch(run, [], [], errors)
    store.commit_batch(run, [], [], errors)  # the rerun finds the same problems
    assert list(store.iter_errors()) == [
        {"source": "bad.txt", "line": None, "reason": "empty file (0 bytes)"},
        {"source": "n.jsonl", "line": 3, "reason": "malformed JSON"},
    ]
    store.commit_batch(run, [(article("n.jsonl:3"), [])], [article("bad.txt")], [])  # both fixed
    assert list(store.iter_errors()) == []
    assert store.summary()["errors"] == 0


def test_error_extras_round_trip(store):
    run = store.begin_run({})
    store.commit_batch(run, [], [], [ReadError("x.html", "no article text found in HTML", extra={"stage": "read"})])
    assert list(store.iter_errors()) == [
        {"source": "x.html", "line": None, "reason": "no article text found in HTML", "stage": "read"}
    ]


def test_batch_rolled_back_on_exception_leaves_nothing(store):
    run = store.begin_run({})
    good, bad = article("good.txt"), article("bad.txt", "Other.")
    with pytest.raises(TypeError):
        store.commit_batch(run, [(good, [event(good, 0)]), (bad, [event(bad, 0, confidence=object())])],
                           [article("s.txt", "S.")], [ReadError("e.txt", "empty file (0 bytes)")])
    summary = store.summary()
    assert (summary["articles"], summary["events"], summary["errors"]) == ({"done": 0, "skipped": 0, "error": 0}, 0, 0)
    assert store.needs_processing(good, PIPELINE_VERSION)
    store.commit_batch(run, [(good, [event(good, 0)])], [], [])  # the connection is usable again
    assert store.summary()["events"] == 1


def test_runs_and_summary(store):
    first = store.begin_run({"pipeline_version": PIPELINE_VERSION, "versions": {"spacy": "3.8"}})
    second = store.begin_run({})  # the first never finished: it was killed
    a = article()
    store.commit_batch(second, [(a, [event(a, 0), event(a, 1)])], [article("s.txt", "S.")],
                       [ReadError("e.txt", "empty file (0 bytes)")])
    store.finish_run(second, {"inputs": 3, "articles": 2}, "ok")
    summary = store.summary()
    assert summary["articles"] == {"done": 1, "skipped": 1, "error": 0}
    assert (summary["events"], summary["errors"]) == (2, 1)
    assert [(r["run_id"], r["status"]) for r in summary["runs"]] == [(second, "ok"), (first, "interrupted")]
    assert summary["runs"][0]["counts"] == {"inputs": 3, "articles": 2}
    assert summary["runs"][0]["ended"] is not None
    assert store.db.execute("SELECT versions FROM runs WHERE run_id = ?", (first,)).fetchone()[0] == '{"spacy": "3.8"}'


def test_timeline_order_puts_undated_last(store):
    run = store.begin_run({})
    a = article()
    dates = [None, "2022-05-07", "2021", "2021-08", None, "2021-08-01"]
    store.commit_batch(run, [(a, [event(a, i, date_start=d) for i, d in enumerate(dates)])], [], [])
    got = [e["date_start"] for e in store.iter_events(by_date=True)]
    assert got == ["2021", "2021-08", "2021-08-01", "2022-05-07", None, None]


WRITER = """
import sys
from pipeline.article import Article
from pipeline.store import Store
store = Store(sys.argv[1])
run = store.begin_run({})
print("ready", flush=True)
i = 0
while True:
    batch = []
    for _ in range(20):
        a = Article(text=f"text {i}", source=f"a{i:06d}.txt")
        batch.append((a, [{"event_id": f"{a.id}-{n}", "n": n} for n in range(3)]))
        i += 1
    store.commit_batch(run, batch, [], [])
"""


def test_sigkill_mid_run_leaves_only_whole_batches(tmp_path):
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(out)], stdout=subprocess.PIPE, env=env)
    assert proc.stdout.readline().strip() == b"ready"
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    db = sqlite3.connect(out / "cutoff.sqlite")
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert articles > 0 and articles % 20 == 0
    per_article = db.execute(
        "SELECT a.key, count(e.seq) FROM articles a LEFT JOIN events e ON e.article_key = a.key GROUP BY a.key"
    ).fetchall()
    assert {n for _, n in per_article} == {3}
    orphans = db.execute("SELECT count(*) FROM events WHERE article_key NOT IN (SELECT key FROM articles)").fetchone()
    assert orphans[0] == 0
    db.close()
    with Store(out) as store:  # and the next run resumes on it
        assert store.summary()["runs"][0]["status"] == "running"
        store.begin_run({})
        assert store.summary()["runs"][1]["status"] == "interrupted"
        assert json.loads(json.dumps(next(store.iter_events())))["n"] == 0


def status_command(argv: list[str]) -> int:
    import argparse

    from pipeline.commands import status

    parser = argparse.ArgumentParser()
    status.add_parser(parser.add_subparsers())
    args = parser.parse_args(argv)
    return args.func(args)


def test_status_command_shows_the_store(tmp_path, capsys, monkeypatch):
    from pipeline.cli import UsageError

    monkeypatch.setenv("COLUMNS", "200")
    with pytest.raises(UsageError, match="no Cutoff store in"):
        status_command(["status", str(tmp_path)])
    with Store(tmp_path) as store:
        run = store.begin_run({})
        a = article()
        store.commit_batch(run, [(a, [event(a, 0)])], [], [ReadError("b.txt", "empty file (0 bytes)")])
        store.finish_run(run, {"inputs": 2, "events": 1}, "ok")
    assert status_command(["status", str(tmp_path)]) == 0
    shown = capsys.readouterr().out
    for text in ("articles done", "events", "errors", "inputs 2, events 1", "ok"):
        assert text in shown
