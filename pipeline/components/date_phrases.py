"""Date phrases read against another date rather than against the calendar: the two ends
of a range ("12-14 March"), a day counted from the date the text gave before ("two days
later", "the day before"), a weekday, a weekend or the night before seen from the
publication day ("last Friday", "over the weekend", "overnight"), a month or weekday placed
in a year or week named after it ("May last year") and a part of a period read as the
period ("the last week of September")."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from spacy.tokens import Span, Token

from pipeline.components.date_reader import plain_parts

MONTHS = [m.lower() for m in calendar.month_name[1:]] + [m.lower() for m in calendar.month_abbr[1:]] + ["sept"]
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?!\d)(?:\s*[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?", re.IGNORECASE)


def without_clock(text: str, fillers: set[str]) -> str:
    """The expression without its clock times and the words that only frame them
    ("from 4:30 to 7:00 in the morning of 9 May" -> "9 May"): dateparser reads
    "5:00" as May, and a time of day dates nothing by itself. A dotted date ("14.08.2023")
    is no clock time: it is spelled out first."""
    text = spelled_out(text)
    if not CLOCK.search(text):
        return text
    tokens = CLOCK.sub(" \0 ", text).split()
    dropped = True
    while dropped:
        dropped = False
        for i, token in enumerate(tokens):
            near = [j for j in (i - 1, i + 1) if token == "\0" and 0 <= j < len(tokens) and tokens[j].lower().strip(",") in fillers]
            if near:
                del tokens[near[0]]
                dropped = True
                break
    return " ".join(t for t in tokens if t != "\0").strip(" ,")


def split_range(text: str, words: dict) -> tuple[str, str] | None:
    """The two ends of a range ("January 12 to January 14", "between 3 and 5 March",
    "12-14 March"), each completed with the month and year the other names; None else."""
    tokens = re.findall(r"[A-Za-z]+|\d+", text)
    lower = [t.lower() for t in tokens]
    cut = next((i for i, t in enumerate(lower) if t in words["range_words"] and 0 < i < len(lower) - 1), None)
    if cut is None and re.search(r"\d\s*[-\u2013]\s*\d", text) and not re.search(r"\d{4}\s*[-\u2013]\s*\d", text):
        cut = next((i for i in range(1, len(tokens)) if tokens[i - 1].isdigit() and tokens[i].isdigit()), None)
        left, right = tokens[:cut], tokens[cut:]
    elif cut is not None and (lower[cut] != "and" or "between" in lower[:cut]):
        left, right = tokens[:cut], tokens[cut + 1:]
    else:
        return None
    left = [t for t in left if t.lower() not in words["strip_prefixes"]]
    right = [t for t in right if t.lower() not in words["strip_prefixes"]]
    if not left or not right or not any(t.isdigit() or t.lower() in MONTHS for t in right):
        return None
    if all(t.isdigit() and len(t) <= 2 for t in left):  # "12 to 14 March": the start's month from the end
        left += [t for t in right if not (t.isdigit() and len(t) <= 2)]
    elif not any(len(t) == 4 and t.isdigit() for t in left):  # "March 3 to March 5 2024": the start's year too
        left += [t for t in right if len(t) == 4 and t.isdigit()]
    return " ".join(left), " ".join(right)


def after_previous(text: str, last_day: str | None, words: dict, published: str | None = None) -> dict | None:
    """"Two days later", "the next day", "the following morning", "the day before": counted
    from the date the text gave before; a day before with no date before it ("The day
    before, the governors reported ...") is counted from the publication day, the news's now."""
    tokens = re.findall(r"[a-z0-9]+", text.lower())
    parts = set(words["day_parts"])
    back = bool({"before", "previous"} & set(tokens)) or tokens[-1:] == ["earlier"]  # not "earlier in the day"
    if last_day is None and back and published and re.fullmatch(r"\d{4}-\d\d-\d\d", published):
        last_day = published
    if last_day is None or not tokens or not ({"later", "after", "next", "following"} & set(tokens) or back) or not parts & {t.rstrip("s") for t in tokens}:
        return None
    if (tokens[-1] not in ("later", "after", "before", "earlier") and tokens[-1].rstrip("s") not in parts) or any(t in MONTHS for t in tokens):
        return None
    if tokens[-1].endswith("s") and not any(t in words["numbers"] or t.isdigit() for t in tokens):
        return None  # "on later days", "the following nights": no one day
    amount = next((words["numbers"].get(t) or (int(t) if t.isdigit() else None) for t in tokens if t in words["numbers"] or t.isdigit()), 1)
    if "week" in tokens or "weeks" in tokens:
        amount *= 7
    day = dt.date.fromisoformat(last_day) + dt.timedelta(days=-amount if back else amount)
    return {"value": day.isoformat(), "precision": "day"}


def range_end(span: Span, words: dict, last_day: str | None, read) -> dict | None:
    """"From Friday 10am to Saturday 11.59pm": the end of a range whose own start is only a
    time of day (inside the expression or just before it), its day told just before, read
    forward from that day (the Saturday after the Friday, not the one before the paper) and
    marked `end_only`; None for any other expression. `read(anchor, prefer)` resolves it."""
    ends = "|".join(re.escape(w) for w in words["range_words"] if w != "and")
    to_day = re.compile(rf"^(?:{CLOCK.pattern})\s+(?:{ends})\s+(?!\d{{1,2}}\s*[:.ap])", re.IGNORECASE)
    before = span.doc[max(span.sent.start, span.start - 4):span.start].text
    inside = to_day.match(span.text.strip()) is not None  # "10am to Saturday 11.59pm"
    ahead = re.search(rf"(?:{CLOCK.pattern})\s+(?:{ends})$", before, re.IGNORECASE) is not None and not CLOCK.match(span.text)  # "6pm to" + "Sunday 8am"
    if last_day is None or not (inside or ahead):
        return None
    value = read(last_day, "future")
    if value is None or value["precision"] != "day" or not 0 <= (dt.date.fromisoformat(value["value"]) - dt.date.fromisoformat(last_day)).days <= 7:
        return None
    return {**value, "end_only": True}


WEEKDAYS = [d.lower() for d in calendar.day_name]
DOTTED_DATE = r"^(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(19|20)\d\d$"  # day.month.year, one token
DOTTED_IN_TEXT = re.compile(r"\b(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d\d)\b")


def weekday(tokens: list[str], base: dt.date, prefer: str) -> dt.date | None:
    """"Friday" in a Friday paper is that day; "last Friday" the one before; "next Friday" after.
    "Last Thursday" in a Friday paper is the Thursday of the week before: a report calls the
    day before it "Thursday" or "yesterday", and says "last" of an older one."""
    if not tokens or tokens[-1] not in WEEKDAYS or len(tokens) > 2 or (len(tokens) == 2 and tokens[0] not in ("last", "next", "this", "on")):
        return None
    target = WEEKDAYS.index(tokens[-1])
    if tokens[0] == "next" or (prefer == "future" and tokens[0] != "last"):
        return base + dt.timedelta(days=(target - base.weekday()) % 7 or (7 if tokens[0] == "next" else 0))
    back = (base.weekday() - target) % 7
    return base - dt.timedelta(days=back + 7 if tokens[0] == "last" and back <= 1 else back)


SATURDAY = WEEKDAYS.index("saturday")


def weekend(tokens: list[str], base: dt.date, prefer: str) -> dt.date | None:
    """"Over the weekend" in a Monday paper is the Saturday just past, where the weekend
    began (in a weekend paper, this weekend's); "will stay cut over the weekend" the
    Saturday coming; "last weekend" in a weekend paper the one before, "next weekend" in
    one the one after."""
    if not tokens or tokens[-1] != "weekend" or len(tokens) > 2 or (len(tokens) == 2 and tokens[0] not in ("last", "next", "this", "past")):
        return None
    in_one = base.weekday() >= SATURDAY  # the paper is itself of a weekend
    if tokens[0] == "next" or (prefer == "future" and tokens[0] not in ("last", "past")):
        ahead = (SATURDAY - base.weekday()) % 7
        saturday = base - dt.timedelta(days=base.weekday() - SATURDAY) if in_one else base + dt.timedelta(days=ahead)
        return saturday + dt.timedelta(days=7 if tokens[0] == "next" and in_one else 0)
    saturday = base - dt.timedelta(days=(base.weekday() - SATURDAY) % 7)
    return saturday - dt.timedelta(days=7 if tokens[0] in ("last", "past") and in_one else 0)


def near_the_paper(tokens: list[str], base: dt.date, prefer: str, words: dict) -> dt.date | None:
    """A day read from the paper's own day: a weekday, a weekend's Saturday, or "overnight",
    the evening before the paper (a cut late on Thursday told in a Friday paper), tonight's
    when still to come."""
    if len(tokens) == 1 and tokens[0] in words["night_before_words"]:
        return base - dt.timedelta(days=0 if prefer == "future" else 1)
    if len(tokens) >= 2 and tokens[-1] in words["day_parts"] and tokens[-2] in WEEKDAYS:
        tokens = tokens[:-1]  # "Saturday night" is that Saturday: read as a time past the paper's noon it went a week off
    return weekday(tokens, base, prefer) or weekend(tokens, base, prefer)


PERIOD_SHIFTS = {"this": 0, "last": -1, "previous": -1, "next": 1}


def in_named_period(tokens: list[str], base: dt.date, day_known: bool) -> tuple[dt.date, str] | None:
    """(date, precision) of a month, a day or a weekday followed by the year or week it falls
    in ("February this year", "May 3 last year", "Wednesday last week"), weeks running from
    Monday; a weekday needs the publication day (`day_known`). None for any other phrase."""
    if len(tokens) < 3 or tokens[-1] not in ("year", "week") or tokens[-2] not in PERIOD_SHIFTS:
        return None
    shift, head = PERIOD_SHIFTS[tokens[-2]], tokens[:-2]
    if tokens[-1] == "week":
        if len(head) != 1 or head[0] not in WEEKDAYS or not day_known:
            return None
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=shift)
        return monday + dt.timedelta(days=WEEKDAYS.index(head[0])), "day"
    parts = plain_parts(" ".join(head))
    if parts is None or parts[0] is not None or not parts[1]:
        return None
    _, month, day = parts
    year = base.year + shift
    if day is not None and day > calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day or 1), "day" if day else "month"


