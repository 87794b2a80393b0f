"""Issue 12: start days worked out when no date hangs on the measure itself (invented sentences).

- a measure that "has remained suspended since" a day began on that day;
- a restoration day and how long the service was off give the start;
- an undated measure the lead tells in the present perfect is the news of the publication day.
"""

from tests.conftest import asserted


def test_remained_suspended_since_a_day_starts_on_that_day(analyse):
    text = "Mobile data has remained suspended in Nagaland since June 3 after clashes near Kohima, officials said."
    [event] = asserted(analyse(text, published="2022-06-10"))
    assert (event["date_start"], event["date_precision"]) == ("2022-06-03", "day")


def test_remained_suspended_on_a_day_is_still_only_in_force(analyse):
    text = "Mobile data remained suspended in Nagaland on Thursday after clashes near Kohima, officials said."
    [event] = asserted(analyse(text, published="2022-06-10"))
    assert event["date_start"] == "2022-06"


def test_a_restoration_day_minus_the_days_off_is_the_start(analyse):
    text = ("Mobile data was restored across Manipur on Friday after it stayed suspended for four days. "
            "Police said crowds had gathered outside the assembly building before that. "
            "Imphal traders said sales fell sharply. "
            "The home department had switched off mobile internet in Manipur to stop rumours spreading.")
    [event] = asserted(analyse(text, published="2023-06-10"))
    assert event["date_start"] == "2023-06-05"


def test_days_after_a_clampdown_count_back_from_the_restoration(analyse):
    text = ("Broadband was restored in Manipur on Friday, six days after a curfew was declared in Imphal. "
            "Police said crowds had gathered outside the assembly building before that. "
            "Imphal traders said sales fell sharply. "
            "The home department had switched off mobile internet in Manipur to stop rumours spreading.")
    [event] = asserted(analyse(text, published="2023-06-10"))
    assert event["date_start"] == "2023-06-03"


def test_a_restoration_in_another_region_counts_back_nothing(analyse):
    text = ("Mobile data was restored across Nagaland on Friday after it stayed suspended for four days. "
            "Police said crowds had gathered outside the assembly building before that. "
            "Imphal traders said sales fell sharply. "
            "The home department had switched off mobile internet in Manipur to stop rumours spreading.")
    starts = {e["date_start"] for e in asserted(analyse(text, published="2023-06-10")) if e["province_code"] == "IN-MN"}
    assert "2023-06-05" not in starts


def test_a_lead_in_the_present_perfect_is_the_news_of_the_publication_day(analyse):
    text = ("Rajasthan cuts internet ahead of march\n\n"
            "Authorities have suspended mobile internet in Jaipur and Ajmer districts of Rajasthan ahead of a farmers' march.")
    [event] = asserted(analyse(text, published="2022-05-18"))
    assert (event["date_start"], event["date_precision"]) == ("2022-05-18", "day")


def test_a_measure_that_has_been_extended_began_before_the_publication_day(analyse):
    text = ("Assam keeps internet off\n\n"
            "The mobile internet suspension in Assam has been extended by another 48 hours, officials said.")
    [event] = asserted(analyse(text, published="2022-05-18"))
    assert event["date_start"] != "2022-05-18"
