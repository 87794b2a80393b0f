"""The officer of a regulator, ministry or police body who tells a cut with no doer of its own
speaks for the body, which is credited (arguments.officer_tells_cut); one who names another
doer is only a source."""

from __future__ import annotations

from conftest import actor_names


def test_the_regulator_s_spokesman_telling_a_doerless_cut_credits_the_regulator(analyse):
    text = ("Mobile data was cut in Skardu on Sunday. "
            "PTA spokesman Imran Qadir said that the services had been suspended for security reasons.")
    names = actor_names(analyse, text, "2023-04-10")
    assert any("PTA" in event for event in names)


def test_a_titled_director_of_the_commission_saying_the_disconnection_bars_calls_credits_it(analyse):
    text = ("The Uganda Communications Commission met operators on Monday. "
            "UCC Executive Director Sarah Nakato says the disconnection of unregistered lines will mean barring calls, texts and data for them.")
    names = actor_names(analyse, text, "2017-08-30")
    assert any("Uganda Communications Commission" in event for event in names)
