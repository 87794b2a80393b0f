"""False alarms (noevent7): measures a whole article puts in no country at all (a yearly
report's global tally and its cost) are talk of measures in general, no event; a measure
with a place still is, and a one-line snippet keeps its placeless measure. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest


def asserted(analyse, text: str) -> list[dict]:
    return [e for e in analyse(text, published="2025-03-04") if e["status"] == "asserted"]


@pytest.mark.parametrize("text", [
    ("Governments shut down the internet at least 250 times last year, a digital rights group said in its yearly report on Tuesday. "
     "Conflicts were the most common reason, followed by protests and school exams. "
     "The group counted the shutdowns from network measurements and from reports by local partners. "
     "It urged companies to keep a record of every order they receive."),
    ("Internet shutdowns ordered by governments cost the world economy more than 20 billion dollars last year, the report found. "
     "Blocks of social media made up most of the losses. "
     "Its authors say the real figure is higher, since short outages are left out. "
     "They expect the cost to keep rising."),
])
def test_measures_placed_nowhere_are_no_event(analyse, text):
    assert asserted(analyse, text) == []


def test_a_measure_with_a_place_is_still_one(analyse):
    assert asserted(analyse, "Authorities cut mobile internet in Manipur on Monday after clashes in Imphal.")


def test_a_short_snippet_keeps_a_measure_it_does_not_place(analyse):
    assert asserted(analyse, "On Monday the carriers stopped text messages from abroad reaching children's phones.")
