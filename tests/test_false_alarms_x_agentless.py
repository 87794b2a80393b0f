"""False alarms (noevent6): an app's own outage told only as what users went through, a
report of a measure that the speaker calls false, a platform's owner closing its own
service, a line cut in an article about retired networks whose only "order" is "in order
to", and state websites knocked offline in a cyber attack give no asserted event, while
measures told beside the same words still do. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest


def asserted(analyse, text: str) -> list[dict]:
    return [e for e in analyse(text, published="2025-02-11") if e["status"] == "asserted"]


def statuses(nlp, text: str) -> list[str]:
    return [t._.status for t in nlp(text).spans["cutoff_triggers"] if t.label_ != "LIFT"]


@pytest.mark.parametrize("text", [
    ("Thousands of people said on Tuesday evening that they were unable to make calls or send texts with Signal for about two hours. "
     "The company apologised and said everything was back to normal by midnight."),
    ("The Discord app stopped loading for many gamers on Monday morning, according to an outage tracker. "
     "The firm has not said what went wrong."),
])
def test_users_unable_to_use_an_app_with_nobody_acting_is_its_own_outage(analyse, text):
    assert asserted(analyse, text) == []


def test_users_unable_to_use_the_internet_after_an_order_is_still_a_measure(analyse):
    text = ("Residents of Kassala were unable to access the internet on Monday after the state security committee "
            "ordered telecom operators to cut mobile data.")
    assert asserted(analyse, text)


def test_a_report_of_a_measure_called_false_is_denied(nlp):
    text = "The claim that the regulator had blocked Telegram on Friday is false, the ministry said on Saturday."
    assert statuses(nlp, text) == ["negated"]


def test_a_measure_called_wrong_is_criticised_not_denied(nlp):
    text = "The decision to block Telegram on Friday was wrong, the opposition leader said on Saturday."
    assert statuses(nlp, text) == ["asserted"]


def test_a_platform_owner_closing_its_own_service_is_no_block(analyse):
    text = "Microsoft told customers on Monday that it was shutting down its Skype messaging app in Vietnam at the end of the month."
    assert asserted(analyse, text) == []


def test_in_order_to_is_no_order_given(analyse):
    text = ("Carriers are retiring their old networks, and owners of older handsets were sent a notice that they need a "
            "new phone in order to keep their service. Without any warning, Telia cut off incoming and outgoing calls on "
            "his phone last week. His new phone needed a software upgrade and a new battery.")
    assert asserted(analyse, text) == []


def test_state_websites_knocked_offline_in_a_cyber_attack_are_no_measure(analyse):
    text = "Three ministry websites were knocked offline for most of Tuesday in a cyber attack on the tax office."
    assert asserted(analyse, text) == []


def test_a_shutdown_the_government_ordered_after_a_cyber_attack_stays(analyse):
    text = "The government's shutdown of mobile internet followed a cyber attack on the election commission, officials said."
    assert [e["restriction"] for e in asserted(analyse, text)] == ["network_shutdown"]
