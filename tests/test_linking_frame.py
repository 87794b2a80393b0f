"""The article frame (linking/frame.py): an article about an accident reports outages, not
restrictions, unless a deliberate actor is named with the cut."""

from __future__ import annotations


def asserted(analyse, text: str) -> list[dict]:
    return [e for e in analyse(text, published="2025-06-18") if e["status"] == "asserted"]


def test_an_outage_after_a_storm_is_no_restriction(analyse):
    text = ("Thousands of people across central Nebraska were still without mobile phone service on Wednesday, a day after "
            "violent thunderstorms tore through the region. Carriers said most sites that went quiet had lost mains power "
            "and then run through their battery backup. Some towers had gone dark after their batteries ran out.")
    assert asserted(analyse, text) == []


def test_a_cut_ordered_by_an_authority_stays_an_event_in_a_stormy_article(analyse):
    text = ("Heavy storms and floods hit the province last week, and generators kept some towers alive. "
            "On Monday the interior ministry ordered carriers to suspend mobile internet in Balochistan, citing security.")
    events = asserted(analyse, text)
    assert [e["province_code"] for e in events] == ["PK-BA"]


def test_people_blocking_for_themselves_and_retired_networks_are_no_restrictions(analyse):
    assert asserted(analyse, "Customers in India can choose to block such calls through their carrier's app.") == []
    assert asserted(analyse, "LONDON - O2 has completed the switch-off of its 3G network across the UK, retiring the technology.") == []
    assert asserted(analyse, "Mobile phones were banned from classrooms in Dutch schools last year.") == []
