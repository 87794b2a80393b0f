"""What a block reaches (helper k, second round): apps people are kept from using, services
a measure is said not to affect, access limited rather than slowed, and "one" as a number."""

from __future__ import annotations

from conftest import asserted


def test_apps_users_are_kept_from_using_are_the_blocked_platforms(analyse):
    text = "Signal, Telegram and Viber users in Kenya have been barred from using the apps by the authorities since Monday."
    events = asserted(analyse(text))
    assert [(e["restriction"], e["platforms"]) for e in events] == [("service_block", ["signal", "telegram", "viber"])]


def test_an_app_people_are_blocked_from_reaching_is_blocked(analyse):
    events = asserted(analyse("Residents of Mombasa were blocked from accessing Telegram on Monday, the Kenyan regulator said."))
    assert [e["platforms"] for e in events] == [["telegram"]]


def test_an_app_whose_users_lost_their_lines_is_not_blocked_itself(analyse):
    events = asserted(analyse("Subscribers in Kenya who used WhatsApp had their lines suspended by the police on Monday."))
    assert events and all(e["platforms"] == [] for e in events)


def test_numbers_some_senders_are_kept_from_using_are_no_block(analyse):
    text = "The regulator ordered carriers in India to stop unlicensed telemarketers from using ordinary mobile numbers for sales calls."
    assert asserted(analyse(text)) == []


def test_a_service_the_measure_does_not_affect_is_not_cut(analyse):
    events = asserted(analyse("According to local reports, the suspension only affects mobile data and does not affect home broadband in Kenya."))
    assert [e["services"] for e in events] == [["mobile_internet"]]


def test_a_service_the_order_does_not_cover_is_not_added(analyse):
    text = "The authorities in Kenya suspended mobile data on Monday. The order also covers bulk SMS but does not cover home broadband."
    events = asserted(analyse(text))
    assert [e["services"] for e in events] == [["mobile_internet", "sms"]]


def test_limiting_access_to_apps_is_a_block_not_a_slowdown(analyse):
    events = asserted(analyse("Kenyan officials seem to have been limiting access to Telegram and Signal during the protests."))
    assert [(e["restriction"], e["platforms"]) for e in events] == [("service_block", ["signal", "telegram"])]


def test_limiting_bandwidth_is_still_a_slowdown(analyse):
    events = asserted(analyse("The regulator in Kenya limited bandwidth for Twitter on Monday."))
    assert [e["restriction"] for e in events] == ["throttling"]


def test_one_kilometre_is_no_person_whose_line_was_cut(analyse):
    text = "On Friday the regulator in Bangladesh told carriers to suspend mobile network coverage up to one kilometre from the frontier."
    events = asserted(analyse(text))
    assert [(e["restriction"], e["services"]) for e in events] == [("network_shutdown", ["voice_calls"])]


def test_one_journalist_is_still_a_person(analyse):
    events = asserted(analyse("The police in Kenya suspended the mobile lines of one journalist on Monday."))
    assert [e["restriction"] for e in events] == ["subscriber_cutoff"]


def test_a_network_cut_told_with_a_platform_block_is_two_measures(analyse):
    text = "Kenyan officials seem to have been limiting access to mobile networks as well as to apps such as Telegram and Signal during the protests."
    events = asserted(analyse(text))
    assert sorted((e["restriction"], e["services"], e["platforms"]) for e in events) == [
        ("network_shutdown", ["voice_calls"], []), ("service_block", ["platform"], ["signal", "telegram"])]


def test_limiting_access_is_a_block_but_throttled_access_is_a_slowdown(analyse):
    events = asserted(analyse("Officials in Peru were limiting access to Signal on Tuesday."))
    assert [e["restriction"] for e in events] == ["service_block"]
    events = asserted(analyse("Officials in Peru throttled access to Signal on Tuesday."))
    assert [e["restriction"] for e in events] == ["throttling"]



BLOCK = "Regulators in Peru ordered providers to block every messaging app on Tuesday. "


def test_named_members_of_the_blocked_kind_of_app_are_its_platforms(analyse):
    events = asserted(analyse(BLOCK + "Signal and Viber are among the messaging apps that can no longer be reached by users."))
    assert [e["platforms"] for e in events] == [["signal", "viber"]]
    events = asserted(analyse(BLOCK + "The apps that users are unable to open include Signal and Viber."))
    assert [e["platforms"] for e in events] == [["signal", "viber"]]


def test_members_of_a_kind_of_app_said_to_work_are_not_blocked(analyse):
    for second in ("Signal and Viber are among the most popular apps in the country.", "Signal and Viber are among the apps that were not blocked."):
        events = asserted(analyse(BLOCK + second))
        assert all(e["platforms"] == [] for e in events)


def test_a_class_of_states_that_has_faced_shutdowns_is_no_measure(analyse):
    text = ("Voting in Peru went ahead on Sunday. Several Andean nations like Bolivia and Ecuador have experienced "
            "internet blackouts and curbs on messaging apps at earlier polls.")
    assert asserted(analyse(text)) == []


def test_people_who_have_faced_a_shutdown_report_a_measure(analyse):
    events = asserted(analyse("Residents of Lima have faced internet shutdowns since Monday."))
    assert [e["restriction"] for e in events] == ["network_shutdown"]


def test_web_anonymisers_blocked_are_no_internet_cut(analyse):
    text = "Peru answered the failure of its ban on Signal by blocking about 9 million IP addresses and some 40 services, among them VPNs and web anonymisers."
    events = asserted(analyse(text))
    assert events and all(e["restriction"] != "network_shutdown" and "internet" not in e["services"] for e in events)


def test_each_operator_is_the_actor_of_its_own_block(analyse):
    text = "Ethio Telecom blocked Telegram on Monday while Safaricom blocked TikTok on Tuesday in Ethiopia."
    events = asserted(analyse(text))
    assert sorted((e["platforms"][0], [a["name"] for a in e["actors"]]) for e in events) == [
        ("telegram", ["Ethio Telecom"]), ("tiktok", ["Safaricom"])]


def test_a_subject_of_two_joined_measures_did_both(analyse):
    events = asserted(analyse("Ethio Telecom blocked Telegram and cut mobile data in Ethiopia on Monday."))
    assert len(events) == 2 and all([a["name"] for a in e["actors"]] == ["Ethio Telecom"] for e in events)


def test_a_landline_named_first_is_still_the_phone_network(analyse):
    events = asserted(analyse("Landline, mobile and broadband services were switched off in Tigray on Monday."))
    assert [e["services"] for e in events] == [["fixed_internet", "voice_calls"]]
