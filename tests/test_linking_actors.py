"""Actors read over the whole article (linking/actors.py): generic names resolved to the
body the article names, the state when the country itself is the subject."""

from __future__ import annotations


def actors_of(analyse, text: str) -> list[list[tuple[str, str]]]:
    return [[(a["name"], a["kind"]) for a in e["actors"]] for e in analyse(text, published="2024-03-14") if e["status"] == "asserted"]


def test_a_country_as_the_subject_of_the_cut_is_its_government(analyse):
    assert actors_of(analyse, "Iran cut the internet on Wednesday as protests spread.") == [[("Iran government", "government")]]


def test_the_bare_government_is_the_country_government_but_a_state_government_stays(analyse):
    assert actors_of(analyse, "The government suspended mobile internet in Tigray on Monday.") == [[("Ethiopia government", "government")]]
    assert actors_of(analyse, "The Haryana government suspended mobile internet in Sirsa on Monday.") == [[("Haryana government", "government")]]


def test_the_regulator_is_the_regulator_the_article_names(analyse):
    text = ("The Pakistan Telecommunication Authority met operators on Friday. "
            "On Saturday the regulator blocked WhatsApp in Balochistan, officials said.")
    assert actors_of(analyse, text) == [[("Pakistan Telecommunication Authority", "regulator")]]


def test_authorities_stay_as_written(analyse):
    assert actors_of(analyse, "Authorities shut down mobile data in Manipur on Monday.") == [[("Authorities", "government")]]


def test_a_law_name_gives_no_service_and_throttled_is_throttling(analyse):
    (event,) = [e for e in analyse("Under the 2013 Communications Act, Pakistan blocked WhatsApp last week.", published="2024-03-14") if e["status"] == "asserted"]
    assert (event["restriction"], event["services"], event["platforms"]) == ("service_block", ["platform"], ["whatsapp"])
    (event,) = [e for e in analyse("Turkey throttled access to Twitter after the bombing on Sunday.", published="2024-03-14") if e["status"] == "asserted"]
    assert event["restriction"] == "throttling"


def test_a_body_that_ordered_the_cut_in_another_sentence_is_its_actor(analyse):
    text = ("Mobile data was cut across Chittagong division on Thursday. "
            "The Bangladesh Telecommunication Regulatory Commission had ordered operators to stop 3G and 4G services, an official said.")
    assert actors_of(analyse, text) == [[("Bangladesh Telecommunication Regulatory Commission", "regulator")]]



def test_a_body_of_another_country_that_ordered_something_is_not_credited(analyse):
    text = ("Mobile data was cut across Bangladesh on Thursday. "
            "In neighbouring India, the Department of Telecommunications ordered operators to block TikTok.")
    bd = [e for e in analyse(text, published="2024-03-14") if e["status"] == "asserted" and e["country"] == "BD"]
    assert [e["actors"] for e in bd] == [[]]
