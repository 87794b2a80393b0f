"""A state that rules by force, named as coders name it (linking/rulers.py): "the regime" of a
country stays its regime, not "<Country> government", and the armed forces renamed in one
event ("the military regime", "the Tatmadaw", "Burma Army") are one actor."""

from __future__ import annotations

from conftest import actor_names


def test_a_country_s_regime_keeps_its_own_name(analyse):
    text = ("Myanmar's regime switched off mobile data across Magway Region on Monday, residents of Pakokku said. "
            "Fighters of the local defence force said they now send news by courier.")
    names = actor_names(analyse, text, "2022-05-04")
    assert any("Myanmar regime" in event for event in names)
    assert not any("Myanmar government" in event for event in names)


def test_the_armed_forces_renamed_in_one_event_are_one_actor(analyse):
    text = ("Burma's military regime has cut mobile internet in most townships of Chin State as its offensive there grows. "
            "\"After cutting the internet, the Burma Army burned dozens of homes in Matupi,\" a resistance fighter told reporters.")
    names = actor_names(analyse, text, "2022-06-10")
    military = [n for event in names for n in event if "regime" in n or "Army" in n]
    assert military and all(len([n for n in event if "regime" in n or "Army" in n]) == 1 for event in names)
