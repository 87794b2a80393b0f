"""A year-less date a few days after the paper's day is that coming day, not the same day a
year back, even in a past-tense clause (`date_resolve.resolve_date`, `days_ahead_not_a_year_back`)."""

from pipeline.components.date_resolve import resolve_date

VOCAB = "vocab/time_words.json"


def test_a_date_three_days_after_the_paper_is_this_year():
    assert resolve_date("November 24", "2024-11-21", "past", VOCAB)["value"] == "2024-11-24"


def test_a_date_weeks_after_the_paper_is_last_year():
    assert resolve_date("December 20", "2024-11-21", "past", VOCAB)["value"] == "2023-12-20"


def test_a_date_before_the_paper_is_unchanged():
    assert resolve_date("November 18", "2024-11-21", "past", VOCAB)["value"] == "2024-11-18"


def test_a_paper_dated_only_by_month_keeps_the_past():
    assert resolve_date("December 2", "2024-11", "past", VOCAB)["value"] == "2023-12-02"
