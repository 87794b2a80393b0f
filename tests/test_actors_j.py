"""Actors of one body named several ways count once, and carriers an order was sent to are
its actors (linking/actors.py add, linking/orders.py told)."""

from __future__ import annotations


def actors_of(analyse, text: str) -> list[list[tuple[str, str]]]:
    return [[(a["name"], a["kind"]) for a in e["actors"]] for e in analyse(text, published="2024-03-14") if e["status"] == "asserted"]


def test_a_mixed_case_short_name_in_brackets_is_the_body_it_follows(analyse):
    text = ("The Ministry of Transport and Communications (MoTC) told all operators to switch off mobile data on Saturday. "
            "Operators said the MoTC cited the telecoms law.")
    assert actors_of(analyse, text) == [[("Ministry of Transport and Communications", "government")]]


def test_one_carrier_under_a_longer_name_is_one_actor(analyse):
    text = ("Telenor Myanmar switched off mobile data in Chin on March 2 after an order. "
            "Telenor said it had complied with the order, and Telenor Group said it regretted the halt.")
    (actors,) = actors_of(analyse, text)
    assert [name for name, kind in actors if kind == "carrier"] == ["Telenor Myanmar"]


def test_two_names_holding_a_carrier_name_of_the_article_are_one_carrier(analyse):
    text = ("The ministry ordered all operators, including Telenor Myanmar, to stop mobile data in Chin on March 2. "
            "Telenor and Telenor Group said they had complied with the order.")
    (actors,) = actors_of(analyse, text)
    assert [name for name, kind in actors if kind == "carrier"] == ["Telenor Myanmar"]


def test_a_judge_and_the_court_are_one_actor_under_its_fullest_name(analyse):
    text = "On Monday a judge in Parana ordered Telegram blocked in Brazil, and the Parana State Court told carriers to carry out the block."
    assert actors_of(analyse, text) == [[("Parana State Court", "court")]]


def test_carriers_an_order_was_sent_to_are_actors(analyse):
    text = ("The Bangladesh Telecommunication Regulatory Commission shut mobile networks near the border on Sunday. "
            "Its directive was sent to Grameenphone, Teletalk and Banglalink late that evening.")
    (actors,) = actors_of(analyse, text)
    assert {"Grameenphone", "Teletalk", "Banglalink"} <= {name for name, _ in actors}


def test_carriers_picked_out_of_the_providers_an_order_told_are_actors(analyse):
    text = ("Kenya's Communications Authority restricted Telegram during the exams on November 8. "
            "The authority instructed all providers, including Safaricom and Telkom, to enforce the order.")
    (actors,) = actors_of(analyse, text)
    assert {"Safaricom", "Telkom"} <= {name for name, _ in actors}


def test_a_carrier_only_named_as_where_an_order_came_from_is_no_actor(analyse):
    text = ("The regulator NCC suspended mobile data in Zamfara on Friday. "
            "A reporter was sent to Glo's office to ask about the order.")
    (actors,) = actors_of(analyse, text)
    assert "Glo" not in {name for name, _ in actors}


def test_a_country_that_imposed_the_blackout_is_its_government(analyse):
    assert actors_of(analyse, "Kazakhstan imposed a nationwide internet blackout on Wednesday as protests spread.") == [[("Kazakhstan government", "government")]]


def test_a_country_that_announced_it_was_blocking_apps_is_its_government(analyse):
    assert actors_of(analyse, "Nepal on Tuesday announced it was blocking 12 messaging apps, Telegram among them.") == [[("Nepal government", "government")]]


def test_a_country_reporting_someone_else_cut_is_no_actor(analyse):
    text = "Ukraine said Russian forces cut mobile internet in Kherson on Monday."
    assert all(name != "Ukraine government" for actors in actors_of(analyse, text) for name, _ in actors)


def test_whom_military_action_is_against_is_no_actor(analyse):
    text = ("Phone and internet lines were cut in Tigray on Wednesday, as the premier declared an emergency "
            "and ordered military action against the Tigray People's Liberation Front.")
    assert all("Liberation Front" not in name for actors in actors_of(analyse, text) for name, _ in actors)


def test_whom_the_order_lets_act_is_no_actor(analyse):
    text = ("The regulator ordered operators to shut all telecom services in Katsina on Friday. "
            "Its chairman said the order would allow the security agencies to carry out operations against armed gangs.")
    assert all("security agencies" not in name for actors in actors_of(analyse, text) for name, _ in actors)


def test_a_country_said_to_order_many_shutdowns_is_no_actor_of_this_one(analyse):
    text = "Campaigners say India imposes more internet shutdowns than any other state, most of them in Kashmir."
    assert all(name != "India government" for actors in actors_of(analyse, text) for name, _ in actors)


def test_a_president_who_says_she_issued_the_decree_is_an_actor(analyse):
    text = "President Ana Ruiz told reporters on Friday she had issued a decree that blocks X across Peru for a week."
    assert actors_of(analyse, text) == [[("President Ana Ruiz", "government")]]


def test_a_judge_named_who_ordered_the_block_is_a_court(analyse):
    assert actors_of(analyse, "Judge Alexandre de Moraes ordered the suspension of X in Brazil on Friday.") == [[("Judge Alexandre de Moraes", "court")]]


def test_a_person_who_only_reports_the_block_is_no_actor(analyse):
    text = "Elon Musk said Brazil had blocked X on Friday."
    assert all(name != "Elon Musk" for actors in actors_of(analyse, text) for name, _ in actors)



def test_a_president_who_ordered_something_other_than_the_cut_is_no_actor(analyse):
    text = ("Russia throttled WhatsApp calls on Monday. "
            "The move follows a state push for Nova, a messenger that President Ivan Petrov ordered built last spring.")
    assert all("Petrov" not in name for actors in actors_of(analyse, text) for name, _ in actors)


def test_an_untitled_person_who_ordered_is_left_to_the_titled_mention(analyse):
    text = ("President Ana Ruiz told reporters on Friday she had issued a decree that blocks X across Peru for a week. "
            "Ruiz said the decree came from the regulator.")
    (actors,) = actors_of(analyse, text)
    assert [name for name, _ in actors if "Ruiz" in name] == ["President Ana Ruiz"]


def test_a_region_government_named_several_ways_is_one_actor(analyse):
    text = ("The Manipur government suspended mobile internet in Imphal on Monday, according to an order of the Home Department. "
            "The state government said the administration would review the order in two days.")
    assert actors_of(analyse, text) == [[("Manipur government", "government")]]


def test_a_union_ministry_beside_a_state_government_stays(analyse):
    text = "The Ministry of Home Affairs and the Haryana government suspended mobile internet in Sirsa on Monday."
    assert actors_of(analyse, text) == [[("Ministry of Home Affairs", "government"), ("Haryana government", "government")]]


def test_carriers_an_order_went_to_in_a_sentence_that_names_the_cut_are_actors(analyse):
    text = ("Kenya's Communications Authority has told operators to limit Telegram on exam mornings from March 4. "
            "The notice, dated March 1, was addressed to providers including Safaricom and Telkom, "
            "setting out why Telegram access had to be restricted during the exams.")
    assert {"Safaricom", "Telkom"} <= {name for actors in actors_of(analyse, text) for name, _ in actors}


def test_the_government_of_a_region_no_place_span_covers_is_that_region_s(analyse):
    text = ("Kohima, March 3: The state government on Monday stopped mobile internet in Mon district. "
            "The Home Department, Government of Nagaland, signed the order, which gave no reasons.")
    assert actors_of(analyse, text) == [[("state government", "government")]]
