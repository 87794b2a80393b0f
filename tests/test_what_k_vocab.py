"""Services and remedies read from SIM wording (issue 13, helper k)."""

from __future__ import annotations

from conftest import asserted


def test_sims_kept_from_calling_are_no_way_around_the_block(analyse):
    events = asserted(analyse("On Monday the regulator told every carrier to stop unlinked SIMs from making calls until their owners tie them to a national ID."))
    assert events and all("circumvention" not in e["remedies"] for e in events)


def test_sim_cards_bought_abroad_are_a_way_around_the_cut(analyse):
    events = asserted(analyse("Mobile internet in Shan state was cut on Monday; villagers near the border stayed online with SIM cards from Thailand."))
    assert any("circumvention" in e["remedies"] for e in events)


def test_sim_cards_spelt_out_are_subscribers_lines(analyse):
    text = ("Following the cut-off of Subscriber Identification Module (SIM) cards that carriers say were never registered, the "
            "Ghanaian telecommunications regulatory authority said on Monday that only owners who register properly would be reconnected.")
    events = asserted(analyse(text))
    assert [e["restriction"] for e in events] == ["subscriber_cutoff"]
    assert events[0]["services"] == ["mobile_service"]


def test_calls_barred_on_particular_lines_are_those_lines(analyse):
    text = ("Since Monday the SIM cards of owners who never linked them to a national ID have been barred from outgoing calls by "
            "the three carriers in Ghana, the regulator said.")
    events = asserted(analyse(text))
    assert [(e["restriction"], e["services"]) for e in events] == [("subscriber_cutoff", ["mobile_service"])]


def test_a_network_other_services_run_on_is_not_cut_itself(analyse):
    text = "Mobile data, bulk SMS and every hotspot service offered over mobile networks in Punjab have been suspended until Sunday."
    events = asserted(analyse(text))
    assert events and all("voice_calls" not in e["services"] for e in events)
