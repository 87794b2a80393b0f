"""A negation on a noun that asks what lies behind the cut ("gave no explanation for the
shutdown", "offered no reason for the block") does not deny the cut: the noun presupposes
it, as a factive verb does (event_rules factive_words, status.negation_reach)."""

from __future__ import annotations

from conftest import asserted


def test_no_explanation_for_the_shutdown_still_asserts_it(analyse):
    text = "Chad's government gave no explanation for the nationwide mobile internet shutdown that began on Tuesday, residents of N'Djamena said."
    events = analyse(text, published="2022-10-21")
    assert asserted(events) and not [e for e in events if e["status"] == "negated"]


def test_a_plain_denial_is_still_negated(analyse):
    text = "Chad's government said there was no shutdown of mobile internet on Tuesday, and blamed a damaged cable."
    events = analyse(text, published="2022-10-21")
    assert [e for e in events if e["status"] == "negated"]
