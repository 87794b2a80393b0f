"""Places a reader resolves that the words alone leave open: a scope word qualifying the
unrest rather than the measure ("since nationwide protests began") and an outlet named
after a region ("told The Irrawaddy")."""

from __future__ import annotations

from tests.conftest import asserted


def places(events: list[dict]) -> list[tuple[str | None, str | None]]:
    return sorted((e["country"], e["province_code"]) for e in asserted(events))


def test_nationwide_protests_leave_the_measure_in_its_region(analyse):
    text = ("The internet had been restricted since nationwide protests erupted last week. "
            "Altogether the internet was blocked for about 100 hours in Almaty.")
    assert places(analyse(text, "2022-01-10")) == [("KZ", "KZ-75")]


def test_a_nationwide_measure_stays_national(analyse):
    assert places(analyse("Authorities imposed a nationwide internet shutdown in Kazakhstan on Wednesday.", "2022-01-06")) == [("KZ", None)]
    assert places(analyse("Kazakhstan switched off mobile data nationwide on Wednesday as protests spread.", "2022-01-06")) == [("KZ", None)]


def test_an_outlet_named_after_a_region_is_no_place(analyse):
    text = ("The junta has cut mobile data across Sagaing Region. "
            "A farmer told The Irrawaddy that mobile data was cut in his village on Sunday.")
    assert {p for p in places(analyse(text, "2022-03-08"))} == {("MM", "MM-01")}
