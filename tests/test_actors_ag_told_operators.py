"""Operators told to cut ("the commission directed all mobile operators to switch off ...")
before the article names any of them are the carriers it lists elsewhere, as coders credit
carriers instructed to cut; operators only named as the networks users were on, with no
one told or cutting, stay no actors (linking/arguments.actor, carrier_list)."""

from __future__ import annotations

from conftest import actor_names


def test_all_operators_told_to_cut_are_the_carriers_listed_later(analyse):
    text = ("KAMPALA — The commission directed all mobile operators to suspend data services across Uganda on Friday. "
            "Customers of Airtel Uganda and MTN Uganda found they could not open any web page.")
    names = actor_names(analyse, text, "2021-05-15")
    assert any("Airtel Uganda" in event and "MTN Uganda" in event for event in names)


def test_networks_users_were_on_are_no_actors_when_no_one_is_told(analyse):
    text = ("KAMPALA — The commission suspended data services across Uganda on Friday. "
            "Customers of Airtel Uganda and MTN Uganda found they could not open any web page.")
    names = actor_names(analyse, text, "2021-05-15")
    assert names and all("Airtel Uganda" not in event for event in names)




def test_operators_told_to_cut_are_not_a_list_told_far_off(analyse):
    text = ("KAMPALA — On Friday the commission directed all mobile operators to suspend data services across Uganda. "
            "Residents said the outage hurt trade. Shops closed early. Prices of airtime went up. Schools stayed shut. "
            "Back in March 2016, customers of Airtel Uganda and MTN Uganda lost service for two days during a protest.")
    names = actor_names(analyse, text, "2021-05-15")
    assert names and all("Airtel Uganda" not in event for event in names)


def test_a_brand_of_several_countries_is_one_of_the_listed_operators(analyse):
    text = ("BAGHDAD — The ministry ordered all operators to cut internet access across Iraq on Tuesday. "
            "Asiacell and Zain complied within the hour.")
    names = actor_names(analyse, text, "2021-05-19")
    assert any("Asiacell" in event and "Zain" in event for event in names)
