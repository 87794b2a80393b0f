"""Plain calendar expressions read without dateparser (issue 15: quick start).

dateparser's first reading in a process builds its timezone and locale expressions: about
half a second, more than the rest of the rule stages take for an article. Most dates in a
report are plain ("December 2018", "5 March 2021", "July 14"), and for those dateparser's
answer is fixed: the month and day as written, the first of the month when no day is
given, midnight. So they are read here, and dateparser (imported on first use) is left the
rest: relative and unusual expressions. `tests/test_date_reader.py` checks every form read
here against dateparser.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

MONTH_NUMBERS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTH_NUMBERS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name} | {"sept": 9}
DAY = re.compile(r"[1-9]\d?")
YEAR = re.compile(r"(1[89]|20)\d\d")


def plain_parts(cleaned: str) -> tuple[int | None, int, int | None] | None:
    """(year, month, day) of "month", "month day", "day month", each with an optional year
    after it, or of a bare year (month 0); None for any other form, or a day the month lacks."""
    tokens = cleaned.split()
    year = None
    if tokens and YEAR.fullmatch(tokens[-1]):
        year = int(tokens.pop())
        if not tokens:
            return year, 0, None
    if len(tokens) == 1 and tokens[0] in MONTH_NUMBERS:
        return year, MONTH_NUMBERS[tokens[0]], None
    if len(tokens) != 2:
        return None
    month, day = (tokens[0], tokens[1]) if tokens[0] in MONTH_NUMBERS else (tokens[1], tokens[0])
    if month not in MONTH_NUMBERS or not DAY.fullmatch(day):
        return None
    month_number, day_number = MONTH_NUMBERS[month], int(day)
    if day_number > calendar.monthrange(year or 2000, month_number)[1]:  # 2000: February 29 is a day
        return None
    return year, month_number, day_number


def absolute(cleaned: str) -> tuple[dt.date, str] | None:
    """(date, precision) of a plain expression that names its year ("december 2018",
    "5 march 2021", "2016"), as dateparser reads it; None for anything else."""
    parts = plain_parts(cleaned)
    if parts is None or parts[0] is None:
        return None
    year, month, day = parts
    if not month:
        return dt.date(year, 12, 1), "year"
    return dt.date(year, month, day or 1), "day" if day else "month"


def calendar_date(cleaned: str) -> tuple[int, int, dt.time, str] | None:
    """(month, day, time of day, precision) of a plain expression without a year ("july 14",
    "3 june", "november"), as dateparser reads it whatever the reference date; None else."""
    parts = plain_parts(cleaned)
    if parts is None or parts[0] is not None:
        return None
    _, month, day = parts
    return month, day or 1, dt.time(0), "day" if day else "month"
