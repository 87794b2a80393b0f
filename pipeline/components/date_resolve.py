"""Reading one date expression against a publication date: the half of the date stage that
knows nothing of the Doc. Plain calendar dates are read by `date_reader`; dateparser (imported
on first use) reads the rest, once per process for expressions whose meaning does not depend
on the publication date beyond a year or a shift (`parse`, `shift`), so a batch pays for each
distinct expression once. `dates.DateStage` finds the expressions and calls `resolve_date`."""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.components import date_reader
from pipeline.components.date_phrases import DAY_NUMBER, MONTHS, WEEKDAYS, core_tokens, day_just_ahead, in_named_period, near_the_paper
from pipeline.components.patterns import MODELS_DIR

if TYPE_CHECKING:
    import dateparser

PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
BASE_TIME = dt.time(12)  # an article's day is seen from its noon
CALENDAR_PROBES = (dt.date(2001, 12, 31), dt.date(2003, 7, 15))  # two reference dates, in years without February 29
# reference dates on other weekdays, month lengths and sides of a February 29
SHIFT_PROBES = (dt.date(2001, 12, 31), dt.date(2003, 7, 15), dt.date(2004, 3, 1), dt.date(2010, 10, 9))


@lru_cache(maxsize=8)
def time_words(vocab_file: str) -> dict:
    """Number words, units and cue words of the date stage (models/vocab/time_words.json)."""
    return json.loads((MODELS_DIR / vocab_file).read_text("utf-8"))


def parse_published(published: str | None) -> tuple[dt.date, dt.date, str] | None:
    """(first day, last day, precision) of the period a publication date covers."""
    if not published:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published.strip())
    if not m:
        return None
    year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    try:
        if day:
            d = dt.date(year, month, day)
            return d, d, "day"
        if month:
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month"
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _parser(prefer: str, base: dt.date) -> dateparser.date.DateDataParser:
    import dateparser  # on first use: plain dates never need it (`date_reader`)

    return dateparser.date.DateDataParser(
        languages=["en"],
        settings={
            "PREFER_DATES_FROM": prefer,
            "RELATIVE_BASE": dt.datetime.combine(base, BASE_TIME),
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_DAY_OF_MONTH": "first",
        },
    )


