"""A weekend, the night before and "a week ago", read from the publication day."""

import pytest

from tests.conftest import asserted


@pytest.mark.parametrize(("when", "published", "start"), [
    ("over the weekend", "2023-08-28", "2023-08-26"),  # a Monday paper: the Saturday just past
    ("at the weekend", "2023-08-27", "2023-08-26"),  # a Sunday paper: this weekend's Saturday
    ("last weekend", "2023-08-27", "2023-08-19"),  # a Sunday paper: the weekend before
    ("last weekend", "2023-08-30", "2023-08-26"),
    ("overnight", "2023-08-28", "2023-08-27"),  # the evening before the paper
    ("a week ago", "2023-08-28", "2023-08-21"),  # seven days back, to the day
    ("two weeks ago", "2023-08-28", "2023-08-14"),
])
def test_a_day_read_from_the_paper(analyse, when, published, start):
    [event] = asserted(analyse(f"Authorities in Gabon cut internet access nationwide {when}, residents said.", published=published))
    assert event["date_start"] == start


def test_last_week_stays_a_week_of_its_month(analyse):
    [event] = asserted(analyse("Authorities in Gabon cut internet access nationwide last week, residents said.", published="2023-08-28"))
    assert event["date_start"] == "2023-08"
