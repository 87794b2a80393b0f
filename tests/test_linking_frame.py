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


def test_one_stated_cause_is_enough_when_nothing_is_deliberate(analyse):
    text = ("Customers of Pinecrest Mobile could not get online for most of Saturday. The blackout of 4G services began "
            "before dawn and lasted nine hours. The company later said a software fault at a supplier was to blame.")
    assert asserted(analyse, text) == []


def test_a_conduit_cut_is_damage_not_a_service(analyse):
    text = ("Thousands of subscribers of Lakeview Telecom were left without mobile data on Sunday. The operator blamed "
            "two fibre link cuts near Eldoret for the outage.")
    assert asserted(analyse, text) == []


def test_officials_who_only_speak_do_not_make_an_accident_deliberate(analyse):
    text = ("Two subsea cables off the coast of Mauritania were damaged by a ship's anchor last week, officials said on "
            "Monday. Mobile internet in Nouakchott was cut for most of Friday. The telecoms ministry said repairs would "
            "take a month, and the regulator told reporters that traffic had been rerouted.")
    assert asserted(analyse, text) == []


def test_an_order_word_inside_a_name_is_no_order(analyse):
    text = ("Mobile internet in Djibouti was cut for most of Friday. A fault at a landing station was to blame, "
            "the US Africa Command said in a note to ships.")
    assert asserted(analyse, text) == []


def test_a_phone_line_cut_by_police_stays_a_measure(analyse):
    text = "Police in Srinagar cut the phone lines of separatist leaders on Monday, a day before the march."
    assert asserted(analyse, text) != []


def test_a_state_body_that_only_tells_of_the_damage_does_not_make_it_a_measure(analyse):
    text = ("A mudslide on the coast of Palmera Island tore through the main fibre cable on Friday, and a cyclone "
            "brought down two towers. The island's government said in a statement on Sunday that phone and internet "
            "links with the outside world were severed because of the damage to the cable.")
    assert asserted(analyse, text) == []
    ordered = text + " On Monday the ministry ordered the operator to block Facebook, citing rumours about the storm."
    assert "service_block" in [e["restriction"] for e in asserted(analyse, ordered)]
