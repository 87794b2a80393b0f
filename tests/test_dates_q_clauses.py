"""Dates a clause places away from the trigger: the end of a range whose start is a time of
day, a date deep inside a since-clause, and a neighbour's day that counts the measure's days
or, for a measure still to come, lies ahead."""

import pytest

from tests.conftest import asserted


@pytest.mark.parametrize(("published", "start", "end"), [
    ("2024-03-07", "2024-03-07", "2024-03-10"),  # a Thursday paper: this Thursday to the Sunday after it
    ("2024-03-11", "2024-03-07", "2024-03-10"),  # a Monday paper: the Thursday and Sunday just past
])
def test_a_range_from_a_time_of_day_ends_after_its_start(analyse, published, start, end):
    text = "Mobile data has been switched off in Haryana's Palwal district from Thursday 6pm to Sunday 8am, the order said."
    [event] = asserted(analyse(text, published=published))
    assert (event["date_start"], event["date_end"]) == (start, end)


def test_a_date_inside_a_since_clause_starts_the_measure(analyse):
    text = ("The Afar region has been largely without internet and phone services since fighting erupted between "
            "army units and militias led by the regional party in March 2021. "
            "Rights groups say the communications blackout has hurt aid deliveries.")
    events = asserted(analyse(text, published="2023-05-10"))
    assert events[0]["date_start"] == "2021-03"


def test_a_neighbours_day_counts_back_to_the_first_day(analyse):
    text = ("People in Aleppo could not get online for a third day on Sunday. "
            "Syrian authorities cut the internet across the province, state media reported.")
    [event] = asserted(analyse(text, published="2024-06-10"))
    assert event["date_start"] == "2024-06-07"



def test_a_measure_still_to_come_takes_the_day_the_next_sentence_gives(analyse):
    text = ("Exam-day internet cuts planned in Punjab\n\n"
            "Mobile internet will be suspended across Punjab for four hours each morning while the board exams are held.\n\n"
            "The exams start tomorrow, Monday, and run until March 20.")
    [event] = asserted(analyse(text, published="2024-03-10"))
    assert event["date_start"] == "2024-03-11"
