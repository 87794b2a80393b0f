"""A day said with its month or period ("last month ... on May 27") dates the measure to the day."""

from tests.conftest import asserted


def test_the_day_inside_the_month_said_with_it_wins(analyse):
    text = ("Mobile internet was suspended in the Kashmir valley today. "
            "Last month the services were cut in Pulwama again for a week on May 27 after clashes.")
    starts = sorted(e["date_start"] for e in asserted(analyse(text, published="2017-06-16")))
    assert starts == ["2017-05-27", "2017-06-16"]


def test_a_day_outside_the_nearest_date_does_not(analyse):
    text = "Last month mobile internet services were suspended in the Kashmir valley after the clashes of April 15."
    [event] = asserted(analyse(text, published="2017-06-16"))
    assert event["date_start"] == "2017-05"
