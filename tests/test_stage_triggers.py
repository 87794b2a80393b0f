"""Trigger stage: which services and platforms a restriction acts on (sentences written for these tests)."""

from conftest import asserted, objects, only


def test_a_service_deep_in_the_object_phrase_is_the_object(read):
    assert ("SERVICE", "voice_calls") in objects(read, "Airtel Kenya will stop receipt of foreign, Ugandan and Tanzanian calls for subscribers who do not register.")
    assert ("SERVICE", "sms") in objects(read, "The operator disabled the SMS-receiving function of the affected lines.")


def test_a_service_word_of_the_actor_is_no_object(analyse):
    event = only(analyse("Kenya's telecoms companies shut down access to Telegram on Monday."))
    assert (event["restriction"], event["services"], event["platforms"]) == ("service_block", ["platform"], ["telegram"])


def test_the_network_a_platform_is_blocked_on_and_the_calls_of_a_platform_are_its_block(analyse):
    event = only(analyse("Instagram has been shut down on the mobile network in Uganda since Monday."))
    assert (event["restriction"], event["services"], event["platforms"]) == ("service_block", ["platform"], ["instagram"])
    event = only(analyse("The Kazakh regulator is restricting voice and video calls on Signal and Viber."))
    assert (event["restriction"], event["services"]) == ("service_block", ["platform"])
    assert sorted(event["platforms"]) == ["signal", "viber"]


def test_platforms_listed_between_dashes_are_the_objects(analyse):
    event = only(analyse("The government blocked access to Meta apps -- Facebook, WhatsApp and Instagram -- amid protests."))
    assert event["restriction"] == "service_block"
    assert sorted(event["platforms"]) == ["facebook", "instagram", "whatsapp"]


def test_sims_and_their_holders_cut_off_are_a_subscriber_cutoff(analyse):
    for text in (
        "Carriers in Uganda started switching off Subscriber Identity Module (SIM) cards on Monday.",
        "Unregistered SIM holders in Uganda were disconnected on Monday.",
        "Uganda switches off 1.2 million unregistered SIMs.",
    ):
        event = only(analyse(text))
        assert (event["restriction"], event["services"]) == ("subscriber_cutoff", ["mobile_service"]), text


def test_networks_cut_in_an_article_naming_no_service_are_all_telecommunications(analyse):
    event = only(analyse("Networks in Mali were switched off by soldiers on Tuesday. The blackout lasted two days."))
    assert (event["restriction"], sorted(event["services"])) == ("network_shutdown", ["internet", "voice_calls"])


def test_a_service_in_the_reason_for_the_cut_is_no_object(read):
    found = objects(read, "Officials said that because of the spread of hateful text messages, mobile data would be suspended in Dakar.")
    assert found == [("SERVICE", "mobile_internet")]


def test_a_communication_service_is_no_app_and_telecom_enterprises_are_who_cut(read):
    assert objects(read, "Their communication service will be suspended by telecom enterprises.") == [("SERVICE", "telecom_all")]


def test_a_service_listed_after_a_parenthetical_note_is_an_object_too(read):
    found = objects(read, "I hereby order the suspension of the mobile internet services (2G/3G/4G), bulk SMS (except banking) and all dongle services.")
    assert ("SERVICE", "sms") in found
    found = objects(read, "He said that although the government has ordered the shutdown of mobile internet services, broadband internet will stay out of the order.")
    assert found == [("SERVICE", "mobile_internet")]


def test_people_no_longer_able_to_receive_calls_from_abroad_is_a_barring(analyse):
    """No restriction verb: the loss of a way to call is the measure ("no longer able to",
    "have not been able to", "can no longer"), with the calls or messages as its object."""
    from pipeline.triage import default_triage

    text = ("Customers of the operator in the western province of Qinghai are no longer able to receive calls from abroad "
            "by default, the company confirmed this week.")
    assert default_triage().is_candidate(text)
    event = only(analyse(text))
    assert (event["restriction"], event["province_code"], event["services"]) == ("international_barring", "CN-QH", ["international_calls"])


