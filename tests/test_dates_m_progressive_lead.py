"""A lead that tells a measure under way ("are cutting mobile internet") with no date is the news of the day."""

from tests.conftest import asserted


def test_a_lead_in_the_present_progressive_is_the_news_of_the_day(analyse):
    text = "Regional officials are cutting mobile internet across the Kursk region after a wave of drone strikes."
    [event] = asserted(analyse(text, published="2025-05-22"))
    assert event["date_start"] == "2025-05-22"


def test_a_measure_only_considered_is_none(analyse):
    text = "Regional officials are considering cutting mobile internet across the Kursk region."
    assert asserted(analyse(text, published="2025-05-22")) == []
