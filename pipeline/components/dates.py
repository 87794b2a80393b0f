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

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.components.date_phrases import (
    DOTTED_DATE, MONTHS, WEEKDAYS, after_previous, of_an_occasion, of_another_calendar, range_end, scheduled, split_range,
    with_day_before, without_clock,
)
from pipeline.components.date_resolve import resolve_date, time_words
from pipeline.components.month_paper import weekdays_placed
from pipeline.components.patterns import AnchoredMatcher
from pipeline.components.rules import preposition_of

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


def nearer(a: dict, b: dict | None, published: str | None) -> dict:
    """Of two readings of one day, the one nearer the publication day (`a` on a tie or
    when either is no day)."""
    try:
        paper = dt.date.fromisoformat((published or "")[:10])
    except ValueError:
        return a
    if b is None or a["precision"] != "day" or b["precision"] != "day" or "end" in a or "end" in b:
        return a
    gap = lambda v: abs((dt.date.fromisoformat(v["value"]) - paper).days)  # noqa: E731
    return b if gap(b) < gap(a) else a


NOUN_STEPS = 6  # words a date may hang below its clause's verb ("switched off in 13 districts of the province on Tuesday and Wednesday")


def calendar_inside(span: Span) -> Span | None:
    """"In the days after June 3": the calendar day inside an expression that does not read
    as a whole, when only uncounted words of time lead up to it ("two days after June 3" is
    another day, left alone)."""
    k = next((i for i, t in enumerate(span) if i and t.lower_ in MONTHS and t.is_title), None)
    if k is None or any(t.like_num for t in span[:k]):
        return None
    return span[k:]


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
        year_said: tuple[int, str] | None = None  # (sentence start, date as resolved) of a date that named its year
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
                # "In June 2019 ... on June 16": that year's June 16; "an order of 2 March 2022 ...
                # will be suspended from March 5": the first March 5 after the dated order
                anchor = year_said[1] if future else f"{year_said[1][:4]}-12-31"
            value = after_previous(span.text, last_day, self.words, doc._.published) or range_end(span, self.words, last_day, lambda a, p, s=span: self.resolve(s, a, p)) \
                or self.resolve(span, anchor, "future" if future else "near" if of_an_occasion(span, self.words) else "past")
            if future == "past" and value is not None:  # "said it would cut data on Tuesday": the Tuesday nearer the paper, past or to come
                value = nearer(value, self.resolve(span, anchor, "past"), anchor)
            if value:
                last_day = value["value"] if value["precision"] == "day" else last_day
                if YEAR.search(span.text):
                    year_said = (span.sent.start, value["value"])
                span = Span(doc, span.start, span.end, label="DATE")
                span._.date = {**value, "text": span.text}
                out.append(span)
        weekdays_placed(out, doc._.published, self.words)  # "on Tuesday" in a paper of January: by the days the article names
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
        if value is None and span[0].lower_ in (*WEEKDAYS, *MONTHS) and len(span) > 1:
            # the model runs a day into the next words ("on Thursday days after the coup"): the
            # longest start of it that reads
            value = next(filter(None, (resolve_date(without_clock(span[:k].text, self.fillers), published, prefer, self.vocab_file)
                                       for k in range(len(span) - 1, 0, -1))), None)
        if value is None and (inside := calendar_inside(span)) is not None:
            value = resolve_date(without_clock(inside.text, self.fillers), published, prefer, self.vocab_file)
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

    def is_future(self, span: Span) -> bool | str:
        """Future tense in the clause the date belongs to, a forward-looking word in it, or an
        end it runs until (for a year-less date, `resolve_date` then takes the nearer one);
        "past" for a future seen from the past ("said it would cut data on Tuesday")."""
        if any(t.lower_ in self.words["future_words"] for t in span):
            return True
        prep = preposition_of(span.root)
        before = span.doc[span.start - 1] if span.start else None
        if any(t is not None and t.lower_ in self.words["since_words"] for t in (span[0], prep, before)):
            return False  # "cut since Friday, it will stay off": a day already past
        if any(t is not None and t.lower_ in self.words["until_words"] for t in (span[0], prep, before)):
            return True  # "suspended till 11 August": the nearest such day, not the past one
        head, verbs, steps = span.root, 0, NOUN_STEPS
        while steps > 0:
            steps -= 1
            if head.pos_ in ("VERB", "AUX"):
                auxes = [head, *(c for c in head.children if c.dep_ in ("aux", "auxpass"))]  # "will" may hang on "remain" of "remain suspended"
                if any(c.dep_ == "aux" and c.lower_ in self.words["future_auxiliaries"] for a in auxes for c in a.children) or (verbs == 0 and scheduled(span, head)):
                    return "past" if any(c.dep_ == "aux" and c.lower_ in self.words["past_future_auxiliaries"] for a in auxes for c in a.children) else True
                verbs += 1  # "will have their service suspended after October 15": up the chain of clauses
                if verbs == 3 or head.dep_ not in ("xcomp", "ccomp", "oprd", "acl", "relcl"):
                    return False
                steps = 3
            if head.head.i == head.i:
                break
            head = head.head
        return False
