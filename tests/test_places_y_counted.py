"""Counted regions that point to regions named elsewhere ("in the two provinces") and names
in apposition to a plural region noun ("the two regions affected, North-West and
South-West") place a measure in each of those regions."""

from __future__ import annotations

from tests.conftest import asserted


def places(events: list[dict]) -> list[tuple[str | None, str | None]]:
    return sorted((e["country"], e["province_code"]) for e in asserted(events))


def test_counted_provinces_point_to_the_provinces_named_before(analyse):
    text = ("Protests spread across Papua and West Papua in August. "
            "The ministry began throttling internet access in the two provinces on August 19.")
    assert places(analyse(text, "2019-09-02")) == [("ID", "ID-PA"), ("ID", "ID-PB")]


def test_counted_regions_take_the_names_in_apposition(analyse):
    text = ("Cameroon cut internet access in two regions of the country on January 17. "
            "The two regions affected, North-West and South-West, are mostly English-speaking.")
    assert places(analyse(text, "2017-02-10")) == [("CM", "CM-NW"), ("CM", "CM-SW")]


def test_a_count_that_does_not_match_the_regions_named_places_nothing_new(analyse):
    text = ("Protests spread across Papua in August. "
            "The ministry began throttling internet access in the two provinces on August 19.")
    assert ("ID", "ID-PB") not in places(analyse(text, "2019-09-02"))
