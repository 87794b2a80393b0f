"""Date rules of argument linking: which dates belong to a trigger, in which role."""

from pipeline.components.linking.dates import (
    add_date, best_date, clause_head, continues, dates_agree, has_subject, in_clause, in_force, other_clause_date,
    reporting_period, start_of,
)
from pipeline.components.linking.records import Mention


def measures(ctx):
    return [t for t in ctx.triggers if t.label_ != "LIFT"]


def dated(read, text, published="2023-05-10"):
    """The mention of the sentence's first trigger, with every date of the sentence added."""
    doc, ctx = read(text, published)
    sent = next(doc.sents)
    trig = measures(ctx)[0]
    m = Mention(status=trig._.status, sent=sent, start=sent.start, end=sent.end, triggers=[trig])
    for d in ctx.dates:
        add_date(m, d, [trig], ctx.rules)
    return m


def test_a_date_in_the_triggers_clause_or_on_the_verb_announcing_it_belongs_to_it(read):
    _, ctx = read("On April 26 Fujian Mobile said it would suspend text messages from overseas numbers.")
    [date] = ctx.dates
    assert in_clause(date, measures(ctx), ctx.rules)
    _, other = read("Shops closed on Friday after authorities cut mobile internet on Monday.")
    friday, monday = other.dates
    assert not in_clause(friday, measures(other), other.rules)
    assert in_clause(monday, measures(other), other.rules)


def test_a_date_in_another_triggers_clause_with_its_own_subject(read):
    _, ctx = read("Authorities cut mobile internet across Iran, and WhatsApp remained blocked on Tuesday.")
    cut, blocked = measures(ctx)
    [tuesday] = ctx.dates
    assert other_clause_date(tuesday, cut, [cut, blocked])
    assert not other_clause_date(tuesday, blocked, [cut, blocked])
    assert clause_head(cut.root).text == "cut" and has_subject(clause_head(blocked.root))


def test_roles_start_announced_end(read):
    assert [(d["value"], d["role"]) for d in dated(read, "Authorities cut mobile internet in Manipur on Monday.").dates] == [("2023-05-08", "start")]
    assert [(d["value"], d["role"]) for d in dated(read, "On April 26 Fujian Mobile said it would suspend text messages.").dates] == [
        ("2023-04-26", "announced")]
    assert [d["role"] for d in dated(read, "Authorities suspended mobile internet in Manipur until June 1.").dates] == ["end"]


def test_a_day_the_measure_was_still_in_force_is_ongoing(read):
    doc, ctx = read("Mobile internet remained suspended across Haryana on Friday.")
    assert continues(measures(ctx)[0], ctx.rules)
    assert [d["role"] for d in dated(read, "Mobile internet remained suspended across Haryana on Friday.").dates] == ["ongoing"]
    _, cut = read("Authorities cut mobile internet in Haryana on Friday.")
    assert not continues(measures(cut)[0], cut.rules)


def test_a_duration_and_a_date_of_something_else(read):
    m = dated(read, "Authorities suspended mobile internet in Manipur for three days under the 2019 law.")
    assert m.duration == "P3D"
    assert m.dates == []  # "the 2019 law" dates the law, not the measure


def test_a_weekday_before_a_time_of_day_is_a_date(read):
    m = dated(read, "Authorities cut mobile internet in Manipur on Sunday afternoon.")
    assert [d["value"] for d in m.dates] == ["2023-05-07"]


def test_the_closest_date_wins_then_the_most_precise():
    near = {"value": "2023-05", "precision": "month", "distance": 1, "role": "start"}
    far = {"value": "2023-04-08", "precision": "day", "distance": 3, "role": "start"}
    as_near = {"value": "2023-05-08", "precision": "day", "distance": 1, "role": "start"}
    assert best_date([far, near]) is near
    assert best_date([near, as_near]) is as_near
    assert best_date([]) is None


def test_a_farther_day_inside_the_closest_month_stands_for_it():
    near = {"value": "2023-05", "precision": "month", "distance": 1, "role": "start"}
    inside = {"value": "2023-05-08", "precision": "day", "distance": 3, "role": "start"}
    assert best_date([near, inside]) is inside


def test_in_force_keeps_only_the_month():
    assert in_force({"value": "2023-05-08", "precision": "day", "text": "Monday"}) == {"value": "2023-05", "precision": "month", "text": "Monday"}
    assert in_force({"value": "2023", "precision": "year"}) == {"value": "2023", "precision": "year"}
    assert in_force(None) is None


def test_dates_agree_when_one_is_missing_or_contains_the_other():
    may, may_8, june = ({"value": v} for v in ("2023-05", "2023-05-08", "2023-06"))
    assert dates_agree(may, may_8) and dates_agree(None, june)
    assert not dates_agree(may_8, june)


