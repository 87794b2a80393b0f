"""A way back told with a mention that names no kind of measure and nothing cut (carriers
saying they will cut off scam numbers) belongs to the measure the article goes on to tell in
the same country (linking/threatened_remedies.vague)."""

from __future__ import annotations


def remedies_of(analyse, text: str) -> list[list[str]]:
    return [sorted(e["remedies"]) for e in analyse(text, published="2023-03-08") if e["status"] == "asserted"]


def test_a_way_back_told_before_the_measure_goes_to_it(analyse):
    text = ("Two carriers in Thailand said on Tuesday they would work with the police to stop phone scams by cutting off "
            "service to numbers that make unusually many calls. Genuine customers can contact their helpdesks or "
            "customer service kiosks for identity checks and reconnection. The regulator ordered both carriers to "
            "suspend prepaid numbers making more than 200 calls a day from March 1.")
    assert remedies_of(analyse, text) == [["carrier_contact", "id_verification"]]
