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
    assert event["remedies"] == ["id_verification", "registration"]  # shown at a business hall: an application there
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


def test_a_day_the_measure_was_still_in_force_is_not_its_start(analyse):
    events = asserted(analyse(
        "Mobile internet remained suspended across Haryana on Friday. "
        "Operators had switched off mobile data throughout the state on Wednesday on the orders of the home department.",
        published="2024-03-08",
    ))
    assert [(e["province_code"], e["date_start"]) for e in events] == [("IN-HR", "2024-03-06")]


def test_platforms_said_to_be_unreachable_are_blocked(analyse):
    events = asserted(analyse("Since Monday, Telegram and Signal have been unreachable for most users in Iran.", published="2022-09-23"))
    assert [(e["restriction"], e["platforms"], e["date_start"]) for e in events] == [("service_block", ["signal", "telegram"], "2022-09-19")]


def test_the_seat_of_a_court_is_not_where_the_measure_bites(analyse):
    events = asserted(analyse(
        "Since Thursday, when a Lagos court jailed the activist, Twitter has been unreachable across Nigeria.", published="2021-06-07",
    ))
    assert [(e["country"], e["province_code"], e["platforms"]) for e in events] == [("NG", None, ["twitter"])]


def test_a_sentence_pointing_back_at_the_measure_adds_its_remedy_however_far(analyse):
    events = asserted(analyse(
        "Authorities cut mobile internet in Manipur on Monday. Schools were closed. Traders counted their losses. "
        "Banks ran out of cash. Students missed online exams. Lawyers filed a petition in the high court challenging the shutdown.",
        published="2023-05-05",
    ))
    assert [(e["province_code"], e["remedies"]) for e in events] == [("IN-MN", ["legal_challenge"])]


def test_a_commerce_word_in_another_clause_vetoes_nothing(analyse):
    events = asserted(analyse(
        "Mobile phone and internet services were suspended in Balochistan on Monday as security forces launched an operation.",
        published="2025-08-05",
    ))
    assert [(e["restriction"], e["province_code"]) for e in events] == [("network_shutdown", "PK-BA")]


def test_a_desk_where_another_remedy_is_done_is_no_remedy_of_its_own(analyse):
    done_at_desk = asserted(analyse(
        "China Mobile suspended the phone numbers of users in Fujian on Monday. "
        "To get their lines back, users must present an ID card at a business hall.", published="2023-04-05",
    ))
    assert [e["remedies"] for e in done_at_desk] == [["id_verification", "registration"]]  # applying there, no call
    desk_alone = asserted(analyse(
        "China Mobile suspended the phone numbers of users in Fujian on Monday. "
        "To get their lines back, users must go to a business hall.", published="2023-04-05",
    ))
    assert [e["remedies"] for e in desk_alone] == [["carrier_contact"]]


def test_unnamed_operators_are_no_actor_but_the_carrier_named_before_is(analyse):
    unnamed = asserted(analyse("Mobile operators switched off mobile data across Haryana on Friday.", published="2024-02-12"))
    assert [e["actors"] for e in unnamed] == [[]]
    named = asserted(analyse(
        "Jio confirmed the directive. The carrier switched off mobile data across Haryana on Friday.", published="2024-02-12",
    ))
    assert [[a["name"] for a in e["actors"]] for e in named] == [["Jio"]]


def test_a_lost_service_places_a_reported_measure_but_is_no_measure_alone(analyse):
    events = asserted(analyse(
        "The military cut mobile internet in Sagaing Region on Friday. "
        "Two days later, residents of Magway Region had no mobile data either.", published="2021-09-28",
    ))
    assert sorted((e["province_code"], e["date_start"]) for e in events) == [("MM-01", "2021-09-24"), ("MM-03", "2021-09-26")]
    assert asserted(analyse("Thousands of households in Kerala lost mobile data after the cyclone.", published="2021-05-16")) == []


def test_what_users_must_do_counts_however_far_from_the_measure(analyse):
    events = asserted(analyse(
        "Yunnan Telecom began blocking international calls for personal subscribers on May 1. "
        "Readers confirmed the change. Calls from Bangkok did not get through. Messages were never delivered. "
        "There is a way back. Subscribers must present an ID card at a business hall to have the service restored.",
        published="2023-05-10",
    ))
    assert [(e["province_code"], e["remedies"]) for e in events] == [("CN-YN", ["id_verification", "registration"])]


def test_a_phone_with_no_apps_is_no_lost_service(analyse):
    events = asserted(analyse(
        "Fujian Mobile suspended the numbers of users in Fujian on Monday. "
        "My mother in Kunming only has an old phone with no apps on it.", published="2023-05-10",
    ))
    assert [e["province_code"] for e in events] == ["CN-FJ"]


def test_a_body_and_the_acronym_it_is_given_are_one_actor(analyse):
    events = asserted(analyse(
        "The Pakistan Telecommunication Authority (PTA) suspended mobile internet in Balochistan on Monday, "
        "and the PTA ordered operators to keep it off.", published="2024-02-07",
    ))
    assert [[a["name"] for a in e["actors"]] for e in events] == [["Pakistan Telecommunication Authority"]]


def test_a_weekday_with_its_time_of_day_is_a_date(analyse):
    events = asserted(analyse("Authorities cut mobile internet in Manipur on Sunday afternoon.", published="2023-05-09"))
    assert [e["date_start"] for e in events] == ["2023-05-07"]


def test_a_date_in_another_triggers_clause_is_not_this_ones(analyse):
    events = asserted(analyse(
        "Authorities cut mobile internet across Iran, and WhatsApp remained blocked on Tuesday.",
        published="2022-09-23",
    ))
    shutdown = [e for e in events if e["restriction"] == "network_shutdown"]
    assert len(shutdown) == 1 and shutdown[0]["date_start"] != "2022-09-20"  # Tuesday is WhatsApp's