def test_start_of_a_group_ignores_other_roles(read):
    m = dated(read, "Authorities suspended mobile internet in Manipur on Monday until June 1.")
    assert start_of([m])["value"] == "2023-05-08"
    ended = dated(read, "Authorities suspended mobile internet in Manipur until June 1.")
    assert start_of([ended]) is None


def test_a_measure_in_the_news_this_week_dates_to_the_publication_month(read):
    doc, ctx = read("Mobile internet was cut in Manipur. The blackout is in the news again this week.")
    first, second = doc.sents
    m = Mention(status="asserted", sent=second, start=second.start, end=second.end, triggers=measures(ctx))
    assert reporting_period([m], ctx) == {"value": "2023-05", "precision": "month", "text": "this week", "role": "start"}
    assert reporting_period([Mention(status="negated", sent=second, start=0, end=0, triggers=[])], ctx) is None
    undated = Mention(status="asserted", sent=first, start=first.start, end=first.end, triggers=measures(ctx))
    assert reporting_period([undated], ctx) is None


def test_a_date_of_the_cause_dates_the_measure_only_when_nothing_else_does(analyse):
    def starts(text: str) -> list:
        return [e["date_start"] for e in analyse(text, published="2016-12-20") if e["status"] == "asserted"]

    assert starts("After ethnic violence in Urumqi in July 2009, the authorities cut off the internet across Xinjiang.") == ["2009-07"]
    text = "Pakistan blocked Twitter on Wednesday, a day after the arrest of the former prime minister on Tuesday."
    assert starts(text) == ["2016-12-14"]


def test_a_measure_still_in_force_on_a_day_is_ongoing_then(read):
    m = dated(read, "The ban on messaging apps was still in force in Kerman on Friday.")
    assert [d["role"] for d in m.dates] == ["ongoing"]


def test_a_date_of_an_act_the_measure_only_comes_up_in_is_context(read):
    m = dated(read, "Lawyers filed a petition in Quetta on Thursday challenging the suspension of mobile internet in Balochistan.")
    assert [d["role"] for d in m.dates] == ["context"]


def test_the_day_a_ban_is_lifted_and_the_day_it_runs_until_are_ends(read):
    assert [d["role"] for d in dated(read, "The Meghalaya government on Monday lifted the week-long ban on mobile internet services in the Garo Hills.").dates] == ["end"]
    assert [d["role"] for d in dated(read, "Mobile internet was suspended in Ganjam district until 5 pm Wednesday.").dates] == ["end"]


def test_a_date_naming_a_noun_in_a_side_clause_dates_that_noun(read):
    m = dated(read, "Mobile internet is cut off in Chin State, which has seen protests since the army seized power in a Feb. 1 coup d'état.")
    assert m.dates == []


def test_regions_listed_before_the_verb_share_its_date(analyse):
    text = "Since September 14 the junta has cut the internet in Kani in Sagaing Region, Mogok in Mandalay Region and Taungdwingyi in Magway Region."
    found = {e["province_code"]: e["date_start"] for e in analyse(text, published="2021-09-25") if e["status"] == "asserted"}
    assert found == {"MM-04": "2021-09-14", "MM-03": "2021-09-14", "MM-01": "2021-09-14"}
    text = "In Kachin, the internet has been down since Aug. 20, while access in most townships in Mandalay, Sagaing and Magway regions was blocked on Sept. 14."
    found = {e["province_code"]: e["date_start"] for e in analyse(text, published="2021-09-25") if e["status"] == "asserted"}
    assert found == {"MM-11": "2021-08-20", "MM-04": "2021-09-14", "MM-01": "2021-09-14", "MM-03": "2021-09-14"}


def test_the_day_a_measure_is_prolonged_is_no_new_start(read):
    m = dated(read, "The district administration prolonged its ban on mobile data in Jammu on Monday.", published="2022-03-10")
    assert [d["role"] for d in m.dates] == ["extended"]
    m = dated(read, "The ban on mobile data in Jammu was extended on Monday.", published="2022-03-10")
    assert [d["role"] for d in m.dates] == ["extended"]


def test_a_date_of_a_second_act_joined_to_the_measure_is_context(analyse):
    text = ("The Malian government shut down mobile internet with no end date and imposed a night curfew from Friday, "
            "the defence minister said on national radio on Thursday evening.")
    (event,) = [e for e in analyse(text, published="2024-02-09") if e["status"] == "asserted"]
    assert event["date_start"] == "2024-02-08"


def test_a_dateline_day_gives_way_to_the_sentences_own_date(analyse):
    text = "SHILLONG, Jan 11: Mobile internet was switched off across Meghalaya from 9 am to 1 pm on Sunday during a police test."
    (event,) = [e for e in analyse(text, published="2022-01-11") if e["status"] == "asserted"]
    assert event["date_start"] == "2022-01-09"
