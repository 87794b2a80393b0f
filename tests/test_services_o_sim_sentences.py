"""A SIM measure told over several sentences is one subscriber cut-off (spec 4.1): lines
said to face restrictions, then the calls and data those lines lose, with no place of
their own, are that cut-off's mobile service, not an area's network shutdown."""

from __future__ import annotations

from tests.conftest import asserted

LEAD = "Unverified SIM cards will from Monday, March 6 face restrictions on services from their operators. "


def test_calls_and_data_told_after_the_lines_are_their_mobile_service(analyse):
    text = LEAD + "The notice was issued by the Zambia Information and Communications Technology Authority. Outgoing calls and data will be barred for two days at a time."
    events = asserted(analyse(text, published="2023-03-06"))
    assert [(e["restriction"], e["services"]) for e in events] == [("subscriber_cutoff", ["mobile_service"])]


def test_a_cut_with_a_place_of_its_own_stays_an_area_shutdown(analyse):
    text = LEAD + "Separately, mobile internet was cut in Kitwe on Tuesday after riots."
    kinds = sorted(e["restriction"] for e in asserted(analyse(text, published="2023-03-08")))
    assert kinds == ["network_shutdown", "subscriber_cutoff"]
