"""Date stage: resolution against the publication date, precision, durations."""

import datetime as dt

import pytest

from pipeline.components.date_resolve import _parser, as_value, calendar_parts, parse, period_precision, resolve_date, shift

VOCAB = "vocab/time_words.json"


@pytest.mark.parametrize(
    "text, published, prefer, value, precision",
    [
        ("last November", "2022-05", "past", "2021-11", "month"),
        ("in August", "2022-05", "past", "2021-08", "month"),  # a past August, not the coming one
        ("April 26", "2022-05", "past", "2022-04-26", "day"),
        ("May 7", "2022-05-02", "future", "2022-05-07", "day"),  # "will cut by May 7"
        ("last week", "2015-11", "past", "2015-11", "month"),  # never more precise than published
        ("last Tuesday", "2023-07-14", "past", "2023-07-11", "day"),
        ("July 2009", "2015-11", "past", "2009-07", "month"),
        ("last year", "2023-07-14", "past", "2022", "year"),
        ("earlier this month", "2023-07-14", "past", "2023-07", "month"),
    ],
)
def test_resolves_against_publication_date(text, published, prefer, value, precision):
    assert resolve_date(text, published, prefer, VOCAB) == {"value": value, "precision": precision}


def test_unanchored_relative_dates_stay_empty():
    assert resolve_date("last week", None, "past", VOCAB) is None
    assert resolve_date("May 7", None, "past", VOCAB) is None
    assert resolve_date("recently", "2022-05", "past", VOCAB) is None
    assert resolve_date("March 2021", None, "past", VOCAB) == {"value": "2021-03", "precision": "month"}


def test_stage_marks_dates_and_durations(nlp):
    from pipeline.article import Article
    from pipeline.extract import prepare_doc

    article = Article(text="Police suspended the lines on March 3 for three days.", source="t", published="2021-06-01")
    doc = nlp(prepare_doc(nlp, article))
    spans = {s.text: s for s in doc.spans["cutoff_dates"]}
    assert spans["March 3"]._.date["value"] == "2021-03-03"
    assert spans["three days"]._.duration == "P3D"


@pytest.mark.parametrize("text", ["march 5", "may", "5 june", "december 31", "jan 1", "sept 30", "the night of march 5"])
def test_year_less_dates_are_placed_as_dateparser_would(text):
    """The fast path (parse once, place in a year) gives dateparser's own answer, around
    New Year and leap days too."""
    assert calendar_parts(text) is not None
    for base in (dt.date(2020, 2, 29), dt.date(2021, 1, 1), dt.date(2021, 12, 31), dt.date(2022, 3, 5), dt.date(2023, 6, 1)):
        for prefer in ("past", "future"):
            assert parse(text, prefer, base, fixed_calendar=True) == parse(text, prefer, base), (text, base, prefer)


@pytest.mark.parametrize("text", ["yesterday", "two days ago", "last week", "today", "a fortnight ago", "last month", "next month", "this year", "last year"])
def test_fixed_shifts_are_applied_as_dateparser_would(text):
    for base in (dt.date(2020, 2, 29), dt.date(2020, 3, 1), dt.date(2021, 1, 1), dt.date(2022, 8, 31), dt.date(2023, 6, 4)):
        for prefer in ("past", "future"):
            assert shift(text, prefer) is not None
            direct = _parser(prefer, base).get_date_data(text)
            assert as_value(*parse(text, prefer, base)) == as_value(direct.date_obj.date(), period_precision(direct)), (text, base, prefer)


def test_readings_that_move_with_the_reference_date_take_the_slow_path():
    assert calendar_parts("tonight") is None
    assert calendar_parts("february 29") is None
    assert shift("friday", "past") is None
    assert shift("evening", "past") == ("never", 0, "")  # dateparser reads it against no date at all


def dates_of(nlp, text: str, published: str = "2024-03-14") -> dict[str, dict]:
    from pipeline.article import Article
    from pipeline.extract import prepare_doc

    doc = nlp(prepare_doc(nlp, Article(text=text, source="t.txt", published=published)))
    return {s.text: s._.date for s in doc.spans["cutoff_dates"] if s._.date}


def test_a_range_gives_a_start_and_an_end_and_a_bare_time_of_day_no_date(nlp):
    found = dates_of(nlp, "Officials suspended mobile data in Assam from 5 pm on January 12 to January 14.")
    assert "5 pm" not in found
    (value,) = found.values()
    assert (value["value"], value["end"]["value"]) == ("2024-01-12", "2024-01-14")


@pytest.mark.parametrize("text, start, end", [
    ("12-14 March", "2024-03-12", "2024-03-14"),
    ("between 3 and 5 March 2023", "2023-03-03", "2023-03-05"),
    ("March 3 to March 5, 2022", "2022-03-03", "2022-03-05"),
])
def test_range_ends_borrow_the_month_and_year_the_other_names(text, start, end):
    from pipeline.components.date_phrases import split_range
    from pipeline.components.date_resolve import time_words

    left, right = split_range(text, time_words(VOCAB))
    assert resolve_date(left, "2024-03-14", "past", VOCAB)["value"] == start
    assert resolve_date(right, "2024-03-14", "past", VOCAB)["value"] == end


