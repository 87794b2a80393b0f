"""A way back told with the measure named back by a participle ("a hotline stays open for
the blocked SIMs") adds to the measure the article reported, not to an event of its own
(`linking/named_back.py`); a measure told again with its own verb is still one of its own."""

from __future__ import annotations


def asserted(analyse, text: str, published: str = "2015-04-14") -> list[dict]:
    return [e for e in analyse(text, published=published) if e["status"] == "asserted"]


def test_a_hotline_for_the_blocked_sims_is_the_way_back_from_the_reported_block(analyse):
    text = ("Jazz blocked two million unverified SIMs across Pakistan on Sunday after the deadline passed. "
            "Owners can call the customer service hotline, which stays open for the blocked SIMs during the next three months.")
    events = asserted(analyse, text)
    assert [(e["restriction"], e["remedies"]) for e in events] == [("subscriber_cutoff", ["carrier_contact"])]


def test_a_second_block_told_with_its_own_verb_stays_an_event(analyse):
    text = ("Jazz blocked two million unverified SIMs across Pakistan on Sunday after the deadline passed. "
            "On Tuesday Zong blocked another 500,000 SIMs in Sindh, and owners must visit a franchise to restore them.")
    assert len(asserted(analyse, text)) == 2
