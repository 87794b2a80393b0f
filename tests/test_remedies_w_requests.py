"""A request is a duty of users only when users are the ones asked (linking/remedies.py
`asked_of_users`, event_rules.json `request_verbs`): operators asked to act, or a desk asked
a question, leave users no step to take, so a desk or a registration named there is no way
back; subscribers told to go somewhere still are."""

from __future__ import annotations


def remedies_of(analyse, text: str, published: str) -> list[list[str]]:
    return [e["remedies"] for e in analyse(text, published=published) if e["status"] == "asserted"]


def test_operators_asked_to_register_numbers_is_no_duty_of_users(analyse):
    text = ("The regulator suspended thousands of SIM cards across Kenya on Monday. "
            "It asked operators to register the affected numbers in a central database.")
    assert remedies_of(analyse, text, "2023-06-01") == [[]]


def test_asking_a_branch_whether_lines_return_is_no_duty(analyse):
    text = ("Police in Kashgar had China Mobile suspend the numbers of hundreds of residents on Monday. "
            "Reporters asked the carrier's business hall whether the lines would come back.")
    assert remedies_of(analyse, text, "2023-06-01") == [[]]


def test_subscribers_told_to_visit_a_business_hall_still_have_a_duty(analyse):
    text = ("China Mobile suspended the numbers of hundreds of residents in Kashgar on Monday. "
            "Subscribers were told to visit a business hall to have their lines restored.")
    assert remedies_of(analyse, text, "2023-06-01") == [["carrier_contact"]]
