"""Session 13: weekdays in a paper dated only by its month (invented sentences).

- a bare weekday is placed by the calendar day the article last named (else the next);
- a weekday written with its calendar day ("Thursday, March 11") is that day, not the month;
- a restoration in one country counts back no cut of another;
- an undated measure the lead tells in the present perfect is the news of the paper's month.
"""

from tests.conftest import asserted


def test_a_weekday_is_placed_by_the_day_the_article_names(analyse):
    text = ("Voters in Zambia go to the polls on Thursday, March 11, in a tense race. "
            "The regulator ordered operators to block WhatsApp and Facebook on Tuesday, a letter showed.")
    [event] = asserted(analyse(text, published="2021-03"))
    assert (event["date_start"], event["date_precision"]) == ("2021-03-09", "day")


def test_a_weekday_without_a_named_day_stays_the_month(analyse):
    text = "The regulator ordered operators to block WhatsApp and Facebook in Zambia on Tuesday, a letter showed."
    [event] = asserted(analyse(text, published="2021-03"))
    assert (event["date_start"], event["date_precision"]) == ("2021-03", "month")


def test_a_weekday_is_taken_in_the_month_of_the_paper(analyse):
    text = ("Mobile money agents in Accra said SIM cards were barred as of Thursday morning. "
            "The registration deadline had run out on May 31, 2023, the regulator said.")
    events = asserted(analyse(text, published="2023-06"))
    assert "2023-06-01" in [e["date_start"] for e in events]


def test_a_weekday_with_its_calendar_day_is_that_day(analyse):
    text = "The regulator ordered operators to block WhatsApp and Facebook in Zambia on Thursday, March 11."
    [event] = asserted(analyse(text, published="2021-03"))
    assert event["date_start"] == "2021-03-11"


def test_a_restoration_elsewhere_counts_back_no_cut_here(analyse):
    text = ("Nigeria restored mobile internet on Monday, 2 August, eight days after it was cut. "
            "Niger and Chad also blocked internet access during protests.")
    dates = {e["country"]: e["date_start"] for e in asserted(analyse(text, published="2021-08"))}
    assert dates["NG"] == "2021-07-25"
    assert dates.get("TD") is None and dates.get("NE") is None


def test_the_news_of_a_month_paper_is_its_month(analyse):
    text = "Authorities in Gabon have blocked Telegram and TikTok, users and a monitoring group said."
    [event] = asserted(analyse(text, published="2023-02"))
    assert (event["date_start"], event["date_precision"]) == ("2023-02", "month")
