"""A measure told again on a later day, with no start of its own, is that measure
(pipeline/components/linking/later_tellings.py); a doerless block of unnamed apps beside a
network cut of its place and time is what the cut did (linking/unnamed_blocks.py)."""

from tests.conftest import asserted


def test_a_court_ruling_a_year_on_is_the_block_it_judges(analyse):
    text = ("LUSAKA - A regional court on Thursday declared that the government's seven-month suspension of Facebook in Zambia "
            "was unlawful. Telecom operators began blocking the platform on June 5, 2021, on the orders of the regulator.")
    events = asserted(analyse(text, published="2022-07-14"))
    assert [(e["restriction"], e["platforms"], e["date_start"]) for e in events] == [("service_block", ["facebook"], "2021-06-05")]
    assert len(events[0]["evidence"]) == 2


def test_a_ruling_weeks_later_is_the_cut_it_judges(analyse):
    text = ("The High Court in Harare on Monday said the shutdown of mobile internet in Zimbabwe was illegal. "
            "Operators cut mobile internet on January 15 on the minister's orders.")
    events = asserted(analyse(text, published="2019-02-20"))
    assert [(e["restriction"], e["date_start"]) for e in events] == [("network_shutdown", "2019-01-15")]


def test_a_block_long_before_the_news_keeps_apart_from_a_new_one(analyse):
    text = "The regulator blocked Telegram across Russia in April 2018. The regulator said on Monday it had restricted Telegram for all users."
    events = asserted(analyse(text, published="2024-05-22"))
    assert sorted(e["date_start"][:4] for e in events) == ["2018", "2024"]


def test_a_blackout_aimed_at_social_media_is_one_network_cut(analyse):
    text = "The interior minister ordered an internet blackout across Chad on 3 May in a bid to stop protesters from reaching social media platforms."
    events = asserted(analyse(text, published="2024-05-16"))
    assert [(e["restriction"], e["date_start"]) for e in events] == [("network_shutdown", "2024-05-03")]


def test_a_block_with_its_own_doer_beside_a_cut_stays_its_own_event(analyse):
    text = "On Monday the government restricted mobile internet across Senegal and banned several social media platforms."
    events = asserted(analyse(text, published="2024-05-16"))
    assert sorted(e["restriction"] for e in events) == ["network_shutdown", "service_block"]
