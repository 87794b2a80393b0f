"""Confidence (linking/records.py): an event that says when, who, why and how often scores
above one told once with nothing but its place, so researchers review the doubtful first;
the weights are data (models/vocab/frame_rules.json), checked when they are read."""

from __future__ import annotations

import json

import pytest

from pipeline.components.frame_rules import FrameRulesError, load_frame_rules
from pipeline.components.linking.records import confidence
from pipeline.components.patterns import MODELS_DIR

WEIGHTS = load_frame_rules()["confidence"]


def record(**fields) -> dict:
    bare = {"date_text": [], "date_precision": None, "actors": [], "evidence": [{"text": "x"}], "justification": [], "remedies": []}
    return bare | fields


def test_a_bare_mention_scores_below_a_dated_attributed_repeated_one():
    bare = confidence(record(), WEIGHTS)
    full = confidence(record(date_text=["on Monday"], date_precision="day", actors=[{"name": "the ministry", "kind": "government"}],
                             evidence=[{"text": "a"}, {"text": "b"}, {"text": "c"}], justification=["protests"]), WEIGHTS)
    assert bare < 0.6 <= 0.8 <= full <= WEIGHTS["ceiling"]


def test_a_date_from_the_text_counts_more_than_one_from_the_reporting_period():
    reported = confidence(record(date_precision="month"), WEIGHTS)
    said = confidence(record(date_text=["in May"], date_precision="month"), WEIGHTS)
    assert said > reported


def test_a_state_body_counts_more_than_a_carrier():
    carrier = confidence(record(actors=[{"name": "Ooredoo", "kind": "carrier"}]), WEIGHTS)
    court = confidence(record(actors=[{"name": "the High Court", "kind": "court"}]), WEIGHTS)
    assert court > carrier


def test_many_sentences_add_up_to_a_limit():
    many = [confidence(record(evidence=[{"text": str(i)} for i in range(n)]), WEIGHTS) for n in (1, 2, 4, 9)]
    assert many[0] < many[1] < many[2] == many[3]


def test_a_weight_missing_from_the_rules_file_fails_on_load(tmp_path, monkeypatch):
    rules = json.loads((MODELS_DIR / "vocab/frame_rules.json").read_text("utf-8"))
    del rules["confidence"]["remedy"]
    (tmp_path / "vocab").mkdir()
    (tmp_path / "vocab/frame_rules_without_remedy.json").write_text(json.dumps(rules), "utf-8")
    monkeypatch.setattr("pipeline.components.rules.MODELS_DIR", tmp_path)
    monkeypatch.setattr("pipeline.components.frame_rules.MODELS_DIR", tmp_path)
    with pytest.raises(FrameRulesError, match="remedy"):
        load_frame_rules("vocab/frame_rules_without_remedy.json")
