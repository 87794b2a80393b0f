"""A capital city as the subject of the verb that carries a measure out ("Hanoi switched
off ...") stands for the government seated there: not the measure's place, nor a place that
spreads to the report's other measures; a city that undergoes a measure stays its place."""

from tests.conftest import places_of


def test_a_capital_that_switched_off_the_nation_s_network_is_the_government(analyse):
    text = "Minsk switched off the country's mobile internet in August 2020 to stifle rallies after the vote."
    assert places_of(analyse, text, "2021-03-01") == [("BY", None)]


def test_a_capital_that_acted_lends_no_region_to_an_earlier_unplaced_measure(analyse):
    text = ("Mobile data in Iran has been disrupted for a week, an internet monitor said on Friday.\n\n"
            "The observatory said the outage began on Monday.\n\n"
            "Tehran ordered a total blackout of the whole country's web access late in 2019 amid fuel protests.")
    assert places_of(analyse, text, "2021-07-23") == [("IR", None)]


def test_a_city_that_saw_a_shutdown_is_still_its_place(analyse):
    text = "Srinagar saw a complete shutdown of mobile internet on Tuesday as security forces deployed."
    assert places_of(analyse, text, "2019-08-07") == [("IN", "IN-JK")]
