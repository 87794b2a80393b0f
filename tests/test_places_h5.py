"""A region that an article names in its lead, and no other region of the country, is the
place of a measure told later without one."""


def places(analyse, text):
    return [(e["country"], e["province_code"]) for e in analyse(text, published="2021-03-02") if e["status"] == "asserted"]


def test_the_lead_region_places_a_later_measure(analyse):
    text = ("Mobile data came back to the Kashmir Valley on Monday after seven months.\n\n"
            "The order said that access would be restricted to approved websites and that speeds would be throttled to 2G.")
    assert places(analyse, text) == [("IN", "IN-JK")]


def test_a_lead_naming_the_whole_country_places_nothing(analyse):
    text = ("Internet slowed\nSrinagar: Mobile data across the country has been slowed for two days, operators said.")
    assert places(analyse, text) == [("IN", None)]


def test_a_capital_named_as_its_region_in_the_lead_places_nothing(analyse):
    text = ("Social networks went dark in Guinea on Wednesday.\n\n"
            "Monitors said the first marches were called in Conakry and several large towns.\n\n"
            "Users said Telegram was also hard to reach.")
    assert ("GN", "GN-C") not in places(analyse, text)


def test_a_vague_follow_up_still_joins_the_measure_before_it(analyse):
    text = "Officials in Manipur switched off mobile internet in Imphal on Friday. The suspension also covers bulk SMS."
    [event] = [e for e in analyse(text, published="2022-09-05") if e["status"] == "asserted"]
    assert event["services"] == ["mobile_internet", "sms"]
