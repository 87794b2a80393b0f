"""A regulator an order tells to act ("the national regulator had been instructed to enforce
it") passed the measure on to the operators, and coders credit it, as they credit
carriers so told (linking/arguments.actor, orders.told)."""

from __future__ import annotations

from conftest import actor_names


def test_a_regulator_instructed_to_act_is_an_actor(analyse):
    text = ("DHAKA — Mobile internet was suspended across Bangladesh on Friday. "
            "The national regulator had been instructed to enforce the measure because of the unrest.")
    names = actor_names(analyse, text, "2024-07-20")
    assert any(any("regulator" in name for name in event) for event in names)


def test_a_regulator_that_only_comments_is_no_actor(analyse):
    text = ("DHAKA — Mobile internet was suspended across Bangladesh on Friday. "
            "The national regulator had been criticised for its silence on the unrest.")
    names = actor_names(analyse, text, "2024-07-20")
    assert names and all(not any("regulator" in name for name in event) for event in names)
