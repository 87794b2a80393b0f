"""Issue 12: the day of the clock time a measure runs until is its end."""

from tests.conftest import date_roles


def roles(read, text: str, published: str = "2021-03-08") -> dict[str, str]:
    return date_roles(read, text, published)


def test_a_day_after_an_until_clock_time_is_the_end(read):
    found = roles(read, "An official order says the suspension of mobile data in Jind stays until 6 pm on Wednesday.")
    assert found.get("Wednesday") == "end"


def test_a_day_after_a_starting_clock_time_is_still_the_start(read):
    found = roles(read, "Mobile data in Jind was suspended from 6 pm on Wednesday.")
    assert found.get("Wednesday") == "start"
