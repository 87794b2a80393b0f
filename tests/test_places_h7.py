"""A place coordinated with a court's name whose head noun both share ("the Sindh and
Islamabad High Courts") names a court, not the place of a measure."""

from pipeline.components.linking.place_phrases import shares_a_seat
from pipeline.components.linking.places import is_location


def test_a_place_sharing_a_court_noun_is_the_court(read):
    _, ctx = read("Appeals against the ban are before both the Sindh and Lahore High Courts.")
    sindh = next(s for s in ctx.all_spans if s.text == "Sindh")
    assert shares_a_seat(sindh.root, ctx)
    assert not is_location(sindh, ctx)


def test_two_places_of_a_measure_are_kept(read):
    _, ctx = read("Mobile data was cut in Sindh and Punjab on Friday.")
    sindh = next(s for s in ctx.all_spans if s.text == "Sindh")
    assert not shares_a_seat(sindh.root, ctx)
    assert is_location(sindh, ctx)


def test_a_city_where_a_ministry_sits_is_no_place_of_the_measure(read):
    _, ctx = read("Officials said the order to cut mobile data had come from the Interior Ministry in Islamabad.")
    capital = next(s for s in ctx.all_spans if s.text == "Islamabad")
    assert not is_location(capital, ctx)
