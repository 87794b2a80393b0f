"""A carrier desk users must bring their ID to ("take an ID card to a business hall", "show
an identity card at a service centre") is applying there in person: `registration` beside the
`id_verification` done at it (linking/remedies.add_remedies)."""

from __future__ import annotations

LEAD = "The regulator barred thousands of unregistered SIM cards across Ghana on Monday. "


def remedies_of(analyse, text: str) -> list[list[str]]:
    return [sorted(e["remedies"]) for e in analyse(text, published="2023-03-08") if e["status"] == "asserted"]


def test_an_id_taken_to_a_carrier_desk_is_an_application_there(analyse):
    text = LEAD + "Owners must take their ID card to a business hall to get the line back."
    assert remedies_of(analyse, text) == [["id_verification", "registration"]]


def test_a_desk_named_in_a_story_with_no_duty_adds_no_application(analyse):
    text = LEAD + "A trader said he went to the business hall with his ID card on Tuesday."
    assert "registration" not in remedies_of(analyse, text)[0]
