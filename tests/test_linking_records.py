"""Mentions grouped into events, and the event records made of them."""

import pytest

from pipeline.components.linking.records import Mention, cluster, evidence, overlap, specific, to_event


@pytest.fixture(scope="module")
def article(nlp):
    text = "  Authorities cut mobile internet in Manipur on Monday.  Mobile data stayed off. Phones were cut in Assam on Tuesday. "
    doc = nlp.make_doc(text)
    doc._.published = "2023-05-10"
    doc = nlp(doc)
    return doc, nlp.get_pipe("cutoff_events").context(doc)


def day(value, role="start", distance=1):
    return {"value": value, "precision": "day", "text": value, "role": role, "distance": distance}


def mention(doc, index=0, **fields):
    sent = list(doc.sents)[index]
    base = {"status": "asserted", "restriction": "network_shutdown", "country": "IN", "region": "IN-MN", "services": {"mobile_internet"}}
    return Mention(sent=sent, start=sent.start, end=sent.end, triggers=[], evidence=[sent], **(base | fields))


def test_same_place_and_agreeing_dates_are_one_event(article):
    doc, _ = article
    monday, again, tuesday = mention(doc, 0, dates=[day("2023-05-08")]), mention(doc, 1, dates=[day("2023-05-08")]), mention(doc, 2, dates=[day("2023-05-09")])
    assert cluster([monday, again, tuesday]) == [[monday, again], [tuesday]]
    elsewhere = mention(doc, 2, region="IN-AS", dates=[day("2023-05-08")])
    assert cluster([monday, elsewhere]) == [[monday], [elsewhere]]
    assert cluster([mention(doc, 1, services=set())]) == []  # nothing cut, no event


def test_an_undated_mention_joins_the_group_it_shares_most_services_with(article):
    doc, _ = article
    phones = mention(doc, 0, services={"voice_calls"}, dates=[day("2023-05-08")])
    data = mention(doc, 2, services={"mobile_internet"}, dates=[day("2023-05-09")])
    undated = mention(doc, 1, services={"mobile_internet", "internet"})
    assert overlap([data], undated) == 1 and overlap([phones], undated) == 0
    assert cluster([phones, undated, data]) == [[phones], [data, undated]]


def test_internet_beside_mobile_internet_says_the_same_thing():
    assert specific({"internet", "mobile_internet"}) == {"mobile_internet"}
    assert specific({"internet", "voice_calls"}) == {"internet", "voice_calls"}


def test_an_event_record_from_its_mentions(article):
    doc, ctx = article
    first = mention(doc, 0, dates=[day("2023-05-08", distance=2), day("2023-05-01", role="announced")],
                    actors=[{"name": "Authorities", "kind": "government"}], city="Imphal")
    second = mention(doc, 1, dates=[day("2023-05-12", role="end")], actors=[{"name": "authorities", "kind": "government"}],
                     remedies={"legal_challenge"}, remedy_text=["a petition"], justification={"protests"})
    event = to_event([first, second], ctx)
    assert (event["country"], event["province_code"], event["province"], event["city"]) == ("IN", "IN-MN", "Manipur", "Imphal")
    assert (event["date_start"], event["date_precision"], event["date_announced"], event["date_end"]) == ("2023-05-08", "day", "2023-05-01", "2023-05-12")
    assert event["actors"] == [{"name": "Authorities", "kind": "government"}]
    assert (event["remedies"], event["remedy_text"], event["justification"]) == (["legal_challenge"], ["a petition"], ["protests"])
    assert [e["text"] for e in event["evidence"]] == ["Authorities cut mobile internet in Manipur on Monday.", "Mobile data stayed off."]
    assert event["confidence"] == 0.95  # a date, an actor, a reason and a way back, from two mentions: the ceiling


def test_a_day_still_in_force_dates_to_its_month_and_an_announcement_stands_for_the_start(article):
    doc, ctx = article
    ongoing = to_event([mention(doc, 1, dates=[day("2023-05-09", role="ongoing")])], ctx)
    assert (ongoing["date_start"], ongoing["date_precision"]) == ("2023-05", "month")
    announced = to_event([mention(doc, 1, dates=[day("2023-05-01", role="announced")])], ctx)
    assert (announced["date_start"], announced["date_announced"]) == ("2023-05-01", None)


def test_a_fixed_suspension_of_subscribers_is_a_waiting_period(article):
    doc, ctx = article
    cut = to_event([mention(doc, 2, restriction="subscriber_cutoff", services={"mobile_service"}, duration="P30D")], ctx)
    assert (cut["duration"], cut["remedies"]) == ("P30D", ["waiting_period"])
    shutdown = to_event([mention(doc, 2, duration="P3D")], ctx)
    assert shutdown["remedies"] == []


def test_evidence_is_the_sentence_without_blank_space_and_its_offsets(article):
    doc, _ = article
    first = next(doc.sents)
    found = evidence(first)
    assert found["text"] == "Authorities cut mobile internet in Manipur on Monday."
    assert doc.text[found["start"] : found["end"]] == found["text"]


