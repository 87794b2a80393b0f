"""A report's undated measure takes the day its article says the loss set in, told in words
that name no measure ("the connection dropped on Sunday", "users first noticed the outages on
...", "began limiting access on ..."), near publication, not a restoration day nor an older one."""

from tests.conftest import asserted


def test_the_day_the_connection_dropped_dates_a_measure_still_in_force(analyse):
    text = ("Mobile internet was still unavailable in Gabon's capital Libreville on Thursday, residents said. "
            "The connection dropped on Monday, March 8, hours after soldiers surrounded the parliament building.")
    [event] = asserted(analyse(text, published="2027-03-11"))
    assert event["date_start"] == "2027-03-08"


def test_the_day_users_first_noticed_the_outages_dates_an_announced_block(analyse):
    text = ("The regulator has announced a partial block of voice calls on Telegram. "
            "Subscribers first noticed the outages on October 4.")
    [event] = asserted(analyse(text, published="2027-10"))
    assert event["date_start"] == "2027-10-04"


def test_a_day_service_began_to_return_is_no_onset(analyse):
    text = ("Mobile internet was still unavailable in Gabon's capital Libreville on Thursday, residents said. "
            "The service started returning on Monday, March 8, in a few districts.")
    [event] = asserted(analyse(text, published="2027-03-11"))
    assert event["date_start"] != "2027-03-08"


def test_an_onset_long_before_publication_dates_nothing(analyse):
    text = ("Mobile internet was still unavailable in Gabon's capital Libreville on Thursday, residents said. "
            "The connection first dropped on Monday, March 8, 2021, during an earlier crisis.")
    [event] = asserted(analyse(text, published="2027-03-11"))
    assert event["date_start"] != "2021-03-08"
