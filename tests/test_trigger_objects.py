"""Trigger objects (pipeline/components/trigger_objects.py): exceptions, raised subjects,
subscribers' lines, the medium of a block (sentences written for these tests)."""

from conftest import asserted, objects, only


def test_an_excepted_service_is_no_object(analyse):
    event = only(analyse("Mobile internet and SMS, except voice calls, were suspended across Assam from Sunday noon, the home department said."))
    assert sorted(event["services"]) == ["mobile_internet", "sms"]
    event = only(analyse("Officials suspended mobile data and text messages, excluding voice calls, in Jos on Monday."))
    assert "voice_calls" not in event["services"]


def test_all_internet_but_broadband_is_mobile_internet(analyse):
    event = only(analyse("In Kota district on Tuesday every internet service except for broadband was switched off."))
    assert event["services"] == ["mobile_internet"]
    event = only(analyse("Every internet service other than mobile data was halted in Kota district on Tuesday."))
    assert event["services"] == ["fixed_internet"]


def test_besides_adds_a_service(analyse):
    event = only(analyse("Besides voice calls, mobile data was also suspended in Kota district on Tuesday."))
    assert "mobile_internet" in event["services"]


def test_the_subject_raised_over_a_passive_infinitive_is_the_object(read):
    found = objects(read, "Internet access is believed to have been cut across Chad since Sunday evening.")
    assert ("SERVICE", "internet") in found
    assert objects(read, "Signal appears to have been blocked in Oman since Monday.") == [("PLATFORM", "signal")]


def test_lines_that_are_to_be_barred_are_no_raised_object(analyse):
    assert asserted(analyse("All SIMs whose owners have not linked an ID are to be barred by March.")) == []


def test_lines_described_by_their_registration_are_subscribers_lines(analyse):
    event = only(analyse("Operators in Zambia began barring phone lines that were never tied to a national ID on Monday."))
    assert (event["restriction"], event["services"]) == ("subscriber_cutoff", ["mobile_service"])
    event = only(analyse("Operators in Zambia barred unregistered mobile lines on Monday."))
    assert (event["restriction"], event["services"]) == ("subscriber_cutoff", ["mobile_service"])


def test_an_areas_phone_lines_are_its_phone_network(analyse):
    event = only(analyse("Soldiers cut the internet and mobile phone lines in Goma on Monday."))
    assert event["restriction"] == "network_shutdown" and "voice_calls" in event["services"]


def test_lines_a_platform_block_is_seen_on_are_its_medium(analyse):
    text = ("Telegram and Signal are unavailable in Moldova. Metrics confirm the platforms are restricted "
            "on fixed and mobile lines on Orange and Moldcell.")
    event = only(analyse(text))
    assert (event["restriction"], sorted(event["platforms"])) == ("service_block", ["signal", "telegram"])


def test_an_online_platform_is_apps_and_the_lines_it_is_restricted_on_its_medium(read):
    found = objects(read, "Probe data show that online platform servers are restricted on fixed and mobile lines of Orange.")
    assert found == [("APPS", "apps")]
