"""Discourse rules of linking: what a mention takes from the ones before it, and what the
sentences without a trigger add."""

from pipeline.components.linking.context import in_sentence
from pipeline.components.linking.discourse import (
    absorbed, add_context, backfill, inherit, points_back, propagate_international, sentences_between,
)
from pipeline.components.linking.effects import drop_lone_losses, is_loss
from pipeline.components.linking.mentions import sentence_mentions
from pipeline.components.linking.records import Mention


def mentions_of(read, text, published="2023-05-10"):
    """The context and the mentions of each sentence with a trigger, as read on their own."""
    doc, ctx = read(text, published)
    out = []
    for sent in doc.sents:
        trigs = [t for t in in_sentence(ctx.triggers, sent) if t.label_ != "LIFT"]
        if trigs:
            out += sentence_mentions(sent, trigs, in_sentence(ctx.spans, sent), in_sentence(ctx.dates, sent), ctx)
    return ctx, out


def test_similar_measures_take_the_services_of_the_one_before(read):
    ctx, [first, similar] = mentions_of(read, "Hubei Mobile switched off incoming international calls on June 1. "
                                              "Similar notices were issued by Anhui Telecom on June 8.")
    assert similar.anaphoric and similar.services == set()
    inherit(similar, [first], ctx)
    assert (similar.restriction, similar.services, similar.region) == ("international_barring", {"international_calls"}, "CN-AH")


def test_a_mention_with_no_place_takes_the_place_of_the_same_kind_before(read):
    ctx, [first, second] = mentions_of(read, "Authorities cut mobile internet in Manipur on Monday. Mobile internet was also cut on Tuesday.")
    assert second.region is None
    inherit(second, [first], ctx)
    assert (second.region, second.country) == ("IN-MN", "IN")


def test_a_mention_with_no_place_and_nothing_before_is_in_the_home_country(read):
    ctx, [only] = mentions_of(read, "Mobile internet was cut on Tuesday, Iranian media reported.")
    inherit(only, [], ctx)
    assert (only.region, only.country) == (None, "IR")


def test_this_city_is_the_datelines_city(read):
    ctx, [m] = mentions_of(read, "URUMQI, China, June 9 (Asia Wire) - Mobile internet was cut across this far-western city on Monday.",
                           published="2023-06-09")
    inherit(m, [], ctx)
    assert (m.region, m.country) == ("CN-XJ", "CN")


def test_a_vague_mention_adds_to_the_latest_measure(read):
    ctx, [cut, *_] = mentions_of(read, "Authorities cut mobile internet in Manipur on Monday. The ban came on the orders of the home department.")
    second = list(ctx.doc.sents)[1]
    vague = Mention(status="asserted", sent=second, start=second.start, end=second.end, triggers=[], vague=True,
                    dates=[{"value": "2023-05-09", "precision": "day", "text": "Tuesday", "role": "start"}])
    assert absorbed(vague, [cut], ctx)
    assert cut.evidence == [cut.sent, second] and cut.latest is second
    assert [d["text"] for d in cut.dates] == ["Monday"]  # it has a start date of its own
    assert not absorbed(Mention(status="asserted", sent=second, start=0, end=0, triggers=[], vague=True, region="IN-MN"), [cut], ctx)
    assert not absorbed(vague, [], ctx)


def test_a_following_sentence_adds_what_users_must_do(read):
    ctx, [m] = mentions_of(read, "China Mobile suspended the numbers of users in Fujian on Monday. "
                                 "To get their lines back, users must present an ID card at a business hall.")
    after = list(ctx.doc.sents)[1]
    add_context(m, after, in_sentence(ctx.spans, after), in_sentence(ctx.dates, after), [], ctx)
    assert m.remedies == {"id_verification", "registration"} and m.evidence[-1] is after


