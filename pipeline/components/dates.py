"""Date stage: finds date expressions and resolves them against the article's publication date.

Expressions come from the statistical NER (DATE) plus a Matcher for bare month names the
model misses ("Zhejiang on August"). dateparser reads each distinct expression once per
process when its meaning does not depend on the publication date beyond a year or a shift
("5 March 2021", "March 5", "three days ago"), else once per (expression, publication
date, direction); never per token (see `parse`). Plain calendar dates ("December 2018",
"July 14") are read without it (`date_reader`), so an article that has only those never
loads it.
Results: `Span._.date` = {"value": "2021-11", "precision": "month", "text": ...} on date
spans and `Span._.duration` = "P3D" on duration spans, both in `doc.spans["cutoff_dates"]`.

Rules a hand coder follows: a year-less or relative expression takes its year from
`published`, the past is preferred unless the clause is in the future tense ("will cut
by May 7") or the day is that of an occasion just ahead ("before the rally on May 7"), and
a relative expression is never more precise than `published` itself.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.components import date_reader
from pipeline.components.date_phrases import (
    DOTTED_DATE, MONTHS, WEEKDAYS, after_previous, core_tokens, day_just_ahead, in_named_period, near_the_paper, of_an_occasion, of_another_calendar, range_end, scheduled, split_range,
    with_day_before, without_clock,
)
from pipeline.components.patterns import MODELS_DIR, AnchoredMatcher
from pipeline.components.rules import preposition_of

if TYPE_CHECKING:
    import dateparser

PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
BASE_TIME = dt.time(12)  # an article's day is seen from its noon
CALENDAR_PROBES = (dt.date(2001, 12, 31), dt.date(2003, 7, 15))  # two reference dates, in years without February 29
# reference dates on other weekdays, month lengths and sides of a February 29
SHIFT_PROBES = (dt.date(2001, 12, 31), dt.date(2003, 7, 15), dt.date(2004, 3, 1), dt.date(2010, 10, 9))
YEAR = re.compile(r"\b(1[89]|20)\d\d\b")

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
for _name in ("date", "duration"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


@Language.factory(
    "cutoff_dates",
    default_config={"spans_key": "cutoff_dates", "vocab_file": "vocab/time_words.json"},
)
def make_dates(nlp: Language, name: str, spans_key: str, vocab_file: str) -> "DateStage":
    return DateStage(nlp, name, spans_key=spans_key, vocab_file=vocab_file)


class DateStage:
    def __init__(self, nlp: Language, name: str, *, spans_key: str, vocab_file: str) -> None:
        self.name = name
        self.spans_key = spans_key
        self.vocab_file = vocab_file
        self.words = time_words(vocab_file)
        guards = time_words("vocab/date_guards.json")
        self.fillers = set(self.words["strip_prefixes"]) | set(self.words["range_words"]) | set(guards["clock_words"])
        self.matcher = AnchoredMatcher(nlp)
        month = {"LOWER": {"IN": MONTHS}, "IS_TITLE": True}
        self.matcher.add("MONTH", [month, {"LIKE_NUM": True, "OP": "?"}, {"IS_DIGIT": True, "LENGTH": 4, "OP": "?"}])
        self.matcher.add("MONTH", [{"TEXT": {"REGEX": DOTTED_DATE}}])  # the NER leaves out "03.10.2022" and "the day before"
        self.matcher.add("NEXT_TO", [{"LOWER": "the"}, {"LOWER": {"IN": self.words["day_parts"]}}, {"LOWER": {"IN": ["before", "after"]}}])

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Nothing to load beyond the vocabulary read at construction."""

    def __call__(self, doc: Doc) -> Doc:
        spans = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
        taken = {t.i for s in spans for t in s}
        for _, start, end in self.matcher(doc):
            inside = [s for s in spans if start <= s.start and s.end <= end and len(s) < end - start]  # NER's "The day" of "the day before"
            if inside or not taken.intersection(range(start, end)):
                spans = [s for s in spans if s not in inside] + [Span(doc, start, end, label="DATE")]
                taken.update(range(start, end))
        spans = [with_day_before(s, taken) for s in spans]
        out = []
        last_day: str | None = None
        year_said: tuple[int, str] | None = None  # (sentence start, year) of a date that named its year
        laws = [e for e in doc.ents if e.label_ == "LAW"]
        for span in sorted(spans, key=lambda s: s.start):
            if self.in_a_name(span, laws) or of_another_calendar(span):
                continue
            duration = self.duration(span)
            if duration:
                span = Span(doc, span.start, span.end, label="DURATION")
                span._.duration = duration
                out.append(span)
                continue
            future, anchor = self.is_future(span), doc._.published
            if year_said and year_said[0] == span.sent.start and not YEAR.search(span.text) \
                    and not {t.lower_ for t in span} & set(self.words["relative_words"]):
                anchor = f"{year_said[1]}-12-31"  # "In June 2019 ... on June 16": that year's June 16
            value = after_previous(span.text, last_day, self.words, doc._.published) or range_end(span, self.words, last_day, lambda a, p, s=span: self.resolve(s, a, p)) \
                or self.resolve(span, anchor, "future" if future else "near" if of_an_occasion(span, self.words) else "past")
            if value:
                last_day = value["value"] if value["precision"] == "day" else last_day
                if YEAR.search(span.text):
                    year_said = (span.sent.start, value["value"][:4])
                span = Span(doc, span.start, span.end, label="DATE")
                span._.date = {**value, "text": span.text}
                out.append(span)
        doc.spans[self.spans_key] = out
        return doc

    def resolve(self, span: Span, published: str | None, prefer: str) -> dict | None:
        """A date, with its "end" when the expression is a range ("from January 12 to January
        14", "12-14 March"); None for a bare time of day ("5 pm", "the afternoon"), which
        dates nothing by itself, and for what does not resolve."""
        words, text = self.words, span.text
        lower = {t.lower_ for t in span}
        if span.label_ == "TIME" and not lower & (set(words["day_words"]) | set(words["night_before_words"]) | set(MONTHS) | set(WEEKDAYS)) \
                and not ({"this", "last"} & lower and lower & set(words["day_parts"])):
            return None
        text = without_clock(text, self.fillers)
        if not text:
            return None  # "between 5:00 and": only a time of day
        if (parts := split_range(text, words)) is not None:
            start, end = (resolve_date(p, published, prefer, self.vocab_file) for p in parts)
            if start and end and end["value"] >= start["value"]:
                return {**start, "end": end}
        value = resolve_date(text, published, prefer, self.vocab_file)
        if value is None and "," in text:  # "tomorrow, Sunday": the first part that reads
            value = next(filter(None, (resolve_date(p, published, prefer, self.vocab_file) for p in text.split(","))), None)
        return value

    def duration(self, span: Span) -> str | None:
        """ISO 8601 duration for "three days", "72 hours", "a two-week", "the next five days"
        (not "three days ago", "next week")."""
        lower = [t.lower_ for t in span]
        counted = any(self.number(w) and w not in ("a", "an") for w in lower)
        if any(w in lower for w in ("ago", "last", "later", "earlier", "since", "past")) or (any(w in lower for w in ("next", "coming")) and not counted):
            return None
        for i, tok in enumerate(span):
            unit = self.words["units"].get(tok.lemma_.lower().rstrip("s")) or self.words["units"].get(tok.lower_.rstrip("s"))
            if not unit or i == 0:
                continue
            before = [t for t in span[:i] if t.text not in ("-", "(", ")")]  # "two-day", "3 (three) days"; not "May 3, hours"
            amount = self.number(before[-1].lower_) if before else None
            if amount:
                return f"PT{amount}{unit[1]}" if unit.startswith("T") else f"P{amount}{unit}"
        return None

    def number(self, word: str) -> int | None:
        if word.isdigit():
            return int(word)
        return self.words["numbers"].get(word)

    def in_a_name(self, span: Span, laws: list[Span]) -> bool:
        """A year that is part of a law's name ("the Indian Telegraph Act, 1885") dates nothing."""
        if any(law.start <= span.start and span.end <= law.end for law in laws):
            return True
        before = [t for t in span.doc[max(0, span.start - 2):span.start] if not t.is_punct][-1:]  # "Act, 1885", "Act 1885"
        return bool(YEAR.fullmatch(span.text.strip())) and any(t.lower_ in self.words["law_nouns"] and t.is_title for t in (span.root.head, *before))

    def is_future(self, span: Span) -> bool:
        """Future tense in the clause the date belongs to, a forward-looking word in it, or an
        end it runs until (for a year-less date, `resolve_date` then takes the nearer one)."""
        if any(t.lower_ in self.words["future_words"] for t in span):
            return True
        prep = preposition_of(span.root)
        before = span.doc[span.start - 1] if span.start else None
        if any(t is not None and t.lower_ in self.words["since_words"] for t in (span[0], prep, before)):
            return False  # "cut since Friday, it will stay off": a day already past
        if any(t is not None and t.lower_ in self.words["until_words"] for t in (span[0], prep, before)):
            return True  # "suspended till 11 August": the nearest such day, not the past one
        head, verbs, steps = span.root, 0, 4
        while steps > 0:
            steps -= 1
            if head.pos_ in ("VERB", "AUX"):
                auxes = [head, *(c for c in head.children if c.dep_ in ("aux", "auxpass"))]  # "will" may hang on "remain" of "remain suspended"
                if any(c.dep_ == "aux" and c.lower_ in self.words["future_auxiliaries"] for a in auxes for c in a.children) or (verbs == 0 and scheduled(span, head)):
                    return True
                verbs += 1  # "will have their service suspended after October 15": up the chain of clauses
                if verbs == 3 or head.dep_ not in ("xcomp", "ccomp", "oprd", "acl", "relcl"):
                    return False
                steps = 3
            if head.head.i == head.i:
                break
            head = head.head
        return False


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
    cleaned = " ".join(tokens)
    if not cleaned or cleaned in words["not_dates"] or not re.search(r"\d|[a-z]{3}", cleaned):
        return None
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
