"""A region coordinated with the mainland ("the mainland and Zanzibar") says the whole
country: the measure is national, not the island's."""

from pipeline.components.linking.place_phrases import with_the_mainland


def test_an_island_beside_the_mainland_is_the_whole_country(analyse):
    for text in ("Officials cut off Telegram on Sunday both in the country's mainland and Zanzibar.",
                 "Officials cut off Telegram on Sunday on the mainland and in Zanzibar."):
        [event] = [e for e in analyse(text) if e["status"] == "asserted"]
        assert (event["country"], event["province_code"]) == ("TZ", None), text


def test_an_island_alone_is_its_region(analyse, read):
    [event] = [e for e in analyse("Officials cut off Telegram on Sunday in Zanzibar.") if e["status"] == "asserted"]
    assert event["province_code"] == "TZ-15"
    _, ctx = read("Officials cut off Telegram on Sunday in Zanzibar.")
    assert not with_the_mainland(next(s for s in ctx.all_spans if s.text == "Zanzibar").root)
