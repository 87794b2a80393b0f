"""A long measure tallied in days on a given day ("marked 40 days of the data blackout on
Sunday") began N - 1 days before that day; a tally of something else, or a restoration after
N days, leaves the day alone."""

from tests.conftest import asserted


def test_a_day_tally_of_the_blackout_counts_back_to_its_first_day(analyse):
    text = "Residents of Manipur marked 40 days of the mobile internet blackout on Sunday with a silent march in Imphal."
    [event] = asserted(analyse(text, published="2023-06-12"))
    assert event["date_start"] == "2023-05-03"


def test_a_tally_opening_the_sentence_counts_back_too(analyse):
    text = ("On completion of 40 days of the curfew and communications blackout in Manipur, on Sunday, "
            "traders in Imphal kept their shops shut.")
    [event] = asserted(analyse(text, published="2023-06-12"))
    assert event["date_start"] == "2023-05-03"


def test_a_tally_of_protests_does_not_move_the_cut(analyse):
    text = "After 40 days of protests, officials cut mobile internet across Manipur on Sunday."
    [event] = asserted(analyse(text, published="2023-06-12"))
    assert event["date_start"] == "2023-06-11"
