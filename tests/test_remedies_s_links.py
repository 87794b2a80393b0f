"""Linking a line to an ID number ("must link their SIM cards to their national ID numbers")
is `id_verification` (models/vocab/remedies.jsonl), said as a step in the base form of the
verb; lines described as already linked to an ID are no step users take."""

from __future__ import annotations

LEAD = "The regulator barred thousands of unregistered SIM cards across Ghana on Monday. "


def remedies_of(analyse, text: str) -> list[list[str]]:
    return [sorted(e["remedies"]) for e in analyse(text, published="2023-03-08") if e["status"] == "asserted"]


def test_linking_a_line_to_an_id_number_is_id_verification(analyse):
    text = LEAD + "Owners must link their SIM cards to their national ID numbers before the lines come back."
    assert remedies_of(analyse, text) == [["id_verification"]]


def test_lines_described_as_linked_to_an_id_are_no_step(analyse):
    text = LEAD + "Several lines already linked to identity numbers were cut as well, owners said."
    assert "id_verification" not in remedies_of(analyse, text)[0]
