"""A place given as an example inside a national scope ("across Sudan, including in the
capital") is no place of the measure; "much of" a country is its scope as the country is."""

from tests.conftest import places_of


def test_a_capital_named_as_an_example_of_a_national_cut(analyse):
    text = "Authorities shut off mobile internet across Sudan on Tuesday, including in the capital, Khartoum, monitors reported."
    assert places_of(analyse, text) == [("SD", None)]


def test_much_of_a_country_is_the_country(analyse):
    text = "Authorities cut internet access across much of Kenya on Tuesday, including the capital Nairobi, a watchdog reported."
    assert places_of(analyse, text) == [("KE", None)]


def test_an_example_of_a_regional_cut_keeps_its_region(analyse):
    text = "The state government suspended mobile internet on Tuesday in several districts of Haryana, including Nuh."
    assert places_of(analyse, text) == [("IN", "IN-HR")]
