"""A measure said to stay in force "from 9 p.m. on Tuesday" began that Tuesday: the day of a
clock time it runs from is its start, even on a verb of staying ("will remain suspended")."""

from tests.conftest import asserted, date_roles


def test_the_day_of_a_from_clock_time_on_a_staying_verb_is_the_start(read):
    found = date_roles(read, "Mobile data will remain switched off in Meerut for 48 hours from 9 p.m. on Tuesday.", "2024-03-12")
    assert found.get("Tuesday") == "start"


def test_a_staying_measure_from_a_clock_time_is_dated_by_its_day(analyse):
    text = ("Internet services will stay suspended in Meerut district for two days from 9 p.m. on Tuesday, "
            "the district magistrate said, citing clashes near a market.")
    [event] = asserted(analyse(text, published="2024-03-12"))
    assert event["date_start"] == "2024-03-12"


def test_a_day_the_measure_merely_stayed_on_is_still_no_start(read):
    found = date_roles(read, "Mobile data remained switched off in Meerut on Tuesday.", "2024-03-13")
    assert found.get("Tuesday") == "ongoing"
