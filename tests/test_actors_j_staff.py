"""Carriers whose staff an order went to, a carrier under a hyphened name, the order sentences
that keep a measure's window open, police officers named by rank, a body that says it made a
cut, the body an order went out through or came from, and a titled secretary who signed it
(linking/orders.py staff_of, gives_order and order_owner, linking/actors.py same_carrier,
says_it_did and people, linking/discourse.py add_context)."""

from __future__ import annotations

from conftest import actor_names


def actors_of(analyse, text: str) -> list[list[str]]:
    return actor_names(analyse, text, published="2021-03-12")


def test_a_carrier_whose_head_was_asked_to_comply_is_an_actor(analyse):
    text = ("Mobile internet was suspended in the Sirsa district of Haryana on Friday. "
            "The home secretary asked every telecom operator in the state, including the head of BSNL, to ensure compliance.")
    assert any("BSNL" in actors for actors in actors_of(analyse, text))


def test_carriers_whose_nodal_officers_got_the_letter_are_actors(analyse):
    text = ("Mobile internet, calls and texts were halted in parts of Delhi on Friday. "
            "The halt followed a letter sent to the nodal officers of \"Airtel, Jio, MTNL/BSNL\" by the police.")
    (actors,) = actors_of(analyse, text)
    assert {"Airtel", "Jio", "BSNL"} <= set(actors)


def test_customers_of_a_carrier_told_to_register_make_no_carrier_an_actor(analyse):
    text = ("The regulator suspended unregistered SIM cards across Nigeria on Friday. "
            "Subscribers of MTN were told to register at once.")
    assert all("MTN" not in actors for actors in actors_of(analyse, text))


def test_a_hyphened_carrier_name_and_its_first_word_are_one_carrier(analyse):
    text = ("Vodafone-Idea cut mobile data in Kolkata on Friday on a state order. "
            "Vodafone said it had complied with the order.")
    (actors,) = actors_of(analyse, text)
    assert [a for a in actors if "Vodafone" in a] == ["Vodafone-Idea"]


def test_sentences_about_the_order_keep_the_measure_open_for_whom_it_told(analyse):
    text = ("Mobile internet was suspended in the Sirsa district of Haryana on Friday. "
            "The home secretary said the order was needed to keep the peace. "
            "He said the order also covers bulk SMS. "
            "He said the order stays in force until Sunday. "
            "He asked every telecom operator in the state, including the head of BSNL, to ensure compliance.")
    assert any("BSNL" in actors for actors in actors_of(analyse, text))


def test_a_police_officer_named_by_rank_who_sent_the_order_is_an_actor(analyse):
    text = ("Mobile internet was halted in parts of Delhi on Friday. "
            "A letter ordering the halt was sent to all operators by the DCP of the north district.")
    (actors,) = actors_of(analyse, text)
    assert "DCP" in actors


def test_a_body_that_says_it_made_one_cut_is_credited_with_an_unattributed_later_one(analyse):
    text = ("The Tanzania Communications Regulatory Authority says it has switched off 800,000 unregistered SIM cards since March 1. "
            "Mobile lines of another 200,000 subscribers were disconnected on March 15 in the second phase.")
    events = [e for e in analyse(text, published="2024-03-20") if e["status"] == "asserted"]
    assert [[a["name"] for a in e["actors"]] for e in events] == [["Tanzania Communications Regulatory Authority"]] * 2


def test_the_body_an_order_was_issued_through_is_an_actor(analyse):
    text = ("Internet providers were told to block every messaging app across Zambia on Friday. "
            "The instruction was issued through the telecoms regulator in a letter.")
    (actors,) = actors_of(analyse, text)
    assert actors == ["telecoms regulator"]


def test_the_body_an_order_came_from_is_an_actor(analyse):
    text = ("Internet services were suspended in four districts of Telangana on Monday. "
            "Officials said the instruction had come from the Department of Telecommunications.")
    (actors,) = actors_of(analyse, text)
    assert actors == ["Department of Telecommunications"]


def test_a_secretary_named_with_the_title_who_signed_the_suspension_is_an_actor(analyse):
    text = "A notification issued by Home Secretary Anil Mehra suspended mobile internet across Sambalpur district in Odisha on Thursday."
    (actors,) = actors_of(analyse, text)
    assert actors == ["Home Secretary Anil Mehra"]