def spelled_out(text: str) -> str:
    """Dotted day.month.year dates as official orders write them ("w.e.f. 03.10.2022") as
    day, month name and year ("3 October 2022"): day first, never read month first."""
    return DOTTED_IN_TEXT.sub(lambda m: f"{int(m[1])} {calendar.month_name[int(m[2])]} {m[3]}", text)


def core_tokens(text: str, words: dict) -> list[str]:
    """The words of an expression that date it: without the prepositions and articles that
    lead it ("since the", "on"), and a part of a period read as the period (`part_of`); a
    dotted date spelled out (`spelled_out`)."""
    tokens = re.findall(r"[a-z0-9]+|'ll", spelled_out(text).lower())
    while tokens and tokens[0] in words["strip_prefixes"]:
        tokens.pop(0)
    return part_of(tokens, words)


def part_of(tokens: list[str], words: dict) -> list[str]:
    """"last week of September", "second half of 2019": the period the part belongs to, which
    dates it no more precisely than that ("September", "2019"); its first day is a day ("first
    day of 2020": 1 January 2020). Other tokens as they are ("third day of protests" too,
    which then reads as no date)."""
    if "of" not in tokens:
        return tokens
    cut = tokens.index("of")
    head, whole = tokens[:cut], [t for t in tokens[cut + 1:] if t != "the"]
    if len(head) != 2 or head[1] not in words["period_parts"] or not (head[0] in words["ordinals"] or head[0] in ("last", "final")) or not whole:
        return tokens
    if head == ["first", "day"] and whole[0] in MONTHS:
        return [whole[0], "1", *whole[1:]]
    if head == ["first", "day"] and len(whole) == 1 and whole[0].isdigit():
        return ["1", "january", whole[0]]
    return whole