def test_the_next_morning_counts_from_the_date_before_and_a_comma_list_reads_its_first_part(nlp):
    found = dates_of(nlp, "The internet was cut in Tigray on Monday. Service came back the next morning.")
    assert found["Monday"]["value"] == "2024-03-11" and found["the next morning"]["value"] == "2024-03-12"
    found = dates_of(nlp, "Authorities will suspend mobile internet tomorrow, Friday, officials said.")
    assert next(iter(found.values()))["value"] == "2024-03-15"


def test_an_event_dated_by_a_range_has_its_end(analyse):
    (event,) = [e for e in analyse("Officials suspended mobile data in Assam from January 12 to January 14.", published="2024-03-14") if e["status"] == "asserted"]
    assert (event["date_start"], event["date_end"]) == ("2024-01-12", "2024-01-14")


def test_a_yearless_date_after_one_that_named_its_year_takes_that_year(nlp):
    found = dates_of(nlp, "In June 2019, during the previous exams, social media was blocked from June 16.", published="2020-09-20")
    assert found["June 16"]["value"] == "2019-06-16"
    found = dates_of(nlp, "Social media was blocked on June 16.", published="2020-09-20")
    assert found["June 16"]["value"] == "2020-06-16"


def test_plural_days_with_no_number_are_no_date(nlp):
    found = dates_of(nlp, "The internet was cut in Tigray on Monday. On later days only broadband worked. Two days later mobile data was back.")
    assert "later days" not in found and found["Two days later"]["value"] == "2024-03-13"


def test_a_date_a_measure_runs_until_is_the_nearest_such_day_and_a_law_year_is_no_date(nlp):
    assert dates_of(nlp, "Mobile internet was suspended in Ganjam till June 15.", published="2023-06-12")["June 15"]["value"] == "2023-06-15"
    assert dates_of(nlp, "Mobile internet was suspended in Ganjam until June 10.", published="2023-06-13")["June 10"]["value"] == "2023-06-10"
    assert "1885" not in dates_of(nlp, "Under Section 5 of the Indian Telegraph Act, 1885, I order the suspension of mobile internet.")


def test_a_date_under_a_future_verb_up_the_chain_of_clauses_is_the_coming_one(nlp):
    found = dates_of(nlp, "Users who do not register will have their phone service suspended after October 15th.", published="2016-09-20")
    assert found["October 15th"]["value"] == "2016-10-15"
    assert dates_of(nlp, "Mobile internet was cut on October 15.", published="2016-09-20")["October 15"]["value"] == "2015-10-15"


def test_the_day_before_counts_back_and_an_end_through_of_is_the_coming_day(nlp):
    found = dates_of(nlp, "Mobile internet was restricted in Kursk on Tuesday. The day before, Belgorod reported cuts.", published="2025-05-22")
    assert found["The day before"]["value"] == "2025-05-19"
    found = dates_of(nlp, "He said the order stays in force till 5 pm of January 27.", published="2021-01-26")
    assert found["January 27"]["value"] == "2021-01-27"


def test_the_day_before_with_no_date_before_it_counts_from_the_publication_day(nlp):
    found = dates_of(nlp, "Mobile data is restricted in Kursk. The day before, officials in Belgorod reported cuts.", published="2025-05-22")
    assert found["The day before"]["value"] == "2025-05-21"


def test_the_next_seven_days_is_a_duration_but_next_week_a_date(nlp):
    doc = nlp("Mobile internet will be suspended during the next seven days.")
    assert [(s.text, s.label_, s._.duration) for s in doc.spans["cutoff_dates"]] == [("the next seven days", "DURATION", "P7D")]
    assert "next week" in dates_of(nlp, "The ban will be extended next week.")


@pytest.mark.parametrize("text, value", [
    ("between 6:00 and", None),  # the model's DATE span around two clock times: dateparser read "6:00" as June
    ("between 6:00pm", None),
    ("between 4:00 and 7:30 local time on 14 July 2021", "2021-07-14"),
    ("from 10 am to 2 p.m. on Friday", "2021-07-30"),
])
def test_a_clock_time_is_never_read_as_a_month_or_a_day(nlp, text, value):
    from spacy.tokens import Span

    doc = nlp.make_doc(f"Mobile data went off {text}.")
    span = Span(doc, 4, len(doc) - 1, label="DATE")
    found = nlp.get_pipe("cutoff_dates").resolve(span, "2021-08-02", "past")
    assert (found or {}).get("value") == value


def test_a_day_number_the_ner_leaves_before_a_month_belongs_to_the_date(analyse):
    (event,) = [e for e in analyse("The regulator shut down the internet across Zambia at 9pm this day of 4th May 2022.", published="2022-05-05") if e["status"] == "asserted"]
    assert event["date_start"] == "2022-05-04"
