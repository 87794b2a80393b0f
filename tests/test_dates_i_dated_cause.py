"""Issue 12: a measure undated but for the dated event it followed takes that event's day."""

from tests.conftest import asserted


def starts(analyse, text: str, published: str) -> list:
    return [e["date_start"] for e in asserted(analyse(text, published=published))]


def test_the_day_of_the_event_a_blackout_followed_dates_it(analyse):
    text = "Telecom towers across Gabon went silent in an outage that came after the Aug. 26 vote."
    assert starts(analyse, text, "2023-09-12") == ["2023-08-26"]


def test_the_day_of_an_event_it_came_ahead_of_dates_nothing(analyse):
    text = "Telecom towers across Gabon went silent in the blackout ahead of the Aug. 26 election."
    assert starts(analyse, text, "2023-09-12") == [None]
