"""A way back told with the measure only threatened or wished away is the way back from the
measure of that kind in force in that place (linking/threatened_remedies.py)."""

from __future__ import annotations


def remedies_by_status(analyse, text: str) -> dict[str, list[str]]:
    return {e["status"]: e["remedies"] for e in analyse(text, published="2022-02-14")}


def test_a_block_lifted_only_if_the_platform_registers_has_registration_as_way_back(analyse):
    text = ("The regulator blocked TikTok across Pakistan on Sunday. "
            "Officials say the TikTok ban will be lifted only if the company registers with the regulator.")
    assert remedies_by_status(analyse, text)["asserted"] == ["registration"]


def test_a_way_back_from_another_kind_of_measure_stays_with_it(analyse):
    text = ("The regulator blocked TikTok across Pakistan on Sunday. "
            "Officials warned that mobile data could be cut in Karachi unless residents register their phones.")
    assert remedies_by_status(analyse, text)["asserted"] == []


def test_a_vpn_told_with_a_feared_blackout_is_not_handed_to_a_shutdown(analyse):
    text = ("Mobile data was cut across Pakistan on Tuesday. "
            "Users fear the whole internet could be shut down next, and many are getting around it with a VPN.")
    assert "circumvention" not in remedies_by_status(analyse, text)["asserted"]
