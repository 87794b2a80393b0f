"""A carrier listed beside known ones whose name the tokenizer splits with no space between
the parts ("Kolo4G" read as "Kolo4" and "G") is named whole, not by its last piece
(linking/arguments.listed_beside)."""

from __future__ import annotations

from conftest import actor_names


def test_a_listed_name_split_by_the_tokenizer_is_whole(analyse):
    text = "The operators — Jazz, Kolo4G, Telenor and Ufone — were instructed by the regulator to shut mobile data across Pakistan on Tuesday."
    names = actor_names(analyse, text, "2023-05-10")
    assert names and all("G" not in event for event in names)
    assert any("Kolo4G" in event for event in names)