def test_a_far_sentence_adds_only_when_it_points_back_or_names_a_remedy(read):
    text = ("Authorities cut mobile internet in Manipur on Monday. Schools were closed. Traders counted their losses. "
            "Banks ran out of cash. Officials cited fraud. Officials defended the order, citing fraud. Lawyers filed a petition.")
    ctx, [m] = mentions_of(read, text)
    sents = list(ctx.doc.sents)
    assert sentences_between(m.sent, sents[4]) == 4
    add_context(m, sents[4], in_sentence(ctx.spans, sents[4]), [], [], ctx)
    assert m.justification == set()
    assert points_back(sents[5], ctx.rules) and not points_back(sents[4], ctx.rules)
    add_context(m, sents[5], in_sentence(ctx.spans, sents[5]), [], [], ctx)
    assert m.justification == {"fraud"}
    add_context(m, sents[6], in_sentence(ctx.spans, sents[6]), [], [], ctx)
    assert m.remedies == {"legal_challenge"}


def test_a_sentence_about_another_region_adds_nothing(read):
    ctx, [m] = mentions_of(read, "Authorities cut mobile internet in Manipur on Monday. In Assam, users must show an ID card to get it back.")
    after = list(ctx.doc.sents)[1]
    add_context(m, after, in_sentence(ctx.spans, after), in_sentence(ctx.dates, after), [], ctx)
    assert m.remedies == set() and m.evidence == [m.sent]


def test_a_restoration_gives_the_end_date(read):
    ctx, [m] = mentions_of(read, "Authorities cut mobile internet in Manipur on Monday. Service was restored on Wednesday.")
    after = list(ctx.doc.sents)[1]
    lifts = [t for t in in_sentence(ctx.triggers, after) if t.label_ == "LIFT"]
    assert lifts
    add_context(m, after, in_sentence(ctx.spans, after), in_sentence(ctx.dates, after), lifts, ctx)
    assert [(d["value"], d["role"]) for d in m.dates if d["role"] == "end"] == [("2023-05-10", "end")]


def test_a_lost_service_alone_is_no_measure(read):
    ctx, lost = mentions_of(read, "Residents of Kerala had no mobile data on Monday.")
    assert [is_loss(m) for m in lost] == [True]
    assert drop_lone_losses(lost) == []
    ctx, both = mentions_of(read, "The military cut mobile internet in Sagaing Region on Friday. Residents of Magway Region had no mobile data.")
    assert [is_loss(m) for m in both] == [False, True]
    assert drop_lone_losses(both) == both


def test_a_lead_with_no_place_takes_the_place_of_the_next_mention_of_its_kind(read):
    doc, _ = read("Users found their lines cut. Hubei Mobile cut them.")
    lead, later = (Mention(status="asserted", sent=s, start=s.start, end=s.end, triggers=[], restriction="subscriber_cutoff", country="CN")
                   for s in doc.sents)
    later.region = "CN-HB"
    backfill([lead, later])
    assert lead.region == "CN-HB"
    other = Mention(status="asserted", sent=lead.sent, start=0, end=0, triggers=[], restriction="network_shutdown", country="CN")
    backfill([other, later])
    assert other.region is None


def test_calls_in_an_article_about_barring_calls_from_abroad_are_international(read):
    doc, _ = read("Calls were cut. Messages were cut.")
    barring, cut, other = (Mention(status="asserted", sent=doc[:1], start=0, end=1, triggers=[]) for _ in range(3))
    barring.restriction, barring.services = "international_barring", {"international_sms"}
    cut.restriction, cut.services = "network_shutdown", {"voice_calls", "sms"}
    other.restriction, other.services = "network_shutdown", {"mobile_internet"}
    propagate_international([barring, cut, other])
    assert (cut.restriction, cut.services) == ("international_barring", {"international_calls", "international_sms"})
    assert (other.restriction, other.services) == ("network_shutdown", {"mobile_internet"})


def test_a_vague_lead_dates_the_measure_described_next(analyse):
    text = ("The blackout began at noon on Thursday, March 2. "
            "An order of the home department suspended mobile data and broadband across Sambalpur district.")
    (event,) = [e for e in analyse(text, published="2023-03-10") if e["status"] == "asserted"]
    assert event["date_start"] == "2023-03-02" and event["province_code"] == "IN-OD"