@lru_cache(maxsize=20_000)
def resolve_date(text: str, published: str | None, prefer: str, vocab_file: str) -> dict | None:
    """Resolve one expression to {"value", "precision"}; None when it names no datable time."""
    words = time_words(vocab_file)
    tokens = core_tokens(text, words)  # "since the last week of September": September
    if any(t in MONTHS for t in tokens) and any(DAY_NUMBER.match(t) for t in tokens):
        # "Thursday, January 14", "today August 10, 2022": the calendar day, not a day seen from the paper
        tokens = [t for t in tokens if t not in WEEKDAYS and t not in words["day_words"]]
    cleaned = " ".join(tokens)
    if not cleaned or cleaned in words["not_dates"] or not re.search(r"\d|[a-z]{3}", cleaned) or re.fullmatch(r"\d{1,3}", cleaned):
        return None  # a bare number the NER tagged a date ("an age cap of 70") is no year
    relative = any(t in words["relative_words"] for t in tokens)
    has_year = bool(re.search(r"\b(1[89]|20)\d\d\b", cleaned))
    if has_year and not relative and (absolute := resolve_absolute(cleaned)) is not None:
        return absolute
    anchor = parse_published(published)
    if anchor is None:
        return None
    first, last, pub_precision = anchor
    near, prefer = prefer == "near", "past" if prefer == "near" else prefer  # "near": the past, or a day just ahead
    base = first if prefer == "future" else last
    if tokens[0] in ("last", "previous", "past") and len(tokens) == 2 and tokens[1] in MONTHS:
        cleaned, prefer = tokens[1], "past"
        base = dt.date(first.year - 1, 12, 31)  # "last July" is the year before's: this year's would be "in July"
    if (named := in_named_period(tokens, base, pub_precision == "day")) is not None:
        return as_value(*named)
    day = (near and day_just_ahead(tokens, base, words["occasion_days_ahead"]) or near_the_paper(tokens, base, prefer, words)) if pub_precision == "day" else None
    if day is not None:
        return {"value": day.isoformat(), "precision": "day"}
    if tokens[:2] == ["earlier", "this"] or tokens[:2] == ["later", "this"]:
        cleaned = "this " + " ".join(tokens[2:])
    parsed = parse(cleaned, prefer, base, fixed_calendar=not relative)
    if parsed is None:
        return None
    if prefer == "future" and not relative and not has_year:
        # "would suspend by March 15" in a paper of March 20: the nearest March 15, not next year's
        past = parse(cleaned, "past", last, fixed_calendar=True)
        if past and abs((past[0] - base).days) < abs((parsed[0] - base).days):
            parsed = past
    elif prefer == "past" and not relative and not has_year and pub_precision == "day":
        # "on November 24" in a paper of November 21: days ahead, not a year back
        ahead = parse(cleaned, "future", first, fixed_calendar=True)
        if ahead and 0 < (ahead[0] - last).days <= words["days_ahead_not_a_year_back"]:
            parsed = ahead
    day, precision = parsed
    if cleaned.startswith("this ") and tokens[-1] in ("month", "week", "year"):
        precision = "year" if tokens[-1] == "year" else "month"
    precision = "day" if tokens[-2:] in (["week", "ago"], ["weeks", "ago"]) else precision  # seven days back, not "last week"
    if relative and PRECISION_RANK[precision] > PRECISION_RANK[pub_precision]:
        precision = pub_precision
    return as_value(day, precision)


def parse(cleaned: str, prefer: str, base: dt.date, fixed_calendar: bool = False) -> tuple[dt.date, str] | None:
    """(date, precision) of an expression seen from `base`. dateparser reads an expression
    once per process when its meaning does not depend on `base` beyond a year or a shift:
    a year-less calendar date ("March 5", `fixed_calendar`) is then only placed in the year
    `prefer` picks, others ("two days ago", and for relative ones "last month") only
    shifted from `base`, as dateparser itself would. Anything else is parsed against
    `base` here (a month or year move of a `fixed_calendar` expression too: the caller
    weighs its exact distance from `base`)."""
    if fixed_calendar and (parts := calendar_parts(cleaned)) is not None:
        month, day, time, precision = parts
        placed, noon = dt.datetime.combine(dt.date(base.year, month, day), time), dt.datetime.combine(base, BASE_TIME)
        if prefer == "past" and placed > noon:
            placed = placed.replace(year=base.year - 1)
        elif prefer == "future" and placed < noon:
            placed = placed.replace(year=base.year + 1)
        return placed.date(), precision
    if (moved := shift(cleaned, prefer)) is not None and (moved[0] in ("days", "never") or not fixed_calendar):
        unit, amount, precision = moved
        return None if unit == "never" else (shifted(base, unit, amount), precision)
    data = _parser(prefer, base).get_date_data(cleaned)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), period_precision(data)


@lru_cache(maxsize=20_000)
def calendar_parts(cleaned: str) -> tuple[int, int, dt.time, str] | None:
    """(month, day, time of day, precision) of an expression that names a month and maybe a
    day but no year, so only its year depends on the article; None for anything whose
    reading moves with the reference date ("tonight"), or could fall on February 29."""
    if (plain := date_reader.calendar_date(cleaned)) is not None:
        month, day, time, precision = plain
    elif not any(c.isdigit() for c in cleaned) and not any(m in cleaned for m in date_reader.MONTH_NUMBERS):
        return None  # no month and no number ("day", "tonight"): no fixed date, dateparser not asked
    else:
        readings = [probe(cleaned, "past", base) for base in CALENDAR_PROBES]
        if any(r is None or r.date_obj is None for r in readings):
            return None
        parts = {(r.date_obj.month, r.date_obj.day, r.date_obj.time(), period_precision(r)) for r in readings}
        if len(parts) != 1:
            return None
        month, day, time, precision = parts.pop()
    return None if (month, day) == (2, 29) else (month, day, time, precision)


