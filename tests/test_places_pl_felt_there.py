"""A platform block or a cut-off of lines stays in its country when a place only says where
people noticed it ("users in two cities complained the app would not load"), unless the
report's lead names that region."""

from __future__ import annotations

from tests.conftest import asserted


def places(events: list[dict]) -> list[tuple[str | None, str | None, str]]:
    return sorted({(e["country"], e["province_code"], e["restriction"]) for e in asserted(events)}, key=str)


def test_users_in_two_cities_do_not_place_a_platform_block(analyse):
    text = ("Riot police broke up a rally of miners in the west of Kazakhstan on Friday, and mobile service in their town went dead that night. "
            "The interior ministry blamed the unrest on outside agitators. "
            "On Saturday, users in Almaty and Astana complained that Facebook would not open for several hours.")
    found = places(analyse(text, "2011-12-20"))
    assert ("KZ", None, "service_block") in found
    assert not any(c == "service_block" and p for _, p, c in found)


def test_a_shopkeeper_whose_number_went_dead_does_not_place_a_national_cut_off(analyse):
    text = ("The telecom regulator of Tanzania began switching off millions of SIM cards on Monday whose owners missed the fingerprint deadline. "
            "The regulator said owners can get their numbers back by registering at a shop. "
            "A shopkeeper in Kigoma whose number went dead on Tuesday said he could no longer reach his suppliers.")
    found = places(analyse(text, "2020-01-25"))
    assert found and all(p is None for _, p, c in found if c == "subscriber_cutoff")


def test_a_region_the_lead_names_stays_the_place_of_its_users(analyse):
    text = ("Twitter stopped loading across Zhejiang province on Monday, users said. "
            "The company did not comment. "
            "Users in Hangzhou complained that Twitter would not load at all.")
    found = places(analyse(text, "2022-05-18"))
    assert all(p == "CN-ZJ" for _, p, _ in found)
