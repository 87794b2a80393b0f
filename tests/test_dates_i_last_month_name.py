"""Issue 12: "last <month>" names that month of the year before publication (a month of this
year would be "in July" or "last month")."""

import pytest

from pipeline.components.date_resolve import resolve_date

VOCAB = "vocab/time_words.json"


@pytest.mark.parametrize(("text", "published", "value"), [
    ("last July", "2024-08-20", "2023-07"),     # the month just gone is still last year's
    ("last March", "2024-12-02", "2023-03"),
    ("last September", "2025-01-10", "2024-09"),
    ("last November", "2022-11-15", "2021-11"),
])
def test_last_and_a_month_is_the_year_befores(text, published, value):
    assert resolve_date(text, published, "past", VOCAB) == {"value": value, "precision": "month"}
