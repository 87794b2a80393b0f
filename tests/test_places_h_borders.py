"""A place named as the neighbour across a border ("close to the state's border with
Haryana") is no place of the measure."""


def places_of(analyse, text: str, published: str = "2024-03-14") -> list[tuple]:
    return sorted({(e["country"], e["province_code"]) for e in analyse(text, published=published) if e["status"] == "asserted"})


def test_the_neighbour_across_a_border_is_no_place_of_the_cut(analyse):
    text = ("On Monday night the Home Ministry ordered mobile internet suspended in villages of Patiala "
            "district in Punjab, close to the state's border with Haryana.")
    assert places_of(analyse, text) == [("IN", "IN-PB")]


def test_a_place_on_the_border_is_still_a_place(analyse):
    text = "On Monday night officials suspended mobile internet in border villages of Ambala district in Haryana."
    assert places_of(analyse, text) == [("IN", "IN-HR")]
