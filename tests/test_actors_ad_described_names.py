"""A body named with a description before its name ("the Russian communications regulator
Roskomnadzor") is one actor, its name, not the description beside it
(proper_names.describes_named)."""

from __future__ import annotations

from conftest import actor_names


def test_a_description_written_before_a_name_is_no_second_actor(analyse):
    text = "The Russian communications regulator Roskomnadzor told internet providers on Tuesday to block access to Signal."
    names = actor_names(analyse, text, "2024-08-09")
    assert names and all(event == ["Roskomnadzor"] for event in names)


def test_a_name_in_apposition_to_its_description_is_the_one_actor(analyse):
    text = "The telecom regulator, the Pakistan Telecommunication Authority, blocked access to TikTok across Pakistan on Friday."
    names = actor_names(analyse, text, "2024-08-09")
    assert names and all(len(event) == 1 and "Telecommunication Authority" in event[0] for event in names)
