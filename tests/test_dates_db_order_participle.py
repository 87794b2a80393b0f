"""A participle after a dated order ("a notice issued on May 12, suspending ...") tells
what the order did: the order's day dates the measure."""

from tests.conftest import asserted


def test_an_order_issued_on_a_day(analyse):
    text = "Traders went to court over an order signed by the Nadia district magistrate on March 3, suspending mobile internet in four blocks."
    [event] = asserted(analyse(text, published="2021-03-09"))
    assert event["date_start"] == "2021-03-03"


def test_a_directive_taking_effect_on_a_day(analyse):
    text = "The outage added to a regulator's directive that came into force on Monday, March 8, suspending bulk SMS nationwide."
    [event] = asserted(analyse(text, published="2021-03-09"))
    assert event["date_start"] == "2021-03-08"
