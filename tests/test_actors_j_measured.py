"""A carrier named only as the network an outage was seen for is no actor; one the article
says cut the service itself is, and so is one whose subscribers got word of the cut from it
(event_rules observation_preps, linking/arguments.py, linking/orders.py notified)."""

from __future__ import annotations

from conftest import actor_names


def actors_of(analyse, text: str) -> list[list[str]]:
    return actor_names(analyse, text, published="2024-03-20")


def test_a_carrier_outages_were_reported_for_is_no_actor(analyse):
    text = "Mobile internet was cut across Iran on Wednesday, with monitors reporting outages for Irancell."
    assert actors_of(analyse, text) == [[]]


def test_a_carrier_the_article_says_cut_the_service_stays_an_actor(analyse):
    text = ("Mobile internet was cut across Iran on Wednesday, with monitors reporting outages for Irancell. "
            "Irancell cut its mobile data on an order from the security council.")
    assert any("Irancell" in actors for actors in actors_of(analyse, text))


def test_carriers_whose_subscribers_got_word_of_the_cut_are_actors(analyse):
    text = ("Mobile data was cut across Sudan early on Monday. "
            "Subscribers of Zain Sudan and MTN Sudan received messages saying that mobile data had been suspended.")
    assert any({"Zain Sudan", "MTN Sudan"} <= set(actors) for actors in actors_of(analyse, text))
