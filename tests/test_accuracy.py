"""Regression guard: slot F1 on data/gold must not fall below the floor kept in the repo."""

from __future__ import annotations

import json

from conftest import ROOT
from pipeline.cli import main
from pipeline.evaluate import evaluate, load_gold, load_predictions

FLOOR = json.loads((ROOT / "tests" / "accuracy_floor.json").read_text())


def test_slot_f1_on_gold_corpus_stays_above_floor(tmp_path, nlp):
    out = tmp_path / "gold"
    assert main(["run", str(ROOT / "data" / "gold" / "articles"), "--out", str(out), "--quiet"]) == 0
    gold = load_gold(sorted((ROOT / "data" / "gold").glob("gold_*.jsonl")))
    report = evaluate(gold, load_predictions(out))
    assert report.slots.f1 >= FLOOR["data/gold slot_f1"], report.slots.f1
    assert report.events.f1 >= FLOOR["data/gold event_f1"], report.events.f1
