"""False alarms (noevent7): a regulator that only tells the cause of a disruption (diesel
running short) does not keep that cause from vetoing it, and "telecom misuse" or "internet
fraud" curbed is misuse curbed, no service; an official who acts, and the calls barred to
curb fraud, still make events. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest


def asserted(analyse, text: str) -> list[dict]:
    return [e for e in analyse(text, published="2025-03-04") if e["status"] == "asserted"]


@pytest.mark.parametrize("text", [
    "The regulator said the disruption in Abuja was due to a shortage of diesel at the towers, reducing the quality of mobile service for subscribers.",
    "The telecom regulator in India said that reporting spam plays a part in curbing telecom misuse across the country.",
])
def test_a_cause_told_by_an_official_or_misuse_curbed_is_no_measure(analyse, text):
    assert asserted(analyse, text) == []


@pytest.mark.parametrize("text", [
    "The regulator ordered carriers to cut mobile service in Abuja on Monday, days after diesel thieves raided the towers.",
    "Authorities in Hainan barred international calls on Monday to curb telecom fraud.",
])
def test_an_official_acting_still_makes_a_measure(analyse, text):
    assert asserted(analyse, text)
