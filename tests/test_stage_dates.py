"""Date stage: resolution against the publication date, precision, durations."""

import pytest

from pipeline.components.dates import resolve_date

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
