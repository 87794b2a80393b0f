"""Remedies as reports word them: VPNs spelt out in capitals, a deadline that is no waiting
period, visits to a carrier's stations that are no police visit, national ID numbers, a suit
with its sum, a signed undertaking, and VPNs connected to or sought out
(models/vocab/remedies.jsonl, linking/discourse.py deadline)."""

from __future__ import annotations


def remedies_of(analyse, text: str) -> list[list[str]]:
    return [e["remedies"] for e in analyse(text, published="2021-03-12") if e["status"] == "asserted"]


def test_virtual_private_networks_in_capitals_are_circumvention(analyse):
    text = ("The regulator blocked Facebook and WhatsApp across Uganda on Friday. "
            "Many users have since turned to using Virtual Private Networks (VPN) to reach them.")
    assert remedies_of(analyse, text) == [["circumvention"]]


def test_a_deadline_for_more_suspensions_is_no_waiting_period(analyse):
    text = ("The regulator suspended mobile SIMs issued on fake identity cards across Pakistan on Friday. "
            "Owners must show their new identity cards at a franchise within a week.")
    assert remedies_of(analyse, text) == [["id_verification"]]


def test_visits_to_a_carriers_stations_are_no_police_visit(analyse):
    text = ("The regulator barred mobile lines not linked to an identity number across Nigeria on Friday. "
            "Owners must make visits to the stations of their operators to validate their NINs.")
    (remedies,) = remedies_of(analyse, text)
    assert "police_station_visit" not in remedies and "id_verification" in remedies


def test_a_suit_filed_with_its_sum_is_a_legal_challenge(analyse):
    text = ("The regulator barred mobile lines not linked to an identity number across Nigeria on Friday. "
            "A lawyer filed a N5bn suit against the regulator over the barring.")
    assert remedies_of(analyse, text) == [["legal_challenge"]]


def test_a_signed_undertaking_to_the_provider_is_registration(analyse):
    text = ("Authorities cut home broadband across Manipur on Friday. "
            "Subscribers were reconnected only after signing a written undertaking with their provider.")
    assert remedies_of(analyse, text) == [["registration"]]



def test_connecting_to_a_vpn_server_is_circumvention(analyse):
    text = ("The regulator blocked Telegram across Russia on Monday. "
            "Readers still get in once they connect to a VPN.")
    assert remedies_of(analyse, text) == [["circumvention"]]


def test_flocking_to_get_hold_of_a_vpn_is_circumvention(analyse):
    text = ("The regulator blocked Telegram across Russia on Monday. "
            "Users are flocking to get themselves a VPN.")
    assert remedies_of(analyse, text) == [["circumvention"]]
