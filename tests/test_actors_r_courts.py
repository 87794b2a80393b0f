"""A court that issues notices or seeks replies hears a case against a measure, even where the
plea it hears names the block ("on a petition against the ban on X"): no actor of it
(linking/orders.hears_case, arguments.actor)."""

from __future__ import annotations

from conftest import actor_names


def test_a_court_issuing_notices_on_a_plea_against_a_ban_is_no_actor(analyse):
    text = ("Mobile phone service was cut across Pakistan on February 8. "
            "Separately, the Sindh High Court issued notices to the regulator over a petition against the ban imposed on X.")
    names = actor_names(analyse, text, "2024-03-06")
    assert names and all("Sindh High Court" not in event for event in names)


def test_a_court_seeking_replies_on_a_plea_against_a_block_is_no_actor(analyse):
    text = ("Telegram was blocked across Russia on Monday. "
            "The Moscow City Court sought replies from the watchdog on an appeal against the block of Telegram.")
    names = actor_names(analyse, text, "2018-04-20")
    assert names and all(not any("Court" in name for name in event) for event in names)
