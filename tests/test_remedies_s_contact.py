"""A carrier desk users contact is `carrier_contact` even where the sentence says what is
done there (a check, an application), while a desk they only go to for another step stays
that step, and a call that sent them on to another way back (the police) was no way back
(linking/remedies.contacted, event_rules.json `contact_verbs`)."""

from __future__ import annotations

LEAD = "The regulator barred thousands of unregistered SIM cards across Ghana on Monday. "


def remedies_of(analyse, text: str) -> list[list[str]]:
    return [sorted(e["remedies"]) for e in analyse(text, published="2023-03-08") if e["status"] == "asserted"]


def test_a_desk_users_contact_for_a_check_is_carrier_contact(analyse):
    text = LEAD + "Genuine owners can contact the helpdesk or a customer service kiosk for identity checks and reconnection."
    assert remedies_of(analyse, text) == [["carrier_contact", "id_verification"]]


def test_a_desk_users_go_to_for_another_step_is_that_step(analyse):
    text = LEAD + "Owners must re-register the cards at a service centre of their network."
    assert remedies_of(analyse, text) == [["registration"]]


def test_a_call_that_sent_users_to_the_police_is_no_way_back(analyse):
    text = LEAD + "One owner said he called the hotline and had to go to the police station himself to get the line back."
    assert remedies_of(analyse, text) == [["police_station_visit"]]
