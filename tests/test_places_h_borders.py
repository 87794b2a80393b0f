"""A place named as the neighbour across a border ("close to the state's border with
Haryana") is no place of the measure."""

from tests.conftest import places_of


def test_the_neighbour_across_a_border_is_no_place_of_the_cut(analyse):
    text = ("On Monday night the Home Ministry ordered mobile internet suspended in villages of Patiala "
            "district in Punjab, close to the state's border with Haryana.")
    assert places_of(analyse, text) == [("IN", "IN-PB")]


def test_a_place_on_the_border_is_still_a_place(analyse):
    text = "On Monday night officials suspended mobile internet in border villages of Ambala district in Haryana."
    assert places_of(analyse, text) == [("IN", "IN-HR")]