@lru_cache(maxsize=1024)
def probe(cleaned: str, prefer: str, base: dt.date) -> dateparser.date.DateData | None:
    """dateparser's reading against a probe date (calendar and shift probes share some)."""
    return _parser(prefer, base).get_date_data(cleaned)


# (expression, prefer) -> `shift`, read by dateparser when the compiled cache was built
# (`common_shifts` of vocab/time_words.json) and loaded with it, so that a process whose
# articles use only these relative expressions and plain dates never starts dateparser
KNOWN_SHIFTS: dict[tuple[str, str], tuple[str, int, str] | None] = {}


def common_shifts() -> dict[tuple[str, str], tuple[str, int, str] | None]:
    """`shift` of every `common_shifts` expression, both ways (for the compiled cache)."""
    words = json.loads((MODELS_DIR / "vocab" / "time_words.json").read_text("utf-8"))["common_shifts"]
    return {(w, prefer): shift(w, prefer) for w in words for prefer in ("past", "future")}


@lru_cache(maxsize=20_000)
def shift(cleaned: str, prefer: str) -> tuple[str, int, str] | None:
    """(unit, amount, precision) of an expression that always means the same move from
    the reference date: days for "yesterday", "three days ago" or "last week", months for
    "last month", years for "this year"; ("never", 0, "") for one dateparser cannot read
    at all. None when the move depends on the reference date, as weekdays do."""
    if (cleaned, prefer) in KNOWN_SHIFTS:
        return KNOWN_SHIFTS[cleaned, prefer]
    moves = set()
    for base in SHIFT_PROBES:
        data = probe(cleaned, prefer, base)
        if data is None or data.date_obj is None:
            moves.add(("never", 0, ""))
            continue
        day, unit = data.date_obj.date(), {"month": "months", "year": "years"}.get(data.period or "day", "days")
        months = (day.year - base.year) * 12 + day.month - base.month
        amount = (day - base).days if unit == "days" else months if unit == "months" else day.year - base.year
        moves.add((unit, amount, period_precision(data)))
    return moves.pop() if len(moves) == 1 else None


def shifted(base: dt.date, unit: str, amount: int) -> dt.date:
    """`base` moved by `amount` days, months or years, keeping its day where the month has it."""
    if unit == "days":
        return base + dt.timedelta(days=amount)
    months = base.year * 12 + base.month - 1 + (amount if unit == "months" else 12 * amount)
    year, month = divmod(months, 12)
    return dt.date(year, month + 1, min(base.day, calendar.monthrange(year, month + 1)[1]))


@lru_cache(maxsize=20_000)
def resolve_absolute(cleaned: str) -> dict | None:
    """An expression that names its year ("5 March 2021", "March 2021") means the same in
    every article, so it is parsed once per process, whatever the publication date (None
    when the number was no year after all, as in "1900 GMT")."""
    if (plain := date_reader.absolute(cleaned)) is not None:
        return as_value(*plain)
    year = int(re.search(r"\b(1[89]|20)\d\d\b", cleaned)[0])
    data = _parser("past", dt.date(year, 12, 31)).get_date_data(cleaned)
    if data is None or data.date_obj is None or data.date_obj.year != year:
        return None
    return as_value(data.date_obj.date(), period_precision(data))


def period_precision(data: dateparser.date.DateData) -> str:
    return {"day": "day", "time": "day", "week": "month", "month": "month", "year": "year"}.get(data.period or "day", "day")


def as_value(day: dt.date, precision: str) -> dict:
    value = {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}", "day": day.isoformat()}[precision]
    return {"value": value, "precision": precision}
