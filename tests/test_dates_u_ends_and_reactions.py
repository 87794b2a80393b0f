"""Days that are no start: the day a measure runs until by the clock with no start time, the
month it runs until, the day a service was back, and the day a measure was criticised."""

from tests.conftest import asserted, date_roles


def test_a_day_after_a_bare_until_clock_time_is_the_end(read):
    found = date_roles(read, "Police ordered mobile data switched off in the Poonch district till 1800 hours on Friday.", "2023-03-09")
    assert found.get("Friday") == "end"


def test_a_shared_day_of_two_clock_times_is_still_the_start(read):
    found = date_roles(read, "Mobile data in Poonch was switched off from 8 am to 2 pm on Friday.", "2023-03-12")
    assert found.get("Friday") == "start"


def test_the_month_a_measure_runs_until_does_not_date_it(analyse):
    text = "Officials have cut mobile data across Balochistan until the end of March, citing threats to the rail network."
    [event] = asserted(analyse(text, published="2025-03-07"))
    assert event["date_start"] != "2025-03"
    assert event["date_end"] == "2025-03"


def test_the_day_a_service_was_back_starts_nothing(read):
    found = date_roles(read, "Mobile internet in Tripura was back on Sunday, two days after officials suspended mobile data in the state.", "2023-03-13")
    assert found.get("Sunday") is None


def test_the_day_a_measure_was_criticised_is_no_start(read):
    found = date_roles(read, "The internet shutdown in the Gambia was condemned on Monday by a regional rights body.", "2023-03-15")
    assert found.get("Monday") == "ongoing"


def test_a_criticised_measure_keeps_the_day_it_began(analyse):
    text = ("Rights groups condemned the internet shutdown in the Gambia on Tuesday. "
            "Monitors said the internet was cut across the Gambia early on Monday.")
    [event] = asserted(analyse(text, published="2023-03-15"))
    assert event["date_start"] == "2023-03-13"


def test_the_day_a_cut_service_was_back_ends_the_measure(read):
    found = date_roles(read, "The suspended mobile data service was back in Tripura on Thursday.", "2023-03-13")
    assert found.get("Thursday") == "end"
