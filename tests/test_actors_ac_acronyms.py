"""A body's short name that ends in a capital after a small letter ("the DoT.", "MeitY.") keeps its
name at the end of a sentence: spaCy's English suffixes split a full stop after a small
letter or two capitals, not after this mix, and the stop left on the name hid it from the
gazetteer (nlp.split_mixed_case_stop)."""

from __future__ import annotations

from conftest import actor_names


def test_a_short_name_at_a_sentence_end_is_an_actor(analyse):
    text = ("Mobile internet was cut in Ranchi district on Monday, residents said. "
            "Operators said the cut had been ordered by the DoT.")
    names = actor_names(analyse, text, "2022-06-14")
    assert any(any("DoT" in n or "Telecommunications" in n for n in event) for event in names)


def test_the_full_stop_leaves_the_short_name(nlp):
    assert [t.text for t in nlp.make_doc("It was ordered by the MoI.")][-2:] == ["MoI", "."]
