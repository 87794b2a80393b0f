"""False alarms (noevent5): a measure that only follows from a condition, an app banned on
handsets, a platform putting someone off itself, and an outage whose cause is a hack with
the police only called in give no asserted event, while real measures told the same way
still do. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest


def asserted(analyse, text: str) -> list[dict]:
    return [e for e in analyse(text, published="2024-06-11") if e["status"] == "asserted"]


def statuses(nlp, text: str) -> list[str]:
    return [t._.status for t in nlp(text).spans["cutoff_triggers"] if t.label_ != "LIFT"]


@pytest.mark.parametrize("text", [
    "Unless the ministry grants an exemption by Friday, the streaming app will be switched off for all users in Peru.",
    "Mobile data in the province will be suspended if the protests spread to the capital, the governor warned.",
    "Anyone who skips the new registration step by the end of July will have their SIM card deactivated, the regulator warned.",
])
def test_a_measure_that_follows_from_a_condition_is_hypothetical(nlp, text):
    assert "asserted" not in statuses(nlp, text)


def test_a_measure_after_a_past_condition_stays_asserted(nlp):
    text = "Even if the court had objected, the authorities cut mobile internet in Quetta on Monday."
    assert statuses(nlp, text) == ["asserted"]


@pytest.mark.parametrize("text", [
    "Since March the carrier in Hainan blocks calls from abroad unless the subscriber opts in through its app.",
    "Users in Almaty say messaging apps will not load tonight, though other sites still open, if slowly.",
])
def test_a_measure_in_force_with_a_way_out_stays_asserted(nlp, text):
    assert statuses(nlp, text) == ["asserted"]


def test_a_deadline_for_a_cutoff_is_no_cutoff_yet(analyse):
    text = ("The telecom regulator in Lusaka has pushed back the deadline for the deactivation of unregistered SIM cards "
            "by two months, citing long queues at registration centres.")
    assert asserted(analyse, text) == []


@pytest.mark.parametrize("text", [
    "Canada and Denmark have banned Telegram on civil servants' phones over security worries.",
    "The ministry said it was banning the chat app from government devices with immediate effect.",
])
def test_an_app_banned_on_handsets_is_no_block(analyse, text):
    assert asserted(analyse, text) == []


def test_an_app_banned_in_a_country_is_still_a_block(analyse):
    text = "Nepal's government banned TikTok across the country on Monday, citing social harmony."
    assert [e["platforms"] for e in asserted(analyse, text)] == [["tiktok"]]


def test_someone_banned_from_a_platform_is_moderation(analyse):
    text = "The company said the marketing agency and its partners are now banned from Instagram for faking thousands of reviews."
    assert asserted(analyse, text) == []


def test_a_people_barred_from_a_platform_is_still_a_block(analyse):
    text = "Iranians were barred from Instagram on Wednesday after the communications ministry ordered the app blocked."
    assert [e["platforms"] for e in asserted(analyse, text)] == [["instagram"]]


def test_a_hacked_carrier_that_called_in_the_police_reports_an_outage(analyse):
    text = ("The carrier suspended mobile internet and SMS in three Ohio counties on Monday. It said a cyberattack on "
            "its core network had forced the step, after first citing a technical problem. The carrier engaged federal "
            "authorities, including the FBI, to help restore service, and the state Department of Commerce has received "
            "dozens of complaints, the chief executive wrote in a letter to customers.")
    assert asserted(analyse, text) == []


def test_users_unable_to_reach_an_app_after_a_block_is_still_the_block(analyse):
    text = ("Authorities in Uzbekistan blocked WhatsApp on Tuesday. Users in Tashkent said they could not use WhatsApp "
            "without a VPN.")
    assert [e["platforms"] for e in asserted(analyse, text)] == [["whatsapp"]]
