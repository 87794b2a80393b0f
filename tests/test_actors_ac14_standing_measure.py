"""A court whose verb acts on a cut named as a noun that is already in force ("set up a panel
to review the curbs", "upheld the ban") weighs another's measure and is no actor of it; one
that orders the cut is (linking/arguments.judges_another, standing)."""

from __future__ import annotations

from conftest import actor_names


def test_a_court_that_sets_up_a_review_of_the_curbs_is_no_actor(analyse):
    text = ("SRINAGAR — The administration cut mobile data across Kashmir on Monday. "
            "On Wednesday the court set up a special panel to review the curbs.")
    names = actor_names(analyse, text, "2020-02-10")
    assert names and all(not any("court" in name.lower() for name in event) for event in names)


def test_a_court_that_upholds_a_ban_is_no_actor(analyse):
    text = "SRINAGAR — The High Court on Wednesday upheld the ban on mobile data across Kashmir."
    names = actor_names(analyse, text, "2020-02-10")
    assert names and all(not any("court" in name.lower() for name in event) for event in names)


def test_a_judge_who_orders_the_suspension_is_its_actor(analyse):
    text = "BRASILIA — A judge ordered the suspension of WhatsApp across Brazil for 72 hours on Monday."
    names = actor_names(analyse, text, "2016-05-03")
    assert any(any("judge" in name.lower() for name in event) for event in names)
