"""A month name inside a date ("from May 6 to May 8") is no place, though the place index
knows towns and districts of that name: the measure keeps the region the sentence names."""

from __future__ import annotations

from tests.conftest import asserted


def test_a_month_in_a_date_is_no_district(analyse):
    events = asserted(analyse("Mobile internet will be suspended in Gujarat from May 6 to May 8, officials said.", "2024-05-04"))
    assert [(e["country"], e["province_code"]) for e in events] == [("IN", "IN-GJ")]


def test_a_month_alone_places_nothing(analyse):
    events = asserted(analyse("Mobile internet was suspended from May 6 to May 8 during the exams, officials said.", "2024-05-14"))
    assert all(e["country"] != "KZ" for e in events)
