"""A measure placed by the name of a known set of regions is a measure in each of them."""


def codes(analyse, text: str, published: str = "2017-02-20") -> list[str | None]:
    return sorted((e["province_code"] for e in analyse(text, published=published) if e["status"] == "asserted"), key=str)


def test_the_english_speaking_regions_are_the_north_west_and_the_south_west(analyse):
    text = "The government of Cameroon switched off the internet in the English-speaking regions on Tuesday, residents said."
    assert codes(analyse, text) == ["CM-NW", "CM-SW"]


def test_anglophone_parts_of_the_country_are_the_same_two_regions(analyse):
    text = "Operators in Cameroon were told to cut mobile data in Anglophone parts of the country last week, a lawyers' group said."
    assert codes(analyse, text) == ["CM-NW", "CM-SW"]


def test_the_group_s_words_beside_people_place_nothing(analyse):
    text = "Anglophone activists said the government of Cameroon switched off the internet nationwide on Tuesday."
    assert codes(analyse, text) == [None]