def test_what_follows_a_feared_measure_adds_to_the_real_one_before_it(analyse):
    text = ("Authorities blocked Telegram across Iran on Sunday. Nobody knows how long the restriction might last. "
            "Many users installed VPN software to keep chatting.")
    (event,) = [e for e in analyse(text, published="2018-01-02") if e["status"] == "asserted"]
    assert event["remedies"] == ["circumvention"]


def test_apps_pointed_back_to_are_the_ones_just_named(analyse):
    text = ("Authorities blocked Telegram and Instagram across Iran on Sunday. "
            "A state news site said the activities of the two apps had been temporarily limited by the security council.")
    events = [e for e in analyse(text, published="2018-01-02") if e["status"] == "asserted"]
    assert [(e["restriction"], e["platforms"]) for e in events] == [("service_block", ["instagram", "telegram"])]



def test_a_vague_mention_adds_no_background_year_to_news(analyse):
    text = ("Egypt has blocked the messaging app Signal, the company said on Monday. "
            "The block comes amid a broad crackdown since the army took power in July 2013.")
    (event,) = [e for e in analyse(text, published="2016-12-21") if e["status"] == "asserted"]
    assert event["date_start"] == "2016-12-19"


def test_when_the_measure_pointed_back_to_began_is_its_start(analyse):
    text = ("Residents of Chad remain offline after the army cut mobile internet across the country. "
            "The outage, which began on March 1 when the soldiers took power, was still going on Tuesday.")
    (event,) = [e for e in analyse(text, published="2023-03-08") if e["status"] == "asserted"]
    assert event["date_start"] == "2023-03-01"


def test_services_a_following_sentence_says_the_order_covers_join_the_measure(analyse):
    text = ("The Punjab government on Monday suspended mobile internet in Ludhiana and Patiala districts. "
            "The order also covers all SMS services except voice calls.")
    (event,) = [e for e in analyse(text, published="2021-04-06") if e["status"] == "asserted"]
    assert event["services"] == ["mobile_internet", "sms"]


def test_a_loss_of_service_after_a_measure_of_another_kind_is_its_effect(analyse):
    text = ("The regulator said about 4 million SIM cards were deactivated in Kenya on June 30 when the registration window closed. "
            "Owners who missed the deadline lost all connectivity in calls, data and mobile money, an official explained.")
    events = [e for e in analyse(text, published="2023-07-02") if e["status"] == "asserted"]
    assert [e["restriction"] for e in events] == ["subscriber_cutoff"]
    assert len(events[0]["evidence"]) == 2


def test_services_a_vague_sentence_naming_the_measure_says_it_covers_join_it(analyse):
    text = "Officials in Haryana switched off mobile internet in Sonipat district on Friday. The suspension also covers bulk SMS."
    (event,) = [e for e in analyse(text, published="2022-09-05") if e["status"] == "asserted"]
    assert event["services"] == ["mobile_internet", "sms"]


def test_the_next_sentence_saying_since_when_outages_are_felt_dates_an_undated_measure(analyse):
    text = ("Malawi's interior ministry suspended mobile phone service nationwide for the referendum.\n\n"
            "Since early morning today, voters have reported service disruption in big towns and villages across Malawi.")
    (event,) = [e for e in analyse(text, published="2022-09-05") if e["status"] == "asserted"]
    assert event["date_start"] == "2022-09-05"


def test_the_worded_order_of_a_measure_already_told_dates_it_instead_of_being_speculation(analyse):
    text = ("The Zambia Information and Communications Technology Authority cut internet access across Zambia on the eve of the vote. "
            "\"This suspension should take effect at 8pm this day of 4th May 2022 and continue until otherwise directed,\" the letter reads.")
    events = analyse(text, published="2022-05-06")
    assert [(e["status"], e["date_start"]) for e in events] == [("asserted", "2022-05-04")]
