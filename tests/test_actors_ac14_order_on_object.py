"""A body whose order a cut was made on is its actor even where the parser hangs the order
phrase on the cut's object ("cut access on the government's instructions")
(linking/orders.order_on_the_cut)."""

from __future__ import annotations

from conftest import actor_names


def test_the_government_on_whose_instructions_access_was_cut(analyse):
    text = ("LUBUMBASHI — Mobile data was cut across the Democratic Republic of Congo on Tuesday. "
            "Operators told their users they had switched off connections on the government's instructions.")
    names = actor_names(analyse, text, "2019-01-02")
    assert any(any("government" in name for name in event) for event in names)

