""""The government authorities", "the competent authorities": loose words for the state, as
"the authorities" is, dropped beside the body the article names for the measure, a police
body included (linking/actors.loose, finish_actors; loose_state_words in event_rules.json)."""

from __future__ import annotations

from conftest import actor_names


def test_government_authorities_beside_a_named_police_body_are_dropped(analyse):
    text = ("Mobile internet was switched off in parts of Chennai on Tuesday on the word of the government authorities, "
            "operators said. The Chennai Police Cyber Wing had ordered operators to halt mobile internet in four wards.")
    names = actor_names(analyse, text, "2023-03-08")
    assert any("Chennai Police Cyber Wing" in event for event in names)
    assert all("government authorities" not in event for event in names)


def test_competent_authorities_beside_a_named_ministry_are_dropped(analyse):
    text = ("The competent authorities suspended mobile internet across Kazakhstan on Wednesday, and the Ministry of "
            "Information said it had ordered the suspension.")
    names = actor_names(analyse, text, "2022-01-06")
    assert names and all("competent authorities" not in event for event in names)
