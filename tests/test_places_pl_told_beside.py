"""The regions of a measure told beside it: named by the next sentence that names the order
back ("The order covers the provinces of A and B"), listed after a neighbour word ("A State
and neighbouring B"), or named where a lead says service restarted."""

from __future__ import annotations

from tests.conftest import asserted


def places(events: list[dict]) -> list[tuple[str | None, str | None]]:
    return sorted({(e["country"], e["province_code"]) for e in asserted(events)}, key=str)


def test_the_next_sentence_naming_the_order_back_places_the_unnamed_parts(analyse):
    text = ("Officials in Myanmar told every carrier to stop mobile data in seven townships on Tuesday, citing the fighting. "
            "The order covers the states of Kachin and Shan, a ministry notice said.")
    assert places(analyse(text, "2021-03-10")) == [("MM", "MM-11"), ("MM", "MM-17")]


def test_regions_in_a_sentence_that_does_not_name_the_order_back_place_nothing(analyse):
    text = ("Officials in Myanmar told every carrier to stop mobile data in seven townships on Tuesday, citing the fighting. "
            "Fighting has also grown in the states of Kachin and Shan, a monitor said.")
    assert places(analyse(text, "2021-03-10")) == [("MM", None)]


def test_a_bare_name_after_a_neighbour_word_is_listed_with_the_region_before_it(analyse):
    text = "Carriers in Myanmar switched off mobile internet on Friday in four townships of Kayin State and neighbouring Mon, a monitor said."
    assert places(analyse(text, "2019-06-24")) == [("MM", "MM-13"), ("MM", "MM-15")]


def test_a_lead_where_service_restarted_places_the_blackout_told_next(analyse):
    text = ("Telephone and data service restarted in Mekelle, the main city of Ethiopia's Tigray region in the north, after many months offline. "
            "The state carrier told reporters that a test call went through on Monday after a communications blackout of more than a year caused by the fighting.")
    assert places(analyse(text, "2022-12-20")) == [("ET", "ET-TI")]
