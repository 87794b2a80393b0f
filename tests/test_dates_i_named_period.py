"""Issue 12: a month or weekday followed by the year or week it falls in ("May last year")."""

import pytest

from pipeline.components.date_resolve import resolve_date

VOCAB = "vocab/time_words.json"


@pytest.mark.parametrize(
    "text, published, value",
    [
        ("in March this year", "2021-10-05", "2021-03"),
        ("October last year", "2021-02-14T08:30:00+01:00", "2020-10"),
        ("June 9 last year", "2021", "2020-06-09"),
        ("late Thursday last week", "2021-10-05", "2021-09-30"),  # weeks run from Monday
        ("Monday this week", "2021-10-07", "2021-10-04"),
    ],
)
def test_a_month_or_weekday_in_a_named_year_or_week(text, published, value):
    assert resolve_date(text, published, "past", VOCAB)["value"] == value


def test_a_weekday_of_a_named_week_needs_the_publication_day():
    assert resolve_date("Thursday last week", "2021-10", "past", VOCAB) is None
