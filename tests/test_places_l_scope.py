"""Places that say something else than where a measure bites: a dateline opening a later
line of the head, a city of what a measure came after, a region of a clause of its own."""

from pipeline.components.linking.datelines import dateline_end
from tests.conftest import places_of


def test_a_capital_dateline_opening_the_second_line_is_no_place(read, analyse):
    text = ("Officials said the numbers would not be given to anyone else.\n\n"
            "KARACHI: Some 3 million unregistered SIM cards were blocked across Pakistan on Monday by the telecom regulator.")
    doc, _ = read(text)
    assert doc.text[dateline_end(doc):].startswith("Some 3 million")
    assert places_of(analyse, text, "2016-02-02") == [("PK", None)]


def test_a_city_where_an_attack_happened_is_not_where_platforms_were_slowed(analyse):
    text = "Access to Twitter and YouTube was slowed on Sunday after the explosion in central Ankara, the monitor said."
    assert places_of(analyse, text, "2023-10-02") == [("TR", None)]
    text = "The government cut mobile internet on Wednesday in response to riots rocking Basra."
    assert places_of(analyse, text, "2019-10-03") == [("IQ", None)]


def test_a_region_s_own_government_acting_after_riots_in_its_capital_keeps_the_region(analyse):
    text = "The regional government cut internet connections in the days after the riots in Urumqi, officials said."
    assert places_of(analyse, text, "2009-07-09") == [("CN", "CN-XJ")]


def test_a_region_in_a_clause_of_its_own_is_no_second_measure(analyse):
    text = ("Mobile data was switched off in Jammu and Kashmir on August 4, a day before the government "
            "announced that the state would be split into Jammu and Kashmir and Ladakh.")
    assert places_of(analyse, text, "2020-05-12") == [("IN", "IN-JK")]
