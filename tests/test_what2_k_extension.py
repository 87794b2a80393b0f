"""A shutdown told again (helper what2): the sentence that says how a measure was first set
and then extended, naming no place, is the same measure, and the people it left without
service in its own sentence are its effect, not a second, country-wide measure."""

from __future__ import annotations

from conftest import asserted

TOLD = "The state government of Assam in India cut mobile internet and SMS from May 3 while police hunted a militant leader"
EXTENDED = "The government first cut internet services until Friday noon, but later extended the shutdown to Saturday and then Sunday."


def test_an_extension_naming_no_place_joins_the_measure_told(analyse):
    events = asserted(analyse(f"{TOLD}. {EXTENDED}"))
    assert [(e["province_code"], e["date_start"]) for e in events] == [("IN-AS", "2022-05-03")]


def test_people_left_without_access_in_the_same_sentence_are_its_effect(analyse):
    events = asserted(analyse(f"{TOLD}, leaving over 9 million Indians without access to mobile internet."))
    assert [(e["province_code"], e["date_start"]) for e in events] == [("IN-AS", "2022-05-03")]


def test_a_bare_day_after_an_end_is_a_later_end(analyse):
    events = asserted(analyse(f"{TOLD}, leaving over 9 million Indians without access to mobile internet. {EXTENDED}"))
    assert [(e["province_code"], e["date_start"]) for e in events] == [("IN-AS", "2022-05-03")]
    assert events[0]["date_end"] is not None


def test_a_service_lost_to_the_measure_of_its_sentence_is_one_it_cut(analyse):
    text = "The state government of Assam in India cut mobile internet from May 3, leaving over 9 million Indians without SMS as well."
    events = asserted(analyse(text))
    assert [(e["province_code"], e["services"]) for e in events] == [("IN-AS", ["mobile_internet", "sms"])]
