"""A measure recalled from years before the report keeps only its country: the regions of
what it came after ("after months of protests in A and B") are where the unrest was, and
the region of the report's current measure is not carried back to it."""

from __future__ import annotations

from tests.conftest import asserted


def dated_places(events: list[dict]) -> dict[str, set]:
    out: dict[str, set] = {}
    for e in asserted(events):
        out.setdefault((e["date_start"] or "")[:4], set()).add(e["province_code"])
    return out


def test_regions_of_the_unrest_an_old_cut_came_after_do_not_place_it(analyse):
    text = ("Mobile data was switched off in Addis Ababa on Monday, residents said. "
            "Officials gave no reason for the cut. "
            "Access to the internet was also blocked in November 2015, during the emergency rule imposed after weeks of demonstrations in Oromia and Amhara.")
    assert dated_places(analyse(text, "2018-09-20")).get("2015") == {None}


def test_a_recalled_cut_does_not_take_the_region_of_the_current_one(analyse):
    text = ("BAMAKO — Mobile internet was cut in the Malian capital on Sunday, hours after soldiers surrounded the home of an opposition figure, residents said. "
            "The operators have not explained the outage. "
            "In 2016, during the presidential vote, social networks were also blocked for several weeks.")
    assert dated_places(analyse(text, "2021-03-02")).get("2016") == {None}


def test_a_region_where_the_current_cut_came_amid_unrest_is_still_its_own(analyse):
    text = ("The authorities cut mobile internet on Sunday after days of clashes in Manipur, officials said. "
            "Operators confirmed the order.")
    assert dated_places(analyse(text, "2023-05-08")) == {"2023": {"IN-MN"}}
