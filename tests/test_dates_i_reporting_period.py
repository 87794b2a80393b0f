"""Issue 12: only a week or month phrase places an undated measure in the reporting period (invented sentences)."""

from tests.conftest import asserted


def test_a_day_the_measure_runs_till_gives_no_reporting_month(analyse):
    text = "The mobile internet ban in Meghalaya has been extended till tomorrow, officials said."
    [event] = asserted(analyse(text, published="2021-08-16"))
    assert event["date_start"] is None and event["date_end"] == "2021-08-17"


def test_a_week_phrase_still_gives_the_reporting_month(analyse):
    text = "Mobile internet was cut in Meghalaya. The ban is back in the news this week."
    [event] = asserted(analyse(text, published="2021-08-16"))
    assert event["date_start"] == "2021-08"
