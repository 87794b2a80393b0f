"""Issue 12: an undated measure takes the day of the sentence next to it when that day is the news."""

from tests.conftest import asserted


def test_an_undated_measure_takes_the_recent_day_of_the_sentence_before(analyse):
    text = ("Crowds filled the squares of La Paz on Sunday as a night-time curfew began. "
            "The interior ministry instructed the telecom regulator to suspend Facebook, TikTok and Telegram.")
    [event] = asserted(analyse(text, published="2023-03-12"))
    assert event["platforms"] and event["date_start"] == "2023-03-12"


def test_an_old_or_closing_day_next_to_it_dates_nothing(analyse):
    old = ("Crowds filled the squares of La Paz on 2 January as a night-time curfew began. "
           "The interior ministry instructed the telecom regulator to suspend Facebook, TikTok and Telegram.")
    assert [e["date_start"] for e in asserted(analyse(old, published="2023-03-12"))] == [None]
    closing = ("A night-time curfew stays in force in the capital until Sunday. "
               "The interior ministry instructed the telecom regulator to suspend Facebook, TikTok and Telegram.")
    assert [e["date_start"] for e in asserted(analyse(closing, published="2023-03-12"))] == [None]
