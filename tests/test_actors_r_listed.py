"""A sentence that says who ordered the cuts, with no place of its own, after a sentence that
listed cuts region by region, speaks of every region listed, not only the last
(linking/shared_actors.listed_with, discourse.absorbed)."""

from __future__ import annotations

from conftest import asserted


def test_the_order_told_after_a_list_of_regions_is_each_regions(analyse):
    text = ("Mobile internet has been off in Kachin State since July 2, while access in Chin State and "
            "Sagaing Region was blocked on Tuesday. "
            "A recorded message told callers that the cuts were made on the instruction of the Ministry of "
            "Transport and Communications.")
    events = asserted(analyse(text, published="2021-09-17"))
    regions = {e["province_code"] for e in events}
    assert {"MM-11", "MM-14", "MM-01"} <= regions
    for e in events:
        assert "Ministry of Transport and Communications" in [a["name"] for a in e["actors"]], e["province_code"]
