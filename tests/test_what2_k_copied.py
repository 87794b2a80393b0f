"""A measure copied by another body (helper what2): "B did the same" or "B followed suit"
after "A blocked X" is B's own block of X, not a second actor of A's."""

from __future__ import annotations

from conftest import asserted


def by_actor(analyse, text):
    return sorted(([a["name"] for a in e["actors"]], e["platforms"]) for e in asserted(analyse(text)))


def test_another_carrier_doing_the_same_is_its_own_block(analyse):
    text = "Safaricom blocked Telegram in Kenya on Monday. Airtel did the same."
    assert by_actor(analyse, text) == [(["Airtel"], ["telegram"]), (["Safaricom"], ["telegram"])]


def test_another_carrier_following_suit_is_its_own_block(analyse):
    text = "MTN blocked WhatsApp in Uganda on Monday. Airtel followed suit."
    assert by_actor(analyse, text) == [(["Airtel"], ["whatsapp"]), (["MTN"], ["whatsapp"])]


def test_the_same_body_doing_it_again_stays_one_measure(analyse):
    text = "Kenya's regulator blocked Telegram on Monday. The same ban was ordered by the regulator for Signal."
    assert len(asserted(analyse(text))) == 1
