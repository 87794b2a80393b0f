"""A body named by its common noun keeps its name as the text writes it, commas and all
("the Ministry of Posts, Telecoms and Digital Affairs"), not with a space
before each comma, which matched no coder's spelling (arguments.generic_actor)."""

from __future__ import annotations

from conftest import actor_names


def test_a_ministry_with_a_comma_in_its_name_is_written_as_the_text_has_it(analyse):
    text = ("Senegal's ministry of communication, telecommunications and digital economy announced that mobile data "
            "would be cut in Dakar during certain hours because of hateful posts.")
    names = [n for event in actor_names(analyse, text, "2023-06-05") for n in event]
    assert not any(" ," in n for n in names)
    assert any(n.lower().startswith("ministry of communication, telecommunications") for n in names)
