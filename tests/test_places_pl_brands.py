"""Names that tell who acted, not where: a carrier brand several countries share places a
measure only in a country the article names, and a capital an order came from ("an order
from Baghdad") is the government seated there."""

from __future__ import annotations

from tests.conftest import asserted


def test_a_shared_brand_does_not_move_the_measure_to_another_country(analyse):
    text = ("MBABANE — Facebook has been switched off in Eswatini on the orders of the regulator, a carrier said on Wednesday. "
            "The regulator did not comment. "
            "Back in June, as protests spread, the regulator told MTN and the other networks to cut internet access, and the internet was cut off for days.")
    countries = {e["country"] for e in asserted(analyse(text, "2021-10-21"))}
    assert countries == {"SZ"}


def test_a_shared_brand_of_a_country_the_article_names_still_places_it(analyse):
    text = "MTN switched off mobile data across Uganda on Wednesday on the regulator's orders, the company said."
    assert {e["country"] for e in asserted(analyse(text, "2021-01-14"))} == {"UG"}


def test_a_capital_an_order_came_from_does_not_place_the_measure(analyse):
    text = ("Carriers in Iraq's Kurdistan Region were told on Thursday to switch off their landlines, company staff said. "
            "The regulator named no reason. "
            "\"We cut the lines only because of an order from Baghdad,\" a manager at one carrier in the region said on Thursday.")
    codes = {e["province_code"] for e in asserted(analyse(text, "2018-02-03"))}
    assert "IQ-BG" not in codes
