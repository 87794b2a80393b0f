"""False alarms (noevent6): a report of a measure that the speaker calls false, and a
platform's owner closing its own service give no asserted event, while a measure itself
called wrong stays asserted. Every sentence here is written for these tests."""

from __future__ import annotations


def asserted(analyse, text: str) -> list[dict]:
    return [e for e in analyse(text, published="2025-02-11") if e["status"] == "asserted"]


def statuses(nlp, text: str) -> list[str]:
    return [t._.status for t in nlp(text).spans["cutoff_triggers"] if t.label_ != "LIFT"]


def test_a_report_of_a_measure_called_false_is_denied(nlp):
    text = "The claim that the regulator had blocked Telegram on Friday is false, the ministry said on Saturday."
    assert statuses(nlp, text) == ["negated"]


def test_a_measure_called_wrong_is_criticised_not_denied(nlp):
    text = "The decision to block Telegram on Friday was wrong, the opposition leader said on Saturday."
    assert statuses(nlp, text) == ["asserted"]


def test_a_platform_owner_closing_its_own_service_is_no_block(analyse):
    text = "Microsoft told customers on Monday that it was shutting down its Skype messaging app in Vietnam at the end of the month."
    assert asserted(analyse, text) == []
