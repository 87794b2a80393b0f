"""A name that is both a platform and a carrier's brand or a place (`gazetteer._platform_first`): Bluesky
is also a network in American Samoa, but a report of a block means the app."""

from conftest import asserted


def test_a_platform_that_shares_a_carriers_brand_is_the_platform(nlp):
    doc = nlp("Bluesky was unreachable in Turkey on Tuesday.")
    assert [(s.text, s.label_, s.id_) for s in doc.spans["cutoff"] if s.text == "Bluesky"] == [("Bluesky", "PLATFORM", "bluesky")]


def test_blocking_that_platform_is_a_block_in_the_country_named(analyse):
    (event,) = asserted(analyse("Turkey's regulator blocked Bluesky on Tuesday after a court order.", published="2024-11-21"))
    assert event["country"] == "TR"
    assert event["platforms"] == ["bluesky"]
    assert event["actors"] == [] or all(a["name"] != "Bluesky" for a in event["actors"])


def test_a_platform_named_like_a_place_is_the_platform_in_a_list_of_apps(nlp):
    doc = nlp("Facebook stayed blocked, while other apps such as Viber, Telegram and Imo still worked in the country.")
    labels = {s.text: s.label_ for s in doc.spans["cutoff"]}
    assert labels["Imo"] == "PLATFORM"
    assert not [s for s in doc.spans["places"] if s.text == "Imo"]


def test_the_same_name_alone_is_the_place(nlp):
    doc = nlp("Police switched off mobile internet in Imo on Tuesday.")
    assert [(s.text, s.label_) for s in doc.spans["cutoff"] if s.text == "Imo"] == [("Imo", "REGION")]
