"""Event detection and argument linking on sentences written for these tests."""

from conftest import asserted


def test_storm_cable_and_commerce_are_no_events(analyse):
    text = (
        "A typhoon cut mobile service to 200,000 homes in Guangdong on Sunday. "
        "A damaged undersea cable cut internet speeds across the island. "
        "China Mobile cut prices of its 5G data plans and launched a new phone."
    )
    assert asserted(analyse(text)) == []


def test_one_sentence_several_provinces_each_with_its_date(analyse):
    text = (
        "Provincial carriers have been blocking international calls to fight telecom fraud. "
        "Shandong imposed the block on February 3, Hunan last October, and Sichuan in July."
    )
    events = {e["province_code"]: e for e in asserted(analyse(text, published="2022-04-10"))}
    assert {"CN-SD", "CN-HN", "CN-SC"} <= set(events)
    assert events["CN-SD"]["date_start"] == "2022-02-03"
    assert events["CN-HN"]["date_start"] == "2021-10"
    assert events["CN-SC"]["date_start"] == "2021-07"
    assert all(e["restriction"] == "international_barring" for e in events.values())


def test_carrier_form_gives_place_actors_remedies(analyse):
    text = (
        "On March 2, Fujian Mobile said it would suspend text messages from overseas numbers by March 15, citing scams. "
        "Users must show their ID cards at a business hall to have the service restored."
    )
    [event] = asserted(analyse(text, published="2022-03-20"))
    assert (event["country"], event["province_code"], event["province"]) == ("CN", "CN-FJ", "Fujian")
    assert event["restriction"] == "international_barring"
    assert event["services"] == ["international_sms"]
    assert event["date_start"] == "2022-03-15" and event["date_announced"] == "2022-03-02"
    assert [a["name"] for a in event["actors"]] == ["Fujian Mobile"]
    assert {"id_verification", "carrier_contact"} <= set(event["remedies"])
    assert "fraud" in event["justification"]


def test_subscriber_cutoff_with_police_remedy(analyse):
    text = (
        "Police in Kashgar have cut off the phone lines of residents who installed VPN apps. "
        "Those affected were told to report to a police station to get their numbers reconnected."
    )
    [event] = asserted(analyse(text))
    assert event["restriction"] == "subscriber_cutoff"
    assert event["province_code"] == "CN-XJ" and event["city"] == "Kashgar"
    assert event["services"] == ["mobile_service"]
    assert event["platforms"] == []  # VPN use triggered the cut; nothing was blocked
    assert "police_station_visit" in event["remedies"]
    assert any(a["kind"] == "police" for a in event["actors"])


def test_regional_shutdown_and_national_platform_block(analyse):
    text = (
        "Authorities shut down mobile internet in Sistan and Baluchestan province on Friday. "
        "Separately, Iran blocked Instagram and WhatsApp nationwide."
    )
    events = asserted(analyse(text, published="2022-10-03"))
    shutdown = next(e for e in events if e["restriction"] == "network_shutdown")
    block = next(e for e in events if e["restriction"] == "service_block")
    assert shutdown["country"] == "IR" and shutdown["services"] == ["mobile_internet"]
    assert shutdown["date_start"] == "2022-09-30"
    assert block["province_code"] is None and set(block["platforms"]) == {"instagram", "whatsapp"}


def test_anaphoric_mention_takes_the_previous_measure(analyse):
    text = (
        "Hubei Mobile switched off incoming international calls on June 1. "
        "Similar notices were issued by Anhui Telecom on June 8."
    )
    events = {e["province_code"]: e for e in asserted(analyse(text, published="2022-06-20"))}
    assert events["CN-AH"]["restriction"] == "international_barring"
    assert events["CN-AH"]["date_start"] == "2022-06-08"


def test_events_carry_evidence_offsets(analyse):
    text = "Quiet day. Authorities suspended mobile internet in Imphal on Monday."
    [event] = asserted(analyse(text, published="2023-07-12"))
    [evidence] = event["evidence"]
    assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert event["province_code"] == "IN-MN"
