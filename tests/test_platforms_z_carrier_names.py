"""A name that is both a platform and a carrier's brand (`gazetteer._platform_first`): Bluesky
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
