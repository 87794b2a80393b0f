"""Datelines with a day: a capital that opens the story before a day and a colon
("HARARE, Jan 16: ...") is where the report was filed, not the place of a national
measure; a district named in the story still places a local one."""

from __future__ import annotations

from tests.conftest import places_of


def test_a_capital_with_a_day_and_a_colon_is_a_dateline(analyse):
    text = ("HARARE, Jan 16: The government ordered every mobile operator to switch off the internet "
            "across the country on Tuesday, a day after fuel protests turned violent.")
    assert places_of(analyse, text, "2019-01-16") == [("ZW", None)]


def test_a_city_with_a_day_and_a_colon_still_places_a_local_measure(analyse):
    text = ("GUWAHATI, Aug 22: Mobile internet was suspended in Karbi Anglong district for two days "
            "after clashes, an order of the home department said.")
    assert places_of(analyse, text, "2023-08-22") == [("IN", "IN-AS")]
