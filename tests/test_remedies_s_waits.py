"""A waiting period is time a cut-off line sits out before it comes back by itself: "restored
after" counts only with a length of time after it, not a step users take
(linking/remedies.after_a_step); and a length that names the period users have to ask for
their lines back ("within the 60-day period") is a deadline, not how long the cut lasts
(linking/discourse.deadline)."""

from __future__ import annotations

LEAD = "The regulator barred thousands of unregistered SIM cards across Kenya on Monday. "


def remedies_of(analyse, text: str) -> list[list[str]]:
    return [sorted(e["remedies"]) for e in analyse(text, published="2023-03-08") if e["status"] == "asserted"]


def test_a_line_back_after_a_number_of_days_is_a_waiting_period(analyse):
    text = LEAD + "The blocked numbers are reactivated automatically after twelve days."
    assert remedies_of(analyse, text) == [["waiting_period"]]


def test_a_line_back_after_a_step_users_take_is_no_waiting_period(analyse):
    text = LEAD + "Lines flagged as low risk will be restored after completing a short online questionnaire."
    assert remedies_of(analyse, text) == [[]]


def test_a_period_users_have_to_ask_within_is_a_deadline(analyse):
    text = LEAD + "Owners asked for reconnection of their numbers within the 60-day period before the numbers go back on sale."
    assert remedies_of(analyse, text) == [["registration"]]
