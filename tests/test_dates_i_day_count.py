"""Issue 12: a measure's "third day" or "day four" counts back to its start (invented sentences)."""

from tests.conftest import asserted


def test_an_ordinal_day_on_a_weekday_counts_back_from_that_weekday(analyse):
    text = "The mobile data blackout in Tripura entered its sixth day on Thursday."
    [event] = asserted(analyse(text, published="2023-07-07"))
    assert (event["date_start"], event["date_precision"]) == ("2023-07-01", "day")


def test_a_third_straight_day_without_a_weekday_counts_back_from_publication(analyse):
    text = "Mobile internet remained suspended across Tripura for a third straight day."
    [event] = asserted(analyse(text, published="2023-07-07"))
    assert event["date_start"] == "2023-07-05"


def test_the_past_days_of_a_perfect_count_back_from_publication(analyse):
    text = "Mobile internet has been suspended in Tripura for the past four days."
    [event] = asserted(analyse(text, published="2023-07-07"))
    assert event["date_start"] == "2023-07-03"


def test_a_restoration_on_day_n_of_the_shutdown_counts_back_from_today(analyse):
    text = ("Mobile internet has been restored across Tripura on day five of the shutdown. "
            "Traders blamed the state government for switching off mobile internet in Tripura.")
    [event] = asserted(analyse(text, published="2023-07-07"))
    assert event["date_start"] == "2023-07-03"


def test_the_day_count_of_something_else_dates_nothing(analyse):
    text = "Mobile internet was suspended across Tripura on the fourth day of the strike."
    [event] = asserted(analyse(text, published="2023-07-07"))
    assert event["date_start"] != "2023-07-04"


def test_a_counted_day_is_no_start_so_the_cut_told_next_is_the_same_measure(analyse):
    text = ("Mobile data remained suspended across Tripura for a third day on Friday, disrupting classes and leaving villagers with "
            "no data connection at all. "
            "Operators switched off mobile data throughout the state on Wednesday.")
    events = asserted(analyse(text, published="2023-07-07"))
    assert [e["date_start"] for e in events] == ["2023-07-05"]
