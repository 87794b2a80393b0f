"""Status of triggers under a denied reluctance or a "without" clause (issue 13, helper k)."""

from __future__ import annotations

from conftest import asserted


def test_a_denied_hesitation_asserts_the_cut(analyse):
    events = asserted(analyse("On Monday the government of Pakistan did not hesitate to shut down mobile internet in Lahore."))
    assert [e["services"] for e in events] == [["mobile_internet"]]


def test_a_readiness_never_denied_is_no_measure(analyse):
    assert not analyse("Since the unrest began, the government of Pakistan has not hesitated to shut down mobile internet in Lahore during protests.")


def test_not_refraining_from_a_block_is_doing_it(analyse):
    events = asserted(analyse("The government of Pakistan did not refrain from blocking YouTube in Lahore on Monday."))
    assert [e["platforms"] for e in events] == [["youtube"]]


def test_a_plain_negation_still_denies(analyse):
    assert not asserted(analyse("The government of Pakistan did not shut down mobile internet in Lahore on Monday."))


def test_what_a_slowdown_spares_with_without_is_not_slowed(analyse):
    events = asserted(analyse("The regulator said on Wednesday it had slowed down Twitter in Russia, without limiting text messages."))
    assert [e["services"] for e in events] == [["platform"]]


def test_a_block_spoken_of_as_a_possibility_or_threat_is_not_done(analyse):
    assert not asserted(analyse("The minister recalled that during the last vote there was a possibility of blocking Telegram in Brazil."))
    assert not asserted(analyse("The threat of an internet shutdown in Kenya loomed on Monday as the count went on."))


def test_a_cut_citing_a_threat_is_still_done(analyse):
    assert asserted(analyse("Kenya cut the internet on Monday, citing the threat of unrest."))