DAY_NUMBER = re.compile(r"(?i)^(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?$")  # "12", "12th"
DASHES = ("-", "\u2013")


def with_day_before(span: Span, taken: set[int]) -> Span:
    """"this day of 12th March 2021": the NER leaves the day number out of the month it
    precedes, which would make a day a month; the day belongs to the date. So does the
    first day of a range before it ("from 3-7 July" found as "7 July" or "July"):
    the range starts on it."""
    doc = span.doc
    if span.label_ != "DATE" or span.start == 0:
        return span
    first = span.start
    if span[0].lower_.rstrip(".") in MONTHS and DAY_NUMBER.match(doc[first - 1].text) and doc[first - 1].i not in taken - set(range(span.start, span.end)):
        first -= 1
    if DAY_NUMBER.match(doc[first].text) and first >= 2 and doc[first - 1].text in DASHES and DAY_NUMBER.match(doc[first - 2].text) \
            and doc[first - 2].i not in taken and any(t.lower_.rstrip(".") in MONTHS for t in span):
        first -= 2  # "3" of "3-7 July"
    return span if first == span.start else Span(doc, first, span.end, label="DATE")


def scheduled(span: Span, verb: Token) -> bool:
    """"Papers are sat from 3-7 July", "the tests begin on 12 June": a
    calendar date without a year on a verb in the present tense is the nearest such date, as
    a timetable is read, not necessarily a past one (a weekday keeps the past: "the network
    is down since Monday")."""
    if not any(t.lower_.rstrip(".") in MONTHS for t in span) or any(t.lower_ in WEEKDAYS for t in span):
        return False
    first = min((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), key=lambda c: c.i, default=verb)
    return first.tag_ in ("VBZ", "VBP") and first.lemma_ != "have"


