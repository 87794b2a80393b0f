"""A measure placed in parts of a country the sentence does not name ("in the country's two
northern provinces") is no national measure: beside the same measure placed in named
regions it is the article's summary of them, even when dated."""


def places_of(analyse, text: str, published: str = "2024-03-14") -> list[tuple]:
    return sorted({(e["country"], e["province_code"] or "") for e in analyse(text, published=published) if e["status"] == "asserted"})


def test_a_dated_summary_of_regional_cuts_is_no_national_event(analyse):
    text = ("Mobile internet in Kenya's two northern counties has been cut since Monday. "
            "Traders in Mandera county and in Wajir county said they lost mobile internet on Monday.")
    assert places_of(analyse, text) == [("KE", "KE-24"), ("KE", "KE-46")]


def test_in_a_number_of_townships_is_a_part_of_the_country(analyse):
    text = ("The army has cut mobile internet in a growing number of townships since May. "
            "In Mindat, in Chin State, mobile internet was cut in May.")
    assert places_of(analyse, text) == [("MM", "MM-14")]


def test_all_provinces_are_the_whole_country(analyse):
    text = "Mobile internet was cut in all provinces of Iran on Saturday. In Zahedan, mobile internet had been cut on Friday."
    assert places_of(analyse, text) == [("IR", ""), ("IR", "IR-11")]
