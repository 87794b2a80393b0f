"""Plain dates read without dateparser (`date_reader`) read exactly as dateparser reads them."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.components import date_reader
from pipeline.components.date_resolve import CALENDAR_PROBES, _parser, period_precision

MONTHS = sorted(date_reader.MONTH_NUMBERS)
DAYS = (1, 2, 9, 12, 28, 29, 30, 31)


def dateparser_reading(text: str, base: dt.date) -> tuple[dt.datetime, str] | None:
    data = _parser("past", base).get_date_data(text)
    return None if data is None or data.date_obj is None else (data.date_obj, period_precision(data))


@pytest.mark.parametrize("month", MONTHS)
def test_with_a_year_as_dateparser(month: str) -> None:
    for year in (1998, 2016, 2020, 2023):
        texts = [f"{month} {year}", *(f"{d} {month} {year}" for d in DAYS), *(f"{month} {d} {year}" for d in DAYS)]
        for text in texts:
            mine = date_reader.absolute(text)
            theirs = dateparser_reading(text, dt.date(year, 12, 31))
            if mine is None:  # a day the month lacks (left to dateparser, which reads nothing either)
                assert theirs is None, text
            else:
                assert theirs is not None and (theirs[0].date(), theirs[1]) == mine, text


@pytest.mark.parametrize("month", MONTHS)
def test_without_a_year_as_dateparser_from_any_reference(month: str) -> None:
    for text in [month, *(f"{d} {month}" for d in DAYS), *(f"{month} {d}" for d in DAYS)]:
        mine = date_reader.calendar_date(text)
        for base in CALENDAR_PROBES:
            theirs = dateparser_reading(text, base)
            if mine is None or (mine[0], mine[1]) == (2, 29):
                continue  # left to dateparser
            assert theirs is not None, text
            assert (theirs[0].month, theirs[0].day, theirs[0].time(), theirs[1]) == mine, (text, base)


def test_bare_years_and_other_forms() -> None:
    assert date_reader.absolute("2016") == (dt.date(2016, 12, 1), "year")
    assert dateparser_reading("2016", dt.date(2016, 12, 31))[1] == "year"
    for text in ("last week", "june 3rd", "31 june", "31 june 2020", "june 2020 5", "0 june", "05 june", "monday june 5", "1900 gmt"):
        assert date_reader.absolute(text) is None and date_reader.calendar_date(text) is None, text
