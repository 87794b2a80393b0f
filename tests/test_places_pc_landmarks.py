"""A place named only to say where another place lies is no place of the measure."""


def codes(analyse, text: str, published: str = "2021-06-10") -> list[str | None]:
    return sorted((e["province_code"] for e in analyse(text, published=published) if e["status"] == "asserted"), key=str)


def test_a_town_on_the_outskirts_of_the_capital_keeps_its_own_state(analyse):
    text = "Mobile internet was suspended on Tuesday in Noida on the outskirts of New Delhi after clashes, officials said."
    assert codes(analyse, text) == ["IN-UP"]


def test_a_province_adjacent_to_the_capital_is_no_measure_in_the_capital(analyse):
    text = ("Mobile data was cut on Monday in Qom province adjacent to the capital Tehran and in the province of Gilan, "
            "a news agency reported.")
    assert "IR-23" not in codes(analyse, text)


def test_a_landmark_alone_still_places_the_measure(analyse):
    text = "Phone lines in villages near Srinagar were cut on Tuesday night, residents said."
    assert codes(analyse, text) == ["IN-JK"]
