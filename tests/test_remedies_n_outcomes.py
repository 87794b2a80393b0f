"""Remedies that are a state or an outcome, not a step: "registered SIMs" in use, an appeal
that is a plea to the public, and "get the line unblocked", which is asking the carrier
unless the sentence names a police station or a hotline as the way (linking/remedies.py,
models/vocab/remedies.jsonl)."""

from __future__ import annotations


def remedies_of(analyse, text: str) -> list[list[str]]:
    return [e["remedies"] for e in analyse(text, published="2022-04-08") if e["status"] == "asserted"]


def test_visiting_the_operator_to_get_lines_unblocked_is_registration(analyse):
    text = ("The regulator blocked mobile SIMs issued on forged identity cards across Pakistan on Monday. "
            "Owners must go to their cellular company or a retailer to get their SIMs unblocked.")
    (remedies,) = remedies_of(analyse, text)
    assert "registration" in remedies


def test_an_outcome_reached_at_a_police_station_is_no_registration(analyse):
    text = ("Police had the mobile numbers of dozens of residents in Hotan suspended on Monday. "
            "Owners can have their numbers reinstated by reporting to a police station in person.")
    assert remedies_of(analyse, text) == [["police_station_visit"]]


def test_registered_sims_in_use_are_no_registration(analyse):
    text = ("The regulator switched off 3G and 4G data in the camps near Teknaf on Tuesday. "
            "Only half a million registered SIMs can be used there, officials provided.")
    assert remedies_of(analyse, text) == [[]]


def test_a_plea_to_the_public_is_no_appeal_to_a_court(analyse):
    text = ("Authorities cut mobile internet across Karakalpakstan on Sunday. "
            "A blogger who had posted an online appeal, was later detained.")
    assert remedies_of(analyse, text) == [[]]


def test_an_appeal_against_the_block_is_a_legal_challenge(analyse):
    text = ("The regulator blocked Wikipedia across Turkey on Saturday. "
            "The foundation lodged an appeal against the block the next week.")
    assert remedies_of(analyse, text) == [["legal_challenge"]]


def test_an_outcome_reached_at_the_carriers_desk_keeps_the_desk(analyse):
    text = ("The regulator blocked mobile SIMs issued on forged identity cards across Pakistan on Monday. "
            "Owners can get the lines unblocked at a customer service counter of their carrier.")
    (remedies,) = remedies_of(analyse, text)
    assert "carrier_contact" in remedies and "registration" not in remedies


def test_moving_a_high_court_is_a_legal_challenge(analyse):
    text = ("Mobile internet was suspended in seven districts of Haryana on Sunday. "
            "A trader from Ambala has moved the Punjab and Haryana High Court against the suspension.")
    assert remedies_of(analyse, text) == [["legal_challenge"]]


def test_an_injunction_filed_against_the_operators_is_a_legal_challenge(analyse):
    text = ("Mobile internet was cut across Mozambique on Friday. "
            "Civic groups have filed an injunction against the three operators to restore access.")
    assert remedies_of(analyse, text) == [["legal_challenge"]]



def test_a_court_challenge_goes_to_the_measure_in_force_not_an_older_one(analyse):
    text = ("Mobile internet was suspended in seven districts of Haryana on Sunday. "
            "The state had cut mobile internet during the farmers' protests in 2020 too. "
            "A trader from Ambala has challenged the order in court, calling it disproportionate.")
    events = [e for e in analyse(text, published="2021-09-27") if e["status"] == "asserted"]
    assert [(e["date_start"], e["remedies"]) for e in events] == [("2021-09-26", ["legal_challenge"]), ("2020", [])]
