"""A first-level region hanging on a body that governs it ("the security commission in
the Perm region announced ...") is where that body's measure bites; a city hanging on a
ministry or an embassy is only where the body sits."""

from __future__ import annotations

from tests.conftest import places_of


def test_a_commission_in_a_region_places_its_measure_there(analyse):
    text = ("The security commission in the Perm region announced on Monday that mobile internet "
            "would be slowed down in several districts to guard against drone attacks.")
    assert places_of(analyse, text, "2025-06-03") == [("RU", "RU-PER")]


def test_an_embassy_in_a_capital_is_no_place_of_the_measure(analyse):
    text = ("The British embassy in Nairobi said on Tuesday that mobile data had been cut "
            "nationwide hours before the results were due.")
    assert places_of(analyse, text, "2017-08-09") == [("KE", None)]
