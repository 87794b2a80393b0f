"""A court is an actor only where it blocks or cuts: one that hears a petition, issues
notices or directs a committee in a sentence naming no cut is none, and is not credited
with a measure the article leaves unattributed (linking/arguments.py actor,
linking/actors.py article_agents)."""

from __future__ import annotations

from conftest import actor_names


def actors_of(analyse, text: str) -> list[list[str]]:
    return actor_names(analyse, text, published="2024-03-20")


def test_a_court_issuing_notices_on_a_petition_is_no_actor(analyse):
    text = ("Mobile internet was suspended across Balochistan on Sunday. "
            "Lawyers filed a petition in the Balochistan High Court on Monday, and the court issued notices to the provincial government.")
    assert actors_of(analyse, text) == [[]]


def test_a_court_directing_a_review_is_not_credited_with_an_unattributed_cut(analyse):
    text = ("All internet services were snapped in Kashmir on August 4. "
            "The Supreme Court of India on Monday directed the government to form a committee to review the petitions.")
    assert actors_of(analyse, text) == [[]]


def test_a_court_that_ordered_the_block_stays_an_actor(analyse):
    text = "A district court in Moscow blocked Telegram across Russia on Friday."
    assert any(any("court" in a.lower() for a in actors) for actors in actors_of(analyse, text))
