"""Datelines without a dash after the agency, and a place with its country before a dash:
where the reporter files from is no place of the measure."""

from pipeline.components.linking.datelines import dateline_end
from tests.conftest import places_of


def test_an_agency_dateline_needs_no_dash(read):
    doc, _ = read("Lahore, Mar 12 (Asia Wire) Officials in the province cut mobile data.")
    assert doc.text[dateline_end(doc):].startswith("Officials")
    colon, _ = read("Peshawar, March 12 (Asia Wire): Officials cut mobile data.")
    assert colon.text[dateline_end(colon):].startswith("Officials")


def test_a_place_and_its_country_before_a_dash_is_a_dateline(read):
    doc, _ = read("Nairobi, Kenya \u2013 The regulator ordered carriers to cut mobile data in Mandera county.")
    assert doc.text[dateline_end(doc):].startswith("The regulator")
    sentence, _ = read("Officials in Mombasa, who spoke - off the record - said data was cut.")
    assert dateline_end(sentence) == 0


def test_the_capital_of_an_agency_dateline_is_no_second_event(analyse):
    text = ("Islamabad, Mar 12 (Asia Wire) Pakistani authorities said on Tuesday they had suspended "
            "mobile data in Khyber Pakhtunkhwa province until Friday over security threats.")
    assert places_of(analyse, text) == [("PK", "PK-KP")]


def test_the_capital_before_a_country_and_dash_is_no_second_event(analyse):
    text = ("Jakarta, Indonesia \u2013 Indonesia has cut mobile internet in Maluku, the communications "
            "ministry said on Tuesday, after riots in the provincial capital.")
    assert places_of(analyse, text) == [("ID", "ID-MA")]


def test_a_capitalised_place_and_a_colon_open_the_story(read):
    doc, _ = read("LUCKNOW: As crowds gathered on Friday, officials cut mobile data in two districts.")
    assert doc.text[dateline_end(doc):].startswith("As crowds")
    heading, _ = read("Mobile data: officials cut it in two districts on Friday.")
    assert dateline_end(heading) == 0


def test_the_city_of_a_colon_dateline_is_no_second_event(analyse):
    text = ("LUCKNOW: As crowds gathered on Friday, the Bihar government suspended mobile internet "
            "in three districts until Sunday.")
    assert places_of(analyse, text) == [("IN", "IN-BR")]
