"""People named by where they live are an area's population: a phone cut they saw is the
area's network (`voice_calls`), not a subscriber cut-off of their lines (spec 4.1-4.2;
`linking/targeted.of_an_area`)."""

from pipeline.components.linking.targeted import of_an_area
from tests.conftest import asserted


def cuts(analyse, text: str) -> list[tuple[str, list[str]]]:
    return [(e["restriction"], e["services"]) for e in asserted(analyse(text, "2021-03-10"))]


def test_residents_of_townships_who_saw_phones_cut(analyse):
    text = "Residents of six townships in the Magway region saw landline and mobile phone services cut off on March 2."
    assert cuts(analyse, text) == [("network_shutdown", ["voice_calls"])]


def test_users_in_a_country_are_its_population(read):
    doc, ctx = read("Subscribers in Ruritania were furious after the service for mobile phones was switched off on Monday morning.")
    assert of_an_area(doc[0], ctx.rules)


def test_users_a_clause_singles_out_keep_a_cut_off(analyse):
    text = "Users in Xinjiang who installed VPNs had their phone service cut off on Monday."
    assert cuts(analyse, text) == [("subscriber_cutoff", ["mobile_service"])]
