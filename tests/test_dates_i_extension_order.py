"""Issue 12: an order extending a measure already in force starts no new measure (invented sentences).

- the day an "extension of" a suspension takes effect is the day it was prolonged;
- "till 6 pm on Friday" ends the measure even when "on Friday" hangs on the verb;
- "for another 2 (two) days" is a duration, never a date two days back.
"""

from tests.conftest import date_roles


def test_an_extension_noun_makes_its_effective_day_an_extension(read):
    roles = date_roles(read, "The extension of the suspension of mobile internet in Ukhrul district will be effective from 6 pm on June 9.",
                       "2023-06-09")
    assert roles == {"June 9": "extended"}


def test_a_suspension_without_an_extension_noun_starts_that_day(read):
    roles = date_roles(read, "The suspension of mobile internet in Ukhrul district will be effective from 6 pm on June 9.", "2023-06-09")
    assert roles == {"June 9": "start"}


def test_a_day_after_a_clock_time_the_measure_runs_till_is_its_end(read):
    roles = date_roles(read, "The suspension of mobile data in the hill districts will be effective from 4.30 pm on July 2 till 4.30 pm on July 5.",
                       "2023-07-02")
    assert roles == {"July 2": "start", "July 5": "end"}


def test_a_clock_range_on_one_day_keeps_that_day_as_the_start(read):
    roles = date_roles(read, "Mobile data was switched off across Tripura from 10 am to 1 pm on Sunday.", "2023-07-03")
    assert roles == {"Sunday": "start"}


def test_a_day_and_a_comma_before_hours_is_no_duration(read):
    doc, ctx = read("Mobile data was cut in Tripura on the night of July 3, hours after a clash.", "2023-07-05")
    assert [s._.date["value"] for s in doc.spans["cutoff_dates"] if s.label_ == "DATE"] == ["2023-07-03"]


def test_a_number_written_twice_before_days_is_a_duration(read):
    doc, ctx = read("Mobile internet in Ukhrul district was suspended for another 2 (two) days.", "2023-06-09")
    spans = doc.spans["cutoff_dates"]
    assert [s._.duration for s in spans if s.label_ == "DURATION"] == ["P2D"]
    assert not [s for s in spans if s.label_ == "DATE"]
