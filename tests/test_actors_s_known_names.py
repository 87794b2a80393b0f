"""One body under two names in one event is one actor: a gazetteer body under two of its
names, listed once under the name the article gives it first (linking/known_names.py,
actors.identity), and a body said again with fewer words of the same kind, listed under the
fuller name (actors.shorter_name)."""

from __future__ import annotations

from conftest import actor_names

from pipeline.components.linking.known_names import body_of


def test_a_regulator_named_by_its_name_and_by_an_alias_is_one_actor(analyse):
    text = "Roskomnadzor blocked Signal across Russia on Friday. An official of RKN said the block had been ordered by the agency itself."
    names = actor_names(analyse, text, "2024-05-30")
    assert names == [["Roskomnadzor"]]


def test_a_described_alias_and_the_short_name_are_one_actor(analyse):
    text = "Russia's telecoms regulator blocked Signal across Russia on Friday, and Roskomnadzor said the block would stay in place."
    names = actor_names(analyse, text, "2024-05-30")
    assert len(names) == 1 and len(names[0]) == 1


def test_a_name_several_entries_share_stands_for_none_of_them():
    assert body_of("icta") == "icta"  # a regulator of Turkey and of Mauritius
    assert body_of("rkn") == body_of("roskomnadzor")


def test_a_body_said_again_with_fewer_words_is_one_actor(analyse):
    text = "Ghana's media regulator suspended TikTok on Tuesday. The regulator said the suspension would last until further notice."
    assert actor_names(analyse, text, "2024-05-30") == [["media regulator"]]


def test_two_carriers_are_never_merged_by_their_words():
    from pipeline.components.linking.actors import shorter_name

    assert not shorter_name({"name": "MTN", "kind": "carrier"}, {"name": "MTN Nigeria", "kind": "carrier"})
    assert shorter_name({"name": "the ministry", "kind": "government"}, {"name": "education ministry", "kind": "government"})
    assert not shorter_name({"name": "ministry", "kind": "government"}, {"name": "ministry", "kind": "police"})
