"""Apps a block names only by their kind take the platforms listed as members of that kind,
in the measure's own sentence or in one that says they cannot be reached
(`linking/members.py`)."""

from tests.conftest import asserted


def platforms(analyse, text: str) -> list[list[str]]:
    return [e["platforms"] for e in asserted(analyse(text, "2023-05-01")) if e["restriction"] == "service_block"]


def test_the_blocked_sites_include_a_list(analyse):
    text = ("Authorities in Kenya blocked several messaging apps in May. "
            "The blocked apps include YouTube, Telegram and Signal.")
    assert platforms(analyse, text) == [["signal", "telegram", "youtube"]]


def test_sites_users_cannot_reach_including_a_list(analyse):
    text = ("The government of Ethiopia blocked social media sites on Tuesday. "
            "Users could not reach several sites, including Facebook, Twitter and YouTube.")
    assert platforms(analyse, text) == [["facebook", "twitter", "youtube"]]


def test_sites_users_still_visit_are_no_members_of_the_block(analyse):
    text = ("The government of Ethiopia blocked social media sites on Tuesday. "
            "Users still visited several sites, including Facebook and YouTube, through VPNs.")
    assert platforms(analyse, text) == [[]]
