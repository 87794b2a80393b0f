"""The country's capital named without its name ("in the national capital", "the federal
capital", "in the capital") places a measure in the capital's region, as the name would;
"the provincial capital", "the Tibetan capital" and a capital named right after ("the
capital, Baghdad") are read as before, and a capital where people only gathered does not
narrow a measure."""

from __future__ import annotations

from tests.conftest import asserted


def places(events: list[dict]) -> list[tuple[str | None, str | None]]:
    return sorted((e["country"], e["province_code"]) for e in asserted(events))


def test_the_national_capital_of_the_article_s_country(analyse):
    text = "The Indian government switched off mobile data in the national capital on Tuesday as tractors rolled in."
    assert places(analyse(text, "2021-01-28")) == [("IN", "IN-DL")]
    text = "Pakistan's interior ministry had mobile data suspended in the federal capital on Sunday ahead of the march."
    assert places(analyse(text, "2024-11-24")) == [("PK", "PK-IS")]


def test_a_capital_qualified_by_a_name_is_read_by_the_name(analyse):
    assert places(analyse("Mobile and internet service was cut in the Tibetan capital on Friday.", "2024-08-03")) != [("CN", "CN-BJ")]


def test_a_bare_capital_in_an_article_about_one_country(analyse):
    text = "Nigeria's telecom regulator ordered operators to cut mobile data in the capital on Friday."
    assert places(analyse(text, "2024-08-03")) == [("NG", "NG-FC")]


def test_a_provincial_capital_is_not_the_country_s(analyse):
    assert places(analyse("Mobile data was cut in Quetta, the provincial capital, on Friday.", "2024-08-03")) == [("PK", "PK-BA")]


def test_a_capital_where_people_gathered_leaves_a_national_cut_national(analyse):
    text = "Iran cut mobile internet across the country on Friday as crowds gathered in the capital."
    assert places(analyse(text, "2024-08-03")) == [("IR", None)]
