"""A court named as the agent of a passive cut ("X has been blocked by a court in Y", "was
blocked by the courts") blocked it: the agent of the trigger's verb is its doer, court or
not (arguments.actor); "courts" in the plural is a court actor word (actors.jsonl)."""

from __future__ import annotations

from conftest import actor_names


def test_a_court_as_the_passive_agent_blocked_the_platform(analyse):
    text = "Telegram has been blocked by a court in Moscow after the messenger declined to share its encryption keys, local media said on Friday."
    names = actor_names(analyse, text, "2018-04-13")
    assert any("court" in event for event in names)


def test_the_courts_in_the_plural_blocked_it(analyse):
    text = ("The telecoms regulator said on Monday that Telegram had been blocked by the courts after the app refused to remove posts. "
            "Users switched to VPNs within hours.")
    names = actor_names(analyse, text, "2019-04-15")
    assert any("courts" in event for event in names)
