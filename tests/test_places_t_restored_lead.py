"""A lead that restores service in a city ("Mobile internet was restored across Multan")
places the measure the report then tells without a place: the city is where the service
had been cut. A city the lead names only as where people speak from places nothing."""

from __future__ import annotations

from tests.conftest import places_of


def test_a_city_where_the_lead_restores_service_places_the_later_measure(analyse):
    text = ("Mobile internet was restored across Multan on Friday after four days.\n\n"
            "Cellular data had been suspended on Monday when a religious party's supporters blocked the main roads.")
    assert places_of(analyse, text, "2022-03-18") == [("PK", "PK-PB")]


def test_a_capital_where_access_returned_places_the_blocking(analyse):
    text = ("Mobile internet in Dakar, the capital of Senegal, was restored on Thursday.\n\n"
            "The blocking of mobile data since Tuesday followed street clashes, the ministry said.")
    assert places_of(analyse, text, "2023-06-08") == [("SN", "SN-DK")]


def test_a_city_where_residents_speak_from_does_not_place_a_national_cut(analyse):
    text = ("Residents of Harare said on Friday that they could not get online.\n\n"
            "The government ordered operators to switch off the internet across the country on Thursday.")
    assert places_of(analyse, text, "2019-01-18") == [("ZW", None)]
