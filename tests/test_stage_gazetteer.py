"""Gazetteer stage: places, regional carriers, platforms from the data files in models/."""


def labelled(nlp, text):
    doc = nlp(text)
    return {(s.text, s.label_, s.id_) for s in doc.spans["cutoff"]}


def test_regional_carrier_forms_resolve_to_province(nlp):
    spans = labelled(nlp, "Henan Mobile and China Mobile's Fujian branch and Zhejiang Unicom stopped the service.")
    assert ("Henan Mobile", "CARRIER", "CN-HA") in spans
    assert ("Zhejiang Unicom", "CARRIER", "CN-ZJ") in spans
    assert any(label == "CARRIER" and ident == "CN-FJ" for _, label, ident in spans)


def test_cities_map_to_their_region(nlp):
    spans = labelled(nlp, "Residents of Urumqi and Srinagar said the network was down.")
    assert ("Urumqi", "CITY", "CN-XJ") in spans
    assert ("Srinagar", "CITY", "IN-JK") in spans


def test_common_region_names(nlp):
    spans = labelled(nlp, "Officials in Xinjiang, Tibet and Inner Mongolia and in Kashmir met.")
    ids = {ident for _, label, ident in spans if label == "REGION"}
    assert {"CN-XJ", "CN-XZ", "CN-NM", "IN-JK"} <= ids


def test_place_inside_a_longer_name_is_not_a_place(nlp):
    spans = labelled(nlp, "The New York Times reported the cut.")
    assert not any(label in ("REGION", "CITY") for _, label, _ in spans)


def test_platform_names_are_canonical(nlp):
    spans = labelled(nlp, "Authorities blocked Whatsapp, X (formerly Twitter) and Facebook Messenger.")
    ids = {ident for _, label, ident in spans if label == "PLATFORM"}
    assert {"whatsapp", "twitter", "messenger"} <= ids


def test_network_generations_split_by_the_tokenizer_are_mobile_internet_only_before_a_service_noun(nlp):
    def services(text):
        doc = nlp(text)
        return [(s.text, s.id_) for s in doc.spans["cutoff"] if s.label_ == "SERVICE"]
    assert services("Operators suspended 3G/4G services in Chittagong.") == [("3G/4G services", "mobile_internet")]
    assert services("The regulator ordered a halt to 3G and 4G services.") == [("3G and 4G services", "mobile_internet")]
    assert services("Winners must provide 4G along the highways.") == []


def test_a_site_or_app_the_vocabulary_does_not_list_is_a_platform_by_its_name(nlp):
    def platforms(text):
        doc = nlp(text)
        return [(s.text, s.id_) for s in doc.spans["cutoff"] if s.label_ == "PLATFORM"]
    assert platforms("Authorities blocked the news website Mada Masr on Sunday.") == [("Mada Masr", "mada masr")]
    assert platforms("The regulator blocked madamasr.com on Sunday.") == [("madamasr.com", "madamasr.com")]
    assert ("Algérie Part", "algérie part") in platforms("Algerian authorities blocked the news sites Interlignes and Algérie Part on Sunday.")
    assert platforms("CANTV restricted Twitter through its ABA service.") == [("Twitter", "twitter")]


def test_ways_back_named_in_other_words_are_remedies(nlp):
    assert ("see the operators", "REMEDY", "carrier_contact") in labelled(nlp, "Cut-off subscribers should go and see the operators at once.")
    assert ("form of identification", "REMEDY", "id_verification") in labelled(nlp, "Owners may reconnect with some form of identification.")
    spans = labelled(nlp, "A judge in Khartoum ordered the three carriers to restore internet access.")
    assert any(label == "REMEDY" and ident == "legal_challenge" for _, label, ident in spans)  # the court that undid it


def test_internet_named_with_its_device_or_line_is_that_internet(nlp):
    spans = labelled(nlp, "The junta cut mobile phone data, cellphone internet data and fixed line internet in Conakry.")
    assert {ident for _, label, ident in spans if label == "SERVICE"} == {"mobile_internet", "fixed_internet"}


def test_broadbands_and_leased_lines_are_fixed_internet(nlp):
    spans = labelled(nlp, "The order covers Broadbands and leased lines in the valley.")
    assert [ident for _, label, ident in spans if label == "SERVICE"] == ["fixed_internet", "fixed_internet"]


def test_communications_platforms_are_apps(nlp):
    spans = labelled(nlp, "Operators must suspend social media and communications platforms in Gondar.")
    assert ("communications platforms", "APPS", "apps") in spans


def test_a_telecoms_operator_and_a_regulating_authority_are_actors_not_a_service(nlp):
    spans = labelled(nlp, "The telecoms operator said the telecom regulating authority had told it to stop.")
    assert ("telecoms operator", "ACTOR", "carrier") in spans
    assert ("telecom regulating authority", "ACTOR", "regulator") in spans
    assert not any(label == "SERVICE" for _, label, _ in spans)
