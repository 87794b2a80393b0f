""""State bodies" (or organs) at whose request carriers restrict service are the state that
asked for the cut, a government actor (actors.jsonl), as "security bodies" are."""

from __future__ import annotations

from conftest import actor_names


def test_state_bodies_at_whose_request_data_was_restricted_are_an_actor(analyse):
    text = ("Two operators told customers by text on Monday that mobile data in Grodno had been restricted "
            "at the request of the competent state bodies.")
    names = actor_names(analyse, text, "2020-08-11")
    assert any(any("state bodies" in name for name in event) for event in names)
