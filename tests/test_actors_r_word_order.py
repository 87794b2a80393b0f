"""One body named both ways round ("the Ministry of Interior" and "the interior ministry")
is one actor, as a bracketed short name and its full name are (linking/actors.identity)."""

from __future__ import annotations

from conftest import actor_names


def test_a_ministry_named_both_ways_round_is_one_actor(analyse):
    text = ("Mobile data was suspended across Pakistan on Thursday on the orders of the interior ministry. "
            "The regulator said it had acted on a letter from the Ministry of Interior telling it to suspend mobile data.")
    names = actor_names(analyse, text, "2024-02-09")
    assert names
    for event in names:
        ministries = [n for n in event if "ministry" in n.lower()]
        assert len(ministries) <= 1, event


def test_a_bracketed_short_name_still_is_its_body(analyse):
    text = ("Internet was suspended in Nirmal district of Telangana on Monday. "
            "The Department of Telecommunications (DoT) had issued the orders, and the DoT said it had ordered the suspension.")
    names = actor_names(analyse, text, "2020-01-14")
    assert names and all("DoT" not in event for event in names)
