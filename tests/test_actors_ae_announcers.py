"""A titled person who announces, declares or confirms a cut told without a doer ("Minister X
announced that access would be suspended") made it known for the state and is credited;
one who only says or explains it comments (arguments.actor, `announces`)."""

from __future__ import annotations

from conftest import actor_names


def test_a_minister_announcing_a_doerless_suspension_is_its_actor(analyse):
    text = ("Digital Affairs Minister Paulin Ekomi announced on state radio on Sunday night that access "
            "to the internet would be suspended across Congo until further notice.")
    names = actor_names(analyse, text, "2024-03-11")
    assert any(any("Paulin Ekomi" in name for name in event) for event in names)


def test_a_president_only_saying_apps_were_switched_off_is_no_actor(analyse):
    text = "President Denis Okello said on Tuesday that Facebook and Twitter were switched off in Kenya."
    names = actor_names(analyse, text, "2024-03-13")
    assert names and all(not any("Okello" in name for name in event) for event in names)
