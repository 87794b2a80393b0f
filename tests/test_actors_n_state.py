"""Who coders credit besides the bodies a sentence names: the state only when no office of it
is named for the measure ("the government" is the ministry the article names; a district's
office is not the state), and carriers that say a named body told them to cut
(linking/actors.py, arguments.is_source)."""

from __future__ import annotations

from conftest import actor_names


def test_the_government_is_the_ministry_the_article_names(analyse):
    text = ("Mobile internet was cut across Iraq on Sunday on the instructions of the government. "
            "An official said the order to cut it came from the Ministry of Communications.")
    names = actor_names(analyse, text, "2023-09-19")
    assert names and all("Iraq government" not in event for event in names)
    assert any("Ministry of Communications" in event for event in names)


def test_a_district_office_leaves_the_government_credited(analyse):
    text = ("The government cut mobile internet across Jammu and Kashmir on Sunday. "
            "The divisional administration said the suspension of mobile internet was ordered for security.")
    names = actor_names(analyse, text, "2019-08-06")
    assert any(any("government" in name for name in event) for event in names)


def test_carriers_told_by_the_regulator_carried_the_cut_out(analyse):
    text = ("Mobile data went down across Bangladesh on Thursday. "
            "Grameenphone and Robi said in messages to customers that they had been instructed by the "
            "Bangladesh Telecommunication Regulatory Commission to suspend mobile data.")
    names = actor_names(analyse, text, "2024-07-19")
    assert any("Grameenphone" in event and "Robi" in event for event in names)



def test_operators_unnamed_where_they_cut_are_the_ones_the_article_lists(analyse):
    text = ("Mobile operators switched off 3G and 4G data in the camps near Teknaf on Tuesday night. "
            "Grameenphone, Robi, Banglalink and Teletalk all confirmed on Wednesday that they had done so.")
    names = actor_names(analyse, text, "2019-09-12")
    assert any({"Grameenphone", "Robi", "Banglalink", "Teletalk"} <= set(event) for event in names)


def test_the_operators_after_a_list_are_all_of_it(analyse):
    text = ("Grameenphone, Robi and Teletalk confirmed the directive on Monday. "
            "The operators then switched off mobile data across Bangladesh on Tuesday.")
    names = actor_names(analyse, text, "2019-09-12")
    assert any({"Grameenphone", "Robi", "Teletalk"} <= set(event) for event in names)


def test_a_regulator_cited_for_a_cut_told_without_a_doer_did_it(analyse):
    text = "According to the Pakistan Telecommunication Authority, 25 million SIMs have been blocked across Pakistan."
    assert actor_names(analyse, text, "2015-04-14") == [["Pakistan Telecommunication Authority"]]


def test_a_monitor_cited_for_a_cut_is_only_a_source(analyse):
    text = "According to NetBlocks, the internet has been cut across Pakistan."
    assert actor_names(analyse, text, "2024-02-09") == [[]]
