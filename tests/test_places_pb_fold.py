"""A measure told over a named country ("cut mobile internet across Chad on Tuesday") and
then told again in one city the same day ("also cut in N'Djamena on Tuesday") is one
national measure, as one told "nationwide" is; a cut in that city on another day is a
measure of its own."""

from __future__ import annotations

from tests.conftest import asserted


def places(events: list[dict]) -> list[tuple[str | None, str | None, str | None]]:
    return sorted(((e["country"], e["province_code"], e["date_start"]) for e in asserted(events)), key=lambda p: tuple(v or "" for v in p))


def test_a_city_s_share_of_a_cut_across_the_named_country(analyse):
    text = "The junta cut mobile internet across Chad on Tuesday. Mobile data was also cut in N'Djamena on Tuesday, shopkeepers said."
    assert places(analyse(text, "2023-05-10")) == [("TD", None, "2023-05-09")]


def test_a_city_s_share_of_a_cut_in_the_named_country(analyse):
    text = "Officials switched off mobile internet in Chad on Tuesday. The internet was also down in N'Djamena on Tuesday, traders said."
    assert places(analyse(text, "2023-05-10")) == [("TD", None, "2023-05-09")]


def test_a_city_s_cut_on_another_day_stays_apart(analyse):
    text = "The junta cut mobile internet across Chad on Tuesday. Mobile data was cut in N'Djamena on Friday, shopkeepers said."
    assert places(analyse(text, "2023-05-13")) == [("TD", None, "2023-05-09"), ("TD", "TD-ND", "2023-05-12")]
