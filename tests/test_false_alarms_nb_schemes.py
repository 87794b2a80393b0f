"""False alarms (noevent7): a rule in force told in the present, with "every time" beside a
length of time or set off by a count of complaints, is no measure; the same words told in
the past with a date still are. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest


def asserted(analyse, text: str) -> list[dict]:
    return [e for e in analyse(text, published="2025-03-04") if e["status"] == "asserted"]


@pytest.mark.parametrize("text", [
    "In Pakistan, the regulator suspends a SIM for a week every time its owner is reported for spam.",
    "In India, numbers get blocked after ten complaints under the new rules.",
])
def test_a_scheme_in_the_present_is_no_measure(analyse, text):
    assert asserted(analyse, text) == []


@pytest.mark.parametrize("text", [
    "In India, ten numbers were blocked after five complaints on Monday.",
    "Police in Kashmir suspended mobile internet for three days on Monday.",
])
def test_a_measure_told_in_the_past_is_still_one(analyse, text):
    assert asserted(analyse, text)
