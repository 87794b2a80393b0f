"""A court that overturns, quashes or annuls a block gives service back (a LIFT, triggers.jsonl
`lift`); it did not impose the measure, and the court that ordered the block stays its actor."""

from __future__ import annotations

from conftest import actor_names


def test_a_court_overturning_a_ban_is_no_actor_of_it(analyse):
    text = ("An appeals court in Lisbon overturned the ban on Signal on Wednesday. "
            "A district judge had ordered the four mobile operators to block Signal across Portugal on Monday.")
    names = actor_names(analyse, text, "2022-03-10")
    assert names and all(not any("appeals court" in name.lower() for name in event) for event in names)
    assert any(any("judge" in name.lower() for name in event) for event in names)


def test_a_court_quashing_a_block_is_no_actor_of_it(analyse):
    text = "The Supreme Court quashed the block on Telegram in Chile on Friday, days after carriers had cut it."
    names = actor_names(analyse, text, "2022-03-12")
    assert all(not any("Supreme Court" in name for name in event) for event in names)
