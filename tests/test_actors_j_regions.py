"""A sentence without a trigger that names the region of one of several measures just told
adds to that measure, not to the last one listed, and a VPN to a block, not to a blackout;
a measure that names no place after a list of regions was imposed by its actors in each
(linking/discourse.py context_target, share_actors)."""

from __future__ import annotations


def test_an_order_sentence_naming_the_first_region_of_a_list_goes_to_its_measure(analyse):
    text = ("Mobile internet was suspended in Aligarh in Uttar Pradesh and in Malda in West Bengal on Monday. "
            "The order in Aligarh was issued by the district magistrate.")
    events = {e["province_code"]: e for e in analyse(text, published="2024-03-20") if e["status"] == "asserted"}
    assert [a["name"] for a in events["IN-UP"]["actors"]] == ["district magistrate"]
    assert events["IN-WB"]["actors"] == []


def test_a_sentence_naming_no_region_still_goes_to_the_latest_measure(analyse):
    text = ("Mobile internet was suspended in Aligarh in Uttar Pradesh and in Malda in West Bengal on Monday. "
            "Residents said they had turned to VPNs.")
    events = {e["province_code"]: e for e in analyse(text, published="2024-03-20") if e["status"] == "asserted"}
    assert (events["IN-UP"]["remedies"], events["IN-WB"]["remedies"]) == ([], ["circumvention"])


def test_vpns_get_round_the_platform_block_not_a_later_regional_blackout(analyse):
    text = ("Telegram was blocked across Iran on Monday. "
            "Mobile internet was also switched off in Kurdistan province on Tuesday. "
            "Many users reached Telegram through VPN apps.")
    events = {e["province_code"]: e for e in analyse(text, published="2024-03-20") if e["status"] == "asserted"}
    assert (events[None]["remedies"], events["IR-12"]["remedies"]) == (["circumvention"], [])


def test_who_cut_a_measure_listed_for_two_regions_cut_it_in_both(analyse):
    text = ("Internet access was lost in Chin State and in Rakhine State on Friday, residents said. "
            "Telenor said it had suspended internet services in the two states on a ministry order.")
    events = {e["province_code"]: e for e in analyse(text, published="2024-03-20") if e["status"] == "asserted"}
    # the ministry whose order it was is credited beside the carrier (orders.order_on_the_cut), as coders list it
    assert [a["name"] for a in events["MM-14"]["actors"]] == [a["name"] for a in events["MM-16"]["actors"]] == ["Telenor", "ministry"]


def test_a_placeless_measure_after_one_region_adds_to_no_other(analyse):
    text = ("Internet access was lost in Chin State on Friday, residents said. Mobile data was also cut in Rakhine State on Monday. "
            "Telenor said it had suspended internet services there on a ministry order.")
    events = {e["province_code"]: e for e in analyse(text, published="2024-03-20") if e["status"] == "asserted"}
    assert events["MM-14"]["actors"] == []