def test_who_can_no_longer_make_calls_is_no_object(read):
    assert objects(read, "Shopkeepers in Gao can no longer make calls since the operator switched them off.")[0] == ("SERVICE", "voice_calls")
    assert ("SERVICE", "sms") in objects(read, "Mobile users in Fujian have not been able to receive text messages from overseas since May.")


def test_phones_as_the_way_to_the_internet_are_mobile_internet(analyse):
    event = only(analyse("Internet on both mobile phones and broadband was switched off in Tripura on March 2."))
    assert sorted(event["services"]) == ["fixed_internet", "mobile_internet"]
    event = only(analyse("Officials shut down mobile data across Turkana on Monday, where most residents get online only through their phones."))
    assert event["services"] == ["mobile_internet"]


def test_a_vpn_people_reach_a_blocked_app_with_is_the_remedy(analyse):
    event = only(analyse("Zambia's regulator ordered providers to restrict access to Snapchat. Students said the app was unreachable without a virtual private network (VPN)."))
    assert (event["services"], event["platforms"], event["remedies"]) == (["platform"], ["snapchat"], ["circumvention"])


def test_mesh_and_satellite_in_an_explainer_are_no_remedy(analyse):
    event = only(analyse("Iran cut mobile internet in Isfahan on Monday. Mesh networks let handsets talk to each other, and satellite internet is a luxury good."))
    assert event["remedies"] == []


def test_another_app_to_use_instead_is_a_workaround(analyse):
    [event] = [e for e in asserted(analyse("Viber will be blocked in Peru from Thursday for two days. Until then, Signal still works and you can use it to chat instead, the company said.")) if e["platforms"]]
    assert event["remedies"] == ["circumvention"]


def test_a_bare_capital_x_blocked_or_beside_a_site_noun_is_twitter(analyse):
    event = only(analyse("Kenya's regulator ordered internet providers to restrict access to the social media platform X on Tuesday."))
    assert event["platforms"] == ["twitter"]
    event = only(analyse("The regulator in Lusaka ordered providers to block X on Tuesday."))
    assert event["platforms"] == ["twitter"]


def test_x_as_a_letter_or_in_a_name_stays_a_letter(nlp):
    for text in ("Uganda blocked Facebook on Friday, and X percent of users lost access.", "Police blocked Malcolm X Avenue in Lagos on Friday."):
        doc = nlp(text)
        assert not [s for s in doc.spans["cutoff"] if s.label_ == "PLATFORM" and s.id_ == "twitter"], text


def test_prohibited_services_are_a_shutdown(analyse):
    """"Prohibit" is a restriction verb (data in triggers.jsonl, triage forms in triage.json)."""
    from pipeline.triage import default_triage

    text = "On Tuesday the Tripura home department prohibited mobile data and bulk SMS across Dhalai district until further orders."
    assert default_triage().is_candidate(text)
    event = only(analyse(text))
    assert (event["restriction"], sorted(event["services"])) == ("network_shutdown", ["mobile_internet", "sms"])


def test_choked_traffic_to_a_platform_is_throttling_by_the_subject(analyse):
    """Traffic to a platform is data, not road traffic (no utility veto); a telecom word that is
    the subject of a verb with its own object is who acted, no service cut."""
    from pipeline.triage import default_triage

    text = "State carriers in Cambodia choked traffic to YouTube's servers for a month from early March."
    assert default_triage().is_candidate(text)
    event = only(analyse(text))
    assert (event["restriction"], event["services"], event["platforms"]) == ("throttling", ["platform"], ["youtube"])


def test_road_traffic_halted_is_still_no_event(analyse):
    assert asserted(analyse("Police halted traffic on the road to Kampala while mobile crews repaired a tower.")) == []
