"""False alarms (noevent7): websites and online communities that take themselves offline in
protest, and a payment platform leaving a market, give no asserted event, while a site or
an app that goes dark in a place or at a state body's order still does. Every sentence here
is written for these tests."""

from __future__ import annotations

import pytest


def asserted(analyse, text: str) -> list[dict]:
    return [e for e in analyse(text, published="2025-03-04") if e["status"] == "asserted"]


@pytest.mark.parametrize("text", [
    "Several hundred online forums went dark on Tuesday in protest against the copyright bill.",
    "The English edition of the cooking site has gone offline for a day to protest the new licence fee.",
    "PayPal suspended its services in Belarus on Saturday, according to a letter that its chief executive sent to the Lithuanian government.",
    "\"We are suspending PayPal services in Belarus,\" the chief executive said in a letter to the Lithuanian prime minister.",
])
def test_a_site_or_platform_withdrawing_itself_is_no_restriction(analyse, text):
    assert asserted(analyse, text) == []


@pytest.mark.parametrize("text", [
    "Twitter went dark in Iran on Wednesday, hours before the vote.",
    "The opposition news site went dark on Monday after the police ordered internet providers to block it.",
    "Telegram suspended its service in Belarus on Friday after the interior ministry ordered it to.",
])
def test_a_site_cut_in_a_place_or_by_a_state_body_is_still_a_measure(analyse, text):
    assert asserted(analyse, text)
