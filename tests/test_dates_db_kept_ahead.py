"""A measure told to stay off on a day to come is dated by that day; a day after "since"
stays in the past whatever the tense of the clause."""

import pytest

from tests.conftest import asserted


@pytest.mark.parametrize(("sentence", "start"), [
    ("Mobile data will remain suspended in Hyderabad on Sunday during the teachers' exam, the home department said.", "2023-08-20"),
    ("The ministry said mobile signals and data would remain suspended across Multan for today because of the procession.", "2023-08-20"),
    ("Mobile phone service will remain suspended in Quetta on Monday for the procession, officials said.", "2023-08-21"),
])
def test_a_measure_kept_off_on_a_day_to_come(analyse, sentence, start):
    [event] = asserted(analyse(sentence, published="2023-08-20"))
    assert event["date_start"] == start


def test_a_measure_found_still_off_keeps_its_month(analyse):
    [event] = asserted(analyse("Mobile data remained suspended in Hyderabad on Sunday, shopkeepers said.", published="2023-08-20"))
    assert event["date_start"] == "2023-08"


def test_since_keeps_a_weekday_in_the_past(analyse):
    text = "Mobile data, cut in Hyderabad since Friday, will remain suspended on Monday, the home department said."
    [event] = asserted(analyse(text, published="2023-08-20"))
    assert event["date_start"] == "2023-08-18"


@pytest.mark.parametrize("days", ["on the 9th and 10th of Muharram", "on the 8th, 9th and 10th of Muharram", "on the 10th of Muharram"])
def test_days_of_another_calendar_date_nothing(analyse, days):
    """Ordinals of a month outside the Gregorian calendar are not read as days of the paper's
    months (nor "10th" as October)."""
    [event] = asserted(analyse(f"Mobile phone service was suspended in parts of Peshawar {days}, officials said.", published="2023-07-26"))
    assert event["date_start"] in (None, "2023-07-26")


def test_ordinals_of_a_calendar_month_still_date(analyse):
    [event] = asserted(analyse("Mobile phone service was suspended in parts of Peshawar on the 10th of July, officials said.", published="2023-07-26"))
    assert event["date_start"] == "2023-07-10"
