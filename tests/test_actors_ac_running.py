"""A carrier told only as still running until the cut ("A was working until 2 March, when
all mobile internet was cut") is the network the cut hit, not who cut it
(notices.still_running, actor_rules running_verbs)."""

from __future__ import annotations

from conftest import actor_names


def test_a_carrier_that_was_working_until_the_cut_is_no_actor(analyse):
    text = ("Monitors said that in the state capital, Hakha, the state-run provider MPT was working until March 2, "
            "when all mobile internet services were cut.")
    names = actor_names(analyse, text, "2022-03-10")
    assert names and not any("MPT" in event for event in names)


def test_a_carrier_that_cut_is_still_an_actor(analyse):
    text = "The state-run provider MPT cut all mobile internet services in Hakha on March 2, residents said."
    names = actor_names(analyse, text, "2022-03-10")
    assert any("MPT" in event for event in names)
