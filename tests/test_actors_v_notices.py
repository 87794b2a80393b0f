"""Doers a coder reads from how the cut was made known or judged: a carrier named only as the
sender or audience of the message that told the cut (notices.in_its_message); a body written
as the modifier of the order the cut hangs on, "on government orders"
(orders.order_on_the_cut); a court that only takes up a petition is no actor
(actor_rules court_procedure_nouns); the one blamed "for suspending" the service did it, not
who blames it (reproach.py); "authorities" however loosely qualified are one actor
(actors.identity)."""

from __future__ import annotations

from conftest import actor_names


def test_a_carrier_whose_users_heard_the_recorded_message_is_an_actor(analyse):
    text = ("Mobile internet was cut across Balochistan on Sunday. "
            "Callers on Zong heard a recorded message saying that data services had been suspended on the orders of the government.")
    names = actor_names(analyse, text, "2023-05-10")
    assert any("Zong" in event for event in names)


def test_a_carrier_that_sent_the_sms_is_an_actor(analyse):
    text = ("Mobile data was switched off across Punjab on Sunday. "
            "An SMS sent by Telenor to its customers said data services would stay suspended until Monday.")
    names = actor_names(analyse, text, "2023-05-10")
    assert any("Telenor" in event for event in names)


def test_the_government_whose_orders_the_cut_was_made_on_is_an_actor(analyse):
    text = "Facebook was blocked across Sri Lanka on Monday under a government order."
    names = actor_names(analyse, text, "2023-05-10")
    assert any(any("government" in n.lower() for n in event) for event in names)


def test_a_court_that_takes_up_a_petition_is_no_actor(analyse):
    text = "Mobile internet stayed suspended in Manipur on Monday as the High Court took up the petition against the ban."
    names = actor_names(analyse, text, "2023-05-10")
    assert all(not any("Court" in n for n in event) for event in names)


def test_the_one_blamed_for_the_cut_did_it_not_the_one_who_blames(analyse):
    text = ("Internet access came back in Rajasthan on Friday after the High Court rebuked the Gehlot government "
            "for suspending internet services during a recruitment test.")
    names = actor_names(analyse, text, "2023-05-10")
    assert any(any("government" in n for n in event) for event in names)
    assert all(not any("Court" in n for n in event) for event in names)


def test_authorities_loosely_qualified_are_one_actor(analyse):
    """The order rules now read both "authorities" and "government authorities" here: one body."""
    text = ("Jio has cut voice and data services in parts of Lucknow. "
            "\"As per instructions from govt. authorities, voice and data services are suspended in your area,\" Jio told a user. "
            "\"We are complying with instructions received from government authorities,\" Jio said.")
    names = actor_names(analyse, text, "2019-12-19")
    assert names and all(sum(n.lower().endswith("authorities") for n in event) <= 1 for event in names)
