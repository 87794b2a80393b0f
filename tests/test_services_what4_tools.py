"""VPN blocks (spec 4.2, 4.3): a relative clause that says what a VPN can do is no remedy
anyone used; people who got around a block with one still did."""

from __future__ import annotations

from tests.conftest import asserted


def remedies(analyse, text: str) -> list[list[str]]:
    return [e["remedies"] for e in asserted(analyse(text, published="2023-03-15"))]


def test_what_a_vpn_can_do_is_no_remedy(analyse):
    text = "Since then, VPNs, which are tools that can get around online censorship, have been blocked in Belarus, researchers said on Monday."
    assert remedies(analyse, text) == [[]]


def test_people_who_got_around_a_block_still_used_a_remedy(analyse):
    assert remedies(analyse, "Belarus blocked Signal on Monday, but many users got around the block by using VPNs.") == [["circumvention"]]
    assert remedies(analyse, "Belarus blocked VPNs on Monday, which people had used to get around the block on Signal.") == [["circumvention"]]
