"""The possessor of a cut told as a noun did it ("the regulator's suspension of X"), and a
court that rules on such a cut judges another's measure (linking/arguments.actor,
tells_doerless)."""

from __future__ import annotations

from conftest import actor_names


def test_the_possessor_of_a_suspension_is_its_actor(analyse):
    text = ("ACCRA — Critics said on Monday that the government's suspension of Telegram across Ghana "
            "hurt small traders who sell through the app.")
    names = actor_names(analyse, text, "2023-03-14")
    assert any(any("government" in name for name in event) for event in names)


def test_a_court_that_declares_anothers_suspension_unlawful_is_no_actor(analyse):
    text = ("ACCRA — A regional court on Tuesday declared that the government's suspension of Telegram "
            "across Ghana was unlawful.")
    names = actor_names(analyse, text, "2023-03-14")
    assert names and all(not any("court" in name.lower() for name in event) for event in names)


def test_a_possessor_keeps_the_words_of_its_name(analyse):
    text = ("ABUJA — Traders said on Monday that the Federal Government's suspension of Telegram across Nigeria "
            "had cost them customers.")
    names = actor_names(analyse, text, "2023-03-14")
    assert any("Federal Government" in event for event in names)
