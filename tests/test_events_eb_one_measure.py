"""One measure told in the words of two kinds of restriction is one event
(pipeline/components/linking/one_measure.py); two measures the text tells apart stay two."""

from tests.conftest import asserted


def test_a_slowdown_headline_is_the_dated_shutdown_it_names(analyse):
    text = ("Malawi slows down mobile internet ahead of the vote. "
            "The Malawi Communications Regulatory Authority ordered operators on Tuesday to shut down 4G mobile internet "
            "until the polls close, an operator said.")
    events = asserted(analyse(text, published="2024-05-16"))
    assert [(e["country"], e["date_start"], e["services"]) for e in events] == [("MW", "2024-05-14", ["mobile_internet"])]


def test_an_undated_slowdown_joins_the_dated_cut_of_the_same_service(analyse):
    text = "Mobile data slowed to a crawl across Chad, users said. The government cut mobile internet nationwide on Tuesday, an operator said."
    events = asserted(analyse(text, published="2024-05-16"))
    assert [(e["country"], e["date_start"]) for e in events] == [("TD", "2024-05-14")]


def test_a_platform_said_to_be_limited_is_its_dated_block(analyse):
    text = ("Users said X was being limited by the main internet providers in Tanzania. "
            "The Tanzanian government blocked access to X on Friday, the platform said.")
    events = asserted(analyse(text, published="2024-05-16"))
    assert [(e["restriction"], e["platforms"]) for e in events] == [("service_block", ["twitter"])]


def test_barred_lines_told_as_lost_calls_are_the_cutoff(analyse):
    text = ("Telecom operators in Ghana on Monday barred SIM cards that were not linked to the Ghana Card, on the orders of the "
            "National Communications Authority. Many users of those lines were unable to make calls or send texts on Tuesday morning.")
    events = asserted(analyse(text, published="2024-05-16"))
    assert [(e["restriction"], e["date_start"], e["services"]) for e in events] == [("subscriber_cutoff", "2024-05-13", ["mobile_service"])]
    assert len(events[0]["evidence"]) == 2  # the lost calls stay as evidence of the cut-off


def test_an_old_network_cut_beside_barred_lines_stays_its_own_event(analyse):
    text = ("Telecom operators in Ghana on Monday barred SIM cards that were not linked to the Ghana Card, on the orders of the "
            "National Communications Authority. In 2019 the authority had shut down mobile phone networks in the north for a week.")
    events = asserted(analyse(text, published="2024-05-16"))
    assert sorted(e["restriction"] for e in events) == ["network_shutdown", "subscriber_cutoff"]


def test_a_slowdown_and_a_later_cut_both_dated_stay_two(analyse):
    text = "Uganda's regulator slowed mobile internet on Monday. On Thursday the regulator shut down mobile internet altogether."
    events = asserted(analyse(text, published="2024-05-16"))
    assert sorted((e["restriction"], e["date_start"]) for e in events) == [("network_shutdown", "2024-05-16"), ("throttling", "2024-05-13")]


def test_a_bare_sentence_about_an_old_blackout_is_that_blackout(analyse):
    text = ("Mobile phone and internet services have been cut in Tigray since November 2020, when fighting broke out. "
            "Aid groups say the communications blackout has made it hard to deliver food.")
    events = asserted(analyse(text, published="2022-10-02"))
    assert [(e["province_code"], e["date_start"]) for e in events] == [("ET-TI", "2020-11")]
    assert len(events[0]["evidence"]) == 2


def test_a_cut_told_as_news_beside_an_old_blackout_stays_its_own_event(analyse):
    text = ("Mobile phone and internet services have been cut in Tigray since November 2020, when fighting broke out. "
            "Internet services have been cut in Mekelle again, residents say.")
    events = asserted(analyse(text, published="2022-10-02"))
    assert len(events) == 2


def test_a_new_dated_cut_beside_an_old_blackout_stays_its_own_event(analyse):
    text = ("Mobile phone and internet services have been cut in Tigray since November 2020, when fighting broke out. "
            "Residents say internet services were cut again in Mekelle this week.")
    events = asserted(analyse(text, published="2022-10-02"))
    assert len(events) == 2


def test_a_platform_limited_is_the_block_told_before_it(analyse):
    text = ("Tanzania has restricted access to X, users said. "
            "The monitoring group NetBlocks said X was being limited by the main providers in the country.")
    events = asserted(analyse(text, published="2024-09-02"))
    assert [(e["restriction"], e["platforms"]) for e in events] == [("service_block", ["twitter"])]


def test_a_slowdown_and_a_shutdown_of_the_same_evening_are_one_measure(analyse):
    text = ("The regulator slowed mobile internet across Bangladesh on Sunday evening, an official said. "
            "Operators said they had shut down 3G and 4G mobile internet on Sunday evening on the regulator's orders.")
    events = asserted(analyse(text, published="2018-12-31"))
    assert [(e["restriction"], e["date_start"]) for e in events] == [("throttling", "2018-12-30")]
    assert len(events[0]["evidence"]) == 2