def of_an_occasion(span: Span, words: dict) -> bool:
    """"Ahead of the rally on November 24", "the march of March 19": a year-less calendar
    day that dates a noun, an occasion, not the verb of the clause. Such days are often
    told before they come, so the day just ahead of the paper is meant (`day_just_ahead`);
    a verb's day keeps the past ("the network was cut on 11 July")."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in ("on", "of") or not any(t.lower_.rstrip(".") in MONTHS for t in span):
        return False
    noun = prep.head
    return noun.pos_ in ("NOUN", "PROPN") and not span.start <= noun.i < span.end and noun.lemma_.lower() not in set(words["day_parts"]) | set(words["units"])


def day_just_ahead(tokens: list[str], base: dt.date, days_ahead: int) -> dt.date | None:
    """The year-less calendar day of `tokens` when it falls within `days_ahead` after the
    paper's day `base` (November 24 in a paper of November 21, January 2 in one of December
    28), else None; `days_ahead` is time_words.json `occasion_days_ahead`."""
    parts = plain_parts(" ".join(tokens))
    if parts is None or parts[0] is not None or not parts[1] or parts[2] is None:
        return None
    for year in (base.year, base.year + 1):
        if parts[2] <= calendar.monthrange(year, parts[1])[1] and 0 < (dt.date(year, parts[1], parts[2]) - base).days <= days_ahead:
            return dt.date(year, parts[1], parts[2])
    return None


def of_another_calendar(span: Span) -> bool:
    """"On the 9th and 10th of Muharram": days counted only by their ordinals, of a month
    named after them that is none of the Gregorian calendar's, date nothing that can be read
    against publication (the ordinals alone read as a month: "10th" as October)."""
    doc = span.doc
    counted = lambda t: t.is_punct or t.lower_ in ("the", "and") or re.fullmatch(r"\d{1,2}(st|nd|rd|th)", t.lower_)  # noqa: E731
    if not all(counted(t) for t in span):
        return False
    end = span.end
    while end < len(doc) and counted(doc[end]):  # "the 7th, 9th" + ", and 10th of Muharram"
        end += 1
    after = doc[end:end + 2]
    return len(after) == 2 and after[0].lower_ == "of" and after[1].pos_ == "PROPN" and after[1].lower_ not in MONTHS

