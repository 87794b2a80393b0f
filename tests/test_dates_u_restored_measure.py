"""A measure told only by its restoration and how long the service was off starts the day
worked back from the restoration (invented sentences)."""

from tests.conftest import asserted


def test_a_restoration_with_its_length_gives_the_measure(analyse):
    text = "Operators in Tigray began restoring mobile internet on Monday, twelve days after it was switched off."
    [event] = asserted(analyse(text, published="2023-03-15"))
    assert (event["date_start"], event["date_end"]) == ("2023-03-01", "2023-03-13")
    assert event["restriction"] == "network_shutdown" and "mobile_internet" in event["services"]


def test_a_restoration_without_a_length_gives_none(analyse):
    text = "Operators in Tigray began restoring mobile internet on Monday."
    assert asserted(analyse(text, published="2023-03-15")) == []


def test_a_restoration_joins_the_measure_told_beside_it(analyse):
    text = ("Mobile internet was suspended in Tigray on 1 March. "
            "Operators began restoring mobile internet on Monday, twelve days after it was switched off.")
    [event] = asserted(analyse(text, published="2023-03-15"))
    assert event["date_start"] == "2023-03-01"


def test_an_older_cut_told_beside_a_restoration_stays_apart(analyse):
    text = ("Operators in Tigray began restoring mobile internet on Monday, twelve days after it was switched off. "
            "The operator had also cut mobile internet in Tigray three weeks ago during exams.")
    starts = sorted(e["date_start"] for e in asserted(analyse(text, published="2023-03-15")))
    assert "2023-03-01" in starts


def test_a_restoration_after_a_storm_gives_no_measure(analyse):
    text = "Technicians restored mobile internet in Kisumu on Monday, three days after a storm knocked down two towers."
    assert asserted(analyse(text, published="2023-03-15")) == []
