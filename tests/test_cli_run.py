"""`cutoff run` end to end: samples, seeds, web page versus plain text, schema, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from pipeline.cli import main
from pipeline.schema import event_errors


def read_events(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "events.jsonl").read_text("utf-8").splitlines()]


@pytest.fixture(scope="module")
def samples_out(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("samples")
    code = main(["run", str(ROOT / "data" / "samples"), "--out", str(out), "--quiet"])
    return code, out


def test_samples_run_writes_every_output(samples_out):
    code, out = samples_out
    assert code == 0
    for name in ("events.jsonl", "events.csv", "timeline.csv", "errors.jsonl", "run.json", "cutoff.sqlite"):
        assert (out / name).exists(), name
    events = read_events(out)
    assert len([e for e in events if e["status"] == "asserted"]) >= 15
    assert all(event_errors(e) == [] for e in events)
    run = json.loads((out / "run.json").read_text())
    assert run["counts"]["events"] == len(events)
    assert run["versions"]["spacy"] and run["versions"]["model"]


def test_validate_command_accepts_run_output(samples_out, capsys):
    _, out = samples_out
    assert main(["validate", str(out / "events.jsonl")]) == 0
    assert "valid" in capsys.readouterr().out


def test_validate_command_rejects_a_broken_event(tmp_path, capsys):
    bad = tmp_path / "events.jsonl"
    bad.write_text(json.dumps({"event_id": "x", "status": "maybe"}) + "\n")
    assert main(["validate", str(bad)]) == 1
    assert "status" in capsys.readouterr().out


def test_schema_command_prints_draft_2020_12(capsys):
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["$schema"].endswith("2020-12/schema")


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert main(["run", str(tmp_path), "--out", str(tmp_path / "o"), "--model", "no_such_model"]) == 2
    err = capsys.readouterr().err
    assert "no such file" in err and "not installed" in err and "Traceback" not in err


def test_web_page_gives_the_events_of_its_plain_text(tmp_path, nlp):
    fixture = ROOT / "tests" / "fixtures" / "webpage"
    outs = {}
    for name in ("article.html", "article.txt"):
        out = tmp_path / name
        assert main(["run", str(fixture / name), "--out", str(out), "--quiet"]) == 0
        outs[name] = read_events(out)
    keys = ("status", "restriction", "country", "province_code", "date_start", "services", "platforms", "remedies")
    project = lambda events: sorted(json.dumps([e[k] for k in keys]) for e in events)  # noqa: E731
    assert outs["article.html"] and project(outs["article.html"]) == project(outs["article.txt"])
    page = outs["article.html"][0]
    assert page["published"].startswith("2023-07-14")
    assert "Manipur" in page["title"]
    assert not any("Iran" in json.dumps(e["evidence"]) for e in outs["article.html"])  # comments are not the article


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds not present")
def test_seed_gold_events_found_with_their_province(tmp_path, nlp):
    out = tmp_path / "seeds"
    assert main(["run", str(SEEDS / "articles.jsonl"), "--out", str(out), "--quiet"]) == 0
    events = read_events(out)
    found = {(e["article_id"], e["province_code"]) for e in events if e["status"] == "asserted"}
    for line in (SEEDS / "gold.jsonl").read_text().splitlines():
        gold = json.loads(line)
        for event in gold["events"]:
            if not event["optional"]:
                assert (gold["article_id"], event["province_code"]) in found, (gold["article_id"], event)
    zhejiang = [e for e in events if e["article_id"] == "seed-003" and e["province_code"] == "CN-ZJ" and e["status"] == "asserted"]
    names = {a["name"] for e in zhejiang for a in e["actors"]}
    assert not names & {"Zhejiang Telecom", "Zhejiang Unicom"}
    national = [e for e in events if e["article_id"] == "seed-003" and e["province_code"] is None and e["status"] == "asserted"]
    assert national == [], "the nationwide speculation must not be asserted"

    canonical = [json.loads(line) for line in (out / "canonical_events.jsonl").read_text().splitlines()]
    xinjiang = [c for c in canonical if c["province_code"] == "CN-XJ"]
    assert len(xinjiang) == 1 and {s["article_id"] for s in xinjiang[0]["sources"]} == {"seed-000", "seed-002"}
    provinces = {c["province_code"] for c in canonical if {s["article_id"] for s in c["sources"]} == {"seed-003"}}
    assert provinces == {"CN-ZJ", "CN-HA", "CN-JX", "CN-LN", "CN-GZ"}, "five provincial measures stay five events"
    assert all(e["canonical_id"] for e in events if e["status"] == "asserted")


def test_status_lists_the_asserted_events(samples_out, capsys):
    _, out = samples_out
    assert main(["status", str(out), "--events"]) == 0
    printed = capsys.readouterr().out
    asserted = [e for e in read_events(out) if e["status"] == "asserted"]
    assert f"{len(asserted)} asserted events" in printed
    title = next(e["title"] for e in asserted if e["article_id"] == "sample-02")
    assert "international_barring" in printed and title[:20] in printed
