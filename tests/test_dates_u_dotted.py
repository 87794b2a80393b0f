"""Dotted day.month.year dates, as official orders write them, read day first (invented
sentences)."""

from tests.conftest import asserted


def test_a_dotted_date_starts_the_measure_day_first(analyse):
    text = "The district magistrate suspended mobile data services in Kishtwar w.e.f. 05.09.2022 until further orders."
    [event] = asserted(analyse(text, published="2022-09-12"))
    assert event["date_start"] == "2022-09-05"


def test_a_dotted_date_the_parser_hangs_on_a_noun_still_dates_the_measure(analyse):
    text = ("The order directs operators to suspend mobile data within a radius of two kilometres around the marked "
            "coordinates from 11.07.2023 to 12.07.2023 in the district of Poonch.")
    [event] = asserted(analyse(text, published="2023-07-14"))
    assert event["date_start"] == "2023-07-11"


def test_a_clock_time_with_a_dot_is_still_no_date(analyse):
    text = "Mobile internet was suspended in Poonch from 10.30 am on Sunday."
    [event] = asserted(analyse(text, published="2023-07-18"))
    assert event["date_start"] == "2023-07-16"
