"""Who gave an order, told in the ways a coder still reads as the measure's doer: the head of a
body who ordered the cut (orders.staff_ordered), a directive "received from" a body
(orders.order_owner), an office written with the place it serves ("Deputy Commissioner X",
proper_names.whole_name), the doer of a lead that cut service "to several parts of the
country" before the regions are listed (place_phrases.unnamed_parts, discourse.inherit),
"security bodies" as a state actor (actors.jsonl); and a generic word in apposition to a named
body is no second actor (proper_names.describes_named). A carrier whose name ends with a
country ("Vodafone India") is of that country (places.country_in_name)."""

from __future__ import annotations

from conftest import actor_names, asserted


def test_the_body_whose_head_ordered_the_cut_is_its_actor(analyse):
    text = ("The Zambian government, through its regulator, has told providers to cut mobile data before the vote. "
            "In a letter, the director of the Zambia Information and Communications Technology Authority Mwila Banda "
            "ordered providers to implement a suspension of mobile data from 6pm on Thursday.")
    names = actor_names(analyse, text, "2021-08-12")
    assert any(any("Authority" in n for n in event) for event in names)


def test_a_directive_received_from_a_body_makes_it_an_actor(analyse):
    text = ("Voice and data services were cut in central Kolkata on Monday. "
            "Jio said it had carried out the suspension in keeping with a directive received from the Commissioner of Police.")
    names = actor_names(analyse, text, "2022-03-08")
    assert any(any("Commissioner" in n for n in event) for event in names)


def test_an_office_named_with_its_district_is_the_body_that_asked(analyse):
    text = ("The Rajasthan government suspended mobile internet in Bhilwara district on Sunday for two days. "
            "The step was taken at the request of District Collector Bhilwara, who cited fears of unrest.")
    names = actor_names(analyse, text, "2022-06-12")
    assert any(any("Collector" in n for n in event) for event in names)


def test_the_lead_s_doer_holds_for_each_region_listed_after_it(analyse):
    text = ("Nigerien authorities cut off mobile internet to several restive parts of the country ahead of the vote. "
            "A source at the regulator said mobile data had been switched off on Saturday in the Tillaberi and Tahoua regions.")
    events = asserted(analyse(text, published="2023-02-20"))
    regional = [e for e in events if e["province_code"]]
    assert regional and all(e["actors"] for e in regional)
    assert not [e for e in events if e["province_code"] is None]


def test_security_bodies_that_ordered_a_cut_are_its_actor(analyse):
    text = ("Mobile internet was cut in Sistan and Baluchestan on Friday. "
            "An official said the cut had been imposed on the orders of security bodies.")
    names = actor_names(analyse, text, "2022-10-01")
    assert any("security bodies" in event for event in names)


def test_a_generic_word_describing_a_named_body_is_no_second_actor(analyse):
    """"security body" is an actor word since "security bodies" is; described so, it is the council."""
    text = ("Telegram was blocked across Iran on Monday on the orders of the Supreme National Security Council, "
            "the country's highest security body.")
    names = actor_names(analyse, text, "2022-10-03")
    assert names and all(not any("security body" in n for n in event) for event in names)


def test_a_carrier_named_with_its_country_places_its_cut_there(analyse):
    text = ("Vodafone India said on Friday that mobile data had been suspended in parts of Lucknow \"as per government orders\". "
            "Vodafone India told customers that service would return by the evening.")
    events = asserted(analyse(text, published="2019-12-20"))
    assert events and all(e["country"] == "IN" for e in events)
