"""A place named only to be left out of a measure ("except Islamabad") is not its place."""

from pipeline.components.linking.place_phrases import excepted
from pipeline.components.linking.places import is_location


def span(ctx, text):
    return next(s for s in ctx.all_spans if s.text == text)


def test_a_place_after_an_exception_word_is_left_out(read):
    _, ctx = read("Mobile data was switched off on Friday in every district of Pakistan except Islamabad.")
    assert excepted(span(ctx, "Islamabad").root)
    assert not is_location(span(ctx, "Islamabad"), ctx)
    _, apart = read("Mobile data was switched off on Friday in every district apart from Lahore.")
    assert not is_location(span(apart, "Lahore"), apart)


def test_a_place_of_the_measure_is_kept(read):
    _, ctx = read("Mobile data was switched off on Friday in Lahore, the capital of Punjab.")
    assert not excepted(span(ctx, "Lahore").root)
    assert is_location(span(ctx, "Lahore"), ctx)


def test_the_excepted_city_does_not_place_a_national_cut(analyse):
    [event] = [e for e in analyse("Mobile data was switched off on Friday in every district of Pakistan except Islamabad.") if e["status"] == "asserted"]
    assert (event["country"], event["province_code"]) == ("PK", None)
