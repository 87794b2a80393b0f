"""False alarms (issue 13): articles that share the vocabulary of a restriction but report
none (an outage an official comments on, a fault, a rumour, a family filter, a statement
about shutdowns in general, an order taken back) give no asserted event, while the
measures beside them still do. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest


def asserted(analyse, text: str) -> list[dict]:
    return [e for e in analyse(text, published="2025-03-04") if e["status"] == "asserted"]


def statuses(nlp, text: str) -> list[str]:
    return [t._.status for t in nlp(text).spans["cutoff_triggers"] if t.label_ != "LIFT"]


def test_an_outage_officials_comment_on_is_still_an_accident(analyse):
    text = ("A line of thunderstorms flattened trees across three counties on Sunday night, and towers ran on battery "
            "backup and generators until the batteries ran flat. Mobile internet in Clay County was cut for several hours "
            "overnight. The Federal Communications Commission asked carriers to report outages daily, and county officials "
            "urged residents to text rather than call.")
    assert asserted(analyse, text) == []


def test_fibre_cuts_are_damage_not_a_measure(analyse):
    text = ("Glo logged more than 900 fibre cuts in the quarter, most caused by road builders, which it said "
            "degraded service in parts of Lagos for hours.")
    assert asserted(analyse, text) == []


def test_a_rumour_the_parser_hangs_elsewhere_is_still_a_rumour(nlp):
    text = ("Engineers are working to bring the sites back, a PTA official said, after rumours spread online that the "
            "government had switched off the internet.")
    assert statuses(nlp, text) == ["negated"]


def test_nobody_losing_service_is_no_loss(nlp):
    assert statuses(nlp, "Nobody will lose their mobile service this month, the minister told reporters.") == ["negated"]


@pytest.mark.parametrize("text", [
    "The new router comes with a filter that blocks adverts and known malicious websites on every device at home.",
    "Their filters stopped millions of spam text messages last year, the carriers said.",
    "The family plan, aimed at homes with young children, lets parents choose which apps a child can use, set time limits for games, and switch off mobile data at night.",
])
def test_filters_and_family_controls_are_no_restrictions(analyse, text):
    assert asserted(analyse, text) == []


def test_a_statement_about_shutdowns_in_general_is_no_event(analyse):
    text = ("The report warned that internet restrictions, from total shutdowns to the blocking of single websites, "
            "remain a favoured tool of governments during elections and protests.")
    assert asserted(analyse, text) == []


def test_a_system_that_is_offline_is_a_fault(analyse):
    text = "Applicants queue for hours at the registration office only to hear that the system is offline again."
    assert asserted(analyse, text) == []


def test_messages_from_unregistered_senders_are_filtered_not_cut(analyse):
    text = "Under the new rules, telecom operators must block SMS messages from unregistered sender IDs from Monday."
    assert asserted(analyse, text) == []


def test_messages_from_abroad_are_still_barred(analyse):
    text = "On Monday the three carriers said they would stop text messages from abroad reaching children's phones."
    assert [e["restriction"] for e in asserted(analyse, text)] == ["international_barring"]


def test_an_order_taken_back_before_it_was_carried_out_is_no_measure(analyse):
    text = ("A judge in Lisbon on Tuesday withdrew his own order to block Signal in the country, two days after issuing it. "
            "The judge had ordered on Sunday that access to the messaging app be suspended during a fraud inquiry. "
            "Providers had taken no steps to carry it out.")
    assert asserted(analyse, text) == []


def test_an_order_carried_out_stays_a_measure(analyse):
    text = "A judge in Lisbon ordered on Sunday that access to Signal be suspended during a fraud inquiry, and providers complied."
    assert [e["platforms"] for e in asserted(analyse, text)] == [["signal"]]


def test_a_retired_3g_network_is_no_shutdown_however_the_tokenizer_splits_it(analyse):
    text = ("BELFAST - Vodafone has finished the switch-off of its 3G network across the UK, making it the second of the "
            "big operators to retire the technology, which first brought mobile internet to millions.")
    assert asserted(analyse, text) == []


def test_a_cut_internet_cable_is_damage_not_a_measure(analyse):
    text = ("A repair vessel started work on Monday in the Red Sea where an Internet cable was cut last week, the operator "
            "said, and the transport ministry said no ships had anchored near the spot.")
    assert asserted(analyse, text) == []


@pytest.mark.parametrize("text", [
    "Belarus slows and blocks messaging apps whenever crowds gather, a researcher at a rights group said.",
    "The regime cuts the internet every time students march, activists say.",
    "Whenever a state pulls the plug on the internet in some province, residents find other ways to stay in touch.",
])
def test_what_a_state_does_as_a_rule_is_no_event(analyse, text):
    assert asserted(analyse, text) == []


@pytest.mark.parametrize("text", [
    "Bluefin Mobile trimmed its prepaid range in March; scrapping three evening bundles reduced the number of plans on offer.",
    "Last year the watchdog limited the number of marketing calls to each customer to two a week.",
    "The merger has reduced the number of mobile networks in Denmark from four to three.",
])
def test_a_count_going_down_is_no_throttling(analyse, text):
    assert asserted(analyse, text) == []


def test_people_s_numbers_are_still_their_lines(analyse):
    text = "Police in Gilgit have been cutting off the mobile numbers of traders found with VPN apps since Monday."
    assert [e["restriction"] for e in asserted(analyse, text)] == ["subscriber_cutoff"]


@pytest.mark.parametrize("text", [
    "Under rules the regulator adopted on Tuesday, carriers must stop illegal calls as soon as they are told about them.",
    "The agency also adopted restrictions on spam calls to residential phones.",
    "The new order shields carriers that start network-based blocking of calls considered likely to be fraudulent.",
])
def test_stopping_a_kind_of_call_is_a_filter_not_a_cut(analyse, text):
    assert asserted(analyse, text) == []


def test_calls_from_abroad_stay_barred_beside_a_kind_of_call(analyse):
    text = "Since Monday the carriers have blocked all incoming international calls to stop scam calls."
    assert [e["restriction"] for e in asserted(analyse, text)] == ["international_barring"]


@pytest.mark.parametrize("text", [
    "Twitter has permanently suspended the account of a popular rapper after he posted threats against a rival.",
    "Google said on Tuesday that it stopped 90,000 apps from being published on its Play Store last year.",
    "Twitter says the rapper's account is now permanently suspended after he broke its rules again and again.",
])
def test_a_platform_moderating_its_own_store_or_users_is_no_block(analyse, text):
    assert asserted(analyse, text) == []


def test_a_platform_that_will_not_load_is_still_blocked(analyse):
    text = "Since Monday morning, users in Almaty have complained that WhatsApp and Signal will not load on mobile networks."
    assert [e["restriction"] for e in asserted(analyse, text)] == ["service_block"]
