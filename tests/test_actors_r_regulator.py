"""A telecoms regulator named for a measure is the body coders credit, not "the government"
or "the authorities" beside it: the state is dropped as it is beside a ministry it names
(linking/actors.particular, finish_actors)."""

from __future__ import annotations

from conftest import actor_names


def test_the_government_beside_the_regulator_is_the_regulator(analyse):
    text = ("The government switched off mobile internet across Bangladesh on Friday night. "
            "The Bangladesh Telecommunication Regulatory Commission had told every operator in a written "
            "directive to shut mobile internet at once.")
    names = actor_names(analyse, text, "2024-01-06")
    assert names and all("Bangladesh government" not in event for event in names)
    assert any("Bangladesh Telecommunication Regulatory Commission" in event for event in names)


def test_the_authorities_beside_the_regulator_are_the_regulator(analyse):
    text = ("Authorities blocked Telegram across Russia on Monday, and Roskomnadzor said it had ordered "
            "providers to block the messenger.")
    names = actor_names(analyse, text, "2018-04-17")
    assert names and all("authorities" not in (name.lower() for name in event) for event in names)
    assert any("Roskomnadzor" in event for event in names)


def test_the_government_stays_beside_carriers_alone(analyse):
    text = "The government ordered Grameenphone and Robi to switch off mobile internet across Bangladesh on Friday."
    names = actor_names(analyse, text, "2024-01-06")
    assert any("Grameenphone" in event and any("government" in name for name in event) for event in names)
