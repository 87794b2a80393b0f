"""Lists of platforms the parser splits or does not know: a bare "X" listed with named
platforms is `twitter` (`named_sites.in_platform_list`), and a list whose last member the
parser makes the subject of its own clause keeps its other members
(`trigger_objects.split_list`)."""

from tests.conftest import asserted


def platforms(analyse, text: str) -> list[list[str]]:
    return [e["platforms"] for e in asserted(analyse(text, "2024-02-20")) if e["restriction"] == "service_block"]


def test_a_bare_x_in_a_list_of_platforms(analyse):
    text = "Several social networks including Instagram, X, Signal, and YouTube stay blocked in Iran."
    assert platforms(analyse, text) == [["instagram", "signal", "twitter", "youtube"]]


def test_a_list_split_before_its_last_member(analyse):
    text = ("Ethiopia restricted social media on Sunday. The monitor has announced on Mastodon and over its blog that access to "
            "Messenger, Facebook, TikTok, and Telegram had been largely blocked, pointing to traffic figures it had gathered.")
    assert platforms(analyse, text) == [["facebook", "messenger", "telegram", "tiktok"]]


def test_a_lone_platform_before_a_comma_is_no_member(analyse):
    text = "Most activists had left Viber long ago, and Signal was blocked in Ethiopia on Monday."
    assert platforms(analyse, text) == [["signal"]]


def test_apps_people_had_no_access_to_after_a_block_of_their_kind(analyse):
    text = ("The regulator told service providers to block all messaging apps and social networks on Monday. "
            "Later that day, many people said they did not have any access to Signal and Viber.")
    assert platforms(analyse, text) == [["signal", "viber"]]
