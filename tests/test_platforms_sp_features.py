"""Calls or messages named after an app are that app's feature, and an app named right after
its kind ("messaging platform Viber") is that app: the block is the platform's, not a cut
of the phone network (`components/platform_features.py`)."""

from tests.conftest import asserted


def events(analyse, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e["restriction"], e["services"], e["platforms"]) for e in asserted(analyse(text, "2022-06-10"))]


def test_app_voice_calls_blocked_by_a_carrier_are_a_platform_block(analyse):
    text = "Du, an operator in the UAE, has blocked Viber voice calls since Monday."
    assert events(analyse, text) == [("service_block", ["platform"], ["viber"])]


def test_two_apps_calls_restricted_are_one_platform_block(analyse):
    text = "The Russian regulator restricted Telegram calls and WhatsApp calls on Monday."
    assert events(analyse, text) == [("service_block", ["platform"], ["telegram", "whatsapp"])]


def test_ordinary_voice_calls_cut_stay_the_phone_network(analyse):
    text = "Authorities in Chad cut voice calls and mobile data on Monday."
    assert [e[0] for e in events(analyse, text)] == ["network_shutdown"]
    assert "voice_calls" in events(analyse, text)[0][1]



def test_an_app_named_right_after_its_kind_is_the_platform(analyse):
    text = "In 2018 the government of Gabon shut down messaging platform Viber during protests."
    assert events(analyse, text) == [("service_block", ["platform"], ["viber"])]
