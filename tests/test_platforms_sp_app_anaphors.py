"""An app named back with a definite noun ("the app", "the messenger") is the platform the
sentences before it name, when they name only one (`components/app_anaphors.py`)."""

from tests.conftest import asserted


def blocks(analyse, text: str) -> list[list[str]]:
    return [e["platforms"] for e in asserted(analyse(text, "2023-09-15")) if e["restriction"] == "service_block"]


def test_the_app_blocked_is_the_platform_named_before(analyse):
    text = ("Many people in Belarus use Viber to talk to relatives abroad. "
            "On Thursday the regulator blocked the app across the country, engineers said.")
    assert blocks(analyse, text) == [["viber"]]


def test_the_messenger_blocked_is_the_platform_named_before(analyse):
    text = ("Hundreds of Viber users in Uzbekistan could not send messages on Thursday. "
            "An engineer said the messenger had been blocked in Uzbekistan since Thursday.")
    assert blocks(analyse, text) == [["viber"]]


def test_no_platform_when_the_sentence_before_names_two(analyse):
    text = ("Many people in Belarus use Viber and Skype to talk to relatives abroad. "
            "On Thursday the regulator blocked the app across the country, engineers said.")
    assert blocks(analyse, text) == []


def test_the_apps_own_features_are_not_blocked(analyse):
    text = ("Film studios in Chile have accused Viber of hosting pirated films. "
            "The judge said he would first study the app's features and the impact of a suspension.")
    assert blocks(analyse, text) == []
