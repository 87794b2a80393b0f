"""A cut reported only as a measurement (issue 13, helper k)."""

from __future__ import annotations

from conftest import asserted


def test_connectivity_falling_to_a_few_percent_is_a_cut(analyse):
    events = asserted(analyse("National connectivity in Gabon plunged to 9% on Saturday evening, hours after polls closed."))
    assert [(e["country"], e["restriction"], e["services"]) for e in events] == [("GA", "network_shutdown", ["internet"])]


def test_a_share_of_ordinary_levels_is_a_cut(analyse):
    events = asserted(analyse("Connectivity in Sudan was at 2% of ordinary levels on Monday, the monitor said."))
    assert [e["country"] for e in events] == ["SD"]


def test_use_or_market_share_falling_is_no_cut(analyse):
    assert not analyse("Mobile internet use in Kenya fell to 40 percent of adults in 2021, a survey found.")
    assert not analyse("Safaricom's share of the mobile data market fell to 60 percent in Kenya last year.")


def test_speeds_falling_are_not_read_as_a_cut(analyse):
    assert not analyse("On Thursday median download speeds in the town of Aligarh fell to under 2% of the week before.")