def test_an_announced_measure_is_not_merged_with_a_dated_older_one(analyse):
    text = ("The minister announced on Saturday that the internet would be suspended nationwide. "
            "In 2016, after the last election, the internet was also cut off across Gabon for several days.")
    events = sorted((e["date_start"] for e in analyse(text, published="2023-08-31") if e["status"] == "asserted"))
    assert events == ["2016", "2023-08-26"]


def test_an_undated_measure_in_the_news_is_not_merged_into_one_years_before(analyse):
    text = ("Mobile internet has been cut across Xinjiang, residents say. "
            "After riots in Urumqi in July 2009, the authorities also cut mobile internet across Xinjiang for ten months.")
    events = [e for e in analyse(text, published="2013-04-30") if e["status"] == "asserted"]
    assert sorted(str(e["date_start"]) for e in events) == ["2009-07", "2013-04-30"]  # the perfect lead is the day's news


def test_a_confirmation_days_after_the_cut_is_the_same_measure(analyse):
    text = ("Operators switched off mobile internet across Balochistan on Wednesday. "
            "The regulator confirmed on Thursday that it had directed operators to suspend mobile internet in the province.")
    events = [e for e in analyse(text, published="2025-08-08") if e["status"] == "asserted"]
    assert [(e["province_code"], e["date_start"]) for e in events] == [("PK-BA", "2025-08-06")]


def test_a_later_cut_of_another_service_stays_its_own_measure(analyse):
    text = ("Mobile internet was cut in Yarkand on Monday. "
            "Text messages were suspended in Hotan on Wednesday. "
            "Mobile internet in Yarkand was still cut on Friday.")
    events = [e for e in analyse(text, published="2014-08-02") if e["status"] == "asserted"]
    assert sorted((e["date_start"], tuple(e["services"])) for e in events) == [("2014-07-28", ("mobile_internet",)), ("2014-07-30", ("sms",))]


def test_an_area_cut_that_ends_after_hours_has_no_waiting_period(analyse):
    text = "Facebook was shut down again in Ghana on Thursday. It was reactivated after 2:00 pm on the same day."
    (event,) = [e for e in analyse(text, published="2023-03-10") if e["status"] == "asserted"]
    assert "waiting_period" not in event["remedies"]


def test_an_undated_country_wide_summary_of_regional_cuts_is_no_event_of_its_own(analyse):
    text = ("Authorities have shut down mobile internet in dozens of townships in Myanmar. "
            "Mobile internet was cut in Sagaing region on September 14, residents said.")
    events = [e for e in analyse(text, published="2021-09-20") if e["status"] == "asserted"]
    assert [(e["country"], e["province_code"]) for e in events] == [("MM", "MM-01")]


def test_a_nationwide_cut_beside_a_regional_one_stays(analyse):
    text = ("Authorities cut mobile internet nationwide in Myanmar. "
            "Mobile internet was also cut in Sagaing region on September 14, residents said.")
    events = [e for e in analyse(text, published="2021-09-20") if e["status"] == "asserted"]
    assert sorted(str(e["province_code"]) for e in events) == ["MM-01", "None"]


def test_an_extension_days_after_the_cut_is_the_same_measure(analyse):
    text = ("Jammu, March 9: The administration prolonged its mobile data ban in three districts until March 12. "
            "Internet services were first suspended in Jammu on March 2 after the riots.")
    events = [e for e in analyse(text, published="2022-03-09") if e["status"] == "asserted"]
    assert [(e["province_code"], e["date_start"]) for e in events] == [("IN-JK", "2022-03-02")]


def test_an_announcement_days_before_the_cut_is_the_same_measure(analyse):
    text = ("The Tripura government suspended mobile internet in eight districts for three hours on Sunday during a teachers' test. "
            "On Thursday, the chief minister had made an announcement about suspending the internet and asked for patience.")
    events = [e for e in analyse(text, published="2023-03-13") if e["status"] == "asserted"]
    assert [(e["province_code"], e["date_start"], e["date_announced"]) for e in events] == [("IN-TR", "2023-03-12", "2023-03-09")]


def test_an_announcement_joins_the_cut_it_follows_before_one_it_precedes(analyse):
    text = ("Mobile internet was cut in Sindh on Friday. "
            "Operators switched off mobile internet across Sindh on Wednesday. "
            "The regulator confirmed on Thursday that it had ordered operators to suspend mobile internet in the province.")
    events = [e for e in analyse(text, published="2025-08-08") if e["status"] == "asserted"]
    assert ("2025-08-06", "2025-08-07") in [(e["date_start"], e["date_announced"]) for e in events]


def test_an_undated_measure_takes_the_day_heading_the_report(analyse):
    text = ("MARCH 3, 2021\n\nLagos. Besides slowing Telegram, the authorities have also throttled parts of Instagram. "
            "Officials gave no reason.")
    (event,) = [e for e in analyse(text, published="2021-03") if e["status"] == "asserted"]
    assert event["date_start"] == "2021-03-03"
    text = "Pokhara [Nepal], March 4 : The regulator issued a notice directing every provider to enforce the immediate block of Snapchat."
    (event,) = [e for e in analyse(text, published="2021-03") if e["status"] == "asserted"]
    assert event["date_start"] == "2021-03-04"
