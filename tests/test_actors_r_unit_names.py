"""A generic actor word inside a body's proper name ("the Mumbai Police Cyber Cell") stands
for the whole name, whose place in the clause says whether it ordered the cut; a name that
ends in a person's title or name stays out (linking/proper_names.whole_name)."""

from __future__ import annotations

from conftest import actor_names


def test_a_police_unit_named_in_full_that_ordered_the_cut_is_an_actor(analyse):
    text = ("Mobile internet was cut in parts of Mumbai on Monday. "
            "The Mumbai Police Cyber Cell had directed on Sunday that mobile internet be stopped in three wards.")
    names = actor_names(analyse, text, "2023-03-07")
    assert any("Mumbai Police Cyber Cell" in event for event in names)


def test_a_titled_person_is_no_unit(analyse):
    text = "Chief Election Commissioner Ravi Kumar said mobile internet was cut across Pakistan on Thursday."
    names = actor_names(analyse, text, "2024-02-09")
    assert all(not any("Ravi Kumar" in name for name in event) for event in names)
