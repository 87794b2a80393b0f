"""A carrier named only as the network an outage was seen for is no actor; one the article
says cut the service itself is (event_rules observation_preps, linking/arguments.py)."""

from __future__ import annotations


def actors_of(analyse, text: str) -> list[list[str]]:
    return [[a["name"] for a in e["actors"]] for e in analyse(text, published="2024-03-20") if e["status"] == "asserted"]


def test_a_carrier_outages_were_reported_for_is_no_actor(analyse):
    text = "Mobile internet was cut across Iran on Wednesday, with monitors reporting outages for Irancell."
    assert actors_of(analyse, text) == [[]]


def test_a_carrier_the_article_says_cut_the_service_stays_an_actor(analyse):
    text = ("Mobile internet was cut across Iran on Wednesday, with monitors reporting outages for Irancell. "
            "Irancell cut its mobile data on an order from the security council.")
    assert any("Irancell" in actors for actors in actors_of(analyse, text))
