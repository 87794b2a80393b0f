"""Confidence (linking/confidence.py): an event that says when, who, why and how often scores
above one told once with nothing but its place, so researchers review the doubtful first;
the weights are data (models/vocab/frame_rules.json) fitted by scripts/fit_confidence.py,
checked when they are read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.components.frame_rules import FrameRulesError, load_frame_rules
from pipeline.components.linking.confidence import FEATURES, confidence, features
from pipeline.components.patterns import MODELS_DIR

WEIGHTS = load_frame_rules()["confidence"]


def record(**fields) -> dict:
    bare = {"date_text": [], "date_precision": None, "actors": [], "evidence": [{"text": "x"}], "justification": [], "remedies": []}
    return bare | fields


def test_a_bare_mention_scores_below_a_dated_attributed_repeated_one():
    bare = confidence(record(), WEIGHTS)
    full = confidence(record(date_text=["on Monday"], date_precision="day", actors=[{"name": "the ministry", "kind": "government"}],
                             evidence=[{"text": "a"}, {"text": "b"}, {"text": "c"}], justification=["protests"]), WEIGHTS)
    assert WEIGHTS["floor"] <= bare < 0.6 <= 0.8 <= full <= WEIGHTS["ceiling"]


def test_a_date_from_the_text_counts_more_than_one_from_the_reporting_period():
    reported = confidence(record(date_precision="month"), WEIGHTS)
    said = confidence(record(date_text=["in May"], date_precision="month"), WEIGHTS)
    assert said > reported


def test_a_state_body_is_a_feature_of_its_own_and_any_actor_counts():
    """Which way a state body moves the score is the fit's to say; that it is told apart from a
    carrier, and that a named actor beats none, is the model's."""
    carrier = record(actors=[{"name": "Ooredoo", "kind": "carrier"}])
    court = record(actors=[{"name": "the High Court", "kind": "court"}])
    assert features(court, WEIGHTS)["state_actor"] == 1.0 and features(carrier, WEIGHTS)["state_actor"] == 0.0
    assert min(confidence(carrier, WEIGHTS), confidence(court, WEIGHTS)) > confidence(record(), WEIGHTS)


def test_many_sentences_add_up_to_a_limit():
    many = [confidence(record(evidence=[{"text": str(i)} for i in range(n)]), WEIGHTS) for n in (1, 2, 4, 9)]
    assert many[0] < many[1] < many[2] == many[3]


def test_a_weight_missing_from_the_rules_file_fails_on_load(tmp_path, monkeypatch):
    rules = json.loads((MODELS_DIR / "vocab/frame_rules.json").read_text("utf-8"))
    del rules["confidence"]["weights"]["remedy"]
    (tmp_path / "vocab").mkdir()
    (tmp_path / "vocab/frame_rules_without_remedy.json").write_text(json.dumps(rules), "utf-8")
    monkeypatch.setattr("pipeline.components.rules.MODELS_DIR", tmp_path)
    monkeypatch.setattr("pipeline.components.frame_rules.MODELS_DIR", tmp_path)
    with pytest.raises(FrameRulesError, match="remedy"):
        load_frame_rules("vocab/frame_rules_without_remedy.json")


def test_a_mention_in_the_lead_and_the_kind_of_measure_are_features():
    lead = features(record(evidence=[{"text": "a", "start": 10, "end": 11}], restriction="throttling"), WEIGHTS)
    late = features(record(evidence=[{"text": "a", "start": 5000, "end": 5001}]), WEIGHTS)
    assert lead["in_lead"] == 1.0 and late["in_lead"] == 0.0
    assert lead["restriction_throttling"] == 1.0 and late["restriction_throttling"] == 0.0
    assert set(lead) == set(FEATURES)


def test_the_fit_learns_which_feature_goes_with_pairing():
    """scripts/fit_confidence.py: on events where a remedy always goes with a paired event and
    nothing else does, the remedy's weight comes out positive and the others near nothing."""
    import importlib.util

    import numpy as np

    spec = importlib.util.spec_from_file_location("fit_confidence", Path(__file__).resolve().parents[1] / "scripts" / "fit_confidence.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    fit = script.fit

    rng = np.random.default_rng(0)
    x = rng.integers(0, 2, size=(400, len(FEATURES))).astype(float)
    remedy = FEATURES.index("remedy")
    y = np.where(x[:, remedy] == 1, rng.random(400) < 0.95, rng.random(400) < 0.3).astype(float)
    intercept, weights = fit(x, y)
    assert weights[remedy] > 2.0 and intercept < 0
    assert all(abs(w) < 0.6 for i, w in enumerate(weights) if i != remedy)


def test_a_place_named_in_the_events_own_sentences_counts_more_than_one_carried_over():
    carried = confidence(record(field_spans=[{"field": "trigger", "value": "network_shutdown", "start": 0, "end": 3}]), WEIGHTS)
    named = confidence(record(field_spans=[{"field": "place", "value": "IN-RJ", "start": 5, "end": 14}]), WEIGHTS)
    assert named > carried


def test_the_linker_scores_an_event_after_finding_where_its_place_was_read(analyse):
    """An event's field spans are made before its confidence, so `place_in_text` sees them."""
    text = ("JAIPUR, March 4 (Desert Post) - Officials in Rajasthan suspended mobile internet in Udaipur "
            "district on Monday after clashes between two groups, the district collector said.\n\n"
            "Shops stayed shut and residents queued at cafes to get online.")
    event = next(e for e in analyse(text, published="2024-03-04") if e["status"] == "asserted")
    assert event["province_code"] == "IN-RJ"
    assert features(event, WEIGHTS)["place_in_text"] == 1.0
    assert event["confidence"] == confidence(event, WEIGHTS)
