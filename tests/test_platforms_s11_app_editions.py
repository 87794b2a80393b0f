"""An app's web edition or the carriers of traffic are no internet cut: "web" before
"version" or "client", and "internet" in "internet service providers", name a part of the
blocked platform and who carries the traffic (service_senses.an_edition); "its web
version" is the platform named just before (app_anaphors._its_edition)."""

from __future__ import annotations

from conftest import asserted


def test_carriers_told_to_block_an_app_make_no_internet_cut(analyse):
    text = "The regulator told internet service providers in Kazakhstan to block the messenger Signal on Tuesday."
    events = asserted(analyse(text, published="2022-01-06"))
    assert events and all("internet" not in e["services"] for e in events)
    assert any(e["platforms"] == ["signal"] for e in events)


def test_the_web_version_of_a_blocked_app_is_the_app(analyse):
    text = "Kenya's regulator blocked Telegram on Monday, cutting off its web and desktop versions as well."
    events = asserted(analyse(text, published="2025-06-25"))
    assert events and all(e["restriction"] == "service_block" and "internet" not in e["services"] for e in events)
    assert all(e["platforms"] == ["telegram"] for e in events)


def test_a_web_client_is_no_internet(analyse):
    text = "Providers in Iran blocked the web client of WhatsApp on Friday, users said."
    events = asserted(analyse(text, published="2022-09-24"))
    assert all("internet" not in e["services"] for e in events)


def test_the_web_on_its_own_is_still_the_internet(analyse):
    (event,) = asserted(analyse("Authorities cut the web across Iran on Friday.", published="2022-09-24"))
    assert event["services"] == ["internet"]
