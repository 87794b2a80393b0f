"""The month of a figure ("had 48 million subscriptions in March") does not date a measure told beside it."""

from tests.conftest import asserted


def test_the_month_of_a_figure_dates_no_measure(analyse):
    text = ("Kenya had 48 million mobile data subscriptions in March, according to the regulator, "
            "so the order cut most users off from messaging apps on polling day.")
    [event] = asserted(analyse(text, published="2023-05-10"))
    assert event["date_start"] is None


def test_a_figure_on_the_measure_s_own_verb_keeps_its_date(analyse):
    [event] = asserted(analyse("Authorities cut mobile internet for 10 million users in Kenya on Friday.", published="2023-05-10"))
    assert event["date_start"] == "2023-05-05"
