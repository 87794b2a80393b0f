"""SIMs in the plural are particular subscribers' lines as "a SIM" is (event_rules.json
`individual_line_words`): their deactivation is a subscriber cut-off with the way back told
after it, not an area's phone network switched off."""

from __future__ import annotations


def asserted(analyse, text: str) -> list[dict]:
    return [e for e in analyse(text, published="2023-03-08") if e["status"] == "asserted"]


def test_deactivation_of_unverified_sims_is_a_subscriber_cutoff(analyse):
    text = ("Deactivation of unverified SIMs began across Bangladesh on Monday. "
            "Owners can activate them again after they re-register at a kiosk.")
    (event,) = asserted(analyse, text)
    assert (event["restriction"], event["services"], event["remedies"]) == ("subscriber_cutoff", ["mobile_service"], ["registration"])


def test_a_regions_phone_network_switched_off_stays_a_shutdown(analyse):
    text = "Authorities switched off the mobile phone network across Rakhine on Monday."
    (event,) = asserted(analyse, text)
    assert event["restriction"] == "network_shutdown"
