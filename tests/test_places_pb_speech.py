"""Where a speaker was is not where a measure bites: "a spokesman said in Lahore" or "told
reporters in Nairobi" after a cut in another region adds no event in the speaker's city
(`linking/place_phrases.spoken_in`), while an order told to others in a city ("told the
operators in Erbil to switch off") still places the measure there."""

from __future__ import annotations

from tests.conftest import asserted


def places(events: list[dict]) -> list[tuple[str | None, str | None]]:
    return sorted({(e["country"], e["province_code"]) for e in asserted(events)}, key=lambda p: tuple(v or "" for v in p))


def test_a_spokesman_who_said_it_in_the_capital_adds_no_capital_event(analyse):
    text = ("Mobile internet was suspended in Quetta on Monday after the attack. "
            "The suspension will stay in place until calm returns, an interior ministry spokesman said in Islamabad.")
    assert places(analyse(text, "2024-03-12")) == [("PK", "PK-BA")]


def test_reporters_told_in_a_city_are_where_the_minister_spoke(analyse):
    text = ("Authorities shut down mobile data in Marsabit county on Friday. "
            "The minister told reporters in Nairobi that the shutdown would be lifted within a week.")
    assert places(analyse(text, "2023-08-05")) == [("KE", "KE-25")]


def test_operators_told_to_switch_off_in_a_city_are_placed_there(analyse):
    text = "On Sunday the regional ministry told the operators in Erbil to switch off mobile internet during the exams."
    assert ("IQ", "IQ-KR") in places(analyse(text, "2023-06-12"))
