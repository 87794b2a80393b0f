"""A participle phrase after a body ("the Magistrate exercising the authority of Section 144
suspends ...") misleads the parser into making the body the subject of the participle and
that the clausal subject of the verb: the body is the verb's subject, and the participle no
use that brought the measure on (linking/orders.clause_role, arguments.actor)."""

from __future__ import annotations

from conftest import actor_names


def test_a_body_before_a_participle_phrase_is_the_subject_of_the_cut(analyse):
    text = ("Mobile internet was cut in Meerut district of Uttar Pradesh on Friday. "
            "\"With tension rising in the district, Meerut District Magistrate exercising the authority given to her by "
            "Section 144, suspends mobile data for all subscribers till further notice,\" the order said.")
    names = actor_names(analyse, text, "2019-12-21")
    assert any(any("District Magistrate" in name for name in event) for event in names)
