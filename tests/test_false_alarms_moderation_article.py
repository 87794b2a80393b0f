"""A platform an article shows suspending its users' accounts is a moderator there: its other
words for a "block" or a "suspension" are that moderation, not a state blocking the platform
(`linking/moderation.py`). A state body that blocks the same platform still makes an event."""

from tests.conftest import asserted


def blocked(analyse, text: str) -> list[tuple[str, list[str]]]:
    return [(e["restriction"], e["platforms"]) for e in asserted(analyse(text, "2023-03-02"))]


def test_a_platform_suspending_an_account_makes_its_block_words_moderation(analyse):
    text = ("Twitter suspended the account of the opposition leader Jan Vermeer on Monday. "
            "Vermeer called the Twitter block an attack on free speech. "
            "The suspension of Twitter was lifted two days later.")
    assert blocked(analyse, text) == []


def test_a_person_suspended_by_the_platform_counts_like_an_account(analyse):
    text = ("Facebook banned the rapper Kofi Mensah for a week. "
            "Fans said the Facebook ban was unfair.")
    assert blocked(analyse, text) == []


def test_a_regulator_blocking_the_moderating_platform_is_still_an_event(analyse):
    text = ("Twitter suspended several accounts last week. "
            "On Monday the telecom regulator blocked Twitter across the country, officials said.")
    assert blocked(analyse, text) == [("service_block", ["twitter"])]


def test_a_platform_blocked_with_no_moderation_in_the_article_stays(analyse):
    text = "The government blocked Twitter on Monday. Users complained about the Twitter block."
    assert blocked(analyse, text) == [("service_block", ["twitter"])]
