"""A capital named by whose it is ("the Ethiopian capital", "Kenya's capital", "the Tibetan
capital") places a measure in that capital as its name would: a country's qualifier gives
the national capital, a region's gives the region. "The capital city" with no name after it
is the article's capital, as "the capital" is; "the capital city of Tigray" stays Tigray."""

from __future__ import annotations

from tests.conftest import asserted


def places(events: list[dict]) -> list[tuple[str | None, str | None]]:
    return sorted((e["country"], e["province_code"]) for e in asserted(events))


def test_a_capital_qualified_by_a_country_s_demonym(analyse):
    text = "Mobile data was switched off in the Ethiopian capital on Tuesday after clashes near the stadium."
    assert places(analyse(text, "2023-05-10")) == [("ET", "ET-AA")]


def test_a_capital_qualified_by_a_country_s_possessive(analyse):
    text = "Operators cut mobile internet in Kenya's capital on Monday as marchers gathered outside parliament."
    assert places(analyse(text, "2023-05-10")) == [("KE", "KE-30")]


def test_a_capital_qualified_by_a_region_s_demonym_is_in_that_region(analyse):
    text = "Phone signal was cut in the Tibetan capital on Friday, a resident told the newspaper."
    assert places(analyse(text, "2023-05-10")) == [("CN", "CN-XZ")]


def test_an_ambiguous_regional_qualifier_follows_the_article_s_country(analyse):
    text = "Baghdad's communications ministry said on Monday that internet access had been cut in the Kurdish capital."
    assert places(analyse(text, "2023-05-10")) == [("IQ", "IQ-KR")]


def test_the_capital_city_without_a_name(analyse):
    text = "Nigeria's regulator had mobile data cut across the capital city on Thursday, a day before the rally."
    assert places(analyse(text, "2023-05-10")) == [("NG", "NG-FC")]


def test_the_capital_city_of_a_region_is_that_region(analyse):
    assert places(analyse("Internet was cut in the capital city of Tigray on Monday.", "2023-05-10")) == [("ET", "ET-TI")]
