"""The measuring instrument: every matching rule of spec section 5, the seeds scored against themselves, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import cli
from pipeline.evaluate import (
    FIELDS,
    actor_agrees,
    date_agrees,
    evaluate,
    load_gold,
    load_predictions,
    match_actors,
    score_article,
)
from pipeline.evaluate_report import confidence_bands, render_errors, render_table, report_json

SEED_GOLD = Path("/work/shared/seeds/gold.jsonl")


def gold_event(**fields) -> dict:
    base = {"restriction": "international_barring", "country": "CN", "province_code": "CN-HA",
            "date_start": None, "date_alternates": [], "actors": [], "services": [], "platforms": [],
            "remedies": [], "optional": False}
    return base | fields


def pred_event(**fields) -> dict:
    base = {"article_id": "a", "source": "a.txt", "status": "asserted", "restriction": "international_barring",
            "country": "CN", "province_code": "CN-HA", "date_start": None, "actors": [], "services": [],
            "platforms": [], "remedies": []}
    return base | fields


def as_prediction(article_id: str, event: dict) -> dict:
    """A gold event written as the pipeline would predict it (first acceptable actor name)."""
    return pred_event(article_id=article_id, source=f"{article_id}.txt",
                      restriction=event["restriction"], country=event["country"],
                      province_code=event["province_code"], date_start=event["date_start"],
                      actors=[{"name": names[0], "kind": "other"} for names in event["actors"]],
                      services=event["services"], platforms=event["platforms"], remedies=event["remedies"])


def counts(fields: dict, name: str) -> tuple[int, int, int]:
    c = fields[name]
    return c.tp, c.fp, c.fn


# ---------------------------------------------------------------- dates


def test_more_precise_prediction_agrees_less_precise_does_not():
    assert date_agrees("2022-05-07", ["2022-05"])
    assert date_agrees("2022-05-07", ["2022"])
    assert not date_agrees("2022-05", ["2022-05-07"])
    assert not date_agrees("2022-05", ["2022-06"])
    assert not date_agrees("2022-1", ["2022-11"])  # a prefix of the string is not a date inside it


def test_date_alternates_agree():
    events, fields, _ = score_article(
        [pred_event(date_start="2022-04-26")], [gold_event(date_start="2022-05-07", date_alternates=["2022-04-26"])])
    assert counts(fields, "date") == (1, 0, 0)


def test_date_slot_exists_on_each_side_independently():
    _, fields, _ = score_article([pred_event(date_start="2022-05")], [gold_event()])
    assert counts(fields, "date") == (0, 1, 0)
    _, fields, _ = score_article([pred_event()], [gold_event(date_start="2022-05")])
    assert counts(fields, "date") == (0, 0, 1)
    _, fields, _ = score_article([pred_event(date_start="2022-05")], [gold_event(date_start="2022-05-07")])
    assert counts(fields, "date") == (0, 1, 1)


# ---------------------------------------------------------------- actors


def test_actor_case_folding_the_and_word_containment():
    assert actor_agrees("The Police", ["police"])
    assert actor_agrees("police", ["local police"])
    assert actor_agrees("local police", ["police"])
    assert actor_agrees("China Mobile Zhejiang", ["Zhejiang Mobile"])
    assert actor_agrees("Zhejiang Mobile", ["Henan Mobile", "China Mobile Zhejiang"])
    assert not actor_agrees("Zhejiang Unicom", ["Zhejiang Mobile", "China Mobile Zhejiang"])
    assert not actor_agrees("the", ["the police"])  # nothing left to compare


def test_one_predicted_actor_satisfies_one_gold_actor():
    assert match_actors(["police"], [["local police"], ["Xinjiang police"]]) == {0: 0}
    _, fields, _ = score_article([pred_event(actors=[{"name": "police", "kind": "police"}])],
                                 [gold_event(actors=[["local police"], ["Xinjiang police"]])])
    assert counts(fields, "actors") == (1, 0, 1)


def test_actor_matching_finds_the_most_pairs():
    # "police" could take either gold actor; only one choice lets "cyberpolice" pair too.
    pairs = match_actors(["police", "cyberpolice"], [["cyberpolice", "police"], ["local police"]])
    assert pairs == {0: 1, 1: 0}


# ---------------------------------------------------------------- event pairing


def test_location_mismatch_means_no_pair():
    events, fields, _ = score_article([pred_event(province_code="CN-ZJ", services=["sms"])],
                                      [gold_event(province_code="CN-HA", services=["sms"])])
    assert (events.tp, events.fp, events.fn) == (0, 1, 1)
    assert counts(fields, "services") == (0, 1, 1)
    assert counts(fields, "location") == (0, 1, 1)


def test_null_provinces_pair_but_null_and_code_do_not():
    events, _, _ = score_article([pred_event(province_code=None)], [gold_event(province_code=None)])
    assert events.tp == 1
    events, _, _ = score_article([pred_event(province_code=None)], [gold_event()])
    assert events.tp == 0


def test_pairs_are_one_to_one_most_agreeing_first():
    gold = [gold_event(date_start="2022-01", services=["sms"]),
            gold_event(date_start="2022-02", services=["voice_calls"])]
    # Taken in order, gold 0 would pair with prediction 0 and both pairs would disagree.
    predicted = [pred_event(date_start="2022-02", services=["voice_calls"]),
                 pred_event(date_start="2022-01", services=["sms"])]
    events, fields, problems = score_article(predicted, gold)
    assert (events.tp, events.fp, events.fn) == (2, 0, 0)
    assert all(c.fp == c.fn == 0 for c in fields.values())
    assert problems == []


def test_two_predictions_cannot_share_one_gold_event():
    events, fields, _ = score_article([pred_event(services=["sms"]), pred_event(services=["sms"])],
                                      [gold_event(services=["sms"])])
    assert (events.tp, events.fp, events.fn) == (1, 1, 0)
    assert counts(fields, "services") == (1, 1, 0)


def test_missed_optional_event_costs_nothing_found_one_counts():
    optional = gold_event(province_code=None, services=["platform"], platforms=["google"], optional=True)
    events, fields, problems = score_article([], [optional])
    assert (events.tp, events.fp, events.fn) == (0, 0, 0)
    assert all((c.tp, c.fp, c.fn) == (0, 0, 0) for c in fields.values())
    assert problems == []

    found = pred_event(province_code=None, services=["platform"], platforms=["google", "youtube"])
    events, fields, _ = score_article([found], [optional])
    assert (events.tp, events.fp, events.fn) == (1, 0, 0)
    assert counts(fields, "platforms") == (1, 1, 0)


def test_a_tie_between_a_required_and_an_optional_gold_event_goes_to_the_required_one():
    """Spec 5.1's tie rule: equal agreement, so the reported measure is credited, even when
    the background mention would leave fewer slots in disagreement."""
    required = gold_event(date_start="2022-05-07", actors=[["Henan Mobile"]], services=["international_sms"])
    background = gold_event(date_start="2022-05-07", optional=True)
    pred = pred_event(date_start="2022-05-07")
    events, fields, _ = score_article([pred], [background, required])
    assert (events.tp, events.fp, events.fn) == (1, 0, 0)
    assert counts(fields, "actors") == (0, 0, 1) and counts(fields, "services") == (0, 0, 1)


def test_only_asserted_predictions_are_scored():
    predicted = [pred_event(status="negated", services=["sms"]), pred_event(status="hypothetical")]
    events, fields, _ = score_article(predicted, [gold_event(services=["sms"])])
    assert (events.tp, events.fp, events.fn) == (0, 0, 1)
    assert counts(fields, "services") == (0, 0, 1)


def test_set_fields_score_by_intersection():
    _, fields, problems = score_article(
        [pred_event(services=["sms", "voice_calls"], remedies=["registration", "registration"])],
        [gold_event(services=["sms"], remedies=["registration", "id_verification"])])
    assert counts(fields, "services") == (1, 1, 0)
    assert counts(fields, "remedies") == (1, 0, 1)
    assert {"event": "CN-HA", "field": "remedies", "pred": [], "gold": ["id_verification"]} in problems


# ---------------------------------------------------------------- articles


def test_predictions_for_articles_without_gold_are_not_scored_but_listed():
    gold = {"a": [gold_event(services=["sms"])]}
    report = evaluate(gold, [pred_event(services=["sms"]), pred_event(article_id="extra", source="extra.txt")])
    assert report.unscored_articles == ["extra"]
    assert (report.events.tp, report.events.fp, report.events.fn) == (1, 0, 0)
    assert "unscored articles (predictions but no gold line): extra" in render_errors(report)


def test_gold_articles_without_predictions_are_all_false_negatives():
    gold = {"a": [gold_event(date_start="2022-05", actors=[["Henan Mobile"]], services=["sms"]),
                  gold_event(province_code=None, platforms=["google"], optional=True)]}
    report = evaluate(gold, [])
    assert report.matched_articles == 0
    assert (report.events.tp, report.events.fp, report.events.fn) == (0, 0, 1)
    assert (report.slots.tp, report.slots.fp, report.slots.fn) == (0, 0, 4)
    assert report.slots.precision is None and report.slots.recall == 0.0


def test_gold_id_matches_the_source_file_stem():
    report = evaluate({"sample-12": [gold_event()]},
                      [pred_event(article_id="3f9a0c", source="pages/sample-12.html")])
    assert report.events.tp == 1 and report.unscored_articles == []


def test_event_and_per_field_figures():
    gold = {"a": [gold_event(date_start="2022-05-07", actors=[["Henan Mobile"], ["Henan Unicom"]],
                             services=["international_sms"], remedies=["registration"]),
                  gold_event(province_code="CN-JX", services=["international_sms"])]}
    predicted = [pred_event(date_start="2022-04", actors=[{"name": "henan mobile", "kind": "carrier"}],
                            services=["international_sms"], remedies=["registration", "id_verification"]),
                 pred_event(province_code="CN-ZJ")]
    report = evaluate(gold, predicted)
    assert (report.events.tp, report.events.fp, report.events.fn) == (1, 1, 1)
    assert report.events.precision == report.events.recall == report.events.f1 == 0.5
    expected = {"location": (1, 1, 1), "date": (0, 1, 1), "actors": (1, 0, 1),
                "services": (1, 0, 1), "platforms": (0, 0, 0), "remedies": (1, 1, 0)}
    assert {name: counts(report.fields, name) for name in FIELDS} == expected
    assert (report.slots.tp, report.slots.fp, report.slots.fn) == (4, 3, 4)
    assert report.slots.precision == pytest.approx(4 / 7)
    assert report.fields["remedies"].recall == 1.0 and report.fields["platforms"].f1 is None

    errors = render_errors(report)
    assert "CN-HA 2022-05-07: date: pred 2022-04 | gold 2022-05-07" in errors
    assert "CN-HA 2022-05-07: actors: pred - | gold Henan Unicom" in errors
    assert "CN-JX: missed event (international_barring; 2 slots)" in errors
    assert "CN-ZJ: spurious event (international_barring; 1 slot)" in errors
    assert "headline: slot micro F1 = 0.533" in render_table(report)


def test_seed_gold_scored_against_itself_is_perfect():
    gold = load_gold([SEED_GOLD])
    predicted = [as_prediction(article_id, event) for article_id, events in gold.items() for event in events]
    report = report_json(evaluate(gold, predicted))
    for figures in [report["events"], report["slots"], *report["fields"].values()]:
        assert (figures["precision"], figures["recall"], figures["f1"]) == (1.0, 1.0, 1.0)
    assert report["errors"] == [] and report["unscored_articles"] == []


# ---------------------------------------------------------------- files and CLI


def test_load_gold_concatenates_and_rejects_repeats(tmp_path):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({"article_id": "a", "events": []}) + "\n\n", encoding="utf-8")
    second.write_text(json.dumps({"article_id": "b", "events": [gold_event()]}) + "\n", encoding="utf-8")
    assert list(load_gold([first, second])) == ["a", "b"]
    with pytest.raises(ValueError, match="appears twice"):
        load_gold([first, first])


def test_load_predictions_from_file_or_folder(tmp_path):
    (tmp_path / "events.jsonl").write_text(json.dumps(pred_event()) + "\n", encoding="utf-8")
    assert load_predictions(tmp_path) == load_predictions(tmp_path / "events.jsonl") == [pred_event()]


def test_cli_json(tmp_path, capsys):
    gold = load_gold([SEED_GOLD])
    (tmp_path / "events.jsonl").write_text(
        "".join(json.dumps(as_prediction(a, e)) + "\n" for a, events in gold.items() for e in events),
        encoding="utf-8")
    assert cli.main(["evaluate", "--gold", str(SEED_GOLD), str(tmp_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["slots"]["f1"] == 1.0 and report["gold_articles"] == 3


def test_cli_table_with_errors(tmp_path, capsys):
    pred = tmp_path / "events.jsonl"
    pred.write_text(json.dumps(pred_event(article_id="seed-000")) + "\n", encoding="utf-8")
    assert cli.main(["evaluate", "--gold", str(SEED_GOLD), str(pred), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "slots (micro)" in out and "seed-003" in out and "missed event" in out


def test_cli_missing_files_are_usage_errors(tmp_path, capsys):
    assert cli.main(["evaluate", "--gold", str(tmp_path / "nope.jsonl"), str(tmp_path)]) == cli.EXIT_USAGE
    assert "gold file not found" in capsys.readouterr().err
    assert cli.main(["evaluate", "--gold", str(SEED_GOLD), str(tmp_path)]) == cli.EXIT_USAGE
    assert "predictions not found" in capsys.readouterr().err


def test_confidence_bands_and_the_false_alarm_rate():
    gold = {"a": [gold_event(date_start="2022-05-07")], "b": []}
    preds = [pred_event(article_id="a", date_start="2022-05-07", confidence=0.9),
             pred_event(article_id="b", source="b.txt", confidence=0.65),
             pred_event(article_id="b", source="b.txt", status="negated", confidence=0.65)]
    report = evaluate(gold, preds)
    bands = {b["band"]: (b["predicted"], b["paired"]) for b in confidence_bands(report)}
    assert bands["0.8-1.0"] == (1, 1) and bands["0.6-0.7"] == (1, 0)
    table = render_table(report)
    assert "asserted events: 2 in 2 gold articles (100.0 per 100 articles)" in table
    assert report_json(report)["confidence_bands"][1] == {"band": "0.6-0.7", "predicted": 1, "paired": 0, "share": 0.0}
