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


def test_the_military_government_with_a_word_said_of_it_is_the_armed_forces(analyse):
    text = "Myanmar's military blocked Signal on Friday, and the embattled military government said the block would last a month."
    assert actor_names(analyse, text, "2024-05-30") == [["Myanmar's military"]]


def test_a_force_with_a_name_of_its_own_stays_apart_from_the_army(analyse):
    text = "The Rapid Support Forces cut the internet in Khartoum on Monday, and the army said it had restored it."
    names = actor_names(analyse, text, "2024-05-30")
    assert any("Rapid Support Forces" in event for event in names)
