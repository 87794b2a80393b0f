"""X is the spec's `twitter` (spec 3, platforms): an article that says which X it means
("X, the site formerly called Twitter") means the platform by every standalone X after it,
as in "the X ban", which no fixed phrase list can hold; a name with X in it stays a name."""

from __future__ import annotations

from tests.conftest import asserted


def platforms(analyse, text: str) -> list[list[str]]:
    return [e["platforms"] for e in asserted(analyse(text, published="2024-05-02"))]


def test_the_x_ban_after_x_was_said_to_be_twitter(analyse):
    text = ("Eleven weeks on, X, the site formerly called Twitter, still fails to load for most readers in Pakistan. "
            "The X ban was ordered by the interior ministry in February.")
    assert platforms(analyse, text) == [["twitter"]]


def test_x_in_a_name_stays_a_name(analyse):
    text = ("Malcolm X was quoted on the site formerly called Twitter all week. "
            "The interior ministry blocked YouTube in February.")
    assert platforms(analyse, text) == [["youtube"]]
