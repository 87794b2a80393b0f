"""Issue 12: the day a service comes back ends the measure; it never starts one."""

from tests.conftest import asserted


def test_a_restoration_day_ends_the_measure_named_in_its_subject(analyse):
    text = ("The suspended mobile data service was restored across Nagaland on Thursday, an official said. "
            "Mobile data was suspended in Nagaland on 5 June after clashes near Kohima.")
    [event] = asserted(analyse(text, published="2022-06-10"))
    assert (event["date_start"], event["date_end"]) == ("2022-06-05", "2022-06-09")


def test_a_restoration_elsewhere_dates_nothing(analyse):
    text = ("Mobile internet was restored in the hill districts of Nagaland on Monday but the suspension was prolonged in Dimapur. "
            "Mobile internet was cut in Nagaland on 5 June after clashes near Kohima.")
    starts = {e["date_start"] for e in asserted(analyse(text, published="2022-06-10"))}
    assert "2022-06-06" not in starts
