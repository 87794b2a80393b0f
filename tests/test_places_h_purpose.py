"""In a sentence that calls the measure national, a place in a clause of purpose ("to crush
unrest in Kurdish regions") is where the purpose lies, not where the measure bites."""

from tests.conftest import places_of


def test_a_national_cut_made_to_stop_unrest_in_one_province(analyse):
    text = "Authorities cut mobile internet nationwide on Monday to stop protests in Zahedan from spreading."
    assert places_of(analyse, text) == [("IR", None)]


def test_without_a_national_word_the_purpose_place_still_places_the_cut(analyse):
    text = "Authorities cut mobile internet on Monday to stop protests in Zahedan from spreading."
    assert places_of(analyse, text) == [("IR", "IR-11")]
