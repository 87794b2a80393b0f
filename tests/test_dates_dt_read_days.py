"""Days a coder reads where the date stage or the fallbacks missed them: a calendar day beside
"today", "last Thursday" in a Friday paper, a calendar day inside a phrase of time, a future
day hung deep below its verb, the tense a conjoined or infinitive verb shares, and an onset
told in a sentence that names where a monitor sits."""

from tests.conftest import asserted


def test_a_calendar_day_beside_today_is_that_day(analyse):
    [event] = asserted(analyse("Authorities in Gabon cut the internet across the country today August 10, 2022, residents said.", published="2022-08-12"))
    assert event["date_start"] == "2022-08-10"


def test_last_weekday_of_the_day_before_is_a_week_back(analyse):
    [event] = asserted(analyse("Authorities in Gabon cut mobile internet nationwide last Thursday, residents said.", published="2023-08-25"))
    assert event["date_start"] == "2023-08-17"


def test_last_weekday_further_back_stays_in_this_week(analyse):
    [event] = asserted(analyse("Authorities in Gabon cut mobile internet nationwide last Tuesday, residents said.", published="2023-08-25"))
    assert event["date_start"] == "2023-08-22"


def test_a_calendar_day_inside_a_phrase_of_time(analyse):
    [event] = asserted(analyse("Mobile internet went dark across Gabon in the days after June 3, residents said.", published="2023-07-10"))
    assert event["date_start"] == "2023-06-03"


def test_a_future_day_hung_below_a_noun_chain(analyse):
    events = asserted(analyse("Calls will be blocked near shrines and majalis in nine towns of Punjab on Tuesday and Wednesday, "
                              "the police said on Monday.", published="2024-07-15"))
    assert events and all(e["date_start"] == "2024-07-16" for e in events)


def test_a_conjoined_verb_shares_the_perfect(analyse):
    events = asserted(analyse("Gabon has cut off the internet and curbed access to Facebook and WhatsApp.", published="2024-11"))
    assert {e["restriction"]: e["date_start"] for e in events} == {"network_shutdown": "2024-11", "service_block": "2024-11"}


def test_an_infinitive_under_a_perfect_order(analyse):
    [event] = asserted(analyse("The government of Gabon has directed internet providers nationwide to block the messaging app Telegram.", published="2025-05"))
    assert event["date_start"] == "2025-05"


def test_an_onset_beside_the_seat_of_a_monitor(analyse):
    events = asserted(analyse("MALABO \u2014 Phone data has been mostly unavailable across Gabon for two weeks, cutting people off from "
                              "chat apps as protests spread. A London-based monitor said on Friday that its probes showed a regional "
                              "outage of mobile internet that began on August 10 and was still in effect.", published="2023-08-25"))
    assert events and all(e["date_start"] == "2023-08-10" for e in events)
