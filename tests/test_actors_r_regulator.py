"""A telecoms regulator (or a police body named by its proper name) named for a measure is the
body coders credit, not "the government"
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


def test_the_government_beside_a_named_police_body_is_that_body(analyse):
    text = ("Operators said an order from the government had made them switch off mobile internet in parts of Delhi "
            "on Thursday. The Delhi Police Special Cell had directed that mobile internet be halted from 9am.")
    names = actor_names(analyse, text, "2019-12-20")
    assert any("Delhi Police Special Cell" in event for event in names)
    assert all("India government" not in event for event in names)


def test_the_government_stays_beside_the_police_at_large(analyse):
    text = "The government and the local police cut mobile internet in Hotan on Monday."
    names = actor_names(analyse, text, "2014-08-05")
    assert any(any("government" in name for name in event) for event in names)
