"""A weekday with a part of the day, and a year-less day just after publication, are read
from the paper's own day: neither goes a week or a year off."""

import pytest

from tests.conftest import asserted


@pytest.mark.parametrize(("sentence", "published", "start"), [
    ("Access to the internet has been cut across Basra since early Saturday morning as protests spread.", "2022-03-19", "2022-03-19"),
    ("Authorities cut the internet across Maysan province on Saturday night as protests spread.", "2022-03-19", "2022-03-19"),
    ("The internet in Maysan province was cut late Sunday night, a local official said.", "2022-03-20", "2022-03-20"),
    ("The internet in Maysan province was cut late Sunday night, a local official said.", "2022-03-22", "2022-03-20"),  # two days on: that Sunday
])
def test_a_weekday_with_a_part_of_the_day(analyse, sentence, published, start):
    """A Saturday paper's "Saturday night" is that Saturday, not the one a week before."""
    [event] = asserted(analyse(sentence, published=published))
    assert event["date_start"] == start


def test_a_day_shortly_after_the_paper_is_the_coming_one(analyse):
    text = "Ahead of the farmers' march on March 19, authorities have decided to suspend mobile internet in Ludhiana."
    [event] = asserted(analyse(text, published="2022-03-15"))
    assert event["date_start"] == "2022-03-19"


def test_a_day_well_after_the_paper_stays_in_the_past(analyse):
    text = "Authorities suspended mobile internet in Ludhiana on May 19 after clashes between farmers and police."
    [event] = asserted(analyse(text, published="2022-03-15"))
    assert event["date_start"] == "2021-05-19"


def test_an_occasion_just_into_the_next_year(analyse):
    text = "Ahead of the opposition rally on January 2, authorities have decided to suspend mobile internet in Lahore."
    [event] = asserted(analyse(text, published="2022-12-29"))
    assert event["date_start"] == "2023-01-02"


def test_an_occasion_of_days_past_stays_past(analyse):
    text = "After the opposition rally on March 11, authorities suspended mobile internet in Lahore."
    [event] = asserted(analyse(text, published="2022-03-15"))
    assert event["date_start"] == "2022-03-11"
