"""Carriers of the countries Cutoff reports on that the network-code tables miss or file
under a common word (carriers.json): a state operator or ISP named as cutting a service is
an actor of that measure, and a brand shared by several countries keeps each of them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import actor_names

ORGS = Path(__file__).resolve().parents[1] / "models" / "gazetteer" / "organisations.jsonl"


def carrier_ids() -> dict[str, str]:
    lines = (json.loads(raw) for raw in ORGS.read_text(encoding="utf-8").splitlines() if raw.strip())
    return {line["pattern"]: line["id"] for line in lines if line["label"] == "CARRIER"}


@pytest.mark.parametrize("name, country", [
    ("Gamtel", "GM"), ("Telkom Kenya", "KE"), ("Jamii Telecom", "KE"), ("Sri Lanka Telecom", "LK"),
    ("Zain South Sudan", "SS"), ("MTN South Sudan", "SS"), ("Zamtel", "ZM"), ("Tmcel", "MZ"),
    ("Mauritel", "MR"), ("TTCL", "TZ"), ("Nepal Telecom", "NP"), ("Vodacom Congo", "CD"),
])
def test_the_carrier_is_in_the_gazetteer_with_its_country(name: str, country: str):
    assert carrier_ids()[name] == country


def test_a_shared_brand_keeps_every_country():
    ids = carrier_ids()
    assert {"SD", "SS", "IQ"} <= set(ids["Zain"].split("|"))
    assert {"KE", "ZA"} <= set(ids["Telkom"].split("|"))


def test_a_state_operator_told_to_cut_is_an_actor(analyse):
    text = ("Gamtel switched off mobile internet and international calls across the Gambia on Wednesday, "
            "hours before the polls opened, staff at the operator said.")
    names = actor_names(analyse, text, "2016-12-01")
    assert names and "Gamtel" in names[0]


def test_a_fixed_line_operator_barring_calls_abroad_is_an_actor(analyse):
    text = ("Sri Lanka Telecom has barred outgoing international calls on its fixed lines in Colombo "
            "after a wave of billing fraud, the company said on Tuesday.")
    names = actor_names(analyse, text, "2005-05-10")
    assert names and "Sri Lanka Telecom" in names[0]


def test_carriers_listed_as_the_networks_a_block_was_seen_on_are_no_actors(analyse):
    text = ("Since Monday, Telegram has been unreachable on the big mobile networks in Tanzania, "
            "including Vodacom, Airtel and Halotel, monitors said.")
    assert actor_names(analyse, text, "2025-05-21") == [[]]


def test_carriers_listed_as_those_told_to_block_stay_actors(analyse):
    text = "The regulator ordered the operators, including Vodacom and Halotel, to block X in Tanzania on Tuesday."
    names = actor_names(analyse, text, "2025-05-21")
    assert names and {"Vodacom", "Halotel"} <= set(names[0])


def test_the_list_may_hang_on_the_place_after_the_networks(analyse):
    text = ("Monitors said that from Tuesday evening Telegram could no longer be reached on the main networks "
            "in Tanzania, including Vodacom, Airtel and Halotel.")
    assert actor_names(analyse, text, "2025-05-21") == [[]]


def test_providers_told_to_cut_are_not_the_networks_users_were_on(analyse):
    told = "The regulator told internet providers to restrict Telegram in Tanzania on Tuesday. "
    seen = told + ("From that evening the app could no longer be reached on the main networks in the country, "
                   "including Vodacom, Airtel and Halotel.")
    sent = told + "The order went to Vodacom, Airtel and Halotel."
    assert actor_names(analyse, seen, "2025-05-21") == [["regulator"]]
    assert {"Vodacom", "Airtel", "Halotel"} <= set(actor_names(analyse, sent, "2025-05-21")[0])
