"""People who ordered a measure named with their title after the name ("X, the chief
secretary") are its actors, as those titled before it are (linking/actors.people); a
pronoun that stands for the measure just told ("It was ordered by X") makes an order about
access (linking/arguments.orders_access)."""

from __future__ import annotations

from conftest import actor_names


def test_a_title_after_the_name_makes_the_order_giver_an_actor(analyse):
    text = ("DISPUR — Under an order issued on Monday by Rakesh Barua, principal secretary of the state home department, "
            "mobile data was switched off across Assam for four hours during a recruitment test.")
    names = actor_names(analyse, text, "2022-08-23")
    assert any("Rakesh Barua" in event for event in names)


def test_the_measure_said_as_it_was_ordered_by_a_titled_person(analyse):
    text = ("PUNE — Mobile internet has been suspended in four districts of Maharashtra until Friday. "
            "It was ordered by Meera Kulkarni, the additional chief secretary, and covers eleven talukas.")
    names = actor_names(analyse, text, "2023-11-02")
    assert any("Meera Kulkarni" in event for event in names)


def test_a_person_named_beside_no_order_stays_no_actor(analyse):
    text = ("PUNE — Mobile internet has been suspended in four districts of Maharashtra until Friday. "
            "It was criticised by Meera Kulkarni, the former secretary, who called it harsh.")
    names = actor_names(analyse, text, "2023-11-02")
    assert names and all("Meera Kulkarni" not in event for event in names)

