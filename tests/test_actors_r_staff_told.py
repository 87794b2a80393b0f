"""A carrier whose spokesperson says the operators, or "we", were told to cut ("all operators
were ordered to switch off data, a spokesman for A said") is one of them and carried the
order out; a carrier whose spokesperson only comments stays no actor
(linking/orders.staff_told, arguments.actor)."""

from __future__ import annotations

from conftest import actor_names


def test_a_carrier_whose_spokesman_says_the_operators_were_told_is_an_actor(analyse):
    text = ("Phone and internet service went dark across Sudan on Monday. "
            "\"Every mobile operator in the country has been ordered to switch off its network,\" a spokesman for Zain said.")
    names = actor_names(analyse, text, "2019-06-04")
    assert any("Zain" in event for event in names)


def test_a_carrier_whose_spokesman_only_comments_is_no_actor(analyse):
    text = ("The authorities cut mobile internet across Sudan on Monday. "
            "\"Customers are angry about the outage,\" a spokesman for Zain said.")
    names = actor_names(analyse, text, "2019-06-04")
    assert all("Zain" not in event for event in names)
