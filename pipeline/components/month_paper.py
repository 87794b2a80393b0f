"""Weekdays in a paper dated only by its month ("published: 2021-01"). Alone such a paper
cannot tell which Tuesday "on Tuesday" is, so the date stage gives the month. A coder
places the weekday by the calendar days the article itself names: "voting is on
Thursday, January 14 ... the regulator ordered the block on Tuesday" is Tuesday the
12th. The weekday is taken in the publication month (the paper is of that month, and
what it calls "Tuesday" lies close before it), on the occurrence nearest the calendar day
the article last named before it (else the first it names after), in or shortly before
that month."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from pipeline.components.date_phrases import MONTHS, WEEKDAYS, core_tokens
from pipeline.components.date_resolve import parse_published

ANCHOR_REACH = 31  # days before the publication month a named calendar day may lie and still place its weekdays


def weekdays_placed(spans: list[Span], published: str | None, words: dict) -> None:
    """Give each bare weekday of a month-dated paper (`weekday_of`) its day, in place on the
    spans' `date`, when the article names a calendar day to place it by (`anchor_days`)."""
    period = parse_published(published)
    if period is None or period[2] != "month":
        return
    first, last, _ = period
    anchors = anchor_days(spans, first, last, words)
    if not anchors:
        return
    for span in spans:
        date = span._.date
        if not date or date["precision"] != "month" or date["value"] != first.isoformat()[:7] or "end" in date:
            continue
        target = weekday_of(span.text, words)
        if target is None:
            continue
        before = [day for at, day in anchors if at < span.start]
        anchor = before[-1] if before else anchors[0][1]  # as a reader places it: by the last day told, else the next
        days = [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]
        day = min((d for d in days if d.weekday() == target), key=lambda d: abs((d - anchor).days))
        span._.date = {**date, "value": day.isoformat(), "precision": "day"}


def anchor_days(spans: list[Span], first: dt.date, last: dt.date, words: dict) -> list[tuple[int, dt.date]]:
    """(token, day) of each day the article names by its month and number ("January 14",
    "31 May 2023", the first of "between January 20 and 26") within the publication month
    or shortly before it, in text order."""
    days = []
    for span in spans:
        date = span._.date
        if not date or date["precision"] != "day":
            continue
        tokens = core_tokens(span.text, words)
        if not any(t in MONTHS for t in tokens) or not any(t.isdigit() and len(t) <= 2 for t in tokens) \
                or any(t in words["relative_words"] and t not in WEEKDAYS for t in tokens):  # "Thursday, January 14" places; "May 3 last year" is no day of the month
            continue
        day = dt.date.fromisoformat(date["value"])
        if first - dt.timedelta(days=ANCHOR_REACH) <= day <= last:
            days.append((span.start, day))
    return sorted(days)


def weekday_of(text: str, words: dict) -> int | None:
    """The weekday (0 for Monday) of an expression that is a weekday and nothing more, with
    at most a part of the day or "last" ("Tuesday", "late Thursday", "Sunday morning",
    "last Friday"); None for anything else ("next Monday", "Tuesday, 12 January")."""
    tokens = [t for t in core_tokens(text, words) if t not in words["day_parts"] and t != "last"]
    return WEEKDAYS.index(tokens[0]) if len(tokens) == 1 and tokens[0] in WEEKDAYS else None
