"""A measure told in counted parts of a country it does not name ("in some 40 districts
across the country") is a measure in each region the next sentences name as holding such
parts; "across the country" then says where the parts lie, not that the whole was cut."""

from __future__ import annotations

from tests.conftest import asserted


def places(events: list[dict]) -> list[tuple[str | None, str | None]]:
    return sorted({(e["country"], e["province_code"]) for e in asserted(events)})


def test_counted_parts_take_the_regions_the_next_sentences_name(analyse):
    text = ("The army has switched off mobile internet in some 40 townships across the country, a monitoring group said on Monday. "
            "Nine townships in Magway Region were on its list, and so were all Chin townships. "
            "Townships from Kachin and Shan states were listed as well.")
    assert places(analyse(text, "2023-11-06")) == [("MM", "MM-03"), ("MM", "MM-11"), ("MM", "MM-14"), ("MM", "MM-17")]


def test_parts_already_told_take_no_regions_from_the_next_sentence(analyse):
    text = ("Troops cut phone lines on Sunday in three townships of Magway Region. "
            "Home broadband is also unavailable in the townships. "
            "Fifteen other townships across Chin and Kachin states have had no internet since June.")
    events = asserted(analyse(text, "2023-11-06"))
    assert any(e["province_code"] == "MM-03" and "fixed_internet" in e["services"] for e in events)
    assert not any(e["province_code"] in ("MM-11", "MM-14") and "fixed_internet" in e["services"] for e in events)


def test_parts_with_no_regions_named_after_stay_a_measure_of_the_country(analyse):
    text = ("Myanmar's army has switched off mobile internet in some 40 townships across the country, a monitoring group said on Monday. "
            "Residents said they could not reach relatives.")
    assert places(analyse(text, "2023-11-06")) == [("MM", None)]
